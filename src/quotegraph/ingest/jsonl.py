"""JSONL articles: one JSON object per line with `id` and `text` (../shared/eval/FORMAT.md).

Optional keys `url`, `published`, `title`, `outlet`, `author` and `language` become article
metadata; gold `attributions` are ignored. Text is taken exactly as given, since gold offsets
refer to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from quotegraph.records import Article, Failure

_METADATA_KEYS = ("url", "outlet", "title", "author", "published", "language")


def articles_from_jsonl(handle: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
    """One Article per non-blank line, or a Failure naming the file and line."""
    for number, raw in enumerate(handle, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            yield article_from_json_line(raw, where=where, fallback_id=f"line-{number}")
        except ValueError as error:
            yield Failure(where, str(error))


def article_from_json_line(raw: bytes, *, where: str, fallback_id: str) -> Article:
    """The Article on one line; ValueError says what is wrong with it."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(document, dict):
        raise ValueError(f"expected a JSON object, found {type(document).__name__}")
    text = document.get("text")
    if text is None:
        raise ValueError("no 'text' key")
    if not isinstance(text, str):
        raise ValueError(f"'text' is {type(text).__name__}, not a string")
    article_id = document.get("id", fallback_id)
    return Article(id=str(article_id), text=text, origin=where, **_metadata(document))


def _metadata(document: dict[str, Any]) -> dict[str, str | None]:
    return {
        key: (str(document[key]) if document.get(key) is not None else None) for key in _METADATA_KEYS
    }
