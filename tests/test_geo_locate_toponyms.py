"""Toponyms of the geoparsing convention are reported beside our places, marked, and
read by no stage: "Turkish troops" names Turkey for a geoparser, not for the coder."""

from __future__ import annotations

from eventwire.evaluate import parse_record, score
from eventwire.geo.locate import CONVENTION_PREFIX
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle

TEXT = "Turkish troops shelled Kurdish positions near Kobani on Monday, Syrian officials said."


def _coded(text: str) -> CodedArticle:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    return coded


def test_a_nationality_adjective_is_reported_as_a_marked_toponym() -> None:
    places = _coded(TEXT).places
    turkish = [p for p in places if p.name == "Turkish"]
    assert turkish and turkish[0].country == "TUR"
    assert (turkish[0].rule or "").startswith(CONVENTION_PREFIX)
    # Places our own convention counts keep their own rule.
    assert all(not (p.rule or "").startswith(CONVENTION_PREFIX) for p in places
               if p.name == "Kobani")  # fmt: skip


def test_the_places_are_in_text_order() -> None:
    starts = [p.span.start for p in _coded(TEXT).places]
    assert starts == sorted(starts)


def test_the_events_do_not_read_the_marked_toponyms() -> None:
    # No event takes a nationality adjective for its place.
    for event in _coded(TEXT).events:
        assert event.where is None or not (event.where.rule or "").startswith(CONVENTION_PREFIX)


def test_our_scorer_leaves_the_marked_toponyms_out() -> None:
    coded = _coded("Kenyan police arrested two men in Nairobi on Friday.")
    assert any((p.rule or "").startswith(CONVENTION_PREFIX) for p in coded.places)
    record = parse_record(
        {"id": "t1", "text": coded.article.text, "published": "2025-03-05",
         "places": [{"name": "Nairobi", "country": "KEN"}]}
    )  # fmt: skip
    report = score([(record, coded)], tasks={"places"})
    assert report.tasks["places"].fp == 0
    assert report.tasks["places"].tp == 1
