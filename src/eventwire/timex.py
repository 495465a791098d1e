"""Dates in the text, resolved against the publication date.

:func:`resolve` turns one expression into a :class:`~eventwire.records.When`;
:func:`find_dates` finds the expressions of a parsed article (its DATE and TIME entities,
plus weekdays and "yesterday"-like words the NER missed) and resolves each.

The rules, each named in ``When.how``:

``relative``   today, tonight, yesterday, tomorrow; last/this/next week, month or year
               (week precision dates the Monday, month the 1st, year 1 January); "N days ago"
``weekday``    "Tuesday", "on Wednesday night", "last Friday": the latest such day before the
               publication date (the publication date itself when it is that weekday), or the
               next one for an expression about the future (``future=True``)
``month``      "in April", "last March": that month of the publication year (the next year
               when ``future`` and the month has passed, the previous year after "last"
               and, unless ``future``, when the month is still to come)
``absolute``   "3 March 2021", "March 3", "Nov. 12", "2020-10-21", "April 2021", "in 2019"
``dateparser`` anything else dateparser reads, configured for English, offline, relative to
               the publication date

Durations ("10-hour", "13-year", "a minute") and vague spans ("the coming years") are not
dates: they resolve to ``None``, and so does an expression whose date would fall outside
the calendar (before 1 January of year 1 or after 31 December 9999, as "next week" of a
story dated 31 December 9999).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from eventwire.records import Precision, Span, When

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATE_LABELS = frozenset({"DATE", "TIME"})

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_WEEKDAYS.update({calendar.day_abbr[i].lower(): i for i in range(7)})

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|noon|midday|midnight))?"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?"

# Words before a date that say where in it, not which: "late Monday", "early on Sunday",
# "overnight Friday", "earlier in March", "later Tuesday".
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|during|before|after|as of|the|late|early|earlier"
    r"|later|overnight)\s+)+",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")
_DAY_MONTH = re.compile(rf"^(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?$")
_MONTH_DAY = re.compile(rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$")
_MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+{_YEAR}$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
_MONTH_ONLY = re.compile(
    rf"^(?P<which>last|next|this|early|late|mid|earlier|later)?[\s-]*{_MONTH}$"
)
_WEEKDAY_ONLY = re.compile(rf"^(?P<which>last|next|this|past|coming)?\s*{_WEEKDAY}{_PART}$")
_DEICTIC = re.compile(
    r"^(?P<word>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
_PERIOD = re.compile(
    r"^(?P<which>last|this|next|past|coming|earlier this|later this|early this|late this)"
    r"\s+(?P<unit>week|month|year)(?:'s)?$"
)
_AGO = re.compile(
    r"^(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+ago$"
)
_DURATION = re.compile(
    rf"^(?:(?:a|an|one|a few|several|many|\d+|\d+\.\d+|[a-z]+)[\s-]+)?(?:more\s+)?{_UNIT}"
    r"(?:[\s-]+(?:long|old))?$"
)
_VAGUE = re.compile(
    rf"^(?:the\s+)?(?:coming|recent|past|last|next|previous|following|few|several|many)\s+"
    rf"(?:few\s+|several\s+|many\s+|\w+\s+)?{_UNIT}$"
    rf"|^(?:{_UNIT}|recently|now|currently|later|soon|once|annual|annually|daily|weekly)$"
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMBERS.update({"six": 6, "seven": 7})
_CUE = re.compile(rf"\b\d{{4}}\b|\d/\d|\b{_MONTH}|\b{_WEEKDAY}|\bago\b", re.IGNORECASE)
_MISSED = re.compile(
    rf"\b(?:(?:last|next|this)\s+)?{_WEEKDAY}{_PART}\b|\b(?:yesterday|today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"\s+(?:and|or)\s+|,\s+(?=[A-Z])")


def _clean(expression: str) -> str:
    text = " ".join(expression.replace("’", "'").split())
    # A dateline's date often comes with what follows it: "March 14, 2025 (Agency) - ".
    text = _TRAILER.split(text, maxsplit=1)[0].strip(" []().,;:\"'“”")
    return _LEAD.sub("", text).lower().strip()


_TRAILER = re.compile(r"\s*(?:\(|\s[-–—]\s)")


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday(match: re.Match[str], published: dt.date, future: bool) -> When:
    target = _WEEKDAYS[match["weekday"]]
    which = match["which"]
    ahead = future or which in ("next", "coming")
    if which in ("last", "past"):
        ahead = False
    if ahead:
        delta = (target - published.weekday()) % 7
        if which == "next" and delta == 0:
            delta = 7
        return When(published + dt.timedelta(days=delta), "day", None, "weekday")
    delta = (published.weekday() - target) % 7
    if which in ("last", "past") and delta == 0:
        delta = 7
    return When(published - dt.timedelta(days=delta), "day", None, "weekday")


def _period(match: re.Match[str], published: dt.date) -> When:
    which, unit = match["which"], match["unit"]
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "week":
        return When(_monday(published) + dt.timedelta(weeks=step), "week", None, "relative")
    if unit == "month":
        return When(_shift_month(published.replace(day=1), step), "month", None, "relative")
    return When(dt.date(published.year + step, 1, 1), "year", None, "relative")


def _deictic(word: str, published: dt.date) -> When:
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return When(published + dt.timedelta(days=offset), "day", None, "relative")


def _day_date(match: re.Match[str], published: dt.date | None, future: bool) -> When | None:
    month, day = _MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        year = int(match["year"])
    elif published is None:
        return None
    else:
        year = published.year
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not match["year"] and published is not None:
        if future and date < published:
            date = _replace_year(date, year + 1)
        elif not future and (date - published).days > 183:
            date = _replace_year(date, year - 1)
    return When(date, "day", None, "absolute")


def _replace_year(date: dt.date, year: int) -> dt.date:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date.replace(year=year, day=28)


def _month(match: re.Match[str], published: dt.date, future: bool) -> When:
    month, which = _MONTHS[match["month"]], match["which"]
    year = published.year
    if which == "last" and month >= published.month:
        year -= 1
    elif which in (None, "early", "mid", "late", "earlier") and not future:
        if month > published.month:
            # Said of the past, a month later in the year than the publication is last year's.
            year -= 1
    elif (which == "next" and month <= published.month) or (
        which not in ("last", "next") and future and month < published.month
    ):
        year += 1
    return When(dt.date(year, month, 1), "month", None, "month")


def _absolute(text: str, published: dt.date | None, future: bool) -> When | None:
    iso = _ISO.match(text)
    if iso:
        try:
            return When(dt.date(*map(int, iso.groups())), "day", None, "absolute")
        except ValueError:
            return None
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.match(text)
        if match:
            return _day_date(match, published, future)
    month_year = _MONTH_YEAR.match(text)
    if month_year:
        date = dt.date(int(month_year["year"]), _MONTHS[month_year["month"]], 1)
        return When(date, "month", None, "absolute")
    year = _YEAR_ONLY.match(text)
    if year:
        return When(dt.date(int(year["year"]), 1, 1), "year", None, "absolute")
    return None


def resolve(expression: str, published: dt.date, *, future: bool = False) -> When | None:
    """Resolve one date expression against the publication date (``span`` is left None).

    Never raises for a date at the calendar's edges: a result that would fall outside
    ``datetime.date``'s range does not resolve."""
    try:
        return _resolve(expression, published, future)
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
        return None


def _resolve(expression: str, published: dt.date, future: bool) -> When | None:
    text = _clean(expression)
    if not text:
        return None
    absolute = _absolute(text, published, future)
    if absolute is not None:
        return absolute
    if match := _DEICTIC.match(text):
        return _deictic(match["word"].split()[0], published)
    if match := _WEEKDAY_ONLY.match(text):
        return _weekday(match, published, future)
    if match := _PERIOD.match(text):
        return _period(match, published)
    if match := _AGO.match(text):
        n = _NUMBERS.get(match["n"]) or int(match["n"])
        days = n * (7 if match["unit"] == "week" else 1)
        if match["unit"] == "week":
            return When(_monday(published - dt.timedelta(days=days)), "week", None, "relative")
        return When(published - dt.timedelta(days=days), "day", None, "relative")
    if match := _MONTH_ONLY.match(text):
        return _month(match, published, future)
    if _VAGUE.match(text) or _DURATION.match(text):
        return None
    if _CUE.search(text):
        return _dateparser(text, published, future)
    return None


@functools.lru_cache(maxsize=64)
def _parser(published: dt.date, future: bool) -> Any:
    """A dateparser parser for one publication date; building one takes tens of ms, so an
    article's expressions share it."""
    from dateparser.date import DateDataParser  # imported late: it is slow to import

    settings: dict[str, Any] = {
        "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day, 12),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def warm() -> None:
    """Import dateparser and load its English data now (about 0.4 s of CPU) rather than
    on the first article that needs it."""
    _parser(dt.date(2000, 1, 1), False).get_date_data("the first of March")


def _dateparser(text: str, published: dt.date, future: bool) -> When | None:
    """The fallback: dateparser, English only, relative to the publication date, offline."""
    data = _parser(published, future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period: Precision = "day"
    for known in ("week", "month", "year"):
        if data.period == known:
            period = known
    date = data.date_obj.date()
    if period == "week":
        date = _monday(date)
    elif period == "month":
        date = date.replace(day=1)
    elif period == "year":
        date = date.replace(month=1, day=1)
    return When(date, period, None, "dateparser")


def _pieces(text: str, start: int) -> Iterator[tuple[str, int]]:
    """Split "Nov. 12 and March 3" into its dates, with their offsets."""
    cursor = 0
    for match in _CONJUNCTION.finditer(text):
        yield text[cursor : match.start()], start + cursor
        cursor = match.end()
    yield text[cursor:], start + cursor


def _trimmed_span(piece: str, offset: int) -> Span:
    lead = len(piece) - len(piece.lstrip(" [(\"'“"))
    core = piece.strip(" [](),;:\"'“”")
    return Span(offset + lead, offset + lead + len(core))


def find_dates(doc: Doc, published: dt.date | None, *, text: str | None = None) -> list[When]:
    """Every date expression of the parse that resolves, each with its span in ``doc.text``.

    Without a publication date only absolute dates with a year resolve. ``text``, when
    given, must be ``doc.text``, such as the string the caller parsed: spaCy joins
    ``doc.text`` from every token anew on each access.
    """
    found: list[When] = []
    covered: list[tuple[int, int]] = []
    candidates: list[tuple[str, int]] = []
    for ent in doc.ents:
        if ent.label_ in DATE_LABELS:
            covered.append((ent.start_char, ent.end_char))
            candidates.extend(_pieces(ent.text, ent.start_char))
    for match in _MISSED.finditer(doc.text if text is None else text):
        if not any(s < match.end() and match.start() < e for s, e in covered):
            candidates.append((match.group(), match.start()))
    for piece, offset in sorted(candidates, key=lambda item: item[1]):
        if published is None:
            when = _absolute(_clean(piece), None, False)
        else:
            when = resolve(piece, published)
        if when is not None:
            found.append(When(when.date, when.precision, _trimmed_span(piece, offset), when.how))
    return found
