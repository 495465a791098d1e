"""Where a trigger's source and target sit in spaCy's dependency parse."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from eventwire.repairs import framing_list, has_to, names_party

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
#: The tags of a finite verb ("said", "says", "say").
FINITE = frozenset({"VBD", "VBZ", "VBP"})
CLIMB = frozenset(
    {"xcomp", "conj", "advcl", "acl", "relcl", "ccomp", "pcomp", "dep", "prep", "acomp"}
)
# Verbs whose object is the subject of their complement ("urged Iran to release").
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "push", "tell", "order", "force",
                            "encourage", "invite", "allow", "want", "persuade"})  # fmt: skip


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def earlier_objects(token: Token) -> list[Token]:
    """The objects of the verb that the verb of ``token``, its object, is coordinated
    with ("detained three fishermen and handed them over": "fishermen" for "them"); []
    when ``token`` is no object of such a second verb."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def is_passive(token: Token) -> bool:
    """A passive verb, or one coordinated with a passive without a subject of its own
    ("can be attacked or kidnapped")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
        return True
    return (
        token.dep_ == "conj"
        and token.head.pos_ == "VERB"
        and child(token, SUBJECTS) is None
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.head.children)
        and _coordinated_above(token, token.head) is None
    )


def passive_subject(token: Token) -> Token | None:
    """The subject of a passive verb, or of the passive it is coordinated with."""
    subject = child(token, {"nsubjpass"})
    if subject is None and token.dep_ == "conj" and child(token, SUBJECTS) is None:
        subject = child(token.head, {"nsubjpass"})
    return subject


def prep_objects(token: Token, words: Collection[str]) -> Iterator[tuple[str, Token]]:
    """Objects of prepositions in ``words`` attached to ``token`` ("with X", "to Y")."""
    for prep in token.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in words:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield prep.lower_, obj
        elif prep.dep_ == "agent" and "by" in words:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield "by", obj


# Relative pronouns after "of" in a partitive subject ("some of whom", "most of which").
PARTITIVE_RELATIVE = frozenset({"whom", "which"})


def resolve_relative(token: Token) -> Token:
    """ "which"/"who" as a subject stands for the noun the relative clause modifies; so
    does a part of it ("protesters, some of whom threw stones": the protesters, also where
    the parser hangs the clause on the verb before)."""
    if any(o.lower_ in PARTITIVE_RELATIVE for _, o in prep_objects(token, {"of"})):
        if token.head.dep_ == "relcl":
            return token.head.head
        return _nearest_noun_before(token) or token
    if token.lower_ in RELATIVE:
        antecedent = _nearest_noun_before(token)
        clause = token.head
        while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i:
            if clause.dep_ in {"xcomp", "conj", "ccomp"}:
                clause = clause.head
            else:
                break
        if clause.dep_ in {"relcl", "acl"}:
            head = clause.head
            # "the blockade of Qatar, which has ...": the nearest noun inside the head's phrase.
            if antecedent is not None and head.left_edge.i <= antecedent.i <= head.right_edge.i:
                return antecedent
            return head
    return token


def _nearest_noun_before(token: Token) -> Token | None:
    for i in range(token.i - 1, max(token.i - 4, -1), -1):
        candidate = token.doc[i]
        if candidate.pos_ in {"NOUN", "PROPN"}:
            return candidate
        if not candidate.is_punct:
            return None
    return None


def in_relative_clause(token: Token) -> bool:
    """The word sits in a relative or participle clause that describes a noun ("the
    reporters, who had covered a strike", "workers striking since May")."""
    return any(a.dep_ in {"relcl", "acl"} for a in [token, *token.ancestors])


def clause_subject(verb: Token, *, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relcl chains where it has none."""
    subject = child(verb, SUBJECTS)
    if subject is not None:
        return resolve_relative(subject)
    if depth > 4 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
        obj = child(head, {"dobj"})
        if obj is not None:
            return obj
    reason = _reason_of(verb) or kept_from(verb)
    if reason is not None:
        return reason
    if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        # "Peru, which buys jets" / "the Brazilian offer to mediate": the noun holds the actor.
        return head
    governor = _coordinated_above(verb, head)
    if governor is not None:
        return clause_subject(governor, depth=depth + 1)
    if verb.dep_ in CLIMB:
        return clause_subject(head, depth=depth + 1)
    return None


def _reason_of(verb: Token) -> Token | None:
    """ "blacklisted two Chinese firms for supplying drones to Russia", "thanked Qatar for
    mediating": the doer of a gerund that gives the reason for what was done to the
    object is that object, when it names a party (a name, or a noun a name or nationality
    modifies); not "won praise for helping"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or verb.tag_ != "VBG":
        return None
    obj = child(prep.head, {"dobj"})
    if obj is None or obj.i > prep.i:
        return None
    return obj if names_party(obj) else None


def kept_from(verb: Token) -> Token | None:
    """ "blocked opposition supporters from marching", "barred reporters from entering the
    camp", "stopped migrants from crossing": the doer of a gerund that a verb of keeping
    (``keeping_verbs`` in framing.yaml) keeps its object from doing is that object, not
    the verb's subject (and the act is not done: events/status.py)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "from" or verb.tag_ != "VBG":
        return None
    if prep.head.lemma_.lower() not in framing_list("keeping_verbs"):
        return None  # "earned billions from selling oil": no one kept from anything
    obj = child(prep.head, {"dobj"})
    return obj if obj is not None and obj.i < prep.i else None


def _coordinated_above(verb: Token, head: Token) -> Token | None:
    """The finite verb a verb coordinates with when the parser hung it on the passive
    verb of a clause below: "said that the suspects were arrested and accused Somalia of
    ...", "agreed to drop its condition that the loan be repaid in euros and pledged $50
    million". An active verb with an object and no auxiliary of its own shares no
    passive's subject; it is a conjunct of the nearest finite verb above the clause, in
    its tense (the tagger may read the past as a participle), and has its subject."""
    if verb.dep_ != "conj" or head.dep_ not in {"ccomp", "acl", "relcl"}:
        return None
    if child(head, {"nsubjpass"}) is None or child(verb, {"dobj"}) is None:
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children):
        return None
    governor = head.head
    for _ in range(4):
        if governor.tag_ in FINITE:
            break
        if governor.head.i == governor.i:
            return None
        governor = governor.head
    else:
        return None
    same_tense = verb.tag_ == governor.tag_ or (verb.tag_ == "VBN" and governor.tag_ == "VBD")
    return governor if same_tense and governor.i < verb.i else None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a noun (through prepositions, objects and appositions)."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            return current if current.pos_ in {"VERB", "AUX"} else None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


# Prepositions inside a thing's phrase that name whose or where the thing is: "a camp
# near Idlib", "cars from China", "ties between Iran and Syria", "the deal with Peru".
INNER_PREPS = frozenset({"of", "from", "in", "near", "at", "between", "inside", "outside",
                         "across", "along", "by", "with", "against"})  # fmt: skip


def named_doers(act: Token) -> list[Token]:
    """Where a noun of an act names who did it: its "by" phrase, owner or adjective ("the
    killing of the envoy by a gunman", "Russia's arrest of X", "the Israeli strike")."""
    return by_phrases(act) + [c for c in act.children if c.dep_ in {"poss", "amod", "compound"}]


def by_phrases(act: Token) -> list[Token]:
    """The objects of an act noun's "by" phrases, also where the parser hangs one on the
    noun's "of" phrase ("the expulsion of three diplomats by France")."""
    hosts = [act, *(o for _, o in prep_objects(act, {"of"}))]
    return [o for h in hosts for _, o in prep_objects(h, {"by"})]


def has_mark(clause: Token, marks: Collection[str]) -> bool:
    """The clause opens with one of ``marks`` ("that", "if", "for")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def inner_slots(slots: list[Token]) -> list[Token]:
    """Where an argument that names no actor ("shelled a camp near Idlib", "tariffs on
    cars from China") says whose or where its thing is: the objects of the phrase's own
    place and owner prepositions, one level down."""
    found: list[Token] = []
    for slot in slots:
        if slot.pos_ not in {"NOUN", "PROPN"}:
            continue
        found.extend(o for _, o in prep_objects(slot, set(INNER_PREPS)))
        # "crimes committed by Croat forces", "attacks carried out by the group": the
        # agent of a participle describing the thing is whose the thing is.
        for participle in slot.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                found.extend(o for _, o in prep_objects(participle, {"by"}))
    return found


def is_reciprocal(token: Token) -> bool:
    """ "each other", "one another": an object that makes the subjects act on each other."""
    words = {c.lower_ for c in token.children}
    if token.lower_ == "other":
        return "each" in words
    if token.lower_ == "another":
        return "one" in words or (token.i > 0 and token.doc[token.i - 1].lower_ == "one")
    return (
        token.lower_ == "one"
        and token.i + 1 < len(token.doc)
        and (token.doc[token.i + 1].lower_ == "another")
    )


# Verbs of a purpose clause that name whom an act is for ("sent planes to help Bolivia
# fight the fires", "pledged $50 million to assist Jordan").
HELP_VERBS = frozenset({"help", "assist", "aid", "support"})


def helped_parties(token: Token) -> list[Token]:
    """The party a purpose clause on ``token`` (or on the verb whose object it is) says
    an act is for: the object of "to help X", the subject of the clause it opens ("to
    help Turkey rebuild"), or the owner of what is supported ("to support Ukraine's
    recovery", "to help rebuild Yemen's power grid")."""
    hosts = [token, token.head] if token.dep_ == "dobj" else [token]
    found: list[Token] = []
    for host in hosts:
        for clause in host.children:
            if clause.dep_ not in {"advcl", "xcomp"} or clause.lemma_.lower() not in HELP_VERBS:
                continue
            if not has_to(clause):
                continue
            for c in clause.children:
                if c.dep_ == "dobj":
                    owners = [o for o in c.children if o.dep_ == "poss" and o.pos_ != "PRON"]
                    found.extend(owners or [c])
                elif c.dep_ == "xcomp" and c.pos_ in {"PROPN", "NOUN"}:
                    found.append(c)  # "to help Bolivia battle wildfires", parsed so
                elif c.dep_ in {"ccomp", "xcomp"}:
                    subjects = [s for s in c.children if s.dep_ == "nsubj"]
                    objects = [o for o in c.children if o.dep_ == "dobj"] if not subjects else []
                    owners = [p for o in objects for p in o.children
                              if p.dep_ == "poss" and p.pos_ != "PRON"]  # fmt: skip
                    found.extend(subjects or owners)
    return found


# Prepositions of a warned-of clause that name whom its harm is aimed at ("act against
# the rebels", "retaliate on X") or whose act would set it off ("respond to an attack").
THREAT_PREPS = frozenset({"against", "on", "to"})
AIMED_PREPS = frozenset({"against", "on"})


def threatened(verb: Token) -> list[Token]:
    """Whom a warning threatens, read in the clause it warns of ("warned that ...",
    "threatened to take countermeasures against X"): the subject of a passive ("the
    militants would not be spared"), else the objects of its aiming prepositions ("would
    act against the rebels"), on the clause or on the measure it takes. Where that is an
    act rather than a party ("any attack would be met with force", "respond to any
    provocation by X"), its doers, when the act's phrase names them."""
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        patient = child(clause, {"nsubjpass"})
        candidates = [patient] if patient is not None else []
        candidates += [o for _, o in prep_objects(clause, set(THREAT_PREPS))]
        if clause.dep_ == "xcomp":
            # "threatened to take countermeasures against Seoul": the measure's own phrase,
            # or the clause's "against"/"on" ("to take the dispute to the UN" names a forum)
            thing = child(clause, {"dobj"})
            candidates = [o for _, o in prep_objects(clause, AIMED_PREPS)]
            if thing is not None:
                candidates += [o for _, o in prep_objects(thing, AIMED_PREPS)]
        found: list[Token] = []
        for candidate in candidates:
            doers = named_doers(candidate) if candidate.pos_ == "NOUN" else []
            found.extend(doers or [candidate])
        if found:
            return found
    return []
