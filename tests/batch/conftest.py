"""Fixtures for the batch and Spark tests: the corpus written to a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.batch.corpus import jsonl_text


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text(jsonl_text(), encoding="utf-8")
    return path
