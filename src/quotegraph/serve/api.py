"""The JSON API: statements (and their export), facets, charts, speakers, articles, quotes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from quotegraph.store import StatementFilters, Store, aggregates
from quotegraph.store.export import csv_lines, jsonl_lines
from quotegraph.store.search import SORTS, count_statements, find_statements

router = APIRouter(prefix="/api", tags=["api"])

MAX_PAGE_SIZE = 100
COUNT_CAP = 1000  # counting further costs time on every query; "1000 or more" is enough to page by
MAX_PAGE = 10_000  # deeper pages cost a long OFFSET scan; narrow the filters instead

Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number.")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"At most {MAX_PAGE_SIZE}.")]
Text = Annotated[str | None, Query(max_length=500)]

FILTER_PARAMS = (
    "q", "speaker", "about", "act", "type", "speaker_kind", "speaker_gender", "outlet", "since", "until",
    "min_confidence",
)  # fmt: skip
STATEMENT_PARAMS = (*FILTER_PARAMS, "sort", "format", "page", "page_size")
Found = TypeVar("Found")
EXPORT_LIMIT = 100_000  # rows in one CSV or JSONL answer; `quotegraph export` has no limit


def as_json(content: dict[str, Any]) -> JSONResponse:
    """The answer as JSON, straight from the store's dicts (plain JSON types already).

    Returning a Response skips FastAPI's generic encoder, which took 16 ms for a speaker with
    200 statements where json.dumps takes 2 ms (measured on the benchmark database).
    """
    return JSONResponse(content)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def found_or_404(found: Found | None, what: str, key: str) -> Found:
    """What the store found under `key`, or a 404 that names the kind of thing asked for."""
    if found is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return found


def reject_unknown(request: Request, allowed: tuple[str, ...]) -> None:
    """A misspelt filter would silently match everything; refuse it instead."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise HTTPException(400, f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(allowed)}")


def search_filters(
    *,
    q: Annotated[
        str | None, Query(max_length=500, description='All words and "phrases"; word* for a prefix.')
    ] = None,
    speaker: Text = None,
    about: Text = None,
    act: Annotated[str | None, Query(max_length=40, description="A speech act (reject, praise, …).")] = None,
    type: Annotated[str | None, Query(max_length=40, description="direct, indirect or mixed.")] = None,
    speaker_kind: Annotated[str | None, Query(max_length=40, description="person, organisation, …")] = None,
    speaker_gender: Annotated[
        str | None, Query(max_length=40, description="female, male or unknown.")
    ] = None,
    outlet: Text = None,
    since: Annotated[str | None, Query(max_length=32, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=32, description="inclusive")] = None,
    min_confidence: Annotated[
        float | None,
        Query(ge=0, le=1, description="Only statements whose calibrated confidence is at least this (0-1)."),
    ] = None,
) -> StatementFilters:
    """The filters every statement endpoint takes; an unknown act, type, kind or gender, or a
    min_confidence outside 0..1, is a 400."""
    return StatementFilters(
        text=q or None, speaker=speaker or None, about=about or None, act=act or None, type=type or None,
        speaker_kind=speaker_kind or None, speaker_gender=speaker_gender or None, outlet=outlet or None,
        since=since or None, until=until or None, min_confidence=min_confidence,
    )  # fmt: skip


Filters = Annotated[StatementFilters, Depends(search_filters)]


@router.get("/statements")
async def statements(
    request: Request,
    filters: Filters,
    *,
    sort: Annotated[
        str, Query(pattern=f"^({'|'.join(SORTS)})$", description="newest, oldest or relevance")
    ] = "newest",
    format: Annotated[
        str, Query(pattern="^(json|csv|jsonl)$", description="csv and jsonl: every match")
    ] = "json",
    page: Page = 1,
    page_size: PageSize = 20,
) -> Response:
    """Statements matching all filters, newest first. `q` matches all words and "quoted phrases"
    in the statement or its speaker's names. `format=csv` or `jsonl` answers every match (up to
    100,000) as a file to download instead of one page."""
    reject_unknown(request, STATEMENT_PARAMS)
    if format != "json":
        return export_response(store_of(request), filters, format)
    return as_json(statement_page(store_of(request), filters, page, page_size, sort=sort))


def export_response(store: Store, filters: StatementFilters, output_format: str) -> Response:
    """The matches as a CSV or JSONL download, read before streaming (the connection is shared)."""
    rows = list(islice(store.statement_rows(filters), EXPORT_LIMIT))
    lines: Iterator[str] = csv_lines(rows) if output_format == "csv" else jsonl_lines(rows)
    media = "text/csv; charset=utf-8" if output_format == "csv" else "application/x-ndjson; charset=utf-8"
    disposition = f'attachment; filename="statements.{output_format}"'
    return StreamingResponse(lines, media_type=media, headers={"content-disposition": disposition})


@router.get("/statements/{uid}")
async def statement(request: Request, uid: str) -> JSONResponse:
    """One statement by its stable id (`uid`), with its article's title, outlet, date and URL."""
    reject_unknown(request, ())
    found = found_or_404(store_of(request).statement(uid), "statement", uid)
    return as_json(found)


@router.get("/facets")
async def facets(request: Request, filters: Filters) -> JSONResponse:
    """How many of the matching statements each speaker, outlet, act, type, speaker kind, speaker
    gender, target and month has: `{total, counted, facets: {name: [{value, label, count, filter}]}}`.
    A broad search (over 5,000 matches) is counted over the 5,000 stored last: `counted` says so."""
    reject_unknown(request, FILTER_PARAMS)
    return as_json(cached_facets(request, filters))


def cached_facets(request: Request, filters: StatementFilters) -> dict[str, Any]:
    """Facets; those of the whole store (every visit to the search page shows them) are kept
    until the database changes, the others are counted afresh."""
    store = store_of(request)
    return whole_store_cached(request, ("facets",), filters, lambda: store.facets(**_as_keywords(filters)))


def whole_store_cached(
    request: Request, key: tuple[Any, ...], filters: StatementFilters, compute: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """`compute()`, kept until the database changes when `filters` select the whole store: the
    search and pictures pages show the whole store's counts on every plain visit. A narrower
    search is counted afresh, so a cache never hides what a search costs."""
    if filters != StatementFilters():
        return compute()
    cache: dict[tuple[Any, ...], dict[str, Any]] = request.app.state._state.setdefault("whole_store", {})
    version = store_of(request).db.execute("PRAGMA data_version").fetchone()[0]  # changes on each commit
    if (version, *key) not in cache:
        if len(cache) >= 64 or any(k[0] != version for k in cache):
            cache.clear()
        cache[(version, *key)] = compute()
    return cache[(version, *key)]


def _as_keywords(filters: StatementFilters) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in StatementFilters.names()}


Interval = Annotated[str, Query(pattern="^(day|week|month)$")]


@router.get("/charts/timeline")
async def timeline_chart(
    request: Request,
    filters: Filters,
    interval: Interval = "month",
    split: Annotated[str, Query(pattern="^(none|speaker|act)$")] = "none",
) -> JSONResponse:
    """The Vega-Lite specification, data included, of the statements per day, week or month,
    split by the 8 largest speakers or acts; what `quotegraph plot timeline` draws."""
    reject_unknown(request, (*FILTER_PARAMS, "interval", "split"))
    return as_json(chart(request, "timeline", filters, interval=interval, split=split))


@router.get("/charts/voices")
async def voices_chart(
    request: Request,
    filters: Filters,
    by: Annotated[str, Query(pattern="^(speaker_gender|speaker_kind)$")] = "speaker_gender",
) -> JSONResponse:
    """The Vega-Lite specification of the share of statements by speaker gender or kind, per
    outlet and month; what `quotegraph plot voices` draws."""
    reject_unknown(request, (*FILTER_PARAMS, "by"))
    return as_json(chart(request, "voices", filters, by=by))


@router.get("/charts/network")
async def network_chart(
    request: Request,
    filters: Filters,
    min_count: Annotated[int, Query(ge=1, le=1_000_000)] = 2,
    top: Annotated[int, Query(ge=1, le=1000)] = 60,
) -> JSONResponse:
    """Speakers → the entities they talk about: `{nodes: [{id, label, kind, statements, speaks}],
    edges: [{source, target, count, positive, negative}], edges_total}`, the `top` heaviest
    edges of at least `min_count` statements; the page draws them with cytoscape.js."""
    reject_unknown(request, (*FILTER_PARAMS, "min_count", "top"))
    db = store_of(request).db
    key = ("network", min_count, top)
    return as_json(
        whole_store_cached(
            request, key, filters, lambda: aggregates.network(db, filters, min_count=min_count, top=top)
        )
    )


def chart(request: Request, name: str, filters: StatementFilters, **options: Any) -> dict[str, Any]:
    from quotegraph.charts import chart_spec  # noqa: PLC0415 - the page's charts, not vl-convert

    key = (name, *sorted(options.items()))
    store = store_of(request)
    return whole_store_cached(
        request, key, filters, lambda: chart_spec(store, name, filters, width="container", **options)
    )


def statement_page(
    store: Store, filters: StatementFilters, page: int, page_size: int, *, sort: str = "newest"
) -> dict[str, Any]:
    items = find_statements(store.db, filters, limit=page_size, offset=(page - 1) * page_size, sort=sort)
    total = count_statements(store.db, filters, cap=COUNT_CAP)
    return {
        "total": total,
        "total_is_exact": total < COUNT_CAP,
        "page": page,
        "page_size": page_size,
        "items": items,
    }


@router.get("/speakers")
async def speakers(
    request: Request, q: Text = None, page: Page = 1, page_size: PageSize = 20
) -> JSONResponse:
    """Speakers with their statement counts, most quoted first; `q` filters by name."""
    reject_unknown(request, ("q", "page", "page_size"))
    items = cached_speakers(request, q, page, page_size)
    return as_json({"page": page, "page_size": page_size, "items": items})


def cached_speakers(request: Request, name: str | None, page: int, page_size: int) -> list[dict[str, Any]]:
    """The speaker list counts every statement, so it is kept until the database changes."""
    store = store_of(request)
    cache: dict[tuple[int, str | None, int, int], list[dict[str, Any]]]
    cache = request.app.state._state.setdefault("speaker_pages", {})
    # data_version changes whenever another connection (an ingest) commits to the file.
    key = (store.db.execute("PRAGMA data_version").fetchone()[0], name, page, page_size)
    if key not in cache:
        if len(cache) >= 256:
            cache.clear()
        cache[key] = store.speakers(name=name, limit=page_size, offset=(page - 1) * page_size)
    return cache[key]


@router.get("/speakers/{entity_id}")
async def speaker(request: Request, entity_id: str) -> JSONResponse:
    """One speaker: names, statements per month, whom they talk about, their statements."""
    reject_unknown(request, ())
    found = found_or_404(store_of(request).speaker(entity_id), "speaker", entity_id)
    return as_json(found)


@router.get("/articles/{article_id}")
async def article(request: Request, article_id: str) -> JSONResponse:
    """One article with its text and every statement, offsets into that text."""
    reject_unknown(request, ())
    found = found_or_404(store_of(request).article(article_id), "article", article_id)
    return as_json(found)


@router.get("/quotes")
async def quotes(
    request: Request,
    *,
    q: Text = None,
    speaker: Annotated[str | None, Query(max_length=500, description="A speaker's entity id.")] = None,
    min_occurrences: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page: Page = 1,
    page_size: PageSize = 20,
) -> JSONResponse:
    """Quotes (the same direct quote from one speaker across articles), most repeated first.

    `q` keeps the quotes whose words match (all words and "quoted phrases").
    """
    reject_unknown(request, ("q", "speaker", "min_occurrences", "page", "page_size"))
    items = store_of(request).quotes(
        q, speaker_id=speaker, min_occurrences=min_occurrences, limit=page_size, offset=(page - 1) * page_size
    )
    return as_json({"page": page, "page_size": page_size, "items": items})


@router.get("/quotes/{quote_id}")
async def quote(request: Request, quote_id: str) -> JSONResponse:
    """One quote: speaker, content, occurrences, first and last seen, and every occurrence (`seen_in`)."""
    reject_unknown(request, ())
    found = found_or_404(store_of(request).quote(quote_id), "quote", quote_id)
    return as_json(found)
