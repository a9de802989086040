"""The database without quotegraph: Datasette and a plain sqlite3 session read it as it is."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotegraph.store import Store
from tests.factories import wire


@pytest.fixture
def wire_db(db_file: Path) -> Path:
    """The three hand-made articles and `wire`, which repeats one of Rutte's quotes."""
    with Store.open(db_file) as store:
        store.add(wire())
    return db_file


PLAIN_SESSION = """
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
found = {
    "search": db.execute(
        "SELECT s.article_id FROM statements_fts f JOIN statements s ON s.id = f.rowid"
        " WHERE statements_fts MATCH 'troops' ORDER BY s.published"
    ).fetchall(),
    "quotes": db.execute(
        "SELECT e.name, q.occurrences, q.first_seen, count(s.id) FROM quotes q"
        " JOIN entities e ON e.id = q.speaker_id JOIN statements s ON s.quote_id = q.id"
        " GROUP BY q.id ORDER BY q.occurrences DESC LIMIT 1"
    ).fetchall(),
    "outlets": db.execute("SELECT DISTINCT outlet FROM statements ORDER BY outlet").fetchall(),
    "quotegraph loaded": any(name.startswith("quotegraph") for name in sys.modules),
}
print(json.dumps(found))
"""


def test_a_plain_python_sqlite3_session_reads_everything_with_no_quotegraph_code(wire_db: Path) -> None:
    # -I: isolated mode, so neither PYTHONPATH nor an installed quotegraph can be imported by accident.
    done = subprocess.run(
        [sys.executable, "-I", "-c", PLAIN_SESSION, str(wire_db)], capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout)

    assert found["search"] == [["wire"], ["summit"]]
    assert found["quotes"] == [["Mark Rutte", 2, "2024-06-09", 2]]
    assert found["outlets"] == [["City Daily"], ["Coast News"], ["Example Post"], ["Wire Service"]]
    assert found["quotegraph loaded"] is False


def datasette_get(path: Path, *urls: str) -> list[Any]:
    """JSON of each URL as Datasette serves it for the database file at `path`."""
    datasette_app = pytest.importorskip("datasette.app", reason="needs datasette (pip install datasette)")

    async def fetch() -> list[Any]:
        datasette = datasette_app.Datasette([str(path)])
        answers = []
        for url in urls:
            response = await datasette.client.get(url)
            assert response.status_code == 200, url
            answers.append(response.json())
        return answers

    return asyncio.run(fetch())


def test_datasette_finds_every_table_and_offers_full_text_search_on_statements(wire_db: Path) -> None:
    listing, hits, top = datasette_get(
        wire_db,
        "/quotes.json",
        "/quotes/statements.json?_search=troops&_shape=array&_sort=published",
        "/quotes/quotes.json?_sort_desc=occurrences&_shape=array&_size=1",
    )
    tables = {table["name"]: table for table in listing["tables"]}

    assert {"articles", "entities", "statements", "statement_targets", "quotes"} <= set(tables)
    assert tables["statements"]["fts_table"] == "statements_fts"  # Datasette shows a search box
    assert [(h["article_id"], h["outlet"]) for h in hits] == [
        ("wire", "Wire Service"),
        ("summit", "Example Post"),
    ]
    assert top[0]["occurrences"] == 2 and top[0]["first_seen"] == "2024-06-09"
    assert {fk["other_table"] for fk in tables["quotes"]["foreign_keys"]["outgoing"]} == {"entities"}
