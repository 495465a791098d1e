"""The shared input options: parsed once, turned into read_paths / extract arguments."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from eventwire.cli._options import add_input_options, extract_options, read_options, size_arg
from eventwire.ingest import FetchOptions, read_paths
from eventwire.reasons import explain, reject
from eventwire.records import RawDocument


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_input_options(parser)
    return parser.parse_args(list(argv))


def test_defaults_read_without_fetching() -> None:
    options = read_options(_parse())
    assert options["fetch"] is False and options["max_bytes"] == 20_000_000
    assert extract_options(_parse()) == {"languages": ("en",), "max_bytes": 20_000_000}


def test_fields_sizes_and_fetch_settings(tmp_path: Path) -> None:
    args = _parse(
        "--text-field", "body", "--date-field", "when", "--max-bytes", "5M", "--fetch",
        "--fetch-delay", "0.5", "--fetch-per-host", "3", "--published", "2024-05-01",
        "--languages", "en,fr",
    )  # fmt: skip
    options = read_options(args)
    fetch = options["fetch"]
    assert isinstance(fetch, FetchOptions)
    assert (fetch.delay, fetch.per_host, fetch.max_bytes) == (0.5, 3, 5_000_000)
    assert options["published"] == "2024-05-01" and args.published == dt.date(2024, 5, 1)
    assert extract_options(args)["languages"] == ("en", "fr")
    path = tmp_path / "rows.jsonl"
    path.write_text('{"body": "Talks resumed.", "when": "2024-02-03"}\n')
    options["fetch"] = False
    (doc,) = list(read_paths([path], **options))
    assert isinstance(doc, RawDocument) and doc.published == "2024-02-03"


def test_size_arg() -> None:
    assert size_arg("500k") == 500_000 and size_arg("20MB") == 20_000_000
    assert size_arg("123") == 123
    with pytest.raises(argparse.ArgumentTypeError):
        size_arg("lots")


def test_fetch_reasons_read_well() -> None:
    assert explain("http:404") == "The server answered HTTP 404 instead of the page."
    assert "robots.txt" in reject("u", "robots").detail
    for code in ("needs-fetch", "fetch-failed", "redirects", "not-html", "not-modified"):
        assert reject("u", code).detail.endswith(".")


def test_field_defaults_are_read_paths_defaults() -> None:
    import inspect

    from eventwire.cli._options import FIELD_OPTIONS

    signature = inspect.signature(read_paths).parameters
    options: dict[str, object] = dict(read_options(_parse()))
    for name, default, _ in FIELD_OPTIONS:
        assert options[f"{name}_field"] == default == signature[f"{name}_field"].default
