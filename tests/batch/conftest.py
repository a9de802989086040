"""Fixtures for the batch and Spark tests: the pipeline, and the corpus written to files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # corpus.py sits next to the tests

from corpus import jsonl_text


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from quotegraph.errors import PipelineNotInstalled
    from quotegraph.nlp import load_pipeline

    try:
        return load_pipeline()
    except PipelineNotInstalled as error:
        pytest.skip(f"needs the pinned spaCy pipeline: {error}")


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text(jsonl_text(), encoding="utf-8")
    return path
