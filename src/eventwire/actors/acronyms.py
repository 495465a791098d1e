"""Short forms an article defines for a body: "the Baloch Liberation Army (BLA)" makes
every later "BLA" that body, whatever else the letters could stand for."""

from __future__ import annotations

from eventwire.actors.drafts import Draft, Drafts

# An acronym is an all-capital word of a few characters, digits allowed: "ADF", "BLA", "M23".
SHORTEST, LONGEST = 2, 8


class AcronymPass(Drafts):
    """Gives the bodies named with an acronym in brackets their later short mentions."""

    def _acronyms(self) -> None:
        defined: dict[str, tuple[Draft, int]] = {}
        for draft in list(self.drafts.values()):
            if draft.kind not in {"organisation", "group"}:
                continue
            for _, end in draft.tokens:
                word = self._bracketed_after(end)
                if word is not None and word not in defined:
                    defined[word] = (draft, end + 2)
        if not defined:
            return
        owner = {i: d for d in self.drafts.values() for s, e in d.tokens for i in range(s, e)}
        for token in self.doc:
            found = defined.get(token.text)
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

    def _bracketed_after(self, end: int) -> str | None:
        """The acronym in "(ABC)" right after token ``end`` - 1, if there is one."""
        if end + 2 >= len(self.doc) or self.doc[end].text != "(" or self.doc[end + 2].text != ")":
            return None
        word = self.doc[end + 1].text
        if not SHORTEST <= len(word) <= LONGEST or not word.isupper():
            return None  # isupper() also asks for at least one letter
        return word
