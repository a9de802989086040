from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the factories module beside these tests

from factories import all_results

from quotegraph.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as opened:
        for result in all_results():
            opened.add(result)
        yield opened


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database file holding the three hand-made articles."""
    path = tmp_path / "quotes.db"
    with Store.open(path) as opened:
        for result in all_results():
            opened.add(result)
    return path
