"""Web archives (WARC and ARC, gzipped or not) → Articles, via warcio: HTML responses only.

Requests, metadata, images and other non-HTML records are not articles and pass silently;
an HTML record that cannot be used (cut short by the crawler, an error status, no main
text) is a Failure naming the archive and the URL. A damaged or truncated archive ends
with a Failure, after every record before the damage has been read.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotegraph.ingest.html import article_from_html
from quotegraph.ingest.links import url_article_id
from quotegraph.ingest.optional import require
from quotegraph.records import Article, Failure

HTML_TYPES = ("text/html", "application/xhtml+xml")

# A news page is well under this; larger records are feeds, dumps or media mislabelled as HTML.
MAX_RECORD_BYTES = 10 * 1024 * 1024

_NEEDED_FOR = "reading WARC/ARC files"


def articles_from_warc(path: Path) -> Iterator[Article | Failure]:
    """Articles in the HTML responses of the archive at `path`, in archive order."""
    archive_iterator = require("warcio.archiveiterator", package="warcio", needed_for=_NEEDED_FOR)
    if not is_archive(path):
        yield Failure(str(path), "not a WARC or ARC file (no WARC/ or filedesc:// header)")
        return
    read = 0
    with path.open("rb") as stream:
        records = iter(archive_iterator.ArchiveIterator(stream, arc2warc=True))
        while True:
            try:
                record = next(records)
                item = _article_from_record(record, archive=path) if _is_html_response(record) else None
            except StopIteration:
                return
            # warcio fails on damaged input with assorted errors, some from deep inside
            # (AttributeError on a cut header line); any of them ends this archive only.
            except Exception as error:
                reason = f"damaged or truncated archive after {read} records: {_describe(error)}"
                yield Failure(str(path), reason)
                return
            read += 1
            if item is not None:
                yield item


def is_archive(path: Path) -> bool:
    """True when the file (or its first gzip member) starts like a WARC or an ARC file.

    warcio reads almost any text as a lenient ARC file, so the check comes first.
    """
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.split(";")[0].strip() in HTML_TYPES


def _article_from_record(record: Any, *, archive: Path) -> Article | Failure:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    origin = f"{archive} [{url}]"
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        return Failure(origin, f"record truncated by the crawler (WARC-Truncated: {truncated})")
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return Failure(origin, f"HTTP {status} response, not a page")
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return Failure(origin, f"record larger than {MAX_RECORD_BYTES} bytes")
    # warcio hands over what a cut-off file holds without complaint; the record's own length tells.
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        return Failure(origin, f"record cut short, {missing} bytes missing: truncated archive?")
    try:
        return article_from_html(data, origin=origin, url=url or None, article_id=url_article_id(url))
    except ValueError as error:
        return Failure(origin, str(error))


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
