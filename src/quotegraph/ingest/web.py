"""Links → Articles: fetch them in parallel batches and read what comes back by its type.

A fetched page is read as HTML, a fetched feed yields Links to its entries (followed one
level only, so a feed of feeds cannot send a run crawling), plain text is read as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from html.parser import HTMLParser

from quotegraph.ingest.feeds import FEED_TYPES, links_from_feed, looks_like_feed
from quotegraph.ingest.fetch import Fetched, Fetcher
from quotegraph.ingest.html import article_from_html
from quotegraph.ingest.links import Link, url_article_id
from quotegraph.ingest.text import article_from_text, normalize_newlines
from quotegraph.records import Article, Failure

MAX_FEED_DEPTH = 1
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_XML_TYPES = ("application/xml", "text/xml")

Items = Iterable[Article | Failure | Link]


def resolve_links(
    items: Items, fetcher: Callable[[], Fetcher], *, follow_links: bool = True, window: int = 32
) -> Iterator[Article | Failure]:
    """`items` with every Link replaced by what it leads to, in the order given.

    Up to `window` consecutive links are fetched together. Links a feed names are fetched
    only when `follow_links`; otherwise the text the feed carries for them is the article.
    `fetcher` is called only once a link needs fetching, so offline runs never build one.
    """
    pending: list[Link] = []
    for item in items:
        if isinstance(item, Link) and (item.depth == 0 or follow_links):
            pending.append(item)
            if len(pending) >= window:
                yield from _fetch_batch(pending, fetcher, follow_links)
                pending = []
            continue
        yield from _fetch_batch(pending, fetcher, follow_links)
        pending = []
        yield article_from_summary(item) if isinstance(item, Link) else item
    yield from _fetch_batch(pending, fetcher, follow_links)


def _fetch_batch(
    links: list[Link], fetcher: Callable[[], Fetcher], follow_links: bool
) -> Iterator[Article | Failure]:
    if not links:
        return
    for link, result in zip(links, fetcher().fetch_all([link.url for link in links]), strict=True):
        if isinstance(result, Failure):
            yield Failure(link_label(link), result.reason)
        else:
            yield from resolve_links(items_from_fetched(result, link), fetcher, follow_links=follow_links)


def link_label(link: Link) -> str:
    """How a failure names a link: the URL, and where it was found if not on the command line."""
    return link.url if link.origin == link.url else f"{link.origin} <{link.url}>"


def items_from_fetched(fetched: Fetched, link: Link) -> Iterator[Article | Failure | Link]:
    """What a download holds: one article, the entries of a feed, or a Failure."""
    kind = fetched.content_type
    if kind in FEED_TYPES or (kind in _XML_TYPES and looks_like_feed(fetched.body)):
        if link.depth >= MAX_FEED_DEPTH:
            yield Failure(link_label(link), "a feed named by a feed is not followed")
        else:
            yield from links_from_feed(fetched.body, origin=fetched.url, depth=link.depth)
    elif kind in _HTML_TYPES or (not kind and fetched.body.lstrip()[:1] == b"<"):
        yield _article_from_page(fetched, link)
    elif kind == "text/plain":
        yield _article_from_plain_text(fetched, link)
    else:
        yield Failure(link_label(link), f"unsupported content type {kind or 'unknown'!r}")


def _article_from_page(fetched: Fetched, link: Link) -> Article | Failure:
    try:
        return article_from_html(
            fetched.body, origin=fetched.url, url=fetched.final_url,
            article_id=url_article_id(fetched.final_url), hints=link.hints,
        )
    except ValueError as error:
        return Failure(link_label(link), str(error))


def _article_from_plain_text(fetched: Fetched, link: Link) -> Article | Failure:
    try:
        article_id = url_article_id(fetched.final_url)
        article = article_from_text(fetched.body, article_id=article_id, origin=fetched.url)
    except ValueError as error:
        return Failure(link_label(link), str(error))
    return _with_hints(article, link, url=fetched.final_url)


def article_from_summary(link: Link) -> Article | Failure:
    """The article a feed entry carries itself, for runs that do not follow links."""
    text = html_fragment_text(link.summary or "")
    if not text:
        return Failure(link_label(link), "feed entry carries no text and links are not followed")
    article = Article(id=url_article_id(link.url), text=text, origin=link.origin)
    return _with_hints(article, link, url=link.url)


def _with_hints(article: Article, link: Link, *, url: str) -> Article:
    known = {key: link.hints.get(key) for key in ("outlet", "title", "author", "published", "language")}
    return replace(article, url=url, **{key: value for key, value in known.items() if value})


class _TextCollector(HTMLParser):
    """Text of an HTML fragment, with a line break at each block element."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))  # in HTML a line break is a space


def html_fragment_text(fragment: str) -> str:
    """Plain text of a feed's HTML (or already plain) summary, one line per block."""
    text = normalize_newlines(fragment)
    if "<" in fragment:
        collector = _TextCollector()
        collector.feed(fragment)
        collector.close()
        text = "".join(collector.parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
