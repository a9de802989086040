"""The ASGI app: API and pages on one Store, with uniform errors and security headers."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

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


def create_app(store: Store) -> FastAPI:
    """The web app serving `store`, which should be opened read-only."""
    app = FastAPI(
        title="quotegraph",
        summary="Who said what, about whom, when: attributed statements from news articles.",
        version="1",
        docs_url=None,  # the interactive docs load scripts from a CDN; the schema is enough
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("quotegraph.serve") / name))


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(QuotegraphError, _invalid_query)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)


def error_response(request: Request, status: int, message: str) -> Response:
    """JSON for the API, a small HTML page for everything else."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return pages.error_page(request, status, message)


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
