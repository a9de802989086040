"""The rules path drops, under the standard conventions, what the learned path drops as no report
whatever the parse (learned.non_reports): a negative source, a hedge with no one behind it, a
raising passive. PolNeAR's annotators count these, so its conventions keep them. Own sentences.
Needs the pinned spaCy pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

NEGATIVE_SOURCE = "Bombing in the capital\n\nNo group immediately claimed responsibility for the bombing."
HEDGE = "A new rule\n\nThe new rule appears to allow the ministry to move the funds to other projects."
RAISING = "A night out\n\nA group of men said to be from the club arrived at the bar on Friday."
REPORT = "A night out\n\nThe club said its players would be disciplined."


def contents(nlp: Language, text: str, conventions: str = "standard") -> list[str]:
    [result] = list(process_articles([Article(id="a", text=text)], nlp, conventions=conventions))
    assert isinstance(result, ArticleResult)
    return [s.content_text(text) for s in result.statements]


@pytest.mark.parametrize("text", [NEGATIVE_SOURCE, HEDGE, RAISING])
def test_under_the_standard_conventions_the_rules_drop_what_reports_nothing(nlp: Language, text: str) -> None:
    assert contents(nlp, text) == []


@pytest.mark.parametrize("text", [NEGATIVE_SOURCE, HEDGE])
def test_under_polnear_conventions_the_rules_keep_them(nlp: Language, text: str) -> None:
    assert contents(nlp, text, "polnear") != []


def test_a_report_stays(nlp: Language) -> None:
    assert contents(nlp, REPORT) == ["its players would be disciplined"]
