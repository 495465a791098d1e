"""Checks on the bundled sample corpus (``src/eventwire/data/corpus``) and the bad inputs
the tests feed the pipeline (``tests/data/bad-inputs``), without spaCy."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]
import pytest

CORPUS = Path(__file__).parents[1] / "src" / "eventwire" / "data" / "corpus"
BAD_INPUTS = Path(__file__).parent / "data" / "bad-inputs"

FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2025, 12, 31)

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# PLACE[, Country], Month Day, Year -- e.g. "NAIROBI, Kenya, March 4, 2025" or
# "BRUSSELS, Nov. 12, 2024". The place is upper case; the country is optional.
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]+)"
    r"(?:, (?P<country>[A-ZÀ-Ý][\w.'’ -]*?))?"
    r", (?P<month>Jan\.?|January|Feb\.?|February|March|April|May|June|July|Aug\.?|August"
    r"|Sept?\.?|September|Oct\.?|October|Nov\.?|November|Dec\.?|December)"
    r" (?P<day>\d{1,2}), (?P<year>20\d\d)\b"
)

WORD = re.compile(r"[\w'’-]+")


def _text_articles() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.txt") if not p.stem.endswith("-syndicated"))


def _syndicated() -> list[Path]:
    return sorted(CORPUS.glob("*-syndicated.txt"))


def _html_articles() -> list[Path]:
    return sorted(CORPUS.glob("*.html"))


def _wire_records() -> list[dict[str, object]]:
    lines = (CORPUS / "wires.jsonl").read_text(encoding="utf-8").splitlines()
    records: list[dict[str, object]] = []
    for line in lines:
        if line.strip():
            value = json.loads(line)
            assert isinstance(value, dict)
            records.append(value)
    return records


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _five_grams(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _dateline_date(text: str) -> date | None:
    """The date of the dateline in the first or second paragraph (after a headline)."""
    for paragraph in _paragraphs(text)[:2]:
        match = DATELINE.match(paragraph)
        if match:
            month = MONTHS[match["month"][:3].lower()]
            return date(int(match["year"]), month, int(match["day"]))
    return None


def test_corpus_has_at_least_40_good_articles() -> None:
    count = len(_text_articles()) + len(_html_articles()) + len(_wire_records())
    assert count >= 40


def test_text_articles_are_short_news_stories() -> None:
    articles = _text_articles()
    assert len(articles) >= 30
    for path in articles:
        text = path.read_text(encoding="utf-8")
        n_words = len(_words(text))
        assert 120 <= n_words <= 450, f"{path.name}: {n_words} words"
        assert len(_paragraphs(text)) >= 5, path.name


@pytest.mark.parametrize("path", _text_articles() + _syndicated(), ids=lambda p: p.name)
def test_text_article_starts_with_dateline_in_range(path: Path) -> None:
    found = _dateline_date(path.read_text(encoding="utf-8"))
    assert found is not None, f"{path.name}: no dateline in the first two paragraphs"
    assert FIRST_DAY <= found <= LAST_DAY


def test_dateline_regex_accepts_the_usual_forms() -> None:
    assert DATELINE.match("NAIROBI, Kenya, March 4, 2025 (Eventwire) — Kenyan President")
    assert DATELINE.match("BRUSSELS, Nov. 12, 2024 (Eventwire) - The EU")
    assert DATELINE.match("BOGOTÁ, Colombia, Jan. 27, 2025 — Colombia")
    assert not DATELINE.match("Kenyan President William Ruto said on March 4, 2025")


def test_html_pages_parse_and_hold_an_article() -> None:
    pages = _html_articles()
    assert len(pages) == 5
    for path in pages:
        tree = lxml.html.fromstring(path.read_bytes())
        articles = tree.findall(".//article")
        assert len(articles) == 1, path.name
        assert articles[0].find(".//h1") is not None, path.name
        assert len(articles[0].findall(".//p")) >= 5, path.name
        for xpath in ("//nav", "//aside", "//footer", "//head/title"):
            assert tree.xpath(xpath), f"{path.name}: missing {xpath}"
        published = tree.xpath("//meta[@property='article:published_time']/@content")
        assert published, path.name
        assert FIRST_DAY <= date.fromisoformat(str(published[0])[:10]) <= LAST_DAY
        assert tree.xpath("//meta[@name='author']/@content"), path.name
        assert tree.xpath("//meta[@property='og:site_name']/@content"), path.name
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        assert canonical, path.name
        assert re.match(r"https://[\w.-]+\.example\.(org|com|net)/", str(canonical[0]))


def test_wires_jsonl_records_have_fields() -> None:
    records = _wire_records()
    assert len(records) == 4
    for record in records:
        assert {"text", "url", "published", "source"} <= record.keys()
        text = record["text"]
        assert isinstance(text, str)
        assert 120 <= len(_words(text)) <= 400
        assert str(record["url"]).startswith("https://")
        assert FIRST_DAY <= date.fromisoformat(str(record["published"])) <= LAST_DAY
        assert str(record["source"]).strip()


def test_bad_inputs_exist() -> None:
    assert (BAD_INPUTS / "bad-empty.txt").stat().st_size == 0

    blob = (BAD_INPUTS / "bad-binary.bin").read_bytes()
    assert len(blob) >= 1024
    assert blob.startswith((b"\x89PNG", b"\x1f\x8b"))
    assert b"\x00" in blob
    with pytest.raises(UnicodeDecodeError):
        blob.decode("utf-8")

    foreign = (BAD_INPUTS / "bad-non-english.txt").read_text(encoding="utf-8")
    words = _words(foreign)
    assert len(words) >= 100
    english = sum(w in {"the", "and", "of", "said", "with"} for w in words)
    assert english / len(words) < 0.01


def test_syndicated_copies_share_their_originals_body() -> None:
    copies = _syndicated()
    assert len(copies) == 3
    for copy in copies:
        original = CORPUS / copy.name.replace("-syndicated", "")
        assert original.exists(), copy.name
        copy_text = copy.read_text(encoding="utf-8")
        original_text = original.read_text(encoding="utf-8")
        assert copy_text != original_text
        # a syndicated copy carries a different tail
        assert _paragraphs(copy_text)[-1] != _paragraphs(original_text)[-1]
        a, b = _five_grams(original_text), _five_grams(copy_text)
        shared = len(a & b)
        assert shared / len(a) >= 0.8, copy.name
        assert shared / len(b) >= 0.8, copy.name


def test_manifest_lists_every_article_file() -> None:
    manifest = (CORPUS / "MANIFEST.md").read_text(encoding="utf-8")
    names = [p.name for p in _text_articles() + _syndicated() + _html_articles()]
    names.append("wires.jsonl")
    missing = [name for name in names if name not in manifest]
    assert not missing
    assert "licen" in manifest.lower()
