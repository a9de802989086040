#!/usr/bin/env python3
"""Why predicted spans miss: each role's unique spans sorted into exact, boundary, spurious, missed.

Uses the shared scorer's own token ranges (../shared/eval/score.py), so its counts add up to the
"unique (CofeNet)" rows: a predicted span that is not exactly a gold one either overlaps a gold
span of its role (a boundary miss: its start, its end, or its number of parts differ) or
overlaps none (spurious); a gold span that no prediction overlaps is missed.

    python benchmarks/span_errors.py ../shared/corpora/polnear/dev.jsonl dev-pred.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
ROLES = ("source", "cue", "content")


def load_scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return {doc["id"]: doc for doc in map(json.loads, filter(str.strip, lines))}


def classify(scorer: Any, gold: dict[str, dict], predicted: dict[str, dict], role: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for doc_id, doc in gold.items():
        units = scorer.Units(doc["text"])
        golds = {units.ranges(a.get(role)) for a in doc.get("attributions", [])} - {()}
        preds = {units.ranges(a.get(role)) for a in predicted.get(doc_id, {}).get("attributions", [])} - {()}
        counts["gold"] += len(golds)
        counts["predicted"] += len(preds)
        counts["exact"] += len(golds & preds)
        for p in preds - golds:
            overlapping = [g for g in golds if scorer.inter(p, g) > 0]
            if not overlapping:
                counts["spurious"] += 1
                continue
            g = max(overlapping, key=lambda g: scorer.inter(p, g))
            counts["boundary"] += 1
            counts["boundary: start differs"] += p[0][0] != g[0][0]
            counts["boundary: end differs"] += p[-1][1] != g[-1][1]
            counts["boundary: parts differ"] += len(p) != len(g)
        counts["missed"] += sum(1 for g in golds - preds if not any(scorer.inter(p, g) > 0 for p in preds))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predicted", type=Path)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    gold, predicted = read(args.gold), read(args.predicted)
    for role in ROLES:
        counts = classify(scorer, gold, predicted, role)
        f1 = 2 * counts["exact"] / max(1, counts["gold"] + counts["predicted"])
        print(f"{role}: F1 {f1:.3f}; " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
