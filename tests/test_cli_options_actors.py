"""``--actors FILE`` on ``eventwire code`` and ``eventwire run``, and ``evaluate --task``,
end to end through the command line on tiny files of our own."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.pipeline import ACTORS_ENV

STORY = (
    "Qelvani Interior Minister Zorvan Pell met Marta Ilves on Monday.\n\n"
    "Pell said the talks with Ilves had been useful.\n"
)
USER_CSV = (
    "name,aliases,country,sector,kind,role\n"
    "Zorvan Pell,Pell,ISR,MIL,person,Defense Minister\n"
    "Marta Ilves,Ilves,EST,GOV,person,Foreign Minister\n"
)


@pytest.fixture(autouse=True)
def _no_leftover_actor_files() -> Iterator[None]:
    saved = os.environ.pop(ACTORS_ENV, None)
    yield
    os.environ.pop(ACTORS_ENV, None)
    if saved is not None:
        os.environ[ACTORS_ENV] = saved


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text(USER_CSV, encoding="utf-8")
    return story, actors


def _coded_actors(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("{")]
    return {a["name"]: a for a in json.loads(line)["actors"]}


def test_code_with_a_user_actor_file(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    story, actors = files
    assert main(["code", str(story), "--published", "2024-05-01", "--actors", str(actors)]) == 0
    coded = _coded_actors(capsys)
    assert (coded["Marta Ilves"]["country"], coded["Marta Ilves"]["sector"]) == ("EST", "GOV")
    # The text's own title still decides the sector; the file fills the country.
    assert coded["Zorvan Pell"]["country"] == "ISR"


def test_code_without_the_file_does_not_know_the_names(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    story, _ = files
    assert main(["code", str(story), "--published", "2024-05-01"]) == 0
    coded = _coded_actors(capsys)
    assert coded.get("Marta Ilves", {}).get("country") != "EST"


def test_code_with_a_missing_actor_file_fails(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story, _ = files
    assert main(["code", str(story), "--actors", str(tmp_path / "nope.csv")]) == 2
    assert "not found" in capsys.readouterr().err


def test_run_with_a_user_actor_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    story, actors = files
    db = tmp_path / "ev.duckdb"
    argv = ["run", str(story), "--db", str(db), "--published", "2024-05-01"]
    assert main([*argv, "--actors", str(actors), "--no-progress", "--quiet"]) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT country, sector FROM actors WHERE name = 'Marta Ilves'"
        ).fetchall()
    assert rows == [("EST", "GOV")]


GOLD = {
    "id": "tiny-1",
    "text": "Foreign Minister Marta Ilves of Estonia visited Riga on Tuesday.",
    "actors": [{"name": "Marta Ilves", "country": "EST", "sector": "GOV"}],
    "places": [{"name": "Riga", "country": "LVA"}],
}


def test_evaluate_task_limits_what_is_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--task", "places"]) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(last) == {"records", "places"}
    assert main(["evaluate", str(gold), "--task", "places", "--task", "actors"]) == 0
    out = capsys.readouterr().out
    assert set(json.loads(out.strip().splitlines()[-1])) == {"records", "places", "actors"}
    assert "Actors by sector" in out


def test_evaluate_rejects_an_unknown_task(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", str(tmp_path / "g.jsonl"), "--task", "bogus"])


def test_pool_workers_get_the_actor_file_of_their_run(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    """The pool's workers are forked from a fork server that keeps the environment it
    started with: a run with ``--actors`` after one without must still hand its file on."""
    story, actors = files
    for name, extra in (("plain", []), ("with", ["--actors", str(actors)])):
        db = tmp_path / f"{name}.duckdb"
        argv = ["run", str(story), str(story), "--db", str(db), "--published", "2024-05-01"]
        assert main([*argv, *extra, "--workers", "2", "--no-progress", "--quiet"]) == 0
        with duckdb.connect(str(db), read_only=True) as con:
            rows = con.execute(
                "SELECT DISTINCT country FROM actors WHERE name = 'Marta Ilves'"
            ).fetchall()
        assert (rows == [("EST",)]) == (name == "with")
