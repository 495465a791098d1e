"""Datelines at the start of a story: "NAIROBI, Kenya, March 4, 2025 (Wire) — ".

A dateline opens the story's first paragraph, which may sit below a headline (and a
standfirst) in plain text. Its place and date text are kept as metadata; its date becomes
the article's publication date when nothing better is known, with the year taken from the
dateline itself or, when it names none, from what the record says about when it was
published or fetched.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from eventwire.extract.prose import is_prose, lines_with_offsets
from eventwire.records import Dateline, Span
from eventwire.resources import data_path, read_yaml

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]+"
_TITLE_WORD = rf"(?:[dl]['’])?[{_UPPER}][\w'’.\-]+"
# Lower-case words that join the parts of a place name ("Republic of Congo", "Côte d'Ivoire").
_JOINER = r"(?:of|the|and|de|del|da|do|du|la|le|el|al)"
_TITLE_PHRASE = rf"{_TITLE_WORD}(?:[ ](?:{_JOINER}[ ])?{_TITLE_WORD}){{0,3}}"
_PLACE = (
    rf"(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}"
    rf"(?:,[ ]{_TITLE_PHRASE})?)"
)
# "March 4", "March 4, 2025" or, day first, "4 March 2025".
_DATE = (
    rf"(?P<date>{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?"
    rf"|\d{{1,2}}[ ]{_MONTH}(?:,?[ ]\d{{4}})?)"
)
_AGENCY = r"(?:\((?P<agency>[^()\n]{1,40})\))"
_SEP = r"(?:[ ]?[-—–]{1,2}[ ]?|:[ ])"
DATELINE_RE = re.compile(rf"{_PLACE}(?:,[ ]{_DATE})?[ ]?{_AGENCY}?{_SEP}")
# A title-case place is accepted only when a news agency in brackets follows it.
_TITLE_PLACE_RE = re.compile(
    rf"(?P<place>{_TITLE_PHRASE}(?:,[ ]{_TITLE_PHRASE})?)"
    rf"(?:,[ ]{_DATE})?[ ]?{_AGENCY}{_SEP}"
)

# An outlet's credit alone, with no place: "(CNN) President ...", "(AP) — Police ...".
_CREDIT_RE = re.compile(
    rf"\((?P<agency>[{_UPPER}][\w&.\- ]{{0,29}})\)[ ]?(?:[-—–]{{1,2}}[ ]?)?"
    rf"(?=[{_UPPER}\"“])"
)


@cache
def _not_places() -> frozenset[str]:
    """Capitalised labels that look like a dateline's place (``data/cues/dateline.yaml``)."""
    data = read_yaml(data_path("cues", "dateline.yaml"))
    words = data.get("not_places") if isinstance(data, dict) else None
    return frozenset(str(w).casefold() for w in words or [])


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of ``text``, or ``None``; the span covers it entirely."""
    head = text[:200]
    match = DATELINE_RE.match(head)
    if match is not None and not (match.group("date") or match.group("agency")):
        # Capitals and a dash alone: accept only a real place-like word, not "BREAKING -".
        place = match.group("place")
        if len(place.replace(" ", "")) < 3 or place.casefold() in _not_places():
            match = None
    if match is None:
        match = _TITLE_PLACE_RE.match(head)
    if match is None:
        credit = _CREDIT_RE.match(head)  # an outlet's credit alone: no place, no date
        if credit is None:
            return None
        return Dateline(place=None, date_text=None, span=Span(0, credit.end()))
    place = match.group("place").strip(" ,")
    date_text = match.group("date")
    return Dateline(place=place or None, date_text=date_text, span=Span(0, match.end()))


HEAD_LINES = 3
HEADLINE_MAX_CHARS = 200
_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# A year in a URL path counts only when a month follows it: /2024/11/ or -2024-11-.
_URL_YEAR_RE = re.compile(r"[/_-](19[5-9]\d|20\d\d)[/_-](?:0?[1-9]|1[0-2])(?!\d)")


def locate_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the first lines of ``text``, span shifted to match.

    Up to :data:`HEAD_LINES` non-empty lines are tried; a line without a dateline that reads
    as prose (or is too long for a headline) is the story itself, and the search stops there.
    """
    tried = 0
    for start, line in lines_with_offsets(text):
        stripped = line.strip()
        if not stripped:
            continue
        offset = start + len(line) - len(line.lstrip())
        found = find_dateline(text[offset:])
        if found is not None:
            span = Span(offset + found.span.start, offset + found.span.end)
            return Dateline(place=found.place, date_text=found.date_text, span=span)
        tried += 1
        if tried >= HEAD_LINES or len(stripped) > HEADLINE_MAX_CHARS or is_prose(stripped):
            return None
    return None


def year_hint(published: str | None, url: str | None) -> int | None:
    """The year a record gives without a full date: in a partial date ("March 2025") or in
    its URL's path ("/2025/03/")."""
    for pattern, value in ((_YEAR_RE, published), (_URL_YEAR_RE, url)):
        match = pattern.search(value or "")
        if match is not None:
            return int(match.group(1))
    return None


def dateline_date(
    date_text: str, reference: dt.date | None, year: int | None = None
) -> dt.date | None:
    """The date a dateline's date text names ("Nov. 12", "March 4, 2025", "4 March 2025").

    Without a year, the year of ``reference`` is used (the previous year when that would put
    the date more than a month after the reference); failing that, ``year`` (a year known
    without a day, as from a URL); with neither, ``None``: the month and day alone make no
    publication date and stay only in the dateline's text.
    """
    text = date_text.strip()
    match = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?", text)
    if match is None:
        day_first = re.match(r"(\d{1,2})\s+([A-Za-z]+)\.?(?:,?\s+(\d{4}))?", text)
        if day_first is None:
            return None
        return _month_day(
            day_first.group(2), day_first.group(1), day_first.group(3), reference, year
        )
    return _month_day(match.group(1), match.group(2), match.group(3), reference, year)


def _month_day(
    month_text: str,
    day_text: str,
    year_text: str | None,
    reference: dt.date | None,
    year: int | None,
) -> dt.date | None:
    abbr = month_text[:3].title()
    months = {name: i for i, name in enumerate(calendar.month_abbr) if name}
    month = months.get(abbr)
    if month is None:
        return None
    day = int(day_text)
    if year_text is not None:
        return _date(int(year_text), month, day)
    if reference is not None:
        found = _date(reference.year, month, day)
        if found is not None and found - reference > dt.timedelta(days=31):
            found = _date(reference.year - 1, month, day)
        return found
    return _date(year, month, day) if year is not None else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
