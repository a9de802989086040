"""The distributed job's engine-independent core: input rows → flat output rows.

`run_partition` is what every engine (Spark here; Dask or Ray would do the same) runs on one
partition. It parses input rows into Articles, runs exactly the code the CLI runs
(`process_articles` with `load_pipeline()`, the span tagger of `model` and the alias table),
and yields plain dicts, one table per kind:

    documents   one row per input document, whatever happened to it (the never-drop ledger),
                with the provenance `quotegraph load` stores
    statements  one row per statement, with the CLI's JSONL field names (formats.statement_dict)
                and the quote's key and id (quotegraph.dedup, as the store computes them)
    entities    one row per speaker or target per article
    errors      one row per document that could not be read or processed: id, reason

Each dict carries its table name under the key `table`. Nothing here imports an engine.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import cache
from typing import Any

from spacy.language import Language

from quotegraph import settings
from quotegraph.dedup import quote_id, quote_key, speaker_key
from quotegraph.formats import article_metadata, statement_dict
from quotegraph.ingest import read_articles
from quotegraph.ingest.jsonl import article_from_json_line
from quotegraph.learned import DEFAULT_CONVENTIONS, load_span_tagger
from quotegraph.limits import DEFAULT_LIMITS, ArticleLimits
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, Failure, Provenance, Statement, StatementKind
from quotegraph.resolve import NO_ALIASES, AliasTable

__all__ = [
    "PROVENANCE_KEYS",
    "TABLES",
    "UNKNOWN_DATE",
    "articles_from_rows",
    "cached_pipeline",
    "provenance_from_row",
    "published_date",
    "rows_of",
    "run_partition",
]

TABLES = ("documents", "statements", "entities", "errors")
UNKNOWN_DATE = "unknown"
_METADATA_KEYS = ("url", "outlet", "title", "author", "published", "language")


@cache
def cached_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The pipeline loaded once per worker process; Spark reuses Python workers across tasks."""
    return load_pipeline(name)


def run_partition(
    rows: Iterable[Mapping[str, Any]],
    *,
    pipeline: str = DEFAULT_PIPELINE,
    nlp: Language | None = None,
    model: str = "rules",
    conventions: str = DEFAULT_CONVENTIONS,
    aliases: AliasTable = NO_ALIASES,
    batch_size: int = 16,
    limits: ArticleLimits = DEFAULT_LIMITS,
) -> Iterator[dict[str, Any]]:
    """Output rows of every table for the documents in `rows`, document by document.

    A row holds `text` (with `id` and optional metadata), or `line` (one raw JSONL line, parsed
    exactly as the CLI parses it), or `path` (a file any ingest reader can read, e.g. WARC).
    `model` is the CLI's --model (its tagger is loaded once per worker), `conventions` its
    --conventions, `aliases` its loaded --aliases. An article over `limits` becomes an error
    row, as in the CLI. With the worker's own pipeline (no `nlp` given), batches are parsed in
    spaCy's memory zone, as the CLI does: a long-lived worker's vocabulary would otherwise grow
    with every partition it runs.
    """
    owned = nlp is None
    nlp = nlp or cached_pipeline(pipeline)
    items = process_articles(
        articles_from_rows(rows), nlp, tagger=load_span_tagger(model), aliases=aliases,
        batch_size=batch_size, limits=limits, memory_zone=owned, type_entities=settings.type_entities(),
        conventions=conventions,
    )
    for item in items:
        yield from rows_of(item)


def articles_from_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[Article | Failure]:
    """Articles (or Failures saying why not) from input rows, in order."""
    for row in rows:
        if row.get("path") is not None:
            yield from read_articles([row["path"]])
        elif row.get("line") is not None:
            yield from _article_from_line(row)
        else:
            yield _article_from_columns(row)


def _article_from_line(row: Mapping[str, Any]) -> Iterator[Article | Failure]:
    raw = row["line"]
    raw = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
    if not raw.strip():  # the CLI skips blank lines too
        return
    origin = str(row.get("origin") or "<jsonl>")
    try:
        yield article_from_json_line(raw, where=origin, fallback_id=content_id(raw))
    except ValueError as error:
        yield Failure(origin, str(error), _id_hint(raw) or content_id(raw))


def _article_from_columns(row: Mapping[str, Any]) -> Article | Failure:
    text = row.get("text")
    article_id = row.get("id")
    origin = str(row.get("origin") or article_id or "<row>")
    if not isinstance(text, str):
        reason = "no 'text'" if text is None else f"'text' is {type(text).__name__}, not a string"
        return Failure(origin, reason, None if article_id is None else str(article_id))
    if article_id is None:
        article_id = content_id(text.encode("utf-8"))
    metadata = {key: str(row[key]) for key in _METADATA_KEYS if row.get(key) is not None}
    return Article(id=str(article_id), text=text, origin=origin, **metadata)


def content_id(raw: bytes) -> str:
    """A stable id for a document without one: the same on every run and every partitioning."""
    return "sha1-" + hashlib.sha1(raw).hexdigest()[:16]


def _id_hint(raw: bytes) -> str | None:
    # A line that is not valid JSON may still show its id; errors are easier to trace with it.
    match = re.search(rb'"id"\s*:\s*"([^"\\]{1,200})"', raw)
    return match.group(1).decode("utf-8", "replace") if match else None


def rows_of(item: ArticleResult | Failure) -> Iterator[dict[str, Any]]:
    """The output rows for one processed document: its ledger row, then its statements or error."""
    if isinstance(item, Failure):
        yield _document_row(item.article_id or item.origin, None, "error", 0)
        yield {"table": "errors", "id": item.article_id or item.origin, "origin": item.origin,
               "reason": item.reason}
        return
    article = item.article
    day = published_date(article.published)
    yield _document_row(article.id, article, "ok", len(item.statements), item.provenance)
    for index, statement in enumerate(item.statements):
        yield statement_row(article, statement, index, day)
    yield from entity_rows(article, item.statements, day)


def _document_row(
    doc_id: str, article: Article | None, status: str, statements: int, provenance: Provenance | None = None
) -> dict[str, Any]:
    metadata = article_metadata(article) if article is not None else {}
    return {
        "table": "documents",
        "id": doc_id,
        "published_date": published_date(metadata.get("published")),
        "status": status,
        "statements": statements,
        **{key: metadata.get(key) for key in _METADATA_KEYS},
        **provenance_row(provenance),
    }


# The documents table's provenance columns, and the Provenance fields they hold.
PROVENANCE_KEYS = {"quotegraph_version": "quotegraph", "extractor": "extractor", "lexicon": "lexicon",
                   "pipeline": "pipeline"}


def provenance_row(provenance: Provenance | None) -> dict[str, str | None]:
    """The provenance columns of a documents row (None each, for a failed document)."""
    return {key: getattr(provenance, field) if provenance else None for key, field in PROVENANCE_KEYS.items()}


def provenance_from_row(row: Mapping[str, Any]) -> Provenance | None:
    """The Provenance a documents row carries; None for rows written before it was recorded."""
    if not row.get("quotegraph_version"):
        return None
    return Provenance(str(row["quotegraph_version"]), row.get("extractor"), row.get("lexicon"),
                      row.get("pipeline"))


def statement_row(article: Article, statement: Statement, index: int, day: str) -> dict[str, Any]:
    """One statement as the CLI's JSONL writes it, flattened with its article's id and metadata.

    `quote_key` and `quote_id` are the store's (quotegraph.dedup): the Spark quotes table and
    a store that loads this output group the same statements under the same ids.
    """
    fields = statement_dict(statement, article.text)
    direct = statement.kind is StatementKind.DIRECT
    speaker = speaker_key(statement.speaker_id, statement.speaker)
    return {
        "table": "statements",
        "article_id": article.id,
        "index": index,
        "published_date": day,
        **{key: getattr(article, key) for key in _METADATA_KEYS},
        **fields,
        "quote_key": quote_key(fields["quote"]) if direct else None,
        "quote_id": quote_id(statement.kind.value, speaker, fields["quote"]),
    }


def entity_rows(article: Article, statements: Iterable[Statement], day: str) -> Iterator[dict[str, Any]]:
    """One row per distinct speaker and per distinct target of the article's statements."""
    counts: Counter[tuple[str, str | None, str, str | None, str | None, str | None]] = Counter()
    for s in statements:
        if s.speaker is not None:
            kind = s.speaker_kind.value if s.speaker_kind else None
            counts["speaker", s.speaker_id, s.speaker, kind, s.role, s.affiliation] += 1
        for target in s.targets:
            counts["target", target.entity_id, target.name, target.kind.value, None, None] += 1
    for (relation, entity_id, name, kind, role, affiliation), count in sorted(counts.items(), key=repr):
        yield {
            "table": "entities", "article_id": article.id, "published_date": day, "relation": relation,
            "entity_id": entity_id, "name": name, "kind": kind, "role": role,
            "affiliation": affiliation, "statements": count,
        }


def published_date(published: str | None) -> str:
    """The YYYY-MM-DD day of an ISO 8601 `published` value, or "unknown" (the partition column)."""
    if not published:
        return UNKNOWN_DATE
    try:
        return date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        return UNKNOWN_DATE
