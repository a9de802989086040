"""Fixtures for the ingest tests: saved pages, and a web server on loopback that the test starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).parent / "pages"

Route = Callable[["Handler"], None]


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@dataclass
class Site:
    """What the test server serves, and what it saw: request paths, user agents, concurrency."""

    routes: dict[str, Route] = field(default_factory=dict)
    seen: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path


class Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        site = self.server.site  # type: ignore[attr-defined]
        with site.lock:
            site.seen.append((self.path, self.headers.get("User-Agent", "")))
            site.in_flight += 1
            site.most_in_flight = max(site.most_in_flight, site.in_flight)
        try:
            site.routes.get(self.path, not_found)(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout or a size cap under test)
        finally:
            with site.lock:
                site.in_flight -= 1

    def send(self, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


def not_found(handler: Handler) -> None:
    handler.send(b"<html><body>Not here</body></html>", status=404)


def serve(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    return lambda handler: handler.send(body, content_type)


def redirect(location: str, status: int = 302) -> Route:
    def route(handler: Handler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def slow(seconds: float, body: bytes) -> Route:
    def route(handler: Handler) -> None:
        time.sleep(seconds)
        handler.send(body)

    return route


@pytest.fixture
def site() -> Iterator[Site]:
    """A web server on 127.0.0.1 with routes the test sets; stopped when the test ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.site = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
