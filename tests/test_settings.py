"""The settings: one documented surface for the user-facing limits and thresholds.

The defaults come from ``data/settings.toml``; a user file overrides only the keys it
sets; ``EVENTWIRE_<NAME>`` overrides the file; wrong files fail with the key and the file
named; README.md lists exactly the declared settings (after datasette's
tests/test_docs.py); and ``--config`` reaches a real command, its help and its workers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import config_argument, main
from eventwire.records import RawDocument, Rejection
from eventwire.settings import (
    CONFIG_ENV,
    Settings,
    config_file,
    declared,
    get_settings,
    install_settings,
    load_settings,
    markdown_table,
    reset_settings,
    toml_value,
)

README = Path(__file__).resolve().parents[1] / "README.md"
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No settings from the environment of the test run, none left behind."""
    for name in [CONFIG_ENV, *(s.env for s in declared().values())]:
        monkeypatch.delenv(name, raising=False)
    reset_settings()
    yield
    reset_settings()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- loading ----------------------------------------------------------------------------


def test_the_defaults_load() -> None:
    settings = load_settings()
    assert settings == get_settings()
    assert dataclasses.asdict(settings) == {n: s.default for n, s in declared().items()}
    assert settings.db == "eventwire.duckdb"
    assert settings.max_bytes == 20_000_000
    assert settings.near_duplicate_threshold == 0.7
    assert settings.cluster_max_km == 100.0 and settings.cluster_max_days == 1
    assert (settings.batch_size, settings.write_batch) == (16, 64)
    assert (settings.api_max_page, settings.api_max_code_bytes) == (500, 200_000)


def test_the_record_and_the_defaults_file_declare_the_same_settings() -> None:
    fields = {field.name: field.type for field in dataclasses.fields(Settings)}
    assert list(fields) == list(declared())
    for name, setting in declared().items():
        assert fields[name] == setting.type, name
        assert type(setting.default).__name__ == setting.type, name


def test_a_user_file_overrides_only_its_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "mine.toml", 'max_bytes = 5_000\ndb = "other.duckdb"\n')
    settings = load_settings(path)
    assert (settings.max_bytes, settings.db) == (5_000, "other.duckdb")
    defaults = load_settings()
    unchanged = {
        k: v for k, v in dataclasses.asdict(settings).items() if k not in ("max_bytes", "db")
    }
    assert unchanged == {k: v for k, v in dataclasses.asdict(defaults).items() if k in unchanged}


def test_an_int_is_taken_for_a_float(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path / "f.toml", "cluster_max_km = 50\n"))
    assert settings.cluster_max_km == 50.0 and isinstance(settings.cluster_max_km, float)


def test_environment_variables_override_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "f.toml", "max_bytes = 5_000\nbatch_size = 4\n")
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "123")
    monkeypatch.setenv("EVENTWIRE_CLUSTER_MAX_KM", "25.5")
    settings = load_settings(path)
    assert (settings.max_bytes, settings.batch_size, settings.cluster_max_km) == (123, 4, 25.5)


def test_eventwire_config_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(write(tmp_path / "f.toml", "write_batch = 8\n")))
    assert load_settings().write_batch == 8
    assert get_settings().write_batch == 8  # loaded once, then kept
    monkeypatch.delenv(CONFIG_ENV)
    assert get_settings().write_batch == 8
    reset_settings()
    assert get_settings().write_batch == 64


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_byte = 5\n", "unknown setting 'max_byte'"),
        ("[serve]\napi_poll = 2.0\n", "unknown setting 'serve'"),
        ('max_bytes = "5M"\n', "'max_bytes' must be an int, not str '5M'"),
        ("max_bytes = 5.5\n", "'max_bytes' must be an int, not float 5.5"),
        ("batch_size = true\n", "'batch_size' must be an int, not bool True"),
        ("db = 3\n", "'db' must be a string, not int 3"),
        ("cluster_max_km = inf\n", "'cluster_max_km' must be finite"),
        ("max_bytes = 0\n", "'max_bytes' must be at least 1, not 0"),
        ("near_duplicate_threshold = 1.5\n", "'near_duplicate_threshold' must be at most 1"),
        ("max_bytes = \n", "not a TOML file"),
        ("api_page_size = 600\n", "api_page_size (600) is larger than api_max_page (500)"),
    ],
)
def test_a_wrong_file_names_the_key_and_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "wrong.toml", text)
    with pytest.raises(ValueError, match=re.escape(message)) as caught:
        load_settings(path)
    if "api_page_size" not in message:  # a clash of two keys names the keys only
        assert str(path) in str(caught.value)


def test_a_wrong_environment_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_WRITE_BATCH", "many")
    with pytest.raises(ValueError, match=r"\$EVENTWIRE_WRITE_BATCH: setting 'write_batch'"):
        load_settings()


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="settings file not found"):
        load_settings(tmp_path / "none.toml")


def test_config_file_applies_to_a_block_and_its_children(tmp_path: Path) -> None:
    path = write(tmp_path / "f.toml", "max_bytes = 777\n")
    with config_file(path) as settings:
        assert settings.max_bytes == get_settings().max_bytes == 777
        assert os.environ[CONFIG_ENV] == str(path.resolve())
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                "from eventwire.settings import *; print(get_settings().max_bytes)",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert child.stdout.strip() == "777"
    assert CONFIG_ENV not in os.environ
    assert get_settings().max_bytes == 20_000_000


def test_setting_names_leave_the_other_environment_variables_alone() -> None:
    from eventwire.geo.locate import PLACES_ENV
    from eventwire.imported import IMPORTED_ENV
    from eventwire.pipeline import ACTORS_ENV

    others = {CONFIG_ENV, PLACES_ENV, IMPORTED_ENV, ACTORS_ENV, "EVENTWIRE_CACHE_DIR"}
    assert not others & {setting.env for setting in declared().values()}


def test_each_default_is_spelled_once_in_the_code() -> None:
    """The four copies of the 20 MB limit and the modules' own thresholds are gone."""
    sources = {p: p.read_text(encoding="utf-8") for p in (SRC / "eventwire").rglob("*.py")}
    for pattern in (r"\b20_?000_?000\b", r"DEFAULT_MAX_BYTES", r"\bTHRESHOLD = ", r"MAX_KM"):
        found = [str(p) for p, text in sources.items() if re.search(pattern, text)]
        assert found in ([], [str(SRC / "eventwire" / "settings.py")]), pattern


# -- the README -------------------------------------------------------------------------


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Settings\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def _readme_rows() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| `([a-z_]+)` \| `([^`]*)` \| (.*) \|$", _readme_section(), re.M)
    names = [name for name, _, _ in rows]
    assert len(names) == len(set(names)), "a setting is listed twice"
    return {name: (default, description) for name, default, description in rows}


def test_the_readme_lists_every_setting_with_its_default_and_description() -> None:
    rows = _readme_rows()
    for name, setting in declared().items():
        assert name in rows, f"README.md's settings table lacks {name}"
        assert rows[name] == (toml_value(setting.default), setting.description), name
    assert set(rows) <= set(declared()), (
        f"README.md lists unknown settings: {set(rows) - set(declared())}"
    )


def test_the_readme_table_is_the_generated_one() -> None:
    """Regenerate it with: python -m eventwire.settings"""
    assert markdown_table() in _readme_section()


def test_descriptions_are_one_line_of_a_table() -> None:
    for setting in declared().values():
        assert setting.description.strip() == setting.description
        assert "\n" not in setting.description and "|" not in setting.description


def test_the_readme_example_file_loads(tmp_path: Path) -> None:
    (example,) = re.findall(r"```toml\n(.*?)```", _readme_section(), re.S)
    settings = load_settings(write(tmp_path / "example.toml", example))
    assert settings != load_settings()


# -- modules read them --------------------------------------------------------------------


def _with(**changes: object) -> Settings:
    changed = dataclasses.replace(load_settings(), **changes)  # type: ignore[arg-type]
    install_settings(changed)
    return changed


def test_readers_and_extraction_read_max_bytes(tmp_path: Path) -> None:
    from eventwire.extract import extract
    from eventwire.ingest import read_paths

    path = write(tmp_path / "story.txt", "The minister met the ambassador. " * 20)
    _with(max_bytes=100)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Rejection) and item.reason == "too-large"
    rejected = extract(RawDocument(uri="x", content=path.read_text()))
    assert isinstance(rejected, Rejection) and "the limit is 100." in rejected.detail


def test_clustering_reads_its_settings() -> None:
    from eventwire.store._clusters import Mention, cluster

    def mention(event_id: str, day: int) -> Mention:
        return Mention(
            event_id, event_id, event_id, None, "ASSAULT", "asserted", "ISR", "LBN",
            dt.date(2024, 1, day),
        )  # fmt: skip

    mentions = [mention("e1", 1), mention("e2", 4)]
    assert len(cluster(mentions)) == 2  # 3 days apart: more than cluster_max_days
    _with(cluster_max_days=5)
    assert len(cluster(mentions)) == 1


def test_the_near_duplicate_index_reads_its_threshold() -> None:
    from eventwire.store._neardup import NearDuplicateIndex

    assert NearDuplicateIndex().threshold == 0.7
    _with(near_duplicate_threshold=0.9)
    assert NearDuplicateIndex().threshold == 0.9


def test_pool_workers_get_the_parents_settings() -> None:
    """Set in this process only (no environment, which the fork server would not see)."""
    from eventwire.runners.pool import code_in_pool

    _with(max_bytes=100)
    text = "NAIROBI, Kenya (Eventwire) - The minister met the ambassador on Monday. " * 5
    (coded,) = list(code_in_pool([RawDocument(uri="big", content=text)], workers=1))
    assert isinstance(coded, Rejection) and coded.reason == "too-large"
    assert "the limit is 100." in coded.detail


def test_ray_readers_get_the_drivers_settings(tmp_path: Path) -> None:
    from eventwire.runners.ray_runner import input_files, input_parts, read_rows

    path = write(tmp_path / "story.txt", "The minister met the ambassador. " * 20)
    small = dataclasses.replace(load_settings(), max_bytes=100)
    rows = [row for part in input_parts(input_files([path])) for row in read_rows(part)]
    assert [row["kind"] for row in rows] == ["document"]
    rows = [
        row for part in input_parts(input_files([path])) for row in read_rows(part, None, small)
    ]
    assert [row["kind"] for row in rows] == ["rejection"] and "too-large" in rows[0]["record"]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_api_reads_its_settings(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    _with(api_max_code_bytes=10)
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        response = client.post("/api/code", json={"text": "The minister met the ambassador."})
    assert response.status_code == 413


def test_the_api_page_limits_are_read_at_start(tmp_path: Path) -> None:
    script = (
        "from eventwire.api import coding, routes\n"
        "print(routes.PAGE_SIZE, routes.MAX_PAGE, routes.MAX_OFFSET, coding.QUEUE)\n"
    )
    config = write(tmp_path / "api.toml", "api_page_size = 5\napi_max_page = 20\n")
    env = {**os.environ, CONFIG_ENV: str(config), "EVENTWIRE_API_CODE_QUEUE": "2"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["5", "20", "10000000", "2"]


# -- the command line ---------------------------------------------------------------------


def test_config_argument_finds_the_last_config_before_double_dash() -> None:
    assert config_argument(["run", "x"]) is None
    assert config_argument(["--config", "a.toml", "run", "--config=b.toml"]) == "b.toml"
    assert config_argument(["run", "--", "--config", "a.toml"]) is None


def test_config_on_a_real_command_takes_effect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "configured.duckdb"
    config = write(tmp_path / "small.toml", f"max_bytes = 100\ndb = {toml_value(str(store))}\n")
    story = write(tmp_path / "story.txt", "The minister met the ambassador in Nairobi. " * 20)
    assert main(["run", "--config", str(config), "--no-progress", "--quiet", str(story)]) == 0
    assert "rejected: too-large x1" in capsys.readouterr().out
    with duckdb.connect(str(store), read_only=True) as con:  # the db setting: no --db given
        ((reason, detail),) = con.execute("SELECT reason, detail FROM rejections").fetchall()
    assert reason == "too-large" and detail.endswith("It has 880 bytes; the limit is 100.")
    assert CONFIG_ENV not in os.environ  # the run's settings end with it
    assert get_settings().max_bytes == 20_000_000


def test_help_shows_the_values_in_effect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(
        tmp_path / "c.toml", 'max_bytes = 5_000_000\ndb = "mine.duckdb"\napi_poll = 2.5\n'
    )
    with pytest.raises(SystemExit):
        main(["run", "--config", str(config), "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "(default: 5M)" in shown and "(default: mine.duckdb)" in shown
    with pytest.raises(SystemExit):
        main(["--config", str(config), "serve", "--help"])
    assert "(default: 2.5)" in " ".join(capsys.readouterr().out.split())


def test_a_wrong_config_stops_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path / "bad.toml", "max_bytez = 1\n")
    assert main(["summary", "--config", str(config)]) == 2
    assert "unknown setting 'max_bytez'" in capsys.readouterr().err
    assert main(["summary", "--config", str(tmp_path / "none.toml")]) == 2
    assert "settings file not found" in capsys.readouterr().err
