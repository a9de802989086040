"""The JSON API: /api/statements, /api/speakers, /api/speakers/{id}, /api/articles/{id}."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from quotegraph.store import StatementFilters, Store
from quotegraph.store.search import count_statements, find_statements

router = APIRouter(prefix="/api", tags=["api"])

MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000  # deeper pages cost a long OFFSET scan; narrow the filters instead

Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number.")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"At most {MAX_PAGE_SIZE}.")]
Text = Annotated[str | None, Query(max_length=500)]

STATEMENT_PARAMS = ("q", "speaker", "about", "act", "type", "outlet", "since", "until", "page", "page_size")


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def reject_unknown(request: Request, allowed: tuple[str, ...]) -> None:
    """A misspelt filter would silently match everything; refuse it instead."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise HTTPException(400, f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(allowed)}")


@router.get("/statements")
async def statements(
    request: Request,
    *,
    q: Text = None,
    speaker: Text = None,
    about: Text = None,
    act: Text = None,
    type: Annotated[str | None, Query(pattern="^(direct|indirect|mixed)$")] = None,
    outlet: Text = None,
    since: Annotated[str | None, Query(max_length=32, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=32, description="inclusive")] = None,
    page: Page = 1,
    page_size: PageSize = 20,
) -> dict[str, Any]:
    """Statements matching all filters, newest first. `q` matches all words and "quoted phrases"."""
    reject_unknown(request, STATEMENT_PARAMS)
    filters = StatementFilters(
        text=q, speaker=speaker, about=about, act=act, type=type, outlet=outlet, since=since, until=until
    )
    return statement_page(store_of(request), filters, page, page_size)


def statement_page(store: Store, filters: StatementFilters, page: int, page_size: int) -> dict[str, Any]:
    items = find_statements(store.db, filters, limit=page_size, offset=(page - 1) * page_size)
    total = count_statements(store.db, filters)
    return {"total": total, "page": page, "page_size": page_size, "items": items}


@router.get("/speakers")
async def speakers(
    request: Request, q: Text = None, page: Page = 1, page_size: PageSize = 20
) -> dict[str, Any]:
    """Speakers with their statement counts, most quoted first; `q` filters by name."""
    reject_unknown(request, ("q", "page", "page_size"))
    items = store_of(request).speakers(name=q, limit=page_size, offset=(page - 1) * page_size)
    return {"page": page, "page_size": page_size, "items": items}


@router.get("/speakers/{entity_id}")
async def speaker(request: Request, entity_id: str) -> dict[str, Any]:
    """One speaker: names, statements per month, whom they talk about, their statements."""
    reject_unknown(request, ())
    found = store_of(request).speaker(entity_id)
    if found is None:
        raise HTTPException(404, f"no speaker {entity_id!r}")
    return found


@router.get("/articles/{article_id}")
async def article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with its text and every statement, offsets into that text."""
    reject_unknown(request, ())
    found = store_of(request).article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found
