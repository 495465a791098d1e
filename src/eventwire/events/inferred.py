"""Participants the text leaves implicit, and when an event may go without a target:
the authorities behind an agentless arrest, the owner of "the plans", the country forces
are sent toward, the government of "anti-government" protests; and the self-dyads that
are no event at all."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors.agents import MISSIONS, definite
from eventwire.actors.lexicon import default_lexicon
from eventwire.events.arguments import (
    child,
    clause_subject,
    in_relative_clause,
    is_passive,
    named_doers,
    prep_objects,
    with_conjuncts,
)
from eventwire.events.casualties import default_casualty_words
from eventwire.events.context import Context
from eventwire.events.coref import CROWDS, principal_states
from eventwire.events.frames import is_bare_participle
from eventwire.events.framing import framing_words, told_pronoun
from eventwire.events.lexicon import EventLexicon, Trigger, TypeInfo
from eventwire.events.place_time import PLACE_PREPS, place_at, place_for
from eventwire.records import UNIDENTIFIED_AGENT, Actor, CountryHow, Event

# Plural nouns that address no single actor ("asked other countries to join").
GENERIC_ADDRESSEES = frozenset({"country", "nation", "state", "government", "donor", "ally",
                                "neighbour", "neighbor", "member", "partner", "party",
                                "side"})  # fmt: skip
# Types whose verbs take no object in their event sense ("protested", "went on strike").
INTRANSITIVE_TYPES = frozenset({"PROTEST"})
# Force movements whose unnamed target is the country where they happen.
FORCE_MOVES = frozenset({"MOBILIZE", "RETREAT"})
# Types whose unowned policy object ("opposed the plans") is the home government's.
POLICY_CRITIQUE = frozenset({"ACCUSE", "REJECT"})
GOVERNMENT_WORDS = frozenset({"government", "regime", "establishment"})
# Violence whose victims the text gives without any agent ("eight demonstrators were
# killed"): the event stands, with an unidentified source (ACLED's "unidentified armed
# group"): a group of that name with no country or sector, which a user can filter.
UNIDENTIFIED_TYPES = frozenset({"ASSAULT"})
UNIDENTIFIED = Actor(name=UNIDENTIFIED_AGENT, kind="group")
# Where a verb's clause is a noun phrase of another clause (a gerund subject or object).
NOMINAL_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass", "pobj", "dobj"})
# Countries a target was given only because the article is about that country.
ARTICLE_HOWS = frozenset({"dateline", "article"})
# Voices inside a country that hold its own government to account.
DOMESTIC_VOICES = frozenset({"OPP", "NGO", "LEG", "JUD", "POL"})
# Voices outside the state whose calls with no addressee are made to their government:
# its opposition, parties and civic groups (citizens, crowds and private persons are
# left out: "farmers want help", "Assange denied the allegations" address no state).
CIVIC_VOICES = frozenset({"OPP", "NGO", "POL"})
# Sectors of a state's own armed power.
ARMED_STATE = frozenset({"GOV", "MIL"})
ARMED_SECTORS = frozenset({"REB", "CRM"})
# The state's own bodies, whose coercion with no coded target falls on their people.
STATE_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD"})
# Coercion that falls on a population rather than on named people: curfews, martial
# law, bans, censorship.
POPULATION_MODES = frozenset({"restrict", "censor"})


def is_generic_addressee(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in GENERIC_ADDRESSEES


def may_stand_alone(
    token: Token,
    trigger: Trigger,
    target_slots: list[Token],
    info: TypeInfo | None,
) -> bool:
    """Whether an event with no coded target is still an event. Most types need an
    addressee; event_types.csv says which may stand alone (protests, deployments,
    attacks...). Even those only when the clause names no addressee at all: a verb used
    intransitively ("troops withdrew", "thousands protested") or with an object that is
    not an addressee ("deployed troops", "tested a missile"). A target slot the coder
    cannot resolve ("evacuated its nationals") means the target is unknown, not absent;
    a noun alone or a verb in a relative clause is background."""
    if target_slots and all(is_generic_addressee(t) for t in target_slots):
        return True  # "aid to countries hit by the tsunami": no single addressee
    if trigger.pos == "NOUN" and trigger.type == "MOBILIZE" and info is not None:
        # "the navy launched three days of drills", "troops began exercises": put on by
        # a verb of its doers, an exercise took place, with or without an addressee.
        return info.targetless and not target_slots and _staged(token)
    if info is None or not info.targetless or trigger.pos == "NOUN":
        return False
    if (
        trigger.type in INTRANSITIVE_TYPES
        and any(c.dep_ == "dobj" for c in token.children)
        and token.lemma_.lower() not in framing_words().grievance
    ):
        return False  # "demonstrated its resolve", "rallied support": another sense
    if trigger.type == "MOBILIZE":
        # "sent troops to the northern border": ground, not an addressee. (A withdrawal
        # "from the town" is made to whoever holds or contests it: not read here.)
        ground = framing_words().ground
        target_slots = [t for t in target_slots if t.lemma_.lower() not in ground]
    return not target_slots and token.dep_ not in {"acl", "relcl"}


def _staged(noun: Token) -> bool:
    """The object of a verb that puts it on ("held drills", "launched three days of
    exercises", "began a week of manoeuvres"), outside a clause describing a noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "three days of drills", "a series of exercises"
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in framing_words().staging
        and not in_relative_clause(verb)
    )


# Sites that sail: a ship is where the sea is, not where the story is filed.
VESSELS = frozenset({"vessel", "ship", "boat", "tanker"})


def struck_site(
    token: Token,
    trigger: Trigger,
    target_slots: list[Token],
    sources: list[tuple[Actor, Token]],
    ctx: Context,
) -> list[tuple[Actor, Token]]:
    """Force used on a site that names no actor ("rebels attacked a village", "gunmen
    stormed a hotel in the capital", "drones hit a refinery near X") is used on the
    country where the site is: the place the clause or the site's own phrase gives, else
    the home country when the doers are at home and not its forces ("gangs attacked a
    police station"). Only for a verb, whose clause says the act happened. Abroad, or
    for a state's own forces, a site with no place phrase is left alone: a Bangkok
    story's "the Myanmar army bombed a monastery" is not an attack on Thailand, nor a
    Moscow story's "Russian troops shelled a village" one on Russia. A ship no phrase
    places is of no country the text tells ("fired a missile at a commercial ship")."""
    if trigger.pos != "VERB" or not target_slots or _act_named(token):
        return []
    slot = target_slots[0]
    if slot.pos_ != "NOUN" or slot.lemma_.lower() not in framing_words().sites:
        return []
    by_start = ctx.places_by_start
    placed = [
        place_at(obj, by_start, token.doc)
        for host in (slot, token)
        for _, obj in prep_objects(host, set(PLACE_PREPS))
    ]
    country = next((p.country for p in placed if p is not None), None)
    if country is None and slot.lemma_.lower() in VESSELS:
        return []  # "fired a missile at a commercial ship": at sea, of no country told
    if country is None:
        country = ctx.home_country
        if not sources or any(
            actor.country != country or actor.kind == "state" or actor.sector in ARMED_STATE
            for actor, _ in sources
        ):
            return []
    if country is None or country == "IGO":
        return []
    state = ctx.state(country)
    if any(self_dyad(actor, state) for actor, _ in sources):
        return []
    return [(state, slot)]


def _act_named(token: Token) -> bool:
    """A gerund that names a kind of act rather than says one was done: a subject or
    object ("attacking churches is forbidden") or an opening phrase with no subject of
    its own ("Attacking churches, ... are prohibited")."""
    if token.dep_ in NOMINAL_DEPS:
        return True
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.tag_ == "VBG" and token.i < token.head.i and not own_subject


def target_in_context(
    source: Actor, target: Actor, token: Token, trigger: Trigger, ctx: Context
) -> Actor:
    """A target whose country was only guessed from the article (``dateline`` or
    ``article``), placed by what the event itself says:

    - "the government" or "the authorities" that a country's own opposition, groups,
      parties or courts accuse, urge or defy is that country's government ("Ecuadorian
      rights groups urged the government to ...", in a story datelined elsewhere);
    - people the clause places ("killing 17 people in the Sagaing region", "arrested 12
      smugglers in Tangier") are of the place's country.

    Otherwise the target as it was. (People a state's police arrest with no place given
    were tried as of that state: it added false events on two unseen sets.)"""
    if target.country_how not in ARTICLE_HOWS or target.kind == "state":
        return target
    country: str | None = None
    if target.sector in ARMED_STATE:
        if (
            source.kind != "state"
            and source.sector in DOMESTIC_VOICES
            and source.country_how == "text"
            and source.country not in {None, "IGO"}
        ):
            country = source.country
    else:
        place = place_for(token, None, trigger, ctx)
        if place is not None and place is not ctx.dateline_place and place.country:
            country = place.country
    if country is None or country == target.country:
        return target
    return replace(target, country=country, country_how="phrase", actor_id="")


# Prepositions that take forces to or along a frontier ("moved tanks toward its border
# with Ukraine", "deployed troops along the Moroccan border").
BORDER_PREPS = frozenset({"to", "toward", "towards", "along", "near", "on", "at", "across"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def border_neighbour(
    token: Token, obj: Token | None, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Belarus moved tanks toward its border with Ukraine", "Algeria put its troops along
    the Moroccan border on alert": forces sent to, along or away from a frontier with no
    addressee written act toward the country on the other side, named by "with X", a
    nationality word, or an owner other than the forces' own. [] for a frontier of the
    source's own country alone ("sent troops to the northern border")."""
    own = {a.country for a, _ in sources}
    hosts = [token] if obj is None else [token, obj]  # "moved divisions towards ..."
    hosts += [c for c in token.children if c.dep_ == "dobj" and c is not obj]  # "troops along"
    hosts += [c for c in token.children if c.dep_ in {"advmod", "prt"}]  # "pulled back from"
    grounds = [g for host in hosts for _, g in prep_objects(host, {*BORDER_PREPS, "from"})]
    grounds += [c for c in token.children if c.dep_ == "dobj"]  # "reinforced its border"
    for ground in grounds:
        if ground.lemma_.lower() not in BORDER_NOUNS:
            continue
        sides = [o for _, o in prep_objects(ground, {"with"})]
        # "moved troops to the border with Turkey", the "with" phrase hung on the verb
        # right after the border's phrase.
        after = ground.right_edge.i + 1
        sides += [o for p in token.children if p.i == after and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        sides += [c for c in ground.children if c.dep_ in {"amod", "poss", "compound"}]
        for side in sides:
            if side.pos_ == "PRON":
                continue
            actor = ctx.actors.at(side.i)
            country = actor.country if actor is not None else None
            country = country or default_lexicon().country_of(side.text)
            if country and country not in own and country != "IGO":
                return [(ctx.state(country), side)]
    return []


def theatre(
    token: Token, trigger: Trigger, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """Forces put on standby or withdrawn with no addressee named act toward the country
    where it happens: the event's place, else the article's home country, when that is
    not the forces' own (a story on Mali that says "Norway put its forces on standby")."""
    own = {a.country for a, _ in sources}
    for country in (_place_country(token, trigger, ctx), ctx.home_country):
        if country and country not in own and country != "IGO":
            return [(ctx.state(country), token)]
    return []


# The head nouns of a state's missions abroad ("the Indian high commission": commission).
MISSION_HEADS = frozenset(m.split()[-1] for m in MISSIONS)
# Prepositions of the place a protest is held at or marches to.
PROTEST_SITE_PREPS = frozenset({"to", "at", "outside", "near", "before", "towards", "toward"})


def protested_mission(token: Token, ctx: Context) -> list[tuple[Actor, Token]]:
    """A protest held at or marching to a state's embassy or consulate ("marched to the
    Indian embassy", "gathered in front of the U.S. consulate", "rallied near the Chinese
    mission") is made to that state: the mission's actor."""
    sites = [o for _, o in prep_objects(token, set(PROTEST_SITE_PREPS))]
    # "in front of the consulate": the noun of a compound preposition holds the site.
    sites += [o for _, f in prep_objects(token, {"in"}) if f.lower_ == "front"
              for _, o in prep_objects(f, {"of"})]  # fmt: skip
    for site in sites:
        if site.lemma_.lower() not in MISSION_HEADS:
            continue
        actor = ctx.actors.at(site.i)
        if actor is not None and actor.country not in {None, "IGO"}:
            return [(actor, site)]
    return []


def protested_government(
    token: Token, trigger: Trigger, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """A protest that names no addressee ("thousands marched in Tbilisi", "the unions
    called a general strike", "teachers walked out") is made to the government of the
    country where it happens, when the protesters are that country's own people or
    unplaced: a strike or a rally at home is pressure on the state. A protest abroad
    ("Ukrainians rallied in Berlin") or by a state body addresses no one the text gives."""
    country, how = _where(token, trigger, ctx)
    if country is None or country == "IGO":
        return []
    for actor, _ in sources:
        if actor.country not in {None, country} or actor.kind == "state":
            return []
        if actor.sector in STATE_BODIES:
            return []
    return [(ctx.implied("GOV", country, how), token)]


def called_government(
    token: Token,
    trigger: Trigger,
    sources: list[tuple[Actor, Token]],
    slots: list[Token],
    ctx: Context,
) -> list[tuple[Actor, Token]]:
    """A call, demand or charge by a country's own opposition, parties or civic groups
    that names no addressee ("the opposition demanded a recount", "the party rejected the
    results", "rights groups accused ... of covering up the killings") is made to the
    government of the country where it is made, as a protest is
    (:func:`protested_government`). Not for a speaker of no country, a state body or
    a foreigner, who address no one the text gives; not for words inside a quotation,
    whose addressee is the speaker's audience; nor for a call on the speaker's own people
    ("urged his supporters to ...", "called on its members"), which is no call on the
    state; nor for a verb that puts on an event ("called a general strike")."""
    if ctx.speakers and token.i in ctx.speakers:
        return []
    if token.lemma_.lower() in framing_words().staging and child(token, {"dobj"}) is not None:
        return []  # "called a general strike": the strike is the event, not a call
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for slot in slots for c in slot.children):
        return []
    if not sources or any(
        actor.sector not in CIVIC_VOICES or actor.country is None for actor, _ in sources
    ):
        return []
    return protested_government(token, trigger, sources, ctx)


# Verbs of holding people: a participle of one hung on "release" describes the people.
HOLDING_VERBS = frozenset({"detain", "hold", "jail", "imprison", "arrest", "seize", "kidnap",
                           "abduct", "capture", "keep", "take", "intern", "sentence"})  # fmt: skip


def holding_participles(release: Token) -> list[Token]:
    """Past participles of holding that the parser hung on a release noun rather than on
    the people it frees ("the release of its citizens detained in China")."""
    return [
        c
        for c in release.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS
    ]


def held_where(
    slot: Token, held: Sequence[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """Whom a call to free people is made of when the text names no captor: the
    government of the country they are held in ("the release of two journalists held in
    Mali", "of the protesters detained in Harare"), else, for people the phrase places
    nowhere, the government of the story's home country ("TUNIS — ... demanded the
    release of dozens of activists"), when the callers are of that country or of none (a
    foreign state calling for its own people's release asks whoever holds them, whom
    the phrase does not name). A landmark (a camp, a base, a prison) does not say
    who holds them. Not the caller's own government: "Paris demanded the release of
    French journalists" names no one it asks."""
    countries: list[str] = []
    placed = False
    # "the release of its citizens detained in China", the participle hung on "release".
    misplaced = holding_participles(slot) if held else []
    for person in (p for h in held for p in with_conjuncts(h)):
        hosts = [person, *(c for c in person.children if c.dep_ == "acl"), *misplaced]
        for _, obj in (pair for host in hosts for pair in prep_objects(host, {"in", "at"})):
            place = place_at(obj, ctx.places_by_start, obj.doc)
            placed = placed or place is not None
            # A camp, base or prison is not always run by the country it lies in.
            if place is None or not place.country or place.feature == "landmark":
                continue
            if place.country not in countries:
                countries.append(place.country)
    how: CountryHow | None = "phrase"
    home = ctx.home_country
    if (
        not placed
        and held
        and home is not None
        and all(a.country in {None, home} for a, _ in sources)
    ):
        countries, how = [home], ctx.home_how
    return [
        (ctx.implied("GOV", country, how), slot)
        for country in countries
        if country != "IGO"
        and not any(
            a.country == country and (a.kind == "state" or a.sector == "GOV") for a, _ in sources
        )
    ]


def policy_owner(
    slots: list[Token], sources: list[tuple[Actor, Token]], lex: EventLexicon, ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "The Greens opposed the reforms": a definite policy noun with no owner
    named is, in a country's political news, the government's (the home country's)."""
    for slot in slots:
        if slot.lemma_.lower() not in lex.status.verbal_objects:
            continue
        if not definite(slot):
            continue
        if any(c.dep_ in {"poss", "amod", "compound"} for c in slot.children):
            continue
        home = ctx.home_country
        if home is None or any(a.country == home and a.sector == "GOV" for a, _ in sources):
            return []
        if not any(a.country == home and a.country_how == "text" for a in ctx.actors.actors):
            return []  # a bureau's dateline over news of another state ("VIENNA - Iran ...")
        return [(ctx.implied("GOV", home, ctx.home_how), slot)]
    return []


def measure_maker(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """An act of state a court annuls with no maker named ("struck down a presidential
    decree", "overturned the curfew order") was made by the government of the court's
    own country; a court abroad or above the states names no one."""
    for court, at in sources:
        if court.sector == "JUD" and court.country is not None and court.country != "IGO":
            anchor = slots[0] if slots else at
            return [(ctx.implied("GOV", court.country, court.country_how), anchor)]
    return []


# Acts done in words, which a generic "the move" or "the decision" does not point at.
WORDS_NOT_DEEDS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "PROTEST"})
# Statuses of an act put forward but not done, which "the offer" or "the proposal" names.
PROMISED = frozenset({"intended", "hypothetical"})
# How many sentences back a definite act noun may point to an act told before ("...
# struck a depot. Syria condemned the strike"): a wire story's later paragraphs answer
# its lead. A doer of the noun's own verb or sector is looked for nearer.
ANTECEDENT_SENTENCES = 6
DOER_SENTENCES = 3


def doers_of_acts(slots: list[Token], lex: EventLexicon) -> tuple[list[Token], list[Token]]:
    """ "condemned the killing of the envoy", "welcomed the release of the hostages": a
    stance on an act is taken toward whoever did it, never toward the people it was done
    to (the act noun's "of" phrase). Each act noun among ``slots`` (a noun of the event
    lexicon that takes its target by "of") is replaced by its doers: its "by" phrase, owner
    or adjective ("the killing of the envoy by a gunman", "Russia's arrest of X", "the
    Israeli strike"). Returns the slots so read, and the act nouns (for an act told
    before: ``antecedent_owner``)."""
    kept: list[Token] = []
    acts: list[Token] = []
    for slot in slots:
        if told_pronoun(slot):
            acts.append(slot)  # "called it piracy": the deed just told, no actor
            continue
        entries = lex.triggers.get((slot.lemma_.lower(), "NOUN"), ())
        if slot.pos_ != "NOUN" or not any("of" in t.target for t in entries):
            kept.append(slot)
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in slot.children):
            kept.append(slot)  # "condemned the attack": read as before
            continue
        acts.append(slot)
        kept.extend(named_doers(slot))
    return kept, acts


def antecedent_owner(
    slots: list[Token],
    sources: list[tuple[Actor, Token]],
    prior: Sequence[tuple[Token, Event]],
    lex: EventLexicon,
) -> list[tuple[Actor, Token]]:
    """ "Turkish drones struck a depot. Syria condemned the strike": a definite act noun
    with no owner written points back at an act the article told in the sentences before,
    whose source owns it: one of the noun's own type ("the strike", "the ban"), or any
    deed for a generic noun ("the move", "the decision"; a demand or an accusation is no
    move; a claim noun, "the charge", at an accusation), or any act told with the noun's
    own verb ("North Korea launched two missiles ... condemned the launches"). The
    speaker's own acts are not what it condemns or welcomes, nor is an act told as not
    done ("Britain did not impose sanctions ... condemned the sanctions")."""
    words = framing_words()
    act_nouns, claims = words.act_nouns, words.claims
    words_said = {token.i for token, event in prior if event.type in WORDS_NOT_DEEDS}
    for slot in slots:
        pronoun = told_pronoun(slot)
        if not pronoun and (
            slot.pos_ != "NOUN"
            or not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"}
                for c in slot.children
            )
        ):
            continue
        if any(c.dep_ in {"poss", "compound", "amod"} and c.pos_ == "PROPN" for c in slot.children):
            continue
        lemma = slot.lemma_.lower()
        kinds = {t.type for t in lex.triggers.get((lemma, "NOUN"), ())}
        kinds |= words.deeds.get(lemma, frozenset())  # "the launches": missiles fired
        if lemma in claims:
            kinds = {"ACCUSE"}  # "denied the charge": the accusation, not a court's charge
        elif lemma in words.proposals:
            kinds = {"AGREE"}  # "welcomed the offer": an offer or commitment
        generic = lemma in act_nouns or pronoun
        if not generic and not kinds:
            continue
        told: list[tuple[Token, Event]] = []  # the acts before, nearest first
        for token, event in reversed(prior):
            if token.i >= slot.i or event.source is None or event.status == "negated":
                continue  # "which is not sending troops": no act to point back at
            if any(a.i in words_said for a in token.ancestors):
                continue  # "urged X to release the reporters": an act asked for, not done
            if sentences_between(token, slot) > ANTECEDENT_SENTENCES:
                break
            if not any(
                self_dyad(s, event.source) or _one_state(s, event.source) for s, _ in sources
            ):
                told.append((token, event))
        # An act told with the noun's own word first ("offered to host talks ... welcomed
        # the offer"), then the nearest of the noun's type or, for a generic noun, any deed;
        # a proposal may be any act offered ("pledged aid ... welcomed the offer").
        same_word = [(t, e) for t, e in told if t.lemma_.lower() == lemma]
        fitting = [
            (t, e)
            for t, e in told
            if _event_fits(e, kinds, generic) or (lemma in words.proposals and e.status in PROMISED)
        ]
        if same_word or fitting:
            return [(a, slot) for a in _doers_of(*(same_word or fitting)[0], told, sources)]
    return []


def _doers_of(
    token: Token,
    event: Event,
    told: list[tuple[Token, Event]],
    sources: list[tuple[Actor, Token]],
) -> list[Actor]:
    """Who did an act told before: its source and the sources of the other events its word
    told ("Eritrean and Ethiopian troops traded fire ... condemned the clashes": both). A
    joint act's partner is not added: "welcomed the accord" is coded toward one signatory
    as often as toward both."""
    found: list[Actor] = []
    for actor in (event.source, *(e.source for t, e in told if t.i == token.i)):
        if actor is None or any(actor is f for f in found):
            continue
        if not any(self_dyad(s, actor) for s, _ in sources):
            found.append(actor)
    return found


def _event_fits(event: Event, kinds: set[str], generic: bool) -> bool:
    """Whether a told act is what a definite noun points back at: one of the noun's own
    types, or any deed for a generic act noun."""
    return event.type in kinds or (generic and event.type not in WORDS_NOT_DEEDS)


# Shows of force and pull-backs, which face someone even when the clause names no one.
FACING_TYPES = frozenset({"MOBILIZE", "RETREAT"})


def faced_party(
    token: Token, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "The navy began live-fire drills off the coast", "the army pulled two battalions
    out of the valley": a show of force or a pull-back that names no one it faces, by one
    of the story's two principal countries (``principal_states``), faces the other. []
    when the story has no such pair or the doer is neither of them."""
    pair = principal_states(token, ctx.actors.at)
    doers = {actor.country for actor, _ in sources}
    if len(pair) != 2:
        return []
    others = [state for state in pair if state.country not in doers]
    return [(others[0], token)] if len(others) == 1 else []


def defied_party(token: Token, ctx: Context) -> list[tuple[Actor, Token]]:
    """ "refused to resign despite calls from the opposition", "rejected the plan in the
    face of U.S. pressure": a refusal that names no addressee is addressed to whoever
    presses for what is refused: the owner of a pressing noun (``pressure_nouns``: calls,
    pressure, demands) in a "despite" or "in the face of" phrase on the refusing verb or
    on the act it refuses. Its owner is the noun's "from" or "by" phrase, possessor,
    compound or nationality adjective; [] when no actor answers it."""
    words = framing_words()
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    found: list[tuple[Actor, Token]] = []
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for noun in _defied_nouns(prep):
                if noun.lemma_.lower() not in words.pressure:
                    continue
                owners = [o for _, o in prep_objects(noun, {"from", "by"})]
                owners += [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"}]
                for owner in [o for head in owners for o in (head, *head.conjuncts)]:
                    actor = ctx.actors.at(owner.i)
                    if actor is not None and all(actor is not a for a, _ in found):
                        found.append((actor, owner))
    return found


def accuser_of(
    token: Token, sources: list[tuple[Actor, Token]], prior: Sequence[tuple[Token, Event]]
) -> list[tuple[Actor, Token]]:
    """ "Human Rights Watch accused Egypt of torture ... Egypt denied any wrongdoing": a
    denial that names no addressee answers the nearest accusation told against the denier
    in the sentences before (of its own state, or the very actor), and is addressed to
    the accuser. [] when no such accusation is told."""
    for earlier, event in reversed(prior):
        if earlier.i >= token.i or sentences_between(earlier, token) > ANTECEDENT_SENTENCES:
            continue
        if event.type != "ACCUSE" or event.source is None or event.target is None:
            continue
        if event.status == "negated":
            continue
        accused = event.target
        if any(actor is accused or self_dyad(actor, accused) or _one_state(actor, accused)
               for actor, _ in sources):  # fmt: skip
            if any(self_dyad(actor, event.source) for actor, _ in sources):
                continue
            return [(event.source, token)]
    return []


def _defied_nouns(prep: Token) -> Iterator[Token]:
    """The nouns a "despite" phrase ("despite calls") or an "in the face of" phrase
    ("in the face of pressure") names."""
    if prep.lower_ == "despite":
        for obj in prep.children:
            if obj.dep_ == "pobj":
                yield obj
                yield from obj.conjuncts
    if prep.lower_ == "in":
        for face in prep.children:
            if face.dep_ == "pobj" and face.lower_ == "face":
                for _, obj in prep_objects(face, {"of"}):
                    yield obj
                    yield from obj.conjuncts


# Acts addressed to a party, which a foreign party's act with its addressee unwritten is
# addressed to the story's country: aid given, a refusal, a demand, a penalty.
ADDRESSED_TYPES = frozenset({"AID", "REJECT", "REQUEST", "SANCTION"})


def _speaks_for_a_state(actor: Actor) -> bool:
    """A state, an international body, or a state's government or forces."""
    return actor.kind == "state" or actor.country == "IGO" or actor.sector in {"GOV", "MIL"}


def story_addressee(
    sources: list[tuple[Actor, Token]], slots: list[Token], token: Token, ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Japan offered a team of surgeons", "the IMF rejected the budget", "Washington
    urged restraint", "the bloc suspended budget support": in a story datelined in a
    country, an act of aid, refusal, demand or penalty by parties from elsewhere whose
    addressee the clause does not name (or names by a phrase no actor answers) is
    addressed to that country (``Context.home_country``), whose government's stance,
    need or conduct the story is about. The doers must speak for a state or a body of
    states; [] when the story has no dateline home, a doer is of it (what a government
    does at home is read by other rules), a doer is another country's opposition or
    civic group (which addresses its own government), or the clause addresses no single
    party ("urged other countries to ...")."""
    home = ctx.home_country
    if home is None or ctx.home_how != "dateline":
        return []
    if any(actor.country in {None, home} for actor, _ in sources):
        return []
    if not all(_speaks_for_a_state(actor) for actor, _ in sources):
        return []  # a foreign opposition or civic group speaks to its own government
    if slots and all(is_generic_addressee(slot) for slot in slots):
        return []
    return [(ctx.state(home), token)]


def joint_forces(sources: list[tuple[Actor, Token]], ctx: Context) -> list[tuple[Actor, Token]]:
    """ "Indian, Australian and Japanese warships began naval exercises": a show of force
    whose doers are of two or more countries, named as sources or as nationality words
    coordinated on the doers' noun, is one held jointly: the doers, one per country, in
    the order written ([] when they are of one country)."""
    found: dict[str, tuple[Actor, Token]] = {}
    for actor, token in sources:
        if actor.country and actor.country != "IGO":
            found.setdefault(actor.country, (actor, token))
        for mod in token.children:
            if mod.dep_ != "amod":
                continue
            for word in [mod, *mod.conjuncts]:
                other = ctx.actors.at(word.i)
                if other is not None and other.country and other.country != "IGO":
                    found.setdefault(other.country, (other, word))
    allied = sorted(found.values(), key=lambda pair: pair[1].i)
    return allied if len(allied) >= 2 else []


def verb_doer(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Soldiers mutinied at a barracks ... ECOWAS condemned the mutiny", "Pakistan tested
    a missile ... India called the test a provocation": a definite act noun with no owner
    written, and no coded act before it (``antecedent_owner``), points at the subject of
    the nearest verb of the noun's own lemma in the sentences before, when that subject
    names an actor other than the speaker."""
    for slot in slots:
        if not _bare_definite(slot, {"the", "this", "that", "these"}):
            continue
        lemma = slot.lemma_.lower()
        verbs = {lemma} | framing_words().act_verbs.get(lemma, frozenset())
        for i in _indices_back(slot.doc, slot.i, DOER_SENTENCES):
            verb = slot.doc[i]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or is_passive(verb):
                continue
            actor = _other_doer(verb, sources, ctx)
            if actor is not None:
                return [(actor, slot)]
    return []


def _bare_definite(slot: Token, determiners: Collection[str] = ("the", "this", "that")) -> bool:
    """A definite common noun with no owner or modifier written ("the ruling", "this
    move"; not "the court's ruling", "a landmark ruling"): a noun that points back."""
    return (
        slot.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in determiners for c in slot.children)
        and not any(c.dep_ in {"poss", "compound", "amod"} for c in slot.children)
    )


def _other_doer(verb: Token, sources: list[tuple[Actor, Token]], ctx: Context) -> Actor | None:
    """The actor the subject of ``verb`` names, when it is not the speaker (``sources``)."""
    subject = clause_subject(verb)
    actor = None if subject is None else ctx.actors.at(subject.i)
    if actor is None or any(self_dyad(s, actor) for s, _ in sources):
        return None
    return actor


def clause_act_doer(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context, lex: EventLexicon
) -> list[tuple[Actor, Token]]:
    """ "Uganda lifted its ban on Monday, a move Kenya welcomed", "closed the border, a
    decision condemned by Kenya", "..., in a step that Washington praised": a generic act
    noun (``act_nouns``) set after a comma on the clause it sums up is that clause's act,
    done by the clause's subject (when it names an actor other than the speaker, and the
    clause is no speech: "said X, a move ..." sums up no deed). So does what a court
    decides ("jailed the mayor for ten years, a verdict her party denounced"), and a claim
    noun a claim made ("accused the bloc of meddling, a charge the bloc dismissed", "said
    the border was shut, a claim Kosovo denied"): the clause's subject made it, speech
    as it is."""
    words = framing_words()
    act_nouns = words.act_nouns | words.court_decisions | words.claims
    for slot in slots:
        if slot.pos_ != "NOUN" or slot.lemma_.lower() not in act_nouns:
            continue
        claim = slot.lemma_.lower() in words.claims
        if any(c.dep_ in {"poss", "compound"} for c in slot.children):
            continue  # "Kenya's move": its own owner
        attached = slot.head.head if slot.dep_ == "pobj" and slot.head.lower_ == "in" else slot.head
        if slot.dep_ == "pobj" and attached is slot.head:
            continue
        if slot.dep_ not in {"npadvmod", "dobj", "appos", "pobj"} or attached.pos_ != "VERB":
            continue
        if attached.i >= slot.i or not any(t.text == "," for t in slot.doc[attached.i : slot.i]):
            continue
        if is_passive(attached):
            continue
        if attached.lemma_.lower() in lex.status.speech_verbs and not claim:
            continue
        actor = _other_doer(attached, sources, ctx)
        if actor is not None:
            return [(actor, slot)]
    return []


def told_deed_doer(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context, lex: EventLexicon
) -> list[tuple[Actor, Token]]:
    """ "Sudan reopened the Adre crossing on Monday. The UN welcomed the move": a definite
    generic act noun (``act_nouns``) with no owner written and no coded act before it
    (``antecedent_owner``) sums up the sentence before, whose doer is the subject of its
    main verb (a deed, not speech: "Sudan said ... The UN welcomed the move" names no
    deed), when that names an actor other than the speaker."""
    act_nouns = framing_words().act_nouns
    for slot in slots:
        if slot.lemma_.lower() not in act_nouns or not _bare_definite(slot):
            continue
        start = slot.sent.start
        if start == 0:
            continue
        verb = slot.doc[start - 1].sent.root
        if verb.pos_ != "VERB" or is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.lemma_.lower() in lex.status.speech_verbs:
            continue
        actor = _other_doer(verb, sources, ctx)
        if actor is not None:
            return [(actor, slot)]
    return []


COURTS = frozenset({"JUD"})


def court_before(
    token: Token, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "A court in Nairobi ordered the ban lifted. The ministry will appeal":
    the court whose decision an appeal contests, the nearest court or judge (JUD) named
    in the sentences before, other than the one appealing."""
    court = _nearest_of(COURTS, token.i, token.doc, sources, ctx)
    return [] if court is None else [(court, token)]


def _indices_back(doc: Doc, start: int, sentences: int) -> Iterator[int]:
    """The token indices before ``start``, nearest first, in ``start``'s sentence and the
    ``sentences`` sentences before it."""
    back = 0  # sentence starts passed: how many sentences before start's is token i's
    for i in range(start - 1, -1, -1):
        if doc[i + 1].is_sent_start:
            back += 1
        if back > sentences:
            return
        yield i


def act_doer(
    slots: list[Token], sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Kenya's High Court suspended the deployment. The minister criticised the ruling":
    a definite act noun whose doer is a kind of body (framing.yaml ``doer_nouns``), with
    no owner written and no such act coded before it (``antecedent_owner``), points at
    the nearest actor of that sector named in the sentences before, other than the
    speaker ("the ruling": a court or judge; "the decree": a government or president)."""
    doers = framing_words().doers
    for slot in slots:
        sectors = doers.get(slot.lemma_.lower())
        if sectors is None or not _bare_definite(slot):
            continue  # "the court's ruling", "a landmark ruling": its own owner, or none
        actor = _nearest_of(sectors, slot.left_edge.i, slot.doc, sources, ctx)
        if actor is not None:
            return [(actor, slot)]
    return []


def _nearest_of(
    sectors: frozenset[str], start: int, doc: Doc, sources: list[tuple[Actor, Token]], ctx: Context
) -> Actor | None:
    """The nearest actor of one of ``sectors`` named before token ``start``, in its
    sentence or the ``DOER_SENTENCES`` before, other than the speaker."""
    for i in _indices_back(doc, start, DOER_SENTENCES):
        actor = ctx.actors.at(i)
        if actor is None or actor.sector not in sectors:
            continue
        if any(self_dyad(s, actor) for s, _ in sources):
            continue
        return actor
    return None


# Sectors that answer for themselves, not through their state; and the sectors of a
# state's own voice (its bodies, or the state itself, which has none).
OWN_CAUSE_SECTORS = frozenset({"OPP", "REB", "CRM", "POL"})
STATE_VOICES: frozenset[str | None] = frozenset({None, *STATE_BODIES})
# Speech acts that may answer an act done to the speaker just before, to its doer; and
# the hostile acts they answer (no one is accused for an act of help or a meeting).
RESPONSE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
ANSWERED_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT"})  # fmt: skip
RESPONSE_SENTENCES = 2


def counterpart(
    token: Token,
    slots: list[Token],
    sources: list[tuple[Actor, Token]],
    prior: Sequence[tuple[Token, Event]],
    answered: frozenset[str] | None = None,
) -> list[tuple[Actor, Token]]:
    """ "Latvian police detained a Russian cargo ship. Moscow called it piracy and warned
    of a response": a speaker whom an act told just before fell on, and whose clause names
    no addressee, answers the doer of that act; a speaker who did such an act to another
    country's party goes on addressing it ("Egypt accused Ethiopia of ... Cairo warned of
    a response"). Denying "the allegations" answers an accusation only. With ``answered``
    (a refusal to give way: "would not bow to the pressure"), the acts of those types are
    answered, whether done or only threatened or planned."""
    speakers = [a for a, _ in sources if a.country and a.country != "IGO"]
    own = {a.country for a in speakers}
    claims = framing_words().claims
    pressure = answered is not None  # a threat or a plan presses as a deed does
    if answered is None:
        answered = ANSWERED_TYPES
        if any(s.lemma_.lower() in claims for s in slots):
            answered = frozenset({"ACCUSE"})
    for earlier, event in reversed(prior):
        if earlier.i >= token.i:
            continue
        if sentences_between(earlier, token) > RESPONSE_SENTENCES:
            break
        doer, done_to = event.source, event.target
        if doer is None or done_to is None or not doer.country or event.type not in answered:
            continue
        if (event.status != "asserted" and not pressure) or (doer.country in own and len(own) > 1):
            continue  # a plan is no deed yet; co-speakers do not answer each other
        if any(_answers(s, doer, done_to) for s in speakers):
            return [(doer, token)]
        if any(_goes_on(s, doer, done_to) for s in speakers):
            return [(done_to, token)]
    return []


def _goes_on(speaker: Actor, doer: Actor, done_to: Actor) -> bool:
    """Whether ``speaker`` did the act just told to another country's party: it goes on
    addressing it ("Egypt accused Ethiopia of ... Cairo warned it would ...")."""
    if not done_to.country or done_to.country == speaker.country:
        return False
    return doer.country == speaker.country and (
        doer.sector == speaker.sector or {doer.sector, speaker.sector} <= STATE_VOICES
    )


def _answers(speaker: Actor, doer: Actor, done_to: Actor) -> bool:
    """Whether ``speaker`` is the party an act of ``doer`` fell on: the same country, and
    another one than the doer's (or, at home, another body than the doer)."""
    if done_to.country != speaker.country:
        return False
    if doer.country != speaker.country:
        # The body that was acted on, or the state for its people, ships and firms: not
        # the opposition when foreign troops came, nor the state when rebels were hit.
        return done_to.sector == speaker.sector or (
            speaker.sector in STATE_VOICES and done_to.sector not in OWN_CAUSE_SECTORS
        )
    return doer.sector != speaker.sector and done_to.sector == speaker.sector


def sentences_between(earlier: Token, later: Token) -> int:
    """How many sentences start from ``earlier``'s sentence up to ``later``'s."""
    span = earlier.doc[earlier.sent.start : later.sent.start]
    return sum(1 for t in span if t.is_sent_start)


def against_targets(
    token: Token, trigger: Trigger, against: list[Token], ctx: Context
) -> list[tuple[Actor, Token]]:
    """What an "anti-" modifier names when it is no actor mention of its own: a nationality
    ("anti-American") is that state; "anti-government" is the government of the country
    where the event happens."""
    for t in against:
        country = default_lexicon().country_of(t.text)
        if country is not None:
            return [(ctx.state(country), t)]
        if t.lemma_.lower() in GOVERNMENT_WORDS:
            country, how = _where(token, trigger, ctx)
            if country is not None:
                return [(ctx.implied("GOV", country, how), t)]
    return []


def implied_source(token: Token, trigger: Trigger, ctx: Context) -> list[tuple[Actor, Token]]:
    """The unnamed agent of an agentless passive ("was arrested") or of a bare nominal
    ("anti-French demonstrations"), in the country where it happens: the event's place,
    else the article's home country (not the target's: Britons detained abroad are not
    held by Britain)."""
    if trigger.pos == "VERB" and not (is_passive(token) or is_bare_participle(token)):
        return []
    assert trigger.implied_source is not None
    country, how = _where(token, trigger, ctx)
    if country is None:
        return []
    return [(ctx.implied(trigger.implied_source, country, how), token)]


def implied_doers(acts: list[Token], ctx: Context, lex: EventLexicon) -> list[tuple[Actor, Token]]:
    """ "condemned the detention of the opposition leader", "called the arrest of the
    reporters arbitrary": an act noun whose doer the text does not name is done by the
    body its entry implies (the authorities, for an arrest) of the country where it
    happens; a stance on the act is taken toward them."""
    for act in acts:
        for entry in lex.triggers.get((act.lemma_.lower(), "NOUN"), ()):
            if entry.implied_source is not None:
                found = implied_source(act, entry, ctx)
                if found:
                    return found
    return []


def crowd_source(
    token: Token, trigger: Trigger, subject: Token | None, slots: list[Token], ctx: Context
) -> list[tuple[Actor, Token]]:
    """ "Thousands marched in Belgrade", "dozens protested outside the Russian embassy in
    Warsaw": a crowd counted but not named is the people of the country where it
    protests (its place, not its target's: else the article's home country)."""
    if trigger.type not in INTRANSITIVE_TYPES or subject is None:
        return []
    if subject.lower_ not in CROWDS and subject.pos_ != "NUM":
        return []
    if any(c.dep_ == "prep" for c in subject.children):
        return []  # "thousands of X": X says who they are
    place = place_for(token, slots[0] if slots else None, trigger, ctx)
    country: str | None = None
    how: CountryHow | None = None
    if place is not None and place is not ctx.dateline_place:
        country, how = place.country, "phrase"
    if country is None:
        country, how = ctx.home_country, ctx.home_how
    if country is None:
        return []
    return [(ctx.implied("CVL", country, how), subject)]


def _where(token: Token, trigger: Trigger, ctx: Context) -> tuple[str | None, CountryHow | None]:
    """The country where an event happens, and how it was found: the event's place
    (``phrase``), else the article's home country (``dateline`` or ``article``)."""
    country = _place_country(token, trigger, ctx)
    if country is not None:
        return country, "phrase"
    return ctx.home_country, ctx.home_how


def _place_country(token: Token, trigger: Trigger, ctx: Context) -> str | None:
    place = place_for(token, None, trigger, ctx)
    return place.country if place is not None else None


def _one_state(speaker: Actor, doer: Actor) -> bool:
    """Two arms of one state (its government, ministries, forces, officials): a state
    does not condemn or welcome its own act ("Guyana's army deployed extra units ... the
    president condemned the deployment" is about another's deployment)."""
    if speaker.country is None or speaker.country != doer.country:
        return False
    return all(a.kind == "state" or a.sector in {"GOV", "MIL"} for a in (speaker, doer))


def self_dyad(source: Actor, target: Actor) -> bool:
    """A state and itself, or a state and its own government ("Poland" and the Polish
    prime minister): a misread self-reference, not an event between two actors. Actors
    of one country in different sectors (government and opposition, army and rebels)
    are a real dyad."""
    if source is target:
        return True
    if (source.name, source.country, source.sector) == (target.name, target.country, target.sector):
        return True  # one party read twice ("between the Indian and Chinese ministers")
    if source.country is None or source.country != target.country:
        return False
    states = (source.kind == "state") + (target.kind == "state")
    other = target if source.kind == "state" else source
    return states == 2 or (states == 1 and other.sector in {None, "GOV"})


def unnamed_agent(
    token: Token,
    trigger: Trigger,
    event_type: str,
    targets: list[tuple[Actor, Token]],
    ctx: Context,
) -> list[tuple[Actor, Token]]:
    """The agent of violence done to named victims in an agentless passive ("at least
    eight demonstrators were killed", "schoolgirls kidnapped last week") or by an
    attacker nobody names ("a suicide bomber killed 12 soldiers": ``attacker_nouns``),
    when the clause names none (a "by" phrase the coder cannot code names one): the armed group
    the text names nearest before it ("the kidnappers", "the BLA"), else after it;
    where the text names none, :data:`UNIDENTIFIED`."""
    if event_type not in UNIDENTIFIED_TYPES or trigger.pos != "VERB" or not targets:
        return []
    subject = clause_subject(token)
    unknown = subject is not None and subject.lemma_.lower() in framing_words().attackers
    if not (is_passive(token) or is_bare_participle(token) or unknown):
        return []  # an active verb's subject is its agent, unless one nobody names
    if any(True for _ in prep_objects(token, {"by"})):
        return []
    if default_casualty_words().is_accidental(token):
        return []  # "killed in a road accident": no one's violence
    victims = {id(a) for a, _ in targets}
    before: tuple[int, Actor] | None = None
    after: tuple[int, Actor] | None = None
    for actor in ctx.actors.actors:
        if id(actor) in victims or not _armed(actor):
            continue
        for mention in actor.mentions:
            if mention.start < token.idx and (before is None or mention.start > before[0]):
                before = (mention.start, actor)
            elif mention.start > token.idx and (after is None or mention.start < after[0]):
                after = (mention.start, actor)
    found = before or after
    return [(found[1] if found else UNIDENTIFIED, token)]


def _armed(actor: Actor) -> bool:
    """An armed group outside the state: rebels and militants (``REB``), and the gangs,
    kidnappers and bandits the titles lexicon gives the criminal sector."""
    if actor.sector == "REB":
        return True
    if actor.kind != "group":
        return False
    titles = default_lexicon().titles
    words = actor.name.lower().split()
    title = next((titles[k] for n in range(len(words)) if (k := " ".join(words[n:])) in titles),
                 None)  # fmt: skip
    return title is not None and title.sector in ARMED_SECTORS


def own_population(
    token: Token,
    trigger: Trigger,
    target_slots: list[Token],
    sources: list[tuple[Actor, Token]],
    ctx: Context,
) -> list[tuple[Actor, Token]]:
    """Restrictions by a state's own bodies whose object the coder cannot code as an
    actor ("the junta imposed martial law on six townships", "banned rallies in the
    capital"): they fall on that country's people, when it happens at home (the event's place, where
    the text gives one, is in the source's country)."""
    if not target_slots or trigger.mode not in POPULATION_MODES:
        return []
    people = home_people(token, trigger, sources, ctx)
    return [(actor, target_slots[0]) for actor, _ in people]


def home_people(
    token: Token, trigger: Trigger, sources: list[tuple[Actor, Token]], ctx: Context
) -> list[tuple[Actor, Token]]:
    """The people of the country whose own state bodies act at home (:func:`own_population`;
    "will not tolerate violence at the polls"); [] for an act abroad or by others."""
    country, how = next(((a.country, a.country_how) for a, _ in sources if a.country),
                        (None, None))  # fmt: skip
    if country is None or country == "IGO":
        return []
    if not all(a.kind == "state" or a.sector in STATE_BODIES for a, _ in sources):
        return []
    place = _place_country(token, trigger, ctx)
    if place is not None and place != country:
        return []
    return [(ctx.implied("CVL", country, how), token)]


# Words that open the clause a move of forces answers ("after", "as", "when").
ANSWERING_MARKS = frozenset({"after", "as", "when", "once"})
# Verbs of seeing what a move of forces answers ("after spotting Russian drones").
SEEING_VERBS = frozenset({"detect", "spot", "sight", "see", "observe", "notice", "identify",
                          "track", "register"})  # fmt: skip
# Verbs of the purpose a force is sent for that name whom it watches or meets.
WATCHING_VERBS = frozenset({"shadow", "monitor", "track", "intercept", "deter", "repel",
                            "confront", "counter", "escort", "tail", "follow"})  # fmt: skip


def answered_movers(token: Token) -> list[Token]:
    """The subject of the clause a move of forces follows ("after Chinese aircraft
    approached", "as Belarus massed troops"), what was seen before it ("after detecting
    Chinese aircraft near the island") and the object of the purpose it is made for ("to
    shadow Chinese vessels")."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ANSWERING_MARKS:
            seen = [v for v in c.children if v.dep_ == "pcomp" and v.lemma_.lower() in SEEING_VERBS]
            found.extend(o for v in seen for o in v.children if o.dep_ == "dobj")
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWERING_MARKS for m in c.children
        ):
            subject = clause_subject(c)
            if subject is not None:
                found.append(subject)
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in WATCHING_VERBS:
            found.extend(o for o in c.children if o.dep_ == "dobj")
    return found
