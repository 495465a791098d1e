"""Repairs of parses the small English model gets wrong in news prose, made on the
parsed Doc before any stage reads it, so that every stage (events, quotes, dates) sees
the same tree.

1. A main verb read as a clause on its subject: "Norway, whose envoys brokered the
   truce, urged Eritrea to ..." (the verb after an aside set off by commas), "the
   spokeswoman called the plan reckless", "the bloc SADC condemned the coup" (the name in
   apposition read as the subject of a relative clause). The parser leaves the subject
   as the sentence's root, a sentence without a verb. The verb becomes the root.
2. An object told as a free relative: "downed what appeared to be a cargo drone",
   "seized what it called a smuggling vessel". The parser hangs the real object noun
   inside the relative clause; it becomes the verb's object, with the phrases after it
   that the clause held ("near the airport").
3. An object's doer hung on the verb: "condemned military drills by the United States",
   "denounced naval exercises by Japan and the Philippines". In an active clause (a
   finite verb, an infinitive, a present participle), a "by" phrase right after the
   object that names a party says who did what the object names; the parser often hangs
   it on the verb as if it were a passive's agent. It moves to the object.
4. A subject hung on an auxiliary: "Egypt and Qatar are mediating between ..." read with
   "are" as the subject's head and the verb as a clause of its own. The subject moves to
   the verb the auxiliary belongs to.
5. A receiver read as a modifier of the thing given: "offered Ukraine more air defence
   systems", "sold Taiwan fighter jets", the country right after a verb of giving hung on
   the object as a modifier. It becomes the verb's dative.
6. A second verb read as part of the clause before it: "the envoy warned that the
   harvest would fail and urged both sides to reopen the roads",
   "the minister said troops were advancing and called on Kyiv to ...", "Norway urged
   both sides to return to talks and offered to mediate". The parser coordinates the
   second verb with the reported or asked-for clause, whose subject it then seems to
   share. A finite verb cannot share that clause's "to" ("to return and offered"), nor
   its modal or progressive ("could lose and urged") when it is itself a verb of saying,
   asking or offering: it is coordinated with the verb that governs the clause, whose
   subject it shares. (Another past verb after a progressive often is the reported
   clause's own, told in the past: "said Russian forces were advancing and captured two
   villages".) So is a second verb whose object pronoun stands for the reported clause's
   named subject: "said that Ambassador X was no longer welcome and declared him persona
   non grata".
7. "Persona non grata" read as a clause or a noun: "declared two diplomats persona non
   grata" with "persona" as a verb whose subject is the diplomats, or as the verb's object
   that "a Bolivian diplomat" modifies. The person declared becomes the verb's object,
   and the phrase its object's predicate (an adjective).
8. A clause's opening word read as a preposition: "expelled the ambassador after Caracas
   accused Bogota of ...", "before Tehran agreed to ...". The parser hangs the name on
   "after" as its object, and the finite verb that follows as a clause with no subject
   (or as the main verb's conjunct). The name becomes the verb's subject, and "after"
   the verb's marker.
9. A speaker's participle read as the ordered party's: "ordered the aid group to leave
   the country, accusing it of ...", "told the envoy to leave within 48 hours, saying
   ...". The parser hangs the participle after the comma on the "to" clause, whose
   subject is the one told; the one who orders accuses or says. It moves to the verb
   above the "to" clause, the one whose object that clause speaks of.
10. A participle of harm read as the object's: "opened fire on protesters disputing the
   results, killing four people", "shelled villages sheltering displaced families,
   wounding 12". The parser hangs the participle after the comma on the participle that
   describes the object; the harm is what the verb of force before did (``force_verbs``
   in framing.yaml), unless the describing participle is itself one. It moves to that
   verb.
11. A measure read as a verb: "imposed asset freezes on five officials", "announced
   travel bans and asset freezes against ...". The parser reads the plural noun as a
   verb whose subject is the noun before it, a clause of the verb that imposes it. It
   becomes a noun, that verb's object, with the noun before it as its modifier and its
   "on" or "against" phrase on the verb.
12. A purpose read as the main verb's: "praised Rwanda for deploying troops to help fight
   the insurgents", "thanked Qatar for mediating to free the hostages". The parser hangs
   the "to" clause right after a "for" phrase's gerund on the verb above; the purpose is
   the gerund's (and so is its doer). It moves to the gerund.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.resources import data_path, read_yaml

REPAIRS = "eventwire_repairs"
SUBJECT_HEADS = frozenset({"NOUN", "PROPN"})
# Verbs of a free relative that names its object: "what appeared to be X", "what seemed
# to be X", "what it called X", "what officials described as X".
SEEMING_VERBS = frozenset({"appear", "seem", "look"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "style"})
# Verbs of giving, whose receiver may stand first after the verb: "offered Kyiv tanks".
GIVING_VERBS = frozenset({"offer", "give", "send", "sell", "grant", "promise", "lend", "supply",
                          "provide", "pledge", "deliver", "hand"})  # fmt: skip


@Language.component(REPAIRS)
def repair_parse(doc: Doc) -> Doc:
    for sent in doc.sents:
        _stranded_verb(sent)
    lower = doc.to_array(LOWER)
    for index in numpy.nonzero(lower == doc.vocab.strings["what"])[0].tolist():
        _free_relative(doc[index])
    for index in numpy.nonzero(lower == doc.vocab.strings["by"])[0].tolist():
        _object_doer(doc[index])
    subjects = [doc.vocab.strings[label] for label in ("nsubj", "nsubjpass")]
    deps = doc.to_array(DEP)
    for index in numpy.nonzero(numpy.isin(deps, subjects))[0].tolist():
        _subject_on_auxiliary(doc[index])
    for index in numpy.nonzero(deps == doc.vocab.strings["dobj"])[0].tolist():
        _receiver_as_modifier(doc[index])
    # Before repair 6, which reads the object "persona non grata" gives its verb.
    for index in numpy.nonzero(lower == doc.vocab.strings["persona"])[0].tolist():
        _persona_non_grata(doc[index])
    for index in numpy.nonzero(deps == doc.vocab.strings["conj"])[0].tolist():
        _reporters_conjunct(doc[index])
        _result_participle(doc[index])
    for index in numpy.nonzero(deps == doc.vocab.strings["pobj"])[0].tolist():
        _subject_as_object(doc[index])
    for index in numpy.nonzero(deps == doc.vocab.strings["advcl"])[0].tolist():
        _speakers_participle(doc[index])
        _result_participle(doc[index])
        _purpose_of_gerund(doc[index])
    tags = doc.to_array(TAG)
    for index in numpy.nonzero(tags == doc.vocab.strings["VBZ"])[0].tolist():
        _measure_read_as_verb(doc[index])
    return doc


@functools.cache
def framing_list(key: str) -> frozenset[str]:
    """A list of framing.yaml, lowercased (read here: the events package, whose loader
    reads the rest of the file, builds on this module)."""
    raw = read_yaml(data_path("lexicons", "framing.yaml")) or {}
    return frozenset(str(w).lower() for w in raw.get(key) or ())


def _measure_read_as_verb(verb: Token) -> None:
    """Repair 11 (see the module's docstring): a plural noun of a measure read as a verb
    whose subject is the noun that modifies it, as the clause of the verb that imposes
    it; or as that verb's adverbial clause or the root (with that verb as its clausal
    subject), the modifier read as that verb's object."""
    if verb.tag_ != "VBZ" or verb.lemma_.lower() not in framing_list("measure_nouns"):
        return
    if any(c.dep_ in {"aux", "auxpass", "neg", "dobj", "mark"} for c in verb.children):
        return  # "warned that Russian armour cuts through ...": a clause of its own
    if verb.dep_ in {"ccomp", "advcl"} and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        governor = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            # "imposed asset freezes on ...": the modifier read as the verb's object
            subject = next(
                (c for c in governor.children if c.dep_ == "dobj" and c.i == verb.i - 1), verb
            )
        modifier = next((c for c in subject.children if c.dep_ == "conj" and c.i == verb.i - 1),
                        subject)  # fmt: skip
    elif verb.dep_ == "ROOT":
        found = next((c for c in verb.children if c.dep_ == "csubj"), None)
        if found is None:
            return
        governor = found
        subject = modifier = next(
            (c for c in governor.children if c.dep_ == "dobj" and c.i == verb.i - 1), verb
        )
    else:
        return
    if governor.pos_ != "VERB" or modifier.i != verb.i - 1 or modifier.pos_ != "NOUN":
        return
    if any(c.dep_ == "det" for c in modifier.children):
        return  # "the lake freezes": a clause of its own
    if verb.dep_ == "ROOT":
        governor.head, governor.dep_ = governor, "ROOT"
    for c in list(verb.children):
        if c.i not in {subject.i, governor.i}:
            c.head = governor  # "imposed asset freezes on X": the verb's "on" phrase
    verb.pos_, verb.tag_ = "NOUN", "NNS"
    if modifier is subject:
        verb.head, verb.dep_ = governor, "dobj"
    else:  # "travel bans and asset freezes": the second of two measures
        subject.head, subject.dep_ = governor, "dobj"
        verb.head, verb.dep_ = subject, "conj"
    modifier.head, modifier.dep_ = verb, "compound"


def _purpose_of_gerund(clause: Token) -> None:
    """Repair 12 (see the module's docstring): a "to" clause of purpose right after a
    "for" phrase's gerund, hung on the verb above the phrase."""
    if clause.tag_ != "VB" or not has_to(clause):
        return
    verb = clause.head
    if verb.i > clause.i:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i > clause.i:
            continue
        gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is not None and gerund.right_edge.i + 1 == clause.left_edge.i:
            clause.head = gerund
            return


def _result_participle(participle: Token) -> None:
    """Repair 10 (see the module's docstring): a participle of harm after a comma, with no
    subject, hung on a participle that describes the object of the verb before it (as
    its adverbial clause or its conjunct)."""
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in framing_list(
        "result_participles"
    ):
        return
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children):
        return
    clause = participle.head
    if clause.dep_ != "acl" or clause.tag_ not in {"VBG", "VBN"} or clause.i > participle.i:
        return
    force = framing_list("force_verbs")
    if clause.lemma_.lower() in force:
        return  # "militants attacking a camp, killing 20": the describing act's own harm
    above = clause.head.head  # the described noun's verb, or its preposition
    if above.dep_ == "prep":
        above = above.head
    if above.pos_ != "VERB" or above.dep_ in {"acl", "relcl"} or above.i > clause.i:
        return
    if above.lemma_.lower() not in force:
        return  # "condemned militants attacking a camp, killing 20": no harm of its own
    participle.head = above
    participle.dep_ = "advcl"


def _speakers_participle(participle: Token) -> None:
    """Repair 9 (see the module's docstring): a participle of speech after a comma, with
    no subject, hung on a "to" clause whose subject is the object of the verb above."""
    clause = participle.head
    speaking = framing_list("speaking_participles")
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in speaking:
        return
    if clause.dep_ != "xcomp" or not has_to(clause) or clause.i > participle.i:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in participle.children):
        return
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return
    verb = clause.head
    if verb.pos_ != "VERB" or not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return
    participle.head = verb


# Words that open a clause of time or cause, which the parser may read as prepositions.
CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "because"})


def _subject_as_object(noun: Token) -> None:
    """Repair 8 (see the module's docstring): the object of an opener, a name or noun that
    ends right before a finite verb with no subject, hung on the main clause as a clause
    of its own (advcl) or as a second verb with no "and" (conj), is that verb's subject."""
    opener = noun.head
    if (
        opener.lower_ not in CLAUSE_OPENERS
        or opener.dep_ != "prep"
        or noun.pos_ not in SUBJECT_HEADS
    ):
        return
    doc = noun.doc
    if noun.right_edge.i + 1 >= len(doc):
        return
    verb = doc[noun.right_edge.i + 1]
    if verb.tag_ not in {"VBD", "VBZ"} or verb.dep_ not in {"advcl", "conj"}:
        return
    if verb.i < opener.head.i or any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children
    ):
        return
    if verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.head.children):
        return  # "... and accused": a second verb of the main clause
    noun.head = verb
    noun.dep_ = "nsubj"
    opener.head = verb
    opener.dep_ = "mark"
    opener.pos_ = "SCONJ"
    verb.dep_ = "advcl"


# How the parser hangs the person declared on "persona": as its subject ("declared the
# ambassador persona ..."), object or modifier ("declared a diplomat persona ...").
DECLARED_DEPS = frozenset({"nsubj", "dobj", "compound"})


def _persona_non_grata(persona: Token) -> None:
    """Repair 7 (see the module's docstring): "persona non grata" after a verb, the
    person declared hung on "persona" (its subject) or on the verb (its object)."""
    doc = persona.doc
    if persona.i + 2 >= len(doc) or doc[persona.i + 1].lower_ != "non":
        return
    if doc[persona.i + 2].lower_ != "grata":
        return
    verb = persona.head
    if verb.pos_ != "VERB" or verb.i > persona.i:
        return
    declared = next(
        (c for c in persona.children if c.dep_ in DECLARED_DEPS and c.i < persona.i), None
    )
    if declared is not None and not any(c.dep_ == "dobj" and c != persona for c in verb.children):
        declared.head = verb
        declared.dep_ = "dobj"
    grata = doc[persona.i + 2]
    for word in (doc[persona.i + 1], grata):
        if word.head.i != persona.i and word.head.i in {persona.i, persona.i + 1, persona.i + 2}:
            word.head = persona if word is grata else grata
    persona.dep_ = "oprd"
    persona.pos_ = "ADJ"


# Finite verb forms with no auxiliary: "urged", "urges", "urge" ("the ministers say ...
# and urge").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs of saying, asking and offering: after a reported clause with a modal or a
# progressive, such a verb is the reporter's second act, not the reported subject's.
REPORTERS_ACTS = frozenset({"say", "add", "tell", "warn", "insist", "urge", "call", "ask",
                            "appeal", "demand", "press", "invite", "offer", "pledge",
                            "promise", "vow", "accuse", "condemn", "criticise", "criticize",
                            "welcome", "reject", "deny", "dismiss", "thank", "praise"})  # fmt: skip


def _reporters_conjunct(verb: Token) -> None:
    """Repair 6 (see the module's docstring): a finite verb with no subject or auxiliary
    of its own, in the tense of the governing verb, coordinated with that verb's "to"
    clause, or, when it says, asks or offers, with its reported clause whose verb has a
    modal ("would suffer") or is progressive ("were advancing"), becomes a conjunct of
    the governing verb (with the "and" before it)."""
    clause = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or clause.i > verb.i:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return
    governor = clause.head
    if governor.pos_ != "VERB" or governor.tag_ != verb.tag_ or governor.i == clause.i:
        return
    if not any(c.dep_ == "nsubj" for c in governor.children):
        return
    reporters = verb.lemma_.lower() in REPORTERS_ACTS
    if not (
        (reporters and _reported_with_modal_or_progressive(clause))
        or _to_clause(clause)
        or _acts_on_reported_subject(verb, clause)
    ):
        return
    for c in clause.children:
        if c.dep_ == "cc" and clause.i < c.i < verb.i:
            c.head = governor
    verb.head = governor


def _acts_on_reported_subject(verb: Token, clause: Token) -> bool:
    """ "said that Ambassador X was no longer welcome and declared him persona non grata":
    the second verb's object pronoun stands for the named subject of the reported clause,
    so the verb is not that subject's own act (he would be "himself")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        obj is not None
        and obj.lower_ in {"him", "her"}
        and subject is not None
        and subject.pos_ == "PROPN"
    )


def _reported_with_modal_or_progressive(clause: Token) -> bool:
    """A reported clause whose verb has a modal ("that it would send") or is progressive
    ("that troops were advancing")."""
    if clause.dep_ != "ccomp":
        return False
    modal = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in clause.children)
    return modal or (clause.tag_ == "VBG" and any(c.dep_ == "aux" for c in clause.children))


def _to_clause(clause: Token) -> bool:
    """An infinitive with its "to" ("urged X to return"), as complement or adjunct."""
    return clause.dep_ in {"xcomp", "advcl"} and clause.tag_ == "VB" and has_to(clause)


def has_to(verb: Token) -> bool:
    """A verb with its infinitive marker "to" ("to help", "to ask", "is set to warn")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _receiver_as_modifier(obj: Token) -> None:
    """Repair 5 (see the module's docstring): the object of a verb of giving that has no
    receiver of its own (no dative, no "to" phrase), whose first modifier, right after the
    verb, is a country's name (one word or more: "South Korea", "the Philippines") hung on
    the object, becomes the verb's dative. "sold US weapons to Taiwan" keeps its "to"."""
    verb = obj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS or obj.i <= verb.i + 1:
        return
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return
    first = obj.doc[verb.i + 1]
    if first.lower_ == "the" and first.i + 1 < obj.i:
        first = obj.doc[first.i + 1]  # "gave the Philippines two patrol boats"
    if first.ent_type_ != "GPE" or first.ent_iob_ != "B":
        return
    name = next(e for e in obj.doc.ents if e.start == first.i)
    root = name.root
    if name.end <= obj.i and root.head.i == obj.i and root.dep_ in {"nmod", "compound"}:
        root.head = verb
        root.dep_ = "dative"


def _subject_on_auxiliary(subject: Token) -> None:
    """Repair 4 (see the module's docstring): a subject (``repair_parse`` passes only
    subjects) whose head is an auxiliary of a verb belongs to that verb."""
    aux = subject.head
    if aux.dep_ not in {"aux", "auxpass"}:
        return
    verb = aux.head
    if aux.pos_ != "AUX" or verb.pos_ not in {"VERB", "AUX"} or verb.i == aux.i:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    subject.head = verb


# Verb forms that are active: a finite verb, an infinitive ("vowed never to accept the
# annexation by Russia"), a present participle.
ACTIVE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBG"})
# Nouns of a measure, not a doer: "lost 1,000 soldiers by Ukrainian estimates".
YARDSTICKS = frozenset({"estimate", "count", "standard", "measure", "account", "law",
                        "rule", "tally", "figure", "calculation", "reckoning"})  # fmt: skip
# Entity labels of a party that can do what a noun names.
PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _object_doer(by: Token) -> None:
    """Repair 3 (see the module's docstring): ``by`` hangs on an active verb (a finite
    verb, an infinitive or a present participle, with no passive auxiliary), follows the
    verb's noun object at once, and its object names a party: an entity of a party's
    kind, or a noun a nationality or name modifies ("by Chinese ships")."""
    verb = by.head
    if by.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > by.i:
        return
    children = list(verb.children)
    if verb.tag_ not in ACTIVE_TAGS or any(
        c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in children
    ):
        return  # a past participle may be a passive with no auxiliary: its "by" is the agent
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.right_edge.i + 1 != by.i:
        return
    party = next((c for c in by.children if c.dep_ == "pobj"), None)
    if party is None or not names_party(party):
        return
    by.head = obj


def names_party(token: Token) -> bool:
    """A word that names a party: a name of a party's kind, or a noun a nationality or
    a name modifies."""
    if token.ent_type_ in PARTY_LABELS or (token.pos_ == "PROPN" and not token.ent_type_):
        return True
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() not in YARDSTICKS
        and any(
            c.dep_ in {"amod", "compound"} and c.ent_type_ in PARTY_LABELS for c in token.children
        )
    )


def _stranded_verb(sent: Span) -> None:
    """Repair 1 (see the module's docstring): the root noun holds, after it, a verb of
    the past tense that no relative word, auxiliary or "by" phrase marks as a clause on
    the noun: "Norway, whose envoys brokered the truce, urged ..." (a participle after
    the comma that closes an aside), "the spokeswoman called the plan reckless", or "the
    bloc SADC condemned the coup" (the name in apposition read as the subject of a
    relative)."""
    root = sent.root
    if root.pos_ not in SUBJECT_HEADS:
        return
    verb = next((c for c in root.children if c.i > root.i and _main_verb(c)), None)
    if verb is None:
        return
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and not (subject.i == root.i + 1 and _named(subject)):
        return  # a relative clause with a subject of its own ("the deal Iran signed")
    if subject is not None and any(c.pos_ == "VERB" and c.i > verb.i for c in root.children):
        return  # "the pact Ghana signed in 2019 lapsed": the later verb is the main one
    after = [c for c in root.children if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"  # a finite verb with no auxiliary: the simple past
    if subject is None:
        root.head = verb
        root.dep_ = "nsubj"
    else:
        root.head = subject  # "the bloc SADC": the name heads, the noun describes it
        root.dep_ = "compound"
    for c in after:
        c.head = verb  # the full stop, or phrases the parser hung on the noun


def _named(token: Token) -> bool:
    """A name: an entity, a proper noun, or an acronym the tagger took for a noun."""
    return bool(token.ent_type_) or token.pos_ == "PROPN" or (token.is_upper and len(token) > 1)


def _main_verb(verb: Token) -> bool:
    """A verb read as a clause on the noun before it that is no such clause."""
    if verb.dep_ not in {"acl", "relcl"} or verb.pos_ != "VERB":
        return False
    marks = {"aux", "auxpass", "agent", "mark"}
    if any(c.dep_ in marks or c.lower_ == "by" for c in verb.children):
        return False
    if any(t.tag_ in RELATIVE_TAGS for t in verb.doc[verb.left_edge.i : verb.i]):
        return False  # "whose envoys brokered", "which it signed": a relative clause
    if verb.tag_ == "VBD":
        return True
    # A past participle is a passive one on the noun ("the ship seized last week")
    # unless it follows an aside closed by a comma ("Norway, whose ..., urged").
    aside = any(c.dep_ in {"relcl", "appos"} and c.i < verb.i for c in verb.head.children)
    return verb.tag_ == "VBN" and aside and verb.doc[verb.i - 1].text == ","


def _free_relative(what: Token) -> None:
    """Repair 2 (see the module's docstring): "what" opens a clause that is the object
    (``ccomp``) of a verb, and that clause names the thing: "appeared to be X" (X the
    attribute of "be") or "(it) called X" / "described as X"."""
    clause = what.head
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.left_edge.i != what.i or what.i != verb.i + 1:
        return
    if what.dep_ not in {"nsubj", "dobj"} or verb.pos_ != "VERB":
        return
    thing, holder = _named_thing(clause)
    if thing is None or holder is None:
        return
    moved = [c for c in holder.children if c.i > thing.i and c.dep_ in {"prep", "npadvmod"}]
    thing.head = verb
    thing.dep_ = "dobj"
    clause.dep_ = "dep"  # the hedge itself: no clause a speech rule should read
    for c in moved:
        c.head = verb


def _named_thing(clause: Token) -> tuple[Token | None, Token | None]:
    """The noun a free relative names, and the word it hangs on."""
    lemma = clause.lemma_.lower()
    if lemma in SEEMING_VERBS:
        be = next((c for c in clause.children if c.dep_ == "xcomp" and c.lemma_ == "be"), None)
        if be is not None:
            attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
            return attr, be
    if lemma in NAMING_VERBS:
        named = next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
        if named is not None:
            return named, clause
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if objects:
                    return objects[0], prep
    return None, None
