"""spaCy's attribute ruler with its rules indexed: the same tokens, in about a tenth of the time.

The English model's ``attribute_ruler`` maps fine tags to coarse POS and morphology and
fixes a few lemmas, with 179 Matcher patterns. spaCy's Matcher tries every pattern at
every token, which made the ruler cost about as much as the parser (about 14 % of the
whole pipeline here). ``IndexedRules`` reads the same patterns from the loaded ruler and
tries at each token only those whose first token could match it (filed by lower-case
form, tag, dependency or being a space); the rules a one-token pattern gives a token
depend on nothing else, so they are kept per distinct token. It applies the matches as
the ruler does: every match is found before any is applied, in the order the patterns
were added, so a later rule wins.

Only what the model's patterns use is supported (fixed-length patterns over ``LOWER``,
``TAG``, ``DEP`` and ``IS_SPACE``, with equality, ``IN``, ``NOT_IN`` and ``REGEX``);
``IndexedRules.of`` returns None for any other ruler, and ``nlp.load`` then keeps
spaCy's own. ``tests/test_attribute_rules.py`` checks that both give identical tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the patterns read, as columns of ``Doc.to_array``, in this order.
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [LOWER, TAG, DEP, IS_SPACE]
# Keys a pattern's first token may be filed under, most selective first.
_INDEX_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_EQUALS, _IN, _NOT_IN, _REGEX = range(4)
Row = list[int]
# How many distinct token rows ``IndexedRules`` keeps what it worked out for, before it
# starts afresh (about 250 bytes each: 50 000 rows are about 12 MB).
_ROWS_KEPT = 50_000


class Unsupported(ValueError):
    """A pattern uses a Matcher feature that ``IndexedRules`` does not reproduce."""


@dataclass(frozen=True)
class _Condition:
    """One attribute test of a token pattern, on a row of ``Doc.to_array``: string
    values compare as their hashes, a regular expression reads the string itself."""

    column: int
    op: int
    value: Any
    strings: StringStore

    def holds(self, row: Row) -> bool:
        found = row[self.column]
        if self.op == _EQUALS:
            return bool(found == self.value)
        if self.op == _IN:
            return found in self.value
        if self.op == _NOT_IN:
            return found not in self.value
        return bool(self.value.search(self.strings[found]))


def _condition(key: str, condition: object, strings: StringStore) -> _Condition:
    column = _COLUMNS.get(key)
    if column is None:
        raise Unsupported(f"attribute {key}")

    def code(value: object) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str):
            return strings.add(value)
        raise Unsupported(f"{key}: {value!r}")

    if isinstance(condition, str | bool):
        return _Condition(column, _EQUALS, code(condition), strings)
    if isinstance(condition, dict) and len(condition) == 1:
        ((op, value),) = condition.items()
        if op in ("IN", "NOT_IN"):
            members = frozenset(code(v) for v in value)
            return _Condition(column, _IN if op == "IN" else _NOT_IN, members, strings)
        if op == "REGEX" and column == _COLUMNS["LOWER"]:
            return _Condition(column, _REGEX, re.compile(value), strings)
    raise Unsupported(f"{key}: {condition!r}")


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the ruler's attribute set: rules apply in the order they were added
    tokens: tuple[tuple[_Condition, ...], ...]

    def starts_with(self, row: Row) -> bool:
        return all(condition.holds(row) for condition in self.tokens[0])

    def matches_at(self, rows: Sequence[Row], start: int) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        for offset, conditions in enumerate(self.tokens):
            row = rows[start + offset]
            for condition in conditions:
                if not condition.holds(row):
                    return False
        return True


def _filed_under(first: dict[str, Any], strings: StringStore) -> tuple[int, list[int]] | None:
    """The column and values a pattern is filed under: its first token must have one of
    them; None when any token may start a match."""
    for key in _INDEX_KEYS:
        condition = first.get(key)
        if isinstance(condition, bool):
            return _COLUMNS[key], [int(condition)]
        if isinstance(condition, str):
            return _COLUMNS[key], [strings.add(condition)]
        if isinstance(condition, dict) and set(condition) == {"IN"}:
            return _COLUMNS[key], [strings.add(v) for v in condition["IN"]]
    return None


class _Index:
    """Patterns filed by what their first token must be."""

    def __init__(self) -> None:
        self._by: list[dict[int, list[_Pattern]]] = [{} for _ in _COLUMNS]
        self._anywhere: list[_Pattern] = []

    def file(self, pattern: _Pattern, under: tuple[int, list[int]] | None) -> None:
        if under is None:
            self._anywhere.append(pattern)
            return
        column, values = under
        for value in values:
            self._by[column].setdefault(value, []).append(pattern)

    def candidates(self, row: Row) -> list[_Pattern]:
        """The patterns a match may start with a token of this row."""
        found = [p for column, index in enumerate(self._by) for p in index.get(row[column], ())]
        return found + self._anywhere


class IndexedRules:
    """A pipeline component equivalent to a spaCy ``AttributeRuler``."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._attrs: Sequence[dict[int, int]] = ruler.attrs
        self._indices: Sequence[int] = ruler.indices
        self._strings = ruler.vocab.strings
        self._single = _Index()
        self._longer = _Index()
        # Whether a pattern's first token matches depends on nothing but the token's row:
        # for each row seen, the rules its one-token patterns give and the longer patterns
        # that may start there are worked out once and kept (news repeats its words).
        self._by_row: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[_Pattern, ...]]] = {}
        for rule in range(len(ruler.attrs)):
            for tokens in ruler.matcher.get(str(rule))[1]:
                self._file(rule, tokens)

    @classmethod
    def of(cls, ruler: object) -> IndexedRules | None:
        """The indexed form of ``ruler``; None when it is no attribute ruler or uses what
        the index does not reproduce."""
        if not isinstance(ruler, AttributeRuler):
            return None
        try:
            return cls(ruler)
        except Unsupported:
            return None

    def _file(self, rule: int, tokens: Iterable[dict[str, Any]]) -> None:
        spec = tuple(tokens)
        if not spec or any("OP" in token for token in spec):
            raise Unsupported("a pattern with operators or no tokens")
        conditions = tuple(
            tuple(_condition(k, v, self._strings) for k, v in token.items()) for token in spec
        )
        index = self._single if len(spec) == 1 else self._longer
        index.file(_Pattern(rule, conditions), _filed_under(spec[0], self._strings))

    def _starting(self, row: Row) -> tuple[tuple[int, ...], tuple[_Pattern, ...]]:
        """The rules whose one-token patterns match a token with this row, and the longer
        patterns whose first token matches it."""
        key = tuple(row)
        known = self._by_row.get(key)
        if known is None:
            rules = tuple(p.rule for p in self._single.candidates(row) if p.starts_with(row))
            longer = tuple(p for p in self._longer.candidates(row) if p.starts_with(row))
            if len(self._by_row) >= _ROWS_KEPT:
                self._by_row.clear()
            known = self._by_row[key] = (rules, longer)
        return known

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every (rule, start, end) match, in the order the ruler applies them."""
        rows: list[Row] = doc.to_array(_ARRAY).tolist()
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            rules, longer = self._starting(row)
            found.update((rule, i, i + 1) for rule in rules)
            for pattern in longer:
                if pattern.matches_at(rows, i):
                    found.add((pattern.rule, i, i + len(pattern.tokens)))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        for rule, start, end in self.matches(doc):
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])
        return doc
