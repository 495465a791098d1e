"""Every command the README shows runs as written (placeholders filled with real files).

The README's command table, its shell blocks and its Python example are read from the
README itself; each command has an example here, and a command added to the README
without one fails :func:`test_every_readme_command_has_an_example`.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eventwire.cli import main
from eventwire.runners.local import sample_corpus

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
STORY = "001-kenya-ethiopia-border-trade.txt"
OTHER = "009-cairo-gaza-ceasefire-talks.txt"


def readme_commands() -> list[str]:
    """The commands of the table's first column and of the ``sh`` blocks, as written."""
    text = README.read_text(encoding="utf-8")
    commands = [
        cell.replace("\\|", "|")
        for cell in re.findall(r"^\| `(eventwire (?:[^`]|\\\|)*)` \|", text, re.M)
    ]
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            command = line.split("#", 1)[0].strip()
            if command:
                commands.append(command)
    return commands


def python_example() -> str:
    (code,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return code


# README command -> the concrete argument lists that run it (paths relative to the work
# folder; SHARED stands for ../shared, skipped when it is absent).
EXAMPLES: dict[str, list[list[str]]] = {
    "eventwire code PATH... [--published DATE] [--languages en,fr] [--actors FILE] "
    "[--origins]": [
        ["code", STORY, "--published", "2024-01-02", "--languages", "en,fr",
         "--actors", "actors.csv"],
        ["code", STORY, "--origins"],
    ],
    "eventwire run [PATH...] [--db FILE] [--workers N] [--actors FILE] [--fetch]": [
        ["run", STORY, OTHER, "--db", "ev.duckdb", "--workers", "1", "--actors", "actors.csv",
         "--fetch", "--no-progress"],
    ],
    "eventwire run PATH... --engine ray --out SHARDS/ [--address ADDR] [--workers N]": [
        ["run", STORY, "--engine", "ray", "--out", "shards/", "--workers", "1"],
    ],
    "eventwire load SHARDS... [--db FILE]": [["load", "shards/", "--db", "loaded.duckdb"]],
    "eventwire query [--db FILE] [--actor NAME_OR_CODE] [--country CODE_OR_NAME] [--type TYPE] "
    "[--status S] [--since DATE] [--until DATE] [--format table|jsonl|csv]": [
        ["query", "--db", "ev.duckdb", "--actor", "William Ruto", "--country", "Kenya", "--type",
         "CONSULT", "--status", "asserted", "--since", "2020-01-01", "--until",
         "2030-01-01", "--format", fmt]
        for fmt in ("table", "jsonl", "csv")
    ],
    "eventwire summary [--db FILE]": [["summary", "--db", "ev.duckdb"]],
    "eventwire export --format parquet|csv|jsonl|gdelt --out FILE [--db FILE] [filters] "
    "[--all-statuses]": [
        ["export", "--format", fmt, "--out", f"out.{fmt}", "--db", "ev.duckdb",
         "--country", "Kenya", "--all-statuses"]
        for fmt in ("parquet", "csv", "jsonl", "gdelt")
    ],
    "eventwire serve [--db FILE] [--port 8000]": [],  # run by test_serve_as_written
    "eventwire evaluate GOLD.jsonl... [--task T]... [--html-benchmark DIR]": [
        ["evaluate", "SHARED/gold/dev.jsonl", "--task", "events", "--task", "actors"],
    ],
    # the throughput table's rows: run here on two stories, not the whole sample corpus
    "eventwire run --workers 1": [
        ["run", STORY, OTHER, "--workers", "1", "--db", "w1.duckdb", "--no-progress"],
    ],
    "eventwire run --workers 2": [
        ["run", STORY, OTHER, "--workers", "2", "--db", "w2.duckdb", "--no-progress"],
    ],
    "eventwire run --engine ray --workers 2": [
        ["run", STORY, "--engine", "ray", "--workers", "2", "--out", "shards2/"],
    ],
    "make demo": [],  # run by test_make_targets_exist (make -n)
    "make test": [],
    "eventwire evaluate ../shared/gold/*.jsonl [--half tune|check]": [
        ["evaluate", "SHARED/gold/dev-bbc.jsonl", "SHARED/gold/dev-voa.jsonl", "--half", half]
        for half in ("tune", "check")
    ],
    ".venv/bin/python tests/eval_gate.py": [],  # run by tests/test_gate_eval.py
    ".venv/bin/python scripts/score_halves.py": [],  # run by test_score_halves_runs
    "eventwire evaluate --html-benchmark ../shared/gold/html-benchmark": [
        ["evaluate", "--html-benchmark", "SHARED/gold/html-benchmark"],
    ],
}  # fmt: skip


def test_every_readme_command_has_an_example() -> None:
    assert sorted(readme_commands()) == sorted(EXAMPLES)


@pytest.fixture(scope="module", autouse=True)
def _ray_shut_down_after() -> Iterator[None]:
    """The Ray rows start a local Ray in this process; later test modules start their own."""
    yield
    ray = sys.modules.get("ray")
    if ray is not None and ray.is_initialized():
        ray.shutdown()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("readme")
    for name in (STORY, OTHER):
        shutil.copy(sample_corpus() / name, folder / name)
    (folder / "actors.csv").write_text(
        "name,aliases,country,sector,kind,role\nExample Herders Union,,KEN,LAB,organisation,\n"
    )
    old = Path.cwd()
    os.chdir(folder)
    try:
        yield folder
    finally:
        os.chdir(old)


def _run(argv: list[str], shared: Path | None) -> str:
    if any("SHARED/" in arg for arg in argv):
        if shared is None:
            pytest.skip("../shared is not present")
        argv = [arg.replace("SHARED/", f"{shared}/") for arg in argv]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    assert code == 0, (argv, out.getvalue()[-2000:])
    return out.getvalue()


COMMANDS_IN_ORDER = [c for c in EXAMPLES if EXAMPLES[c] and "SHARED/" not in str(EXAMPLES[c])]


@pytest.mark.parametrize("command", COMMANDS_IN_ORDER)
def test_readme_command_runs(command: str, work: Path) -> None:
    if "--engine" in command:
        pytest.importorskip("ray")
    if command.startswith("eventwire load"):
        pytest.importorskip("ray")
        if not (work / "shards").is_dir():
            pytest.skip("the Ray run made no shards")
    if (
        not command.startswith(("eventwire code", "eventwire run"))
        and not (work / "ev.duckdb").exists()
    ):
        _run(EXAMPLES[COMMANDS_IN_ORDER[1]][0], None)  # the store the others read
    for argv in EXAMPLES[command]:
        printed = _run(argv, None)
        if argv[0] == "query":
            assert printed.strip(), argv
    if command.startswith("eventwire export"):
        assert all((work / f"out.{fmt}").stat().st_size > 0 for fmt in ("csv", "gdelt"))


@pytest.mark.parametrize(
    "command", [c for c in EXAMPLES if EXAMPLES[c] and "SHARED/" in str(EXAMPLES[c])]
)
def test_readme_evaluate_commands_run(command: str, shared: Path) -> None:
    for argv in EXAMPLES[command]:
        assert _run(argv, shared).strip()


def test_score_halves_runs(shared: Path) -> None:
    """The script behind every closing note's table, on its quickest scorer."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "score_halves.py"), "--shared", str(shared),
         "--only", "geo"],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("geo")]
    assert [line.split()[1] for line in lines] == ["tune", "check"]
    assert all("recall" in line for line in lines)


def test_the_python_example_runs(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(work / STORY, work / "story.txt")
    exec(compile(python_example(), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.strip() and "->" in printed


def test_make_targets_exist() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for target in ("demo", "test"):
        result = subprocess.run(
            ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr


def test_serve_as_written_and_its_urls(work: Path) -> None:
    """``eventwire serve --db FILE --port N``: the page, /docs and the API answer."""
    if not (work / "ev.duckdb").exists():
        _run(EXAMPLES[COMMANDS_IN_ORDER[1]][0], None)
    with socket_port() as port:
        pass
    process = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", "ev.duckdb", "--port",
         str(port), "--no-warm-up"],
        cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the server exited"
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/api/status", timeout=2).status_code == 200:
                    break
            assert time.monotonic() < deadline, "the server did not start within 60 s"
            time.sleep(0.3)
        for path in ("/", "/docs", "/openapi.json", "/api/events"):
            assert httpx.get(f"{base}{path}", timeout=10).status_code == 200, path
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def socket_port() -> Iterator[int]:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        yield int(probe.getsockname()[1])
