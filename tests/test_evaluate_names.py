from __future__ import annotations

from eventwire.evaluate.names import (
    contains_name,
    fold,
    quote_starts_with,
    same_place_name,
    tokens,
)


def test_fold_drops_case_accents_and_curly_quotes() -> None:
    assert fold("Villépin’s “Ünïon”") == 'villepin\'s "union"'
    assert tokens("Jean-Marie Le Pen's") == ("jean", "marie", "le", "pen", "s")


def test_gold_name_must_be_a_contiguous_token_run() -> None:
    assert contains_name(["President George W Bush"], "George W Bush")
    assert contains_name(["Mr Blair's official spokesman"], "Blair's official spokesman")
    assert not contains_name(["George W Bush"], "George Bush")  # not contiguous
    assert not contains_name(["Bushnell"], "Bush")  # whole words only
    assert contains_name(["x", "JOSÉ MARÍA AZNAR"], "Jose Maria Aznar")
    assert not contains_name(["anything"], "")


def test_place_names_match_whole_up_to_a_leading_the() -> None:
    assert same_place_name(["the United States"], "United States")
    assert same_place_name(["Côte d’Ivoire"], "Cote d'Ivoire")
    assert not same_place_name(["North Korea"], "Korea")


def test_quote_openings_ignore_quote_marks_and_spacing() -> None:
    assert quote_starts_with(
        "“I’m embarking on a  short\nsecurity mission”", "I'm embarking on a short"
    )
    assert quote_starts_with('"We must remember that"', "“We must remember")
    assert not quote_starts_with("And we must remember", "We must remember")
    assert not quote_starts_with("We must", "")
