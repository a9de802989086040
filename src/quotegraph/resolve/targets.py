"""Targets: the entities a statement is about.

A target is named in the statement's content, or is the cue's object or addressee ("told
Zelenskyy", "praised Trump's efforts"): a name between the cue and the content. The speaker is
not a target of their own statement.
"""

from __future__ import annotations

from collections.abc import Callable

from quotegraph.records import CharSpan, Mention, Statement, Target
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.referents import Referent

# How far after the cue its object can lie when the content came before it ("…, she told Reuters").
OBJECT_WINDOW = 40
PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "from", "during", "after", "before", "near"})


def targets_of(
    statement: Statement,
    text: str,
    chains: Chains,
    *,
    to_target: Callable[[Referent, CharSpan], Target],
    speaker_id: str | None,
) -> tuple[Target, ...]:
    """The statement's targets in text order, one per entity."""
    found: dict[str, Target] = {}
    for mention in chains.names_between(*_reach(statement)):
        if not _is_about(statement, mention, text):
            continue
        referent = chains.referent_at(mention)
        if referent is None:
            continue
        target = to_target(referent, mention.span)
        if target.entity_id != speaker_id:
            found.setdefault(target.entity_id, target)
    return tuple(found.values())


def _reach(statement: Statement) -> tuple[int, int]:
    """Offsets between which a target can start: the content parts and the cue's object slot."""
    start = min(part.start for part in statement.content)
    end = max(part.end for part in statement.content)
    if statement.cue is not None:
        start = min(start, statement.cue.end)
        end = max(end, statement.cue.end + OBJECT_WINDOW)
    return start, end


def _is_about(statement: Statement, mention: Mention, text: str) -> bool:
    if any(part.contains(mention.span) for part in statement.content):
        return True
    if statement.source is not None and statement.source.overlaps(mention.span):
        return False
    return statement.cue is not None and _in_object_slot(statement, statement.cue, mention, text)


def _in_object_slot(statement: Statement, cue: CharSpan, mention: Mention, text: str) -> bool:
    """After the cue and before the content (or close after the cue when the content came first)."""
    if mention.span.start < cue.end:
        return False
    if mention.governor is not None and mention.governor == cue:
        return True
    if (
        mention.dep == "pobj"
        and mention.governor
        and mention.governor.text_of(text).casefold() in PLACE_PREPOSITIONS
    ):
        return False  # "told reporters in Brussels": where it was said, not whom about
    after_content = [p for p in statement.content if p.start >= cue.end]
    end = after_content[0].start if after_content else cue.end + OBJECT_WINDOW
    between = text[cue.end : mention.span.start]
    return mention.span.end <= end and not any(c in between for c in ".!?\n")
