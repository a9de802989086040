#!/usr/bin/env python3
"""Speaker, speech-act and target accuracy on tests/resolve/articles, through the full pipeline.

    PYTHONPATH=src python benchmarks/resolve_bench.py              # the figures
    PYTHONPATH=src python benchmarks/resolve_bench.py --verbose    # and every miss

Each gold statement (tests/resolve/articles/NAME.json) names a distinctive piece of its content;
it is matched to the predicted statement whose content overlaps that piece. Speaker accuracy
counts matched statements whose speaker agrees with gold by the shared scorer's rule (folded
names, one ending the other at a word boundary: ../shared/eval/score.py speakers_agree); "exact"
counts identical folded names. Act accuracy counts identical acts (and negation flags).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from quotegraph.nlp import load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, CharSpan, Statement

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "resolve" / "articles"


def name_key(name: str | None) -> tuple[str, ...]:
    """score.py's name_key: case-, accent- and punctuation-folded words."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    return tuple(re.findall(r"[a-z0-9]+", folded))


def speakers_agree(predicted: str | None, gold: str) -> bool:
    """score.py's rule: after folding, one name equals the other or ends with it."""
    p, g = name_key(predicted), name_key(gold)
    if not p or not g:
        return False
    short, long_ = (p, g) if len(p) <= len(g) else (g, p)
    return long_[len(long_) - len(short) :] == short


def gold_span(text: str, piece: str, origin: str) -> CharSpan:
    start = text.find(piece)
    if start < 0:
        raise SystemExit(f"{origin}: gold content {piece!r} not in the article")
    return CharSpan(start, start + len(piece))


def matching(statements: tuple[Statement, ...], span: CharSpan) -> Statement | None:
    """The predicted statement whose content overlaps `span` most."""
    best, best_overlap = None, 0
    for statement in statements:
        overlap = sum(max(0, min(p.end, span.end) - max(p.start, span.start)) for p in statement.content)
        if overlap > best_overlap:
            best, best_overlap = statement, overlap
    return best


def load_articles() -> list[tuple[Article, list[dict]]]:
    pairs = []
    for path in sorted(ARTICLES.glob("*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pairs.append((Article(id=path.stem, text=path.read_text(encoding="utf-8"), origin=str(path)), gold))
    return pairs


def score(results: dict[str, ArticleResult], pairs: list[tuple[Article, list[dict]]], verbose: bool) -> dict:
    counts = dict.fromkeys(("gold", "matched", "speaker", "speaker_exact", "act", "negated"), 0)
    targets = {"tp": 0, "predicted": 0, "gold": 0}
    for article, gold in pairs:
        result = results[article.id]
        for item in gold:
            counts["gold"] += 1
            found = matching(result.statements, gold_span(article.text, item["content"], article.id))
            if found is None:
                _miss(verbose, article.id, item, "no statement found")
                continue
            counts["matched"] += 1
            agrees = speakers_agree(found.speaker, item["speaker"])
            counts["speaker"] += agrees
            counts["speaker_exact"] += name_key(found.speaker) == name_key(item["speaker"])
            counts["act"] += found.act == item["act"]
            counts["negated"] += found.negated == item.get("negated", False)
            predicted = {name_key(t.name) for t in found.targets}
            wanted = {name_key(n) for n in item.get("targets", [])}
            targets["tp"] += len(predicted & wanted)
            targets["predicted"] += len(predicted)
            targets["gold"] += len(wanted)
            exact = name_key(found.speaker) == name_key(item["speaker"])
            if not exact or found.act != item["act"] or predicted != wanted:
                _miss(
                    verbose,
                    article.id,
                    item,
                    f"speaker {found.speaker!r} act {found.act!r} "
                    f"negated {found.negated} targets {sorted(t.name for t in found.targets)}",
                )
    return {"counts": counts, "targets": targets}


def _miss(verbose: bool, article_id: str, item: dict, what: str) -> None:
    if verbose:
        print(f"  {article_id}: {item['content'][:40]!r}: gold {item['speaker']!r}/{item['act']}: {what}")


def report(figures: dict) -> None:
    c, t = figures["counts"], figures["targets"]
    matched = c["matched"] or 1
    print(f"gold statements {c['gold']}, matched by content {c['matched']}")
    share = c["speaker"] / matched
    print(f"speaker accuracy (shared scorer's agreement) {share:.3f} ({c['speaker']}/{c['matched']})")
    print(f"speaker accuracy (exact folded name)         {c['speaker_exact'] / matched:.3f}")
    print(
        f"act accuracy                                 {c['act'] / matched:.3f} ({c['act']}/{c['matched']})"
    )
    print(f"negation flag accuracy                       {c['negated'] / matched:.3f}")
    precision = t["tp"] / t["predicted"] if t["predicted"] else 0.0
    recall = t["tp"] / t["gold"] if t["gold"] else 0.0
    counted = f"{t['tp']} of {t['gold']} gold, {t['predicted']} predicted"
    print(f"targets: precision {precision:.3f}, recall {recall:.3f} ({counted})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every statement that misses")
    args = parser.parse_args(argv)
    pairs = load_articles()
    nlp = load_pipeline()
    results = {}
    for result in process_articles((article for article, _ in pairs), nlp):
        if not isinstance(result, ArticleResult):
            print(f"failed: {result}", file=sys.stderr)
            return 1
        results[result.article.id] = result
    report(score(results, pairs, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
