"""Counted facets: for the statements a search matches, how many per speaker, outlet, act, type,
speaker kind, speaker gender, target and month, as Datasette shows them beside a table.

Counts are exact up to SAMPLE matching statements. A broader search (a common word across a
large store) is counted over the SAMPLE of its statements stored last, and the answer says so
(`counted` < `total`): grouping a hundred thousand rows eight ways takes longer than a page
may. With no filter at all every count is exact again, read off the indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from quotegraph.store.search import StatementFilters, check_filters, count_statements, where_clause

__all__ = ["FACETS", "SAMPLE", "facet_counts"]

SAMPLE = 5_000
# facet → the filter parameter one of its values sets (a month sets since and until)
FACETS = {
    "speaker": "speaker",
    "outlet": "outlet",
    "act": "act",
    "type": "type",
    "speaker_kind": "speaker_kind",
    "speaker_gender": "speaker_gender",
    "about": "about",
    "month": "month",
}
_SMALL = ("type", "speaker_kind", "speaker_gender", "act")  # few values each: one GROUP BY for all four
_COLUMNS = (
    "s.id, s.speaker_id, s.speaker, s.outlet, s.act, s.type, s.speaker_kind, s.speaker_gender,"
    " substr(s.published, 1, 7) AS month"
)


def facet_counts(db: sqlite3.Connection, filters: StatementFilters, *, size: int = 10) -> dict[str, Any]:
    """`{"total", "counted", "facets": {name: [{"value", "label", "count", "filter"}, …]}}`.

    Each facet lists its `size` most frequent values (months: the latest), leaving out the
    statements that lack one (an unresolved speaker, an unclassified act, an undated article).
    `counted` is how many statements the counts cover: `total`, or SAMPLE for a broad search
    (those stored last).
    """
    check_filters(db, filters)
    total = count_statements(db, filters)
    if not any(getattr(filters, f.name) for f in fields(filters)):
        # Each facet from its own index: exact and quick however large the store.
        counted = total
        rows = [row for query in _facet_queries("statements s", size) for row in db.execute(query)]
    else:
        counted = min(total, SAMPLE)
        source, where, params = where_clause(filters)
        if total > SAMPLE:  # the SAMPLE stored last: read backwards off the row ids, no sorting
            where = f"{where} ORDER BY {'f.rowid' if filters.text else 's.id'} DESC"
        # The matches are collected once (MATERIALIZED), then grouped once per facet.
        sql = (
            f"WITH m AS MATERIALIZED (SELECT {_COLUMNS} FROM {source} WHERE {where} LIMIT {SAMPLE:d}) "
            + " UNION ALL ".join(f"SELECT * FROM ({query})" for query in _facet_queries("m s", size))
        )
        rows = db.execute(sql, params).fetchall()
    found: dict[str, list[dict[str, Any]]] = {name: [] for name in FACETS}
    for facet, value, count in (item for row in rows for item in _split(row)):
        found[facet].append({"value": value, "label": value, "count": count, "filter": FACETS[facet]})
    facets = {name: _top(items, size, by_value=name == "month") for name, items in found.items()}
    _name_entities(db, [*facets["speaker"], *facets["about"]])
    return {"total": total, "counted": counted, "facets": facets}


def _facet_queries(table: str, size: int) -> list[str]:
    """One query per facet group, over `table` (the statements, or the matches `m`), as rows of
    (facet, value, …, count): six columns, the small facets' four values in the middle."""
    small = ", ".join(f"s.{name}" for name in _SMALL)
    # Over the whole table these match the indexes: outlet's is case-blind, month's an expression.
    outlet = "s.outlet COLLATE NOCASE" if table == "statements s" else "s.outlet"
    month = "substr(s.published, 1, 7)" if table == "statements s" else "s.month"
    # CROSS JOIN keeps the few matches as the outer loop (else SQLite may scan every target).
    about = f"{table} CROSS JOIN statement_targets t ON t.statement_id = s.id"
    if table == "statements s":
        about = "statement_targets t"
    top = f"ORDER BY count(*) DESC LIMIT {size * 4:d}"
    return [
        f"SELECT 'small', {small}, count(*) FROM {table} GROUP BY {small}",
        f"SELECT 'speaker', s.speaker_id, NULL, NULL, NULL, count(*) FROM {table}"
        f" WHERE s.speaker_id IS NOT NULL GROUP BY s.speaker_id {top}",
        f"SELECT 'outlet', max(s.outlet), NULL, NULL, NULL, count(*) FROM {table}"
        f" WHERE s.outlet IS NOT NULL GROUP BY {outlet} {top}",
        f"SELECT 'month', {month}, NULL, NULL, NULL, count(*) FROM {table}"
        f" WHERE {month} IS NOT NULL GROUP BY {month}",
        f"SELECT 'about', t.entity_id, NULL, NULL, NULL, count(*) FROM {about} GROUP BY t.entity_id {top}",
    ]  # fmt: skip


def _name_entities(db: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    """Give speaker and target values their entity's name as label."""
    ids = sorted({item["value"] for item in items})
    if not ids:
        return
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    names = dict(db.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids).fetchall())
    for item in items:
        item["label"] = names.get(item["value"], item["value"])


def _split(row: tuple[Any, ...]) -> Iterable[tuple[str, Any, int]]:
    """(facet, value, count) per value: the four small facets come out of one GROUP BY together."""
    facet, *values, count = row
    if facet != "small":
        yield facet, values[0], count
        return
    for name, value in zip(_SMALL, values, strict=True):
        if value is not None:
            yield name, value, count


def _top(items: list[dict[str, Any]], size: int, *, by_value: bool) -> list[dict[str, Any]]:
    """Values summed (the small facets arrive split by the others), largest first, `size` kept."""
    summed: dict[Any, dict[str, Any]] = {}
    for item in items:
        if item["value"] in summed:
            summed[item["value"]]["count"] += item["count"]
        else:
            summed[item["value"]] = dict(item)
    if by_value:
        return sorted(summed.values(), key=lambda i: i["value"], reverse=True)[:size]
    return sorted(summed.values(), key=lambda i: (-i["count"], str(i["label"])))[:size]
