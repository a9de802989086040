"""The app under uvicorn on a free loopback port, in a thread of this process, for tests that
need a real server (a browser, raw sockets)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from quotegraph.serve import create_app
from quotegraph.store import Store

STARTUP_SECONDS = 15


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(store: Store, log_level: str = "warning") -> Iterator[int]:
    """The port `store`'s app listens on until the block ends; the store is closed after it."""
    port = free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level=log_level)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
