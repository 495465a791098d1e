"""Records to plain JSON-ready dictionaries and back.

``to_dict`` turns any record into dictionaries, lists, strings and numbers: dates
become ISO strings, tuples become lists, bytes become ``{"base64": "..."}``.
``from_dict`` reverses it for any record class, guided by the class's type hints,
so ``from_dict(type(r), to_dict(r)) == r`` for every record ``r``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from eventwire import records
from eventwire.records import CodedArticle

T = TypeVar("T")


def to_dict(obj: object) -> dict[str, Any]:
    """A record as a JSON-ready dictionary (field names as keys, in declaration order)."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"to_dict expects a record instance, got {type(obj).__name__}")
    value = _plain(obj)
    assert isinstance(value, dict)
    return value


def to_json(obj: object, *, indent: int | None = None) -> str:
    """A record as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of class ``cls`` from what :func:`to_dict` produced."""
    value = _build(cls, data)
    return typing.cast(T, value)


def coded_article_from_dict(data: Mapping[str, Any]) -> CodedArticle:
    """Rebuild a :class:`CodedArticle` from ``to_dict(coded_article)``."""
    return from_dict(CodedArticle, data)


def _plain(value: object) -> Any:
    convert = _CONVERTERS.get(type(value))
    if convert is None:
        convert = _CONVERTERS[type(value)] = _converter(type(value))
    return convert(value)


# Serialising is on the store's hot path (every article's record, every event's), and a
# record is mostly small values and spans: the converter of each class is chosen once,
# from its type alone, and values of these exact types are taken as they are.
_ATOMS = frozenset({str, bool, int, float, type(None)})


def _same(value: Any) -> Any:
    return value


def _sequence(value: Any) -> list[Any]:
    return [item if type(item) in _ATOMS else _plain(item) for item in value]


def _record(cls: type) -> Callable[[Any], dict[str, Any]]:
    names = tuple(f.name for f in dataclasses.fields(cls))

    def convert(value: Any) -> dict[str, Any]:
        plain: dict[str, Any] = {}
        for name in names:
            item = getattr(value, name)
            plain[name] = item if type(item) in _ATOMS else _plain(item)
        return plain

    return convert


def _mapping(value: Any) -> dict[str, Any]:
    return {str(key): _plain(item) for key, item in value.items()}


def _isoformat(value: Any) -> str:
    return str(value.isoformat())


def _base64(value: Any) -> dict[str, str]:
    return {"base64": base64.b64encode(value).decode("ascii")}


def _refuse(value: Any) -> Any:
    raise TypeError(f"cannot serialise a {type(value).__name__}")


def _converter(cls: type) -> Callable[[Any], Any]:
    """How values of class ``cls`` become plain values (checked in this order)."""
    if issubclass(cls, str | bool | int | float) or cls is type(None):
        return _same
    if dataclasses.is_dataclass(cls):
        return _record(cls)
    if issubclass(cls, tuple | list):
        return _sequence
    if issubclass(cls, dt.date):  # datetime is a date too
        return _isoformat
    if issubclass(cls, bytes):
        return _base64
    if issubclass(cls, Mapping):
        return _mapping
    return _refuse


_CONVERTERS: dict[type, Callable[[Any], Any]] = {}


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def _build(hint: Any, value: Any) -> Any:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return _build_union(get_args(hint), value)
    if value is None:
        return None
    if origin is typing.Literal:
        return value
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], item) for item in value)
        return tuple(_build(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        kwargs = {
            f.name: _build(hints[f.name], value[f.name])
            for f in dataclasses.fields(hint)
            if f.name in value
        }
        return hint(**kwargs)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if hint is bytes:
        return base64.b64decode(value["base64"])
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def _build_union(args: tuple[Any, ...], value: Any) -> Any:
    if value is None:
        return None
    concrete = [arg for arg in args if arg is not type(None)]
    if bytes in concrete and isinstance(value, Mapping) and "base64" in value:
        return base64.b64decode(value["base64"])
    if str in concrete and isinstance(value, str) and dt.date not in concrete:
        return value
    for arg in concrete:
        if arg is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if arg is dt.datetime and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
    return _build(concrete[0], value)
