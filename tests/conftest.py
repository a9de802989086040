"""Shared fixtures: the pinned pipeline (loaded once), and a marker for tests that need it."""

from __future__ import annotations

import importlib.util

import pytest

from quotegraph.nlp import DEFAULT_PIPELINE

HAS_PIPELINE = importlib.util.find_spec(DEFAULT_PIPELINE) is not None


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    if not HAS_PIPELINE:
        pytest.skip(f"the spaCy pipeline {DEFAULT_PIPELINE} is not installed")
    from quotegraph.nlp import load_pipeline

    return load_pipeline()
