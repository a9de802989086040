from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.ingest import read_articles
from quotegraph.ingest.links import url_article_id
from quotegraph.ingest.warc import articles_from_warc
from quotegraph.records import Article, Failure

from .conftest import PAGES, page

GAZETTE = "https://gazette.example/2024/03/harbour-strike"
RIVERSIDE = "https://riverside.example/budget"


def write_warc(path: Path, records: list[dict], *, gzip: bool = True) -> Path:
    """A WARC file with one record per dict: uri, body, and optional type, status, content_type, headers."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for spec in records:
            record_type = spec.get("type", "response")
            http_headers = None
            if record_type in ("response", "request"):
                status_line = "GET / HTTP/1.1" if record_type == "request" else spec.get("status", "200 OK")
                http_headers = StatusAndHeaders(
                    status_line,
                    [("Content-Type", spec.get("content_type", "text/html; charset=utf-8"))],
                    protocol="" if record_type == "request" else "HTTP/1.1",
                )
            record = writer.create_warc_record(
                spec["uri"], record_type, payload=BytesIO(spec.get("body", b"")),
                http_headers=http_headers, warc_headers_dict=spec.get("headers", {}),
            )
            writer.write_record(record)
    return path


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_articles_and_other_records_pass_silently(tmp_path: Path, gzip: bool) -> None:
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), [
        {"uri": GAZETTE, "type": "request"},
        {"uri": GAZETTE, "body": page("news-article.html")},
        {"uri": "https://gazette.example/logo.png", "body": b"\x89PNG....", "content_type": "image/png"},
        {"uri": RIVERSIDE, "body": page("blog-post.html")},
    ], gzip=gzip)

    items = list(read_articles([warc]))

    assert [type(item) for item in items] == [Article, Article]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == url_article_id(GAZETTE) and first.outlet == "The Coastal Gazette"
    assert "patience has run out" in first.text
    assert second.url == RIVERSIDE and second.author == "Dan Whitfield"
    assert second.origin == f"{warc} [{RIVERSIDE}]"


def test_error_pages_crawler_truncation_and_empty_pages_are_failures_naming_the_url(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        {"uri": "https://a.example/gone", "status": "404 Not Found", "body": page("news-article.html")},
        {"uri": "https://a.example/cut", "body": page("news-article.html")[:900],
         "headers": {"WARC-Truncated": "length"}},
        {"uri": "https://a.example/politics", "body": page("section-index.html")},
        {"uri": RIVERSIDE, "body": page("blog-post.html")},
    ])

    items = list(articles_from_warc(warc))

    failures = [item for item in items if isinstance(item, Failure)]
    expected = [f"{warc} [https://a.example/{name}]" for name in ("gone", "cut", "politics")]
    assert [f.origin for f in failures] == expected
    assert "HTTP 404" in failures[0].reason
    assert "WARC-Truncated: length" in failures[1].reason
    assert "no main text" in failures[2].reason
    assert isinstance(items[-1], Article) and items[-1].url == RIVERSIDE


def test_truncated_archive_keeps_the_records_before_the_damage_and_the_run_goes_on(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", [
        {"uri": RIVERSIDE, "body": page("blog-post.html")},
        {"uri": GAZETTE, "body": page("news-article.html") * 3},
    ])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 700])  # mid-way through the second record's gzip member

    items = list(read_articles([cut, PAGES / "news-article.html"]))

    assert isinstance(items[0], Article) and items[0].url == RIVERSIDE
    assert isinstance(items[1], Failure) and items[1].origin == f"{cut} [{GAZETTE}]"
    assert "cut short" in items[1].reason
    assert [type(item) for item in items[2:]] == [Article]
    assert isinstance(items[2], Article) and items[2].id == "news-article"


def test_archive_cut_inside_a_record_header_ends_with_a_failure_naming_the_file(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", [
        {"uri": RIVERSIDE, "body": page("blog-post.html")},
        {"uri": GAZETTE, "body": page("news-article.html")},
    ], gzip=False)
    data = whole.read_bytes()
    second_record = data.index(b"WARC/1", 10)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: second_record + 40])  # inside the second record's WARC headers

    items = list(read_articles([cut]))

    assert isinstance(items[0], Article) and items[0].url == RIVERSIDE
    assert [type(item) for item in items[1:]] == [Failure]
    assert items[1].origin == str(cut) and "damaged or truncated archive after 1 records" in items[1].reason


def test_a_file_that_is_not_an_archive_is_one_failure(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.warc"
    bogus.write_bytes(b"these are my notes, not a web archive\n" * 20)

    [failure] = read_articles([bogus])

    assert isinstance(failure, Failure) and "not a WARC or ARC file" in failure.reason
