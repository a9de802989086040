"""Pleas: "pleaded guilty to [the charge]" is an attribution (CONVENTIONS.md, "What is an
attribution"), with the plea in the cue. Texts written for the test."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from tests.extraction.docs import parsed_doc
from tests.extraction.found import found


def test_the_charge_hung_off_the_plea_is_the_content() -> None:
    """The parser hangs "to" off "guilty", not the verb (the parse written by hand, as the pinned
    parser gave it)."""
    text = "McArthur pleaded guilty to each crime."
    doc = parsed_doc(
        text,
        [
            ("McArthur", "NNP", "nsubj", 1),
            ("pleaded", "VBD", "ROOT", 1),
            ("guilty", "JJ", "acomp", 1),
            ("to", "IN", "prep", 2),
            ("each", "DT", "det", 5),
            ("crime", "NN", "pobj", 3),
            (".", ".", "punct", 1),
        ],
    )
    [statement] = extract_statements(doc, article_id="t")
    assert statement.content[0].text_of(text) == "each crime"
    assert statement.cue is not None and statement.cue.text_of(text) == "pleaded guilty"
    assert statement.source is not None and statement.source.text_of(text) == "McArthur"


def test_a_negated_plea_keeps_not_in_the_cue() -> None:
    text = "Hoehn pled not guilty to two counts."
    doc = parsed_doc(
        text,
        [
            ("Hoehn", "NNP", "nsubj", 1),
            ("pled", "VBD", "ROOT", 1),
            ("not", "RB", "neg", 3),
            ("guilty", "JJ", "oprd", 1),
            ("to", "IN", "prep", 3),
            ("two", "CD", "nummod", 6),
            ("counts", "NNS", "pobj", 4),
            (".", ".", "punct", 1),
        ],
    )
    [statement] = extract_statements(doc, article_id="t")
    assert statement.content[0].text_of(text) == "two counts"
    assert statement.cue is not None and statement.cue.text_of(text) == "pled not guilty"


def test_a_plea_without_a_charge_reports_nothing() -> None:
    text = "Nassar pleaded guilty in November."
    doc = parsed_doc(
        text,
        [
            ("Nassar", "NNP", "nsubj", 1),
            ("pleaded", "VBD", "ROOT", 1),
            ("guilty", "JJ", "acomp", 1),
            ("in", "IN", "prep", 1),
            ("November", "NNP", "pobj", 3),
            (".", ".", "punct", 1),
        ],
    )
    assert extract_statements(doc, article_id="t") == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Nassar pleaded guilty in November to seven charges of sexual assault.",
            ("seven charges of sexual assault", "pleaded guilty", "Nassar"),
        ),
        (
            "Petraeus pleaded guilty to a misdemeanor charge of mishandling classified information.",
            ("a misdemeanor charge of mishandling classified information", "pleaded guilty", "Petraeus"),
        ),
    ],
)
def test_pleas_with_the_pinned_parser(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [statement]
