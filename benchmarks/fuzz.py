#!/usr/bin/env python3
"""Fuzz the extraction core: many hostile texts through process_articles, checking invariants.

    python benchmarks/fuzz.py --inputs 100000 --seed 1           # seeded random, batched
    python benchmarks/fuzz.py --engine atheris --inputs 20000    # coverage-guided (pip install atheris)

`random` (the default) draws texts from tests/robust/hostile.py with a seeded generator and
runs them in batches through `nlp.pipe`, as ingest does; a few long texts go through the
paragraph chunking (`--chunk-chars`, small on purpose). Every --recheck-every-th batch is run
again one article at a time, and the results must not change with the batch size.
`atheris` lets libFuzzer mutate the bytes, guided by coverage of quotegraph's own code,
one text per call.

A failure is an exception escaping process_articles, a Failure for one of these texts (a
stage raised), a broken span invariant or a batch-size difference. Each is saved with its
input as JSON under --failures, so `python benchmarks/fuzz.py --replay FILE` reproduces it.
Prints inputs/s and the failures by kind, and writes --report (JSON).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.robust.hostile: one definition of texts and invariants

# quotegraph is imported in main(), under atheris's instrumentation when that engine runs.
q: Any = None  # the imported names, as attributes


@dataclass
class Tally:
    inputs: int = 0
    chars: int = 0
    statements: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    saved: list[str] = field(default_factory=list)


class Fuzzer:
    """Runs batches, checks invariants, saves each failing input once per kind of failure."""

    def __init__(self, nlp: Any, failures_dir: Path, chunk_chars: int, max_saved_per_kind: int = 5) -> None:
        self.nlp = nlp
        self.failures_dir = failures_dir
        self.chunk_chars = chunk_chars
        self.max_saved = max_saved_per_kind
        self.tally = Tally()

    def run_batch(self, texts: list[str], *, recheck: bool) -> None:
        articles = [q.Article(id=f"f{self.tally.inputs + k}", text=t) for k, t in enumerate(texts)]
        try:
            results = list(self._process(articles, batch_size=len(articles)))
        except Exception:
            results = [r for a in articles for r in self._process_alone(a)]
        for article, result in zip(articles, results, strict=True):
            for problem in q.violations(result):
                self.record(problem, article.text)
        if recheck:
            for article, batched in zip(articles, results, strict=True):
                alone = self._process_alone(article)
                if [q.comparable(r) for r in alone] != [q.comparable(batched)]:
                    self.record("batch size changes the result", article.text)
        self.tally.inputs += len(texts)
        self.tally.chars += sum(map(len, texts))
        self.tally.statements += sum(len(getattr(r, "statements", ())) for r in results)

    def _process(self, articles: list[Any], *, batch_size: int) -> Iterator[Any]:
        return q.process_articles(
            articles, self.nlp, batch_size=batch_size, max_chunk_chars=self.chunk_chars, memory_zone=True
        )

    def _process_alone(self, article: Any) -> list[Any]:
        try:
            return list(self._process([article], batch_size=1))
        except Exception as error:
            self.record(f"raised {type(error).__name__}: {str(error)[:120]}", article.text)
            return []

    def record(self, problem: str, text: str) -> None:
        # "statement 3: cue [4, 9) covers only ' '" is counted as "span invariant: cue …".
        kind = problem[:160]
        if problem.startswith("statement "):
            kind = "span invariant: " + problem.split(": ", 1)[1].split(" ", 1)[0]
        self.tally.kinds[kind] += 1
        if self.tally.kinds[kind] <= self.max_saved:
            self.failures_dir.mkdir(parents=True, exist_ok=True)
            path = self.failures_dir / f"failure-{len(self.tally.saved):04d}.json"
            path.write_text(json.dumps({"problem": problem, "text": text}, ensure_ascii=True) + "\n")
            self.tally.saved.append(str(path))


def run_random(fuzzer: Fuzzer, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    started, batch_number = time.monotonic(), 0
    while fuzzer.tally.inputs < args.inputs:
        texts = [_one_text(rng, args) for _ in range(min(args.batch, args.inputs - fuzzer.tally.inputs))]
        fuzzer.run_batch(texts, recheck=batch_number % args.recheck_every == 0)
        batch_number += 1
        if batch_number % 100 == 0:
            rate = fuzzer.tally.inputs / (time.monotonic() - started)
            print(f"{fuzzer.tally.inputs} inputs, {rate:.0f}/s, {sum(fuzzer.tally.kinds.values())} failures",
                  file=sys.stderr, flush=True)


def _one_text(rng: random.Random, args: argparse.Namespace) -> str:
    if rng.random() < args.long_share:  # long enough to be cut into several chunks
        return "\n\n".join(q.hostile_text(rng, max_pieces=30) for _ in range(rng.randrange(3, 12)))
    return q.hostile_text(rng)


def run_atheris(fuzzer: Fuzzer, args: argparse.Namespace) -> None:
    """libFuzzer mutates seeds drawn from hostile_text; it exits the process, so report from here."""
    import atheris

    started, cpu = time.monotonic(), time.process_time()

    def one_input(data: bytes) -> None:
        # Files are decoded the same way before anything sees them: invalid UTF-8 is refused there.
        fuzzer.run_batch([data.decode("utf-8", errors="replace")], recheck=False)
        if fuzzer.tally.inputs >= args.inputs:
            code = report(fuzzer.tally, args, time.monotonic() - started, time.process_time() - cpu)
            sys.stdout.flush()
            os._exit(code)  # libFuzzer would count a SystemExit as a crash

    seeds = Path(tempfile.mkdtemp(prefix="quotegraph-fuzz-seeds-"))
    rng = random.Random(args.seed)
    for k in range(200):
        (seeds / f"seed{k}").write_bytes(q.hostile_text(rng).encode("utf-8"))
    libfuzzer_args = [f"-runs={args.inputs + 1}", f"-seed={args.seed}", "-max_len=4000"]
    atheris.Setup([sys.argv[0], *libfuzzer_args, str(seeds)], one_input)
    atheris.Fuzz()


def replay(fuzzer: Fuzzer, path: Path) -> None:
    saved = json.loads(path.read_text())
    print(f"saved problem: {saved['problem']}")
    fuzzer.run_batch([saved["text"]], recheck=True)
    print(f"now: {dict(fuzzer.tally.kinds) or 'no failure'}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", choices=["random", "atheris"], default="random")
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=64, help="Texts per nlp.pipe batch (random engine).")
    parser.add_argument("--recheck-every", type=int, default=50, help="Rerun every Nth batch one by one.")
    parser.add_argument("--long-share", type=float, default=0.01, help="Share of long, chunked texts.")
    parser.add_argument("--chunk-chars", type=int, default=1_000, help="max_chunk_chars, small on purpose.")
    parser.add_argument("--failures", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz-failures")
    parser.add_argument("--report", type=Path, default=None, help="Write the figures as JSON here.")
    parser.add_argument("--replay", type=Path, default=None, help="Rerun one saved failure.")
    args = parser.parse_args()

    import_quotegraph(instrumented=args.engine == "atheris")
    fuzzer = Fuzzer(q.load_pipeline(), args.failures, args.chunk_chars)
    if args.replay:
        replay(fuzzer, args.replay)
        return
    if args.engine == "atheris":
        run_atheris(fuzzer, args)
        return
    started, cpu = time.monotonic(), time.process_time()
    run_random(fuzzer, args)
    sys.exit(report(fuzzer.tally, args, time.monotonic() - started, time.process_time() - cpu))


def import_quotegraph(*, instrumented: bool) -> None:
    """Import what the fuzzer calls; with `instrumented`, so that atheris sees quotegraph's coverage."""
    global q  # noqa: PLW0603 - set once, before any fuzzing
    context: Any = contextlib.nullcontext()
    if instrumented:
        import atheris

        context = atheris.instrument_imports(include=["quotegraph"])
    with context:
        from tests.robust import hostile

        from quotegraph.nlp import load_pipeline
        from quotegraph.process import process_articles
        from quotegraph.records import Article
    q = types.SimpleNamespace(
        Article=Article, load_pipeline=load_pipeline, process_articles=process_articles,
        comparable=hostile.comparable, hostile_text=hostile.hostile_text, violations=hostile.violations,
    )


def report(tally: Tally, args: argparse.Namespace, wall: float, cpu: float) -> int:
    """Print (and write, with --report) the figures; returns the exit code: 1 if anything failed."""
    figures = {
        "engine": args.engine,
        "seed": args.seed,
        "inputs": tally.inputs,
        "characters": tally.chars,
        "statements": tally.statements,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "inputs_per_s": round(tally.inputs / wall, 1),
        "failures": sum(tally.kinds.values()),
        "failures_by_kind": dict(tally.kinds.most_common()),
        "saved": tally.saved,
    }
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    if args.report:
        args.report.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if tally.kinds else 0


if __name__ == "__main__":
    main()
