"""Reading text for the parser: hard-wrapped paragraphs, without a model."""

from __future__ import annotations

import pytest

from quotegraph.nlp import unwrap_lines

WRAPPED = (
    "The mayor said on Tuesday that the bridge would be\n"
    "rebuilt by the end of the year, and that the city\n"
    "would pay for it.\n\n"
    "“We have no choice,” she told\n"
    "reporters.\n"
)


def test_a_hard_wrapped_text_reads_as_one_line_per_paragraph() -> None:
    unwrapped = unwrap_lines(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert unwrapped.split("\n\n") == [
        "The mayor said on Tuesday that the bridge would be rebuilt by the end of the year, "
        "and that the city would pay for it.",
        "“We have no choice,” she told reporters.\n",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "First paragraph.\nSecond paragraph.\nThird paragraph.",  # one line per paragraph
        "Headline On Two\nWords\n\nBody text.",
        "“Quote one.” ― Ana Ruiz\n“Quote two.” ― Tom Berg\n“Quote three.” ― Li Wei\n\nEnd.",
    ],
)
def test_line_breaks_between_paragraphs_stay(text: str) -> None:
    assert unwrap_lines(text) == text


def test_a_break_between_two_lower_case_words_is_a_wrap_in_any_text() -> None:
    text = "It was said that the\nbridge would close."
    assert unwrap_lines(text) == "It was said that the bridge would close."
