"""Statement ids that stay the same when the same articles are stored again.

The row number (`statements.id`) is SQLite's and changes whenever an article is replaced or a
database is rebuilt. `statements.uid` does not: it is `s` + 16 hex digits of SHA-256 over the
article id and the content's offsets, so the page `/statements/{uid}` and links to it stay valid
across re-ingests and rebuilds from the same articles. Two statements of one article with the
same content offsets (rare: one content, two cues) are told apart by their order.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable

from quotegraph.records import CharSpan

__all__ = ["offsets_json", "register_id_functions", "statement_uid", "statement_uids"]


def statement_uid(article_id: str, content_offsets: str, repeat: int = 0) -> str:
    """The stable id of the `repeat`-th statement (from 0) of `article_id` with these offsets.

    Args:
        article_id: the article's id.
        content_offsets: the JSON `[[start, end], …]` the store keeps.
        repeat: how many statements of the article with the same offsets come before this one.
    """
    parts = ",".join(f"{start}-{end}" for start, end in json.loads(content_offsets))
    digest = hashlib.sha256(f"{article_id}\x1f{parts}\x1f{repeat}".encode()).hexdigest()
    return f"s{digest[:16]}"


def statement_uids(article_id: str, contents: Iterable[tuple[CharSpan, ...]]) -> list[str]:
    """The stable ids of an article's statements, given their content spans in stored order."""
    seen: Counter[str] = Counter()
    uids = []
    for content in contents:
        offsets = offsets_json(content)
        uids.append(statement_uid(article_id, offsets, seen[offsets]))
        seen[offsets] += 1
    return uids


def offsets_json(content: tuple[CharSpan, ...]) -> str:
    return json.dumps([part.as_pair() for part in content])


def register_id_functions(db: sqlite3.Connection) -> None:
    """The SQL function migration 0006 calls to give the statements an older database holds their uid."""
    db.create_function("quotegraph_statement_uid", 3, statement_uid, deterministic=True)
