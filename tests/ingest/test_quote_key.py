from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotegraph.dedup import quote_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("“We will win,”", '"we will win."'),
        ("We  will\nwin", "we will win"),
        ("“Don’t go,” … “Stay.”", "\"don't go stay\""),
        ("‘Ｆｕｌｌ width’", "full width"),
        ("«Wir werden gewinnen»", "wir werden GEWINNEN!"),
    ],
)
def test_same_quote_in_other_typography_has_the_same_key(first: str, second: str) -> None:
    assert quote_key(first) == quote_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("its fine", "it's fine"), ("we will win", "we will not win"), ("re-form", "reform"), ("4.5%", "45%")],
)
def test_different_words_give_different_keys(first: str, second: str) -> None:
    assert quote_key(first) != quote_key(second)


def test_key_is_readable_words() -> None:
    assert quote_key("“We have been patient for eleven months,” ") == "we have been patient for eleven months"


@given(st.text())
def test_key_is_idempotent(text: str) -> None:
    assert quote_key(quote_key(text)) == quote_key(text)


@given(st.text(), st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", " ", "\n", ",", "."]))
def test_marks_and_spacing_around_a_quote_do_not_change_its_key(text: str, mark: str) -> None:
    assert quote_key(f"{mark}{text}{mark}") == quote_key(f" {text} ")
