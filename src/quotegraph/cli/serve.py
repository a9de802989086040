"""`quotegraph serve`: the web UI and JSON API over a database, read-only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from quotegraph.cli import cli
from quotegraph.errors import QuotegraphError
from quotegraph.store import Store

APP_FACTORY = "quotegraph.serve.app:app_from_environment"
DB_VARIABLE = "QUOTEGRAPH_SERVE_DB"


@cli.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (loopback only by default).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes, each with its own read-only connection (one per CPU core at most).",
)
def serve(db_path: Path, host: str, port: int, workers: int) -> None:
    """Serve search, speaker, quote and article pages and the JSON API (/api/…) for a database.

    The database is opened read-only; `quotegraph ingest` may add to it meanwhile.

    Example: quotegraph serve --db quotes.db   then open http://127.0.0.1:8000/
    """
    try:
        import uvicorn  # noqa: PLC0415 - the web extra is optional

        from quotegraph.serve import create_app  # noqa: PLC0415
    except ImportError as error:
        raise QuotegraphError(
            f"serve needs the web extra ({error.name} is missing): pip install 'quotegraph[web]'"
        ) from None
    store = Store.open(db_path, read_only=True)  # here too, so a bad file fails before any worker starts
    try:
        if workers == 1:
            uvicorn.run(create_app(store), host=host, port=port, **SERVER_LIMITS)
            return
    finally:
        store.close()
    # Worker processes each build the app from the path, as uvicorn needs an import string for them.
    os.environ[DB_VARIABLE] = str(db_path.resolve())
    uvicorn.run(APP_FACTORY, factory=True, workers=workers, host=host, port=port, **SERVER_LIMITS)


# Bounds on what one client can make the server hold: more open connections than this get a
# 503 at once; headers over 16 KiB are refused by the HTTP parser; idle connections close.
SERVER_LIMITS: dict[str, Any] = {
    "limit_concurrency": 1000,
    "h11_max_incomplete_event_size": 16 * 1024,
    "timeout_keep_alive": 5,
    "log_level": "warning",
    "server_header": False,
}
