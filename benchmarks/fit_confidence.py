"""Fit the calibrated statement confidence (quotegraph.confidence) of each extraction path.

Runs the pipeline over the read Wikinews train articles (gold/wikinews/train.jsonl less the ids
in gold/wikinews/train_heldout.txt), labels each statement 1 when its content overlaps a gold
content (the shared scorer's partial match, in its tokens) and fits a logistic regression on
the statement's features (quotegraph.confidence.features). The L2 strength is chosen by
cross-validation grouped by article; the report gives that cross-validation's AUC, log loss and
calibration, and the same for gold/wikinews/dev.jsonl scored by the model fitted on every read
article (dev is never trained on). With --write, the coefficients go to
src/quotegraph/confidence/confidence_<model>.json.

    python benchmarks/fit_confidence.py                                            # the report only
    python benchmarks/fit_confidence.py --model rules --write                      # the shipped files:
    python benchmarks/fit_confidence.py --model learned --drop-below 0.2 --write   # rules drop none

`--drop-below P` stores P as the threshold below which statements are dropped (0: none); the
report shows what each threshold would cost and gain on the cross-validated read articles and
on dev. `--heldout` adds the same aggregate figures on the never-read held-out train articles
(a look at them, to be counted: no statement or article is printed).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.confidence import PATHS
from quotegraph.evaluate import Units, read_attribution_file
from quotegraph.learned import load_span_tagger
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.predict import articles_of
from quotegraph.process import process_articles
from quotegraph.records import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "gold" / "wikinews" / "train.jsonl"
HELD_OUT_IDS = ROOT / "gold" / "wikinews" / "train_heldout.txt"
DEV = ROOT / "gold" / "wikinews" / "dev.jsonl"
OUTPUT = ROOT / "src" / "quotegraph" / "confidence"
STRENGTHS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)  # L2 penalty per unit of data, tried by cross-validation
FOLDS = 5
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


class _Recorder:
    """Stands in for a ConfidenceModel: keeps each statement's features and gives it their index
    as its confidence, so that the results can be matched with them; drops nothing."""

    drop_below = 0.0

    def __init__(self) -> None:
        self.features: list[dict[str, float]] = []

    def probability(self, features: Mapping[str, float]) -> float:
        self.features.append(dict(features))
        return float(len(self.features) - 1)


def read_articles() -> dict[str, dict[str, Any]]:
    """The train articles whose misses may be read: the only ones fitted on."""
    held_out = set(HELD_OUT_IDS.read_text(encoding="utf-8").split())
    return {k: v for k, v in read_attribution_file(TRAIN).items() if k not in held_out}


def held_out_articles() -> dict[str, dict[str, Any]]:
    """The never-read train articles: judged by aggregate figures only, never fitted on."""
    held_out = set(HELD_OUT_IDS.read_text(encoding="utf-8").split())
    return {k: v for k, v in read_attribution_file(TRAIN).items() if k in held_out}


def statement_rows(documents: Mapping[str, Mapping[str, Any]], model: str, nlp: Any) -> list[dict[str, Any]]:
    """One row per statement the pipeline returns: article, features, label, and the gold it hits."""
    recorder = _Recorder()
    rows = []
    results = process_articles(articles_of(documents), nlp, tagger=load_span_tagger(model),
                               confidence=recorder)  # type: ignore[arg-type]
    for result in results:
        if not isinstance(result, ArticleResult):
            continue
        gold = documents[result.article.id]
        units = Units(gold["text"])
        gold_contents = [units.ranges(g["content"]) for g in gold.get("attributions", [])]
        for statement in result.statements:
            mine = units.ranges([part.as_pair() for part in statement.content])
            hits = [k for k, g in enumerate(gold_contents) if _shared(mine, g)]
            features = recorder.features[int(statement.confidence)]
            label = int(bool(hits))
            rows.append({"article": result.article.id, "features": features, "label": label, "hits": hits})
    return rows


def gold_count(documents: Mapping[str, Mapping[str, Any]]) -> int:
    return sum(len(d.get("attributions", [])) for d in documents.values())


def _shared(first: Sequence[tuple[int, int]], second: Sequence[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in first for c, d in second)


def design(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> np.ndarray:
    index = {name: k for k, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name, value in row["features"].items():
            if name in index:
                matrix[r, index[name]] = value
    return matrix


def fit(x: np.ndarray, y: np.ndarray, strength: float) -> tuple[float, np.ndarray]:
    """Intercept and weights of an L2-penalised logistic regression (Newton's method; the
    intercept is not penalised)."""
    data = np.hstack([np.ones((len(x), 1)), x])
    penalty = strength * len(x) * np.eye(data.shape[1]) / 100
    penalty[0, 0] = 0.0
    beta = np.zeros(data.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-data @ beta))
        gradient = data.T @ (p - y) + penalty @ beta
        hessian = data.T @ (data * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(data.shape[1])
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), beta[1:]


def predict(x: np.ndarray, intercept: float, weights: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(intercept + x @ weights)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="mergesort")
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    for value in np.unique(p):  # ties share their mean rank
        tied = p == value
        ranks[tied] = ranks[tied].mean()
    positives = y.sum()
    negatives = len(y) - positives
    return float((ranks[y == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def cross_validated(rows: list[dict[str, Any]], names: list[str], strength: float) -> np.ndarray:
    """Each row's probability from a model fitted on the other folds (articles assigned to folds in order)."""
    articles = sorted({row["article"] for row in rows})
    fold_of = {a: k % FOLDS for k, a in enumerate(articles)}
    folds = np.array([fold_of[row["article"]] for row in rows])
    x, y = design(rows, names), np.array([row["label"] for row in rows], dtype=float)
    p = np.zeros(len(rows))
    for k in range(FOLDS):
        intercept, weights = fit(x[folds != k], y[folds != k], strength)
        p[folds == k] = predict(x[folds == k], intercept, weights)
    return p


def calibration(y: np.ndarray, p: np.ndarray) -> list[tuple[str, int, float, float]]:
    bins = [(0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    table = []
    for low, high in bins:
        inside = (p >= low) & (p < high)
        if inside.any():
            table.append((f"{low:.1f}-{min(high, 1):.1f}", int(inside.sum()), float(p[inside].mean()),
                          float(y[inside].mean())))
    return table


def thresholds(rows: list[dict[str, Any]], p: np.ndarray, golds: int) -> list[str]:
    """What dropping below each threshold does: statement precision and gold recall (a gold is
    found while some kept statement overlaps it)."""
    lines = []
    y = np.array([row["label"] for row in rows])
    for t in (0.0, *THRESHOLDS):
        kept = p >= t
        found = {(row["article"], h) for row, k in zip(rows, kept, strict=True) if k for h in row["hits"]}
        false = int((kept & (y == 0)).sum())
        lines.append(f"    drop < {t:.2f}: kept {int(kept.sum()):5d}, false {false:4d}, "
                     f"precision {y[kept].mean():.4f}, gold recall {len(found) / golds:.4f}")
    return lines


def report(title: str, y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    figures = {"auc": round(auc(y, p), 4), "log_loss": round(log_loss(y, p), 4),
               "brier": round(float(np.mean((p - y) ** 2)), 4), "base_rate": round(float(y.mean()), 4)}
    print(f"  {title}: {figures}")
    for label, count, mean_p, rate in calibration(y, p):
        print(f"    p {label}: {count:5d} statements, mean p {mean_p:.3f}, share true {rate:.3f}")
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=PATHS, action="append", help="path(s) to fit (default: both)")
    parser.add_argument("--write", action="store_true", help="write confidence_<model>.json")
    parser.add_argument("--drop-below", type=float, default=0.0, help="threshold stored with --write")
    parser.add_argument("--cache", type=Path, help="keep the statement rows here between runs")
    parser.add_argument("--heldout", action="store_true",
                        help="also score the never-read held-out train articles: aggregate figures only")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE)
    args = parser.parse_args(argv)
    nlp = None
    named = {"read": read_articles(), "dev": read_attribution_file(DEV)}
    if args.heldout:
        named["heldout"] = held_out_articles()
    for model in args.model or PATHS:
        sets = {}
        for name, documents in named.items():
            cached = args.cache / f"{name}-{model}.pickle" if args.cache else None
            if cached and cached.exists():
                sets[name] = pickle.loads(cached.read_bytes())
                continue
            nlp = nlp or load_pipeline(args.pipeline)
            sets[name] = statement_rows(documents, model, nlp)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(pickle.dumps(sets[name]))
        golds = {name: gold_count(documents) for name, documents in named.items()}
        fit_model(model, sets, golds, args)
    return 0


def fit_model(model: str, sets: Mapping[str, list[dict[str, Any]]], golds: Mapping[str, int],
              args: argparse.Namespace) -> None:
    """Choose the L2 strength, report cross-validation and dev, and write the model if asked."""
    read, dev = sets["read"], sets["dev"]
    names = sorted({name for row in read for name in row["features"]})
    y = np.array([row["label"] for row in read], dtype=float)
    print(f"\n== {model}: {len(read)} statements on {len({r['article'] for r in read})} read articles, "
          f"{len(names)} features")
    losses = {s: log_loss(y, cross_validated(read, names, s)) for s in STRENGTHS}
    print("  cross-validated log loss by L2 strength:", {s: round(v, 4) for s, v in losses.items()})
    strength = min(losses, key=losses.__getitem__)
    p_cv = cross_validated(read, names, strength)
    cv = report(f"read, {FOLDS}-fold by article (L2 {strength})", y, p_cv)
    print("\n".join(thresholds(read, p_cv, golds['read'])))
    intercept, weights = fit(design(read, names), y, strength)
    y_dev = np.array([row["label"] for row in dev], dtype=float)
    p_dev = predict(design(dev, names), intercept, weights)
    on_dev = report("dev, fitted on every read article", y_dev, p_dev)
    print("\n".join(thresholds(dev, p_dev, golds['dev'])))
    if "heldout" in sets:
        heldout = sets["heldout"]
        y_held = np.array([row["label"] for row in heldout], dtype=float)
        p_held = predict(design(heldout, names), intercept, weights)
        report("never-read held-out train articles, fitted on every read article", y_held, p_held)
        print("\n".join(thresholds(heldout, p_held, golds["heldout"])))
    print("  weights:", ", ".join(f"{n} {w:+.2f}" for n, w in sorted(zip(names, weights, strict=True),
                                                                     key=lambda nw: -abs(nw[1]))))
    if args.write:
        data = {
            "model": model, "intercept": round(intercept, 4),
            "weights": {n: round(float(w), 4) for n, w in zip(names, weights, strict=True)},
            "drop_below": args.drop_below, "l2_strength": strength,
            "fitted_on": f"gold/wikinews/train.jsonl less train_heldout.txt: {len(read)} statements",
            "cross_validated": cv, "dev": on_dev,
        }
        path = OUTPUT / f"confidence_{model}.json"
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"  wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
