"""One writing process per database file: an exclusive lock on a file beside it.

SQLite already makes each article's transaction atomic, so two writers could not corrupt
the file; but two ingest runs over the same inputs would repeat each other's work and
interleave their provenance. A second writer is refused at once with a message saying why.
The lock is an OS file lock (flock), so a killed process releases it: a stale lock file
left on disk blocks nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from quotegraph.errors import StoreError

try:
    import fcntl
except ImportError:  # Windows: no flock; SQLite's own locking still serialises transactions
    fcntl = None  # type: ignore[assignment]

__all__ = ["WriterLock", "lock_path"]


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: `quotes.db` → `quotes.db.lock`."""
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """Held while a Store is open for writing with `exclusive=True`; `release()` frees it."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._file: IO[str] | None = None
        if fcntl is None:
            return
        handle = self._open()
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise StoreError(
                f"{db_path}: another quotegraph process is writing to it (it holds {self.path}); "
                "wait for it to finish, or write to another database"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")  # for a person wondering who holds it
        handle.flush()
        self._file = handle

    def _open(self) -> IO[str]:
        try:
            return open(self.path, "a+", encoding="utf-8")
        except OSError as error:
            raise StoreError(
                f"{self.path.with_suffix('')}: cannot open for writing: "
                f"cannot create its lock file {self.path.name} ({error.strerror})"
            ) from None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the flock
            self._file = None
