"""The lexicon's lemma of a cue written out, as the learned path asks for it."""

from __future__ import annotations

import pytest

from quotegraph.extraction.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("cue", "lemma"),
    [("said", "say"), ("has also said", "say"), ("said:", "say"), ("Promised", "promise"),
     ("pointed out", "point"), ("according to", "according to"), ("pled", "plead"), ("the", None)],
)
def test_a_cue_takes_the_lemma_of_its_phrase_or_of_its_last_cue_verb(cue: str, lemma: str | None) -> None:
    assert load_lexicon("en").lemma_of_cue(cue) == lemma
