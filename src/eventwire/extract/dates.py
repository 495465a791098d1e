"""Read publication-date hints (ISO dates, WARC dates, feed dates) into dates."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date_hint(value: str | None) -> dt.date | None:
    """The date in a hint like ``2020-10-22``, ``2020-10-22T08:00:00Z`` or an RFC 2822 date."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_DATE_RE.match(value)
    if match is not None:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
