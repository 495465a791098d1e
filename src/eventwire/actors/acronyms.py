"""Short forms of the bodies an article names. "the Baloch Liberation Army (BLA)" makes
every later "BLA" that body, whatever else the letters could stand for; without the
brackets, a later "BLA" that nothing else claims is still the body whose initials it is."""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH

from eventwire.actors.drafts import Draft, Drafts

# An acronym is an all-capital word of a few characters, digits allowed: "ADF", "BLA", "M23".
SHORTEST, LONGEST = 2, 8
# Undefined initials must be this long: two letters ("SA", "UP") match too much by chance.
SHORTEST_INITIALS = 3
# Words a name's initials skip: "Front for the Liberation of ..." is "FL...", not "FFTLO".
LINKS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "al", "&"})


class AcronymPass(Drafts):
    """Gives the bodies named with an acronym in brackets their later short mentions."""

    def _acronyms(self) -> None:
        defined: dict[str, tuple[Draft, int]] = {}
        initials: dict[str, tuple[Draft, int]] = {}
        for draft in list(self.drafts.values()):
            if draft.kind not in {"organisation", "group"}:
                continue
            for start, end in draft.tokens:
                word = self._bracketed_after(end)
                if word is not None and word not in defined:
                    defined[word] = (draft, end + 2)
                letters = self._initials(start, end)
                if letters is not None and letters not in initials:
                    initials[letters] = (draft, end)
        if not defined and not initials:
            return
        owner = {i: d for d in self.drafts.values() for s, e in d.tokens for i in range(s, e)}
        # Only a token written as a defined acronym or as initials can be one: those are
        # picked from the parse's arrays (visiting every token to ask costs more).
        strings = self.doc.vocab.strings
        written = numpy.isin(self.doc.to_array(ORTH), [strings[w] for w in (*defined, *initials)])
        for index in numpy.nonzero(written)[0].tolist():
            token = self.doc[index]
            found = defined.get(token.text)
            if found is None and _unclaimed(owner.get(token.i)):
                found = initials.get(token.text)
            if found is None or token.i < found[1] - 1:
                continue
            draft, _ = found
            other = owner.get(token.i)
            if other is draft:
                continue
            if other is not None:
                # The article's own definition wins over what the letters match elsewhere.
                other.tokens = [(s, e) for s, e in other.tokens if not s <= token.i < e]
            self._add(draft, token.i, token.i + 1)
        # A body left with no mention (only its letters were found) is no actor.
        for key in [k for k, d in self.drafts.items() if not d.tokens]:
            del self.drafts[key]

    def _initials(self, start: int, end: int) -> str | None:
        """The initials of a name of three or more capitalised words ("Baloch Liberation
        Army": "BLA"), skipping the small words that link them."""
        words = [t for t in self.doc[start:end] if t.lower_ not in LINKS and t.is_alpha]
        if len(words) < SHORTEST_INITIALS or not all(t.is_title for t in words):
            return None
        letters = "".join(t.text[0] for t in words)
        return letters if len(letters) <= LONGEST else None

    def _bracketed_after(self, end: int) -> str | None:
        """The acronym in "(ABC)" right after token ``end`` - 1, if there is one."""
        if end + 2 >= len(self.doc) or self.doc[end].text != "(" or self.doc[end + 2].text != ")":
            return None
        word = self.doc[end + 1].text
        if not SHORTEST <= len(word) <= LONGEST or not word.isupper():
            return None  # isupper() also asks for at least one letter
        return word


def _unclaimed(draft: Draft | None) -> bool:
    """Nothing codes the word already: no body at all, or only the bare letters taken
    for an unknown organisation with neither country nor sector."""
    return draft is None or (
        draft.kind == "organisation" and not draft.country and not draft.sector
    )
