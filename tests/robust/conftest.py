"""Fixtures for the reliability tests: small hand-written articles, `quotegraph` in a subprocess,
and a canonical dump of a database to compare runs by."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

NAMES = ("Anna Berg", "Omar Haddad", "Li Wei", "Maria Silva", "Kofi Mensah", "Jan de Vries")
TOPICS = ("the bridge", "the budget", "the strike", "the harbour", "the new tax", "the treaty")
PARAGRAPHS = (
    "“We will not give up on {topic},” {name} said on Monday.",
    "{name} said that {topic} would cost more than planned.",
    "According to {name}, talks about {topic} had stalled.",
    "“It is too early to say,” said {last}, the {role}. “We need more time.”",
    "{last} denied that {topic} was late, adding that the work would go on.",
    "The council met on Tuesday to discuss {topic}.",
)
ROLES = ("mayor", "minister", "spokeswoman", "union leader")


def article(number: int) -> dict[str, Any]:
    """A short news article, different for every `number`, written for these tests."""
    name = NAMES[number % len(NAMES)]
    values = {"name": name, "last": name.split()[-1], "role": ROLES[number % len(ROLES)]}
    paragraphs = [
        template.format(topic=TOPICS[(number + k) % len(TOPICS)], **values)
        for k, template in enumerate(PARAGRAPHS[number % 2 :])
    ]
    return {
        "id": f"art-{number:02d}",
        "text": f"Article {number}\n\n" + "\n\n".join(paragraphs),
        "published": f"2024-05-{1 + number % 28:02d}",
        "outlet": "Test Gazette",
    }


@pytest.fixture(scope="session")
def articles_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "articles.jsonl"
    path.write_text("".join(json.dumps(article(n)) + "\n" for n in range(30)), encoding="utf-8")
    return path


def quotegraph_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "quotegraph", *map(str, args)]


def subprocess_env() -> dict[str, str]:
    """This tree's sources first, so the subprocess runs the code under test."""
    path = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "OMP_NUM_THREADS": "1"}


def run_quotegraph(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        quotegraph_command(*args), capture_output=True, text=True, env=subprocess_env(),
        timeout=timeout, check=False,
    )


def start_quotegraph(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        quotegraph_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=subprocess_env(),
    )


def stored_articles(db_path: Path) -> int:
    """Committed articles, read as another process would; 0 while the file or table is missing."""
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def canonical_dump(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row that matters, in a fixed order, without row ids and timestamps of the run.

    Also checks the file's integrity and that the full-text index agrees with its table.
    """
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')")
        article_columns = [c[1] for c in db.execute("PRAGMA table_info(articles)") if c[1] != "added_at"]
        statement_columns = [c[1] for c in db.execute("PRAGMA table_info(statements)") if c[1] != "id"]
        return {
            "articles": db.execute(
                f"SELECT {', '.join(article_columns)} FROM articles ORDER BY id"
            ).fetchall(),
            "entities": db.execute("SELECT * FROM entities ORDER BY id").fetchall(),
            "statements": db.execute(
                f"SELECT {', '.join(statement_columns)} FROM statements ORDER BY article_id, position"
            ).fetchall(),
            "targets": db.execute(
                "SELECT s.article_id, s.position, t.entity_id, t.name, t.kind, t.mention_start, t.mention_end"
                " FROM statement_targets t JOIN statements s ON s.id = t.statement_id"
                " ORDER BY s.article_id, s.position, t.entity_id"
            ).fetchall(),
            "fts_rows": db.execute("SELECT count(*) FROM statements_fts").fetchall(),
            # Repeated quotes and their counts (schema 2 on), kept by triggers on statements.
            "quotes": db.execute("SELECT * FROM quotes ORDER BY id").fetchall() if _has(db, "quotes") else [],
        }
    finally:
        db.close()


def _has(db: sqlite3.Connection, table: str) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    return found is not None


@pytest.fixture(scope="session")
def clean_dump(articles_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The database an uninterrupted ingest of `articles_jsonl` gives."""
    db_path = tmp_path_factory.mktemp("clean") / "clean.db"
    done = run_quotegraph("ingest", articles_jsonl, "--db", db_path)
    assert done.returncode == 0, done.stderr
    dump = canonical_dump(db_path)
    assert len(dump["articles"]) == 30 and len(dump["statements"]) > 60
    return dump
