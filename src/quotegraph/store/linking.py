"""Surname-only speakers linked to the one full name the store knows with that surname.

An article that names a person only by surname ("Zelensky warned…") gives a speaker id such as
`person:zelensky`; the article that names him in full gives `person:volodymyr-zelensky`. When
the store holds exactly one full-named person with that surname, the surname's statements speak
as that person; when a second full name with the same surname arrives, they go back to the
surname (the link is a function of what the store holds, so the order of ingestion does not
matter). A statement keeps the id it was written with in `linked_from`.

Ids are compared, not names: resolve/ folds case, accents and transliterations into the id's
slug ("Zelenskyy" and "Zelensky" share `zelensky`), so a surname is a full name's slug ending.
An alias file applies before any of this (resolve/ names those speakers in full already);
`wikidata:` ids are never relinked. Standard library only, apart from the SQLite connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

__all__ = ["LINKS_SCHEMA", "link_all", "link_surnames", "surname_key", "surname_links"]

LINKS_SCHEMA = 7  # migrations/0007_surname_links.sql
PERSON = "person:"
# Honorifics a canonical name may keep when the article gives no first name ("Lord Smith").
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady rev".split())
SUFFIXES = frozenset("jr sr ii iii iv".split())


def _segments(entity_id: str) -> list[str]:
    """The slug words of a person id, without suffixes ("jr") or leading honorifics ("lord")."""
    words = entity_id.removeprefix(PERSON).split("-")
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return words


def is_surname_only(entity_id: str, name: str) -> bool:
    """A person named by one word ("Zelensky", "Lord Smith"): no given name to tell namesakes apart."""
    words = [w for w in name.split() if w.casefold().rstrip(".") not in HONORIFICS]
    return entity_id.startswith(PERSON) and len(words) == 1


def surname_key(entity_id: str) -> str | None:
    """The last slug word of a person id: what its surname and its full name share."""
    return _segments(entity_id)[-1] if entity_id.startswith(PERSON) else None


def _names_the_same(surname_id: str, full_id: str) -> bool:
    """Whether the full name ends in the surname ("ocasio-cortez" in "alexandria-ocasio-cortez")."""
    surname, full = _segments(surname_id), _segments(full_id)
    return len(full) > len(surname) and full[-len(surname) :] == surname


def surname_links(persons: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Surname-only person id → (id, name) of the only full-named person with that surname.

    Args:
        persons: (entity id, canonical name) of every person known; any order, repeats allowed.
    """
    known = dict(persons)
    full_by_key: dict[str, list[str]] = {}
    for entity_id, name in known.items():
        key = surname_key(entity_id)
        if key and not is_surname_only(entity_id, name):
            full_by_key.setdefault(key, []).append(entity_id)
    links: dict[str, tuple[str, str]] = {}
    for entity_id, name in known.items():
        key = surname_key(entity_id)
        if not key or not is_surname_only(entity_id, name):
            continue
        matches = [f for f in full_by_key.get(key, ()) if _names_the_same(entity_id, f)]
        if len(matches) == 1:
            links[entity_id] = (matches[0], known[matches[0]])
    return links


def link_surnames(db: sqlite3.Connection, entity_ids: Iterable[str]) -> int:
    """Relink the surnames that `entity_ids` (an article's speakers) name or share; returns the
    number of statements whose speaker changed. Runs inside the caller's transaction."""
    entity_ids = list(entity_ids)
    keys = {key for key in map(surname_key, entity_ids) if key}
    if not keys:
        return 0
    _record_keys(db, keys, entity_ids)
    marks = ", ".join("?" * len(keys))
    persons = db.execute(
        f"SELECT id, name FROM entities WHERE kind = 'person' AND surname_key IN ({marks})", sorted(keys)
    ).fetchall()
    return _apply_links(db, [(row[0], row[1]) for row in persons])


def link_all(db: sqlite3.Connection) -> int:
    """Relink every surname in the store (after the migration that adds links to an older store)."""
    persons = [(row[0], row[1]) for row in db.execute(
        "SELECT id, name FROM entities WHERE kind = 'person' AND id LIKE 'person:%'"
    )]
    for entity_id, _ in persons:
        db.execute("UPDATE entities SET surname_key = ? WHERE id = ?", [surname_key(entity_id), entity_id])
    return _apply_links(db, persons)


def _record_keys(db: sqlite3.Connection, keys: set[str], entity_ids: Iterable[str]) -> None:
    for entity_id in entity_ids:
        key = surname_key(entity_id)
        if key in keys:
            db.execute(
                "UPDATE entities SET surname_key = ? WHERE id = ? AND kind = 'person'", [key, entity_id]
            )


def _apply_links(db: sqlite3.Connection, persons: list[tuple[str, str]]) -> int:
    """Point each surname's statements at its linked full name, or back at the surname."""
    links = surname_links(persons)
    # A store whose statements carry the names search finds speakers by gets the full name too.
    names = _has_column(db, "statements", "speaker_names")
    also = (
        ", speaker_names = CASE WHEN instr(speaker_names, :speaker) THEN speaker_names"
        " ELSE trim(:speaker || ' ' || speaker_names) END"
        if names
        else ""
    )
    changed = 0
    for surname_id, name in persons:
        if not is_surname_only(surname_id, name):
            continue
        target = links.get(surname_id)
        speaker_id, speaker = target if target else (surname_id, name)
        cursor = db.execute(
            "UPDATE statements SET speaker_id = :speaker_id, speaker = :speaker,"
            " linked_from = CASE WHEN :speaker_id = :surname_id THEN NULL ELSE :surname_id END,"
            f" quote_id = quotegraph_quote_id(type, :speaker_id, content){also}"
            " WHERE (speaker_id = :surname_id OR linked_from = :surname_id)"
            " AND speaker_id IS NOT :speaker_id",
            {"speaker_id": speaker_id, "speaker": speaker, "surname_id": surname_id},
        )
        changed += cursor.rowcount
    return changed


def _has_column(db: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in db.execute(f"PRAGMA table_info({table})"))
