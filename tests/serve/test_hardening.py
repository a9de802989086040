"""The server against hostile or careless clients: read-only, bounded, no traces, no escapes.

Path traversal is tried over a raw socket against a real server, because HTTP clients
(httpx, browsers) normalise "/static/../" away before it is ever sent.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi", reason="needs the web extra")
uvicorn = pytest.importorskip("uvicorn", reason="needs the web extra")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx versions is not ours
    from fastapi.testclient import TestClient

from quotegraph.cli import cli  # noqa: E402
from quotegraph.errors import QuotegraphError  # noqa: E402
from quotegraph.serve import create_app  # noqa: E402
from quotegraph.serve.app import MAX_URL_BYTES  # noqa: E402
from quotegraph.store import Store  # noqa: E402
from tests.serve.serving import served  # noqa: E402


def test_the_served_connection_is_opened_read_only_not_just_told_so(db_file: Path) -> None:
    with Store.open(db_file, read_only=True) as store:
        create_app(store)
        store.db.execute("PRAGMA query_only = OFF")  # lift the soft guard: mode=ro must still hold

        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM statements")
        [(database_list_file,)] = [(row[2],) for row in store.db.execute("PRAGMA database_list")]
        assert Path(database_list_file).resolve() == db_file.resolve()
    with sqlite3.connect(db_file) as check:
        assert check.execute("SELECT count(*) FROM statements").fetchone()[0] == 6


def test_a_writable_store_is_not_served(db_file: Path) -> None:
    with Store.open(db_file) as store, pytest.raises(QuotegraphError, match="read-only"):
        create_app(store)


@pytest.mark.parametrize("path", ["/api/statements", "/", "/api/quotes"])
def test_a_request_body_is_refused_before_it_is_read(client: TestClient, path: str) -> None:
    response = client.request("GET", path, content=b"x" * 2_000_000)

    assert response.status_code == 413
    assert response.headers["x-content-type-options"] == "nosniff"


def test_an_overlong_url_is_refused(client: TestClient) -> None:
    response = client.get("/api/statements", params={"q": "word " * (MAX_URL_BYTES // 5)})

    assert response.status_code == 414 and "longer than" in response.json()["error"]["message"]
    assert client.get("/api/statements", params={"q": "word " * 90}).status_code == 200


@pytest.mark.parametrize(
    "query",
    ["page_size=1000000", "page_size=101", "page=10001", "page=-5", "min_occurrences=-1"],
)
def test_page_sizes_and_pages_are_bounded(client: TestClient, query: str) -> None:
    path = "/api/quotes" if "occurrences" in query else "/api/statements"
    assert client.get(f"{path}?{query}").status_code == 400
    if "page_size" in query:
        assert client.get(f"/api/quotes?{query}").status_code == 400
        assert client.get(f"/api/speakers?{query}").status_code == 400


@pytest.mark.parametrize(
    ("target", "path"),
    [
        ("quotegraph.serve.api.find_statements", "/api/statements"),
        ("quotegraph.store.Store.quotes", "/api/quotes"),
        ("quotegraph.store.Store.speaker", "/speakers/Q57792"),
        ("quotegraph.store.Store.quote", "/quotes/qany"),
    ],
)
def test_an_internal_error_is_a_500_without_a_trace(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, target: str, path: str
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals at /srv/quotegraph/store.py line 42")

    monkeypatch.setattr(target, broken)
    response = client.get(path)

    assert response.status_code == 500
    assert "internal error" in response.text
    for leak in ("Traceback", "secret internals", "RuntimeError", ".py"):
        assert leak not in response.text
    if path.startswith("/api/"):
        assert response.json() == {"error": {"status": 500, "message": "internal error"}}


@pytest.mark.parametrize(
    "path", ["/", "/quotes", "/quotes/qnothing", "/articles/summit", "/static/style.css"]
)
def test_html_and_static_responses_carry_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]

    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    quote_id = client.get("/api/quotes").json()["items"][0]["id"]
    for path in ("/", "/?q=troops", "/speakers/Q57792", "/articles/summit", "/quotes", f"/quotes/{quote_id}"):
        html = client.get(path).text
        assert "<script>" not in html and "<style" not in html and " style=" not in html
        assert " onclick=" not in html and "javascript:" not in html


def test_serve_binds_to_loopback_unless_told_otherwise(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))

    result = CliRunner().invoke(cli, ["serve", "--db", str(db_file)])

    assert result.exit_code == 0, result.output
    [options] = calls
    assert options["host"] == "127.0.0.1" and options["server_header"] is False
    assert options["limit_concurrency"] and options["h11_max_incomplete_event_size"]


def test_serve_with_workers_starts_each_from_the_database_path(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    monkeypatch.delenv("QUOTEGRAPH_SERVE_DB", raising=False)

    result = CliRunner().invoke(cli, ["serve", "--db", str(db_file), "--workers", "2"])

    assert result.exit_code == 0, result.output
    [(app, options)] = calls
    assert options["factory"] is True and options["workers"] == 2 and options["host"] == "127.0.0.1"
    module, name = str(app).split(":")
    factory = getattr(__import__(module, fromlist=[name]), name)
    monkeypatch.setenv("QUOTEGRAPH_SERVE_DB", os.environ["QUOTEGRAPH_SERVE_DB"])
    worker_app = factory()
    assert (
        worker_app.state.store.read_only
        and TestClient(worker_app).get("/api/statements").json()["total"] == 6
    )
    worker_app.state.store.close()


@pytest.fixture
def live_port(db_file: Path) -> Iterator[int]:
    """The app under uvicorn on a free loopback port, in a thread of this process."""
    with served(Store.open(db_file, read_only=True), log_level="error") as port:
        yield port


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """Send `target` exactly as written (no client-side normalisation); the status and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


TRAVERSALS = [
    "/static/../../../../etc/passwd",
    "/static/../app.py",
    "/static/../../store/__init__.py",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e%2fapp.py",
    "/static/..%2f..%2fstore%2f__init__.py",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/..%5c..%5capp.py",
    "/static/....//....//etc/passwd",
    "/static//etc/passwd",
    "/static/%00../app.py",
    "/static/style.css/../../app.py",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_the_static_route_serves_nothing_outside_its_folder(live_port: int, target: str) -> None:
    status, body = raw_get(live_port, target)

    assert status in (400, 404)
    assert b"root:" not in body and b"import " not in body and b"def " not in body


def test_the_static_route_still_serves_its_own_files(live_port: int) -> None:
    status, body = raw_get(live_port, "/static/app.js")

    assert status == 200 and b"use strict" in body
