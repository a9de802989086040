"""Queries over the store: statements by text, speaker, target, act, outlet and date.

Every value reaches SQLite as a bound parameter, never as SQL text; the full-text query is
rebuilt from the user's words as quoted FTS5 strings, so no input is FTS5 syntax either.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from quotegraph.errors import InvalidQuery
from quotegraph.records import SPEECH_ACTS, EntityKind, SpeakerGender, StatementKind
from quotegraph.store.fulltext import fts_query

__all__ = [
    "SORTS",
    "StatementFilters",
    "check_filters",
    "check_min_confidence",
    "count_statements",
    "find_statements",
    "fts_query",
    "quotes_of",
    "statement_dicts",
    "where_clause",
]

MAX_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class StatementFilters:
    """What to look for; every field left None matches everything.

    `text` matches the words of the content and the speaker's names (see fulltext.py);
    `speaker` matches an entity id, a canonical name or its last word ("Putin"), or the
    source as written; `about` matches a target's entity id or name; `since`/`until` are
    ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), both inclusive. `act`, `type`, `speaker_kind`
    and `speaker_gender` take one of their known values (check_filters). `min_confidence`
    (0 to 1) keeps the statements whose calibrated confidence is at least that probability.
    """

    text: str | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    about: str | None = None
    act: str | None = None
    type: str | None = None
    speaker_kind: str | None = None
    speaker_gender: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    min_confidence: float | None = None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


# newest first (the default), oldest first, or best match first (with search words; else newest).
SORTS = ("newest", "oldest", "relevance")


def find_statements(
    db: sqlite3.Connection,
    filters: StatementFilters,
    *,
    limit: int = 50,
    offset: int = 0,
    oldest_first: bool = False,
    sort: str | None = None,
) -> list[dict[str, Any]]:
    """Statements matching `filters` in `sort` order (SORTS; `oldest_first` = "oldest"), as dicts.

    Two steps: the ids of one page, chosen on indexes alone, then the full rows of those ids,
    so sorting never reads the contents of rows that are not shown.
    """
    if not 0 < limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise InvalidQuery(f"offset must not be negative, not {offset}")
    sort = sort or ("oldest" if oldest_first else "newest")
    if sort not in SORTS:
        raise InvalidQuery(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
    check_filters(db, filters)
    if sort == "relevance" and filters.text:
        ids = _ids_by_relevance(db, filters, limit=limit, offset=offset)
    else:
        ids = _page_ids(db, filters, limit=limit, offset=offset, oldest_first=sort == "oldest")
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    rows = db.execute(
        "SELECT s.*, a.title, a.url FROM statements s JOIN articles a ON a.id = s.article_id"
        f" WHERE s.id IN ({marks})",
        ids,
    ).fetchall()
    place = {statement_id: at for at, statement_id in enumerate(ids)}
    return statement_dicts(db, sorted(rows, key=lambda row: place[row["id"]]))


# A text matching more statements than this is "broad": its page is found by walking the date
# index and testing each statement against the matches, which stops after one page; a
# narrower text sorts its few matches instead. Measured on 100,000 statements (docs/store.md).
BROAD_TEXT = 2000

# Filters that pick few statements by their own index; with one of them the planner's choice
# beats walking the date index.
_SELECTIVE = ("speaker", "speaker_id", "about", "article", "outlet")


def _page_ids(
    db: sqlite3.Connection, filters: StatementFilters, *, limit: int, offset: int, oldest_first: bool
) -> list[int]:
    where, params = _where(filters)
    order = "s.published ASC, s.id ASC" if oldest_first else "s.published DESC, s.id ASC"
    walk_dates = filters.text and not any(getattr(filters, name) for name in _SELECTIVE)
    source = "statements s"
    if walk_dates and matches_at_least(db, fts_query(filters.text or ""), BROAD_TEXT):
        source = "statements s INDEXED BY statements_published"
    rows = db.execute(
        f"SELECT s.id FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [row[0] for row in rows]


def _ids_by_relevance(
    db: sqlite3.Connection, filters: StatementFilters, *, limit: int, offset: int
) -> list[int]:
    """Best match first (FTS5's bm25 rank over content and speaker names), then newest."""
    where, params = _where(replace(filters, text=None))
    rows = db.execute(
        "SELECT s.id FROM statements_fts f JOIN statements s ON s.id = f.rowid"
        f" WHERE f.statements_fts MATCH ? AND {where}"
        " ORDER BY f.rank, s.published DESC, s.id LIMIT ? OFFSET ?",
        [fts_query(filters.text or ""), *params, limit, offset],
    )
    return [row[0] for row in rows]


def matches_at_least(db: sqlite3.Connection, query: str, count: int) -> bool:
    """Whether the full-text `query` matches `count` statements or more; stops counting there."""
    found = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)",
        [query, count],
    ).fetchone()[0]
    return bool(found >= count)


def count_statements(db: sqlite3.Connection, filters: StatementFilters, *, cap: int | None = None) -> int:
    """How many statements match; at most `cap`, which bounds the time a broad filter takes.

    With a search text, the full-text matches are streamed and joined to their rows (FTS
    first), so a capped count of a common word stops after `cap` matches.
    """
    check_filters(db, filters)
    source, where, params = where_clause(filters)
    if filters.text and replace(filters, text=None) == StatementFilters():
        # Text alone: the index has one row per statement, so its own count is the answer.
        source, where, params = "statements_fts f", "f.statements_fts MATCH ?", params[:1]
    if cap is None:
        return int(db.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0])
    capped = f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT ?)"
    return int(db.execute(capped, [*params, cap]).fetchone()[0])


def where_clause(filters: StatementFilters, *, fts_first: bool = True) -> tuple[str, str, list[Any]]:
    """(FROM, WHERE, parameters) selecting the statements `s` that match `filters`.

    With a search text and `fts_first`, the full-text matches are streamed and joined to their
    rows; without, the statements are read in the caller's index order and tested against them.
    """
    if not fts_first:
        where, params = _where(filters)
        return "statements s", where, params
    where, params = _where(replace(filters, text=None))
    if not filters.text:
        return "statements s", where, params
    source = "statements_fts f JOIN statements s ON s.id = f.rowid"
    return source, f"f.statements_fts MATCH ? AND {where}", [fts_query(filters.text), *params]


# The values each checked filter takes; a value outside them is an error that lists them.
KNOWN_VALUES: dict[str, tuple[str, ...]] = {
    "act": SPEECH_ACTS,
    "type": tuple(kind.value for kind in StatementKind),
    "speaker_kind": tuple(kind.value for kind in EntityKind),
    "speaker_gender": tuple(gender.value for gender in SpeakerGender),
}


def check_filters(db: sqlite3.Connection, filters: StatementFilters) -> None:
    """Raise InvalidQuery, listing the valid values, for an act, type, kind or gender unknown here.

    An act stored by another quotegraph version is valid too: the acts the database holds count.
    A `min_confidence` outside 0..1 (or not a number) is an error too.
    """
    check_min_confidence(filters.min_confidence)
    for name, known in KNOWN_VALUES.items():
        value = getattr(filters, name)
        if not value or value in known:
            continue
        valid = sorted(set(known) | set(stored_acts(db))) if name == "act" else list(known)
        if value not in valid:
            label = name.replace("_", " ")
            raise InvalidQuery(f"unknown {label} {value[:40]!r}; use one of: {', '.join(valid)}")


def check_min_confidence(value: float | None) -> None:
    """Raise InvalidQuery unless `value` is None or a probability: confidences lie in 0..1, so a
    threshold outside would silently keep everything or nothing."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InvalidQuery(f"min_confidence must be a number from 0 to 1, not {str(value)[:20]!r}")


def stored_acts(db: sqlite3.Connection) -> list[str]:
    """The distinct acts the statements hold, read off the act index one value at a time."""
    found: list[str] = []
    while True:
        row = db.execute(
            "SELECT act FROM statements WHERE act > ? ORDER BY act LIMIT 1", [found[-1] if found else ""]
        ).fetchone()
        if row is None:
            return found
        found.append(row[0])


def statement_dicts(db: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Rows of `statements` (and optionally article columns) as dicts with targets and quote counts.

    A statement that is one occurrence of a quote gets its `occurrences` (statements carrying
    the same quote) and `first_seen` date; the others get 1 and their own date.
    """
    targets = _targets_of(db, [row["id"] for row in rows])
    grouped = quotes_of(db, sorted({row["quote_id"] for row in rows if row["quote_id"]}))
    return [_statement_dict(row, targets.get(row["id"], []), grouped.get(row["quote_id"])) for row in rows]


def _statement_dict(
    row: sqlite3.Row, targets: list[dict[str, Any]], quote: sqlite3.Row | None
) -> dict[str, Any]:
    item = dict(row)
    item["content_offsets"] = json.loads(item["content_offsets"])
    item["negated"] = bool(item["negated"])
    item["targets"] = targets
    item["occurrences"] = quote["occurrences"] if quote else 1
    item["first_seen"] = quote["first_seen"] if quote else item["published"]
    return item


def quotes_of(db: sqlite3.Connection, ids: list[str]) -> dict[str, sqlite3.Row]:
    """Occurrence counts and dates of the quotes with these ids (absent ids are left out)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    rows = db.execute(f"SELECT id, occurrences, first_seen, last_seen FROM quotes WHERE id IN ({marks})", ids)
    return {row["id"]: row for row in rows}


def _targets_of(db: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    found: dict[int, list[dict[str, Any]]] = {}
    for row in db.execute(
        f"SELECT statement_id, entity_id AS id, name, kind, mention_start, mention_end"
        f" FROM statement_targets WHERE statement_id IN ({marks}) ORDER BY mention_start",
        ids,
    ):
        target = dict(row)
        found.setdefault(target.pop("statement_id"), []).append(target)
    return found


_ENTITY_MATCH = "SELECT id FROM entities WHERE id = ? OR name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\'"

# Each filter adds one condition; the SQL text is fixed, only parameters vary.
_CONDITIONS: dict[str, str] = {
    "text": "s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
    # Names are matched in the small entities table, then statements are found by index.
    "speaker": (
        f"(s.speaker_id IN ({_ENTITY_MATCH}) OR (s.speaker IS NULL AND s.source = ? COLLATE NOCASE))"
    ),
    "speaker_id": "s.speaker_id = ?",
    "about": f"s.id IN (SELECT statement_id FROM statement_targets WHERE entity_id IN ({_ENTITY_MATCH}))",
    "act": "s.act = ?",
    "type": "s.type = ?",
    "speaker_kind": "s.speaker_kind = ?",
    "speaker_gender": "s.speaker_gender = ?",
    "outlet": "s.outlet = ? COLLATE NOCASE",
    "since": "s.published >= ?",
    "until": "s.published < ?",
    "article": "s.article_id = ?",
    "min_confidence": "s.confidence >= ?",
}


def _where(filters: StatementFilters) -> tuple[str, list[Any]]:
    conditions, params = ["1"], []
    for name in StatementFilters.names():
        value = getattr(filters, name)
        if value is None or value == "":
            continue
        conditions.append(_CONDITIONS[name])
        params.extend(_params(name, value))
    return " AND ".join(conditions), params


def _params(name: str, value: Any) -> list[Any]:
    if name == "text":
        return [fts_query(value)]
    if name == "speaker":
        return [value, value, "% " + like_escape(value), value]
    if name == "about":
        return [value, value, "% " + like_escape(value)]
    if name == "since":
        return [first_day(value).isoformat()]
    if name == "until":
        return [(last_day(value) + timedelta(days=1)).isoformat()]
    return [value]


def like_escape(value: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", value)


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def first_day(value: str) -> date:
    """The first day a date filter covers: "2024" → 2024-01-01, "2024-06" → 2024-06-01."""
    year, month, day = _date_parts(value)
    return _date(value, year, month or 1, day or 1)


def last_day(value: str) -> date:
    """The last day a date filter covers: "2024" → 2024-12-31, "2024-02" → 2024-02-29."""
    year, month, day = _date_parts(value)
    if day:
        return _date(value, year, month, day)
    if month:
        return _date(value, year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return _date(value, year, 12, 31)


def _date_parts(value: str) -> tuple[int, int, int]:
    match = _PARTIAL.match(value.strip())
    if not match:
        try:  # a full date-time is accepted and cut to its day
            day = datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise InvalidQuery(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
        return day.year, day.month, day.day
    return int(match[1]), int(match[2] or 0), int(match[3] or 0)


def _date(value: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidQuery(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
