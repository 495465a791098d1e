"""CPU milliseconds per article for each stage of in-process coding, without a profiler.

Codes the sample corpus repeated (as ``throughput.py`` does) in this process, timing each
stage function with ``time.process_time`` around its calls (extract, geo, actors,
quotes, timex, events, and the store's batched write into a fresh store); what is left
is the spaCy parse and the glue between stages. A bare ``nlp.pipe`` over the same texts
runs first, for the ratio. Unlike ``stages.py`` it needs no py-spy and adds no sampling
or profiling overhead, so the figures are what a run spends.

    python benchmarks/cpu_profile.py [--articles 300]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eventwire.pipeline as pipeline
import eventwire.stages as stages
from bench_corpus import bare_pipeline, repeated
from eventwire.extract import extract
from eventwire.records import Article
from eventwire.runners.local import RunReport, write_all
from eventwire.runners.pool import warm_up
from eventwire.store import Store

# The stage functions as the modules that call them name them, and the label each is
# shown under: extraction in the pipeline, the rest in the stage table (eventwire.stages).
STAGES = {
    (pipeline, "extract"): "extract (decode, HTML, boilerplate, language, signature)",
    (stages, "locate"): "geo (locate)",
    (stages, "recognise"): "actors (recognise)",
    (stages, "find_quotes"): "quotes",
    (stages, "find_dates"): "timex (find_dates)",
    (stages, "code_events"): "events (code_events)",
}
spent: dict[str, float] = defaultdict(float)


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    documents = repeated(args.articles)
    texts = [a.text for d in documents if isinstance(a := extract(d), Article)]
    bare_nlp = bare_pipeline()
    warm_up()
    started = time.process_time()
    for _ in bare_nlp.pipe(texts, batch_size=16):
        pass
    bare = time.process_time() - started
    for (module, name), label in STAGES.items():
        setattr(module, name, _timed(label, getattr(module, name)))
    Store.write_many = _timed("store write (batches of 64)", Store.write_many)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "p.duckdb") as store:
        report = RunReport(run_id=store.begin_run(["bench"], version="bench", lexicon_version="-"))
        started = time.process_time()
        write_all(store, pipeline.code_documents(documents, batch_size=16), report, batch=64)
        total = time.process_time() - started
    n = len(texts)
    print(f"{len(documents)} documents, {n} articles coded; CPU ms per article")
    print(f"  {'bare nlp.pipe over the same texts':58s} {1000 * bare / n:7.1f}")
    print(f"  {'whole coding and writing':58s} {1000 * total / n:7.1f}")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:58s} {1000 * seconds / n:7.1f}")
    rest = total - sum(spent.values())
    print(f"  {'parse (nlp.pipe) and the glue between stages':58s} {1000 * rest / n:7.1f}")


if __name__ == "__main__":
    main()
