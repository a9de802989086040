"""Reading text for the parser: hard-wrapped paragraphs, without a model."""

from __future__ import annotations

import pytest

from quotegraph.nlp import as_read, unwrap_lines, with_plain_marks

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


def test_a_text_wrapped_to_its_width_is_hard_wrapped_whatever_words_end_its_lines() -> None:
    # Most lines end on a name or a full stop, not in mid-sentence: the lines' fill tells.
    text = (  # wrapped at 64 characters
        "As of yesterday, Bangladesh's Institute of Epidemiology, Disease\n"
        "Control and Research (IEDCR) said 17 people had died of\n"
        "COVID-19. In a briefing, the director of IEDCR, Dr Meerjady\n"
        "Sabrina Flora, said the fatalities included four males and one\n"
        "female.\n\n"
        "The NBA suspended its season.\n"
    )
    unwrapped = unwrap_lines(text)
    assert "Disease Control" in unwrapped and "Meerjady Sabrina" in unwrapped
    assert "died of COVID-19. In a briefing" in unwrapped
    assert unwrapped.endswith("female.\n\nThe NBA suspended its season.\n")


def test_short_lines_of_equal_length_are_not_a_wrap() -> None:
    text = (
        "Ana Ruiz, the mayor of Leeds\nTom Berg, the mayor of Hull\n"
        "Li Wei, the mayor of York\nJo Ng, the mayor of Bath\n\nEnd."
    )
    assert unwrap_lines(text) == text


def test_as_read_makes_double_quotes_and_apostrophes_in_words_plain_one_for_one() -> None:
    text = "“We’ll rebuild it,” said O’Brien, Bangladesh’s envoy.\nHe called it ‘a pledge’."
    read = as_read(text)
    assert len(read) == len(text)
    assert read == "\"We'll rebuild it,\" said O'Brien, Bangladesh's envoy.\nHe called it ‘a pledge’."


def test_with_plain_marks_makes_every_quotation_mark_and_apostrophe_plain_one_for_one() -> None:
    text = "“We’ll rebuild it,” said the envoys’ leader.\nHe called it ‘a pledge’."
    plain = with_plain_marks(text)
    assert len(plain) == len(text)
    assert plain == "\"We'll rebuild it,\" said the envoys' leader.\nHe called it 'a pledge'."
