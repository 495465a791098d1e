"""Every test file is named for what it tests (the rule in ``tests/README.md``, after
spaCy's ``tests/README.md``): ``test_<package>_<module>[_<topic>].py`` names a module or
package of ``src/eventwire`` that exists, or the file starts with a documented prefix for
tests that cross modules."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PACKAGE = TESTS.parent / "src" / "eventwire"

#: The prefixes of cross-cutting tests; ``tests/README.md`` lists the same ones.
CROSS_CUTTING = ("benchmarks", "docs", "end_to_end", "gate", "scripts")


def _module_names() -> set[str]:
    """``src/eventwire`` as underscore-joined names: ``cli_query`` for ``cli/query.py``,
    ``store_batch`` for ``store/_batch.py``, ``api`` for the package, ``init`` and
    ``api_init`` for the ``__init__.py`` files."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        parts = [p.strip("_") for p in path.relative_to(PACKAGE).with_suffix("").parts]
        names.add("_".join(parts))
        names.update("_".join(parts[:i]) for i in range(1, len(parts)))
    return names


def _named(stem: str, names: set[str]) -> str | None:
    """The longest underscore-joined prefix of ``stem`` that is a module or package."""
    words = stem.split("_")
    for end in range(len(words), 0, -1):
        if "_".join(words[:end]) in names:
            return "_".join(words[:end])
    return None


def _cross_cutting(stem: str) -> bool:
    return any(stem == prefix or stem.startswith(prefix + "_") for prefix in CROSS_CUTTING)


def test_every_test_file_names_a_module_or_a_documented_prefix() -> None:
    names = _module_names()
    stems = [p.stem.removeprefix("test_") for p in sorted(TESTS.glob("test_*.py"))]
    assert len(stems) > 50
    unnamed = [s for s in stems if _named(s, names) is None and not _cross_cutting(s)]
    assert unnamed == [], "see tests/README.md for the naming rule"


def test_the_rule_reads_the_tree_as_intended() -> None:
    names = _module_names()
    assert _named("cli_query", names) == "cli_query"
    assert _named("cli_options_actors", names) == "cli_options"
    assert _named("store_neardup_persist", names) == "store_neardup"
    assert _named("evaluate_html_benchmark", names) == "evaluate_html_benchmark"
    assert _named("init_exports", names) == "init"
    assert _named("events_no_such_module", names) == "events"
    assert _named("commands_query", names) is None


def test_no_cross_cutting_prefix_is_a_module() -> None:
    names = _module_names()
    assert [p for p in CROSS_CUTTING if _named(p, names) is not None] == []


def test_the_readme_lists_the_same_prefixes() -> None:
    readme = (TESTS / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `([a-z_]+)_` \|", readme, flags=re.MULTILINE)
    assert sorted(listed) == sorted(CROSS_CUTTING)
