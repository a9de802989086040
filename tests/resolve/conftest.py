"""Fixtures for the resolve stage: records built by hand, and the pinned pipeline when installed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.errors import PipelineNotInstalled
from quotegraph.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    try:
        return load_pipeline()
    except PipelineNotInstalled as error:
        pytest.skip(str(error))
