"""A participial aside between a source and its cue is written with the source under the standard
conventions ("[Reuters, citing anonymous sources,] reported"); PolNeAR's annotators leave it out,
so its conventions do. Own sentences. Needs the pinned spaCy pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

TEXT = "Oil output falls\n\nReuters, citing anonymous sources, reported that oil output would fall by half."


def sources(nlp: Language, conventions: str) -> list[str | None]:
    [result] = list(process_articles([Article(id="a", text=TEXT)], nlp, conventions=conventions))
    assert isinstance(result, ArticleResult)
    return [s.source.text_of(TEXT) if s.source else None for s in result.statements]


def test_under_the_standard_conventions_the_aside_is_written_with_the_source(nlp: Language) -> None:
    assert sources(nlp, "standard") == ["Reuters, citing anonymous sources,"]


def test_under_polnear_conventions_the_aside_stays_out(nlp: Language) -> None:
    assert sources(nlp, "polnear") == ["Reuters"]
