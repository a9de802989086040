"""What extraction finds in a sentence, as the texts a test compares."""

from __future__ import annotations

from typing import Any

from quotegraph.extraction import extract_statements


def found(nlp: Any, text: str) -> list[tuple[str, str, str]]:
    """(first content part, cue, source) of each statement in `text`, "" where there is none."""
    return [
        (
            s.content[0].text_of(text),
            s.cue.text_of(text) if s.cue else "",
            s.source.text_of(text) if s.source else "",
        )
        for s in extract_statements(nlp(text), article_id="t")
    ]
