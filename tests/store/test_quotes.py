"""Quote-level dedup: the same direct quote from the same speaker across articles is one quote."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from quotegraph.dedup import quote_id, quote_key
from quotegraph.errors import InvalidQuery, StoreError
from quotegraph.records import ArticleResult
from quotegraph.store import Store
from quotegraph.store.migrate import apply_migrations, bundled_migrations, schema_version
from quotegraph.store.rows import article_row, entity_rows, statement_row
from tests.factories import all_results, summit, wire

TROOPS = "“We will not send troops to Ukraine,”"


def quote_rows(db: sqlite3.Connection) -> dict[str, tuple[int, str | None, str | None]]:
    """occurrences, first and last seen of each quote, by its words."""
    rows = db.execute("SELECT content, occurrences, first_seen, last_seen FROM quotes")
    return {quote_key(content): (count, first, last) for content, count, first, last in rows}


def troops_hits(store: Store) -> list[dict[str, object]]:
    return store.search("troops")


def edited(
    result: ArticleResult, *, published: str | None = None, keep: int | None = None, note: str = "updated"
) -> ArticleResult:
    """`result` with a changed text (so the store replaces it), a new date, or fewer statements."""
    article = replace(result.article, text=f"{result.article.text} ({note})")
    if published:
        article = replace(article, published=published)
    statements = result.statements if keep is None else result.statements[-keep:] if keep else ()
    return replace(result, article=article, statements=statements)


@pytest.fixture
def with_wire(store: Store) -> Store:
    store.add(wire())
    return store


def test_the_same_quote_in_two_articles_is_one_quote_with_two_occurrences(with_wire: Store) -> None:
    hits = troops_hits(with_wire)

    assert [h["article_id"] for h in hits] == ["summit", "wire"]  # both occurrences stay searchable
    assert hits[0]["quote_id"] == hits[1]["quote_id"] is not None
    assert [(h["occurrences"], h["first_seen"]) for h in hits] == [(2, "2024-06-09"), (2, "2024-06-09")]
    assert quote_rows(with_wire.db)["we will not send troops to ukraine"] == (2, "2024-06-09", "2024-06-10")


def test_a_quote_lists_every_occurrence_with_outlet_date_and_link(with_wire: Store) -> None:
    quote_id = troops_hits(with_wire)[0]["quote_id"]
    found = with_wire.quote(str(quote_id))

    assert found is not None and found["speaker"] == "Mark Rutte" and found["occurrences"] == 2
    assert [(o["article_id"], o["outlet"], o["published"]) for o in found["seen_in"]] == [
        ("wire", "Wire Service", "2024-06-09"),
        ("summit", "Example Post", "2024-06-10"),
    ]
    first = found["seen_in"][0]
    assert first["url"] == "https://wire.example/rutte" and first["content"].startswith('"We will not')
    assert with_wire.quote("q-nothing") is None


def test_most_repeated_quotes_come_first(with_wire: Store) -> None:
    top = with_wire.quotes()

    assert top[0]["content"] == TROOPS and top[0]["occurrences"] == 2
    assert [q["occurrences"] for q in top[1:]] == [1, 1, 1]
    assert [q["content"] for q in with_wire.quotes(min_occurrences=2)] == [TROOPS]
    assert {q["speaker"] for q in with_wire.quotes(speaker_id="ana-lopes")} == {"Ana Lopes"}


def test_quotes_can_be_found_by_their_words(with_wire: Store) -> None:
    assert [q["content"] for q in with_wire.quotes("troops")] == [TROOPS]
    assert [q["occurrences"] for q in with_wire.quotes('"send troops" Ukraine', min_occurrences=2)] == [2]
    assert [q["speaker"] for q in with_wire.quotes("wages")] == ["Ana Lopes"]
    assert with_wire.quotes("Germany") == []  # only in an indirect statement, which is no quote
    with pytest.raises(InvalidQuery, match="no words"):
        with_wire.quotes('"')


@pytest.mark.parametrize("text", ["troops", "will", '"will not"', "Ukraine"])
def test_a_broad_text_finds_the_same_quotes_by_walking_the_list(
    with_wire: Store, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    narrow = with_wire.quotes(text)
    monkeypatch.setattr("quotegraph.store.quotes.BROAD_TEXT", 1)  # every text counts as broad now
    executed: list[str] = []
    with_wire.db.set_trace_callback(executed.append)

    assert with_wire.quotes(text) == narrow and narrow
    assert any("EXISTS" in sql for sql in executed)


def test_only_direct_quotes_with_a_speaker_entity_are_grouped(store: Store) -> None:
    kinds = store.db.execute(
        "SELECT type, speaker_id IS NOT NULL, quote_id IS NOT NULL FROM statements ORDER BY id"
    ).fetchall()

    assert {tuple(row) for row in kinds} == {("direct", 1, 1), ("indirect", 1, 0), ("indirect", 0, 0)}
    assert store.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 4


def test_the_same_words_from_another_speaker_are_another_quote() -> None:
    rutte = quote_id("direct", "Q57792", "“We will win,”")

    assert rutte == quote_id("direct", "Q57792", '"we will WIN."') is not None
    assert rutte != quote_id("direct", "Q61053", "“We will win,”")
    assert quote_id("direct", None, "“We will win,”") is None
    assert quote_id("indirect", "Q57792", "“We will win,”") is None
    assert quote_id("direct", "Q57792", "“…”") is None


def test_re_adding_changes_no_count_and_a_changed_article_updates_them(with_wire: Store) -> None:
    before = quote_rows(with_wire.db)
    assert with_wire.add(wire()) is False and with_wire.add(summit()) is False
    assert quote_rows(with_wire.db) == before

    # The wire article is corrected to a later date: first_seen moves with it.
    assert with_wire.add(edited(wire(), published="2024-06-12"))
    assert quote_rows(with_wire.db)["we will not send troops to ukraine"] == (2, "2024-06-10", "2024-06-12")

    # summit drops the quote: one occurrence left; wire drops it too: the quote is gone.
    assert with_wire.add(edited(summit(), keep=2))
    assert quote_rows(with_wire.db)["we will not send troops to ukraine"] == (1, "2024-06-12", "2024-06-12")
    assert with_wire.add(edited(wire(), keep=0, note="retracted"))
    assert "we will not send troops to ukraine" not in quote_rows(with_wire.db)
    assert "russia must withdraw" in quote_rows(with_wire.db)


def test_a_failed_write_leaves_the_quote_counts_as_they_were(with_wire: Store) -> None:
    before = quote_rows(with_wire.db)
    result = wire()
    broken = replace(result, statements=(*result.statements, result.statements[0]))

    with pytest.MonkeyPatch.context() as patch:  # position is unique: the second insert fails
        at_position_0 = lambda s, position, r, **k: statement_row(s, 0, r, **k)  # noqa: E731
        patch.setattr("quotegraph.store.statement_row", at_position_0)
        with pytest.raises(StoreError):
            with_wire.add(edited(broken))

    assert quote_rows(with_wire.db) == before


def test_an_undated_occurrence_does_not_blank_the_dates(store: Store) -> None:
    store.add(wire(published=None))  # type: ignore[arg-type]

    assert quote_rows(store.db)["we will not send troops to ukraine"] == (2, "2024-06-10", "2024-06-10")


def _add_as_schema_1(db: sqlite3.Connection, result: ArticleResult) -> None:
    """Insert rows the way schema 1 had them, with no quote columns."""
    from quotegraph.store import _insert, _upsert_entity

    row = article_row(result)
    del row["extractor"], row["lexicon"]  # schema 5
    _insert(db, "articles", row)
    for entity in entity_rows(result):
        _upsert_entity(db, entity)
    for position, statement in enumerate(result.statements):
        row = statement_row(statement, position, result, uid="")
        later = ("quote_id", "outlet", "uid", "speaker_gender", "speaker_gender_evidence", "speaker_names")
        for column in later:
            del row[column]
        _insert(db, "statements", row)


def test_migrating_a_schema_1_database_groups_the_quotes_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    apply_migrations(db, path, bundled_migrations()[:1])
    for result in [*all_results(), wire()]:
        _add_as_schema_1(db, result)
    db.close()

    with Store.open(path) as store:  # backed up, then migrated
        assert store.schema_version() == bundled_migrations()[-1].version
        assert quote_rows(store.db)["we will not send troops to ukraine"] == (2, "2024-06-09", "2024-06-10")
        assert [h["occurrences"] for h in troops_hits(store)] == [2, 2]
        assert [h["article_id"] for h in store.search(outlet="wire service")] == ["wire"]  # 0003 too
        store.add(edited(wire()))
        assert quote_rows(store.db)["we will not send troops to ukraine"][0] == 2  # triggers work after it
    [backup] = tmp_path.glob("old.db.schema1-*.bak")
    assert schema_version(sqlite3.connect(backup)) == 1


def test_a_plain_sqlite_session_reads_quotes_and_their_occurrences(db_file: Path) -> None:
    with Store.open(db_file) as store:
        store.add(wire())
    db = sqlite3.connect(db_file)  # no quotegraph functions registered

    rows = db.execute(
        "SELECT q.occurrences, count(s.id) FROM quotes q JOIN statements s ON s.quote_id = q.id"
        " GROUP BY q.id ORDER BY q.occurrences DESC"
    ).fetchall()
    assert rows[0] == (2, 2) and all(count == occurrences for occurrences, count in rows)
