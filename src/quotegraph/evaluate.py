"""Predicted attributions scored against gold ones, as ../shared/eval/score.py scores them.

An independent re-implementation (standard library only, since ../shared is not shipped) of
the figures `score.py --json` prints, with the same definitions and the same nested dict, so
the two can be cross-checked (tests/evaluate). Documents follow ../shared/eval/FORMAT.md: an
`id`, a `text` (gold only) and `attributions` whose `content`, `source` and `cue` are lists of
[start, end] character pairs.

Spans are compared as token ranges, as citron does (BBC R&D, citron/metrics.py): a span is
trimmed of whitespace, covers every token it touches, and its pairs are sorted and merged.
Exact-match figures count predictions (tp, fp) and gold attributions (fn), not one-to-one;
overlap figures count tokens; span-set figures compare the distinct spans of a role
(CofeNet, COLING 2022). See score.py's docstring for the full definitions.

The parts are private modules: _eval_units (spans as unit ranges, the match conditions),
_eval_counts (one count per figure family), _eval_files (reading and checking JSONL files) and
_eval_table (the printed report); this module composes them and holds the evaluation gate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quotegraph._eval_counts import (
    ActCount,
    MatchCount,
    OverlapCount,
    SourceOnMatch,
    SpanSetCount,
    SpeakerCount,
    TypeRecall,
)
from quotegraph._eval_files import read_attribution_file
from quotegraph._eval_table import figure_at, render_table
from quotegraph._eval_units import (
    CONDITIONS,
    ROLES,
    TYPES,
    Attribution,
    Units,
    contents_share,
    merge_ranges,
    speakers_agree,
)
from quotegraph.errors import InvalidInput

__all__ = [
    "ROLES",
    "TYPES",
    "Units",
    "figure_at",
    "figure_named",
    "read_attribution_file",
    "render_table",
    "score_documents",
    "shortfalls",
    "speakers_agree",
]

# --------------------------------------------------------------------------------------------
# Scoring documents
# --------------------------------------------------------------------------------------------


# Document counts, in the key order of score.py's "documents" figures.
DOCUMENT_COUNTS = (
    "gold", "predicted", "scored", "gold_without_prediction", "predicted_not_in_gold", "text_mismatch"
)


@dataclass
class Scorer:
    """Counts accumulated over documents; `figures()` gives score.py's nested dict."""

    unit: str = "token"
    citron_strict: bool = False
    documents: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DOCUMENT_COUNTS, 0))
    gold_attributions: int = 0
    predicted_attributions: int = 0
    gold_by_type: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    matches: dict[str, MatchCount] = field(default_factory=lambda: {k: MatchCount() for k in CONDITIONS})
    overlaps: dict[str, OverlapCount] = field(default_factory=lambda: {r: OverlapCount() for r in ROLES})
    on_match: dict[str, SourceOnMatch] = field(
        default_factory=lambda: {"exact": SourceOnMatch(), "partial": SourceOnMatch()}
    )
    span_sets: dict[str, SpanSetCount] = field(default_factory=lambda: {r: SpanSetCount() for r in ROLES})
    by_type: dict[str, TypeRecall] = field(default_factory=lambda: {t: TypeRecall() for t in TYPES})
    speakers: SpeakerCount = field(default_factory=SpeakerCount)
    acts: ActCount = field(default_factory=ActCount)

    def add_document(self, gold_doc: Mapping[str, Any], predicted_doc: Mapping[str, Any] | None) -> None:
        """Count one gold document against its prediction (None: it predicts nothing)."""
        text = gold_doc.get("text")
        if not isinstance(text, str):
            raise InvalidInput(f"gold document {gold_doc.get('id')!r}", "no text")
        units = Units(text, self.unit)
        gold = [Attribution.from_dict(units, a) for a in gold_doc.get("attributions", [])]
        predicted = [Attribution.from_dict(units, a) for a in (predicted_doc or {}).get("attributions", [])]
        self._count_document(text, predicted_doc)
        self.gold_attributions += len(gold)
        self.predicted_attributions += len(predicted)
        for g in gold:
            self.gold_by_type[g.type] += 1
        self._count_matches(predicted, gold)
        self._count_overlaps(predicted, gold)
        self._count_source_on_match(predicted, gold)
        self._count_span_sets(predicted, gold)
        self.speakers.add(predicted, gold)
        self.acts.add(predicted, gold)
        self._count_by_type(predicted, gold)

    def _count_document(self, text: str, predicted_doc: Mapping[str, Any] | None) -> None:
        if predicted_doc is None:
            self.documents["gold_without_prediction"] += 1
            return
        self.documents["scored"] += 1
        if "text" in predicted_doc and predicted_doc["text"] != text:
            self.documents["text_mismatch"] += 1

    def _count_matches(self, predicted: list[Attribution], gold: list[Attribution]) -> None:
        for name, condition in CONDITIONS.items():
            if name == "cue.exact":  # attributions without a cue take no part, as in citron
                self.matches[name].add([p for p in predicted if p.cue], [g for g in gold if g.cue], condition)
            else:
                self.matches[name].add(predicted, gold, condition)

    def _count_overlaps(self, predicted: list[Attribution], gold: list[Attribution]) -> None:
        for role in ROLES:
            self.overlaps[role].add(
                [getattr(p, role) for p in predicted],
                [getattr(g, role) for g in gold],
                citron_strict=self.citron_strict,
            )

    def _count_source_on_match(self, predicted: list[Attribution], gold: list[Attribution]) -> None:
        for p in predicted:
            self.on_match["exact"].add(p, [g for g in gold if p.content == g.content])
            self.on_match["partial"].add(p, [g for g in gold if contents_share(p, g)])

    def _count_span_sets(self, predicted: list[Attribution], gold: list[Attribution]) -> None:
        for role in ROLES:
            self.span_sets[role].add(
                {getattr(p, role) for p in predicted if getattr(p, role)},
                {getattr(g, role) for g in gold if getattr(g, role)},
            )

    def _count_by_type(self, predicted: list[Attribution], gold: list[Attribution]) -> None:
        predicted_content = merge_ranges(r for p in predicted for r in p.content)
        for g in gold:
            self.by_type[g.type].add(g, predicted, predicted_content)

    def figures(self) -> dict[str, Any]:
        """Every figure, in the nested shape and key order of `score.py --json`."""
        match = {name: count.figures() for name, count in self.matches.items()}
        return {
            "unit": self.unit,
            "citron_strict": self.citron_strict,
            "documents": dict(self.documents),
            "attributions": {
                "gold": self.gold_attributions,
                "predicted": self.predicted_attributions,
                "gold_by_type": {t: n for t, n in self.gold_by_type.items() if n},
            },
            "content": {
                "exact": match["content.exact"],
                "overlap": self.overlaps["content"].figures(),
                "exact_any_cue": match["content.exact_any_cue"],
                "partial": match["content.partial"],
            },
            "source": self._source_figures(match),
            "cue": {"exact": match["cue.exact"], "overlap": self.overlaps["cue"].figures()},
            "quote": {
                "exact": match["quote.exact"],
                "overlap": sum(self.overlaps.values(), OverlapCount()).figures(swap=self.citron_strict),
            },
            "spans": {role: count.figures() for role, count in self.span_sets.items()},
            "speaker": self.speakers.figures(),
            "act": self.acts.figures(),
            "recall_by_type": {t: r.figures() for t, r in self.by_type.items() if r.gold},
        }

    def _source_figures(self, match: dict[str, dict[str, Any]]) -> dict[str, Any]:
        return {
            "exact": match["source.exact"],
            "overlap": self.overlaps["source"].figures(),
            "on_matched_content": {mode: count.figures() for mode, count in self.on_match.items()},
            "with_content": {
                "exact": match["source.with_content.exact"],
                "partial": match["source.with_content.partial"],
            },
        }


def score_documents(
    gold: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, Mapping[str, Any]],
    *,
    unit: str = "token",
    citron_strict: bool = False,
) -> dict[str, Any]:
    """score.py's figures for `predicted` documents against `gold` ones, both keyed by id.

    A gold document without a prediction predicts nothing; predicted ids not in `gold` are
    only counted. Offsets are always read against the gold text.
    """
    scorer = Scorer(unit=unit, citron_strict=citron_strict)
    scorer.documents.update(gold=len(gold), predicted=len(predicted))
    for doc_id in sorted(gold):
        scorer.add_document(gold[doc_id], predicted.get(doc_id))
    scorer.documents["predicted_not_in_gold"] = sum(1 for doc_id in predicted if doc_id not in gold)
    return scorer.figures()


# --------------------------------------------------------------------------------------------
# Floors: the evaluation gate
# --------------------------------------------------------------------------------------------


def figure_named(figures: Mapping[str, Any], name: str) -> float:
    """The figure under a dotted name such as "content.overlap.f1"; InvalidInput if there is none."""
    try:
        value = figure_at(figures, name.split("."))
    except (KeyError, TypeError):
        raise InvalidInput("floors", f"no figure named {name!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput("floors", f"{name!r} is not a number")
    return float(value)


def shortfalls(figures: Mapping[str, Any], floors: Mapping[str, float]) -> list[str]:
    """One line for each figure below its floor, in the order of `floors`; empty when all pass."""
    lines = []
    for name, floor in floors.items():
        value = figure_named(figures, name)
        if value < floor:
            lines.append(f"{name} = {value:.4f} is below its floor {floor:.4f}")
    return lines
