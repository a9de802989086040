"""Source phrases split into the parts that decide whom they name."""

from __future__ import annotations

import pytest

from quotegraph.resolve.phrases import parse_source


@pytest.mark.parametrize(
    ("source", "head", "possessor", "modifiers", "complement", "appositive"),
    [
        ("Carlisle's father, Tom", "father", "Carlisle", "", "", "Tom"),
        ("A spokesperson for Highland Council", "spokesperson", "", "", "Highland Council", ""),
        ("A Kremlin spokesman", "spokesman", "", "Kremlin", "", ""),
        ("His office", "office", "His", "", "", ""),
        ("the IMF's latest report", "report", "the IMF", "latest", "", ""),
        ("Kemi Badenoch, the party leader", "badenoch", "", "Kemi", "", "the party leader"),
        ("Mick Lynch, 62, the union's leader", "lynch", "", "Mick", "", "62"),
    ],
)
def test_a_source_phrase_splits_into_head_possessor_modifiers_complement_and_appositive(
    source: str, head: str, possessor: str, modifiers: str, complement: str, appositive: str
) -> None:
    phrase = parse_source(source)

    assert phrase.head == head
    assert (phrase.possessor.text, phrase.modifiers.text) == (possessor, modifiers)
    assert (phrase.complement.text, phrase.appositive.text) == (complement, appositive)
    # Every part is a range of the phrase itself.
    for part in (phrase.possessor, phrase.modifiers, phrase.complement, phrase.appositive):
        assert source[part.start : part.end] == part.text


def test_the_preposition_before_the_complement_is_kept() -> None:
    assert parse_source("A report by the IMF").preposition == "by"
    assert parse_source("Recent polls in Virginia").preposition == "in"
