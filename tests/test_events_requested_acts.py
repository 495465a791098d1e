"""An act only asked for is carried by the request that asks for it: the request is coded,
the act is not coded apart, however the sentence is built. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import code_text
from eventwire.records import CodedArticle


@pytest.mark.parametrize(
    "text",
    [
        # a request inside a request
        "Ghana said it had asked ECOWAS to persuade Mali's junta to free the detained officers.",
        # a request reported through a spokesman
        "A government spokesman said Lima had urged the United States to ask Bolivia to "
        "lift the blockade.",
        # an invitation after a call
        "Chile's president telephoned Peru's prime minister and invited him to hold talks "
        "in Santiago next month.",
    ],
)
def test_no_act_is_coded_as_only_requested(text: str) -> None:
    coded = code_text(text, published="2025-03-05")
    assert isinstance(coded, CodedArticle)
    assert not [e for e in coded.events if e.status == "requested"], coded.events
