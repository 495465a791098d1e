"""eventwire's settings: the user-facing limits and thresholds, declared once.

Every setting is declared in ``data/settings.toml`` with its default, type and a
one-line description. :func:`load_settings` reads those defaults, then a user TOML file
(``eventwire --config FILE``, or the file named by ``$EVENTWIRE_CONFIG``) that overrides
only the keys it sets, then one environment variable per setting,
``EVENTWIRE_<NAME>`` (``EVENTWIRE_MAX_BYTES=5000000``). A command-line option, where a
setting has one, overrides them all. An unknown key or a value of the wrong type is a
``ValueError`` that names the key and where it came from.

Modules read the settings at call time through :func:`get_settings`, which loads them
once per process; :func:`reset_settings` forgets them (tests), :func:`install_settings`
hands a parent's settings to a worker process, and :func:`config_file` makes a file the
settings of this process and of the processes it starts, for the length of a block.
``python -m eventwire.settings`` prints the README's table of settings.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math
import os
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from eventwire.resources import data_path

# The environment variable naming a settings file, and the prefix of one setting's.
CONFIG_ENV = "EVENTWIRE_CONFIG"
ENV_PREFIX = "EVENTWIRE_"

Value = int | float | str
_TYPES = ("int", "float", "str")
_ARTICLES = {"int": "an int", "float": "a float", "str": "a string"}
# The keys of one setting's table in the defaults file.
_REQUIRED = frozenset({"type", "default", "description"})
_DECLARATION = _REQUIRED | {"minimum", "maximum"}


@dataclass(frozen=True, slots=True)
class Settings:
    """The value of every setting (see ``data/settings.toml`` for what each one does)."""

    db: str
    max_bytes: int
    batch_size: int
    worker_chunk: int
    write_batch: int
    write_seconds: float
    near_duplicate_threshold: float
    cluster_max_days: int
    cluster_max_km: float
    api_page_size: int
    api_max_page: int
    api_max_offset: int
    api_max_periods: int
    api_max_code_bytes: int
    api_code_queue: int
    api_body_seconds: float
    api_header_seconds: float
    api_poll: float


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting as the defaults file declares it."""

    name: str
    type: str  # "int", "float" or "str"
    default: Value
    description: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def env(self) -> str:
        """The environment variable that sets it: ``EVENTWIRE_`` and the name in capitals."""
        return ENV_PREFIX + self.name.upper()

    def check(self, value: object, where: str) -> Value:
        """``value`` as this setting's type, or a ``ValueError`` naming the setting and
        ``where`` the value came from. An int is taken for a float; a bool is no number."""
        checked: Value
        if isinstance(value, bool):
            checked = self._wrong(value, where)
        elif self.type == "str":
            checked = value if isinstance(value, str) else self._wrong(value, where)
        elif self.type == "int":
            checked = value if isinstance(value, int) else self._wrong(value, where)
        else:
            checked = float(value) if isinstance(value, int | float) else self._wrong(value, where)
        if isinstance(checked, float) and not math.isfinite(checked):
            raise ValueError(f"{where}: setting {self.name!r} must be finite, not {value!r}")
        if isinstance(checked, int | float):
            if self.minimum is not None and checked < self.minimum:
                raise ValueError(
                    f"{where}: setting {self.name!r} must be at least {self.minimum:g}, "
                    f"not {value!r}"
                )
            if self.maximum is not None and checked > self.maximum:
                raise ValueError(
                    f"{where}: setting {self.name!r} must be at most {self.maximum:g}, "
                    f"not {value!r}"
                )
        return checked

    def _wrong(self, value: object, where: str) -> NoReturn:
        raise ValueError(
            f"{where}: setting {self.name!r} must be {_ARTICLES[self.type]}, "
            f"not {type(value).__name__} {value!r}"
        )

    def parse(self, text: str, where: str) -> Value:
        """The value of an environment variable's ``text``, checked."""
        if self.type == "str":
            return self.check(text, where)
        try:
            number = int(text) if self.type == "int" else float(text)
        except ValueError:
            raise ValueError(
                f"{where}: setting {self.name!r} must be {_ARTICLES[self.type]}, not {text!r}"
            ) from None
        return self.check(number, where)


def defaults_file() -> Path:
    """The packaged file that declares every setting."""
    return data_path("settings.toml")


@functools.cache
def declared() -> dict[str, Setting]:
    """Every setting of the defaults file, by name, in the file's order."""
    path = defaults_file()
    found: dict[str, Setting] = {}
    for name, entry in _read_toml(path).items():
        if not isinstance(entry, dict) or not _DECLARATION >= set(entry) >= _REQUIRED:
            raise ValueError(
                f"{path}: setting {name!r} must be a table of {', '.join(sorted(_REQUIRED))} "
                "and optionally minimum and maximum"
            )
        if entry["type"] not in _TYPES:
            raise ValueError(f"{path}: setting {name!r} has an unknown type {entry['type']!r}")
        setting = Setting(
            name=name,
            type=entry["type"],
            default=entry["default"],
            description=entry["description"],
            minimum=entry.get("minimum"),
            maximum=entry.get("maximum"),
        )
        found[name] = dataclasses.replace(
            setting, default=setting.check(setting.default, str(path))
        )
    fields = [field.name for field in dataclasses.fields(Settings)]
    if list(found) != fields:
        raise ValueError(f"{path} declares {list(found)}; Settings has {fields}")
    return found


def load_settings(path: str | Path | None = None) -> Settings:
    """The settings: the defaults, then the TOML file ``path`` (or, when ``path`` is None,
    the file named by ``$EVENTWIRE_CONFIG``, if any), then the ``EVENTWIRE_<NAME>``
    environment variables. Raises ``FileNotFoundError`` for a missing file and
    ``ValueError`` for an unreadable one, an unknown key or a wrong value."""
    settings = declared()
    values: dict[str, Value] = {name: setting.default for name, setting in settings.items()}
    if path is None:
        path = os.environ.get(CONFIG_ENV) or None
    if path is not None:
        values.update(_user_values(Path(path), settings))
    for name, setting in settings.items():
        text = os.environ.get(setting.env, "")
        if text.strip():
            values[name] = setting.parse(text.strip(), f"${setting.env}")
    loaded = Settings(**values)  # type: ignore[arg-type]
    if loaded.api_page_size > loaded.api_max_page:
        raise ValueError(
            f"api_page_size ({loaded.api_page_size}) is larger than api_max_page "
            f"({loaded.api_max_page})"
        )
    return loaded


def _user_values(path: Path, settings: Mapping[str, Setting]) -> dict[str, Value]:
    if not path.is_file():
        raise FileNotFoundError(f"settings file not found: {path}")
    values: dict[str, Value] = {}
    for key, value in _read_toml(path).items():
        setting = settings.get(key)
        if setting is None:
            raise ValueError(
                f"{path}: unknown setting {key!r}; the settings are {', '.join(settings)}"
            )
        values[key] = setting.check(value, str(path))
    return values


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: not a TOML file: {error}") from error


_current: Settings | None = None


def get_settings() -> Settings:
    """This process's settings, loaded on the first call (:func:`load_settings`)."""
    global _current
    if _current is None:
        _current = load_settings()
    return _current


def reset_settings() -> None:
    """Forget the loaded settings: the next :func:`get_settings` loads them again."""
    global _current
    _current = None


def install_settings(settings: Settings) -> None:
    """Make ``settings`` this process's (a worker gets its parent's this way)."""
    global _current
    _current = settings


@contextlib.contextmanager
def config_file(path: str | Path) -> Iterator[Settings]:
    """Within the block, the settings of this process and of the processes it starts come
    from the file ``path`` (through ``$EVENTWIRE_CONFIG``); afterwards, as they were.

    The file is read and checked first: a missing or wrong file raises and changes nothing.
    """
    resolved = str(Path(path).resolve())
    loaded = load_settings(resolved)
    previous = os.environ.get(CONFIG_ENV)
    os.environ[CONFIG_ENV] = resolved
    install_settings(loaded)
    try:
        yield loaded
    finally:
        if previous is None:
            os.environ.pop(CONFIG_ENV, None)
        else:
            os.environ[CONFIG_ENV] = previous
        reset_settings()


def toml_value(value: Value) -> str:
    """A value as a TOML file (and the README) writes it: ``20_000_000``, ``0.7``, ``"x"``."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:_}"
    return repr(value)


def markdown_table() -> str:
    """The README's table of settings, generated from the defaults file."""
    lines = ["| setting | default | what it sets |", "|---|---|---|"]
    for setting in declared().values():
        lines.append(
            f"| `{setting.name}` | `{toml_value(setting.default)}` | {setting.description} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
