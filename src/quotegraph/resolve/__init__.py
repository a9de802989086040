"""Who is the speaker, and whom the content is about. Records in, records out; no spaCy.

This first version resolves only what the source says outright: a named source becomes
the speaker. Pronouns, titles and continuing quotes stay unresolved (None), never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotegraph.records import Article, Mention, MentionKind, Statement

__all__ = ["resolve_statements"]


def resolve_statements(
    article: Article, statements: Sequence[Statement], mentions: Sequence[Mention]
) -> list[Statement]:
    """Statements with `speaker` set where the source is itself a name."""
    names = {m.span: m for m in mentions if m.kind is MentionKind.NAME}
    resolved = []
    for statement in statements:
        speaker = None
        if statement.source is not None:
            inside = [m for span, m in names.items() if statement.source.contains(span)]
            if inside:
                speaker = inside[0].text
        resolved.append(replace(statement, speaker=speaker))
    return resolved
