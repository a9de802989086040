"""Fetching from a web server on 127.0.0.1 that the test starts: no outside network."""

from __future__ import annotations

import time

import pytest

from quotegraph.ingest import Fetched, Fetcher, FetchPolicy, read_articles
from quotegraph.ingest.fetch import default_user_agent
from quotegraph.ingest.links import url_article_id
from quotegraph.records import Article, Failure

from .conftest import Handler, Site, page, redirect, serve, slow

FAST = FetchPolicy(timeout_s=1.0, deadline_s=3.0, max_bytes=200_000, max_redirects=3, host_delay_s=0.0)


def fetch(site: Site, path: str, policy: FetchPolicy = FAST) -> Fetched | Failure:
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(site.url(path))


def test_page_is_fetched_with_a_user_agent_naming_quotegraph_and_its_version(site: Site) -> None:
    site.routes["/story"] = serve(page("news-article.html"))

    fetched = fetch(site, "/story")

    assert isinstance(fetched, Fetched)
    assert fetched.content_type == "text/html" and fetched.body == page("news-article.html")
    assert site.seen == [("/story", default_user_agent())]
    assert default_user_agent().startswith("quotegraph/")


def test_redirects_are_followed_and_the_article_keeps_the_final_url(site: Site) -> None:
    site.routes["/old"] = redirect("/moved")
    site.routes["/moved"] = redirect("/story", status=301)
    site.routes["/story"] = serve(page("blog-post.html"))

    [article] = read_articles([site.url("/old")], policy=FAST)

    assert isinstance(article, Article)
    assert article.url == site.url("/story") and article.id == url_article_id(site.url("/story"))
    assert article.author == "Dan Whitfield"


def test_redirect_chains_are_bounded(site: Site) -> None:
    for hop in range(10):
        site.routes[f"/hop{hop}"] = redirect(f"/hop{hop + 1}")

    failure = fetch(site, "/hop0")

    assert isinstance(failure, Failure) and failure.reason == "more than 3 redirects"
    assert len(site.seen) == 4  # the first request and three redirects, then it stops


def test_http_error_is_a_failure_naming_the_url(site: Site) -> None:
    [failure] = read_articles([site.url("/nothing-here")], policy=FAST)

    assert failure == Failure(site.url("/nothing-here"), "HTTP 404 Not Found")


def test_slow_server_times_out(site: Site) -> None:
    site.routes["/slow"] = slow(3.0, page("blog-post.html"))
    policy = FetchPolicy(timeout_s=0.3, host_delay_s=0.0)

    started = time.monotonic()
    failure = fetch(site, "/slow", policy)

    assert isinstance(failure, Failure) and failure.reason.startswith("timed out")
    assert time.monotonic() - started < 2.0


def test_server_that_drips_bytes_is_cut_off_at_the_deadline(site: Site) -> None:
    def drip(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(40):  # 4 s in all, each read well inside the 1 s timeout
            handler.wfile.write(b"<p>still coming</p>")
            handler.wfile.flush()
            time.sleep(0.1)

    site.routes["/drip"] = drip
    policy = FetchPolicy(timeout_s=1.0, deadline_s=0.5, host_delay_s=0.0)

    failure = fetch(site, "/drip", policy)

    assert isinstance(failure, Failure) and failure.reason == "download took longer than 0.5 s"


def test_oversized_response_is_refused_by_its_content_length(site: Site) -> None:
    body = b"<p>" + b"x" * 300_000 + b"</p>"
    site.routes["/big"] = serve(body)

    failure = fetch(site, "/big")

    assert isinstance(failure, Failure)
    assert failure.reason == f"response larger than 200000 bytes (Content-Length {len(body)})"


def test_oversized_response_without_content_length_is_cut_off_while_reading(site: Site) -> None:
    def endless(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(100):  # 1.6 MB unless the client stops reading first
            handler.wfile.write(b"<p>" + b"y" * 16_000 + b"</p>")

    site.routes["/endless"] = endless

    failure = fetch(site, "/endless")

    assert isinstance(failure, Failure) and failure.reason == "response larger than 200000 bytes"


def test_unreachable_host_is_a_failure_and_the_run_goes_on(site: Site) -> None:
    site.routes["/story"] = serve(page("blog-post.html"))
    closed_port = "http://127.0.0.1:9/story"  # the discard port: nothing listens on loopback

    items = list(read_articles([closed_port, site.url("/story")], policy=FAST))

    assert isinstance(items[0], Failure) and items[0].origin == closed_port
    assert items[0].reason.startswith("cannot fetch")
    assert isinstance(items[1], Article)


def test_unsupported_content_type_is_a_failure(site: Site) -> None:
    site.routes["/logo.png"] = serve(b"\x89PNG\r\n", "image/png")

    [failure] = read_articles([site.url("/logo.png")], policy=FAST)

    assert isinstance(failure, Failure) and failure.reason == "unsupported content type 'image/png'"


def test_plain_text_url_is_read_as_text(site: Site) -> None:
    site.routes["/statement.txt"] = serve(b"\xe2\x80\x9cWe will win,\xe2\x80\x9d Rutte said.", "text/plain")

    [article] = read_articles([site.url("/statement.txt")], policy=FAST)

    assert isinstance(article, Article) and article.text == "“We will win,” Rutte said."
    assert article.url == site.url("/statement.txt")


def test_results_keep_the_order_of_the_inputs_though_fetched_in_parallel(site: Site) -> None:
    site.routes["/first"] = slow(0.4, page("blog-post.html"))
    site.routes["/second"] = serve(page("news-article.html"))

    items = list(read_articles([site.url("/first"), site.url("/second")], policy=FAST))

    assert [item.origin for item in items] == [site.url("/first"), site.url("/second")]


@pytest.mark.parametrize("per_host", [1, 2])
def test_requests_to_one_host_never_exceed_the_per_host_limit(site: Site, per_host: int) -> None:
    for number in range(6):
        site.routes[f"/p{number}"] = slow(0.15, page("blog-post.html"))
    policy = FetchPolicy(timeout_s=2.0, per_host=per_host, host_delay_s=0.0, workers=6)

    with Fetcher(policy) as fetcher:
        results = fetcher.fetch_all([site.url(f"/p{number}") for number in range(6)])

    assert all(isinstance(result, Fetched) for result in results)
    assert site.most_in_flight == per_host


def test_requests_to_one_host_are_spaced_by_the_host_delay(site: Site) -> None:
    site.routes["/a"] = serve(b"a", "text/plain")
    policy = FetchPolicy(timeout_s=2.0, per_host=3, host_delay_s=0.2, workers=3)

    started = time.monotonic()
    with Fetcher(policy) as fetcher:
        fetcher.fetch_all([site.url("/a")] * 3)

    assert time.monotonic() - started >= 0.4  # the third may start only 2 × 0.2 s after the first
