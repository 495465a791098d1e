"""Progress of a run: a bar on a terminal, plain periodic log lines otherwise."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Never, TextIO

from tqdm import tqdm

# Files that hold exactly one document; for these the input size is known up front.
_ONE_DOCUMENT = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
_LINES = {".jsonl", ".ndjson"}


def count_documents(paths: Sequence[str | Path], *, limit: int = 1_000_000) -> int | None:
    """How many documents ``paths`` hold, when that is cheap to know; otherwise ``None``.

    Known: single-document files (text, HTML) and uncompressed JSON Lines (one per
    non-blank line). Unknown: standard input, URLs, WARC, CSV, feeds, gzipped files.
    """
    total = 0
    for item in paths:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if any(part.startswith(".") for part in file.relative_to(path).parts):
                continue
            suffix = file.suffix.lower()
            if suffix in _LINES:
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix in _ONE_DOCUMENT or (file.is_file() and not suffix):
                total += 1
            else:
                return None
            if total > limit:
                return None
    return total


class Progress:
    """Counts coded documents; draws a tqdm bar on a TTY, else logs every ``every`` seconds."""

    def __init__(
        self,
        stream: TextIO | None,
        *,
        total: int | None = None,
        every: float = 10.0,
        tty: bool | None = None,
    ) -> None:
        self._stream = stream
        self._total = total
        self._every = every
        self._started = time.perf_counter()
        self._last_log = self._started
        self.done = 0
        is_tty = tty if tty is not None else bool(stream is not None and stream.isatty())
        self._bar: tqdm[Never] | None = None
        if stream is not None and is_tty:
            self._bar = tqdm(
                total=total, file=stream, unit="doc", dynamic_ncols=True, smoothing=0.1
            )

    def update(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.perf_counter()
        if self._stream is not None and now - self._last_log >= self._every:
            self._last_log = now
            print(self.line(now), file=self._stream, flush=True)

    def line(self, now: float | None = None) -> str:
        """One log line: documents done, rate and (with a known total) the time left."""
        elapsed = max((now or time.perf_counter()) - self._started, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done} documents, {rate:.1f}/s"
        if self._total:
            left = max(self._total - self.done, 0)
            eta = left / rate if rate > 0 else float("inf")
            percent = 100 * self.done / self._total
            text = f"{self.done}/{self._total} documents ({percent:.0f}%), {rate:.1f}/s"
            if eta != float("inf"):
                text += f", about {_clock(eta)} left"
        return text

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
