#!/usr/bin/env python3
"""Layouts: the same gold articles as written, with typographic quotation marks and apostrophes,
and hard-wrapped, scored alike.

    python benchmarks/layouts.py                                   # both models, Wikinews dev
    python benchmarks/layouts.py --model rules --set wikinews-train-heldout
    python benchmarks/layouts.py --gold my-gold.jsonl --json layouts.json

Outlets differ in how they set the same words: Wikinews types straight quotes ("…", it's), most
news sites typographic ones (“…”, it’s), and text taken from e-mail, wire feeds or PDFs is often
hard-wrapped at about 72 characters with a blank line between paragraphs. Each variant here
changes one character for one, so every gold offset still holds and the gold needs no rewriting:

  as written   the gold text
  typographic  " → “ or ” (by the character before it), ' → ’ (after a letter or digit) or ‘
  wrapped      every line broken at the last space before column 72 (paragraphs stay apart)
  both         typographic, then wrapped

For each model and variant it prints the five figures of benchmarks/speakers.py
(speaker.recall, speaker.canonical_recall, act.agreement, content partial P and R). A reader that
is indifferent to layout prints the same figures on every row.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # speakers.py beside this file

from speakers import HELD_OUT_IDS, MODELS, SETS, conventions_for, evaluate, held_out_subset

from quotegraph.learned import CONVENTIONS, DEFAULT_CONVENTIONS
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline

WRAP_WIDTH = 72
OPENING_CONTEXT = " \t\n([{—–-/"  # a quotation mark after these opens a quotation


def typographic(text: str) -> str:
    """`text` with straight quotation marks and apostrophes made typographic, one for one."""
    chars = list(text)
    for k, char in enumerate(text):
        before = text[k - 1] if k else " "
        if char == '"':
            chars[k] = "\u201c" if before in OPENING_CONTEXT else "\u201d"
        elif char == "'":
            chars[k] = "\u2019" if before.isalnum() or before in ".,!?;:" else "\u2018"
    return "".join(chars)


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """`text` with each line broken at its last space before `width`: a space becomes a line break."""
    chars = list(text)
    column, last_space = 0, -1
    for k, char in enumerate(text):
        if char == "\n":
            column, last_space = 0, -1
            continue
        column += 1
        if char == " ":
            last_space = k
        if column > width and last_space >= 0:
            chars[last_space] = "\n"
            column, last_space = k - last_space, -1
    return "".join(chars)


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "typographic": typographic,
    "wrapped": wrapped,
    "both": lambda text: wrapped(typographic(text)),
}


def variant_file(gold: Path, layout: Callable[[str], str], folder: Path, name: str) -> Path:
    """The gold file with every text set in `layout` (offsets unchanged), written into `folder`."""
    lines = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        document = json.loads(line)
        text = layout(document["text"])
        assert len(text) == len(document["text"]), "a layout changes one character for one"
        lines.append(json.dumps({**document, "text": text}, ensure_ascii=False))
    path = folder / f"{name.replace(' ', '_')}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=MODELS, action="append", help="model(s) to run (default: both)")
    parser.add_argument("--set", dest="gold_set", choices=sorted(SETS), default="wikinews-dev",
                        help="gold set (default: %(default)s)")
    parser.add_argument("--gold", type=Path, help="score this gold JSONL instead of a named set")
    parser.add_argument("--conventions", choices=CONVENTIONS, default=DEFAULT_CONVENTIONS,
                        help="conventions for --gold (default: %(default)s)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every run's figures")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="installed spaCy pipeline")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    name = args.gold.stem if args.gold else args.gold_set
    gold = args.gold or SETS[args.gold_set]
    if not gold.exists():
        print(f"error: {gold}: no such gold file", file=sys.stderr)
        return 1
    if name == "wikinews-train-heldout":
        gold = held_out_subset(gold, HELD_OUT_IDS)
    nlp = load_pipeline(args.pipeline)
    folder = Path(tempfile.mkdtemp(prefix="quotegraph-layouts-"))
    results = []
    print(f"{name}: speaker.recall / canonical_recall / act.agreement / content partial P / R")
    for model in args.model or MODELS:
        for layout, change in LAYOUTS.items():
            path = variant_file(gold, change, folder, layout)
            run = evaluate(name, path, model, nlp, conventions_for(name, args))
            figures = " / ".join(f"{value:.3f}" for value in run.figures.values())
            print(f"  {model:<8} {layout:<12} {figures}   ({run.failed} failed)", flush=True)
            results.append({"model": model, "layout": layout, "figures": run.figures, "failed": run.failed})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
