"""Score eventwire's output against gold data (``gold/FORMAT.md``).

>>> report = evaluate_files([Path("gold/dev.jsonl")], coder)  # doctest: +SKIP
>>> print(format_table(report)); print(report_json(report))  # doctest: +SKIP
"""

from __future__ import annotations

from eventwire.evaluate.driver import Coder, evaluate_files
from eventwire.evaluate.gold import (
    GoldActor,
    GoldEvent,
    GoldFormatError,
    GoldParty,
    GoldPlace,
    GoldQuote,
    GoldRecord,
    load_gold,
    parse_record,
)
from eventwire.evaluate.report import format_table, report_json
from eventwire.evaluate.scoring import (
    TASKS,
    Counts,
    FieldStat,
    RecordScore,
    Report,
    SectorStat,
    score,
)

__all__ = [
    "TASKS",
    "Coder",
    "Counts",
    "FieldStat",
    "GoldActor",
    "GoldEvent",
    "GoldFormatError",
    "GoldParty",
    "GoldPlace",
    "GoldQuote",
    "GoldRecord",
    "RecordScore",
    "Report",
    "SectorStat",
    "evaluate_files",
    "format_table",
    "load_gold",
    "parse_record",
    "report_json",
    "score",
]
