"""process_articles hands extraction the conventions' choice on a passive given another clause's
subject for a source (extraction.filters._passive_beside_its_source): under the standard ones it
reports nothing, under PolNeAR's it stays, as its annotators counted it. Own sentences. Needs
the pinned spaCy pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

FERRY = "Ferry news\n\nThe ferry service resumed on Monday and was expected to run hourly."


def cues(nlp: Language, conventions: str) -> list[str]:
    [result] = list(process_articles([Article(id="a", text=FERRY)], nlp, conventions=conventions))
    assert isinstance(result, ArticleResult)
    return [s.cue.text_of(FERRY) for s in result.statements if s.cue is not None]


def test_under_the_standard_conventions_the_passive_reports_nothing(nlp: Language) -> None:
    assert cues(nlp, "standard") == []


def test_under_polnear_conventions_it_stays(nlp: Language) -> None:
    assert cues(nlp, "polnear") == ["was expected"]
