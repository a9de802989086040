"""Saved or fetched web pages → Article: main text and metadata via trafilatura.

Boilerplate (menus, footers, related links) and reader comments are dropped: comments
quote people too, and a quote in a comment is not the outlet's reporting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from quotegraph.ingest.links import url_article_id
from quotegraph.ingest.optional import require
from quotegraph.ingest.text import normalize_newlines
from quotegraph.records import Article, Failure

NO_MAIN_TEXT = "no main text found (index page, paywall or empty HTML?)"

# <html lang="en-GB">: what the page declares; detection in language.py has the last word.
_DECLARED_LANGUAGE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)

# htmldate's fast search only: the extensive one guesses from any date in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Main text needs one line this long: index pages and paywalls leave only menus and headlines.
MIN_SENTENCE_WORDS = 8


def article_from_html(
    data: bytes | str,
    *,
    origin: str,
    url: str | None = None,
    article_id: str | None = None,
    hints: Mapping[str, str] | None = None,
) -> Article:
    """The article in one HTML page; ValueError when the page has no main text.

    `hints` (from a feed entry, say) fill in metadata that the page itself lacks.
    """
    trafilatura = require("trafilatura", needed_for="reading HTML")
    # favor_precision: a menu or a teaser list taken for text costs more than a lost paragraph.
    document = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=_DATE_PARAMS,
    )
    text = normalize_newlines(document.text or "").strip() if document is not None else ""
    if not has_a_sentence(text):
        raise ValueError(NO_MAIN_TEXT)
    page = _page_metadata(document, data, url)
    page_url = page.get("url")
    # Most specific wins: the page's own metadata, then the hints, then the host as outlet.
    host = {"outlet": urlsplit(page_url).netloc} if page_url else {}
    metadata = {**host, **dict(hints or {}), **page}
    return Article(
        id=article_id or (url_article_id(page_url) if page_url else origin),
        text=text,
        origin=origin,
        **{key: metadata.get(key) for key in ("url", "outlet", "title", "author", "published", "language")},
    )


def has_a_sentence(text: str) -> bool:
    """True when some line of `text` is long enough to be prose rather than a link or a label."""
    return any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines())


def _page_metadata(document: Any, data: bytes | str, url: str | None) -> dict[str, str]:
    """Metadata the page gives, without the keys it leaves empty."""
    page_url = document.url or url
    host = urlsplit(page_url).netloc if page_url else None
    found = {
        "url": page_url,
        "outlet": document.sitename if document.sitename != host else None,  # trafilatura's fallback
        "title": document.title,
        "author": document.author,
        "published": document.date,
        "language": declared_language(data),
    }
    return {key: str(value) for key, value in found.items() if value}


def declared_language(data: bytes | str) -> str | None:
    """The language code in the page's <html lang=…>, lower-case, if it declares one."""
    head = (data.encode("utf-8", "replace") if isinstance(data, str) else data)[:4096]
    found = _DECLARED_LANGUAGE.search(head)
    return found.group(1).decode("ascii").lower() if found else None


def read_html_file(path: Path) -> Iterator[Article | Failure]:
    """The article in a saved page; its id is the file name without suffix."""
    try:
        yield article_from_html(path.read_bytes(), origin=str(path), article_id=path.stem)
    except ValueError as error:
        yield Failure(str(path), str(error))
