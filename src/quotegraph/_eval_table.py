"""The report a person reads: the same text, line for line, that ../shared/eval/score.py prints.

Private to quotegraph.evaluate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

TYPE_RECALL_KEYS = ("content_exact", "content_exact_any_cue", "content_partial", "content_source_partial")

TABLE_ROWS = (
    ("content exact (citron)", ("content", "exact")),
    ("content overlap (citron)", ("content", "overlap")),
    ("content exact, any cue", ("content", "exact_any_cue")),
    ("content partial (>=1 token)", ("content", "partial")),
    ("source exact (citron)", ("source", "exact")),
    ("source overlap (citron)", ("source", "overlap")),
    ("content+source, exact content", ("source", "with_content", "exact")),
    ("content+source, partial content", ("source", "with_content", "partial")),
    ("cue exact (citron)", ("cue", "exact")),
    ("cue overlap (citron)", ("cue", "overlap")),
    ("all spans exact (citron quote)", ("quote", "exact")),
    ("all spans overlap (citron quote)", ("quote", "overlap")),
    ("source spans, unique (CofeNet)", ("spans", "source")),
    ("cue spans, unique (CofeNet)", ("spans", "cue")),
    ("content spans, unique (CofeNet)", ("spans", "content")),
)


def figure_at(figures: Mapping[str, Any], keys: Sequence[str]) -> Any:
    """The value under a path of keys: figure_at(f, ("content", "exact", "f1"))."""
    value: Any = figures
    for key in keys:
        value = value[key]
    return value


def render_table(figures: Mapping[str, Any]) -> str:
    """The human-readable report of `figures`, line for line as score.py prints it."""
    lines = [*_header_lines(figures), "", f"{'metric':<34} {'P':>7} {'R':>7} {'F1':>7}", "-" * 58]
    for name, keys in TABLE_ROWS:
        m = figure_at(figures, keys)
        lines.append(f"{name:<34} {m['precision']:7.4f} {m['recall']:7.4f} {m['f1']:7.4f}")
    lines.append("")
    lines.extend(_source_and_speaker_lines(figures))
    lines.append("")
    lines.extend(_type_recall_lines(figures["recall_by_type"]))
    return "\n".join(lines)


def _header_lines(figures: Mapping[str, Any]) -> list[str]:
    d, a = figures["documents"], figures["attributions"]
    by_type = ", ".join(f"{t} {n}" for t, n in a["gold_by_type"].items())
    strict = "   [citron-strict]" if figures["citron_strict"] else ""
    return [
        f"documents: gold {d['gold']}, predicted {d['predicted']}, scored {d['scored']}, "
        f"gold without prediction {d['gold_without_prediction']}, "
        f"predicted not in gold {d['predicted_not_in_gold']}, text mismatch {d['text_mismatch']}",
        f"attributions: gold {a['gold']} ({by_type}), predicted {a['predicted']}"
        f"   unit: {figures['unit']}{strict}",
    ]


def _source_and_speaker_lines(figures: Mapping[str, Any]) -> list[str]:
    lines = [
        f"source agrees on {mode}-matched content: {m['share']:.4f} ({m['source_agrees']} of {m['matched']})"
        for mode, m in figures["source"]["on_matched_content"].items()
    ]
    s = figures["speaker"]
    if s["gold_with_speaker"]:
        lines.append(
            f"speaker (canonical name): gold {s['gold_with_speaker']}, content found {s['found']}, "
            f"agrees on found {s['accuracy_on_found']:.4f}, recall {s['recall']:.4f}, "
            f"precision on matched predictions {s['precision_on_matched']:.4f}"
        )
        lines.append(
            "speaker, canonical name equal (no surname-only match): "
            f"recall {s['canonical_recall']:.4f}, "
            f"precision on matched predictions {s['canonical_precision_on_matched']:.4f}"
        )
    act = figures["act"]
    if act["gold_with_act"]:
        lines.append(
            f"speech act: gold {act['gold_with_act']}, content found {act['found']}, "
            f"agrees on found {act['agreement_on_found']:.4f}, agreement {act['agreement']:.4f}"
        )
    return lines


def _type_recall_lines(recall_by_type: Mapping[str, Mapping[str, Any]]) -> list[str]:
    headings = ("exact", "exact*", "partial", "part+src", "tok-ovl")
    lines = ["recall by gold type", f"{'type':<9} {'gold':>6} " + " ".join(f"{h:>9}" for h in headings)]
    for kind, m in recall_by_type.items():
        shares = (m[k] for k in (*TYPE_RECALL_KEYS, "content_overlap"))
        lines.append(f"{kind:<9} {m['gold']:6d} " + " ".join(f"{v:9.4f}" for v in shares))
    lines.append(
        "(exact: citron content; exact*: any cue; part+src: partial content and source agrees;"
        " tok-ovl: token recall)"
    )
    return lines
