"""Gold records read from the ``*.jsonl`` files described in ``gold/FORMAT.md``.

Every key but ``id`` and ``text`` is optional. A task a record leaves out is ``None``
(not scored for that record); a task given as an empty list is annotated and empty, so
every prediction for it is a false positive. Inside a party, actor, place or quote, the
keys that were present are kept in ``given``: a field left out is not required when
matching, while a field given as ``null`` must be absent from the prediction too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from eventwire.records import PLOVER_TYPES, STATUSES

_T = TypeVar("_T")

SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "POL", "OPP", "REB", "IGO", "NGO", "BUS", "MED", "CVL"}
)


class GoldFormatError(ValueError):
    """A gold file line that does not follow ``gold/FORMAT.md``; the message names file:line."""


@dataclass(frozen=True, slots=True)
class GoldParty:
    """The source or target of a gold event; ``given`` holds the keys the annotator wrote."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    given: frozenset[str] = frozenset()

    def requires(self, key: str) -> bool:
        return key in self.given


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event. ``source``/``target`` ``None`` means the event has none."""

    type: str
    source: GoldParty | None
    target: GoldParty | None
    alt_types: tuple[str, ...] = ()
    status: str | None = None
    date: dt.date | None = None
    mode: str | None = None
    place_country: str | None = None
    evidence: str | None = None
    optional: bool = False
    fatalities: int | None = None
    count: int | None = None

    def accepts_type(self, predicted: str) -> bool:
        return predicted == self.type or predicted in self.alt_types


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An annotated actor: the fullest name the article gives, without honorifics."""

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    given: frozenset[str] = frozenset()

    def requires(self, key: str) -> bool:
        return key in self.given


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """An annotated place surface form and its country."""

    name: str
    country: str | None = None
    given: frozenset[str] = frozenset()

    def requires(self, key: str) -> bool:
        return key in self.given


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """An annotated direct quote: its speaker (None when not annotated) and first words."""

    starts: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold story; a task field is ``None`` when the record does not annotate it."""

    id: str
    text: str
    published: dt.date | None = None
    body_spans: tuple[tuple[int, int], ...] | None = None
    events: tuple[GoldEvent, ...] | None = None
    actors: tuple[GoldActor, ...] | None = None
    places: tuple[GoldPlace, ...] | None = None
    quotes: tuple[GoldQuote, ...] | None = None


def load_gold(paths: Sequence[Path]) -> list[GoldRecord]:
    """Read every record of the given ``*.jsonl`` gold files, in file and line order."""
    records: list[GoldRecord] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(f"{where}: not valid JSON ({exc.msg})") from exc
                records.append(parse_record(obj, where=where))
    return records


def parse_record(obj: object, *, where: str = "<record>") -> GoldRecord:
    """Build a :class:`GoldRecord` from one decoded JSON object, checking its fields."""
    rec = _mapping(obj, where, "record")
    rid, text = rec.get("id"), rec.get("text")
    if not isinstance(rid, str) or not isinstance(text, str):
        raise GoldFormatError(f"{where}: a record needs string 'id' and 'text'")
    return GoldRecord(
        id=rid,
        text=text,
        published=_date(rec.get("published"), where, "published"),
        body_spans=_body_spans(rec, len(text), where),
        events=_items(rec, "events", where, _event),
        actors=_items(rec, "actors", where, _actor),
        places=_items(rec, "places", where, _place),
        quotes=_items(rec, "quotes", where, _quote),
    )


def _items(
    rec: Mapping[str, object],
    key: str,
    where: str,
    build: Callable[[object, str], _T],
) -> tuple[_T, ...] | None:
    if key not in rec or rec[key] is None:
        return None
    raw = rec[key]
    if not isinstance(raw, list):
        raise GoldFormatError(f"{where}: '{key}' must be a list")
    return tuple(build(item, f"{where}: {key}[{i}]") for i, item in enumerate(raw))


def _mapping(obj: object, where: str, what: str) -> dict[str, object]:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: {what} must be a JSON object")
    return {str(k): v for k, v in obj.items()}


def _str(value: object, where: str, key: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise GoldFormatError(f"{where}: '{key}' must be a string or null")


def _date(value: object, where: str, key: str) -> dt.date | None:
    text = _str(value, where, key)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise GoldFormatError(f"{where}: '{key}' is not an ISO date: {text!r}") from exc


def _body_spans(
    rec: Mapping[str, object], length: int, where: str
) -> tuple[tuple[int, int], ...] | None:
    if rec.get("body_spans") is not None:
        raw = rec["body_spans"]
        if not isinstance(raw, list):
            raise GoldFormatError(f"{where}: 'body_spans' must be a list of [start, end]")
        spans = []
        for item in raw:
            ok = isinstance(item, list) and len(item) == 2
            if not ok or not all(isinstance(x, int) for x in item):
                raise GoldFormatError(f"{where}: 'body_spans' item {item!r} is not [start, end]")
            spans.append((int(item[0]), int(item[1])))
    elif rec.get("body_end") is not None:
        end = rec["body_end"]
        if not isinstance(end, int):
            raise GoldFormatError(f"{where}: 'body_end' must be an integer")
        spans = [(0, end)]
    else:
        return None
    for start, end in spans:
        if not 0 <= start <= end <= length:
            raise GoldFormatError(f"{where}: body span [{start}, {end}] is outside the text")
    return tuple(spans)


def _party(value: object, where: str) -> GoldParty | None:
    if value is None:
        return None
    obj = _mapping(value, where, "party")
    sector = _str(obj.get("sector"), where, "sector")
    if sector is not None and sector not in SECTORS:
        raise GoldFormatError(f"{where}: unknown sector {sector!r}")
    return GoldParty(
        name=_str(obj.get("name"), where, "name"),
        country=_str(obj.get("country"), where, "country"),
        sector=sector,
        given=frozenset(k for k in ("name", "country", "sector") if k in obj),
    )


def _event(item: object, where: str) -> GoldEvent:
    obj = _mapping(item, where, "event")
    etype = obj.get("type")
    alts = obj.get("alt_types") or []
    if etype not in PLOVER_TYPES or not isinstance(etype, str):
        raise GoldFormatError(f"{where}: unknown event type {etype!r}")
    if not isinstance(alts, list) or any(a not in PLOVER_TYPES for a in alts):
        raise GoldFormatError(f"{where}: 'alt_types' must list PLOVER types")
    status = _str(obj.get("status"), where, "status")
    if status is not None and status not in STATUSES:
        raise GoldFormatError(f"{where}: unknown status {status!r}")
    return GoldEvent(
        type=etype,
        alt_types=tuple(str(a) for a in alts),
        source=_party(obj.get("source"), f"{where}.source"),
        target=_party(obj.get("target"), f"{where}.target"),
        status=status,
        date=_date(obj.get("date"), where, "date"),
        mode=_str(obj.get("mode"), where, "mode"),
        place_country=_str(obj.get("place_country"), where, "place_country"),
        evidence=_str(obj.get("evidence"), where, "evidence"),
        optional=obj.get("optional") is True,
        fatalities=_count(obj.get("fatalities"), where, "fatalities"),
        count=_count(obj.get("count"), where, "count"),
    )


def _count(value: object, where: str, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise GoldFormatError(f"{where}: '{key}' must be a whole number of people or null")
    return value


def _actor(item: object, where: str) -> GoldActor:
    obj = _mapping(item, where, "actor")
    name = _str(obj.get("name"), where, "name")
    if not name:
        raise GoldFormatError(f"{where}: an actor needs a name")
    sector = _str(obj.get("sector"), where, "sector")
    if sector is not None and sector not in SECTORS:
        raise GoldFormatError(f"{where}: unknown sector {sector!r}")
    return GoldActor(
        name=name,
        country=_str(obj.get("country"), where, "country"),
        sector=sector,
        role=_str(obj.get("role"), where, "role"),
        given=frozenset(k for k in ("country", "sector") if k in obj),
    )


def _place(item: object, where: str) -> GoldPlace:
    obj = _mapping(item, where, "place")
    name = _str(obj.get("name"), where, "name")
    if not name:
        raise GoldFormatError(f"{where}: a place needs a name")
    return GoldPlace(
        name=name,
        country=_str(obj.get("country"), where, "country"),
        given=frozenset(k for k in ("country",) if k in obj),
    )


def _quote(item: object, where: str) -> GoldQuote:
    obj = _mapping(item, where, "quote")
    starts = _str(obj.get("starts"), where, "starts")
    if not starts:
        raise GoldFormatError(f"{where}: a quote needs 'starts'")
    return GoldQuote(starts=starts, speaker=_str(obj.get("speaker"), where, "speaker"))
