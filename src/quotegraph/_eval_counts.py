"""What scoring counts, one class per figure family, each with `figures()` in score.py's shape.

Private to quotegraph.evaluate (which composes them in its Scorer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quotegraph._eval_units import (
    CONDITIONS,
    Attribution,
    Condition,
    Ranges,
    contents_share,
    count_units,
    merge_ranges,
    shared_units,
    sources_agree,
    speakers_agree,
    speakers_equal,
)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _f1(precision, recall)
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


@dataclass
class MatchCount:
    """citron's counting: tp and fp over predictions, fn over gold attributions."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(
        self, predicted: Sequence[Attribution], gold: Sequence[Attribution], condition: Condition
    ) -> None:
        for p in predicted:
            if any(condition(p, g) for g in gold):
                self.tp += 1
            else:
                self.fp += 1
        self.fn += sum(1 for g in gold if not any(condition(p, g) for p in predicted))

    def figures(self) -> dict[str, Any]:
        return prf(self.tp, self.fp, self.fn)


@dataclass
class OverlapCount:
    """Tokens of one role (or several pooled): predicted ones in gold spans and the reverse."""

    in_pred: int = 0
    in_gold: int = 0
    pred_units: int = 0
    gold_units: int = 0

    def add(self, predicted: list[Ranges], gold: list[Ranges], *, citron_strict: bool) -> None:
        if citron_strict:  # citron sums every (predicted, gold) pair's overlap
            pairwise = sum(shared_units(p, g) for p in predicted for g in gold)
            self.in_pred += pairwise
            self.in_gold += pairwise
        else:
            gold_union = merge_ranges(r for g in gold for r in g)
            pred_union = merge_ranges(r for p in predicted for r in p)
            self.in_pred += sum(shared_units(p, gold_union) for p in predicted)
            self.in_gold += sum(shared_units(g, pred_union) for g in gold)
        self.pred_units += sum(count_units(p) for p in predicted)
        self.gold_units += sum(count_units(g) for g in gold)

    def __add__(self, other: OverlapCount) -> OverlapCount:
        return OverlapCount(
            self.in_pred + other.in_pred,
            self.in_gold + other.in_gold,
            self.pred_units + other.pred_units,
            self.gold_units + other.gold_units,
        )

    def figures(self, *, swap: bool = False) -> dict[str, Any]:
        precision, recall = _ratio(self.in_pred, self.pred_units), _ratio(self.in_gold, self.gold_units)
        f1 = _f1(precision, recall)
        if swap:  # citron prints P and R swapped on its "All Quote Spans" row
            precision, recall = recall, precision
        return {
            "precision": precision, "recall": recall, "f1": f1,
            "overlap_in_pred": self.in_pred, "overlap_in_gold": self.in_gold,
            "pred_units": self.pred_units, "gold_units": self.gold_units,
        }


@dataclass
class SourceOnMatch:
    """Predictions whose content matches some gold content, and those whose source agrees too."""

    matched: int = 0
    source_agrees: int = 0

    def add(self, predicted: Attribution, hits: list[Attribution]) -> None:
        if hits:
            self.matched += 1
            self.source_agrees += any(sources_agree(predicted.source, g.source) for g in hits)

    def figures(self) -> dict[str, Any]:
        share = _ratio(self.source_agrees, self.matched)
        return {"matched": self.matched, "source_agrees": self.source_agrees, "share": share}


@dataclass
class SpanSetCount:
    """Distinct non-empty span lists of one role per document: predicted, gold and both."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set[Ranges], gold: set[Ranges]) -> None:
        self.tp += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def figures(self) -> dict[str, Any]:
        return prf(self.tp, self.predicted - self.tp, self.gold - self.tp)


TYPE_RECALL_CONDITIONS: dict[str, Condition] = {
    "content_exact": CONDITIONS["content.exact"],
    "content_exact_any_cue": CONDITIONS["content.exact_any_cue"],
    "content_partial": CONDITIONS["content.partial"],
    "content_source_partial": CONDITIONS["source.with_content.partial"],
}


@dataclass
class TypeRecall:
    """Gold attributions of one type, how many each condition finds, and their token recall."""

    gold: int = 0
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPE_RECALL_CONDITIONS, 0))
    covered_units: int = 0
    gold_units: int = 0

    def add(self, gold: Attribution, predicted: Sequence[Attribution], predicted_content: Ranges) -> None:
        self.gold += 1
        for name, condition in TYPE_RECALL_CONDITIONS.items():
            self.found[name] += any(condition(p, gold) for p in predicted)
        self.covered_units += shared_units(gold.content, predicted_content)
        self.gold_units += count_units(gold.content)

    def figures(self) -> dict[str, Any]:
        shares = {name: found / self.gold for name, found in self.found.items()}
        return {"gold": self.gold, **shares, "content_overlap": _ratio(self.covered_units, self.gold_units)}


@dataclass
class SpeakerCount:
    """Speaker names on gold attributions that have one, against predictions sharing content.

    A name agrees when it equals the gold name or ends it ("Rutte" ~ "Mark Rutte"); it is
    canonical only when it equals the gold name or one of its aliases.
    """

    gold_with_speaker: int = 0
    found: int = 0
    found_agrees: int = 0
    found_equal: int = 0
    pred_matched: int = 0
    pred_matched_agrees: int = 0
    pred_matched_equal: int = 0

    def add(self, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> None:
        for g in (g for g in gold if g.speakers):
            self.gold_with_speaker += 1
            hits = [p for p in predicted if contents_share(p, g)]
            self.found += bool(hits)
            self.found_agrees += any(_names_agree(p, g) for p in hits)
            self.found_equal += any(_names_equal(p, g) for p in hits)
        for p in predicted:
            hits = [g for g in gold if g.speakers and contents_share(p, g)]
            self.pred_matched += bool(hits)
            self.pred_matched_agrees += any(_names_agree(p, g) for g in hits)
            self.pred_matched_equal += any(_names_equal(p, g) for g in hits)

    def figures(self) -> dict[str, Any]:
        return {
            "gold_with_speaker": self.gold_with_speaker,
            "found": self.found,
            "accuracy_on_found": _ratio(self.found_agrees, self.found),
            "recall": _ratio(self.found_agrees, self.gold_with_speaker),
            "precision_on_matched": _ratio(self.pred_matched_agrees, self.pred_matched),
            "canonical_recall": _ratio(self.found_equal, self.gold_with_speaker),
            "canonical_precision_on_matched": _ratio(self.pred_matched_equal, self.pred_matched),
        }


@dataclass
class ActCount:
    """Gold acts against the act of the prediction whose content overlaps each most."""

    gold_with_act: int = 0
    found: int = 0
    agrees: int = 0

    def add(self, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> None:
        for g in (g for g in gold if g.act is not None):
            self.gold_with_act += 1
            best = max(predicted, key=lambda p: shared_units(p.content, g.content), default=None)
            if best is not None and shared_units(best.content, g.content) > 0:
                self.found += 1
                self.agrees += best.act == g.act

    def figures(self) -> dict[str, Any]:
        return {
            "gold_with_act": self.gold_with_act,
            "found": self.found,
            "agreement_on_found": _ratio(self.agrees, self.found),
            "agreement": _ratio(self.agrees, self.gold_with_act),
        }


def _names_agree(predicted: Attribution, gold: Attribution) -> bool:
    return bool(predicted.speakers) and speakers_agree(predicted.speakers[0], gold.speakers)


def _names_equal(predicted: Attribution, gold: Attribution) -> bool:
    return bool(predicted.speakers) and speakers_equal(predicted.speakers[0], gold.speakers)
