"""Finds lexicon entries (countries, adjectives, capitals, organisations, titles) in a doc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from eventwire.actors.lexicon import ActorLexicon, is_acronym
from eventwire.nlp import load

# Which category wins when two matches of the same length overlap.
PRIORITY = {"person": 0, "organisation": 1, "metonym": 2, "country": 3, "title": 4,
            "capital": 5, "adjective": 6}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LexMatch:
    start: int
    end: int
    category: str
    key: str


CHUNK = 256


class LexiconMatcher:
    """Two phrase matchers: exact case for acronyms ("UN", "U.S."), lower case for the rest."""

    def __init__(self, lex: ActorLexicon) -> None:
        nlp = load()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Known people by their full names too (two words or more), so that a name spaCy
        # misses or cuts ("Anders Fogh Rasmussen" as "Fogh Rasmussen") is found whole.
        known = {key: None for key in lex.periods if len(key.split()) >= 2}
        tables: dict[str, dict[str, object]] = {
            "person": {**known, **lex.people},
            "organisation": dict(lex.organisations),
            "metonym": dict(lex.metonyms),
            "country": dict(lex.countries),
            "title": dict(lex.titles),
            "capital": dict(lex.capitals),
            "adjective": dict(lex.adjectives),
        }
        # One label per category and case: the key a match stands for is found from its
        # tokens (``_keys``). A label per key made a vocabulary entry per key, half the
        # build time and memory once the imported layer adds ~30,000 names.
        self._keys: dict[tuple[str, bool, tuple[str, ...]], str] = {}
        tokenizer: Any = nlp.tokenizer
        for category, table in tables.items():
            exact = [k for k in table if is_acronym(k)]
            lower = [k for k in table if not is_acronym(k)]
            for matcher, keys, cased in ((self.exact, exact, True), (self.lower, lower, False)):
                chunk: list[Doc] = []
                for key, doc in zip(keys, tokenizer.pipe(keys), strict=True):
                    self._keys.setdefault((category, cased, _tokens(doc, cased)), key)
                    chunk.append(doc)
                    if len(chunk) == CHUNK:  # a few docs at a time: docs are large
                        matcher.add(category, chunk)
                        chunk = []
                if chunk:
                    matcher.add(category, chunk)

    def __call__(self, doc: Doc) -> list[LexMatch]:
        strings = doc.vocab.strings
        found: list[LexMatch] = []
        for matcher, cased in ((self.exact, True), (self.lower, False)):
            for match_id, start, end in matcher(doc):
                category = strings[match_id]
                text = doc[start:end].text
                # "pardoned his last turkey", "bone china": no name; but a body told by its
                # count of members is named: "the 27-nation bloc".
                if (
                    category not in LOWER_CASE_CATEGORIES
                    and text.islower()
                    and not any(c.isdigit() for c in text)
                ):
                    continue
                key = self._keys[(category, cased, _tokens(doc[start:end], cased))]
                found.append(LexMatch(start, end, category, key))
        # Of two overlapping matches as long, one that opens on a noun over one that opens
        # on an adjective: "opposition party" in "the main opposition party".
        found.sort(key=lambda m: (-(m.end - m.start), PRIORITY[m.category],
                                  doc[m.start].pos_ == "ADJ", m.start))  # fmt: skip
        taken: set[int] = set()
        kept: list[LexMatch] = []
        for match in found:
            span = range(match.start, match.end)
            if any(i in taken for i in span):
                continue
            taken.update(span)
            kept.append(match)
        return sorted(kept, key=lambda m: m.start)


# Categories whose words are written in lower case (titles and collective nouns: "the
# president", "police"); every other category is a name, which English capitalises.
LOWER_CASE_CATEGORIES = frozenset({"title"})


def _tokens(tokens: Doc | Span, cased: bool) -> tuple[str, ...]:
    """What a phrase matcher compares: the tokens as written, or lower-cased."""
    return tuple(t.text if cased else t.lower_ for t in tokens)


_MATCHERS: dict[int, tuple[ActorLexicon, LexiconMatcher]] = {}


def matcher_for(lex: ActorLexicon) -> LexiconMatcher:
    """One matcher per lexicon object, built on first use."""
    cached = _MATCHERS.get(id(lex))
    if cached is None or cached[0] is not lex:
        cached = (lex, LexiconMatcher(lex))
        _MATCHERS[id(lex)] = cached
    return cached[1]
