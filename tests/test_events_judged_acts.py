"""A judgement passed on an act ("called the detention of X illegal", "ruled the arrests
unlawful", "condemned the detention of X") accuses whoever did the act, never the one
judging it: the act's doer the text names, else the body its noun implies (the
authorities, for an arrest or a detention) of the country where it happens. The act so
judged happened and is coded too, once: an act noun that names again an act told before
adds no second event. A clause saying someone acted "unlawfully" or "recklessly" is an
accusation of them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.events.framing import adjective_of
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    coded = code_text(text, published="2026-04-21")
    assert isinstance(coded, CodedArticle)
    return [
        (e.type, e.source.name, e.source.country, e.target and e.target.country,
         e.target and e.target.sector)
        for e in coded.events
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "judge"),
    [
        ("LUSAKA, Zambia — The African Union condemned the detention of opposition leader "
         "Hakainde Mwale.", "African Union"),
        ("LUSAKA, Zambia — The European Union called the arrest of opposition leader Hakainde "
         "Mwale illegal.", "European Union"),
        ("LUSAKA, Zambia — A court in Ndola ruled the detention of opposition leader Hakainde "
         "Mwale unlawful.", "court"),
    ],
)  # fmt: skip
def test_a_judged_act_accuses_the_authorities_that_did_it(text: str, judge: str) -> None:
    found = _events(text)
    assert ("ACCUSE", judge) in {(t, s) for t, s, *_ in found}, found
    accused = [(c, sector) for t, s, _, c, sector in found if t == "ACCUSE" and s == judge]
    assert accused == [("ZMB", "GOV")], found
    # The act itself happened, done by the authorities, not by the judge.
    assert [(s, c) for t, _, s, c, _ in found if t == "COERCE"] == [("ZMB", "ZMB")], found


def test_the_act_judged_is_not_told_twice() -> None:
    text = ("LUSAKA, Zambia — Police detained opposition leader Hakainde Mwale on Friday. The "
            "European Union condemned the detention of the opposition leader.")  # fmt: skip
    found = _events(text)
    assert [t for t, *_ in found].count("COERCE") == 1, found
    assert ("ACCUSE", "European Union", "IGO", "ZMB", "GOV") in found, found


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("QUITO, Ecuador — The ombudsman said the police had acted unlawfully when they "
         "cleared the square.", "ECU"),
        ("Germany's foreign minister said Russia had behaved irresponsibly over the pipeline.",
         "RUS"),
        ("Jordan said Israel had responded disproportionately to the rocket fire.", "ISR"),
    ],
)  # fmt: skip
def test_saying_a_party_acted_wrongly_accuses_it(text: str, accused: str) -> None:
    assert any(t == "ACCUSE" and c == accused for t, _, _, c, _ in _events(text)), _events(text)


def test_saying_a_party_acted_lawfully_accuses_no_one() -> None:
    text = "Jordan said Israel had not acted unlawfully and had responded lawfully."
    assert not any(t == "ACCUSE" for t, *_ in _events(text))


@pytest.mark.parametrize(
    ("adverb", "adjective"),
    [("unlawfully", "unlawful"), ("irresponsibly", "irresponsible"),
     ("arbitrarily", "arbitrary"), ("recklessly", "reckless"), ("fast", "fast")],
)  # fmt: skip
def test_an_adverb_is_read_as_its_adjective(adverb: str, adjective: str) -> None:
    assert adjective_of(adverb) == adjective
