"""The country an article is about, which the names that give no nationality of their
own take ("the government", "Foreign Minister X", "the Constitutional Court")."""

from __future__ import annotations

from collections.abc import Mapping

# A dateline says where the reporter files, often a regional hub or the venue of a
# meeting ("VIENNA" for talks on Iran, "NAIROBI" for Somalia, "BRUSSELS" for a Hungarian
# veto). The story is about another country when the text outside the dateline names
# the dateline's country at most this often ...
HUB_MAX_MENTIONS = 1
# ... and names another (the country, its nationality, towns and national bodies) at
# least this often. A home story about a neighbour ("TBILISI — ... Russia ... Moscow
# ... Russian") names its own country more than once, and stays home.
STORY_MIN_MENTIONS = 3


def story_home(dateline_country: str, mentions: Mapping[str, int]) -> str:
    """The dateline's country, unless ``mentions`` (times the text outside the dateline
    names each country) name it at most once and another country at least three times:
    then that one, the most named (the first named of a tie)."""
    if not mentions or mentions.get(dateline_country, 0) > HUB_MAX_MENTIONS:
        return dateline_country
    top = max(mentions, key=lambda country: mentions[country])
    return top if mentions[top] >= STORY_MIN_MENTIONS else dateline_country
