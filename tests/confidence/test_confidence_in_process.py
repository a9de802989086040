"""process_articles gives each statement the path's calibrated confidence, and drops below a
model's threshold. Needs the pinned spaCy pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from quotegraph.confidence import ConfidenceModel
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

TEXT = (
    "Grain talks resume\n\nUkrainian President Volodymyr Zelenskyy said on Monday that the corridor "
    "must stay open.\n\n“Ships are waiting,” he told reporters."
)


def statements_of(nlp: Language, confidence: ConfidenceModel | None = None) -> ArticleResult:
    [result] = list(process_articles([Article(id="a", text=TEXT)], nlp, confidence=confidence))
    assert isinstance(result, ArticleResult)
    return result


def test_the_rules_statements_carry_the_fitted_probability(nlp: Language) -> None:
    result = statements_of(nlp)

    assert len(result.statements) == 2
    assert all(0.5 < s.confidence < 1.0 for s in result.statements)
    assert {s.confidence for s in result.statements}.isdisjoint({0.85, 0.8, 0.6, 0.4})  # no fixed route value


def test_a_statement_the_model_scores_low_is_dropped(nlp: Language) -> None:
    low_for_direct = ConfidenceModel(2.0, {"type=direct": -4.0}, drop_below=0.5)

    result = statements_of(nlp, low_for_direct)

    assert [s.kind.value for s in result.statements] == ["indirect"]


def test_under_polnear_conventions_nothing_is_dropped(nlp: Language) -> None:
    low_for_direct = ConfidenceModel(2.0, {"type=direct": -4.0}, drop_below=0.5)
    articles = [Article(id="a", text=TEXT)]

    [result] = list(process_articles(articles, nlp, confidence=low_for_direct, conventions="polnear"))

    assert isinstance(result, ArticleResult)
    assert sorted(s.kind.value for s in result.statements) == ["direct", "indirect"]
    assert min(s.confidence for s in result.statements) < 0.5
