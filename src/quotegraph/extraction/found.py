"""The record every attribution rule returns, before it becomes a Statement.

It stands alone because the verb rules, the phrase rules, the layout rules (tags.py), the
filters and nesting.py all make or read it, and none of them should import another's rules
to get it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from quotegraph.extraction.cues import Cue
from quotegraph.records import CharSpan


@dataclass(frozen=True)
class Found:
    """An attribution found in a parsed document, before it becomes a Statement."""

    cue: Cue
    content: tuple[CharSpan, ...]
    source: CharSpan | None
    sentence: Span
    how: str  # which rule found it: "ccomp", "host", "quote", "object", "phrase"
