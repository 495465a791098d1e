"""Fatalities and counts: how many people an event killed, and how many it acted on.

Read from the dependency parse, never from the surface alone:

- **count**: the number in the phrase of the people the trigger itself acts on ("arrested
  at least 2,400 people", "270 schoolgirls were kidnapped", "the abduction of 276 girls").
- **fatalities**, by the first of these that gives one:
  1. the trigger is itself a killing ("killed 33 fighters", "eight were killed");
  2. a killing or dying clause hangs on the trigger ("attacked a village, killing 12";
     "the bombing, which killed five"; "stormed the town and killed three");
  3. for an ASSAULT, a death the same sentence states that no other event claims
     ("21 passengers died in the attack", "the death toll rose to 30").

A quantity without a number ("dozens") is kept as text with no value; "no one was
killed" is 0. The words live in ``data/lexicons/casualties.yaml``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from eventwire.events.arguments import child, is_passive, resolve_relative
from eventwire.records import Event, Span, Tally
from eventwire.resources import data_path, read_yaml

# Clauses hanging on a trigger that report what the act did ("..., killing 12").
ATTACHED = frozenset({"advcl", "conj", "relcl", "acl"})
# Event types whose own clause and sentence may state deaths they caused.
VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
# Auxiliaries that make a killing unreal ("threatened to kill", "could die").
# Conjunctions that tell a clause as coming before the one it hangs on.
PRIOR = frozenset({"after", "since", "following", "once"})
IRREALIS = frozenset({"to", "will", "would", "could", "may", "might", "should", "can", "must"})
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_RANGE = re.compile(r"^(\d[\d,]*)[-–](\d[\d,]*)$")


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    """The word lists of ``casualties.yaml``."""

    units: dict[str, int]
    scales: dict[str, int]
    vague: frozenset[str]
    at_least: tuple[str, ...]
    range_joins: frozenset[str]
    nobody: frozenset[str]
    fatal_verbs: frozenset[str]
    death_verbs: frozenset[str]
    dead_words: frozenset[str]
    death_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    count_verbs: frozenset[str]
    count_nouns: frozenset[str]
    accident_nouns: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CasualtyWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        return cls(
            units={str(k).lower(): int(v) for k, v in data["units"].items()},
            scales={str(k).lower(): int(v) for k, v in data["scales"].items()},
            vague=words("vague"),
            at_least=tuple(str(w).lower() for w in data["at_least"]),
            range_joins=words("range_joins"),
            nobody=words("nobody"),
            fatal_verbs=words("fatal_verbs"),
            death_verbs=words("death_verbs"),
            dead_words=words("dead_words"),
            death_nouns=words("death_nouns"),
            toll_nouns=words("toll_nouns"),
            count_verbs=words("count_verbs"),
            count_nouns=words("count_nouns"),
            accident_nouns=words("accident_nouns"),
            accident_verbs=words("accident_verbs"),
        )

    def is_accidental(self, token: Token) -> bool:
        """Whether a death verb says its victims died by accident or nature: "killed in a
        helicopter crash", "were killed when their bus overturned"."""
        for dep in token.children:
            if dep.dep_ == "prep" and dep.lower_ in {"in", "during", "after"}:
                if any(
                    o.dep_ == "pobj" and o.lemma_.lower() in self.accident_nouns
                    for o in dep.children
                ):
                    return True
            elif dep.dep_ == "advcl" and dep.lemma_.lower() in self.accident_verbs:
                return True
        return False

    def is_number_word(self, word: str) -> bool:
        return word in self.units or word in self.scales or bool(_DIGITS.match(word))

    def is_quantity(self, token: Token) -> bool:
        word = token.lower_
        if word in self.vague or self.is_number_word(word) or _RANGE.match(word):
            return True
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(self.is_number_word(p) for p in parts)


@functools.cache
def default_casualty_words() -> CasualtyWords:
    return CasualtyWords.from_data(read_yaml(data_path("lexicons", "casualties.yaml")))


def with_tallies(
    found: Sequence[tuple[Token, Event]], words: CasualtyWords | None = None
) -> list[tuple[Token, Event]]:
    """Each event with its ``fatalities`` and ``count`` (by the rules of this module)."""
    w = words or default_casualty_words()
    triggers = {t.i for t, _ in found}
    claimed: set[int] = set()
    fatal: dict[int, Tally] = {}
    for token, event in found:
        if token.i in fatal:
            continue
        own = _deaths_at(token, w)
        if own is not None:
            fatal[token.i] = own
            claimed.add(token.i)
            continue
        if event.type not in VIOLENT:
            continue
        for site in _attached_sites(token, w):
            if site.i in triggers:
                continue
            tally = _deaths_at(site, w)
            if tally is not None:
                fatal[token.i] = tally
                claimed.add(site.i)
                break
    _sentence_deaths(found, w, triggers | claimed, fatal)
    out: list[tuple[Token, Event]] = []
    for token, event in found:
        deaths = fatal.get(token.i)
        count = _count_at(token, w)
        if deaths is not None or count is not None:
            event = dataclasses.replace(event, fatalities=deaths, count=count)
        out.append((token, event))
    return out


def _sentence_deaths(
    found: Sequence[tuple[Token, Event]],
    w: CasualtyWords,
    taken: set[int],
    fatal: dict[int, Tally],
) -> None:
    """Deaths a sentence states that no event claims go to its nearest ASSAULT lacking one."""
    assaults = [t for t, e in found if e.type == "ASSAULT" and t.i not in fatal]
    sentences = {t.sent.start: t.sent for t in assaults}
    for sent in sentences.values():
        for site in sent:
            if site.i in taken or not _is_death_site(site, w):
                continue
            tally = _deaths_at(site, w)
            if tally is None:
                continue
            open_ = [
                t
                for t in assaults
                if t.sent.start == sent.start and t.i not in fatal and not _earlier_clause(site, t)
            ]
            if not open_:
                continue
            nearest = min(open_, key=lambda t: abs(t.i - site.i))
            fatal[nearest.i] = tally
            taken.add(site.i)


def _earlier_clause(site: Token, trigger: Token) -> bool:
    """ "after nine were killed and the president ordered strikes": deaths told in a
    clause coordinated before the act's own are not the act's toll (a result is told after
    its cause: "shelled the town, and dozens died"); nor are deaths told as coming before
    another clause ("after nine were killed, the army shelled ...")."""
    prior = any(c.dep_ == "mark" and c.lower_ in PRIOR for c in site.children)
    if prior and not site.left_edge.i <= trigger.i <= site.right_edge.i:
        return True
    if site.i > trigger.i:
        return False
    clause = trigger
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "conj" and clause.i != site.i


def _attached_sites(token: Token, w: CasualtyWords) -> list[Token]:
    """Killing or dying clauses hanging on the trigger (or on the verb a noun trigger is
    the object of: "carried out an attack, killing 12")."""
    hosts = [token]
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubjpass", "pobj"}:
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.pos_ in {"VERB", "AUX"}:
            hosts.append(verb)
    sites: list[Token] = []
    for host in hosts:
        for c in host.children:
            if c.dep_ not in ATTACHED or not _is_death_site(c, w):
                continue
            if c.dep_ in {"conj", "advcl"} and child(c, {"nsubj", "nsubjpass", "mark"}):
                continue  # a clause of its own ("as eight were killed"): the sentence rule
            sites.append(c)
    return sites


def _is_death_site(token: Token, w: CasualtyWords) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma in w.fatal_verbs or lemma in w.death_verbs
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma in w.death_nouns or lemma in w.toll_nouns
    return token.lower_ in w.dead_words


def _unreal(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in IRREALIS for c in verb.children)


def _deaths_at(token: Token, w: CasualtyWords) -> Tally | None:
    """The number of dead a death word states (``None`` when it gives none)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in w.fatal_verbs | w.death_verbs:
        if _unreal(token):
            return None
        if lemma in w.death_verbs:
            heads = [child(token, {"nsubj"})]
        elif is_passive(token):
            heads = [child(token, {"nsubjpass"})]
        else:
            heads = [child(token, {"dobj"})]
        if token.dep_ in {"acl", "relcl"} and heads[0] is None:
            heads = [token.head]  # "12 people killed in the raid"
        dead = next((c for c in token.children if c.lower_ in w.dead_words), None)
        tally = _first_tally(heads, w)
        if tally is None and dead is not None:
            tally = _tally_of(dead, w)
        if tally is None and any(c.dep_ == "neg" for c in token.children):
            return _none_killed(token)
        return tally
    if token.pos_ == "VERB" and any(c.lower_ in w.dead_words for c in token.children):
        # "shot dead three people", "three people were shot dead"
        return _first_tally([child(token, {"dobj"}), child(token, {"nsubjpass"})], w)
    if token.lower_ in w.dead_words:
        head = token.head
        if token.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "advmod"}:
            heads = [child(head, {dep}) for dep in ("dobj", "nsubjpass", "nsubj")]
            return _first_tally([*heads, token], w)
        if token.dep_ == "amod":
            return _tally_of(head, w)
        return _tally_of(token, w)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in w.death_nouns:
        # "12 deaths", "no fatalities", "the killing of 12 protesters"
        return _first_tally([token, *_of_objects(token)], w)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in w.toll_nouns and token.dep_ == "nsubj":
        # "the death toll rose to 30", "the toll stood at 12", "the toll is 40"
        verb = token.head
        attr = child(verb, {"attr", "dobj"})
        heads = [attr] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "at"}
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        return _first_tally(heads, w)
    return None


def _none_killed(verb: Token) -> Tally | None:
    """ "did not kill anyone", "no one died": the negated killing of nobody in particular."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "nsubjpass", "nsubj"} and obj.lower_ in {"anyone", "anybody"}:
            return Tally(0, obj.text, Span(obj.idx, obj.idx + len(obj)))
    return None


def _count_at(token: Token, w: CasualtyWords) -> Tally | None:
    """The number of people the trigger itself acts on, where its lemma counts them."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in w.count_verbs:
        if _unreal(token):
            return None
        heads: list[Token | None] = [child(token, {"nsubjpass"} if is_passive(token) else {"dobj"})]
        if token.dep_ in {"acl", "relcl"} and heads[0] is None:
            heads = [token.head]  # "270 schoolgirls kidnapped last week"
        return _first_tally(heads, w)
    if token.pos_ in {"NOUN", "PROPN"} and lemma in w.count_nouns:
        return _first_tally([*_of_objects(token), token], w)
    return None


def _of_objects(noun: Token) -> list[Token]:
    return [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip


def _first_tally(heads: Sequence[Token | None], w: CasualtyWords) -> Tally | None:
    for head in heads:
        if head is None:
            continue
        tally = _with_conjuncts(resolve_relative(head), w)
        if tally is not None:
            return tally
    return None


def _with_conjuncts(head: Token, w: CasualtyWords) -> Tally | None:
    """ "five soldiers and three police", "two guards and a driver": coordinated groups,
    each with its number, add up (their words run from the first number to the last
    group)."""
    first = _tally_of(head, w)
    if first is None or first.value is None:
        return first
    parts = [first]
    last = head
    for conj in head.conjuncts:
        if conj.i < head.i:
            continue
        tally = _tally_of(conj, w) or _one(conj)
        if tally is None or tally.value is None or tally.high is not None:
            return first  # a group without a number: the sum is not known
        parts.append(tally)
        last = conj
    if len(parts) == 1 or first.high is not None:
        return first
    doc = head.doc
    start, end = first.span.start, last.idx + len(last)
    words = doc.char_span(start, end, alignment_mode="expand")
    text = words.text if words is not None else first.text
    total = sum(t.value for t in parts if t.value is not None)
    return Tally(total, text, Span(start, start + len(text)), at_least=first.at_least)


def _one(noun: Token) -> Tally | None:
    """ "... and a civilian", "... and another man": one more, in a coordination."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in {"a", "an", "another"} or noun.tag_ != "NN":
        return None
    return Tally(1, det.text, Span(det.idx, det.idx + len(det)))


def _tally_of(head: Token, w: CasualtyWords) -> Tally | None:
    """The quantity a noun phrase gives for its people: "at least 12 people" -> 12."""
    if head.lower_ in w.nobody:
        return Tally(0, head.text, _span(head, head))
    no = next((c for c in head.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if no is not None:
        return Tally(0, head.doc[no.i : head.i + 1].text, _span(no, head))
    core: Token | None = head
    if not w.is_quantity(head) or _measure(head):
        core = next(
            (
                c
                for c in head.children
                if c.dep_ in {"nummod", "quantmod", "amod", "compound"}
                and c.i < head.i
                and w.is_quantity(c)
                and not _measure(c)
            ),
            None,
        )
    return _read(head, core, w) if core is not None else None


def _measure(token: Token) -> bool:
    """Money, shares, ordinals, times and years are not numbers of people."""
    if token.ent_type_ in {"MONEY", "PERCENT", "ORDINAL", "TIME"}:
        return True
    if token.ent_type_ == "DATE" and _YEAR.match(token.text):
        return True  # "the 2020 protest leaders"
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in {"%", "percent", "per"}


def _read(head: Token, core: Token, w: CasualtyWords) -> Tally | None:
    """Read the words around ``core`` (inside ``head``'s phrase) as a quantity."""
    doc = core.doc
    start = core.left_edge.i
    stop = core.i
    for t in core.subtree:
        if t.i > stop and (w.is_quantity(t) or t.lower_ in w.range_joins) and t.i < head.i:
            stop = t.i
    if core.i == head.i:
        # "tens of thousands of people": a vague head may continue with "of" + quantity.
        nxt = head.i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and w.is_quantity(doc[nxt + 1]):
            stop = nxt + 1
    while start > head.left_edge.i and _qualifier(doc[start - 1], w):
        start -= 1
    while start < core.i and not _opens_quantity(doc[start], w):
        start += 1  # a determiner or adjective before the quantity is not part of it
    words = doc[start : stop + 1]
    value, high = _value([t.lower_ for t in words], w)
    if value is None and not any(t.lower_ in w.vague for t in words):
        return None
    phrase = " ".join(t.lower_ for t in words)
    at_least = any(phrase.startswith(q + " ") for q in w.at_least)
    return Tally(value, words.text, _span(doc[start], doc[stop]), at_least=at_least, high=high)


_QUALIFIERS = frozenset({"at", "least", "more", "than", "over", "about", "around", "nearly",
                         "almost", "approximately", "roughly", "some", "up", "to", "upwards",
                         "of", "between", "estimated", "an", "as", "many", "no", "fewer",
                         "less", "not", "just", "under", "close", "in", "excess"})  # fmt: skip


def _qualifier(token: Token, w: CasualtyWords) -> bool:
    return token.lower_ in _QUALIFIERS or any(token.lower_ in q.split() for q in w.at_least)


def _opens_quantity(token: Token, w: CasualtyWords) -> bool:
    if token.lower_ in {"a", "an"}:  # "a dozen", "a hundred"
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ in w.scales
    return _qualifier(token, w) or w.is_quantity(token)


def _value(words: Sequence[str], w: CasualtyWords) -> tuple[int | None, int | None]:
    """The number (or the two ends of a range) the words give."""
    groups: list[list[str]] = [[]]
    for word in words:
        match = _RANGE.match(word)
        if match:
            groups[-1].append(match.group(1))
            groups.append([match.group(2)])
            continue
        parts = [p for p in word.split("-") if p] if word not in w.range_joins else [word]
        for part in parts:
            if part in {"-", "–"} and groups[-1] and not _DIGITS.match(groups[-1][-1]):
                continue  # "twenty-one": a hyphen between number words is not a range
            if part == "and" and groups[-1] and groups[-1][-1] in w.scales:
                continue  # "two hundred and five" is one number
            if part in w.range_joins and groups[-1]:
                groups.append([])
            elif w.is_number_word(part) or part in {"a", "an"}:
                groups[-1].append(part)
    values = [v for v in (_number(g, w) for g in groups if g) if v is not None]
    if not values:
        return None, None
    if len(values) >= 2 and values[0] < values[1]:
        return values[0], values[1]
    return values[0], None


def _number(words: Sequence[str], w: CasualtyWords) -> int | None:
    """ "two hundred and five", "1.2 million", "twenty one", "a dozen", "2,400"."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in {"a", "an"}:
            current = max(current, 1.0)
            continue
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in w.units:
            current += w.units[word]
            seen = True
        elif word in w.scales:
            scale = w.scales[word]
            current = max(current, 1.0) * scale
            seen = True
            if scale >= 1000:
                total, current = total + current, 0.0
    return round(total + current) if seen else None


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last))
