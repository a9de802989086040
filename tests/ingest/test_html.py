from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.ingest import article_from_html, read_articles
from quotegraph.ingest.html import NO_MAIN_TEXT, declared_language
from quotegraph.records import Article, Failure

from .conftest import PAGES, page


def test_news_article_keeps_the_story_and_drops_menus_footer_and_comments() -> None:
    article = article_from_html(page("news-article.html"), origin="news-article.html")

    quote = "“We have been patient for eleven months, and patience has run out,” said Tom Reyes"
    assert quote in article.text
    for boilerplate in ("Subscribe now", "All rights reserved", "Typical union nonsense"):
        assert boilerplate not in article.text


def test_news_article_metadata_comes_from_its_meta_tags() -> None:
    article = article_from_html(page("news-article.html"), origin="news-article.html")

    assert article.title == "Harbour workers vote to strike over night shifts"
    assert article.author == "Maria Okafor"
    assert article.published == "2024-03-05"
    assert article.outlet == "The Coastal Gazette"
    assert article.url == "https://gazette.example/2024/03/harbour-strike"
    assert article.language == "en"


def test_blog_layout_without_article_element_is_read() -> None:
    article = article_from_html(page("blog-post.html"), origin="blog-post.html")

    assert article.text.startswith("Council approves city budget")
    assert "the finance chair, Laura Benn, told the chamber" in article.text
    assert "Most read" not in article.text and "Advertise" not in article.text
    assert (article.author, article.published) == ("Dan Whitfield", "2023-11-21")


def test_outlet_falls_back_to_the_host_of_the_url_given() -> None:
    article = article_from_html(page("blog-post.html"), origin="x", url="https://riverside.example/budget")

    assert article.outlet == "riverside.example"
    assert article.url == "https://riverside.example/budget"


def test_hints_fill_only_what_the_page_lacks() -> None:
    hints = {"author": "Feed Author", "outlet": "Feed Outlet", "published": "2024-01-01T00:00:00Z"}
    article = article_from_html(page("blog-post.html"), origin="x", hints=hints)

    assert article.author == "Dan Whitfield"  # the page's own
    assert article.outlet == "Feed Outlet"  # the page has none


@pytest.mark.parametrize(
    "html",
    [
        page("section-index.html"),
        b"",
        b"<html><body><p>Subscribe to continue reading.</p></body></html>",
        b"\x00\x01\x02 not html at all",
    ],
    ids=["index-page", "empty", "paywall", "binary"],
)
def test_page_without_main_text_is_refused(html: bytes) -> None:
    with pytest.raises(ValueError, match="no main text"):
        article_from_html(html, origin="page.html")


def test_read_articles_reports_a_page_without_main_text_and_goes_on(tmp_path: Path) -> None:
    items = list(read_articles([PAGES / "section-index.html", PAGES / "blog-post.html"]))

    assert isinstance(items[0], Failure)
    assert items[0].origin.endswith("section-index.html") and items[0].reason == NO_MAIN_TEXT
    assert isinstance(items[1], Article) and items[1].id == "blog-post"


def test_html_without_known_suffix_is_recognised_by_its_first_bytes(tmp_path: Path) -> None:
    saved = tmp_path / "page-saved-by-a-browser"
    saved.write_bytes(page("blog-post.html"))

    [article] = read_articles([saved])

    assert isinstance(article, Article) and article.author == "Dan Whitfield"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<html lang="en-GB">', "en"),
        (b"<HTML LANG=fr>", "fr"),
        (b"<html>", None),
        (b'<html dir="rtl" lang="ar">', "ar"),
    ],
)
def test_declared_language(head: bytes, expected: str | None) -> None:
    assert declared_language(head + b"<body></body></html>") == expected
