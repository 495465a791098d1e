"""The options shared by several commands, each declared once with its default.

Helpers here add them to a command's parser: :func:`add_db_option` (``--db``),
:func:`add_actors_option` (``--actors``), :func:`add_input_options` (how inputs are
read: the JSONL/CSV field mapping, patterns, sizes, downloads) and :func:`add_filters`
(the event filters of ``query`` and ``export``); the functions beside them turn the
parsed options into the library's keyword arguments. Also here: the argument types and
the help formatter every command uses, and :func:`add_config_option` (``--config``).
Defaults that are settings (:mod:`eventwire.settings`) are read when the parser is built,
after ``--config`` is applied, so ``--help`` shows the values in effect.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TypedDict

from eventwire.ingest.fetch import FetchOptions
from eventwire.settings import get_settings

DEFAULT_LANGUAGES = ("en",)
# The JSONL/CSV field mapping: --NAME-field, its default field name, and what it holds.
FIELD_OPTIONS = (
    ("text", "text", "plain text"),
    ("html", "html", "HTML"),
    ("url", "url", "the URL"),
    ("date", "published", "the date"),
    ("source", "source", "the source"),
    ("title", "title", "the title"),
)


class HelpFormatter(argparse.HelpFormatter):
    """Help that shows each option's default, unless the help text already says it or
    the option has none (a switch, or an option left unset)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if (
            "default" in text
            or not action.option_strings
            or default is None
            or default is False
            or default == []
            or default is argparse.SUPPRESS
        ):
            return text
        shown = ",".join(default) if isinstance(default, tuple) else "%(default)s"
        return f"{text} (default: {shown})"


def add_config_option(parser: argparse.ArgumentParser, default: Any = None) -> None:
    """``--config FILE``: a TOML file of settings for this run (``eventwire.cli.main``
    applies it before the parser is built; see :mod:`eventwire.settings`)."""
    parser.add_argument(
        "--config",
        default=default,
        metavar="FILE",
        help="TOML file of settings (max_bytes, db, ...) for this run; it sets only the keys "
        "it holds (default: $EVENTWIRE_CONFIG, else none)",
    )


def add_db_option(parser: argparse.ArgumentParser | Any, what: str) -> None:
    """``--db FILE``: the DuckDB store; by default the ``db`` setting."""
    parser.add_argument("--db", default=get_settings().db, metavar="FILE", help=what)


class ReadOptions(TypedDict):
    """Keyword arguments of :func:`eventwire.ingest.read_paths` (``fetch_cache`` aside)."""

    published: str | None
    text_field: str
    html_field: str
    url_field: str
    date_field: str
    source_field: str
    title_field: str
    pattern: str
    max_bytes: int
    fetch: bool | FetchOptions
    follow_symlinks: bool
    include_hidden: bool


class ExtractOptions(TypedDict):
    """Keyword arguments of :func:`eventwire.extract.extract` (``published`` aside)."""

    languages: tuple[str, ...]
    max_bytes: int


def date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def languages_arg(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def size_arg(value: str) -> int:
    """A size in bytes: ``5000000``, ``500k``, ``20M``, ``1G``."""
    text = value.strip().lower().removesuffix("b")
    scale = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale != 1 else text
    try:
        size = int(float(number) * scale)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size (e.g. 20M): {value!r}") from exc
    if size <= 0:
        raise argparse.ArgumentTypeError(f"a size must be positive: {value!r}")
    return size


def size_text(size: int) -> str:
    """A size as :func:`size_arg` reads it, as short as it goes: ``20M``, ``500k``, ``1234``."""
    for suffix, scale in (("G", 1_000_000_000), ("M", 1_000_000), ("k", 1_000)):
        if size % scale == 0:
            return f"{size // scale}{suffix}"
    return str(size)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that say how to read inputs (fields, patterns, sizes, downloads)."""
    group = parser.add_argument_group("inputs")
    group.add_argument("--published", type=date_arg, help="publication date for undated inputs")
    group.add_argument(
        "--languages",
        type=languages_arg,
        default=DEFAULT_LANGUAGES,
        help="ISO 639-1 codes to accept, comma-separated, or * for all (default: en); "
        "English is the only language with a coding pipeline, others are rejected as "
        "no-pipeline:xx",
    )
    for name, default, what in FIELD_OPTIONS:
        group.add_argument(f"--{name}-field", default=default, help=f"JSONL/CSV field of {what}")
    group.add_argument("--pattern", default="*", help="glob for files in folders (e.g. *.html)")
    group.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="follow links to folders (by default each is recorded as a 'link' rejection)",
    )
    group.add_argument(
        "--include-hidden",
        action="store_true",
        help="read hidden files and folders (by default each is a 'hidden' rejection)",
    )
    max_bytes = get_settings().max_bytes
    group.add_argument(
        "--max-bytes",
        type=size_arg,
        default=max_bytes,
        help=f"largest document or download to read, e.g. 5M (default: {size_text(max_bytes)})",
    )
    fetch_defaults = FetchOptions()
    fetch = parser.add_argument_group("downloads")
    fetch.add_argument(
        "--fetch",
        action="store_true",
        help="download URL arguments, URL lists (.urls, urls:FILE, .txt of URLs) and the "
        "pages feed entries link to",
    )
    fetch.add_argument(
        "--fetch-workers",
        type=int,
        default=fetch_defaults.workers,
        help="downloads at once, all hosts",
    )
    fetch.add_argument(
        "--fetch-per-host", type=int, default=fetch_defaults.per_host, help="requests at once"
    )
    fetch.add_argument(
        "--fetch-delay",
        type=float,
        default=fetch_defaults.delay,
        help="seconds between requests to one host (robots.txt Crawl-delay may raise it)",
    )
    fetch.add_argument(
        "--fetch-timeout", type=float, default=fetch_defaults.timeout, help="seconds per step"
    )
    fetch.add_argument(
        "--fetch-retries",
        type=int,
        default=fetch_defaults.retries,
        help="retries of a failed download or a 429/5xx answer, with growing pauses",
    )


def add_actors_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--actors FILE`` (repeatable): user actor entries that add to or override
    the built-in lexicons."""
    parser.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help="CSV or YAML of actors (name,aliases,country,sector,kind,role) that add to or "
        "override the built-in lexicons; repeatable",
    )


def use_actors(args: argparse.Namespace) -> Any:
    """Load the ``--actors`` files (checked to exist) as the coding lexicon; the
    ``ActorLexicon``, or None without the option."""
    from eventwire.pipeline import use_actor_files

    return use_actor_files(getattr(args, "actors", []) or [])


def fetch_options(args: argparse.Namespace) -> FetchOptions | None:
    """The download settings chosen on the command line, or ``None`` without ``--fetch``."""
    if not getattr(args, "fetch", False):
        return None
    return FetchOptions(
        workers=max(1, args.fetch_workers),
        per_host=max(1, args.fetch_per_host),
        delay=max(0.0, args.fetch_delay),
        timeout=args.fetch_timeout,
        retries=max(0, args.fetch_retries),
        max_bytes=args.max_bytes,
    )


def read_options(args: argparse.Namespace) -> ReadOptions:
    """``read_paths`` keyword arguments from parsed input options."""
    published: Any = getattr(args, "published", None)
    options = fetch_options(args)
    return ReadOptions(
        published=published.isoformat() if published else None,
        text_field=args.text_field,
        html_field=args.html_field,
        url_field=args.url_field,
        date_field=args.date_field,
        source_field=args.source_field,
        title_field=args.title_field,
        pattern=args.pattern,
        max_bytes=args.max_bytes,
        fetch=options if options is not None else False,
        follow_symlinks=getattr(args, "follow_symlinks", False),
        include_hidden=getattr(args, "include_hidden", False),
    )


def extract_options(args: argparse.Namespace) -> ExtractOptions:
    """``extract`` keyword arguments from parsed input options."""
    return ExtractOptions(languages=tuple(args.languages), max_bytes=args.max_bytes)


def type_arg(value: str) -> str:
    """A PLOVER event type, any case; an unknown one is an error listing the valid ones."""
    from eventwire.records import PLOVER_TYPES

    if value.strip().upper() in PLOVER_TYPES:
        return value.strip().upper()
    raise argparse.ArgumentTypeError(
        f"unknown event type {value!r}; the PLOVER types are {', '.join(PLOVER_TYPES)}"
    )


def status_arg(value: str) -> str:
    """An event status, any case; an unknown one is an error listing the valid ones."""
    from eventwire.records import STATUSES

    if value.strip().lower() in STATUSES:
        return value.strip().lower()
    raise argparse.ArgumentTypeError(
        f"unknown status {value!r}; the statuses are {', '.join(STATUSES)}"
    )


def country_arg(value: str) -> str:
    """An ISO 3166 alpha-3 code or a country's name (as ``--dyad`` takes), as its code."""
    from eventwire.store._countries import country_code
    from eventwire.store._schema import PSEUDO_COUNTRIES

    if value.strip().upper() in PSEUDO_COUNTRIES:
        return value.strip().upper()
    code = country_code(value)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"unknown country {value!r}; give an ISO 3166 alpha-3 code (DEU) or a name (Germany)"
        )
    return code


def add_filters(parser: argparse.ArgumentParser) -> None:
    """The event filters shared by ``query`` and ``export``."""
    add_db_option(parser, "the store to read")
    parser.add_argument("--actor", help="participant name (substring, any case) or actor id")
    parser.add_argument(
        "--country",
        type=country_arg,
        help="country of source, target or place: ISO 3166 alpha-3 code or name",
    )
    parser.add_argument("--dyad", help="directed SOURCE:TARGET, country codes or names")
    parser.add_argument("--type", type=type_arg, help="PLOVER event type (ASSAULT, CONSULT, ...)")
    parser.add_argument(
        "--status", type=status_arg, help="asserted, negated, hypothetical, intended, ..."
    )
    parser.add_argument(
        "--all-statuses",
        action="store_true",
        help="exports and counts: every status, not only asserted events (the default)",
    )
    parser.add_argument("--since", type=date_arg, help="first date (YYYY-MM-DD), inclusive")
    parser.add_argument("--until", type=date_arg, help="last date (YYYY-MM-DD), inclusive")


def filters_of(args: argparse.Namespace) -> dict[str, Any]:
    """The filter keywords of the Python API, from parsed options."""
    from eventwire.store._filters import parse_dyad

    return {
        "actor": args.actor,
        "country": args.country,
        "dyad": parse_dyad(args.dyad) if args.dyad else None,
        "type": args.type,
        "status": args.status,
        "since": args.since,
        "until": args.until,
    }
