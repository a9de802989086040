"""Quotes: the same direct quote from the same speaker across articles, with its occurrences.

A statement joins a quote when it is direct and its speaker is an entity; its `quote_id`
(`quotegraph.dedup.quote_id`) is a hash of the speaker id and the `quote_key` of its content
(the words, case-folded, without quotation marks or punctuation), so the same words from the
same speaker share one id in every database. The `quotes` table and its triggers
(migrations/0002_quotes.sql) keep the count and first-seen date.

The id comes from the leaf module `quotegraph.dedup` (standard library only): every writer
(ingest, load), the migration of an older database and the Spark job's `quotes` table use
the one definition.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from quotegraph.dedup import quote_id
from quotegraph.errors import InvalidQuery
from quotegraph.store.search import BROAD_TEXT, MAX_LIMIT, fts_query, matches_at_least

__all__ = ["quote", "quotes", "register_functions"]


def register_functions(db: sqlite3.Connection) -> None:
    """The SQL function migration 0002 calls to group the statements an older database holds."""
    db.create_function("quotegraph_quote_id", 3, quote_id, deterministic=True)


def quotes(
    db: sqlite3.Connection,
    text: str | None = None,
    *,
    speaker_id: str | None = None,
    min_occurrences: int = 1,
    limit: int = 20,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes, most repeated first (then earliest first); optionally one speaker's, or those
    whose words match `text` (all words and "quoted phrases", as in statement search)."""
    if not 0 < limit <= MAX_LIMIT or offset < 0:
        raise InvalidQuery(f"limit must be between 1 and {MAX_LIMIT} and offset not negative")
    condition = "q.occurrences >= ?"
    params: list[Any] = [min_occurrences]
    if speaker_id is not None:
        condition += " AND q.speaker_id = ?"
        params.append(speaker_id)
    if text:
        query = fts_query(text, content_only=True)  # the quote's words, not its speaker's name
        condition += _text_condition(db, query)
        params.append(query)
    rows = db.execute(
        "SELECT q.id, q.speaker_id, e.name AS speaker, q.content, q.occurrences, q.first_seen, q.last_seen"
        # CROSS JOIN keeps quotes as the outer loop, so the page is read off the occurrences index.
        f" FROM quotes q CROSS JOIN entities e ON e.id = q.speaker_id WHERE {condition}"
        " ORDER BY q.occurrences DESC, q.first_seen, q.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [dict(row) for row in rows]


def _text_condition(db: sqlite3.Connection, query: str) -> str:
    """A quote matches when one of its occurrences does (the full-text index is over statements).

    A narrow text lists the quotes of its matches; a broad one (BROAD_TEXT matches or more)
    instead tests the quotes in list order, each through the quote index, and stops after a page.
    """
    matches = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
    if matches_at_least(db, query, BROAD_TEXT):
        return f" AND EXISTS (SELECT 1 FROM statements s WHERE s.quote_id = q.id AND s.id IN ({matches}))"
    return f" AND q.id IN (SELECT s.quote_id FROM statements s WHERE s.id IN ({matches}))"


def quote(db: sqlite3.Connection, quote_id: str) -> dict[str, Any] | None:
    """One quote and, in `seen_in`, every occurrence: statement, article, outlet, date, title, URL."""
    row = db.execute(
        "SELECT q.*, e.name AS speaker FROM quotes q JOIN entities e ON e.id = q.speaker_id WHERE q.id = ?",
        [quote_id],
    ).fetchone()
    if row is None:
        return None
    found = dict(row)
    found["seen_in"] = [
        _occurrence(r)
        for r in db.execute(
            "SELECT s.id AS statement_id, s.uid, s.article_id, s.published, s.content, s.source, s.cue,"
            " s.content_offsets, a.outlet, a.title, a.url FROM statements s"
            " JOIN articles a ON a.id = s.article_id WHERE s.quote_id = ?"
            " ORDER BY s.published, s.article_id, s.position",
            [quote_id],
        )
    ]
    return found


def _occurrence(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["content_offsets"] = json.loads(item["content_offsets"])
    return item
