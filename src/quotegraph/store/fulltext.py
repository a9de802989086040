"""The search box → an FTS5 query over statement contents and speaker names; highlights.

What a user types is never run as FTS5 syntax: each word or "quoted phrase" becomes an FTS5
string, so operators and punctuation are searched for, not interpreted. Two things are
understood on purpose: a trailing `*` asks for a prefix (`troop*`), and a phrase whose closing
quotation mark is missing runs to the end of the text, with a note saying so. The index stems
words with the Porter stemmer, so "troop" also finds "troops".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from quotegraph.errors import InvalidQuery

__all__ = ["MARK_END", "MARK_START", "TextQuery", "fts_query", "highlights", "parse_text"]

# A word, a "phrase" (its closing mark may be missing), each optionally followed by *.
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)(?P<closed>"?)(?P<pstar>\*?)|(?P<word>[^\s"]+)')
# What the highlight function puts around matched words: control characters no text contains
# after ingest's normalisation, so the web app can escape the text and then mark them.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True, slots=True)
class TextQuery:
    """An FTS5 query and, when the text had to be repaired, a note that says how."""

    match: str
    note: str | None = None


def parse_text(text: str, *, content_only: bool = False) -> TextQuery:
    """The FTS5 query matching all words and phrases of `text` (in the content or speaker names).

    Args:
        text: what the user typed.
        content_only: match the statement's words only, not its speaker's names.
    """
    terms, note = [], None
    for token in _TOKEN.finditer(text):
        if token["word"] is not None:
            word = token["word"]
            prefix = word.endswith("*") and len(word.rstrip("*")) > 0
            terms.append(_fts_string(word.rstrip("*") if prefix else word) + ("*" if prefix else ""))
            continue
        if not token["closed"]:
            opened = token["phrase"].strip()[:40]
            note = f"The quotation mark before “{opened}” was not closed: searched for it as a phrase."
        terms.append(_fts_string(token["phrase"]) + ("*" if token["pstar"] else ""))
    terms = [term for term in terms if _has_word(term)]
    if not terms:
        raise InvalidQuery("the search text has no words")
    query = " AND ".join(terms)
    return TextQuery(f"{{content}} : ({query})" if content_only else query, note)


def fts_query(text: str, *, content_only: bool = False) -> str:
    """The FTS5 query for `text` (see parse_text)."""
    return parse_text(text, content_only=content_only).match


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_word(term: str) -> bool:
    # A string of punctuation alone gives the tokenizer nothing to match on.
    return any(character.isalnum() for character in term)


def highlights(db: sqlite3.Connection, text: str, ids: list[int]) -> dict[int, str]:
    """The content of each statement in `ids` that `text` matches, matched words between
    MARK_START and MARK_END (stems and prefixes included)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))  # placeholders only: the ids themselves are bound
    rows = db.execute(
        "SELECT rowid, highlight(statements_fts, 0, ?, ?) FROM statements_fts"
        f" WHERE statements_fts MATCH ? AND rowid IN ({marks})",
        [MARK_START, MARK_END, fts_query(text), *ids],
    )
    return {row[0]: row[1] for row in rows}
