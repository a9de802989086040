"""quotegraph: who said what, about whom, when — attributed statements from news text."""

from quotegraph.api import extract, extract_many
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
