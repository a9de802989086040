"""HTML pages: search with facets, pictures, a statement, a speaker, an article, quotes, API docs."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from quotegraph.errors import InvalidQuery
from quotegraph.serve.api import cached_facets, found_or_404, store_of
from quotegraph.serve.highlight import (
    highlighted_text,
    hover_text,
    speaker_colours,
    speaker_key,
    speaker_label,
)
from quotegraph.serve.searching import (
    CONFIDENCE_CHOICES,
    LABELS,
    PAGE_SIZE,
    SearchForm,
    page_count,
    page_links,
)
from quotegraph.store import Store
from quotegraph.store.search import KNOWN_VALUES

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("quotegraph.serve") / "templates"))


def is_web_url(url: str | None) -> bool:
    """Only http(s) links to originals: a stored `javascript:` or `data:` URL is never a link."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


templates.env.globals.update(
    hover_text=hover_text,
    speaker_label=speaker_label,
    is_web_url=is_web_url,
    field_labels={**LABELS, "month": "month"},
    confidence_choices=CONFIDENCE_CHOICES,
)


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request) -> Response:
    """The search form, counted facets beside the results, numbered pages, export links."""
    form = SearchForm.from_query(dict(request.query_params))
    store = store_of(request)
    context: dict[str, Any] = {"form": form, "hits": [], "total": 0, "facets": {}, "pages": 1, "links": []}
    if not form.errors:
        try:
            found = cached_facets(request, form.filters)
            context.update(facets=found["facets"], total=found["total"], pages=page_count(found["total"]))
            context["hits"] = form.run(store, found)
        except InvalidQuery as error:
            form.errors.append(str(error))
    context["links"] = page_links(form.page, context["pages"])
    context["past_end"] = not form.errors and context["total"] > 0 and form.page > context["pages"]
    context["choices"] = form.choices(store)
    names = _entity_names(store, form)
    context["chips"] = form.chips(names)
    context["shown"] = {k: names[form.values[k]] for k in ("speaker", "about") if form.values[k] in names}
    status = 400 if form.errors else 404 if context["past_end"] else 200
    return templates.TemplateResponse(request, "search.html", context, status_code=status)


def _entity_names(store: Store, form: SearchForm) -> dict[str, str]:
    """Names for speaker and target ids in the form, so a chip reads "Hungary", not "state:hungary"."""
    ids = [form.values[name] for name in ("speaker", "about") if form.values[name]]
    names = {}
    for entity_id in ids:
        row = store.db.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row:
            names[entity_id] = row[0]
    return names


@router.get("/charts", response_class=HTMLResponse)
async def charts_page(request: Request) -> Response:
    """The three pictures of the current search: timeline, network, voices."""
    form = SearchForm.from_query(dict(request.query_params))
    options = {
        "interval": _one_of(request, "interval", ("month", "week", "day")),
        "split": _one_of(request, "split", ("none", "speaker", "act")),
    }
    context = {"form": form, "options": options, "chips": form.chips(_entity_names(store_of(request), form))}
    return templates.TemplateResponse(request, "charts.html", context)


def _one_of(request: Request, name: str, allowed: tuple[str, ...]) -> str:
    value = request.query_params.get(name, allowed[0])
    if value not in allowed:
        raise InvalidQuery(f"unknown {name} {value[:20]!r}; use one of: {', '.join(allowed)}")
    return value


@router.get("/statements/{uid}", response_class=HTMLResponse)
async def statement_page(request: Request, uid: str) -> Response:
    """One statement, its speaker, act, targets and gender evidence, and the paragraph it is in."""
    found = found_or_404(store_of(request).statement(uid), "statement", uid)
    article = store_of(request).article(found["article_id"])
    context = {"s": found, "context": _in_context(article["text"] if article else "", found)}
    return templates.TemplateResponse(request, "statement.html", context)


def _in_context(text: str, statement: dict[str, Any], reach: int = 400) -> Any:
    """The paragraph (at most `reach` characters either side) with the statement marked."""
    first, last = statement["content_offsets"][0][0], statement["content_offsets"][-1][1]
    start = max(text.rfind("\n\n", 0, first) + 2, first - reach, 0)
    end_break = text.find("\n\n", last)
    end = min(end_break if end_break >= 0 else len(text), last + reach)
    shifted = {
        **statement,
        "content_offsets": [[a - start, b - start] for a, b in statement["content_offsets"]],
    }
    return highlighted_text(text[start:end], [shifted])


@router.get("/speakers/{entity_id}", response_class=HTMLResponse)
async def speaker_page(request: Request, entity_id: str) -> Response:
    """A speaker's statements as a timeline, by month, and whom they talk about."""
    found = found_or_404(store_of(request).speaker(entity_id), "speaker", entity_id)
    repeated = store_of(request).quotes(speaker_id=entity_id, min_occurrences=2, limit=10)
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for statement in found["statements"]:
        by_month[(statement["published"] or "undated")[:7]].append(statement)
    peak = max((m["statements"] for m in found["timeline"]), default=1)
    context = {"speaker": found, "by_month": by_month, "peak": peak, "repeated": repeated}
    return templates.TemplateResponse(request, "speaker.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> Response:
    """The article's text with every statement highlighted, colour per speaker."""
    found = found_or_404(store_of(request).article(article_id), "article", article_id)
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
    form = SearchForm.from_query(
        {"q": request.query_params.get("q", ""), "page": request.query_params.get("page", "1")}
    )
    text = form.values["q"]
    context: dict[str, Any] = {
        "q": text,
        "page": form.page,
        "error": "; ".join(form.errors) or None,
        "quotes": [],
    }
    if not form.errors:
        try:
            found = store_of(request).quotes(
                text or None, min_occurrences=2, limit=PAGE_SIZE + 1, offset=(form.page - 1) * PAGE_SIZE
            )
            context["quotes"], context["more"] = found[:PAGE_SIZE], len(found) > PAGE_SIZE
        except InvalidQuery as error:
            context["error"] = str(error)
    status = 400 if context["error"] else 200
    return templates.TemplateResponse(request, "quotes.html", context, status_code=status)


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
async def quote_page(request: Request, quote_id: str) -> Response:
    """One quote and every article it appeared in, each linked to the highlighted statement."""
    found = found_or_404(store_of(request).quote(quote_id), "quote", quote_id)
    return templates.TemplateResponse(request, "quote.html", {"quote": found})


@router.get("/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> Response:
    """The interactive API documentation (Swagger UI, served from this server)."""
    return templates.TemplateResponse(request, "docs.html", {})


def error_page(request: Request, status: int, message: str, query: dict[str, str] | None = None) -> Response:
    """The error, with the search form filled in from `query` so the search is not lost."""
    form = SearchForm.from_query(query or {})
    choices = {name: list(values) for name, values in KNOWN_VALUES.items()}
    context = {"status": status, "message": message, "form": form, "choices": choices}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)
