"""A titled surname the article's date places in no term ("President Bush" in 1997) takes
the country every known holder of that surname shares, before the article's own country."""

from __future__ import annotations

from eventwire.actors.lexicon import default_lexicon
from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


def _country(text: str, name: str, published: str) -> str | None:
    coded = code_text(text, published=published)
    assert isinstance(coded, CodedArticle)
    # A sitting holder's surname alone is filled out to the full name ("Donald Trump").
    return next(a.country for a in coded.actors if a.name.split()[-1] == name)


def test_a_president_out_of_every_term_keeps_the_country_all_holders_share() -> None:
    text = "President Bush warned Russia against new missile tests, officials in Moscow said."
    assert _country(text, "Bush", "1997-06-01") == "USA"


def test_a_known_president_is_not_given_the_country_the_article_is_about() -> None:
    # The story is about China, whose names outnumber the United States'.
    text = ("BEIJING — China's commerce ministry said on Monday that Chinese negotiators "
            "would return to Beijing. President Trump met the Chinese delegation in "
            "Washington on Friday, and China welcomed the talks.")  # fmt: skip
    assert _country(text, "Trump", "2019-06-01") == "USA"


def test_holders_of_one_surname_in_two_countries_give_none() -> None:
    lexicon = default_lexicon()
    assert lexicon.office_country("Morales", "President") is None
    assert lexicon.office_country("Bush", "President") == "USA"


def test_the_office_decides_between_holders_of_other_offices() -> None:
    # Several known Khans; only one has been Prime Minister.
    lexicon = default_lexicon()
    countries = {
        p.entry.country
        for name in lexicon.surnames.get("khan", ())
        for p in lexicon.periods.get(name.lower(), [])
    }
    assert len(countries) > 1
    assert lexicon.office_country("Khan", "Prime Minister") == "PAK"


def test_a_suffix_after_the_name_is_no_surname() -> None:
    surnames = default_lexicon().surnames
    assert "jr." not in surnames
    assert "Ferdinand Marcos Jr." in surnames["marcos"]
