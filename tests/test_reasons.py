"""Every rejection reason has a sentence; reject() builds rejections from codes."""

from __future__ import annotations

import pytest

from eventwire.reasons import REASONS, explain, reject


def test_all_reasons_listed() -> None:
    expected = {"empty", "binary", "undecodable", "too-large", "language", "no-body"}
    assert expected | {"bad-record", "unreadable", "unsupported"} <= set(REASONS)
    assert all(sentence.endswith(".") for sentence in REASONS.values())


def test_reject_and_language_codes() -> None:
    rejection = reject("file.txt", "language:de", "p=0.99", doc_id="abc")
    assert rejection.reason == "language:de" and rejection.doc_id == "abc"
    assert "'de'" in rejection.detail and rejection.detail.endswith("p=0.99")
    assert explain("empty") == REASONS["empty"]
    with pytest.raises(KeyError):
        reject("x", "no-such-reason")
