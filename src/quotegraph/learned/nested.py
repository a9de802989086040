"""Reports nested in what a phrase cue ascribes, which the rules keep beside it and the tagger
does not find: "[Pelosi] called [the conduct a breach], according to [NBC]", "According to
[Forbes], [West] claimed [to be in contact …]".

The Wikinews gold gives the nested report to its own speaker as well as the whole sentence to the
phrase's source, and extraction keeps both (its nesting rule); the tagger, trained on PolNeAR,
which keeps only the outermost, tags the phrase's attribution alone. process.py adds these rule
statements to the learned ones after resolving those, so that they change no learned statement's
speaker (a speaker is read off the statements before it). Records only (no torch, no spaCy).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from quotegraph.learned.linking import same_cue
from quotegraph.records import CharSpan, Statement


def nested_rule_reports(
    learned: Sequence[Statement], rules: Sequence[Statement], phrase_lemmas: Collection[str]
) -> list[Statement]:
    """Each rule statement nested in what a rule statement with a phrase cue ascribes, where a
    learned statement shares that phrase's cue (the same outer attribution) and none has the
    nested one's cue. `phrase_lemmas` are the lexicon's phrase cues ("according to": the
    extraction Lexicon's phrase_lemmas), under which alone extraction keeps a nested report."""
    return [
        inner for inner in rules
        if inner.cue is not None and inner.source is not None
        and not any(same_cue(inner.cue, s.cue) for s in learned)
        and any(
            outer.cue_lemma in phrase_lemmas and _nested_in(inner, outer) and _found_by(outer, learned)
            for outer in rules
        )
    ]


def _nested_in(inner: Statement, outer: Statement) -> bool:
    """Whether `inner`'s cue and source lie inside `outer`'s content (and it is another statement)."""
    return (
        inner is not outer
        and not same_cue(inner.cue, outer.cue)
        and all(_inside(span, outer.content) for span in (inner.cue, inner.source) if span is not None)
    )


def _inside(span: CharSpan, parts: Sequence[CharSpan]) -> bool:
    return any(part.start <= span.start and span.end <= part.end for part in parts)


def _found_by(rule: Statement, learned: Sequence[Statement]) -> bool:
    """Whether a learned statement has the rule statement's cue."""
    return any(same_cue(rule.cue, s.cue) for s in learned)
