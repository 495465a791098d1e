"""extract(): each bad input's reason, HTML main text and metadata, dates, language, offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from datasketch import MinHash

from eventwire.extract import extract
from eventwire.extract.signature import NUM_PERM, SEED, minhash_signature, shingles
from eventwire.records import Article, RawDocument, Rejection

DATA = Path(__file__).parent / "data" / "ingest"
STORY = (
    "WASHINGTON (AP) - The two governments signed a trade agreement on Friday after months "
    "of negotiations, officials said.\n\nThe deal lowers tariffs on steel and grain and sets "
    "up a joint commission to settle disputes, according to a statement from the ministry."
)


def _article(result: Article | Rejection) -> Article:
    assert isinstance(result, Article), result
    return result


def _reason(result: Article | Rejection) -> str:
    assert isinstance(result, Rejection), result
    return result.reason


def test_plain_text_kept_whole_with_offsets() -> None:
    article = _article(extract(RawDocument(uri="s", content=STORY)))
    assert article.text == STORY
    # Consecutive body paragraphs form one span, their break included.
    assert [(s.start, s.end) for s in article.kept] == [(0, len(STORY))]
    assert article.language == "en" and article.removed == ()
    assert article.doc_id == RawDocument(uri="s", content=STORY).doc_id
    assert len(article.signature) == 64
    assert article.dateline is not None and article.dateline.place == "WASHINGTON"


def test_signature_is_stable_and_near_duplicates_agree() -> None:
    a = _article(extract(RawDocument(uri="a", content=STORY)))
    b = _article(extract(RawDocument(uri="b", content=STORY + " More.")))
    same = sum(x == y for x, y in zip(a.signature, b.signature, strict=True))
    assert a.signature == _article(extract(RawDocument(uri="c", content=STORY))).signature
    assert same > 40


def test_bytes_are_decoded_with_controls_blanked() -> None:
    raw = ("Le ministre a déclaré\x07 que " + STORY).encode("utf-8")
    article = _article(extract(RawDocument(uri="b", content=raw)))
    assert "déclaré  que" in article.text  # the BEL became a space; lengths are unchanged


def test_latin1_bytes_decode() -> None:
    raw = "Der Außenminister sagte, die Gespräche über die Grenze würden fortgesetzt. " * 3
    article = _article(
        extract(RawDocument(uri="l", content=raw.encode("latin-1")), languages=("de",))
    )
    assert "Außenminister" in article.text and article.language == "de"


def test_bad_inputs_have_their_reasons() -> None:
    assert _reason(extract(RawDocument(uri="e", content="  \n\t "))) == "empty"
    assert _reason(extract(RawDocument(uri="e", content=b""))) == "empty"
    assert _reason(extract(RawDocument(uri="b", content=b"\x00\x01\x02binary" * 50))) == "binary"
    assert _reason(extract(RawDocument(uri="b", content="\x01\x02\x03\x04" * 50))) == "binary"
    assert _reason(extract(RawDocument(uri="u", content=b"\xff\xfe\x00\xd8"))) in {
        "undecodable",
        "binary",
    }
    big = RawDocument(uri="big", content=b"word " * 1000)
    assert _reason(extract(big, max_bytes=1000)) == "too-large"
    assert _reason(extract(RawDocument(uri="n", content="Home\nMenu\nLogin"))) == "no-body"


def test_fifty_megabytes_is_rejected_quickly() -> None:
    content = b"a" * 50_000_000
    rejection = extract(RawDocument(uri="huge", content=content))
    assert isinstance(rejection, Rejection) and rejection.reason == "too-large"
    assert "50,000,000" in rejection.detail


def test_language_rejection_and_acceptance() -> None:
    french = (
        "Le gouvernement a annoncé mardi la reprise des négociations avec les syndicats sur la "
        "réforme des retraites, après plusieurs semaines de grèves dans tout le pays."
    )
    assert _reason(extract(RawDocument(uri="f", content=french))) == "language:fr"
    article = _article(extract(RawDocument(uri="f", content=french), languages=("en", "fr")))
    assert article.language == "fr"
    assert _article(extract(RawDocument(uri="f", content=french), languages=("*",)))


def test_short_text_is_judged_carefully() -> None:
    article = _article(extract(RawDocument(uri="s", content="Talks resume in Doha on Monday.")))
    assert article.language == "en"


def test_dates_argument_record_dateline() -> None:
    text = "LONDON, Nov. 12 - " + STORY[len("WASHINGTON (AP) - ") :]
    given = dt.date(2021, 1, 2)
    a = _article(
        extract(RawDocument(uri="d", content=text, published="2020-11-13"), published=given)
    )
    assert (a.published, a.published_how) == (given, "argument")
    b = _article(extract(RawDocument(uri="d", content=text, published="2020-11-13T08:00:00Z")))
    assert (b.published, b.published_how) == (dt.date(2020, 11, 13), "record")
    dated = "NAIROBI, Kenya, March 4, 2025 (Eventwire) — " + STORY[len("WASHINGTON (AP) - ") :]
    c = _article(extract(RawDocument(uri="d", content=dated)))
    assert (c.published, c.published_how) == (dt.date(2025, 3, 4), "dateline")
    assert c.dateline is not None and c.dateline.date_text == "March 4, 2025"
    assert c.text.startswith("NAIROBI")  # the dateline stays in the body


def test_html_page_main_text_and_metadata() -> None:
    raw = RawDocument(uri="p", content=(DATA / "page.html").read_bytes(), content_type="text/html")
    article = _article(extract(raw))
    assert "reopen talks on their disputed border" in article.text
    assert "tracking" not in article.text and "Home" not in article.text
    assert "All rights reserved" not in article.text
    assert "Share this article" not in article.text
    assert article.title == "Ministers agree to reopen border talks"
    assert (article.published, article.published_how) == (dt.date(2024, 5, 7), "html-meta")


def test_html_without_main_text_falls_back_to_visible_text() -> None:
    html = "<html><body><div>" + STORY.replace("\n\n", "</div><div>") + "</div></body></html>"
    article = _article(extract(RawDocument(uri="h", content=html, content_type="text/html")))
    assert "trade agreement" in article.text


def test_text_file_fixture_drops_share_line() -> None:
    raw = RawDocument(uri="t", content=(DATA / "story.txt").read_bytes())
    article = _article(extract(raw))
    assert article.text.endswith("issued after the meeting.")
    assert [b.reason for b in article.removed] == ["share-bar"]
    assert article.published == dt.date(2024, 5, 6) and article.published_how == "dateline"


def test_signature_equals_a_freshly_seeded_minhash() -> None:
    """Sketches share one draw of the permutations; the values are those of a new MinHash."""
    for text in (STORY, "", "too short", STORY.upper() + " Archive reference 000001."):
        fresh = MinHash(num_perm=NUM_PERM, seed=SEED)
        grams = shingles(text)
        if grams:
            fresh.update_batch(list(grams))
        signature = minhash_signature(text)
        assert signature == tuple(int(v) for v in fresh.hashvalues)
        assert all(type(v) is int for v in signature)
