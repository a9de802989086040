"""Quotation-mark spans, without a model."""

from __future__ import annotations

import pytest

from quotegraph.extraction.quotes import find_quotations


def quoted(text: str) -> list[list[str]]:
    return [[part.text_of(text) for part in q.parts] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and “no”.", [["“yes”"], ["“no”"]]),
        ('She said "go" now.', [['"go"']]),
        ("Il a dit « non » hier.", [["« non »"]]),
        ("Er sagte „ja“ gestern.", [["„ja“"]]),
        ("Sie sagte ‹ nein › heute.", [["‹ nein ›"]]),
        ("Mr. Reid said ''do the right thing.''", [["''do the right thing.''"]]),
        ("“It’s ‘fake news,’ he said,” Jones recalled.", [["“It’s ‘fake news,’ he said,”"]]),
        ("A ‘single’ quote, but don’t split it.", [["‘single’"]]),
        # Mixed marks as typed: a straight mark closed by a curly one and the other way round,
        # with the other kind nested inside.
        ('"We will win,” she said.', [['"We will win,”']]),
        ("“We will win,\" she said.", [["“We will win,\""]]),
        ('“He said "no" twice,” she said.', [['“He said "no" twice,”']]),
        ('"They chanted “U-S-A!” all night." he said.', [['"They chanted “U-S-A!” all night."']]),
    ],
)
def test_quotation_marks_of_every_style_are_found(text: str, expected: list[list[str]]) -> None:
    assert quoted(text) == expected


def test_multi_paragraph_quote_reopens_each_paragraph_and_closes_once() -> None:
    text = "“First paragraph of the quote.\n\n“Second and last.”\n\nAfter."
    assert quoted(text) == [["“First paragraph of the quote.", "“Second and last.”"]]


def test_unbalanced_marks_never_fail_and_close_at_the_line_end() -> None:
    text = 'He said “this never closes\nNext line has a stray ” mark and a " too.'
    assert quoted(text) == [["“this never closes"]]


@pytest.mark.parametrize("text", ["", " ", "\u00a0", "\n\n", "”“", '"', "''", "‘"])
def test_degenerate_texts_give_no_error(text: str) -> None:
    find_quotations(text)
