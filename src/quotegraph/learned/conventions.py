"""Which of the tagger's statements are attributions under the conventions quotegraph follows.

The tagger learnt PolNeAR, whose annotators count some reports that CONVENTIONS.md ("What is
an attribution") does not: habitual reports ("routinely discloses"), deeds ("signed the
deal"), sourceless reports ("two were reportedly hurt"), names and charges without a source
("is known as", "was charged with"), a reporter's question ("when asked…"), the turns of an
interview transcript. The parse tells these apart where the tagger's spans cannot, so
extraction hands over what it set aside (Rejection records), and a learned statement whose
cue falls on one is dropped, unless a statement the rules do keep shares its content or cue:
then the rules found an attribution there after all.

Records only (no torch, no spaCy).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotegraph.records import CharSpan, Rejection, Statement

# A rejection that covers a stretch of text rather than a cue: nothing in it is reported.
REGION_REASONS = frozenset({"interview turn"})
# The rejections the learned path applies. Not "negated" nor, but for naming and charging,
# "passive": PolNeAR, which the tagger learnt and which the learned path is gated on, counts
# negated reports ("have not said when") and agentless passives of belief, blame and speech
# ("is expected to", "was accused of", "was announced"). Applied on the learned path, those
# two cost more on PolNeAR dev (indirect content recall 0.818 → 0.789, under its floor) than
# they gained on Wikinews dev.
APPLIED_REASONS = frozenset(
    {"interview turn", "habitual", "deed", "meeting", "event", "time", "asked", "reportedly"}
)
# Agentless passives that are dropped all the same: a name ("is known as", "became known
# for") or an indictment ("was charged with") is no one's statement. PolNeAR counts a few
# ("also known as"): on its dev set these drop 4 matches and 3 false positives.
PASSIVE_LEMMAS_APPLIED = frozenset({"know", "charge"})


def without_rejected(
    statements: Iterable[Statement], rules: Sequence[Statement], rejections: Sequence[Rejection]
) -> list[Statement]:
    """`statements` less those whose cue (or content, in a rejected region) the rules rejected."""
    return [s for s in statements if rejection_of(s, rejections) is None or supported(s, rules)]


def rejection_of(statement: Statement, rejections: Sequence[Rejection]) -> Rejection | None:
    """The first rejection that falls on the statement's cue, or on a region holding its content."""
    start = statement.content[0].start
    for rejection in rejections:
        if rejection.reason not in APPLIED_REASONS and not _names_or_charges(rejection, statement):
            continue
        if rejection.reason in REGION_REASONS:
            if rejection.span.start <= start < rejection.span.end:
                return rejection
        elif statement.cue is not None and rejection.span.overlaps(statement.cue):
            return rejection
    return None


def _names_or_charges(rejection: Rejection, statement: Statement) -> bool:
    """An agentless passive of a verb that names or indicts (PASSIVE_LEMMAS_APPLIED)."""
    return rejection.reason == "passive" and statement.cue_lemma in PASSIVE_LEMMAS_APPLIED


def supported(statement: Statement, rules: Sequence[Statement]) -> bool:
    """Whether a rule statement shares the statement's content or its cue."""
    return any(_shares_content(statement, rule) or _same_cue(statement.cue, rule.cue) for rule in rules)


def _shares_content(a: Statement, b: Statement) -> bool:
    return any(p.overlaps(q) for p in a.content for q in b.content)


def _same_cue(a: CharSpan | None, b: CharSpan | None) -> bool:
    return a is not None and b is not None and a.overlaps(b)
