"""Rules that read a trigger's frame: what governs it, what it governs, what it is about.

These refine the plain lexicon match: a verbal attack is an accusation, an event inside a
refusal is the refusal's target, a noun that is only the topic of a dispute ("a complaint
over state aid") is no event of its own, "anti-French protests" are aimed at France, and
a participle with no subject of its own ("Asked whether...", "troops deployed in Iraq")
reads as a passive.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.arguments import child, is_passive, named_doers
from eventwire.events.framing import FramingWords, framing_words
from eventwire.events.lexicon import EventLexicon, Trigger
from eventwire.events.status import WOULD_OR_WILL, is_negated
from eventwire.records import Actor
from eventwire.repairs import has_to
from eventwire.timex import DATE_LABELS

# A noun trigger under one of these prepositions is what something is about, not an event.
TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
ANTI = frozenset({"anti"})


def is_topic(token: Token, trigger: Trigger) -> bool:
    """ "a lawsuit over Dutch aid to farmers": ``aid`` names the dispute's subject; so
    does what a noun looks "into" ("a probe into the allegations against X", "opened an
    inquiry into the sale of arms to Y", where the parse may hang "into" on the verb),
    unlike a verb's own "into" ("entered into an agreement with X")."""
    if trigger.pos != "NOUN" or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    prep = token.head
    if prep.lower_ in TOPIC_PREPS:
        return True
    host = prep.head
    return prep.lower_ == "into" and (
        host.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in host.children)
    )


def is_bare_participle(token: Token) -> bool:
    """A past participle heading a clause with no subject of its own: passive in sense."""
    return (
        token.pos_ == "VERB"
        and token.tag_ == "VBN"
        and token.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)
    )


def participle_target(token: Token) -> Token | None:
    """Who a bare participle happens to: the noun it modifies ("a man detained on Monday")
    or the subject of the clause it hangs from ("Pressed on the vote, the minister said")."""
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return token.head
    if token.dep_ == "advcl":
        return child(token.head, {"nsubj", "nsubjpass"})
    return None


def shifted_type(token: Token, trigger: Trigger, lex: EventLexicon) -> str:
    """The event type after reading the frame. A trigger marked ``verbal`` in the lexicon
    ("attack") is an accusation when it reports speech ("attacked X, saying ...") or when
    its object is a plan, policy or statement rather than an actor, or when it takes a
    that-clause and no object ("charged that X had ...")."""
    if trigger.verbal is None:
        return trigger.type
    speech = lex.status.speech_verbs
    if any(_reports_speech(c, speech) for c in token.children):
        return trigger.verbal
    if _aimed_at_words(token, lex):
        return trigger.verbal
    if (
        token.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in token.children)
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children
        )
    ):
        return trigger.verbal  # "charged that Greek forces pushed migrants back": a claim
    faults = lex.status.verbal_objects
    if _faults_named(token, faults) or (
        token.pos_ == "NOUN" and _faults_named(token.head.head, faults)
    ):
        return trigger.verbal  # "attacked the minister over the budget", "came under attack for"
    return trigger.type


def _reports_speech(clause: Token, speech: frozenset[str]) -> bool:
    """A clause of speech on the verb that tells what its doer said ("attacked the plan,
    saying ...", "attacked the plan and said ..."); not an attribution of the whole
    sentence that the parser hung on the verb ("drones struck a tanker, a source said"),
    which is finite and no participle, nor a coordinated clause with a speaker of its own
    ("drones struck a tanker, and a source said ...")."""
    if clause.lemma_.lower() not in speech or clause.dep_ not in {"advcl", "xcomp", "conj"}:
        return False
    if clause.dep_ == "conj":
        return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return clause.dep_ != "advcl" or clause.tag_ == "VBG"


# Sectors that speak for a state: their protest is lodged, not marched.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "IGO"})


# Prepositions of what a state protests against ("protested against China's deployment",
# "protested over the arrests"): the act complained of, read for its doer.
COMPLAINED_OF = frozenset({"against", "over"})


def official_complaint(
    token: Token, trigger: Trigger, sources: list[tuple[Actor, Token]], lex: EventLexicon
) -> Trigger | None:
    """A state's protest is a complaint lodged (CAMEO 114, ACCUSE), not a demonstration:
    "Vietnam protested China's deployment of a survey ship", "the foreign ministry
    protested against the arrests", "Tokyo protested to Beijing". When a protest verb has
    an object, an "against" or "over" phrase or an addressee and every doer is a state,
    a government body or an intergovernmental one, the same word's complaint entry is
    read instead, with the protested act as the target (read for its doer). None when it
    is not such a protest."""
    if trigger.type != "PROTEST" or token.pos_ != "VERB" or not sources:
        return None
    if not all(a.kind == "state" or a.sector in OFFICIAL_SECTORS for a, _ in sources):
        return None
    protested = any(c.dep_ == "dobj" for c in token.children)
    against = tuple(
        c.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in COMPLAINED_OF
    )
    if not (protested or against) and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children
    ):
        return None  # "the ministry's staff protested": no complaint to anyone
    for entry in lex.triggers.get((token.lemma_.lower(), "VERB"), ()):
        if entry.type == "ACCUSE":
            # The act protested is read for its doer, as "condemned X" is.
            target = ("dobj",) if protested else against or entry.target
            return replace(entry, particle=None, target=target)
    return None


def _aimed_at_words(token: Token, lex: EventLexicon) -> bool:
    """Whether what the act is aimed at is a plan, policy or statement (status.yaml's
    ``verbal_objects``): "attacked X", "an attack on X", "launched an attack on X" (the
    light verb's noun)."""
    objects = [child(token, {"dobj"})] if token.pos_ == "VERB" else []
    for host in [token, *(o for o in objects if o is not None)]:
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
                objects.append(child(prep, {"pobj"}))
    return any(o is not None and o.lemma_.lower() in lex.status.verbal_objects for o in objects)


# Pronouns for a thing, never for a place or a party: "seized on something".
VAGUE_THINGS = frozenset({"something", "anything", "everything", "it", "this", "that"})


def seized_upon(token: Token, lex: EventLexicon) -> bool:
    """A verb of force with no object of its own, "on" or "upon" words or a vague thing
    ("seized on the remarks", "pounced upon the plan", "seized on something"): a figure
    of speech for making use of them."""
    if token.pos_ != "VERB" or child(token, {"dobj"}) is not None:
        return False
    return any(
        o.lemma_.lower() in lex.status.verbal_objects or o.lower_ in VAGUE_THINGS
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "upon"}
        for o in prep.children
        if o.dep_ == "pobj"
    )


# Entity kinds that make "over X" a place or "for X" a span of time, not a fault (the
# ground nouns of `framing.yaml` do the same for common nouns: "over the border").
_NOT_FAULTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY"})


def _faults_named(token: Token, faults: frozenset[str]) -> bool:
    """An attack that names its grounds, "over X" or "for X(-ing)", is one of words: the
    fault is what someone said or did ("over the budget", "for failing to act"), not a
    place fought over or a length of time."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"over", "for"}:
            continue
        for o in prep.children:
            if o.dep_ == "pcomp" and o.tag_ == "VBG" and prep.lower_ == "for":
                return True
            if (
                o.dep_ == "pobj"
                and o.pos_ == "NOUN"
                and not o.ent_type_
                and not any(c.ent_type_ in _NOT_FAULTS for c in o.subtree)
            ):
                # "over" a ground noun is a place ("over the border", "over the town").
                lemma = o.lemma_.lower()
                ground = framing_words().ground
                return lemma in faults or (prep.lower_ == "over" and lemma not in ground)
    return False


def is_advice(token: Token, lex: EventLexicon) -> bool:
    """ "warned people not to eat the product", "cautioned residents to stay indoors": a
    warning that tells its addressee to do, or not to do, something that is no event
    of the lexicon nor a wrong is advice, not a threat ("warned Israel not to invade
    Rafah", "warned Washington not to interfere" still threaten)."""
    if token.pos_ != "VERB" or child(token, {"dobj"}) is None:
        return False
    wrongs = framing_words().wrongdoing
    for c in token.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            lemma = c.lemma_.lower()
            return not lex.triggers.get((lemma, "VERB")) and lemma not in wrongs
    return False


def is_carried(token: Token) -> bool:
    """A verb of travel with a direct object ("flew the cat to Portland", "drove the
    aid to the border"): the subject carries something, it makes no visit."""
    return token.pos_ == "VERB" and child(token, {"dobj"}) is not None


def is_inquiry(token: Token) -> bool:
    """ "asked Morrison about his testimony", "questioned Smith for three hours": asking a
    party about something, with nothing asked of it (no "to" clause, no "for"), or
    questioning a named person, is an inquiry: no request and no charge."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"ask", "question"}:
        return False
    if lemma == "question":
        obj = child(token, {"dobj"})
        return obj is not None and obj.ent_type_ == "PERSON"
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    asked = any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
    return "about" in preps and "for" not in preps and not asked


def refused_content(token: Token) -> Token | None:
    """The clause a refusal governs: "refused to accept X" (xcomp), "refusal to meet" (acl)."""
    for c in token.children:
        if c.dep_ in {"xcomp", "acl"} and c.pos_ == "VERB":
            return c
    return None


def anti_tokens(token: Token) -> list[Token]:
    """Actors a noun is aimed against: "anti-French" in "anti-French demonstrations"."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ not in {"amod", "compound", "nmod"}:
            continue
        left = c.doc[c.i - 2 : c.i] if c.i >= 2 else c.doc[0:0]
        hyphenated = len(left) == 2 and left[0].lower_ in ANTI and left[1].text == "-"
        if hyphenated or (c.lower_.startswith("anti-") and len(c.text) > 5):
            found.append(c)
    return found


def is_headline(sentence: Span) -> bool:
    """The article's title line ("Minister arrested", no full stop, a blank line after):
    it repeats the lead in telegraphic grammar that would be mis-coded."""
    doc = sentence.doc
    if sentence.start != 0:
        return False
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text in {".", "!", "?", '"', "\u201d"} or len(words) > 16:
        return False
    after = doc[sentence.end - 1] if sentence.end <= len(doc) else None
    return after is not None and after.is_space and after.text.count("\n") >= 2


def is_standing_state(token: Token, lemma: str | None = None) -> bool:
    """ "Turkey, which occupies northern Cyprus": a present-tense relative clause describes
    a standing situation, not an event reported by the story. So does hosting in the
    simple present ("Jordan hosts a million refugees", "Qatar hosts a US air base"): a
    meeting hosted is told in the past or with its day."""
    if token.pos_ != "VERB" or token.tag_ not in {"VBZ", "VBP"}:
        return False
    if token.dep_ == "relcl":
        return True
    simple = not any(c.dep_ in {"aux", "auxpass"} for c in token.children)
    return lemma in STANDING_LEMMAS and simple and not _dated(token)


def _dated(verb: Token) -> bool:
    """The verb's own clause gives a day or time ("hosts talks on Monday")."""
    for c in verb.children:
        if c.ent_type_ in DATE_LABELS:
            return True
        if c.dep_ == "prep" and any(o.ent_type_ in DATE_LABELS for o in c.children):
            return True
    return False


# Triggers that, in the simple present, tell a standing relation ("hosts a base"), where
# other words of a meeting ("invites", "receives") are news told in the present.
STANDING_LEMMAS = frozenset({"host"})


def obligation_request(token: Token, lex: EventLexicon) -> tuple[Trigger, None] | None:
    """ "The minister said the mayor should resign": reported speech that tells an actor
    what it should or must do is a REQUEST from the speaker to that actor (the target is
    the subject of the reported clause); "should have warned us sooner" blames it for
    what it did not do: an ACCUSE."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.status.speech_verbs:
        return None
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in lex.status.obligation for c in clause.children):
            continue
        subject = child(clause, {"nsubj"})
        # "We must stay calm": self-exhortation, not a demand made of another actor. A
        # state told what it should do ("Italy should take in more refugees") is asked.
        if subject is None or subject.lower_ in {"i", "we"}:
            continue
        hindsight = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        return lex.speech_request(token.lemma_.lower(), "ACCUSE" if hindsight else "REQUEST"), None
    return None


# Nouns of an answer to an act ("a firm response to the sale", "revenge for the killing").
ANSWER_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "vengeance",
                          "punishment", "countermeasure", "consequence", "reaction"})  # fmt: skip


def answered_doers(slots: list[Token], obj: Token | None) -> list[Token]:
    """ "vowed a firm response to the U.S. arms sale", "revenge for the killing of its
    commander by Israel": what an answer is "to" or "for", when it is a thing and not a
    party, is the act answered, and the answer is aimed at the act's doer (its "by"
    phrase, owner or adjective), never at the act's victim or goods."""
    if obj is None or obj.lemma_.lower() not in ANSWER_NOUNS:
        return slots
    kept: list[Token] = []
    for slot in slots:
        prep = slot.head
        if slot.dep_ != "pobj" or prep.lower_ not in {"to", "for"} or prep.head.i != obj.i:
            kept.append(slot)
        elif slot.pos_ == "PROPN" or slot.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
            kept.append(slot)  # "a response to Washington": the party itself
        else:
            kept.extend(named_doers(slot))
    return kept


# What an order to leave may name as the place left: the country itself, or nothing.
LEFT_PLACES = frozenset({"country", "territory", "kingdom", "republic", "nation"})


def ordered_departure(token: Token, lex: EventLexicon) -> tuple[Trigger, None] | None:
    """ "Bolivia gave the Chilean ambassador 48 hours to leave the country", "Ecuador
    ordered two diplomats to leave", "the junta told the correspondent to quit the
    country": an order to leave the country expels whoever is told. Envoys, inspectors
    and reporters are expelled (the lexicon's "expel", a SANCTION); anyone else is
    deported (COERCE). The target is the verb's object, or its dative when the object is
    the time given. An order to leave somewhere else ("to leave their homes") is not one.
    Another state's forces so told ("ordered U.S. troops to leave") are expelled."""
    words = framing_words()
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.ordering:
        return None
    told = child(token, {"dative"}) or child(token, {"dobj"})
    if told is None or told.ent_type_ in {"TIME", "DATE"}:
        return None
    if _told_the_expelled(token, told, lex):
        return None  # "expelled the envoy, giving him 48 hours to leave": the one expulsion
    hosts = [token, *(c for c in token.children if c.dep_ == "dobj")]
    leaving = [
        c
        for h in hosts
        for c in h.children
        if c.dep_ in {"xcomp", "advcl", "relcl", "acl"} and c.lemma_.lower() in words.departing
    ]
    if not leaving:
        return None
    left = child(leaving[0], {"dobj"})
    if left is not None and left.lemma_.lower() not in LEFT_PLACES and left.ent_type_ != "GPE":
        return None
    forces = told.lemma_.lower() in words.commanded
    if forces and (
        not _foreign_force(told) or left is None or left.lemma_.lower() not in LEFT_PLACES
    ):
        # "ordered its troops to leave Kherson", "ordered American forces to leave
        # Afghanistan": a pull-back; only forces marked as another state's, told to leave
        # "the country", are expelled.
        return None
    envoys = words.envoys | words.commanded  # foreign forces are sent away as envoys are
    verb = "expel" if told.lemma_.lower() in envoys else "deport"
    entry = next((t for t in lex.triggers.get((verb, "VERB"), ()) if not t.objects), None)
    if entry is None:
        return None
    return replace(entry, lemma=token.lemma_.lower(), target=("dative", "dobj")), None


def _foreign_force(force: Token) -> bool:
    """Troops a nationality, a state's name or "foreign" marks ("U.S. troops", "French
    forces", "foreign soldiers"): told to leave "the country", another state's."""
    return any(
        c.dep_ in {"amod", "compound", "nmod", "poss"}
        and (c.ent_type_ in {"GPE", "NORP"} or c.lower_ == "foreign")
        for c in force.children
    )


def _told_the_expelled(verb: Token, told: Token, lex: EventLexicon) -> bool:
    """Whether an order to leave, joined to an expulsion ("expelled the envoy, giving him
    48 hours to leave", "expelled two diplomats and gave them a day to leave"), is told to
    those the expulsion names (a pronoun, or the same noun): that one expulsion again. "...
    and ordered the U.N. mission to leave" is a second one."""
    head = verb.head
    if verb.dep_ not in {"advcl", "conj"} or head.pos_ != "VERB":
        return False
    entries = lex.triggers.get((head.lemma_.lower(), "VERB"), ())
    if not any(t.mode in {"expel", "deport"} for t in entries):
        return False
    expelled = child(head, {"dobj"})
    return told.pos_ == "PRON" or (
        expelled is not None and told.lemma_.lower() == expelled.lemma_.lower()
    )


def ordered_request(token: Token, lex: EventLexicon) -> tuple[Trigger, None] | None:
    """ "The president ordered the health ministry to reopen the clinics", "the tribunal
    directed the election board to recount the ballots", "told the regional governor to
    stand down": an order to a body is a demand made of it (CAMEO 100), a REQUEST whose
    target is the body told; what it is told to do is asked, not done (``told_body``).
    Orders to leave the country are expulsions (``ordered_departure``), and orders to
    one's own armed men are their act (``framing.yaml`` ``commanded_nouns``)."""
    if told_body(token, framing_words()) is None:
        return None
    demand = Trigger(token.lemma_.lower(), "VERB", "REQUEST", "100", mode="demand",
                     goldstein=lex.types["REQUEST"].goldstein, target=("dobj",),
                     passive_target=False)  # fmt: skip
    return demand, None


def refused_yield(token: Token, lex: EventLexicon) -> tuple[Trigger, None] | None:
    """ "The government would not bow to outside pressure", "Hanoi will never accept such
    threats", "the union said it would not back down": a verb of giving way
    (``framing.yaml`` ``yielding_verbs``), negated and said of what the subject will do,
    is a refusal made now (REJECT, CAMEO 12), addressed to whoever presses the subject:
    the party its object or "to"/"with" phrase names, else the one whose act on the
    subject it answers (``events/coder.py``)."""
    if not refuses_to_yield(token):
        return None
    lemma = token.lemma_.lower()
    particle = _particle(token)
    defiance = Trigger(lemma, "VERB", "REJECT", "12", mode="defy",
                       goldstein=lex.types["REJECT"].goldstein, target=("dobj", "to", "with"),
                       particle=particle, passive_target=False)  # fmt: skip
    return defiance, None


def refuses_to_yield(token: Token) -> bool:
    """Whether ``token`` is a verb of giving way, negated and said of what its subject
    will do (see ``refused_yield``)."""
    if token.pos_ != "VERB" or not is_negated(token) or is_passive(token):
        return False
    lemma = token.lemma_.lower()
    particle = _particle(token)
    if (f"{lemma} {particle}" if particle else lemma) not in framing_words().yielding:
        return False
    return said_ahead(token)


def refused_tolerance(token: Token, lex: EventLexicon) -> tuple[Trigger, Token | None] | None:
    """ "The government will not tolerate violence at the polls", "police would no
    longer tolerate marches in the capital": a verb of putting up with something
    (``framing.yaml`` ``forbearing_verbs``), negated and said of what the subject will do,
    is a warning made now (THREATEN, CAMEO 13) to whoever would do what it names: the
    doers of its object (returned with it: the act put up with is no event of its own),
    else, for a state body at home, the country's people (``events/coder.py``)."""
    if not refuses_to_tolerate(token):
        return None
    warning = Trigger(token.lemma_.lower(), "VERB", "THREATEN", "130",
                      goldstein=lex.types["THREATEN"].goldstein, target=("dobj", "for", "with"),
                      particle=_phrasal_rest(token), passive_target=False)  # fmt: skip
    return warning, child(token, {"dobj"})


def refuses_to_tolerate(token: Token) -> bool:
    """Whether ``token`` is a verb of putting up with something, refused for the future
    ("will not tolerate", "would no longer put up with")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or not any(p.split()[0] == lemma for p in framing_words().forbearing):
        return False  # the cheap test first: this runs on every verb
    if is_passive(token) or not said_ahead(token):
        return False
    no_longer = any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in token.children
    )
    if not (is_negated(token) or no_longer):
        return False
    rest = _phrasal_rest(token)
    return (f"{lemma} {rest}" if rest else lemma) in framing_words().forbearing


def _phrasal_rest(verb: Token) -> str | None:
    """The words after a verb that make it phrasal ("stand for", "put up with"), as the
    forbearing verbs list them."""
    for phrase in framing_words().forbearing:
        first, _, rest = phrase.partition(" ")
        if rest and first == verb.lemma_.lower():
            following = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 1 + len(rest.split())]]
            if following == rest.split():
                return rest
    return None


def _particle(verb: Token) -> str | None:
    """The verb's particle ("give in", "back down"), if it has one."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)


def said_ahead(verb: Token) -> bool:
    """Said of what the subject will do ("will not sign", "won't bow", "would never
    accept"): with a negation, a refusal now, not a report that something did not
    happen."""
    aux = any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)
    return aux or any(c.lower_ == "never" for c in verb.children)


def legal_appeal(token: Token, lex: EventLexicon) -> tuple[Trigger, Token | None] | None:
    """ "The ministry will appeal", "the party appealed the verdict", "lawyers
    appealed against the ruling": an appeal that is no plea to anyone (no "to" or "for"
    phrase, no act asked for) contests a court's decision, a REJECT of the court
    (``events/coder.py``); its object, if any, is what a court decides
    (``framing.yaml`` ``court_decisions``)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "appeal":
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in token.children):
        return None  # "appealed to donors", "appealed for calm": a plea
    if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
        return None  # "appealed to them to stay": an act asked for
    obj = child(token, {"dobj"})
    if obj is not None and obj.lemma_.lower() not in framing_words().court_decisions:
        return None
    contest = Trigger("appeal", "VERB", "REJECT", "120", mode="reject",
                      goldstein=lex.types["REJECT"].goldstein, target=("dobj", "against"),
                      passive_target=False)  # fmt: skip
    return contest, obj


def told_body(verb: Token, words: FramingWords) -> Token | None:
    """The object of an order to act ("ordered [the ministry] to reopen ..."), unless it
    names armed men under the orderer ("ordered troops to pull back"), is a date or time
    the parser took for an object, or the act is a departure (an expulsion)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.commanding:
        return None
    told = child(verb, {"dobj"})
    if told is None or told.ent_type_ in DATE_LABELS or told.lemma_.lower() in words.commanded:
        return None
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    if not acts or not has_to(acts[0]):
        return None
    if acts[0].lemma_.lower() in words.departing:
        return None
    return told


# Words that mark what is said of the future: "will keep", "would stay"; and with the
# "wo" of "won't", as a refusal is often put.
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
WILL = WOULD_OR_WILL  # FUTURE_AUX and "wo" (of "won't")


def held_until(token: Token, words: FramingWords) -> Token | None:
    """The party an ultimatum is put to: a pressure kept up, said of the future or under
    a vow, until that party acts ("Sofia would keep its veto until Skopje writes the
    minority into its constitution", "the drivers vowed to stay on the road until the
    government pays them", "the strike will continue until the company reinstates the
    men"): the subject of the "until" clause. None when there is no such clause, the
    verb is negated, or nothing says the pressure is to go on."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.persisting:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children)
    vowed = token.dep_ == "xcomp" and token.head.lemma_.lower() in words.threatening
    if not (future or vowed):
        return None
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in {"until", "till"} for m in clause.children
        ):
            continue
        subject = child(clause, {"nsubj", "nsubjpass"})
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def conditional_clause(
    token: Token, *, threatened: bool = False, unless_only: bool = False, announced: bool = False
) -> Token | None:
    """The condition a harmful act is made to depend on, making it a threat: any
    "unless" clause ("a strike unless there is a rethink"), or an "if" clause when the
    act is announced with "will" ("we will walk out if the board cuts wages"), or with
    "would" in a reported clause ("said it would retaliate if ..."), or framed
    by a threatening verb (``threatened``: "threatened to block roads if the fuel price
    rises"), or by its doer, with any modal (``announced``: "could cut supplies if the
    debt is not paid, the ministry said"). A "could ... if" told by others stays a
    hypothetical act ("the army might strike if the talks collapse, analysts said").
    ``unless_only``: only an "unless" clause counts. The clause may hang on the verb that
    frames the act ("threatened to strike unless ...")."""
    hosts = [token]
    if token.pos_ == "NOUN" and token.head.pos_ in {"AUX", "VERB"}:
        hosts.append(token.head)  # "there should be a strike unless ..."
        token = token.head
    if token.dep_ == "xcomp" and token.head.pos_ == "VERB":
        hosts.append(token.head)  # "vowed to walk out unless ...", "threatened to strike unless"
    if threatened and token.pos_ == "VERB":
        # "warned it would shut the ports unless ...": the condition of the act warned of.
        hosts.extend(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})
    for host in hosts:
        # "said it would retaliate if ...": a reported "would" is the speaker's "will".
        reported = host.dep_ == "ccomp"
        told = announced or threatened
        told = told or any(
            a.dep_ == "aux" and (a.lemma_ == "will" or (a.lower_ == "would" and reported))
            for a in host.children
        )
        for c in host.children:
            if c.dep_ != "advcl":
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if "unless" in marks or ("if" in marks and told and not unless_only):
                return c
    return None
