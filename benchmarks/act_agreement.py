#!/usr/bin/env python3
"""How far two annotators agree on speech acts: the ceiling `act.agreement` can be read against.

    python benchmarks/act_agreement.py [--gold gold/wikinews/dev.jsonl]
        [--second gold/wikinews/agreement/acts_second_annotator.jsonl]
    python benchmarks/act_agreement.py --gold gold/wikinews/test.jsonl --gold gold/wikinews/train.jsonl \
        --second gold/wikinews/agreement/acts_second_annotator_heldout_1.jsonl \
        --second gold/wikinews/agreement/acts_second_annotator_heldout_2.jsonl

The second annotation gives an act to each attribution of a random sample of gold articles,
with the spans and speakers given and the gold acts hidden, following the same CONVENTIONS.md
and ANNOTATING.md. Each line names its article and the gold content it labels; a line whose
content is no longer a gold attribution's is an error, so the file cannot silently drift from
the gold. Prints the share of equal acts, Cohen's kappa and the commonest disagreements, for all
the lines together and, when several gold files are given, for the articles of each.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "gold" / "wikinews" / "dev.jsonl"
DEFAULT_SECOND = ROOT / "gold" / "wikinews" / "agreement" / "acts_second_annotator.jsonl"

Key = tuple[str, tuple[tuple[int, int], ...]]


def gold_acts(path: Path) -> dict[Key, str]:
    """(article id, content spans) → gold act, for every attribution in `path`."""
    acts: dict[Key, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        for attribution in document["attributions"]:
            content = tuple((int(a), int(b)) for a, b in attribution["content"])
            acts[(document["id"], content)] = attribution["act"]
    return acts


def paired_acts(gold: dict[Key, str], second: Path) -> list[tuple[str, str]]:
    """(gold act, second act) for each line of `second`; exits naming a line that fits no attribution."""
    pairs = []
    for number, line in enumerate(second.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        key = (row["id"], tuple((int(a), int(b)) for a, b in row["content"]))
        if key not in gold:
            sys.exit(f"{second}:{number}: no gold attribution of {row['id']} has content {row['content']}")
        pairs.append((gold[key], row["act"]))
    return pairs


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Agreement corrected for what the two annotators' label frequencies give by chance."""
    total = len(pairs)
    observed = sum(a == b for a, b in pairs) / total
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[label] * second[label] for label in first) / total**2
    if chance == 1:  # both gave one and the same label throughout: nothing to correct for
        return 1.0
    return (observed - chance) / (1 - chance)


def agreement_line(label: str, pairs: list[tuple[str, str]], articles: int) -> str:
    """One summary line: how many attributions, how many equal, and the kappa."""
    equal = sum(a == b for a, b in pairs)
    return (f"{label}{len(pairs)} attributions in {articles} articles: acts equal {equal} "
            f"({equal / len(pairs):.3f}), Cohen's kappa {cohen_kappa(pairs):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, action="append", help=f"repeatable; default {DEFAULT_GOLD}")
    parser.add_argument("--second", type=Path, action="append", help=f"repeatable; default {DEFAULT_SECOND}")
    args = parser.parse_args(argv)
    gold_files: list[Path] = args.gold or [DEFAULT_GOLD]
    second_files: list[Path] = args.second or [DEFAULT_SECOND]
    acts_by_file = {path: gold_acts(path) for path in gold_files}
    gold = {key: act for acts in acts_by_file.values() for key, act in acts.items()}
    rows = [(json.loads(line)["id"], pair) for second in second_files
            for line, pair in zip(second.read_text(encoding="utf-8").splitlines(),
                                  paired_acts(gold, second), strict=True)]
    pairs = [pair for _, pair in rows]
    print(agreement_line("", pairs, len({article for article, _ in rows})))
    if len(gold_files) > 1:
        for path, acts in acts_by_file.items():
            ids = {article for article, _ in acts}
            part = [(article, pair) for article, pair in rows if article in ids]
            if part:
                print(agreement_line(f"  {path.name}: ", [pair for _, pair in part],
                                     len({article for article, _ in part})))
    for (first, second), count in Counter((a, b) for a, b in pairs if a != b).most_common(10):
        print(f"  {count:3d}  gold {first} → second {second}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
