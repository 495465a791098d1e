"""locate() on real spaCy parses: labels, landmarks, context, the reference story and gold."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from eventwire.geo import Gazetteer, locate
from eventwire.records import Dateline, Place, Span


def _by_name(places: tuple[Place, ...], name: str) -> Place:
    found = [p for p in places if p.name == name]
    assert found, f"{name} not in {[p.name for p in places]}"
    return found[0]


def test_spans_point_into_the_text_without_the_article(nlp: Language, gaz: Gazetteer) -> None:
    text = "Officials in the United States and the Netherlands met in Paris."
    places = locate(nlp(text), gazetteer=gaz)
    for place in places:
        assert place.span.of(text) == place.name
    assert {p.name for p in places} >= {"United States", "Netherlands", "Paris"}
    assert _by_name(places, "Netherlands").country == "NLD"


def test_org_labelled_landmark_is_a_place(nlp: Language, gaz: Gazetteer) -> None:
    text = "The minister met Mark Esper at the Pentagon on Friday."
    doc = nlp(text)
    pentagon = _by_name(locate(doc, gazetteer=gaz), "Pentagon")
    assert pentagon.country == "USA" and pentagon.rule == "landmark"
    assert pentagon.span.of(text) == "Pentagon"


def test_landmark_missed_by_the_ner_is_found(nlp: Language, gaz: Gazetteer) -> None:
    text = "protesters gathered near the Strait of Hormuz and the golan border."
    places = locate(nlp(text), gazetteer=gaz)
    hormuz = _by_name(places, "Strait of Hormuz")
    assert hormuz.feature == "region" and hormuz.country is None
    assert hormuz.lat is not None


def test_nationality_adjectives_are_not_places(nlp: Language, gaz: Gazetteer) -> None:
    text = "Israeli and American officials praised the French and British proposal."
    assert locate(nlp(text), gazetteer=gaz) == ()


def test_country_used_as_a_modifier_is_left_out_unless_asked(nlp: Language, gaz: Gazetteer) -> None:
    text = "UK troops will go to Ivory Coast."
    doc = nlp(text)
    names = [p.name for p in locate(doc, gazetteer=gaz)]
    assert "UK" not in names and "Ivory Coast" in names
    with_modifiers = [p.name for p in locate(doc, gazetteer=gaz, modifiers=True)]
    assert "UK" in with_modifiers


def test_article_context_picks_the_us_state(nlp: Language, gaz: Gazetteer) -> None:
    text = "Storms hit Texas on Monday. In Paris, the mayor said damage was heavy."
    paris = _by_name(locate(nlp(text), gazetteer=gaz), "Paris")
    assert paris.country == "USA" and paris.admin1 == "TX" and paris.rule == "context-admin1"


def test_context_country_for_a_british_town(nlp: Language, gaz: Gazetteer) -> None:
    text = "Britain's police said the suspects were arrested in Brighton."
    brighton = _by_name(locate(nlp(text), gazetteer=gaz), "Brighton")
    assert brighton.country == "GBR" and brighton.rule == "context-country"


def test_dateline_country_is_used(nlp: Language, gaz: Gazetteer) -> None:
    text = "BIRMINGHAM - Police in Birmingham said on Tuesday that two men were held."
    dateline = Dateline(place="Alabama", date_text=None, span=Span(0, 10))
    doc = nlp(text)
    places = locate(doc, dateline=dateline, gazetteer=gaz)
    held = [p for p in places if p.name == "Birmingham"]
    assert held and all(p.country == "USA" and p.rule == "dateline" for p in held)


def test_reference_story(shared: Path, nlp: Language, gaz: Gazetteer) -> None:
    text = (shared / "examples" / "wire-story-visit-and-appeal.txt").read_text(encoding="utf-8")
    places = locate(nlp(text), gazetteer=gaz)
    for name, country in [("Tel Aviv", "ISR"), ("Gaza", "PSE"), ("Pentagon", "USA")]:
        place = _by_name(places, name)
        assert place.country == country
        assert place.lat is not None and place.lon is not None
        assert text[place.span.start : place.span.end] == name
    assert _by_name(places, "United States").rule == "country"
    assert not any(p.name.startswith("Israeli") for p in places)


def _score(records: list[dict[str, object]], nlp: Language, gaz: Gazetteer) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for record in records:
        text = str(record["text"])
        predicted = {(p.name.lower(), p.country) for p in locate(nlp(text), gazetteer=gaz)}
        gold_places = record.get("places") or []
        assert isinstance(gold_places, list)
        for gold in gold_places:
            name, country = gold["name"].lower(), gold.get("country")
            exact = [p for p in predicted if p == (name, country)]
            containing = [p for p in predicted if p[1] == country and name in p[0]]
            options = exact or sorted(containing, key=str)
            if not options:
                fn += 1
            else:
                predicted.discard(options[0])
                tp += 1
        fp += len(predicted)
    return tp, fp, fn


def test_gold_place_f1(shared: Path, nlp: Language, gaz: Gazetteer) -> None:
    records: list[dict[str, object]] = []
    for name in ("dev.jsonl", "dev-bbc.jsonl"):
        with (shared / "gold" / name).open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    tp, fp, fn = _score(records, nlp, gaz)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"places: p={precision:.3f} r={recall:.3f} f1={f1:.3f} tp={tp} fp={fp} fn={fn}")
    assert f1 >= 0.9


def test_locate_with_the_parsed_text_given_finds_the_same(nlp: Language, gaz: Gazetteer) -> None:
    text = "Troops massed near the Pentagon and in Kashmir, officials in Paris said."
    doc = nlp(text)
    assert locate(doc, gazetteer=gaz, text=text) == locate(doc, gazetteer=gaz)


def test_both_passes_read_a_parse_once_and_a_changed_parse_afresh(
    nlp: Language, gaz: Gazetteer
) -> None:
    from eventwire.geo.locate import _reading, convention_toponyms

    text = "Turkish troops crossed into Syria, officials in Ankara said."
    doc = nlp(text)
    ours = locate(doc, gazetteer=gaz, text=text)
    assert [p.name for p in convention_toponyms(doc, ours, gazetteer=gaz, text=text)] == ["Turkish"]
    assert locate(doc, gazetteer=gaz, text=text) == ours
    read = _reading(doc, gaz)
    assert _reading(doc, gaz) is read  # both passes over a parse take one reading
    doc.ents = [e for e in doc.ents if e.text != "Ankara"]  # the parse changed: read afresh
    again = _reading(doc, gaz)
    assert again is not read
    assert "Ankara" in [e.span.text for e in read.entities]
    assert "Ankara" not in [e.span.text for e in again.entities]
