"""Every page in Debian's chromium: pictures draw their marks, facets count what SQL counts,
a network edge opens its statements, and no page is wider than the screen at 1280 or 390 px.

Screenshots go to a temporary folder, or to the folder QUOTEGRAPH_SCREENSHOTS names:
    QUOTEGRAPH_SCREENSHOTS=/tmp/shots python -m pytest tests/serve/test_pages_browser.py
and, for the three pictures shown in docs/store.md, to docs/ when QUOTEGRAPH_PICTURES=docs.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.factories import all_results, newsroom, summit, wire

pytest.importorskip("fastapi", reason="needs the web extra")
playwright_api = pytest.importorskip("playwright.sync_api", reason="needs playwright")
uvicorn = pytest.importorskip("uvicorn", reason="needs the web extra")

from quotegraph.records import Article, ArticleResult  # noqa: E402
from quotegraph.store import StatementFilters, Store, aggregates  # noqa: E402
from tests.serve.serving import served  # noqa: E402
from tests.serve.test_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="chromium is not installed (apt-get install chromium)"
    ),
]
WIDTHS = (1280, 390)


def untitled() -> ArticleResult:
    """An article without a title and with a long id, as feeds and archives give them."""
    result = summit()
    article = Article(
        id="urn:feed:" + "x" * 90, text=result.article.text, outlet="Feed", published="2024-06-11"
    )
    statements = tuple(replace(s, article_id=article.id) for s in result.statements)
    return ArticleResult(article, statements, result.mentions)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "pages.db"
    with Store.open(path) as store:
        for result in [*all_results(), wire(), untitled(), *newsroom()]:
            store.add(result)
    return path


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    with served(Store.open(db_path, read_only=True)) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def errors() -> list[str]:
    return []


def open_page(browser: Any, errors: list[str], width: int = 1280) -> Any:
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_timeout(20_000)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if "Policy" in m.text else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if _broken(r) else None)
    return page


def _broken(response: Any) -> bool:
    return response.request.resource_type != "document" and response.status >= 400


def drawn(page: Any) -> None:
    """Wait until every picture on the page says it is drawn, and check none failed."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-spec],[data-graph]')].every(e => e.dataset.rendered)"
    )
    failed = page.eval_on_selector_all(
        "[data-rendered=error]", "els => els.map(e => e.id + ': ' + e.textContent)"
    )
    assert failed == []


def sql(db_path: Path, query: str, *params: object) -> Any:
    with sqlite3.connect(db_path) as db:
        return db.execute(query, params).fetchall()


def test_each_chart_draws_one_mark_per_counted_row(
    browser: Any, server: str, db_path: Path, errors: list[str]
) -> None:
    page = open_page(browser, errors)
    page.goto(server + "/charts?split=speaker&since=2024")
    drawn(page)

    with Store.open(db_path, read_only=True) as store:
        filters = StatementFilters(since="2024")
        timeline = aggregates.timeline(store.db, filters, split="speaker")["rows"]
        genders = aggregates.voices(store.db, filters)["rows"]
        kinds = aggregates.voices(store.db, filters, by="speaker_kind")["rows"]
        graph = aggregates.network(store.db, filters)
    bars = "#{} svg .mark-rect path"
    assert page.locator(bars.format("timeline")).count() == len(timeline) > 6
    assert page.locator(bars.format("voices-gender")).count() == len(genders) > 6
    assert page.locator(bars.format("voices-kind")).count() == len(kinds) > 6
    network = page.locator("#network")
    assert network.get_attribute("data-nodes") == str(len(graph["nodes"]))
    assert network.get_attribute("data-edges") == str(len(graph["edges"])) != "0"
    assert errors == []


def test_clicking_a_network_edge_opens_the_statements_behind_it(
    browser: Any, server: str, errors: list[str]
) -> None:
    page = open_page(browser, errors)
    page.goto(server + "/charts")
    drawn(page)
    page.locator("#network").scroll_into_view_if_needed()
    edges = page.evaluate(
        "() => window.quotegraphNetwork.edges().map(e => ({source: e.data('source'),"
        " target: e.data('target'), count: e.data('count'), x: e.renderedMidpoint().x,"
        " y: e.renderedMidpoint().y}))"
    )
    # The layout (cose) is not deterministic: a node may be drawn over an edge's midpoint, and a
    # click there opens the node's speaker. Click the heaviest edge whose midpoint is clear.
    nodes = page.evaluate(
        "() => window.quotegraphNetwork.nodes().map(n => n.renderedBoundingBox({includeLabels: true}))"
    )

    def clear(edge: dict[str, float]) -> bool:
        margin = 6
        inside_x = (n["x1"] - margin <= edge["x"] <= n["x2"] + margin for n in nodes)
        inside_y = (n["y1"] - margin <= edge["y"] <= n["y2"] + margin for n in nodes)
        return not any(x and y for x, y in zip(inside_x, inside_y, strict=True))

    box = page.locator("#network").bounding_box()
    heaviest = max((e for e in edges if clear(e)), key=lambda e: e["count"])
    page.mouse.move(box["x"] + heaviest["x"] - 4, box["y"] + heaviest["y"] - 4)
    page.mouse.move(box["x"] + heaviest["x"], box["y"] + heaviest["y"])  # cytoscape finds the edge on hover
    page.mouse.down()
    page.mouse.up()
    page.wait_for_url("**/?*speaker=*")

    # The edge under the pointer (the heaviest, or one crossing it there) and its statements.
    query = dict(parse_qsl(urlsplit(page.url).query))
    [clicked] = [e for e in edges if (e["source"], e["target"]) == (query["speaker"], query["about"])]
    assert page.locator("li.hit").count() == clicked["count"]
    assert errors == []


def test_facet_counts_equal_sql_counts_and_a_click_filters(browser: Any, server: str, db_path: Path,
                                                           errors: list[str]) -> None:  # fmt: skip
    page = open_page(browser, errors)
    page.goto(server + "/?q=talk")
    columns = {"speaker": "speaker_id", "outlet": "outlet", "act": "act", "speaker_gender": "speaker_gender",
               "speaker_kind": "speaker_kind", "type": "type"}  # fmt: skip
    matching = "id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'talk')"
    checked = 0
    for facet, column in columns.items():
        for item in page.locator(f'[data-facet="{facet}"] li').all():
            value = item.locator("a").get_attribute("data-value")
            shown = int(item.locator(".n").inner_text().replace(",", ""))
            [(expected,)] = sql(
                db_path, f"SELECT count(*) FROM statements WHERE {matching} AND {column} = ?", value
            )
            assert shown == expected, (facet, value)
            checked += 1
    assert checked >= 10

    page.locator('[data-facet="speaker_gender"] a[data-value="female"]').click()
    [(female,)] = sql(
        db_path, f"SELECT count(*) FROM statements WHERE {matching} AND speaker_gender = 'female'"
    )
    assert page.locator("p.count").inner_text().startswith(f"{female} statements")
    page.get_by_role("link", name="Remove gender female").click()
    assert "speaker_gender" not in page.url
    assert errors == []


def test_an_unknown_act_lists_the_valid_ones_in_the_page(
    browser: Any, server: str, errors: list[str]
) -> None:
    page = open_page(browser, errors)
    response = page.goto(server + "/?act=shouted&q=troops")

    assert response.status == 400
    playwright_api.expect(page.get_by_role("alert")).to_contain_text("use one of: accuse, agree")
    assert page.get_by_label("Search text").input_value() == "troops"  # the search is kept


def pages_to_check(db_path: Path) -> dict[str, str]:
    [(uid,)] = sql(
        db_path, "SELECT uid FROM statements WHERE content LIKE '%Russia must%' AND article_id = 'summit'"
    )
    [(quote_id,)] = sql(db_path, "SELECT id FROM quotes ORDER BY occurrences DESC LIMIT 1")
    return {
        "search": "/?q=talk&sort=relevance",
        "search-empty": "/",
        "search-past-end": "/?q=troops&page=99",
        "pictures": "/charts?split=speaker",
        "statement": f"/statements/{uid}",
        "speaker": "/speakers/mara-lind",
        "article": "/articles/summit",
        "article-untitled": "/articles/urn:feed:" + "x" * 90,
        "quotes": "/quotes",
        "quotes-none": "/quotes?q=zebra",
        "quote": f"/quotes/{quote_id}",
        "api-docs": "/docs",
        "too-long": "/?q=troops&speaker=" + "x" * 4100,
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_the_screen(browser: Any, server: str, db_path: Path, errors: list[str],
                                          width: int, tmp_path: Path) -> None:  # fmt: skip
    folder = Path(os.environ.get("QUOTEGRAPH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, errors, width)
    for name, path in pages_to_check(db_path).items():
        page.goto(server + path)
        if name == "pictures":
            drawn(page)
        if name == "api-docs":
            page.wait_for_selector(".opblock")
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{name} is {scroll_width} px wide at {width} px"
    assert errors == []


def test_the_small_fixes(browser: Any, server: str, db_path: Path, errors: list[str]) -> None:
    page = open_page(browser, errors, 390)
    page.goto(server + "/articles/urn:feed:" + "x" * 90)
    assert page.locator("h1").inner_text().startswith("Untitled article")

    response = page.goto(server + "/?q=troops&page=99")
    assert response.status == 404
    playwright_api.expect(page.get_by_role("alert")).to_contain_text(
        "Page 99 is past the end: 3 statements fill 1 page"
    )

    page.goto(server + "/quotes?q=zebra")
    assert page.locator("ol.quotes").count() == 0
    playwright_api.expect(page.locator("p.none")).to_have_text("No quote seen twice matches these words.")

    response = page.goto(server + "/?q=troops&speaker=" + "x" * 4100)
    assert response.status == 414
    assert page.get_by_label("Search text").input_value() == "troops"

    page.goto(server + "/?q=talk&page=2")
    playwright_api.expect(page.locator(".pager .current")).to_have_text("2")
    assert page.locator("p.count").inner_text().startswith("91 statements · page 2 of 5")


def test_the_api_docs_page_lists_every_endpoint(browser: Any, server: str, errors: list[str]) -> None:
    page = open_page(browser, errors)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock")

    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/facets" in [p.replace("\u200b", "") for p in paths] and len(paths) >= 11
    assert errors == []


@pytest.mark.skipif(os.environ.get("QUOTEGRAPH_PICTURES") != "docs", reason="rewrites docs/ only when asked")
def test_write_the_pictures_for_the_docs(browser: Any, server: str) -> None:
    docs = Path(__file__).parents[2] / "docs"
    page = browser.new_context(viewport={"width": 1100, "height": 900}, device_scale_factor=1).new_page()
    page.goto(server + "/charts?split=speaker")
    drawn(page)
    for section, name in (("timeline", "timeline"), ("network", "network"), ("voices", "voices")):
        page.locator(f"#{section}-section").screenshot(path=str(docs / f"picture-{name}.png"))
