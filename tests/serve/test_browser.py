"""The pages in a real headless browser: search → speaker page → article page with highlights.

Drives Debian's chromium (apt-get install chromium) with Playwright; never downloads a browser.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import wire

pytest.importorskip("fastapi", reason="needs the web extra")
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright (pip install playwright)"
)
uvicorn = pytest.importorskip("uvicorn", reason="needs the web extra")

from quotegraph.store import Store  # noqa: E402
from tests.serve.serving import served  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
# The screenshot the README shows is rewritten only when asked:
#   QUOTEGRAPH_SCREENSHOT=docs/screenshot.png python -m pytest tests/serve/test_browser.py
SCREENSHOT_VARIABLE = "QUOTEGRAPH_SCREENSHOT"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="chromium is not installed (apt-get install chromium)"
    ),
]


@pytest.fixture
def server(db_file: Path) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread of this process.

    The database holds the three hand-made articles and `wire`, which repeats one of Rutte's
    quotes, so the quote page has two occurrences.
    """
    with Store.open(db_file) as writable:
        writable.add(wire())
    with served(Store.open(db_file, read_only=True)) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def page(server: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 760})
        opened = context.new_page()
        opened.set_default_timeout(10_000)
        errors: list[str] = []
        opened.on("pageerror", lambda error: errors.append(str(error)))
        opened.on(
            "console", lambda message: errors.append(message.text) if "Policy" in message.text else None
        )
        opened.on("response", lambda r: errors.append(f"{r.status} {r.url}") if _broken_resource(r) else None)
        yield opened
        browser.close()
        assert errors == []  # no script errors and no resources blocked by the CSP


def _broken_resource(response) -> bool:  # type: ignore[no-untyped-def]
    # Pages may answer 4xx on purpose; the styles, scripts and icons they load may not.
    return response.request.resource_type != "document" and response.status >= 400


def screenshot_path(tmp_path: Path) -> Path:
    return Path(os.environ.get(SCREENSHOT_VARIABLE) or tmp_path / "screenshot.png")


def test_search_then_speaker_then_article_with_highlights(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expect = playwright_api.expect
    page.goto(server + "/")
    page.get_by_label("Search text").fill("Russia")
    page.get_by_role("button", name="Search").click()

    hits = page.locator("li.hit")
    expect(hits).to_have_count(1)
    expect(hits.first.locator("blockquote")).to_have_text("“Russia must withdraw,”")

    hits.first.get_by_role("link", name="Mark Rutte").click()
    expect(page.locator("h1.speaker-name")).to_have_text("Mark Rutte")
    expect(page.locator(".timeline li.hit")).to_have_count(3)
    expect(page.locator(".talks-about > ul > li")).to_have_count(2)
    expect(page.locator(".repeated-quotes li")).to_have_text(["“We will not send troops to Ukraine,” 2×"])
    expect(page.locator(".timeline h3.month")).to_have_text(["2024-06"])

    page.locator(".timeline li.hit").nth(1).get_by_role("link", name="Allies meet at summit").click()
    expect(page.locator("h1")).to_have_text("Allies meet at summit")
    marks = page.locator("mark.statement")
    expect(marks).to_have_count(3)
    expect(marks.nth(0)).to_have_attribute("title", "Mark Rutte · act: reject · about: Ukraine")
    expect(marks.nth(1)).to_have_attribute("title", "Olaf Scholz · act: promise · about: Germany, Ukraine")
    colours = [marks.nth(i).evaluate("el => getComputedStyle(el).backgroundColor") for i in range(3)]
    assert colours[0] == colours[2] != colours[1]  # colour per speaker, not per statement

    marks.nth(1).hover()
    expect(page.locator(".statement-item[data-statement]").nth(1)).to_have_class("statement-item sp-1 active")

    screenshot = screenshot_path(tmp_path)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000


def test_search_then_quote_page_then_the_occurrence_in_its_article(page, server: str) -> None:  # type: ignore[no-untyped-def]
    expect = playwright_api.expect
    page.goto(server + "/")
    page.get_by_role("link", name="Most repeated").click()
    expect(page.locator("li.quote-item")).to_have_count(1)  # only Rutte's troops quote is seen twice
    expect(page.locator("li.quote-item .badge.repeated")).to_have_text("2×")

    page.goto(server + "/?q=troops")

    hits = page.locator("li.hit")
    expect(hits).to_have_count(2)  # the summit article and the wire copy, both dated
    expect(hits.first.locator("a.badge.repeated")).to_have_text("2× since 2024-06-09")

    hits.first.locator("a.badge.repeated").click()
    expect(page.locator("blockquote.quote-text")).to_have_text("“We will not send troops to Ukraine,”")
    occurrences = page.locator("li.occurrence")
    expect(occurrences).to_have_count(2)
    expect(occurrences.locator(".outlet")).to_have_text(["Wire Service", "Example Post"])

    occurrences.first.get_by_role("link", name="Rutte rules out troops").click()
    expect(page.locator("h1")).to_have_text("Rutte rules out troops")
    expect(page.locator("mark.statement.linked")).to_have_text('"We will not send troops to Ukraine."')


def test_a_bad_date_shows_the_error_in_the_page(page, server: str) -> None:  # type: ignore[no-untyped-def]
    response = page.goto(server + "/?since=next+week")

    assert response.status == 400
    playwright_api.expect(page.get_by_role("alert")).to_contain_text("not a date")


def test_the_confidence_filter_keeps_its_value_in_the_url_through_facets(page, server: str) -> None:  # type: ignore[no-untyped-def]
    expect = playwright_api.expect
    page.goto(server + "/")
    hits = page.locator("li.hit")
    threshold = page.get_by_role("combobox", name="Confidence at least")
    expect(hits).to_have_count(7)  # the three articles and the wire copy
    expect(hits.locator(".badge.confidence")).to_have_count(7)

    threshold.select_option("0.9")
    page.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"[?&]min_confidence=0\.9(&|$)"))
    expect(hits).to_have_count(5)  # Scholz's 0.7 and the port authority's 0.35 left out
    expect(hits.locator(".badge.confidence")).to_have_text(["1.00"] * 5)
    expect(threshold).to_have_value("0.9")
    expect(page.get_by_role("list", name="Filters in force")).to_contain_text("confidence at least: 0.9")

    page.locator('section[data-facet="speaker"]').get_by_role("link", name=re.compile("Ana Lopes")).click()
    expect(page).to_have_url(re.compile(r"min_confidence=0\.9"))
    expect(hits).to_have_count(2)
    expect(threshold).to_have_value("0.9")

    page.get_by_role("link", name="Remove confidence at least 0.9").click()
    expect(page).not_to_have_url(re.compile("min_confidence"))
    expect(threshold).to_have_value("")
