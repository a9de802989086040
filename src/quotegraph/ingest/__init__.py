"""Inputs → Articles. No spaCy here.

`read_articles` picks a reader by file type (or fetches a URL) and yields an `Article` for
every document it can read and a `Failure` for every one it cannot, so a batch carries on
and nothing is silently lost. Readers never touch the network: one that finds links (a
feed, a URL list) yields `Link`s, and `read_articles` fetches them, politely and bounded
(see fetch.py). `keep_languages` and `unique_articles` are filters over the same stream.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotegraph.ingest.duplicates import DuplicateFinder, content_hash, unique_articles
from quotegraph.ingest.feeds import looks_like_feed, read_feed_file
from quotegraph.ingest.fetch import Fetched, Fetcher, FetchPolicy
from quotegraph.ingest.html import article_from_html, read_html_file
from quotegraph.ingest.jsonl import articles_from_jsonl
from quotegraph.ingest.language import detect_language, keep_languages
from quotegraph.ingest.links import Link, is_url, links_from_url_list
from quotegraph.ingest.text import article_from_text, read_text_file
from quotegraph.ingest.warc import articles_from_warc
from quotegraph.ingest.web import resolve_links
from quotegraph.records import Article, Failure

__all__ = [
    "DuplicateFinder",
    "FetchPolicy",
    "Fetched",
    "Fetcher",
    "Link",
    "Reader",
    "article_from_html",
    "article_from_text",
    "content_hash",
    "detect_language",
    "keep_languages",
    "read_articles",
    "register_reader",
    "unique_articles",
]

Reader = Callable[[Path], Iterator[Article | Failure | Link]]

# Suffix → reader. The longest matching suffix wins, so ".warc.gz" beats ".gz".
_READERS: dict[str, Reader] = {}

_SNIFF_BYTES = 2048


def register_reader(suffixes: Iterable[str], reader: Reader) -> None:
    """Use `reader` for files whose name ends with one of `suffixes` (".html", ".warc.gz")."""
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def _read_jsonl_file(path: Path) -> Iterator[Article | Failure]:
    with path.open("rb") as handle:
        yield from articles_from_jsonl(handle, origin=str(path))


def _read_txt_file(path: Path) -> Iterator[Article | Failure]:
    yield read_text_file(path)


def _read_xml_file(path: Path) -> Iterator[Article | Failure | Link]:
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if looks_like_feed(head):
        yield from read_feed_file(path)
    else:
        yield Failure(str(path), "XML that is not an RSS/Atom feed")


register_reader([".jsonl", ".ndjson"], _read_jsonl_file)
register_reader([".txt", ".text", ".md"], _read_txt_file)
register_reader([".html", ".htm", ".xhtml", ".shtml"], read_html_file)
register_reader([".warc", ".warc.gz", ".arc", ".arc.gz"], articles_from_warc)
register_reader([".rss", ".atom"], read_feed_file)
register_reader([".xml"], _read_xml_file)
register_reader([".urls"], links_from_url_list)


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the longest suffix `path` ends with, if any."""
    name = path.name.lower()
    matches = [suffix for suffix in _READERS if name.endswith(suffix)]
    return _READERS[max(matches, key=len)] if matches else None


def read_articles(
    inputs: Iterable[str | Path],
    *,
    fetcher: Fetcher | None = None,
    policy: FetchPolicy | None = None,
    follow_links: bool = True,
) -> Iterator[Article | Failure]:
    """Articles from files, directories (read recursively), http(s) URLs and "-" (stdin, plain text).

    URLs, `.urls` files and feeds are fetched with `fetcher`, or with one made from `policy`
    on first need and closed at the end. With `follow_links` off, a feed's entries are read
    from the text the feed carries instead of being fetched.
    """
    made: list[Fetcher] = []

    def get_fetcher() -> Fetcher:
        if fetcher is not None:
            return fetcher
        if not made:
            made.append(Fetcher(policy))
        return made[0]

    try:
        yield from resolve_links(_read_inputs(inputs), get_fetcher, follow_links=follow_links)
    finally:
        for own in made:
            own.close()


def _read_inputs(inputs: Iterable[str | Path]) -> Iterator[Article | Failure | Link]:
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin()
        elif is_url(str(item)):
            yield Link(str(item).strip(), origin=str(item).strip())
        elif (path := Path(item)).is_dir():
            yield from _read_directory(path)
        elif not path.exists():
            yield Failure(str(path), "no such file or directory")
        else:
            yield from _read_file(path)


def _read_directory(directory: Path) -> Iterator[Article | Failure | Link]:
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if reader_for(path) is not None:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Article | Failure | Link]:
    reader = reader_for(path) or _sniffed_reader(path)
    try:
        yield from reader(path)
    except OSError as error:
        yield Failure(str(path), f"cannot read: {error.strerror or error}")


def _sniffed_reader(path: Path) -> Reader:
    """A reader for a file without a known suffix: HTML or a feed by its first bytes, else text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES).lstrip().lower()
    except OSError:
        return _read_txt_file  # which reports the error
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html_file
    if head.startswith(b"<?xml") and looks_like_feed(head):
        return read_feed_file
    return _read_txt_file  # plain text, which reports binary content clearly


def _read_stdin() -> Iterator[Article | Failure]:
    data = sys.stdin.buffer.read()
    try:
        yield article_from_text(data, article_id="stdin", origin="<stdin>")
    except ValueError as error:
        yield Failure("<stdin>", str(error))
