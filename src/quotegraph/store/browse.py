"""Queries behind the speaker and article views: who speaks, when, and about whom."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from quotegraph.errors import InvalidQuery
from quotegraph.store.search import MAX_LIMIT, StatementFilters, find_statements, like_escape, statement_dicts

__all__ = ["article", "speaker", "speakers", "statement"]


def speakers(
    db: sqlite3.Connection, *, name: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities that speak, most statements first, optionally those whose name contains `name`."""
    if not 0 < limit <= MAX_LIMIT or offset < 0:
        raise InvalidQuery(f"limit must be between 1 and {MAX_LIMIT} and offset not negative")
    condition, params = "1", []
    if name:
        condition, params = "e.name LIKE ? ESCAPE '\\'", [f"%{like_escape(name)}%"]
    # Counting from the (speaker_id, published) index alone, before joining, keeps this fast.
    rows = db.execute(
        "SELECT e.*, c.statements, c.first_seen, c.last_seen FROM (SELECT speaker_id, count(*) AS statements,"
        " min(published) AS first_seen, max(published) AS last_seen FROM statements"
        " WHERE speaker_id IS NOT NULL GROUP BY speaker_id) c JOIN entities e ON e.id = c.speaker_id"
        f" WHERE {condition} ORDER BY c.statements DESC, e.name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [_entity_dict(row) for row in rows]


def speaker(db: sqlite3.Connection, entity_id: str, *, recent: int = 200) -> dict[str, Any] | None:
    """One entity with its timeline (statements per month), its targets and its statements."""
    row = db.execute("SELECT * FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    found = _entity_dict(row)
    found["timeline"] = [
        dict(r)
        for r in db.execute(
            "SELECT substr(published, 1, 7) AS month, count(*) AS statements FROM statements"
            " WHERE speaker_id = ? GROUP BY month ORDER BY month",
            [entity_id],
        )
    ]
    found["talks_about"] = [
        dict(r)
        for r in db.execute(
            "SELECT t.entity_id AS id, t.name, t.kind, count(*) AS statements FROM statement_targets t"
            " JOIN statements s ON s.id = t.statement_id WHERE s.speaker_id = ?"
            " GROUP BY t.entity_id ORDER BY statements DESC, t.name LIMIT 50",
            [entity_id],
        )
    ]
    found["statement_count"] = sum(month["statements"] for month in found["timeline"])
    found["statements"] = find_statements(
        db, StatementFilters(speaker_id=entity_id), limit=recent, oldest_first=True
    )
    return found


def article(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every statement in it, in text order."""
    row = db.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    found = dict(row)
    statement_rows = db.execute(
        "SELECT * FROM statements WHERE article_id = ? ORDER BY position", [article_id]
    ).fetchall()
    found["statements"] = statement_dicts(db, statement_rows)
    return found


def _entity_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["aliases"] = json.loads(item["aliases"])
    return item


def statement(db: sqlite3.Connection, uid: str) -> dict[str, Any] | None:
    """One statement by its stable id, with its article's title, URL and text around it."""
    row = db.execute(
        "SELECT s.*, a.title, a.url, a.author FROM statements s JOIN articles a ON a.id = s.article_id"
        " WHERE s.uid = ?",
        [uid],
    ).fetchone()
    if row is None:
        return None
    [found] = statement_dicts(db, [row])
    return found
