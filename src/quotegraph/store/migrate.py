"""Numbered, recorded schema migrations: migrations/NNNN_name.sql, applied in order.

Each applied file is recorded in `schema_migrations`, so a database says which schema it
has. A database from a newer quotegraph is refused (its schema is unknown here); an older
one is copied to a backup file before it is migrated, so a failed migration loses nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from quotegraph.errors import StoreError
from quotegraph.store.ids import register_id_functions
from quotegraph.store.quotes import register_functions

__all__ = ["Migration", "apply_migrations", "bundled_migrations", "schema_version"]

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """The migrations shipped in quotegraph/store/migrations, in version order."""
    folder = resources.files("quotegraph.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def schema_version(db: sqlite3.Connection) -> int:
    """The highest applied migration; 0 for an empty database."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    return int(db.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0])


def apply_migrations(db: sqlite3.Connection, path: Path | None, migrations: list[Migration]) -> int:
    """Bring `db` up to the last of `migrations`; returns the version it started from.

    Args:
        db: a writable connection in autocommit mode.
        path: the database file, for the backup copy; None for an in-memory database.
        migrations: all known migrations, in version order.
    """
    current = schema_version(db)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise StoreError(newer_schema_message(path, current, latest))
    pending = [m for m in migrations if m.version > current]
    if pending and current > 0 and path is not None:
        back_up(db, path, current)
    register_functions(db)
    register_id_functions(db)
    for migration in pending:
        _apply(db, migration)
    if pending and current > 0:
        # Statistics for the new indexes, so the planner uses them before the next ingest ends.
        db.execute("PRAGMA analysis_limit = 1000")
        db.execute("ANALYZE")
    return current


def newer_schema_message(path: Path | None, found: int, latest: int) -> str:
    return (
        f"{path or 'database'}: schema version {found} was written by a newer quotegraph "
        f"(this one knows up to {latest}); upgrade quotegraph to open it"
    )


def back_up(db: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database, consistently even in WAL mode, next to itself before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup_path = path.with_name(f"{path.name}.schema{version}-{stamp}.bak")
    with sqlite3.connect(backup_path) as target:
        db.backup(target)
    target.close()
    return backup_path


def _apply(db: sqlite3.Connection, migration: Migration) -> None:
    # One transaction per migration: the schema and its record change together or not at all.
    script = (
        "BEGIN;\n"
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);\n"
        f"{migration.sql}\n"
        "INSERT INTO schema_migrations (version, name, applied_at)"
        f" VALUES ({migration.version:d}, '{migration.name}', '{_now()}');\n"
        "COMMIT;"
    )
    try:
        db.executescript(script)
    except sqlite3.Error as error:
        if db.in_transaction:
            db.rollback()
        raise StoreError(f"migration {migration.version:04d}_{migration.name} failed: {error}") from error


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
