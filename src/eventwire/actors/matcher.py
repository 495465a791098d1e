"""Finds lexicon entries (countries, adjectives, capitals, organisations, titles) in a doc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

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
        for category, table in tables.items():
            exact = [k for k in table if is_acronym(k)]
            lower = [k for k in table if not is_acronym(k)]
            for matcher, keys in ((self.exact, exact), (self.lower, lower)):
                # One tokenizer pass over all keys: with the imported layer's ~30,000
                # names this halves the build time of one make_doc call per key.
                tokenizer: Any = nlp.tokenizer
                for key, doc in zip(keys, tokenizer.pipe(keys), strict=True):
                    matcher.add(f"{category}\t{key}", [doc])

    def __call__(self, doc: Doc) -> list[LexMatch]:
        strings = doc.vocab.strings
        found: list[LexMatch] = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                category, key = strings[match_id].split("\t", 1)
                found.append(LexMatch(start, end, category, key))
        found.sort(key=lambda m: (-(m.end - m.start), PRIORITY[m.category], m.start))
        taken: set[int] = set()
        kept: list[LexMatch] = []
        for match in found:
            span = range(match.start, match.end)
            if any(i in taken for i in span):
                continue
            taken.update(span)
            kept.append(match)
        return sorted(kept, key=lambda m: m.start)


_MATCHERS: dict[int, tuple[ActorLexicon, LexiconMatcher]] = {}


def matcher_for(lex: ActorLexicon) -> LexiconMatcher:
    """One matcher per lexicon object, built on first use."""
    cached = _MATCHERS.get(id(lex))
    if cached is None or cached[0] is not lex:
        cached = (lex, LexiconMatcher(lex))
        _MATCHERS[id(lex)] = cached
    return cached[1]
