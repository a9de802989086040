"""The store: one SQLite file (WAL, FTS5) of articles, entities, statements and targets.

    with Store.open("quotes.db") as store:
        changed = store.add(result)          # an ArticleResult
        hits = store.search("troops", speaker="Rutte", since="2024-06")

Knows records, never spaCy or the stages. Plain SQLite, so sqlite3 and Datasette read the
file as it is; the schema is in migrations/ and docs/store.md.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from quotegraph.errors import StoreError
from quotegraph.records import ArticleResult
from quotegraph.store import browse, quotes
from quotegraph.store.export import EXPORT_FORMATS, export_rows
from quotegraph.store.facets import facet_counts
from quotegraph.store.fulltext import highlights
from quotegraph.store.ids import statement_uids
from quotegraph.store.linking import LINKS_SCHEMA, link_all, link_surnames
from quotegraph.store.lock import WriterLock
from quotegraph.store.migrate import (
    apply_migrations,
    bundled_migrations,
    newer_schema_message,
    schema_version,
)
from quotegraph.store.rows import (
    EntityRow,
    article_row,
    entity_id_for,
    entity_rows,
    statement_row,
    target_rows,
    text_hash,
)
from quotegraph.store.search import (
    StatementFilters,
    check_filters,
    count_statements,
    find_statements,
    where_clause,
)

__all__ = ["EXPORT_FORMATS", "StatementFilters", "Store", "export_rows"]


class Store:
    """A quotegraph database. Open it with `Store.open`; use it as a context manager."""

    def __init__(self, db: sqlite3.Connection, path: Path | None, *, read_only: bool) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.changed = False
        self.writer_lock: WriterLock | None = None

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, exclusive: bool = False) -> Store:
        """Open (and create or migrate, unless `read_only`) the database at `path`.

        ":memory:" opens a private in-memory database, for tests. `exclusive` refuses (with
        StoreError) to open a file that another process holds open with `exclusive`.
        """
        memory = str(path) == ":memory:"
        file_path = None if memory else Path(path)
        lock = WriterLock(file_path) if exclusive and file_path is not None and not read_only else None
        try:
            db = _connect_read_only(file_path) if read_only else _connect_writable(file_path)
        except BaseException:
            if lock:
                lock.release()
            raise
        store = cls(db, file_path, read_only=read_only)
        store.writer_lock = lock
        try:
            store._check_schema()
        except BaseException:
            store.close()
            raise
        return store

    def _check_schema(self) -> None:
        migrations = bundled_migrations()
        if not self.read_only:
            started = apply_migrations(self.db, self.path, migrations)
            if 0 < started < LINKS_SCHEMA:  # an older store: link the surnames it already holds
                with _transaction(self.db):
                    link_all(self.db)
            return
        found, latest = schema_version(self.db), migrations[-1].version
        if found > latest:
            raise StoreError(newer_schema_message(self.path, found, latest))
        if found < latest:
            raise StoreError(
                f"{self.path}: schema version {found} is older than {latest}; "
                "open it once for writing (quotegraph ingest) to migrate it"
            )

    def close(self) -> None:
        if self.changed:
            # Fresh statistics let the query planner pick the selective index for each filter.
            self.db.execute("PRAGMA analysis_limit = 1000")
            self.db.execute("ANALYZE")
        self.db.close()
        if self.writer_lock:
            self.writer_lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # Writing

    def add(self, result: ArticleResult, *, force: bool = False) -> bool:
        """Store one article and its statements; returns whether anything changed.

        The same text (by hash) already stored changes nothing unless `force`; a changed
        article replaces its old statements, all in one transaction. The result's provenance
        (what produced it) is stored with the article.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        stored = self.db.execute(
            "SELECT text_hash FROM articles WHERE id = ?", [result.article.id]
        ).fetchone()
        if stored and stored[0] == text_hash(result.article.text) and not force:
            return False
        try:
            with _transaction(self.db):
                self._replace(result)
            self.changed = True
        except sqlite3.Error as error:
            raise StoreError(
                f"{self.path or 'database'}: could not store {result.article.id!r}: {error}"
            ) from error
        return True

    def _replace(self, result: ArticleResult) -> None:
        # Statements first, so the FTS triggers see each deleted row.
        self.db.execute("DELETE FROM statements WHERE article_id = ?", [result.article.id])
        self.db.execute("DELETE FROM articles WHERE id = ?", [result.article.id])
        _insert(self.db, "articles", article_row(result))
        for entity in entity_rows(result):
            _upsert_entity(self.db, entity)
        aliases = _aliases_of(self.db, {entity_id_for(s) for s in result.statements} - {None})
        uids = statement_uids(result.article.id, (s.content for s in result.statements))
        for position, statement in enumerate(result.statements):
            names = aliases.get(entity_id_for(statement), ())
            row = statement_row(statement, position, result, uid=uids[position], aliases=names)
            statement_id = _insert(self.db, "statements", row)
            for target in target_rows(statement_id, statement.targets):
                _insert(self.db, "statement_targets", target)
        link_surnames(self.db, {i for i in map(entity_id_for, result.statements) if i})

    # Reading

    def search(
        self,
        text: str | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        sort: str | None = None,
        **filters: Any,
    ) -> list[dict[str, Any]]:
        """Statements matching `text` and `filters` (the fields of StatementFilters), newest first
        (or `sort`: "oldest", "relevance")."""
        found = StatementFilters(text=text, **filters)
        return find_statements(self.db, found, limit=limit, offset=offset, sort=sort)

    def count(self, text: str | None = None, **filters: Any) -> int:
        return count_statements(self.db, StatementFilters(text=text, **filters))

    def facets(self, text: str | None = None, *, size: int = 10, **filters: Any) -> dict[str, Any]:
        """The total and counted facets (speaker, outlet, act, …) of the statements a search finds."""
        return facet_counts(self.db, StatementFilters(text=text, **filters), size=size)

    def highlights(self, text: str, ids: list[int]) -> dict[int, str]:
        """The content of each statement (by row id) with the words `text` matches marked
        (fulltext.MARK_START … MARK_END)."""
        return highlights(self.db, text, ids)

    def statement(self, uid: str) -> dict[str, Any] | None:
        """One statement by its stable id, with its article's title, outlet, date and URL, or None."""
        return browse.statement(self.db, uid)

    def speakers(self, *, name: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return browse.speakers(self.db, name=name, limit=limit, offset=offset)

    def speaker(self, entity_id: str) -> dict[str, Any] | None:
        return browse.speaker(self.db, entity_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return browse.article(self.db, article_id)

    def quotes(
        self,
        text: str | None = None,
        *,
        speaker_id: str | None = None,
        min_occurrences: int = 1,
        limit: int = 20,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotes (the same direct quote from one speaker across articles), most repeated first."""
        return quotes.quotes(
            self.db, text, speaker_id=speaker_id, min_occurrences=min_occurrences, limit=limit, offset=offset
        )

    def quote(self, quote_id: str) -> dict[str, Any] | None:
        """One quote with every occurrence (`seen_in`), or None."""
        return quotes.quote(self.db, quote_id)

    def statement_rows(self, filters: StatementFilters | None = None) -> Iterator[dict[str, Any]]:
        """The statements `filters` match (default: all) with their article's metadata, for export,
        in article order."""
        filters = filters or StatementFilters()
        check_filters(self.db, filters)
        source, where, params = where_clause(filters)
        cursor = self.db.execute(
            "SELECT s.*, a.outlet, a.title, a.url,"
            " (SELECT group_concat(t.name, '; ') FROM statement_targets t"
            " WHERE t.statement_id = s.id) AS targets"
            f" FROM {source} JOIN articles a ON a.id = s.article_id WHERE {where}"
            " ORDER BY s.article_id, s.position",
            params,
        )
        for row in cursor:
            yield dict(row)

    def schema_version(self) -> int:
        return schema_version(self.db)

    def provenance(self) -> list[dict[str, Any]]:
        """What produced the stored articles: each distinct provenance with its number of articles."""
        rows = self.db.execute(
            "SELECT quotegraph_version, extractor, lexicon, pipeline, count(*) AS articles FROM articles"
            " GROUP BY extractor, lexicon, pipeline, quotegraph_version ORDER BY articles DESC, extractor"
        )
        return [dict(row) for row in rows]

    def extractors(self) -> set[str | None]:
        """The extractors of the stored articles (None: stored before quotegraph recorded it)."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT extractor FROM articles")}


def _connect_writable(path: Path | None) -> sqlite3.Connection:
    try:
        # Autocommit (isolation_level=None): transactions are explicit, see _transaction.
        db = sqlite3.connect(
            ":memory:" if path is None else path, isolation_level=None, check_same_thread=False
        )
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        if path is not None:
            db.execute("PRAGMA journal_mode = WAL")  # readers (serve) go on while ingest writes
            # In WAL mode NORMAL survives a crashed process; only a power cut may lose the last commits.
            db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open as a quotegraph database: {error}") from error
    return db


def _connect_read_only(path: Path | None) -> sqlite3.Connection:
    if path is None:
        raise StoreError("an in-memory database cannot be opened read-only")
    if not path.is_file():
        raise StoreError(f"{path}: no such database")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA query_only = ON")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a non-database file
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open as a quotegraph database: {error}") from error
    return db


class _transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: an article is stored whole or not at all."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _insert(db: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    # Table and column names come from this package's own dicts, never from input.
    columns = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
    return int(cursor.lastrowid or 0)


def _aliases_of(db: sqlite3.Connection, entity_ids: set[str | None]) -> dict[str | None, tuple[str, ...]]:
    """Each entity's aliases as stored now (this article's included), for the search names."""
    found: dict[str | None, tuple[str, ...]] = {}
    for entity_id in entity_ids:
        row = db.execute("SELECT aliases FROM entities WHERE id = ?", [entity_id]).fetchone()
        found[entity_id] = tuple(json.loads(row[0])) if row else ()
    return found


def _upsert_entity(db: sqlite3.Connection, entity: EntityRow) -> None:
    """Add the entity, or fill in what it lacked and add the aliases seen this time."""
    existing = db.execute("SELECT aliases FROM entities WHERE id = ?", [entity.id]).fetchone()
    row = entity.as_dict()
    if existing is None:
        row["aliases"] = _json(row["aliases"])
        _insert(db, "entities", row)
        return
    aliases = sorted(set(json.loads(existing[0])) | set(row["aliases"]))
    db.execute(
        "UPDATE entities SET kind = CASE WHEN kind = 'unknown' THEN :kind ELSE kind END,"
        " role = coalesce(:role, role), affiliation = coalesce(:affiliation, affiliation), aliases = :aliases"
        " WHERE id = :id",
        {**row, "aliases": _json(aliases)},
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
