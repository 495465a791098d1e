"""Datelines at the start of a story: "NAIROBI, Kenya, March 4, 2025 (Wire) — "."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from eventwire.records import Dateline, Span

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_WORD = r"[A-Z][A-Z'’.\-]+"
_TITLE_WORD = r"[A-Z][a-zA-Z'’.\-]+"
_PLACE = (
    rf"(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}"
    rf"(?:,[ ]{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}})?)"
)
_DATE = rf"(?P<date>{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?)"
_AGENCY = r"(?:\((?P<agency>[^()\n]{1,40})\))"
_SEP = r"(?:[ ]?[-—–]{1,2}[ ]?|:[ ])"
DATELINE_RE = re.compile(rf"{_PLACE}(?:,[ ]{_DATE})?[ ]?{_AGENCY}?{_SEP}")
# A title-case place is accepted only when a news agency in brackets follows it.
_TITLE_PHRASE = rf"{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,2}}"
_TITLE_PLACE_RE = re.compile(
    rf"(?P<place>{_TITLE_PHRASE}(?:,[ ]{_TITLE_PHRASE})?)"
    rf"(?:,[ ]{_DATE})?[ ]?{_AGENCY}{_SEP}"
)


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of ``text``, or ``None``; the span covers it entirely."""
    head = text[:200]
    match = DATELINE_RE.match(head)
    if match is not None and not (match.group("date") or match.group("agency")):
        # Capitals and a dash alone: accept only a real place-like word, not "BREAKING -".
        place = match.group("place")
        if len(place.replace(" ", "")) < 3 or place.upper() in {"BREAKING", "UPDATE", "UPDATED"}:
            match = None
    if match is None:
        match = _TITLE_PLACE_RE.match(head)
    if match is None:
        return None
    place = match.group("place").strip(" ,")
    date_text = match.group("date")
    return Dateline(place=place or None, date_text=date_text, span=Span(0, match.end()))


def dateline_date(date_text: str, reference: dt.date | None) -> dt.date | None:
    """The date a dateline's date text names ("Nov. 12", "March 4, 2025").

    Without a year, the year of ``reference`` is used (the previous year when that would put
    the date more than a month after the reference); with no reference, ``None``.
    """
    match = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?", date_text.strip())
    if match is None:
        return None
    abbr = match.group(1)[:3].title()
    months = {name: i for i, name in enumerate(calendar.month_abbr) if name}
    month = months.get(abbr)
    if month is None:
        return None
    day = int(match.group(2))
    year_text = match.group(3)
    if year_text is not None:
        year = int(year_text)
    elif reference is not None:
        year = reference.year
    else:
        return None
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    if year_text is None and reference is not None and found - reference > dt.timedelta(days=31):
        try:
            found = dt.date(year - 1, month, day)
        except ValueError:
            return None
    return found
