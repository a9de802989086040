"""RSS/Atom feeds, as files and as URLs served from loopback, and URL lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.ingest import FetchPolicy, read_articles
from quotegraph.ingest.web import html_fragment_text
from quotegraph.records import Article, Failure

from .conftest import Site, page, serve

FAST = FetchPolicy(timeout_s=1.0, max_bytes=200_000, host_delay_s=0.0)


def rss(*entries: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed with (link, title, description) entries."""
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><description><![CDATA[{summary}]]></description>"
        "<author>desk@gazette.example (News Desk)</author>"
        "<pubDate>Tue, 05 Mar 2024 08:30:00 GMT</pubDate></item>"
        for link, title, summary in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Coastal Gazette</title><language>en-gb</language>{items}</channel></rss>"
    ).encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Riverside Local</title>
  <entry>
    <title>Council approves city budget</title>
    <link href="https://riverside.example/budget"/>
    <updated>2023-11-21T23:50:00Z</updated>
    <author><name>Dan Whitfield</name></author>
    <content type="html">&lt;p&gt;"This budget keeps every library open," the finance chair,
      Laura Benn, told the chamber.&lt;/p&gt;&lt;p&gt;Opposition councillors said the plan relied
      on optimistic forecasts.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_feed_entries_are_fetched_and_take_their_metadata_from_page_and_feed(site: Site) -> None:
    site.routes["/strike"] = serve(page("news-article.html"))
    site.routes["/budget"] = serve(page("blog-post.html"))
    site.routes["/news.rss"] = serve(rss(
        (site.url("/strike"), "Strike vote", "Dock workers voted."),
        (site.url("/budget"), "Budget passes", "The council voted."),
    ), "application/rss+xml")

    strike, budget = read_articles([site.url("/news.rss")], policy=FAST)

    assert isinstance(strike, Article) and isinstance(budget, Article)
    assert "patience has run out" in strike.text and strike.author == "Maria Okafor"  # the page's own
    assert budget.outlet == "The Coastal Gazette"  # the page names none: the feed's title
    assert budget.url == site.url("/budget")
    assert sorted(path for path, _ in site.seen) == ["/budget", "/news.rss", "/strike"]


def test_feed_file_without_following_links_uses_the_text_the_feed_carries(tmp_path: Path) -> None:
    feed = tmp_path / "riverside.atom"
    feed.write_bytes(ATOM)

    [article] = read_articles([feed], follow_links=False)

    assert isinstance(article, Article)
    assert article.text == (
        '"This budget keeps every library open," the finance chair, Laura Benn, told the chamber.\n'
        "Opposition councillors said the plan relied on optimistic forecasts."
    )
    assert (article.url, article.title, article.author) == (
        "https://riverside.example/budget", "Council approves city budget", "Dan Whitfield"
    )
    assert article.published == "2023-11-21T23:50:00Z" and article.outlet == "Riverside Local"


def test_failed_entry_names_the_feed_and_the_link_and_other_entries_go_on(site: Site, tmp_path: Path) -> None:
    site.routes["/budget"] = serve(page("blog-post.html"))
    feed = tmp_path / "news.xml"
    feed.write_bytes(rss((site.url("/gone"), "Gone", ""), (site.url("/budget"), "Budget", "")))

    failure, article = read_articles([feed], policy=FAST)

    assert failure == Failure(f"{feed} entry 1 <{site.url('/gone')}>", "HTTP 404 Not Found")
    assert isinstance(article, Article) and article.author == "Dan Whitfield"


def test_feed_that_is_not_xml_is_one_failure(site: Site, tmp_path: Path) -> None:
    site.routes["/broken.rss"] = serve(b"<html><body>Service unavailable, try later", "application/rss+xml")
    broken_file = tmp_path / "broken.rss"
    broken_file.write_bytes(b"this is { not: xml }")

    items = list(read_articles([site.url("/broken.rss"), broken_file], policy=FAST))

    assert [type(item) for item in items] == [Failure, Failure]
    assert items[0].origin == site.url("/broken.rss") and items[0].reason.startswith("not an RSS/Atom feed")
    assert items[1].origin == str(broken_file) and items[1].reason.startswith("not an RSS/Atom feed")


def test_xml_file_that_is_not_a_feed_is_a_failure(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_bytes(b'<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')

    [failure] = read_articles([sitemap])

    assert failure == Failure(str(sitemap), "XML that is not an RSS/Atom feed")


def test_feed_named_by_a_feed_is_not_followed(site: Site) -> None:
    site.routes["/inner.rss"] = serve(rss((site.url("/x"), "x", "x")), "application/rss+xml")
    site.routes["/outer.rss"] = serve(rss((site.url("/inner.rss"), "feed", "")), "application/rss+xml")

    [failure] = read_articles([site.url("/outer.rss")], policy=FAST)

    assert isinstance(failure, Failure) and failure.reason == "a feed named by a feed is not followed"
    assert "/x" not in [path for path, _ in site.seen]


def test_url_list_file(site: Site, tmp_path: Path) -> None:
    site.routes["/budget"] = serve(page("blog-post.html"))
    urls = tmp_path / "reading.urls"
    urls.write_text(f"# to read\n{site.url('/budget')}\n\nftp://old.example/file\n", encoding="utf-8")

    article, failure = read_articles([urls], policy=FAST)

    assert isinstance(article, Article) and article.author == "Dan Whitfield"
    assert failure == Failure(f"{urls}:4", "not an http(s) URL: 'ftp://old.example/file'")


def test_directory_is_read_recursively_with_each_file_by_its_type(tmp_path: Path) -> None:
    (tmp_path / "2024" / "march").mkdir(parents=True)
    (tmp_path / "2024" / "march" / "strike.html").write_bytes(page("news-article.html"))
    (tmp_path / "2024" / "feed.atom").write_bytes(ATOM)
    (tmp_path / "notes.txt").write_text("Rutte said so.", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")  # no reader: skipped in a directory

    items = list(read_articles([tmp_path], follow_links=False))

    assert [item.origin for item in items] == [
        f"{tmp_path}/2024/feed.atom entry 1", f"{tmp_path}/2024/march/strike.html", f"{tmp_path}/notes.txt"
    ]


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>Rutte <b>said</b> so.</p><p>Second\n paragraph.</p>", "Rutte said so.\nSecond paragraph."),
        ("Plain summary.\n\nWith two paragraphs.", "Plain summary.\nWith two paragraphs."),
        ("Fish &amp; chips<br>and peas", "Fish & chips\nand peas"),
        ("<img src='x.png'>", ""),
    ],
)
def test_feed_summary_text(fragment: str, text: str) -> None:
    assert html_fragment_text(fragment) == text
