"""Statements and Mentions written by hand over a text, so resolve/ is tested without a parser."""

from __future__ import annotations

from quotegraph.records import Article, CharSpan, Mention, MentionKind, Statement, StatementKind
from quotegraph.resolve import resolve_statements


def span(text: str, piece: str, nth: int = 0) -> CharSpan:
    """The `nth` occurrence of `piece` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return CharSpan(start, start + len(piece))


def sentence_of(text: str, at: int) -> int:
    return sum(text[:at].count(mark) for mark in (". ", "? ", "\n\n"))


def said(
    text: str, content: str, cue: str, source: str | None, lemma: str, *, nth: int = 0, source_nth: int = 0
) -> Statement:
    content_span = span(text, content)
    return Statement(
        article_id="a",
        kind=StatementKind.DIRECT
        if text[content_span.start - 1 : content_span.start] == "“"
        else StatementKind.INDIRECT,
        content=(content_span,),
        cue=span(text, cue, nth),
        cue_lemma=lemma,
        source=span(text, source, source_nth) if source else None,
        sentence=sentence_of(text, content_span.start),
        paragraph=text[: content_span.start].count("\n\n"),
    )


def name(
    text: str, piece: str, label: str | None = "PERSON", *, nth: int = 0, subject: bool = True, **extra
) -> Mention:
    where = span(text, piece, nth)
    return Mention(
        span=where,
        text=piece,
        kind=MentionKind.NAME,
        head=CharSpan(where.end - len(piece.rsplit(maxsplit=1)[-1]), where.end),
        sentence=sentence_of(text, where.start),
        paragraph=text[: where.start].count("\n\n"),
        entity_label=label,
        is_subject=subject,
        **extra,
    )


def pronoun(text: str, piece: str, *, nth: int = 0) -> Mention:
    where = span(text, piece, nth)
    return Mention(
        span=where,
        text=piece,
        kind=MentionKind.PRONOUN,
        head=where,
        sentence=sentence_of(text, where.start),
        paragraph=text[: where.start].count("\n\n"),
        is_subject=True,
    )


def resolve(text: str, statements: list[Statement], mentions: list[Mention], **options) -> list[Statement]:
    return resolve_statements(Article(id="a", text=text), statements, mentions, **options)
