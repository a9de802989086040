"""JSONL articles: one JSON object per line with `id` and `text` (../shared/eval/FORMAT.md).

The usual metadata names become article metadata (METADATA_KEYS: `published`, `publish_date` or
`date`; `title` or `headline`; `url`; `outlet` or `source`; `author`; `language`); gold
`attributions` are read by the evaluation, not here. Any other key is ignored, and named once per
file in a warning on the "quotegraph.ingest" logger. Text is taken exactly as given, since gold
offsets refer to it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import IO, Any

from quotegraph.records import Article, Failure

# Article field ← the keys read for it, first present wins.
METADATA_KEYS: dict[str, tuple[str, ...]] = {
    "published": ("published", "publish_date", "date"),
    "title": ("title", "headline"),
    "url": ("url",),
    "outlet": ("outlet", "source"),
    "author": ("author",),
    "language": ("language",),
}
# Read for what they are: the document, and gold attributions for the evaluation.
_DOCUMENT_KEYS = ("id", "text", "attributions")
KNOWN_KEYS = frozenset(_DOCUMENT_KEYS).union(*METADATA_KEYS.values())

log = logging.getLogger("quotegraph.ingest")


def articles_from_jsonl(handle: IO[bytes], *, origin: str) -> Iterator[Article | Failure]:
    """One Article per non-blank line, or a Failure naming the file and line.

    Keys that are neither the document nor metadata are named in one warning at the end of the file.
    """
    ignored: set[str] = set()
    for number, raw in enumerate(handle, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            yield article_from_json_line(raw, where=where, fallback_id=f"line-{number}", ignored=ignored)
        except ValueError as error:
            yield Failure(where, str(error))
    if ignored:
        log.warning("%s: ignored keys %s (not article metadata; see quotegraph extract --help)",
                    origin, ", ".join(sorted(ignored)))


def article_from_json_line(
    raw: bytes, *, where: str, fallback_id: str, ignored: set[str] | None = None
) -> Article:
    """The Article on one line; ValueError says what is wrong with it. Unknown keys go into `ignored`."""
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
    if ignored is not None:
        ignored.update(key for key in document if key not in KNOWN_KEYS)
    article_id = document.get("id", fallback_id)
    return Article(id=str(article_id), text=text, origin=where, **_metadata(document))


def _metadata(document: dict[str, Any]) -> dict[str, str | None]:
    return {field: _first(document, keys) for field, keys in METADATA_KEYS.items()}


def _first(document: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of `keys` with a value (not null, not an empty string), as a string."""
    for key in keys:
        value = document.get(key)
        if value is not None and value != "":
            return str(value)
    return None
