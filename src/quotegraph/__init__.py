"""quotegraph: who said what, about whom, when — attributed statements from news text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotegraph.errors import InvalidInput, PipelineNotInstalled, QuotegraphError
from quotegraph.records import (
    Article,
    ArticleResult,
    CharSpan,
    Entity,
    EntityKind,
    Failure,
    Mention,
    MentionKind,
    Statement,
    StatementKind,
    Target,
)

if TYPE_CHECKING:
    from quotegraph.api import extract, extract_many

__all__ = [
    "Article",
    "ArticleResult",
    "CharSpan",
    "Entity",
    "EntityKind",
    "Failure",
    "InvalidInput",
    "Mention",
    "MentionKind",
    "PipelineNotInstalled",
    "QuotegraphError",
    "Statement",
    "StatementKind",
    "Target",
    "extract",
    "extract_many",
]


def __getattr__(name: str) -> Any:
    # extract and extract_many need spaCy, whose import takes seconds: loaded on first use, so that
    # `import quotegraph` (and every `quotegraph` command that parses nothing) stays fast.
    if name in ("extract", "extract_many"):
        from quotegraph import api  # noqa: PLC0415

        return getattr(api, name)
    raise AttributeError(f"module 'quotegraph' has no attribute {name!r}")
