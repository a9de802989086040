"""Shared fixtures: the pinned pipeline (loaded once for the whole run), a marker for tests that
need it, and stores holding the hand-made records of tests/factories.py."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quotegraph.nlp import DEFAULT_PIPELINE
from quotegraph.store import Store
from tests.factories import all_results

if TYPE_CHECKING:
    from spacy.language import Language

HAS_PIPELINE = importlib.util.find_spec(DEFAULT_PIPELINE) is not None


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pinned spaCy pipeline; a test that asks for it is skipped where it is not installed."""
    from quotegraph.errors import PipelineNotInstalled
    from quotegraph.nlp import load_pipeline

    try:
        return load_pipeline()
    except PipelineNotInstalled as error:
        pytest.skip(f"needs the pinned spaCy pipeline: {error}")


@pytest.fixture
def store() -> Iterator[Store]:
    """An in-memory store holding the three hand-made articles."""
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
