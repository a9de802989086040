#!/usr/bin/env python3
"""Evaluation gate: extraction over an annotated set, scored, compared with pinned floors.

    python benchmarks/eval_gate.py --gold ../shared/corpora/polnear/dev.jsonl
    python benchmarks/eval_gate.py --gold gold/wikinews/dev.jsonl --model learned   # who and how too
    python benchmarks/eval_gate.py --gold ... --write-pred dev.pred.jsonl   # keep the predictions
    python benchmarks/eval_gate.py --gold ... --record-floors               # re-pin floors.json

Prints score.py's table (quotegraph.evaluate re-implements it) and one line per gated figure,
then exits 1 naming every figure below its floor in benchmarks/floors.json, and whenever a
document failed (`failed_documents` in floors.json records that its ceiling is 0). Floors are the
measured figures rounded down to 2 decimals, minus a 0.01 margin (as trafilatura pins its
evaluation): raise them as the figures rise. A floors file also records the conventions its
figures were measured under (`_conventions`: "polnear" for PolNeAR dev, whose annotators counted
negated reports and agentless passives; see quotegraph.learned.CONVENTIONS), and the run uses
them unless --conventions says otherwise.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.evaluate import figure_named, read_attribution_file, render_table, score_documents, shortfalls
from quotegraph.learned import CONVENTIONS, DEFAULT_CONVENTIONS, load_span_tagger
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.predict import Predictions, predict_documents

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"
WIKINEWS_DEV = HERE.parent / "gold" / "wikinews" / "dev.jsonl"
DEFAULT_FLOORS = {"rules": HERE / "floors.json", "learned": HERE / "floors_learned.json"}
# The Wikinews set also names speakers and acts, so its gate has floors of its own.
WIKINEWS_FLOORS = {"rules": HERE / "floors_wikinews.json", "learned": HERE / "floors_wikinews_learned.json"}
FAILED = "failed_documents"
# Figures --record-floors pins.
GATED = (
    "content.overlap.f1",
    "content.exact.f1",
    "content.partial.f1",
    "source.with_content.partial.f1",
    "source.exact.f1",
    "cue.exact.f1",
    "recall_by_type.indirect.content_partial",
    "spans.content.f1",
    "spans.source.f1",
    "spans.cue.f1",
)
# Pinned too when the gold names speakers and acts (see ../shared/eval/CONVENTIONS.md).
GATED_WHO = (
    "speaker.recall",
    "speaker.canonical_recall",
    "act.agreement",
    "content.partial.precision",
    "content.partial.recall",
)
MARGIN = 0.01


def main(argv: list[str] | None = None) -> int:
    try:
        return run(parse_args(argv))
    except QuotegraphError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: %(default)s)")
    parser.add_argument("--model", choices=sorted(DEFAULT_FLOORS), default="rules",
                        help="extractor to gate (default: %(default)s); each has its own floors")
    parser.add_argument("--floors", type=Path, help="floors (default: benchmarks/floors.json, "
                        "floors_learned.json with --model learned, floors_wikinews[_learned].json "
                        "for gold/wikinews/dev.jsonl)")
    parser.add_argument("--conventions", choices=CONVENTIONS,
                        help="which reports count on the learned path (default: the floors file's)")
    parser.add_argument("--write-pred", type=Path, metavar="PATH", help="save the predictions as JSONL")
    parser.add_argument("--record-floors", action="store_true", help="write this run's floors to --floors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="installed spaCy pipeline")
    args = parser.parse_args(argv)
    args.floors = args.floors or default_floors(args.gold, args.model)
    args.conventions = args.conventions or conventions_of(args.floors)
    return args


def default_floors(gold: Path, model: str) -> Path:
    """The floors file for `gold`: the Wikinews dev set's own, else PolNeAR dev's."""
    wikinews = gold.resolve() == WIKINEWS_DEV.resolve()
    return (WIKINEWS_FLOORS if wikinews else DEFAULT_FLOORS)[model]


def conventions_of(floors: Path) -> str:
    """The conventions `floors` were measured under (the default ones if it does not say, or is new)."""
    try:
        recorded = json.loads(floors.read_text(encoding="utf-8")).get("_conventions", DEFAULT_CONVENTIONS)
    except (OSError, json.JSONDecodeError):
        return DEFAULT_CONVENTIONS  # load_floors reports an unreadable file, unless --record-floors writes it
    if recorded not in CONVENTIONS:
        choices = ", ".join(CONVENTIONS)
        raise QuotegraphError(f"{floors}: unknown _conventions {recorded!r}: choose one of {choices}")
    return str(recorded)


def run(args: argparse.Namespace) -> int:
    gold = read_attribution_file(args.gold)
    started = time.perf_counter()
    tagger = load_span_tagger(args.model)
    nlp = load_pipeline(args.pipeline)
    predictions = predict_documents(gold, nlp, tagger=tagger, conventions=args.conventions)
    seconds = time.perf_counter() - started
    if args.write_pred:
        write_predictions(args.write_pred, gold, predictions)
    figures = score_documents(gold, predictions.documents)
    print(json.dumps(figures) if args.json else render_table(figures))
    print(f"\n{args.gold}: {len(gold)} documents in {seconds:.1f} s ({args.conventions} conventions), "
          f"{len(predictions.failures)} failed")
    for failure in predictions.failures:
        print(f"failed: {failure}")
    if args.record_floors:
        record_floors(args.floors, figures, args.conventions)
    return gate(figures, len(predictions.failures), load_floors(args.floors))


def write_predictions(path: Path, gold: dict[str, Any], predictions: Predictions) -> None:
    """One line per gold document, in gold order; failed ones with no attributions."""
    with path.open("w", encoding="utf-8") as handle:
        for doc_id in gold:
            document = predictions.documents.get(doc_id, {"id": doc_id, "attributions": []})
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")


def load_floors(path: Path) -> dict[str, float]:
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise QuotegraphError(f"{path}: cannot read floors ({error})") from None
    return {name: value for name, value in floors.items() if not name.startswith("_")}


def pinned(value: float) -> float:
    """`value` rounded down to 2 decimals, minus the margin; never below 0."""
    return max(0.0, round(math.floor(value * 100 + 1e-9) / 100 - MARGIN, 2))


def record_floors(path: Path, figures: dict[str, Any], conventions: str) -> None:
    floors: dict[str, Any] = {
        "_comment": "Written by benchmarks/eval_gate.py --record-floors: measured, rounded down, minus 0.01. "
        "failed_documents must stay 0.",
        "_conventions": conventions,
    }
    names_speakers = figures["speaker"]["gold_with_speaker"] > 0
    floors.update({name: pinned(figure_named(figures, name)) for name in GATED})
    if names_speakers:
        floors.update({name: pinned(figure_named(figures, name)) for name in GATED_WHO})
    floors[FAILED] = 0
    path.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    print(f"floors written to {path}")


def gate(figures: dict[str, Any], failed: int, floors: dict[str, float]) -> int:
    """0 when every figure reaches its floor and no document failed, else 1 with the reasons."""
    floors.pop(FAILED, None)  # a ceiling of 0, whatever the file says: see below
    print("\ngate")
    for name, floor in floors.items():
        print(f"  {name:<42} {figure_named(figures, name):.4f}  (floor {floor:.2f})")
    print(f"  {FAILED:<42} {failed}  (must be 0)")
    problems = shortfalls(figures, floors)
    if failed:  # a failed document always fails the gate: nothing may be silently lost
        problems.append(f"{FAILED} = {failed}: every document must be processed")
    for problem in problems:
        print(f"BELOW FLOOR: {problem}", file=sys.stderr)
    print("gate: " + ("FAILED" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
