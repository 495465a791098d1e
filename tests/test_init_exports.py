"""``eventwire.__all__`` is exactly the package's public names (after httpx's
``tests/test_exported_members.py``): a record added to ``eventwire/__init__.py`` without
a line in ``__all__``, or a name in ``__all__`` that does not import, fails here."""

from __future__ import annotations
import __future__

import inspect

import pytest

import eventwire
import eventwire.pipeline
import eventwire.store.reader

# Loaded on first use by the package's ``__getattr__`` (they import spaCy and DuckDB).
LAZY = {"code_text": eventwire.pipeline.code_text, "open": eventwire.store.reader.open}
# The one name with a leading underscore that the package exports.
DUNDER = {"__version__"}


def _defined() -> set[str]:
    """The public names bound in the package itself: no submodule, no ``from __future__``."""
    return {
        name
        for name, value in vars(eventwire).items()
        if not name.startswith("_")
        and not inspect.ismodule(value)
        and not isinstance(value, type(__future__.annotations))
    }


def test_all_is_sorted_and_unique() -> None:
    assert eventwire.__all__ == sorted(set(eventwire.__all__))


def test_all_is_every_public_name_of_the_package() -> None:
    assert set(eventwire.__all__) == _defined() | set(LAZY) | DUNDER


@pytest.mark.parametrize("name", eventwire.__all__)
def test_every_exported_name_imports(name: str) -> None:
    assert getattr(eventwire, name) is not None


@pytest.mark.parametrize("name", sorted(LAZY))
def test_lazy_names_are_the_functions_they_stand_for(name: str) -> None:
    assert getattr(eventwire, name) is LAZY[name]
    assert name not in vars(eventwire)  # loaded on use, not bound at import


def test_star_import_gives_all_and_nothing_else() -> None:
    namespace: dict[str, object] = {}
    exec("from eventwire import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(eventwire.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = eventwire.not_a_name  # type: ignore[attr-defined]
    assert not hasattr(eventwire, "Stage")
