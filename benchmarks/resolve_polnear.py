#!/usr/bin/env python3
"""What selective entity recognition costs on PolNeAR dev, and what the resolve stage yields there.

    PYTHONPATH=src python benchmarks/resolve_polnear.py [--gold /work/shared/corpora/polnear/dev.jsonl]

Runs the pipeline three ways — entity recogniser off, on the selected sentences only (the
default), and over whole articles — and prints, for each, the wall time, the share of
statements with a resolved speaker, the speaker kinds, and the shared scorer's
"source agrees on partially matched content". PolNeAR has no canonical speakers, so speaker
accuracy is measured on tests/resolve/articles instead (benchmarks/resolve_bench.py).
Texts are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

import spacy

from quotegraph.formats import jsonl_line
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

GOLD = Path("/work/shared/corpora/polnear/dev.jsonl")
SCORER = Path("/work/shared/eval/score.py")


def articles(gold: Path) -> list[Article]:
    with gold.open(encoding="utf-8") as lines:
        return [Article(id=d["id"], text=d["text"]) for d in map(json.loads, lines)]


def pipeline(mode: str) -> spacy.language.Language:
    nlp = load_pipeline()
    if mode == "off":
        nlp.remove_pipe("ner")
    elif mode == "whole":
        nlp.enable_pipe("ner")  # runs over every article: the costly baseline
    return nlp


def run(mode: str, items: list[Article], out: Path) -> dict:
    nlp = pipeline(mode)
    started = time.process_time()  # CPU time: the machine is shared
    results = [r for r in process_articles(items, nlp) if isinstance(r, ArticleResult)]
    seconds = time.process_time() - started
    out.write_text("".join(jsonl_line(r) for r in results), encoding="utf-8")
    statements = [s for r in results for s in r.statements]
    kinds = collections.Counter(s.speaker_kind.value if s.speaker_kind else "none" for s in statements)
    return {
        "cpu_seconds": round(seconds, 1),
        "statements": len(statements),
        "with_speaker": sum(s.speaker is not None for s in statements),
        "kinds": dict(kinds.most_common()),
    }


def source_agreement(gold: Path, predictions: Path) -> dict:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    result = score.score(score.read_jsonl(gold), score.read_jsonl(predictions), "token", False)
    return result["source"]["on_matched_content"]["partial"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--modes", default="off,selected,whole")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold} not found", file=sys.stderr)
        return 1
    items = articles(args.gold)
    print(f"{len(items)} articles, pipeline {DEFAULT_PIPELINE}")
    with tempfile.TemporaryDirectory() as folder:
        for mode in args.modes.split(","):
            out = Path(folder) / f"{mode}.jsonl"
            figures = run(mode, items, out)
            agreement = source_agreement(args.gold, out)
            print(
                f"ner {mode:8} {json.dumps(figures)}  source agrees on partial content "
                f"{agreement['share']:.4f} ({agreement['source_agrees']}/{agreement['matched']})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
