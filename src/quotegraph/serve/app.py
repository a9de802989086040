"""The ASGI app: API and pages on one Store, with uniform errors and security headers."""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from quotegraph.errors import QuotegraphError
from quotegraph.serve import api, pages
from quotegraph.store import Store

log = logging.getLogger("quotegraph.serve")

# Everything the pages load comes from this server: no CDN, no inline script or style.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


# A read-only GET API needs no request body, and no URL of its own is anywhere near this long.
MAX_URL_BYTES = 4096
# Pages of a database the size of the benchmark's (about 100 MB) stay in memory between requests.
READ_CACHE_KIB = 64 * 1024
MMAP_BYTES = 256 * 1024 * 1024


def create_app(store: Store) -> FastAPI:
    """The web app serving `store`, which must be opened read-only (`Store.open(path, read_only=True)`)."""
    if not store.read_only:
        raise QuotegraphError("the web app serves a database opened read-only only")
    _tune_for_reading(store)
    app = FastAPI(
        title="quotegraph",
        summary="Who said what, about whom, when: attributed statements from news articles.",
        version="1",
        docs_url=None,  # FastAPI's docs page loads Swagger UI from a CDN: pages.api_docs serves our copy
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    _add_error_handlers(app)
    app.add_middleware(HeadAsGet)
    app.add_middleware(RequestLimits)
    app.add_middleware(SecurityHeaders)  # added last, so outermost: limit errors get the headers too
    return app


def app_from_environment() -> FastAPI:
    """create_app on the database QUOTEGRAPH_SERVE_DB names: how `serve --workers N` starts each worker."""
    return create_app(Store.open(os.environ["QUOTEGRAPH_SERVE_DB"], read_only=True))


def _tune_for_reading(store: Store) -> None:
    """A larger page cache and memory-mapped reads for the one connection every request uses."""
    store.db.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB:d}")
    store.db.execute(f"PRAGMA mmap_size = {MMAP_BYTES:d}")


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("quotegraph.serve") / name))


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(QuotegraphError, _invalid_query)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)


def error_response(request: Request, status: int, message: str) -> Response:
    """JSON for the API; for everything else a small HTML page with the search form, filled in
    from the query (its first MAX_URL_BYTES bytes), so a failed search can be mended."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    query_string = request.scope.get("query_string", b"")[:MAX_URL_BYTES].decode("utf-8", "replace")
    return pages.error_page(request, status, message, dict(parse_qsl(query_string)))


async def _invalid_request(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(part) for part in item['loc'][1:])}: {item['msg']}" for item in error.errors()
    )
    return error_response(request, 400, problems or "invalid request")


async def _invalid_query(request: Request, error: Exception) -> Response:
    return error_response(request, 400, str(error))


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    return error_response(request, error.status_code, str(error.detail))


async def _internal_error(request: Request, error: Exception) -> Response:
    log.exception("error serving %s", request.url.path)  # the trace goes to the log, never to the client
    return error_response(request, 500, "internal error")


class RequestLimits:
    """Refuses what a read-only GET API never needs: a request body (413), a URL over MAX_URL_BYTES (414).

    Both are refused from the headers alone, before anything is read or parsed.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        problem = _over_limits(scope) if scope["type"] == "http" else None
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, message = problem
        response = error_response(Request(scope), status, message)
        await response(scope, receive, send)


def _over_limits(scope: Scope) -> tuple[int, str] | None:
    url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
    if url_bytes > MAX_URL_BYTES:
        return 414, f"the URL is longer than {MAX_URL_BYTES} bytes"
    headers = dict(scope.get("headers", []))
    length = headers.get(b"content-length", b"0")
    if b"transfer-encoding" in headers or not length.isdigit() or int(length) > 0:
        return 413, "requests to this server carry no body"
    return None


class HeadAsGet:
    """Answers HEAD as GET without the body, so a link checker or `curl -I` gets the real status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
