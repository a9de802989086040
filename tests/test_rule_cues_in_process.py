"""The rules path writes its cues as the conventions in use do: cut to the verb under the
standard ones (CONVENTIONS.md: "no auxiliaries, adverbs or addressees"), as written under
PolNeAR's, whose annotators keep them. Needs the pinned spaCy pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

TEXT = "Bridge to reopen\n\nThe city's mayor, Jane Ortiz, has also said that the bridge will reopen in May."


def cues_of(nlp: Language, conventions: str) -> list[tuple[str, str | None]]:
    [result] = list(process_articles([Article(id="a", text=TEXT)], nlp, conventions=conventions))
    assert isinstance(result, ArticleResult)
    return [(s.cue.text_of(TEXT), s.cue_lemma) for s in result.statements if s.cue is not None]


def test_under_the_standard_conventions_a_rule_cue_is_its_verb(nlp: Language) -> None:
    assert cues_of(nlp, "standard") == [("said", "say")]


def test_under_polnear_conventions_a_rule_cue_keeps_its_auxiliary_and_adverb(nlp: Language) -> None:
    assert cues_of(nlp, "polnear") == [("has also said", "say")]


def test_the_rules_provenance_records_the_conventions_its_cues_were_written_under(nlp: Language) -> None:
    extractors = {}
    for conventions in ("standard", "polnear"):
        [result] = list(process_articles([Article(id="a", text=TEXT)], nlp, conventions=conventions))
        assert isinstance(result, ArticleResult) and result.provenance is not None
        extractors[conventions] = result.provenance.extractor
    assert extractors == {"standard": "rules", "polnear": "rules, polnear conventions"}
