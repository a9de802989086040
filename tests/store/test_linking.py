"""Surname-only speakers linked across articles to the one full name the store holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotegraph.records import Article, ArticleResult
from quotegraph.store import Store
from quotegraph.store.linking import surname_links
from tests.factories import statement


def article(
    article_id: str, text: str, content: str, source: str, speaker: str, speaker_id: str
) -> ArticleResult:
    found = statement(text, article_id, content, source=source, speaker=speaker, speaker_id=speaker_id)
    return ArticleResult(Article(id=article_id, text=text, published="2025-03-0" + article_id[-1]), (found,))


SURNAME = article("a1", "“We will not retreat,” Zelensky said.", "“We will not retreat,”", "Zelensky",
                  "Zelensky", "person:zelensky")
FULL = article("a2", "“Help is coming,” Volodymyr Zelensky said.", "“Help is coming,”", "Volodymyr Zelensky",
               "Volodymyr Zelensky", "person:volodymyr-zelensky")
NAMESAKE = article("a3", "“Not yet,” Olena Zelensky said.", "“Not yet,”", "Olena Zelensky",
                   "Olena Zelensky", "person:olena-zelensky")
SURNAME_AGAIN = article("a4", "“We will not retreat,” Zelensky said again.", "“We will not retreat,”",
                        "Zelensky", "Zelensky", "person:zelensky")


def speakers(store: Store) -> dict[str, tuple[str, str, str | None]]:
    rows = store.db.execute("SELECT article_id, speaker_id, speaker, linked_from FROM statements").fetchall()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


@pytest.mark.parametrize("order", [(SURNAME, FULL), (FULL, SURNAME)], ids=["surname first", "full first"])
def test_a_surname_speaks_as_the_one_full_name_the_store_holds(order: tuple[ArticleResult, ...]) -> None:
    with Store.open(":memory:") as store:
        for result in order:
            store.add(result)

        assert speakers(store)["a1"] == ("person:volodymyr-zelensky", "Volodymyr Zelensky", "person:zelensky")
        assert len(store.speaker("person:volodymyr-zelensky")["statements"]) == 2  # type: ignore[index]


def test_a_second_full_name_with_the_surname_sends_it_back_to_the_surname() -> None:
    with Store.open(":memory:") as store:
        for result in (SURNAME, FULL, NAMESAKE):
            store.add(result)

        assert speakers(store)["a1"] == ("person:zelensky", "Zelensky", None)


def test_relinked_quotes_count_their_occurrences_under_the_full_name() -> None:
    with Store.open(":memory:") as store:
        for result in (SURNAME, SURNAME_AGAIN):
            store.add(result)
        [before] = store.quotes()
        assert (before["speaker_id"], before["occurrences"]) == ("person:zelensky", 2)

        store.add(FULL)

        quotes = {q["content"]: (q["speaker_id"], q["occurrences"]) for q in store.quotes()}
        assert quotes["“We will not retreat,”"] == ("person:volodymyr-zelensky", 2)
        left = store.db.execute("SELECT count(*) FROM quotes WHERE speaker_id = 'person:zelensky'")
        assert left.fetchone()[0] == 0


def test_an_older_store_links_the_surnames_it_holds_when_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        for result in (SURNAME, FULL):
            store.add(result)
    _undo_linking(path)

    with Store.open(path) as store:
        assert speakers(store)["a1"][0] == "person:volodymyr-zelensky"


def _undo_linking(path: Path) -> None:
    """Make the file look like a schema-4 store: no links, no linking columns' record."""
    db = sqlite3.connect(path)
    db.executescript(
        "UPDATE statements SET speaker_id = linked_from, speaker = 'Zelensky', linked_from = NULL"
        " WHERE linked_from IS NOT NULL;"
        "DELETE FROM schema_migrations WHERE version >= 7;"
        "DROP TRIGGER statements_quote_leave; DROP TRIGGER statements_quote_join;"
        "DROP INDEX statements_linked_from; DROP INDEX entities_surname_key;"
        "ALTER TABLE statements DROP COLUMN linked_from; ALTER TABLE entities DROP COLUMN surname_key;"
    )
    db.close()


@pytest.mark.parametrize(
    ("persons", "links"),
    [
        ([("person:zelensky", "Zelensky"), ("person:volodymyr-zelensky", "Volodymyr Zelensky")],
         {"person:zelensky": ("person:volodymyr-zelensky", "Volodymyr Zelensky")}),
        # a hyphenated surname is one surname, not the end of a longer one
        (
            [
                ("person:ocasio-cortez", "Ocasio-Cortez"),
                ("person:alexandria-ocasio-cortez", "Alexandria Ocasio-Cortez"),
                ("person:jane-cortez", "Jane Cortez"),
            ],
            {"person:ocasio-cortez": ("person:alexandria-ocasio-cortez", "Alexandria Ocasio-Cortez")},
        ),
        # "Jr." is no surname; an honorific is no given name
        ([("person:biden", "Biden"), ("person:joseph-r-biden-jr", "Joseph R. Biden Jr."),
          ("person:lord-smith", "Lord Smith"), ("person:john-smith", "John Smith")],
         {"person:biden": ("person:joseph-r-biden-jr", "Joseph R. Biden Jr."),
          "person:lord-smith": ("person:john-smith", "John Smith")}),
        # ids from the alias file are never rewritten
        ([("wikidata:Q1", "Zelensky"), ("person:volodymyr-zelensky", "Volodymyr Zelensky")], {}),
    ],
)
def test_surname_links(persons: list[tuple[str, str]], links: dict[str, tuple[str, str]]) -> None:
    assert surname_links(persons) == links
