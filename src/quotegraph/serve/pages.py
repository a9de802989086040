"""HTML pages: search, a speaker's timeline, an article with its statements highlighted."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from quotegraph.errors import InvalidQuery
from quotegraph.serve.api import COUNT_CAP
from quotegraph.serve.highlight import (
    highlighted_text,
    hover_text,
    speaker_colours,
    speaker_key,
    speaker_label,
)
from quotegraph.store import StatementFilters, Store
from quotegraph.store.search import count_statements, find_statements

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("quotegraph.serve") / "templates"))


def is_web_url(url: str | None) -> bool:
    """Only http(s) links to originals: a stored `javascript:` or `data:` URL is never a link."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


templates.env.globals.update(hover_text=hover_text, speaker_label=speaker_label, is_web_url=is_web_url)

PAGE_SIZE = 20
SEARCH_FIELDS = ("q", "speaker", "about", "act", "outlet", "since", "until")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request) -> Response:
    """The search form, and results when any filter is filled in."""
    values = {name: request.query_params.get(name, "").strip()[:500] for name in SEARCH_FIELDS}
    page = _page_number(request.query_params.get("page", "1"))
    filters = StatementFilters(**{("text" if k == "q" else k): v or None for k, v in values.items()})
    context: dict[str, Any] = {"values": values, "page": page, "error": None, "hits": [], "total": 0}
    try:
        context["hits"] = find_statements(
            _store(request).db, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
        context["total"] = count_statements(_store(request).db, filters, cap=COUNT_CAP)
    except InvalidQuery as error:
        context["error"] = str(error)
    context["more"] = context["total"] > page * PAGE_SIZE
    context["query"] = {k: v for k, v in values.items() if v}
    return templates.TemplateResponse(
        request, "search.html", context, status_code=400 if context["error"] else 200
    )


def _page_number(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 10_000:
        raise InvalidQuery(f"page must be a number from 1 to 10000, not {value[:20]!r}")
    return int(value)


@router.get("/speakers/{entity_id}", response_class=HTMLResponse)
async def speaker_page(request: Request, entity_id: str) -> Response:
    """A speaker's statements as a timeline, by month, and whom they talk about."""
    found = _store(request).speaker(entity_id)
    if found is None:
        raise HTTPException(404, f"no speaker {entity_id!r}")
    repeated = _store(request).quotes(speaker_id=entity_id, min_occurrences=2, limit=10)
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for statement in found["statements"]:
        by_month[(statement["published"] or "undated")[:7]].append(statement)
    peak = max((m["statements"] for m in found["timeline"]), default=1)
    context = {"speaker": found, "by_month": by_month, "peak": peak, "repeated": repeated}
    return templates.TemplateResponse(request, "speaker.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> Response:
    """The article's text with every statement highlighted, colour per speaker."""
    found = _store(request).article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    statements = found["statements"]
    colours = speaker_colours(statements)
    context = {
        "article": found,
        "body": highlighted_text(found["text"], statements),
        "legend": list(colours.values()),
        "colour_of": {s["id"]: colours[speaker_key(s)].colour for s in statements},
    }
    return templates.TemplateResponse(request, "article.html", context)


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_page(request: Request) -> Response:
    """The most repeated quotes (seen at least twice), optionally those matching some words."""
    text = request.query_params.get("q", "").strip()[:500]
    page = _page_number(request.query_params.get("page", "1"))
    context: dict[str, Any] = {"q": text, "page": page, "error": None, "quotes": []}
    try:
        found = _store(request).quotes(
            text or None, min_occurrences=2, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
        )
        context["quotes"], context["more"] = found[:PAGE_SIZE], len(found) > PAGE_SIZE
    except InvalidQuery as error:
        context["error"] = str(error)
    status = 400 if context["error"] else 200
    return templates.TemplateResponse(request, "quotes.html", context, status_code=status)


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
async def quote_page(request: Request, quote_id: str) -> Response:
    """One quote and every article it appeared in, each linked to the highlighted statement."""
    found = _store(request).quote(quote_id)
    if found is None:
        raise HTTPException(404, f"no quote {quote_id!r}")
    return templates.TemplateResponse(request, "quote.html", {"quote": found})


def error_page(request: Request, status: int, message: str) -> Response:
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )
