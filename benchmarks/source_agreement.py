#!/usr/bin/env python3
"""Where the source goes wrong on partially matched statements, grouped by pattern.

    PYTHONPATH=src python benchmarks/source_agreement.py GOLD.jsonl PRED.jsonl [--show 5]

PRED is `quotegraph extract GOLD --format jsonl --no-dedup` output. For every predicted
statement whose content shares a token with some gold content (the shared scorer's
"source agrees on partial-matched content"), the source agrees when it shares a token with
the source of one of those gold attributions (or both are empty). This lists the ones that
disagree, counted by pattern, with a few examples each (read from GOLD at run time: the
texts are never stored). Tune on train and dev only.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

from quotegraph._eval_units import Attribution, Units, contents_share, sources_agree
from quotegraph.evaluate import read_attribution_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--show", type=int, default=4, help="examples per pattern (default: %(default)s)")
    args = parser.parse_args(argv)
    gold = read_attribution_file(args.gold)
    pred = read_attribution_file(args.pred, need_text=False)
    cases: dict[str, list[str]] = collections.defaultdict(list)
    matched = 0
    for doc_id, document in gold.items():
        for pattern, example in disagreements(document, pred.get(doc_id, {}).get("attributions", [])):
            cases[pattern].append(example)
        matched += count_matched(document, pred.get(doc_id, {}).get("attributions", []))
    wrong = sum(len(v) for v in cases.values())
    print(f"matched {matched}, source disagrees {wrong} ({wrong / max(matched, 1):.3f})\n")
    for pattern, examples in sorted(cases.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(examples):4d}  {pattern}")
        for example in examples[: args.show]:
            print(f"        {example}")
    return 0


def count_matched(document: dict[str, Any], predicted: list[dict[str, Any]]) -> int:
    units = Units(document["text"])
    gold = [Attribution.from_dict(units, a) for a in document.get("attributions", [])]
    return sum(any(contents_share(Attribution.from_dict(units, p), g) for g in gold) for p in predicted)


def disagreements(document: dict[str, Any], predicted: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(pattern, example) for each matched prediction whose source agrees with no matching gold."""
    text = document["text"]
    units = Units(text)
    gold = [(a, Attribution.from_dict(units, a)) for a in document.get("attributions", [])]
    found = []
    for raw in predicted:
        p = Attribution.from_dict(units, raw)
        hits = [(a, g) for a, g in gold if contents_share(p, g)]
        if not hits or any(sources_agree(p.source, g.source) for _, g in hits):
            continue
        best_raw, best = max(hits, key=lambda h: _shared(p.content, h[1].content))
        found.append((pattern_of(text, raw, best_raw, p, best), example_of(text, raw, best_raw)))
    return found


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def pattern_of(
    text: str, raw: dict[str, Any], gold_raw: dict[str, Any], p: Attribution, g: Attribution
) -> str:
    """The first pattern that fits, prefixed with whether the cues overlap."""
    same_cue = bool(p.cue) and bool(g.cue) and _shared(p.cue, g.cue) > 0
    gold_source = _text(text, gold_raw.get("source")).casefold()
    pred_source = _text(text, raw.get("source")).casefold()
    checks = (
        (not p.source, "predicted no source, gold has one"),
        (not g.source, "predicted a source, gold has none"),
        (_shared(p.source, g.content) > 0, "predicted source lies in gold content"),
        (_shared(g.source, p.content) > 0, "gold source lies in predicted content"),
        (gold_source in PRONOUNS, "gold source a pronoun, predicted another mention"),
        (pred_source in PRONOUNS, "predicted a pronoun, gold another mention"),
    )
    pattern = next((name for holds, name in checks if holds), "disjoint sources")
    return f"{'same cue' if same_cue else 'other cue'}: {pattern}"


def example_of(text: str, raw: dict[str, Any], gold_raw: dict[str, Any]) -> str:
    pieces = [
        f"pred src={_text(text, raw.get('source'))!r} cue={_text(text, raw.get('cue'))!r}",
        f"gold src={_text(text, gold_raw.get('source'))!r} cue={_text(text, gold_raw.get('cue'))!r}",
        f"content={_text(text, raw.get('content'))[:90]!r}",
    ]
    return " | ".join(pieces)


def _text(text: str, pairs: Any) -> str:
    return " … ".join(text[s:e] for s, e in pairs or ()).replace("\n", " ")


def _shared(first: Any, second: Any) -> int:
    return sum(max(0, min(a2, b2) - max(a1, b1)) for a1, a2 in first for b1, b2 in second)


if __name__ == "__main__":
    sys.exit(main())
