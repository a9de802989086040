"""Counts behind the pictures: statements over time, who talks about whom, whose voices.

Each function takes the same StatementFilters as search, so a picture shows exactly the
statements a search finds, and returns plain rows; quotegraph.charts turns them into
Vega-Lite and Vega specifications.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from quotegraph.errors import InvalidQuery
from quotegraph.store.search import StatementFilters, check_filters, where_clause

__all__ = ["INTERVALS", "NEGATIVE_ACTS", "POSITIVE_ACTS", "SPLITS", "VOICES", "network", "timeline", "voices"]

# How a date is cut to its period: ISO dates sort and compare as text.
INTERVALS = {
    "day": "substr(s.published, 1, 10)",
    "week": "date(substr(s.published, 1, 10), '-6 days', 'weekday 1')",  # the Monday starting the week
    "month": "substr(s.published, 1, 7) || '-01'",
}
SPLITS = {"speaker": "s.speaker_id", "act": "s.act", "none": "NULL"}
VOICES = {"speaker_gender": "s.speaker_gender", "speaker_kind": "coalesce(s.speaker_kind, 'unresolved')"}
# The acts' mix that colours an edge of the network: warm words against hostile ones.
POSITIVE_ACTS = ("praise", "agree")
NEGATIVE_ACTS = ("accuse", "reject", "warn")
OTHER = "other"


def timeline(
    db: sqlite3.Connection,
    filters: StatementFilters,
    *,
    interval: str = "month",
    split: str = "none",
    top: int = 8,
) -> dict[str, Any]:
    """Statements per period, split by the `top` speakers or acts (the rest as "other").

    Returns `{"rows": [{"period", "key", "label", "count"}], "undated": N}`; undated
    statements have no place on a time axis and are only counted.
    """
    _choose(interval, INTERVALS, "interval")
    _choose(split, SPLITS, "split")
    check_filters(db, filters)
    source, where, params = where_clause(filters)
    period, key = INTERVALS[interval], SPLITS[split]
    sql = (
        f"WITH m AS MATERIALIZED (SELECT {period} AS period, {key} AS key FROM {source} WHERE {where}),"
        " top AS (SELECT key FROM m WHERE key IS NOT NULL AND period IS NOT NULL"
        f" GROUP BY key ORDER BY count(*) DESC, key LIMIT {top:d})"
        " SELECT period, CASE WHEN key IN (SELECT key FROM top) THEN key END AS k, count(*) FROM m"
        " GROUP BY period, k ORDER BY period, k"
    )
    rows, undated = [], 0
    for row_period, row_key, count in db.execute(sql, params):
        if row_period is None:
            undated += count
            continue
        rows.append({"period": row_period, "key": row_key, "count": count})
    labels = _speaker_names(db, {r["key"] for r in rows}) if split == "speaker" else {}
    for row in rows:
        fallback = "all" if split == "none" else OTHER
        row["label"] = labels.get(row["key"], row["key"]) if row["key"] is not None else fallback
    return {"rows": rows, "undated": undated}


def network(
    db: sqlite3.Connection, filters: StatementFilters, *, min_count: int = 2, top: int = 60
) -> dict[str, Any]:
    """Speakers → the entities they talk about: the `top` heaviest edges of at least `min_count`.

    Returns `{"nodes": [{"id", "label", "kind", "statements"}], "edges": [{"source", "target",
    "count", "positive", "negative"}], "edges_total": N}`; a node's `statements` counts those
    by it and about it among the matches, so its size reads as how present it is.
    """
    if min_count < 1 or not 1 <= top <= 1000:
        raise InvalidQuery("min_count must be at least 1 and top between 1 and 1000")
    check_filters(db, filters)
    source, where, params = where_clause(filters)
    positive, negative = _in_list(POSITIVE_ACTS), _in_list(NEGATIVE_ACTS)
    sql = (
        f"WITH m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.act FROM {source}"
        f" WHERE {where} AND s.speaker_id IS NOT NULL)"
        " SELECT m.speaker_id, t.entity_id, count(*) AS n,"
        f" sum(m.act IN ({positive})), sum(m.act IN ({negative}))"
        " FROM m CROSS JOIN statement_targets t ON t.statement_id = m.id WHERE t.entity_id != m.speaker_id"
        " GROUP BY m.speaker_id, t.entity_id HAVING n >= ? ORDER BY n DESC, m.speaker_id, t.entity_id"
    )
    all_edges = [
        {"source": a, "target": b, "count": n, "positive": pos, "negative": neg}
        for a, b, n, pos, neg in db.execute(sql, [*params, min_count])
    ]
    weight: dict[str, int] = {}
    for edge in all_edges:
        for end in (edge["source"], edge["target"]):
            weight[end] = weight.get(end, 0) + edge["count"]
    edges = all_edges[:top]
    ids = sorted({end for edge in edges for end in (edge["source"], edge["target"])})
    entities = _entities(db, set(ids))
    nodes = [
        {"id": i, "label": entities.get(i, (i, "unknown"))[0], "kind": entities.get(i, (i, "unknown"))[1],
         "statements": weight[i], "speaks": any(e["source"] == i for e in edges)}
        for i in ids
    ]  # fmt: skip
    return {"nodes": nodes, "edges": edges, "edges_total": len(all_edges)}


def voices(
    db: sqlite3.Connection, filters: StatementFilters, *, by: str = "speaker_gender", top: int = 8
) -> dict[str, Any]:
    """Statements per outlet, month and speaker gender (or kind): whose voices each outlet carries.

    The `top` outlets by statements are kept, the rest summed as "other outlets". Returns
    `{"rows": [{"outlet", "month", "value", "count"}], "undated": N}`.
    """
    _choose(by, VOICES, "by")
    check_filters(db, filters)
    source, where, params = where_clause(filters)
    sql = (
        f"WITH m AS MATERIALIZED (SELECT coalesce(s.outlet, 'unknown outlet') AS outlet,"
        f" substr(s.published, 1, 7) || '-01' AS month, {VOICES[by]} AS value FROM {source} WHERE {where}),"
        f" top AS (SELECT outlet FROM m GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT {top:d})"
        " SELECT CASE WHEN outlet IN (SELECT outlet FROM top) THEN outlet ELSE 'other outlets' END AS o,"
        " month, value, count(*) FROM m GROUP BY o, month, value ORDER BY o, month, value"
    )
    rows, undated = [], 0
    for outlet, month, value, count in db.execute(sql, params):
        if month is None:
            undated += count
            continue
        rows.append({"outlet": outlet, "month": month, "value": value, "count": count})
    return {"rows": rows, "undated": undated}


def _choose(value: str, allowed: dict[str, str], name: str) -> None:
    if value not in allowed:
        raise InvalidQuery(f"unknown {name} {value[:40]!r}; use one of: {', '.join(allowed)}")


def _in_list(values: tuple[str, ...]) -> str:
    # Constants of this module, quoted here: never input.
    return ", ".join(f"'{value}'" for value in values)


def _speaker_names(db: sqlite3.Connection, ids: set[Any]) -> dict[str, str]:
    return {key: name for key, (name, _) in _entities(db, {i for i in ids if i is not None}).items()}


def _entities(db: sqlite3.Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    rows = db.execute(f"SELECT id, name, kind FROM entities WHERE id IN ({marks})", sorted(ids))
    return {row[0]: (row[1], row[2]) for row in rows}
