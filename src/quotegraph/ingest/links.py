"""Links to articles that still have to be fetched: from the command line, URL lists and feeds.

Readers never touch the network. A reader that finds a link (a feed entry, a line of a URL
list) yields a `Link`; `read_articles` fetches links in batches, politely and in parallel,
and turns each into an Article or a Failure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from quotegraph.records import Failure


@dataclass(frozen=True, slots=True)
class Link:
    """A URL to fetch, with what the page that named it already told about the article.

    `hints` (title, author, published, outlet, language) fill in metadata that the fetched
    page lacks; `summary` is the text a feed carries, used when links are not followed.
    `depth` counts feeds followed to get here, so a feed that lists feeds stops after one.
    """

    url: str
    origin: str
    hints: dict[str, str] = field(default_factory=dict)
    summary: str | None = None
    depth: int = 0


def is_url(text: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def url_article_id(url: str) -> str:
    """A stable article id for `url`: its host and a digest, the same whether fetched or archived."""
    host = urlsplit(url).hostname or "url"
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


def links_from_url_list(path: Path) -> Iterator[Link | Failure]:
    """One Link per URL in a `.urls` file; blank lines and lines starting with "#" are skipped."""
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        where = f"{path}:{number}"
        if is_url(entry):
            yield Link(entry, origin=where)
        else:
            yield Failure(where, f"not an http(s) URL: {entry[:80]!r}")
