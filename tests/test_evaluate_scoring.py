from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.evaluate import TASKS, Counts, GoldParty, GoldRecord, load_gold, parse_record, score
from eventwire.evaluate.scoring import evidence_span, kept_spans, unmatched_events
from eventwire.records import (
    Actor,
    ActorKind,
    Article,
    CodedArticle,
    Event,
    Place,
    Quote,
    Rejection,
    RemovedBlock,
    Span,
    Status,
    When,
)

TEXT = (
    "Israeli Defense Minister Benny Gantz left for Washington. "
    '"We must remember our enemies," Gantz said. BOILERPLATE'
)
NOWHERE = Span(0, 0)


def gold(**fields: object) -> GoldRecord:
    return parse_record({"id": "g", "text": TEXT, **fields})


def actor(
    name: str = "x",
    country: str | None = None,
    sector: str | None = None,
    kind: ActorKind = "person",
    mentions: tuple[Span, ...] = (),
) -> Actor:
    return Actor(name=name, kind=kind, country=country, sector=sector, mentions=mentions)


def event(
    etype: str,
    source: str | None,
    target: str | None,
    status: Status = "asserted",
    when: dt.date | None = None,
    sentence: Span = NOWHERE,
) -> Event:
    return Event(
        type=etype,
        trigger=NOWHERE,
        sentence=sentence,
        source=actor(country=source) if source != "none" else None,
        target=actor(country=target) if target != "none" else None,
        status=status,
        when=When(when) if when else None,
    )


def coded(
    events: tuple[Event, ...] = (),
    actors: tuple[Actor, ...] = (),
    places: tuple[Place, ...] = (),
    quotes: tuple[Quote, ...] = (),
    kept: tuple[Span, ...] = (),
    removed: tuple[RemovedBlock, ...] = (),
) -> CodedArticle:
    article = Article(doc_id="d", uri="u", text=TEXT, kept=kept, removed=removed)
    return CodedArticle(article, actors=actors, places=places, events=events, quotes=quotes)


def ev_gold(
    etype: str, source: str | None, target: str | None, **extra: object
) -> dict[str, object]:
    return {
        "type": etype,
        "source": {"country": source},
        "target": None if target is None else {"country": target},
        **extra,
    }


def counts(g: GoldRecord, out: CodedArticle | Rejection, task: str) -> Counts:
    return score([(g, out)]).tasks[task]


# --- events ---------------------------------------------------------------------------------


def test_event_matches_on_type_and_both_countries() -> None:
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA")])
    assert counts(g, coded((event("CONSULT", "ISR", "USA"),)), "events") == Counts(1, 0, 0)
    wrong_target = coded((event("CONSULT", "ISR", "GBR"),))
    assert counts(g, wrong_target, "events") == Counts(0, 1, 1)
    wrong_type = coded((event("ACCUSE", "ISR", "USA"),))
    assert counts(g, wrong_type, "events") == Counts(0, 1, 1)


FIRST = Span(0, TEXT.index(' "We'))
SECOND = Span(TEXT.index('"We'), TEXT.index(" BOILER"))


def test_anchored_events_need_the_evidence_sentence_lenient_ones_do_not() -> None:
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA", evidence="left for Washington")])
    right = coded((event("CONSULT", "ISR", "USA", sentence=FIRST),))
    wrong = coded((event("CONSULT", "ISR", "USA", sentence=SECOND),))
    assert counts(g, right, "events") == Counts(1, 0, 0)
    assert counts(g, wrong, "events") == Counts(0, 1, 1)
    assert counts(g, wrong, "events_lenient") == Counts(1, 0, 0)
    assert counts(g, wrong, "events_strict") == Counts(0, 1, 1)
    assert score([(g, wrong)]).errors == {"event in the wrong sentence": 1}


def test_unmatched_events_are_the_misses_and_false_events_of_the_events_task() -> None:
    g = gold(
        events=[
            ev_gold("CONSULT", "ISR", "USA", evidence="left for Washington"),
            ev_gold("ACCUSE", "ISR", "USA"),
            ev_gold("AID", "USA", "ISR", optional=True),
        ]
    )
    found = event("CONSULT", "ISR", "USA", sentence=FIRST)
    elsewhere = event("CONSULT", "ISR", "USA", sentence=SECOND)
    missed, spare = unmatched_events(g.events or [], coded((found, elsewhere)))
    assert [m.type for m in missed] == ["ACCUSE"]  # an optional miss is no miss
    assert spare == [elsewhere]
    assert counts(g, coded((found, elsewhere)), "events") == Counts(1, len(spare), len(missed))
    missed, spare = unmatched_events(g.events or [], Rejection("u", "empty", "No text."))
    assert [m.type for m in missed] == ["CONSULT", "ACCUSE"] and spare == []


def test_evidence_is_found_across_folded_whitespace_and_quote_marks() -> None:
    text = "He said:\n\u201cWe will  meet\u201d on Monday. Then he left."
    assert evidence_span('said: "We will meet"', text) == (3, 24)
    assert evidence_span("never written", text) is None
    # evidence spanning two sentences matches a prediction in either of them
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA", evidence='Washington. "We must')])
    out = coded((event("CONSULT", "ISR", "USA", sentence=SECOND),))
    assert counts(g, out, "events") == Counts(1, 0, 0)


def test_gold_event_without_evidence_is_matched_in_any_sentence() -> None:
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA")])
    out = coded((event("CONSULT", "ISR", "USA", sentence=SECOND),))
    assert counts(g, out, "events") == Counts(1, 0, 0)


def test_alt_type_counts_as_a_match() -> None:
    g = gold(events=[ev_gold("AID", "USA", "ARE", alt_types=["AGREE", "COOPERATE"])])
    assert counts(g, coded((event("AGREE", "USA", "ARE"),)), "events") == Counts(1, 0, 0)
    assert counts(g, coded((event("SUPPORT", "USA", "ARE"),)), "events") == Counts(0, 1, 1)


def test_optional_event_is_neither_miss_nor_false_positive() -> None:
    g = gold(events=[ev_gold("CONCEDE", "IGO", "IRN", optional=True)])
    assert counts(g, coded(), "events") == Counts(0, 0, 0)
    assert counts(g, coded((event("CONCEDE", "IGO", "IRN"),)), "events") == Counts(0, 0, 0)
    # A prediction that does not match the optional event is still a false positive.
    assert counts(g, coded((event("CONCEDE", "IGO", "USA"),)), "events") == Counts(0, 1, 0)


def test_required_gold_wins_the_prediction_over_an_optional_one() -> None:
    g = gold(
        events=[
            ev_gold("SUPPORT", "GBR", "TUR", optional=True),
            ev_gold("SUPPORT", "GBR", "TUR"),
        ]
    )
    assert counts(g, coded((event("SUPPORT", "GBR", "TUR"),)), "events") == Counts(1, 0, 0)


def test_null_target_means_no_target() -> None:
    g = gold(events=[ev_gold("AID", "GBR", None)])
    assert counts(g, coded((event("AID", "GBR", "none"),)), "events") == Counts(1, 0, 0)
    # A prediction that names a target does not match a gold event without one.
    assert counts(g, coded((event("AID", "GBR", "IDN"),)), "events") == Counts(0, 1, 1)


def test_gold_party_without_country_only_requires_the_party() -> None:
    g = gold(
        events=[{"type": "ACCUSE", "source": {"name": "Someone"}, "target": {"country": "USA"}}]
    )
    assert counts(g, coded((event("ACCUSE", "FRA", "USA"),)), "events") == Counts(1, 0, 0)
    assert counts(g, coded((event("ACCUSE", "none", "USA"),)), "events") == Counts(0, 1, 1)


def test_gold_null_country_requires_a_countryless_actor() -> None:
    g = gold(events=[ev_gold("REQUEST", None, "GBR")])  # e.g. Amnesty: country null
    assert counts(g, coded((event("REQUEST", None, "GBR"),)), "events") == Counts(1, 0, 0)
    assert counts(g, coded((event("REQUEST", "GBR", "GBR"),)), "events") == Counts(0, 1, 1)


def test_matching_is_one_to_one() -> None:
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA")])
    twice = coded((event("CONSULT", "ISR", "USA"), event("CONSULT", "ISR", "USA")))
    assert counts(g, twice, "events") == Counts(1, 1, 0)
    g2 = gold(events=[ev_gold("CONSULT", "ISR", "USA"), ev_gold("CONSULT", "ISR", "USA")])
    assert counts(g2, coded((event("CONSULT", "ISR", "USA"),)), "events") == Counts(1, 0, 1)


def test_assignment_is_not_greedy() -> None:
    # Prediction 0 fits both gold events (type and alt type); prediction 1 fits only the first.
    g = gold(
        events=[
            ev_gold("AGREE", "TUR", "CYP"),
            ev_gold("CONCEDE", "TUR", "CYP", alt_types=["AGREE"]),
        ]
    )
    out = coded((event("AGREE", "TUR", "CYP"), event("AGREE", "TUR", "CYP")))
    assert counts(g, out, "events") == Counts(2, 0, 0)


def test_exact_type_is_preferred_over_alt_type_for_the_confusion_table() -> None:
    g = gold(
        events=[
            ev_gold("AGREE", "TUR", "CYP"),
            ev_gold("CONCEDE", "TUR", "CYP", alt_types=["AGREE"]),
        ]
    )
    out = coded((event("CONCEDE", "TUR", "CYP"), event("AGREE", "TUR", "CYP")))
    report = score([(g, out)])
    assert report.confusion == {("AGREE", "AGREE"): 1, ("CONCEDE", "CONCEDE"): 1}


def test_strict_requires_status_and_date_only_where_gold_gives_them() -> None:
    g = gold(
        events=[
            ev_gold("CONSULT", "ISR", "USA", status="asserted", date="2020-10-21"),
            ev_gold("CONSULT", "ISR", "ISR"),  # no status, no date: nothing more required
            ev_gold("AID", "USA", "ARE", status="intended"),
        ]
    )
    out = coded(
        (
            event("CONSULT", "ISR", "USA", when=dt.date(2020, 10, 21)),
            event("CONSULT", "ISR", "ISR", status="hypothetical"),
            event("AID", "USA", "ARE", status="asserted"),
        )
    )
    report = score([(g, out)])
    assert report.tasks["events"] == Counts(3, 0, 0)
    assert report.tasks["events_strict"] == Counts(2, 1, 1)
    no_date = coded((event("CONSULT", "ISR", "USA"),))
    assert score([(g, no_date)]).tasks["events_strict"] == Counts(0, 1, 3)
    assert report.errors["event status wrong: intended->asserted"] == 1


def test_same_dyad_events_pair_up_by_status_and_date() -> None:
    g = gold(
        events=[
            ev_gold("CONSULT", "ISR", "USA", status="asserted", date="2020-10-21"),
            ev_gold("CONSULT", "ISR", "USA", status="intended"),
        ]
    )
    out = coded(
        (
            event("CONSULT", "ISR", "USA", status="intended"),
            event("CONSULT", "ISR", "USA", when=dt.date(2020, 10, 21)),
        )
    )
    report = score([(g, out)])
    assert report.tasks["events_strict"] == Counts(2, 0, 0)
    assert report.errors == {}


def test_event_error_kinds_and_confusion() -> None:
    g = gold(
        events=[
            ev_gold("REQUEST", "ISR", "USA"),
            ev_gold("ACCUSE", "GBR", "SYR"),
            ev_gold("AID", "GBR", None),
            ev_gold("REJECT", "USA", "IGO"),
        ]
    )
    out = coded(
        (
            event("SUPPORT", "ISR", "USA"),  # right dyad, wrong type
            event("ACCUSE", "GBR", "IRN"),  # right type, wrong target
            event("AID", "GBR", "IDN"),  # target where gold has none
            event("THREATEN", "FRA", "DEU"),  # nothing like it in gold
        )
    )
    report = score([(g, out)])
    assert report.tasks["events"] == Counts(0, 4, 4)
    assert report.errors == {
        "event type wrong: REQUEST->SUPPORT": 1,
        "event target country wrong": 1,
        "event target spurious (gold has none)": 1,
        "missed event: type REJECT": 1,
        "FP event: type THREATEN": 1,
    }
    assert report.confusion[("REQUEST", "SUPPORT")] == 1
    assert report.confusion[("REJECT", "-")] == 1
    assert report.confusion[("-", "THREATEN")] == 1
    fields = {(f.group, f.field): (f.compared, f.correct) for f in report.fields}
    assert fields[("events matched on type only", "target country")] == (2, 0)
    assert fields[("events matched on type only", "source country")] == (2, 2)


# --- actors, places, quotes -------------------------------------------------------------------


def test_actor_name_containment_accents_country_and_sector() -> None:
    g = gold(actors=[{"name": "Benny Gantz", "country": "ISR", "sector": "MIL"}])
    assert counts(
        g, coded(actors=(actor("Lt Gen BENNY GÁNTZ", "ISR", "MIL"),)), "actors"
    ) == Counts(1, 0, 0)
    assert counts(g, coded(actors=(actor("Gantz", "ISR", "MIL"),)), "actors") == Counts(0, 1, 1)
    report = score([(g, coded(actors=(actor("Benny Gantz", "ISR", "GOV"),)))])
    assert report.tasks["actors"] == Counts(0, 1, 1)
    assert report.errors == {"actor sector wrong: MIL->GOV": 1}
    (mil,) = [s for s in report.sectors if s.sector == "MIL"]
    assert (mil.gold, mil.found, mil.sector_wrong) == (1, 0, 1)


def test_actor_name_may_come_from_a_mention() -> None:
    g = gold(actors=[{"name": "Benny Gantz", "country": "ISR", "sector": "MIL"}])
    mention = Span(TEXT.index("Benny"), TEXT.index(" left"))
    pred = actor("Gantz", "ISR", "MIL", mentions=(mention,))
    assert counts(g, coded(actors=(pred,)), "actors") == Counts(1, 0, 0)


def test_state_actors_are_not_scored_as_actors() -> None:
    g = gold(actors=[])
    assert (
        counts(g, coded(actors=(actor("Israel", "ISR", None, kind="state"),)), "actors") == Counts()
    )
    assert counts(g, coded(actors=(actor("Gantz", "ISR", "MIL"),)), "actors") == Counts(0, 1, 0)


def test_unnamed_groups_are_not_scored_named_bodies_are() -> None:
    g = gold(actors=[{"name": "Hamas", "country": "PSE", "sector": "REB"}])
    groups = (
        actor("Israeli officials", "ISR", "GOV", kind="group"),
        actor("government", "GBR", "GOV", kind="group"),
    )
    assert counts(g, coded(actors=groups), "actors") == Counts(0, 0, 1)
    hamas = actor("Hamas", "PSE", "REB", kind="organisation")
    assert counts(g, coded(actors=(*groups, hamas)), "actors") == Counts(1, 0, 0)


def test_places_match_on_name_or_surface_and_country_once_per_surface_form() -> None:
    g = gold(
        places=[{"name": "Washington", "country": "USA"}, {"name": "Israel", "country": "ISR"}]
    )
    start = TEXT.index("Washington")
    surface = Span(start, start + len("Washington"))
    out = coded(
        places=(
            Place("Washington, D.C.", surface, country="USA"),  # surface text matches
            Place("Washington, D.C.", surface, country="USA"),  # same form again: dropped
            Place("Israel", NOWHERE, country="PSE"),
        )
    )
    report = score([(g, out)])
    assert report.tasks["places"] == Counts(1, 1, 1)
    assert report.errors == {"place country wrong": 1}


def test_quotes_match_on_speaker_and_opening() -> None:
    g = gold(quotes=[{"speaker": "Benny Gantz", "starts": "We must remember"}])
    good = Quote("“We must  remember our enemies,”", NOWHERE, speaker=actor("Benny Gantz"))
    assert counts(g, coded(quotes=(good,)), "quotes") == Counts(1, 0, 0)
    nobody = Quote("We must remember our enemies", NOWHERE)
    report = score([(g, coded(quotes=(nobody,)))])
    assert report.tasks["quotes"] == Counts(0, 1, 1)
    assert report.errors == {"quote speaker missing": 1}
    indirect = Quote("We must remember", NOWHERE, speaker=actor("Benny Gantz"), direct=False)
    assert counts(g, coded(quotes=(indirect,)), "quotes") == Counts(0, 0, 1)


# --- boilerplate, rejection, task selection ---------------------------------------------------


def test_boilerplate_character_scores() -> None:
    body_end = TEXT.index(" BOILERPLATE")
    g = gold(body_end=body_end)
    exact = counts(g, coded(kept=(Span(0, body_end),)), "boilerplate")
    assert exact == Counts(body_end, 0, 0)
    too_much = counts(g, coded(kept=(Span(0, 10), Span(5, len(TEXT)))), "boilerplate")
    assert too_much == Counts(body_end, len(TEXT) - body_end, 0)
    cut = RemovedBlock(0, 8, "test", TEXT[:8])  # no kept spans: complement of removed
    assert counts(g, coded(removed=(cut,)), "boilerplate") == Counts(body_end - 8, 12, 8)
    assert kept_spans(coded(), len(TEXT)) == [(0, len(TEXT))]


def test_rejection_scores_as_empty_output() -> None:
    g = gold(
        body_end=10,
        events=[ev_gold("CONSULT", "ISR", "USA"), ev_gold("AID", "USA", None, optional=True)],
        actors=[{"name": "Benny Gantz"}],
        places=[],
        quotes=[{"starts": "We must"}],
    )
    report = score([(g, Rejection("u", "empty", "nothing"))])
    assert report.rejected == 1
    assert report.tasks == {
        "events": Counts(0, 0, 1),
        "events_lenient": Counts(0, 0, 1),
        "events_strict": Counts(0, 0, 1),
        "actors": Counts(0, 0, 1),
        "places": Counts(0, 0, 0),
        "quotes": Counts(0, 0, 1),
        "boilerplate": Counts(0, 0, 10),
    }


def test_tasks_a_record_does_not_annotate_are_left_out() -> None:
    report = score([(gold(places=[{"name": "Washington", "country": "USA"}]), coded())])
    assert list(report.tasks) == ["places"]
    assert report.per_record[0].tasks == {"places": Counts(0, 0, 1)}


def test_task_selection_and_unknown_tasks() -> None:
    g = gold(events=[ev_gold("CONSULT", "ISR", "USA")], places=[])
    assert list(score([(g, coded())], tasks=["events"]).tasks) == ["events"]
    with pytest.raises(ValueError, match="unknown task"):
        score([(g, coded())], tasks=["vibes"])


def test_counts_micro_average_over_records() -> None:
    g1 = gold(events=[ev_gold("CONSULT", "ISR", "USA")])
    g2 = gold(events=[ev_gold("AID", "USA", "ARE"), ev_gold("AID", "USA", "ISR")])
    out2 = coded((event("AID", "USA", "ARE"), event("ASSAULT", "USA", "IRN")))
    total = score([(g1, coded((event("CONSULT", "ISR", "USA"),))), (g2, out2)]).tasks["events"]
    assert total == Counts(2, 1, 1)
    assert (total.p, total.r) == pytest.approx((2 / 3, 2 / 3))
    assert total.f1 == pytest.approx(2 / 3)
    assert Counts().f1 == 0.0


# --- the real gold files against an oracle built from them -------------------------------------


def _oracle_actor(party: GoldParty | None) -> Actor | None:
    if party is None:
        return None
    return actor(party.name or "x", party.country, party.sector)


def _evidence(evidence: str | None, text: str) -> Span:
    found = evidence_span(evidence, text) if evidence else None
    return Span(*found) if found else NOWHERE


def _oracle(g: GoldRecord, *, with_optional: bool) -> CodedArticle:
    events = tuple(
        Event(
            type=e.type,
            trigger=NOWHERE,
            sentence=_evidence(e.evidence, g.text),
            source=_oracle_actor(e.source),
            target=_oracle_actor(e.target),
            status=e.status or "asserted",  # type: ignore[arg-type]
            when=When(e.date) if e.date else None,
        )
        for e in g.events or ()
        if with_optional or not e.optional
    )
    places = tuple(
        Place(p.name, Span(g.text.index(p.name), g.text.index(p.name) + len(p.name)), p.country)
        for p in g.places or ()
    )
    article = Article("d", g.id, g.text, kept=tuple(Span(s, e) for s, e in g.body_spans or ()))
    return CodedArticle(
        article,
        actors=tuple(actor(a.name, a.country, a.sector) for a in g.actors or ()),
        places=places,
        events=events,
        quotes=tuple(
            Quote(q.starts + " ...", NOWHERE, actor(q.speaker or "x")) for q in g.quotes or ()
        ),
    )


@pytest.mark.parametrize("with_optional", [False, True])
def test_an_oracle_scores_perfectly_on_the_real_gold(shared: Path, with_optional: bool) -> None:
    records = load_gold([shared / "gold" / "dev.jsonl", shared / "gold" / "dev-bbc.jsonl"])
    report = score([(g, _oracle(g, with_optional=with_optional)) for g in records])
    # the shared dev gold gives no fatalities or counts: those tasks are left out
    assert set(report.tasks) == set(TASKS) - {"fatalities", "counts"}
    for task, c in report.tasks.items():
        assert (task, c.fp, c.fn) == (task, 0, 0)
    assert report.tasks["events"].tp == 122  # the required gold events
    assert report.errors == {}
