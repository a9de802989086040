"""The order of the stages, in one place: ingest → nlp → extract → resolve.

Bad articles are reported as Failures, never dropped, and never stop the batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language

from quotegraph.extraction import analyse_doc
from quotegraph.extraction.lexicon import Lexicon, load_lexicon
from quotegraph.learned import learned_statements, placed, span_tagger
from quotegraph.nlp import MAX_CHUNK_CHARS, entity_recognizer
from quotegraph.records import Article, ArticleResult, CharSpan, Failure, Mention, Statement
from quotegraph.resolve import NO_ALIASES, AliasTable, resolve_statements

__all__ = ["chunk_text", "process_articles"]

TYPE_ENTITIES = os.environ.get("QUOTEGRAPH_NER", "1") != "0"



def process_articles(
    items: Iterable[Article | Failure],
    nlp: Language,
    *,
    lexicon: Lexicon | None = None,
    batch_size: int = 16,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
    type_entities: bool = TYPE_ENTITIES,
    aliases: AliasTable = NO_ALIASES,
    model: str = "rules",
) -> Iterator[ArticleResult | Failure]:
    """Run every stage over `items`, yielding one result or Failure per input, in order.

    The caller owns `nlp`, so tests can pass a small pipeline. Articles longer than
    `max_chunk_chars` are parsed in paragraph-aligned chunks to keep memory bounded.
    `aliases` (quotegraph.resolve.load_aliases) names speakers and targets before any rule does.
    `model` "learned" takes span boundaries and links from the learned tagger (quotegraph[learned];
    without it, the rules, after a notice on stderr); the rules still find the mentions for resolve.
    """
    tagger = span_tagger(model)
    lexicon = lexicon or load_lexicon("en")
    # The recogniser runs (on selected sentences only) when asked: it types names (person,
    # organisation, place) but costs about a third of the run, and chains type most names anyway.
    ner = entity_recognizer(nlp) if type_entities else None
    chunks = _chunks_of(items, max_chunk_chars)
    current: list[tuple[Article, list[Statement], list[Mention]]] = []
    for doc_or_failure, (article, offset, last) in _parse(chunks, nlp, batch_size):
        if isinstance(doc_or_failure, Failure):
            yield doc_or_failure
            continue
        if article is None:
            continue
        try:
            statements, mentions = analyse_doc(
                doc_or_failure, article_id=article.id, lexicon=lexicon, ner=ner
            )
        except Exception as error:
            yield Failure(
                article.origin or article.id,
                f"extraction failed: {type(error).__name__}: {error}",
                article.id,
            )
            current = []
            continue
        current.append(
            (article, [_shift(s, offset) for s in statements], [_shift_mention(m, offset) for m in mentions])
        )
        if last:
            yield _finish(current, aliases, tagger)
            current = []


def _finish(
    parts: list[tuple[Article, list[Statement], list[Mention]]], aliases: AliasTable = NO_ALIASES,
    tagger: Any = None,
) -> ArticleResult | Failure:
    article = parts[0][0]
    statements = [s for _, found, _ in parts for s in found]
    mentions = [m for _, _, found in parts for m in found]
    if tagger is not None:
        try:
            spans = tagger.spans(article.text)
        except Exception as error:  # reported, not raised: the batch goes on
            reason = f"span tagger failed: {type(error).__name__}: {error}"
            return Failure(article.origin or article.id, reason, article.id)
        statements = placed(learned_statements(article.id, article.text, spans), mentions)
    try:
        resolved = resolve_statements(article, statements, mentions, aliases=aliases)
    except Exception as error:  # noqa: BLE001 - reported, not raised: the batch goes on
        return Failure(
            article.origin or article.id,
            f"speaker resolution failed: {type(error).__name__}: {error}",
            article.id,
        )
    return ArticleResult(article, tuple(resolved), tuple(mentions))


def _parse(chunks, nlp, batch_size):  # type: ignore[no-untyped-def]
    """(Doc or Failure, context) pairs; Failures pass through without parsing."""
    pending: list[tuple[str, tuple[Article | None, int, bool]]] = []
    for text, context in chunks:
        if isinstance(text, Failure):
            yield from _pipe(pending, nlp, batch_size)
            pending = []
            yield text, context
            continue
        pending.append((text, context))
        if len(pending) >= batch_size:
            yield from _pipe(pending, nlp, batch_size)
            pending = []
    yield from _pipe(pending, nlp, batch_size)


def _pipe(pending, nlp, batch_size):  # type: ignore[no-untyped-def]
    if not pending:
        return
    yield from nlp.pipe(pending, as_tuples=True, batch_size=batch_size)


def _chunks_of(items: Iterable[Article | Failure], max_chars: int):  # type: ignore[no-untyped-def]
    for item in items:
        if isinstance(item, Failure):
            yield item, (None, 0, True)
            continue
        pieces = chunk_text(item.text, max_chars)
        for k, (offset, piece) in enumerate(pieces):
            yield piece, (item, offset, k == len(pieces) - 1)


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut at paragraph (else line, else space) breaks."""
    if len(text) <= max_chars:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(statement: Statement, offset: int) -> Statement:
    if not offset:
        return statement
    return replace(
        statement,
        content=tuple(p.shifted(offset) for p in statement.content),
        cue=statement.cue.shifted(offset) if statement.cue else None,
        source=statement.source.shifted(offset) if statement.source else None,
    )


def _shift_mention(mention: Mention, offset: int) -> Mention:
    if not offset:
        return mention
    def moved(span: CharSpan | None) -> CharSpan | None:
        return span.shifted(offset) if span is not None else None

    return replace(
        mention,
        span=mention.span.shifted(offset),
        head=mention.head.shifted(offset),
        governor=moved(mention.governor),
        appositive=moved(mention.appositive),
        premodifier=moved(mention.premodifier),
    )
