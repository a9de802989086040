"""The store on hand-made records: adding, replacing, searching, migrating."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from quotegraph.errors import InvalidQuery, StoreError
from quotegraph.store import Store
from quotegraph.store.migrate import Migration, apply_migrations, bundled_migrations, schema_version
from quotegraph.store.rows import statement_row
from quotegraph.store.search import fts_query
from tests.factories import SUMMIT, all_results, harbour, summit


def table_counts(db: sqlite3.Connection) -> dict[str, int]:
    tables = ("articles", "entities", "statements", "statement_targets")
    return {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in tables}


def test_adding_an_article_stores_its_statements_and_offsets(store: Store) -> None:
    article = store.article("summit")

    assert article is not None
    assert [s["speaker"] for s in article["statements"]] == ["Mark Rutte", "Olaf Scholz", "Mark Rutte"]
    first = article["statements"][0]
    start, end = first["content_offsets"][0]
    assert article["text"][start:end] == first["content"] == "“We will not send troops to Ukraine,”"
    assert first["source"] == "Mark Rutte" and first["cue"] == "said" and first["act"] == "reject"
    assert [t["name"] for t in first["targets"]] == ["Ukraine"]


def test_re_adding_the_same_article_changes_nothing(store: Store) -> None:
    before = table_counts(store.db)
    added_at = store.db.execute("SELECT added_at FROM articles WHERE id = 'summit'").fetchone()[0]

    assert store.add(summit()) is False
    assert table_counts(store.db) == before
    assert store.db.execute("SELECT added_at FROM articles WHERE id = 'summit'").fetchone()[0] == added_at


def test_a_changed_article_replaces_its_statements(store: Store) -> None:
    result = summit(SUMMIT + "\n\nThis story was updated.")
    changed = replace(result, statements=result.statements[:2])

    assert store.add(changed) is True
    assert [s["content"] for s in store.search(article="summit")] == [
        "“We will not send troops to Ukraine,”",
        "that Germany would keep its promises to Ukraine",
    ]
    assert store.count("Russia") == 0  # the full-text index forgot the removed statement
    assert store.count("troops") == 1


def test_a_failed_write_leaves_the_old_article_whole(store: Store) -> None:
    result = summit()
    broken = replace(result, statements=(*result.statements, result.statements[0]))
    before = table_counts(store.db)

    # Position is unique per article, so a statement listed twice cannot be stored twice…
    with pytest.MonkeyPatch.context() as patch:
        at_position_0 = lambda s, position, r, **k: statement_row(s, 0, r, **k)  # noqa: E731
        patch.setattr("quotegraph.store.statement_row", at_position_0)
        with pytest.raises(StoreError, match="could not store 'summit'"):
            store.add(replace(broken, article=replace(result.article, text=result.article.text + " ")))

    assert table_counts(store.db) == before  # …and the transaction rolled back: nothing half-written
    assert store.count(article="summit") == 3


def test_speakers_get_entities_with_the_names_they_were_written_as(store: Store) -> None:
    rutte = store.speaker("Q57792")

    assert rutte is not None
    assert rutte["aliases"] == ["Mark Rutte", "Rutte"]
    assert rutte["statement_count"] == 2
    assert {t["name"]: t["statements"] for t in rutte["talks_about"]} == {"Ukraine": 1, "Russia": 1}
    assert store.speaker("nobody") is None


def test_a_speaker_without_an_id_from_resolve_is_keyed_by_name(store: Store) -> None:
    lopes = store.speaker("ana-lopes")

    assert lopes is not None and lopes["name"] == "Ana Lopes"
    assert [month["month"] for month in lopes["timeline"]] == ["2023-11", "2024-03"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"text": "troops"}, ["“We will not send troops to Ukraine,”"]),
        (
            {"text": '"will not"'},
            ["“We will not send troops to Ukraine,”", "“Taxes will not rise this year,”"],
        ),
        ({"speaker": "Rutte"}, ["“We will not send troops to Ukraine,”", "“Russia must withdraw,”"]),
        ({"speaker": "mark rutte", "about": "Russia"}, ["“Russia must withdraw,”"]),
        ({"speaker": "The port authority"}, ["the strike cost millions"]),
        ({"about": "ukraine", "act": "promise"}, ["that Germany would keep its promises to Ukraine"]),
        ({"outlet": "coast news"}, ["“The strike ends when wages rise,”", "the strike cost millions"]),
        (
            {"since": "2024-03", "until": "2024-03-02"},
            ["“The strike ends when wages rise,”", "the strike cost millions"],
        ),
        ({"until": "2023"}, ["“Taxes will not rise this year,”"]),
        ({"type": "indirect", "since": "2024-06-10"}, ["that Germany would keep its promises to Ukraine"]),
    ],
)
def test_search_filters(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    text = filters.pop("text", None)

    assert [s["content"] for s in store.search(text, **filters)] == expected
    assert store.count(text, **filters) == len(expected)


def test_search_returns_newest_first_and_pages(store: Store) -> None:
    dates = [s["published"] for s in store.search()]

    assert dates == sorted(dates, reverse=True)
    assert store.search(limit=2, offset=2) == store.search()[2:4]


@pytest.mark.parametrize(
    "filters",
    [
        {"since": "yesterday"},
        {"until": "2024-02-30"},
        {"since": "2024-13"},
        {"text": '  ""  '},
        {"limit": 0},
        {"offset": -1},
        {"limit": 100_000},
    ],
)
def test_bad_filters_are_refused_with_a_reason(store: Store, filters: dict[str, object]) -> None:
    with pytest.raises(InvalidQuery):
        store.search(**filters)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["NEAR(a b)", "troops OR 1=1", '"unbalanced', "content:x", "a* -b ^c", "')-- x"]
)
def test_fts_syntax_in_the_search_text_is_searched_for_not_run(store: Store, text: str) -> None:
    assert store.count(text) == 0
    assert fts_query(text).count('"') % 2 == 0


def test_a_text_of_punctuation_alone_is_refused() -> None:
    with pytest.raises(InvalidQuery, match="no words"):
        fts_query("')--")


def test_read_only_store_refuses_writes_and_sees_the_data(db_file: Path) -> None:
    with Store.open(db_file, read_only=True) as store:
        assert store.count() == 6
        with pytest.raises(StoreError, match="read-only"):
            store.add(harbour())
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("DELETE FROM articles")


def test_the_file_is_plain_sqlite_in_wal_mode_with_an_fts_index(db_file: Path) -> None:
    db = sqlite3.connect(db_file)

    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    hits = db.execute(
        "SELECT s.speaker FROM statements s JOIN statements_fts f ON f.rowid = s.id"
        " WHERE statements_fts MATCH 'wages'"
    ).fetchall()
    assert hits == [("Ana Lopes",)]
    assert json.loads(db.execute("SELECT aliases FROM entities WHERE id = 'Q57792'").fetchone()[0])


def test_opening_a_missing_or_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "absent.db", read_only=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(junk)


def test_a_database_from_a_newer_quotegraph_is_refused(db_file: Path) -> None:
    with sqlite3.connect(db_file) as db:
        db.execute("INSERT INTO schema_migrations VALUES (9999, 'future', '2099-01-01')")
    db.close()

    for read_only in (False, True):
        with pytest.raises(StoreError, match="newer quotegraph"):
            Store.open(db_file, read_only=read_only)


def test_an_older_database_is_backed_up_then_migrated(db_file: Path) -> None:
    extra = Migration(  # one past the last
        bundled_migrations()[-1].version + 1, "speaker_notes", "ALTER TABLE entities ADD COLUMN notes TEXT;"
    )
    db = sqlite3.connect(db_file, isolation_level=None)

    started = apply_migrations(db, db_file, [*bundled_migrations(), extra])

    assert started == schema_version(db) - 1
    [backup] = db_file.parent.glob("quotes.db.schema*.bak")
    old = sqlite3.connect(backup)
    assert schema_version(old) == started
    assert old.execute("SELECT count(*) FROM statements").fetchone()[0] == 6  # the data came along
    assert "notes" not in [row[1] for row in old.execute("PRAGMA table_info(entities)")]
    assert "notes" in [row[1] for row in db.execute("PRAGMA table_info(entities)")]


def test_an_older_database_opened_read_only_asks_for_a_migration(db_file: Path) -> None:
    with sqlite3.connect(db_file) as db:
        db.execute("DELETE FROM schema_migrations")
    db.close()

    with pytest.raises(StoreError, match="older"):
        Store.open(db_file, read_only=True)


def test_a_failed_migration_changes_nothing(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    broken = Migration(1, "broken", "CREATE TABLE a (x); CREATE TABLE a (y);")

    with pytest.raises(StoreError, match="0001_broken failed"):
        apply_migrations(db, tmp_path / "new.db", [broken])
    assert schema_version(db) == 0
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'a'").fetchone()[0] == 0


def test_all_results_round_trip_through_a_file(db_file: Path) -> None:
    with Store.open(db_file) as store:
        assert all(store.add(result) is False for result in all_results())
        assert store.schema_version() == bundled_migrations()[-1].version


@pytest.mark.parametrize(
    "filters",
    [
        {"text": "Ukraine"},
        {"text": "the"},
        {"text": "Ukraine", "since": "2024"},
        {"text": "Ukraine", "type": "direct"},
    ],
)
def test_a_broad_text_walks_the_date_index_and_finds_the_same_page(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, str]
) -> None:
    def page(offset: int) -> list[int]:
        return [hit["id"] for hit in store.search(limit=2, offset=offset, **filters)]

    narrow = [page(0), page(2)]
    monkeypatch.setattr("quotegraph.store.search.BROAD_TEXT", 1)  # every text counts as broad now
    executed: list[str] = []
    store.db.set_trace_callback(executed.append)
    broad = [page(0), page(2)]
    store.db.set_trace_callback(None)

    assert broad == narrow and narrow[0]
    assert any("INDEXED BY statements_published" in sql for sql in executed)
