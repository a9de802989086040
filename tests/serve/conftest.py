"""The fixtures the API tests share."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotegraph.store import Store


@pytest.fixture
def client(db_file: Path) -> Iterator[Any]:
    """A FastAPI TestClient on the fixture store, read-only; server errors come back as 500s."""
    pytest.importorskip("fastapi", reason="needs the web extra")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's notice about httpx versions is not ours
        from fastapi.testclient import TestClient

    from quotegraph.serve import create_app

    with Store.open(db_file, read_only=True) as store:
        yield TestClient(create_app(store), raise_server_exceptions=False)
