"""Bodies a common noun describes beside their name: "German utility Borkwerk", "U.S.
chipmaker Novatek", "Cordillera Haulage, the Colombian firm behind the convoy".

The noun (``descriptors.csv``) gives the body's sector, and a nationality or country
before the noun gives its country. The name is taken as the body's whatever label the
NER gave it (such names are often tagged as people or places). Names a lexicon knows
keep their own entry, and a body the text gives no country is left to the other
passes."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.agents import OWNERSHIP, AgentCountries
from eventwire.actors.drafts import Draft
from eventwire.records import CountryHow

# The longest name, in words, read after a describing noun.
NAME_WORDS = 5
# Entity labels no body's name carries.
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Words that, hyphenated after a place, say where a body is ("a Singapore-listed operator",
# "a Nairobi-based charity"); after "state", that a state owns it ("Iran's state-run
# newspaper", else the story's own state).
SEATED = OWNERSHIP | {"listed", "based", "headquartered", "run"}


class DescribedBodies(AgentCountries):
    """The pass that codes bodies described beside their names."""

    def _described_bodies(self) -> None:
        """ "Dutch shipping firm Marlog said ...": an organisation for each name a
        describing noun stands beside, of the noun's sector and its stated country."""
        descriptors = self.lex.descriptors
        for token in self.doc:
            sector = descriptors.get(token.lower_)
            if sector is None or not token.is_lower or token.tag_ != "NN":
                continue
            bounds = self._name_after(token) or self._name_apposed(token)
            if bounds is None:
                continue
            start, end = bounds
            if token.lower_ in self.lex.descriptors_of_people and any(
                t.ent_type_ == "PERSON" for t in self.doc[start:end]
            ):
                continue  # "music giant Davido": a person the noun praises
            country, how = self._described_country(token)
            if country is None:
                continue  # a body of no known country is no party to code
            name = self.doc[start:end].text
            draft = Draft(f"org:{name.lower()}", name, "organisation", country, sector)
            draft.country_how = how
            self._add(draft, start, end)

    def _described_country(self, noun: Token) -> tuple[str | None, CountryHow | None]:
        """The country a nationality or country before the noun names ("German utility",
        "Kenya's biggest insurer"), or a place hyphenated to a word of where ("the
        Singapore-listed company"); "state-owned" is the state named before it ("Iran's
        state-run newspaper"), else the story's own; and how the country was found."""
        country, _, _ = self._modifier_before(noun.i, gap=2)
        if country is not None:
            return country, None
        owner = self.hyphenated_owner(noun, SEATED)
        if owner is None:
            return None, None
        if owner.lower_ != "state":
            return self._country_of_token(owner), None
        stated, _, _ = self._modifier_before(owner.i, gap=1)
        if stated is not None:
            return stated, None
        return self._home_country, self._home_how

    def _name_after(self, noun: Token) -> tuple[int, int] | None:
        """ "chipmaker Novatek": the name right after the noun, or set beside it between
        commas ("Kenya's largest insurer, Jubira, said")."""
        start = noun.i + 1
        commas = start < len(self.doc) and self.doc[start].text == ","
        start += commas
        end = start
        while end < len(self.doc) and end - start < NAME_WORDS and _name_word(self.doc[end]):
            end += 1
        if end == start or not self._free(start, end):
            return None
        if commas and not (
            end < len(self.doc)
            and self.doc[end].text == ","
            and self.doc[end - 1].dep_ == "appos"
            and self.doc[end - 1].head.i == noun.i
        ):
            return None
        return start, end

    def _name_apposed(self, noun: Token) -> tuple[int, int] | None:
        """ "Cordillera Haulage, the Colombian firm": the name the noun's phrase is
        set beside, after a comma."""
        head = noun.head
        if noun.dep_ != "appos" or head.i >= noun.i or not _name_word(head):
            return None
        if noun.left_edge.i != head.i + 2 or self.doc[head.i + 1].text != ",":
            return None
        start = head.i
        while start > 0 and head.i - start < NAME_WORDS - 1 and _name_word(self.doc[start - 1]):
            start -= 1
        return (start, head.i + 1) if self._free(start, head.i + 1) else None

    def _free(self, start: int, end: int) -> bool:
        """No actor, lexicon entry, place or date holds any word of the name."""
        return not any(
            i in self.claimed
            or i in self.match_at
            or self.doc[i].ent_type_ in NOT_NAMES
            or self._placed_country(self.doc[i]) is not None
            for i in range(start, end)
        )


def _name_word(token: Token) -> bool:
    """A capitalised proper noun of letters, as the words of a body's name are."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
