"""Collective references the actor pass leaves open, resolved for event arguments only:
"it" for a state or organisation named just before, and "the two countries" or "both
sides" for the last two named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from eventwire.actors.agents import definite
from eventwire.actors.lexicon import default_lexicon
from eventwire.events.arguments import child, clause_subject, earlier_objects, prep_objects
from eventwire.records import Actor
from eventwire.resources import data_path, read_csv, split_values

PAIR_NOUNS = frozenset({"country", "side", "government", "nation", "state", "party"})
# "all sides", "all parties": the parties of the dispute just told, as "both sides" is,
# when they are addressed.
PARTIES_NOUNS = frozenset({"side", "party"})
PAIR_WORDS = frozenset({"both", "two"})
# Sectors of bodies that are no side of a dispute: relief agencies and news media.
NOT_SIDES = frozenset({"NGO", "MED"})
# Pair nouns that name states: "the two countries", "both governments".
STATE_NOUNS = frozenset({"country", "government", "nation", "state"})
# "the two leaders", "both ministers": the two people named last.
PERSON_PAIR_NOUNS = frozenset({"leader", "president", "minister", "premier", "man", "woman",
                               "counterpart", "envoy", "diplomat", "head"})  # fmt: skip
ANY_PAIR_NOUNS = PAIR_NOUNS | PERSON_PAIR_NOUNS
COLLECTIVE_KINDS = frozenset({"state", "organisation"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The clauses whose subject may be bound by the subject of the clause they hang on:
# reported ("said they would") and coordinated clauses. Not adverbial ones, where the
# object is as likely ("police arrested protesters after they blocked the road").
BOUND_CLAUSES = frozenset({"ccomp", "xcomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Possessive pronouns that stand for the speaker above: "said his government would".
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# Counts that stand for a crowd ("thousands marched", "thousands of protesters").
CROWDS = frozenset({"thousands", "hundreds", "dozens", "tens", "millions", "scores", "crowds",
                    "crowd"})  # fmt: skip
WINDOW = 80  # tokens to look back: about the current and the previous sentence


def antecedents(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The actors ``token`` refers back to, or [] when it is no such reference."""
    if token.lower_ in {"it", "its"} and token.pos_ == "PRON":
        # "The EU ... The bloc said it would ...": "it" may stand for a body that a bare
        # definite noun named.
        named = _with_bodies(token.doc, actor_at)
        return (
            _reporting_body(token, named)
            or _reporters_own(token, named)
            or _previous_subject(token, named)
            or _last_before(
                token, _not_own_subject(token, named), 1, things_block=True, singular_groups=True
            )
        )
    if token.lower_ == "they" and token.pos_ == "PRON":
        # "Officials said they had ...": the subject above; else the group named last.
        # ("it" needs no such rule: the nearest state or body before it is that subject.)
        return (
            reporter(token, actor_at)
            or _previous_subjects(token, actor_at)
            or _last_group_before(token, actor_at)
        )
    if token.lower_ in OWNER_PRONOUNS and token.dep_ == "poss":
        return _speakers_own(token, actor_at)
    if token.lower_ == "them" and token.pos_ == "PRON":
        return (
            _shared_object(token, actor_at)
            or _coordinated_subject(token, actor_at)
            or _earlier_subjects(token, actor_at)
        )
    if is_person_pair(token):
        principal = _principal_pair(token, actor_at, "person")
        if principal:
            return principal
        found = _last_before(token, actor_at, 2, kinds=frozenset({"person"}))
        return found if len(found) == 2 else []
    if _definite_state_noun(token):
        return _last_state_subject(token, actor_at)
    body = _definite_body(token)
    if body is not None:
        return _last_body_before(token, actor_at, body)
    pair = token.lemma_.lower() in PAIR_NOUNS and _paired(token)
    if pair or (token.lower_ == "both" and token.dep_ in {"nsubj", "nsubjpass"}):
        principal = _principal_pair(token, actor_at, "state")
        if principal:
            return principal
        states = token.lemma_.lower() in STATE_NOUNS
        sides = _sides(actor_at) if token.lemma_.lower() in PARTIES_NOUNS else actor_at
        found = _last_before(token, sides, 2, states=states, before=_clause_start(token))
        return found if len(found) == 2 else _addressed_pair(token, actor_at)
    return []


def _sides(actor_at: Callable[[int], Actor | None]) -> Callable[[int], Actor | None]:
    """``actor_at`` without relief agencies and news media: "both sides" are parties to a
    dispute, not the Red Cross that brokered their exchange."""

    def at(i: int) -> Actor | None:
        actor = actor_at(i)
        return None if actor is not None and actor.sector in NOT_SIDES else actor

    return at


def _principal_pair(
    token: Token, actor_at: Callable[[int], Actor | None], kind: str
) -> list[Actor]:
    """ "The two foreign ministers spoke by telephone", "the two countries' envoys met", with
    the parties named further back than the nearby sentences: as a clause's subject, the
    two countries the story has named most so far (each at least twice; of two named as
    often, the one named first): for each, the last actor of ``kind`` (a person for "the two
    ministers", a state for "the two countries") it names, else its first. [] otherwise, and
    for a pair that is not a subject ("urged both sides": the story's parties may include
    the one who urges)."""
    subject = token.head if token.dep_ == "poss" else token  # "the two countries' ministers"
    if subject.dep_ not in SUBJECT_DEPS:
        return []
    return _most_named(token, actor_at, kind)


def _addressed_pair(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "The regional bloc's head urged both governments to settle the matter", with no
    two parties named near the clause: the two countries the story has named most, the
    addressing subject's own country aside."""
    speaker = child(_clause_verb(token), SUBJECT_DEPS)
    addresser = actor_at(speaker.i) if speaker is not None else None
    aside = addresser.country if addresser is not None else None
    return _most_named(token, actor_at, "state", aside=aside)


def principal_states(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The story's two principal countries before ``token`` (see ``_most_named``), each as
    a state it names; [] when no two countries are named at least twice."""
    return _most_named(token, actor_at, "state")


def _most_named(
    token: Token, actor_at: Callable[[int], Actor | None], kind: str, aside: str | None = None
) -> list[Actor]:
    """The two countries named most before ``token`` (each at least twice), other than
    ``aside``, as described in ``_principal_pair``."""
    counts: dict[str, int] = {}
    chosen: dict[str, Actor] = {}
    previous: Actor | None = None
    for i in range(token.left_edge.i):
        actor = actor_at(i)
        skipped = actor is None or actor is previous or actor.country in {None, "IGO", aside}
        if not skipped and actor is not None:
            country = str(actor.country)
            counts[country] = counts.get(country, 0) + 1
            if actor.kind == kind or country not in chosen:
                chosen[country] = actor
        previous = actor
    # Dicts keep insertion order, so among countries named as often, the one named first.
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[1]] < 2:
        return []
    return [chosen[ranked[0]], chosen[ranked[1]]]


@dataclass(frozen=True)
class BodyNoun:
    """A bare definite noun that stands for a body named before it: the words one of
    which that body's name holds, and the sectors of the bodies it may name otherwise."""

    names: frozenset[str]
    sectors: frozenset[str]


@cache
def body_nouns() -> dict[str, BodyNoun]:
    """The rows of ``body_nouns.csv`` by noun."""
    return {
        row["noun"]: BodyNoun(
            frozenset(split_values(row["names"]) or [row["noun"]]),
            frozenset(split_values(row["sectors"])),
        )
        for row in read_csv(data_path("lexicons", "body_nouns.csv"))
    }


def _definite_body(token: Token) -> str | None:
    """The kind of body a bare definite noun names ("the party denounced the ban", "the
    ministry said"), or None: "the" and a body noun, nothing else before it."""
    kind = token.lemma_.lower()
    # A lowercase word the tagger calls a proper noun ("the bloc") is a common noun.
    common = token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)
    if not common or kind not in body_nouns():
        return None
    before = [c for c in token.children if c.i < token.i]
    if not before or before[0].dep_ != "det" or before[0].lower_ not in {"the", "this"}:
        return None
    # "the armed group", "the ruling party": plain adjectives may come between.
    if any(c.dep_ != "amod" or c.pos_ != "ADJ" or c.ent_type_ for c in before[1:]):
        return None
    return kind


def _with_bodies(
    doc: Doc, actor_at: Callable[[int], Actor | None]
) -> Callable[[int], Actor | None]:
    """``actor_at``, which also reads a bare definite body noun ("the bloc", "the
    ministry") as the body it refers back to (:func:`_last_body_before`)."""

    def at(i: int) -> Actor | None:
        actor = actor_at(i)
        if actor is not None:
            return actor
        kind = _definite_body(doc[i])
        if kind is None:
            return None
        found = _last_body_before(doc[i], actor_at, kind)
        return found[0] if found else None

    return at


def _last_body_before(
    token: Token, actor_at: Callable[[int], Actor | None], kind: str
) -> list[Actor]:
    """The nearest actor before ``token`` that is such a body: one whose name holds the
    noun ("the ministry": "Japan's defence ministry"; "the agency": the International
    Atomic Energy Agency; "the lender": the World Bank), or whose sector is the noun's
    ("the party": the Awami League; "the army": Sudan's armed forces; "the bloc": the
    European Union)."""
    noun = body_nouns()[kind]
    start = max(0, token.left_edge.i - WINDOW)
    for i in range(token.left_edge.i - 1, start - 1, -1):
        actor = actor_at(i)
        if actor is not None and actor.kind == "person":
            actor = _owner_body(token.doc[i], actor, actor_at)
        if actor is None:
            continue
        # The name as the lexicon gives it, or as the text writes it ("the United Nations
        # Interim Force in Lebanon" for UNIFIL).
        name = f"{actor.name} {_mention_text(token.doc, i, actor, actor_at)}".lower()
        if any(word in name for word in noun.names):
            return [actor]
        if actor.kind != "state" and actor.sector in noun.sectors:
            return [actor]
        if _described_as(token.doc[i], actor, kind, actor_at):
            return [actor]
    return []


def _mention_text(doc: Doc, i: int, actor: Actor, actor_at: Callable[[int], Actor | None]) -> str:
    """The words around token ``i`` that name ``actor``."""
    start = end = i
    while start > 0 and actor_at(start - 1) is actor:
        start -= 1
    while end + 1 < len(doc) and actor_at(end + 1) is actor:
        end += 1
    return doc[start : end + 1].text


def _described_as(
    token: Token, actor: Actor, kind: str, actor_at: Callable[[int], Actor | None]
) -> bool:
    """The mention of ``actor`` at ``token`` is set beside a noun phrase of this kind
    ("Frontex, the EU border agency, said ... The agency ..."; "the Kenya Wildlife
    Service, a state agency"), which a later bare "the agency" takes up."""
    head = token
    while head.head.i != head.i and actor_at(head.head.i) is actor:
        head = head.head
    return any(c.dep_ == "appos" and c.lemma_.lower() == kind for c in head.children)


def _owner_body(
    token: Token, person: Actor, actor_at: Callable[[int], Actor | None]
) -> Actor | None:
    """The body a person is named by, when ``token`` lies in the possessor of that
    person's title ("NATO's secretary general said the alliance ...", "the IMF's
    managing director said the lender ..."): an organisation of the person's country and
    sector, named by the possessor. None for any other word of a person's mention, and for
    a possessor that is a state's name ("Japan's foreign minister")."""
    owner = token
    while owner.dep_ != "poss" and owner.head.i != owner.i and actor_at(owner.head.i) is person:
        owner = owner.head
    if owner.dep_ != "poss" or actor_at(owner.head.i) is not person:
        return None
    words = [t for t in owner.subtree if t.dep_ not in {"case", "det"}]
    name = " ".join(t.text for t in words)
    if not words or default_lexicon().country_of(name) is not None:
        return None
    # The store links it to the body's own record, if the article has one, by name and
    # country.
    return Actor(name=name, kind="organisation", country=person.country,
                 sector=person.sector, country_how=person.country_how)  # fmt: skip


def is_person_pair(token: Token) -> bool:
    """ "the two leaders", "both ministers": a reference to the two people named last."""
    return token.lemma_.lower() in PERSON_PAIR_NOUNS and _paired(token)


def all_parties(token: Token) -> bool:
    """ "urged all sides to hold their fire", "asked all parties to go back to talks":
    the parties of the dispute the story has told (their number the text does not give)."""
    return (
        token.lemma_.lower() in PARTIES_NOUNS
        and token.tag_ in PLURAL_TAGS
        and any(c.lower_ == "all" and c.dep_ in {"det", "predet"} for c in token.children)
    )


def is_pair(token: Token) -> bool:
    """ "both governments", "the two countries", "the two leaders": a reference to the
    two parties named last, whatever group the noun would name on its own."""
    return token.lemma_.lower() in ANY_PAIR_NOUNS and _paired(token)


def _definite_state_noun(token: Token) -> bool:
    """ "The country recognised ...", "the Gulf state said": a singular "the country",
    "the nation" or "the state" as a subject ("the country's civil war" names a place's
    troubles more often than a party)."""
    return (
        token.lemma_.lower() in STATE_NOUNS - {"government"}
        and token.tag_ == "NN"
        and token.dep_ in {"nsubj", "nsubjpass"}
        and definite(token)
        and not _paired(token)
    )


def _last_state_subject(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The state named last before ``token`` as the subject or possessor of a clause of an
    earlier sentence ("Armenia had long refused ... The country recognised ..."); [] when
    the sentences before name states only in other roles, where the reader needs more than
    the grammar to choose."""
    start = max(0, token.sent.start - WINDOW)
    for i in range(token.sent.start - 1, start - 1, -1):
        actor = actor_at(i)
        candidate = token.doc[i]
        if (
            actor is None
            or actor.kind != "state"
            or candidate.dep_ not in {"nsubj", "nsubjpass", "poss"}
        ):
            continue
        return [actor]
    return []


def _clause_start(token: Token) -> int:
    """Where the clause holding ``token`` starts: the pair a clause addresses ("The EU
    urged both sides") is named before it, never its own subject, nor the subject a
    coordinated verb shares ("France and Germany called for a truce and urged both sides")."""
    verb = _clause_verb(token)
    while verb.dep_ == "conj" and child(verb, SUBJECT_DEPS) is None and verb.head.i < verb.i:
        verb = verb.head
    return verb.left_edge.i


def _clause_verb(token: Token) -> Token:
    """The verb of the clause holding ``token`` (the root, where none is above it)."""
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _paired(token: Token) -> bool:
    return any(
        c.lower_ in PAIR_WORDS and c.dep_ in {"det", "nummod", "predet"} for c in token.children
    )


def _last_before(
    token: Token,
    actor_at: Callable[[int], Actor | None],
    wanted: int,
    *,
    things_block: bool = False,
    singular_groups: bool = False,
    states: bool = False,
    kinds: frozenset[str] = COLLECTIVE_KINDS,
    before: int | None = None,
) -> list[Actor]:
    """The ``wanted`` nearest distinct state/organisation actors before ``token``, from
    different countries. With ``things_block`` ("it"), a nearer singular noun phrase that
    is no actor ("the embargo ... wanted it to end") is the likelier referent: none. With
    ``states`` ("the two governments"), each country is its state or government where the
    window names one, not another of its bodies named in between. With
    ``singular_groups`` ("it"), a body named by a singular noun counts too: "the
    government", "the foreign ministry", "the embassy" (not "the authorities"). With
    ``before``, the search starts before that token (the clause's start) instead of
    before the reference's own phrase."""
    found: list[Actor] = []
    seen: dict[str | None, int] = {}
    first = token.left_edge.i if before is None else min(before, token.left_edge.i)
    start = max(0, first - WINDOW)
    for i in range(first - 1, start - 1, -1):
        actor = actor_at(i)
        candidate = token.doc[i]
        if actor is None and things_block and _is_thing(candidate):
            return []
        if actor is None:
            continue
        body = singular_groups and actor.kind == "group" and candidate.tag_ in {"NN", "NNP"}
        if actor.kind not in kinds and not body:
            continue
        if states and actor.country in {None, "IGO"}:
            continue  # "both governments": states, not the bloc that addresses them
        key = actor.country
        if key in seen:
            # For "the two governments", a state (or government body) of a country found
            # replaces the other body of that country named nearer ("the Peruvian coast guard").
            held = found[seen[key]]
            if states and _state_like(actor) and not _state_like(held):
                found[seen[key]] = actor
            continue
        if len(found) == wanted:
            continue  # only a state replacing another body of a country found is left
        seen[key] = len(found)
        found.append(actor)
        if len(found) == wanted and not states:
            break
    return found[::-1]


def _last_group_before(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Protesters gathered outside parliament. They demanded ...": "they" as a subject
    is the nearest group or organisation named by a plural noun before it, unless a
    plural noun that names no actor comes between ("the talks ... they")."""
    start = max(0, token.left_edge.i - WINDOW)
    for i in range(token.i - 1, start - 1, -1):
        candidate = token.doc[i]
        if candidate.tag_ not in PLURAL_TAGS or candidate.dep_ == "compound":
            continue
        actor = actor_at(i)
        if actor is None:
            if candidate.dep_ in {"nsubj", "nsubjpass", "dobj"} and not candidate.ent_type_:
                return []
            continue
        return [actor] if actor.kind in {"group", "organisation"} else []
    return []


def _shared_object(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Police arrested three journalists and accused them of ...", "the navy detained
    12 fishermen and charged them": the object "them" of a verb coordinated with an
    earlier one is that verb's object, when a group names it."""
    for obj in earlier_objects(token):
        if obj.tag_ in PLURAL_TAGS:
            actor = actor_at(obj.i)
            return [actor] if actor is not None and actor.kind in {"group", "organisation"} else []
    return []


def _coordinated_subject(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Thousands of protesters marched on parliament, and police fired tear gas to
    disperse them": the object "them" of a clause coordinated with an earlier one, whose
    own subject is another party, stands for the earlier clause's plural subject."""
    if token.dep_ not in {"dobj", "pobj"}:
        return []
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    while verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i:
        verb = verb.head  # "fired tear gas to disperse them": the clause of "fired"
    own = clause_subject(verb)
    subject = None
    while own is not None and verb.dep_ == "conj" and verb.head.i < verb.i and subject is None:
        verb = verb.head  # "soldiers cleared the road and detained them": past "cleared"
        other = clause_subject(verb)
        subject = other if other is not None and other.i != own.i else None
    if subject is None or own is None or subject.pos_ == "PRON":
        return []
    found = _plural_actors(subject, actor_at)
    if not found and (subject.pos_ == "NUM" or subject.lower_ in CROWDS):
        # "Thousands of protesters": the people counted.
        people = [o for _, o in prep_objects(subject, {"of"})]
        found = [a for o in people if (a := actor_at(o.i)) is not None]
    return [a for a in found if a is not actor_at(own.i)]


def _state_like(actor: Actor) -> bool:
    return actor.kind == "state" or actor.sector == "GOV"


def _is_thing(token: Token) -> bool:
    """A singular common noun heading a subject or object: something "it" may stand for."""
    return (
        token.tag_ == "NN"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and not token.ent_type_
    )


def reporter(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Ukrainian officials said they had expelled two diplomats", "Russia and China
    warned they would veto it", "the rebels took the town and they held it": "they" as
    the subject of a reported or coordinated clause stands for the subject of the clause
    it hangs on, when that names a plural noun, a group or several actors. [] when the
    clause above has no such subject."""
    subject = _subject_above(token)
    return [] if subject is None else _plural_actors(subject, actor_at)


def _subject_above(token: Token, *, climb: int = 3) -> Token | None:
    """The subject of the clause that the reported or coordinated clause whose subject
    is ``token`` hangs on (climbing through up to ``climb`` clauses with no subject of
    their own: "... and then said they would"); None when there is no such clause or
    its subject is a pronoun."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    clause = token.head
    for _ in range(climb):
        if clause.dep_ not in BOUND_CLAUSES or clause.head.i == clause.i or _attributed(clause):
            return None
        clause = clause.head
        subject = child(clause, SUBJECT_DEPS)
        if subject is None:
            continue
        return None if subject.pos_ == "PRON" else subject
    return None


def _speakers_own(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Kenya's president said his government would ...", "the minister said her
    ministry had ...", "Kenya and Tanzania said their governments would ...": a
    possessive pronoun on the subject of a reported or coordinated clause stands for the
    subject of the clause it hangs on ("their" for a plural one, "his" and "her" for
    one actor). [] when that clause has no subject naming an actor."""
    # Only the clause right above: measured, climbing further found more wrong owners
    # than right ones.
    subject = _subject_above(token.head, climb=1)
    if subject is None:
        return _sentence_owner(token, actor_at)
    if token.lower_ == "their":
        return _plural_actors(subject, actor_at)
    if subject.conjuncts or subject.tag_ in PLURAL_TAGS:
        return []
    actor = actor_at(subject.i)
    return [actor] if actor is not None else []


def _sentence_owner(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Orban met the envoy. His office later accused Brussels ...": "his" or "her" on
    the subject of a sentence's main clause, with no clause above it, stands for the
    subject of the sentence before when that is a person ("Orban met Rutte. His office
    ..." is Orban's), else for the last person named before it."""
    head = token.head
    if token.lower_ == "their" or head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "ROOT":
        return []
    subject = _subject_before(token) if token.sent.start > 0 else None
    actor = actor_at(subject.i) if subject is not None else None
    if actor is not None and actor.kind == "person":
        return [actor]
    return _last_before(token, actor_at, 1, kinds=frozenset({"person"}))


def _not_own_subject(
    token: Token, actor_at: Callable[[int], Actor | None]
) -> Callable[[int], Actor | None]:
    """``actor_at`` without the actors of the subject of the clause whose object
    ``token`` is: "Russia shelled Kharkiv. Ukraine accused it of ..." ("it" is no
    reflexive, so not Ukraine)."""
    if token.dep_ not in {"dobj", "dative", "pobj"}:
        return actor_at
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subject = child(verb, {"nsubj"})
    own = {id(a) for a in ([actor_at(subject.i)] if subject is not None else []) if a}
    if not own:
        return actor_at

    def at(i: int) -> Actor | None:
        actor = actor_at(i)
        return None if actor is not None and id(actor) in own else actor

    return at


def _reporting_body(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "The largest party in Zambia said it would ...", "The ministry in Kabul warned that
    it would ...", "The embassy rejected the report, and it accused ...": "it" as the
    subject of a reported or coordinated clause stands for the state or body that is the
    subject of the clause it hangs on, though another name (a place in that subject's own
    phrase) comes nearer. [] when that subject names no such actor."""
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS:
        return []
    clause = token.head
    if clause.dep_ not in BOUND_CLAUSES or clause.head.i == clause.i:
        return []
    if _attributed(clause):
        return []
    actor = _reporter_body(clause, actor_at)
    return [actor] if actor is not None else []


def _reporters_own(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Thailand said Cambodian troops opened fire on its soldiers", "India said Pakistani
    drones attacked its bases": "its" on what a plural (or coordinated) doer of a reported
    clause acts on cannot stand for that doer; it stands for the state or body that
    reports it. [] for a single doer, which may own what it acts on ("Iran had armed its
    proxies"), for "its own" or an owned noun with a name in apposition, and when the
    doer is a pronoun or the reporter names no such actor."""
    if token.lower_ != "its" or token.dep_ != "poss" or token.head.dep_ in SUBJECT_DEPS:
        return []
    owned = token.head
    if any(c.lower_ == "own" or c.dep_ == "appos" for c in owned.children):
        return []  # "fired on its own civilians", "aid to its ally Russia"
    clause = owned
    for _ in range(4):
        if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or _attributed(clause):
        return []
    doer = child(clause, {"nsubj"})
    if doer is None or doer.pos_ == "PRON":
        return []
    if doer.tag_ not in PLURAL_TAGS and not doer.conjuncts:
        return []  # "Iran had armed its proxies": a single doer may own what it acts on
    actor = _reporter_body(clause, actor_at)
    if actor is None or actor is actor_at(doer.i):
        return []
    return [actor]


def _reporter_body(clause: Token, actor_at: Callable[[int], Actor | None]) -> Actor | None:
    """The state, body or group that is the subject of the verb a reported or coordinated
    ``clause`` hangs on, when one (not a pronoun, not coordinated) names it."""
    speech = clause.head
    while _shares_subject(speech):
        # "X called the move regrettable and said it would ...", "X rejected the plan,
        # saying it would ...": the verb the subjectless one hangs on.
        speech = speech.head
    subject = child(speech, SUBJECT_DEPS)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ not in {"NN", "NNP"}:
        return None
    actor = actor_at(subject.i)
    if actor is None:
        # "The SBU security service said it ...", "Ukraine's spy agency said it ...": a
        # body the text names by its owner or its name before the noun.
        # (A name may be read as an adjective: "the SBU counter-intelligence unit".)
        owners = [
            t
            for t in subject.subtree
            if t.i < subject.i and t.dep_ in {"poss", "compound", "nmod", "amod"}
        ]
        actor = next((a for c in reversed(owners) if (a := actor_at(c.i)) is not None), None)
    if actor is None or subject.conjuncts:
        return None
    return actor if actor.kind in COLLECTIVE_KINDS or actor.kind == "group" else None


def _shares_subject(verb: Token) -> bool:
    """A verb with no subject of its own that takes the one of the verb it hangs on: a
    conjunct, or a participle clause ("..., saying ...")."""
    if child(verb, SUBJECT_DEPS) is not None or verb.head.i == verb.i:
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


def _previous_subject(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Israel's military said it was widening operations in Lebanon. It called up two
    brigades ...": "it" opening a sentence as the subject of its main clause carries on
    the subject of the sentence before, when that names a state or body, though other
    names come nearer. [] otherwise."""
    if token.lower_ != "it" or not _opens_main_clause(token):
        return []
    subject = _subject_before(token)
    if subject is None or subject.conjuncts or subject.tag_ not in {"NN", "NNP"}:
        return []
    actor = actor_at(subject.i)
    return [actor] if actor is not None and actor.kind != "person" else []


def _previous_subjects(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Kenyan and Ugandan police raided the camp. They arrested 40 people": "they"
    opening a sentence as the subject of its main clause carries on a plural or
    coordinated subject of the sentence before. [] otherwise."""
    if not _opens_main_clause(token):
        return []
    return _plural_subject_before(token, actor_at)


def _plural_subject_before(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The actors of the main clause's subject in the sentence before ``token``'s, when it
    is plural or coordinated ("The army shelled the town. They fled ...": not the army)."""
    subject = _subject_before(token)
    if subject is None or subject.pos_ == "PRON":
        return []
    if subject.tag_ not in PLURAL_TAGS and not subject.conjuncts:
        return []
    return _plural_actors(subject, actor_at)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _earlier_subjects(token: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """ "Kenya and Uganda traded accusations. The African Union urged them to talk",
    "Opposition supporters marched on parliament. Police detained them": "them" stands for
    a plural or coordinated subject of the sentence before. [] otherwise."""
    if token.i == token.sent.start or token.sent.start == 0:
        return []
    # "arrested two fishermen and later freed them": those fishermen, not the
    # sentence before (the subject of "them"'s own clause is never what it stands for).
    verb = token.head if token.dep_ != "pobj" else token.head.head
    own = clause_subject(verb)
    mine = set() if own is None else {own.i, *(c.i for c in own.conjuncts)}
    nearer = token.doc[token.sent.start : token.i]
    if any(t.tag_ in PLURAL_TAGS and t.dep_ in ARGUMENT_DEPS and t.i not in mine for t in nearer):
        return []
    return _plural_subject_before(token, actor_at)


def _subject_before(token: Token) -> Token | None:
    """The subject of the main clause of the sentence before ``token``'s."""
    return child(token.doc[token.sent.start - 1].sent.root, SUBJECT_DEPS)


def _opens_main_clause(token: Token) -> bool:
    """The pronoun is the subject of its sentence's main clause (or of a clause an
    attribution after it reports), with no other party before it, in a sentence that
    has one before it."""
    if token.dep_ not in SUBJECT_DEPS or token.sent.start == 0:
        return False
    clause, root = token.head, token.sent.root
    main = clause.i == root.i or (clause.dep_ == "conj" and clause.head.i == root.i)
    if not main and not (_attributed(clause) and clause.head.i == root.i):
        return False
    return not any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} and not _in_opening_adjunct(t, root)
        for t in token.doc[token.sent.start : token.i]
    )


# Dependents of a main verb that set a scene before its subject ("In a statement, it ...",
# "On Monday, it ...", "Later that day it ...").
OPENING_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
# Names that make an opening phrase a party of its own ("In Kenya, it ...").
PARTY_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _in_opening_adjunct(token: Token, root: Token) -> bool:
    """``token`` lies in a phrase of time, manner or medium that opens the sentence
    before its subject, and names no party: "In a statement", "On Monday"."""
    if token.ent_type_ in PARTY_ENTITIES:
        return False
    node = token
    while node.head.i != root.i and node.head.i != node.i:
        node = node.head
    return node.head.i == root.i and node.dep_ in OPENING_ADJUNCTS and node.i < root.i


def _attributed(clause: Token) -> bool:
    """A reported clause told before its reporting verb ("It evacuated all staff, the
    Foreign Office said"): the reporter is a source of the news, not of the clause's
    pronouns, which point back past it."""
    return clause.dep_ == "ccomp" and clause.i < clause.head.i


def _plural_actors(subject: Token, actor_at: Callable[[int], Actor | None]) -> list[Actor]:
    """The actors the noun phrase ``subject`` names, if "they" can stand for it."""
    heads = [subject, *subject.conjuncts]
    found: list[Actor] = []
    for head in heads:
        actor = actor_at(head.i) or next(
            (a for i in range(head.i - 1, head.left_edge.i - 1, -1) if (a := actor_at(i))), None
        )
        if actor is not None and all(actor is not f for f in found):
            found.append(actor)
    plural = len(heads) > 1 or subject.tag_ in PLURAL_TAGS
    collective = bool(found) and found[0].kind in {"group", "organisation"}
    return found if plural or collective else []
