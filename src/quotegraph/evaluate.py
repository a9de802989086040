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
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotegraph._eval_table import figure_at, render_table
from quotegraph._eval_units import (
    CONDITIONS,
    ROLES,
    TYPES,
    Attribution,
    Condition,
    Ranges,
    Units,
    contents_share,
    count_units,
    merge_ranges,
    shared_units,
    sources_agree,
    speakers_agree,
    speakers_equal,
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
# Counting
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Scoring documents
# --------------------------------------------------------------------------------------------


def _names_agree(predicted: Attribution, gold: Attribution) -> bool:
    return bool(predicted.speakers) and speakers_agree(predicted.speakers[0], gold.speakers)


def _names_equal(predicted: Attribution, gold: Attribution) -> bool:
    return bool(predicted.speakers) and speakers_equal(predicted.speakers[0], gold.speakers)


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
# Reading attribution files
# --------------------------------------------------------------------------------------------


def read_attribution_file(path: str | Path, *, need_text: bool = True) -> dict[str, dict[str, Any]]:
    """Documents of an attribution JSONL file keyed by id; InvalidInput names file:line of a bad one.

    Gold files need each document's `text` (`need_text`); prediction files may omit it.
    """
    documents: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    _add_document(documents, line, where=f"{path}:{number}", need_text=need_text)
    except OSError as error:
        raise InvalidInput(str(path), f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InvalidInput(str(path), "not UTF-8 text") from None
    return documents


def _add_document(documents: dict[str, dict[str, Any]], line: str, *, where: str, need_text: bool) -> None:
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        raise InvalidInput(where, f"not JSON ({error.msg} at column {error.colno})") from None
    problem = document_problem(document, need_text=need_text)
    if problem:
        raise InvalidInput(where, problem)
    if document["id"] in documents:
        raise InvalidInput(where, f"duplicate id {document['id']!r}")
    documents[document["id"]] = document


def document_problem(document: Any, *, need_text: bool) -> str | None:
    """What makes `document` unusable as an attribution document, or None when it is fine."""
    if not isinstance(document, dict):
        return f"expected a JSON object, found {type(document).__name__}"
    if not isinstance(document.get("id"), str):
        return "no string 'id'"
    text = document.get("text")
    if (need_text or text is not None) and not isinstance(text, str):
        return "no string 'text'" if need_text else "'text' is not a string"
    attributions = document.get("attributions", [])
    if not isinstance(attributions, list):
        return "'attributions' is not a list"
    for index, attribution in enumerate(attributions):
        problem = attribution_problem(attribution)
        if problem:
            return f"attribution {index}: {problem}"
    return None


def attribution_problem(attribution: Any) -> str | None:
    """What is wrong with one attribution's spans or names, or None."""
    if not isinstance(attribution, dict):
        return "not a JSON object"
    for role in ROLES:
        if not _is_pair_list(attribution.get(role) or []):
            return f"'{role}' is not a list of [start, end] integer pairs"
    aliases = attribution.get("speaker_aliases") or []
    if not isinstance(aliases, list):
        return "'speaker_aliases' is not a list"
    return None


def _is_pair_list(value: Any) -> bool:
    def is_offset(x: Any) -> bool:
        return isinstance(x, int) and not isinstance(x, bool)

    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(is_offset(x) for x in pair) for pair in value
    )


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
