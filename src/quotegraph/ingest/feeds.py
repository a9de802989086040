"""RSS and Atom feeds → Links to their entries, via feedparser.

A feed names articles; it rarely holds them (most carry a teaser of a sentence or two).
So each entry becomes a Link to its page, which `read_articles` fetches and reads like any
page. The entry's title, author and date travel along as hints for pages that lack them,
and its full content (or else its summary) is kept for runs that do not follow links.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotegraph.ingest.links import Link, is_url
from quotegraph.ingest.optional import require
from quotegraph.records import Failure

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")

# Root elements of RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom, for telling a feed from other XML.
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b", re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    """True when the first kilobytes hold an RSS, RDF or Atom root element."""
    return bool(_FEED_ROOT.search(data[:2048]))


def links_from_feed(data: bytes, *, origin: str, depth: int = 0) -> Iterator[Link | Failure]:
    """One Link per entry of the feed in `data`, or one Failure when it is not a feed."""
    feedparser = require("feedparser", needed_for="reading RSS/Atom feeds")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        yield Failure(origin, _not_a_feed_reason(parsed))
        return
    outlet = parsed.feed.get("title")
    language = parsed.feed.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or ""
        where = f"{origin} entry {number}"
        if not is_url(link):
            yield Failure(where, f"entry has no http(s) link ({entry.get('title', 'untitled')!r})")
            continue
        yield Link(link, origin=where, hints=_hints(entry, outlet, language), summary=_entry_text(entry),
                   depth=depth + 1)


def _not_a_feed_reason(parsed: Any) -> str:
    if parsed.get("bozo") and not parsed.get("version"):
        error = parsed.get("bozo_exception")
        return f"not an RSS/Atom feed ({type(error).__name__ if error else 'unreadable'}: {error})"
    return "feed has no entries"


def _hints(entry: Any, outlet: str | None, language: str | None) -> dict[str, str]:
    found = {
        "title": entry.get("title"),
        "author": entry.get("author"),
        "published": _iso_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        "outlet": outlet,
        "language": language.split("-")[0].lower() if language else None,
    }
    return {key: value for key, value in found.items() if value}


def _iso_date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None  # feedparser gives UTC


def _entry_text(entry: Any) -> str | None:
    """The entry's full content if the feed carries it, else its summary, as HTML or text."""
    contents = entry.get("content") or []
    longest = max((part.get("value", "") for part in contents), key=len, default="")
    return longest or entry.get("summary") or None


def read_feed_file(path: Path) -> Iterator[Link | Failure]:
    yield from links_from_feed(path.read_bytes(), origin=str(path))
