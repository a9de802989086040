""""he said, repeating his remarks": a participle set off from a report whose object only names
words said, with no clause or quotation of its own, reports nothing new (filters.names_words_only,
nesting.py). Texts written for the test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        (  # the participle only names the words said again: no report of its own
            '"We don\'t seek to exclude anyone from energy cooperation", he said, repeating his '
            "January 2 remarks made at the signing ceremony.",
            [('"We don\'t seek to exclude anyone from energy cooperation"', "said", "he")],
        ),
        (
            '"It doesn\'t have a lick of impact on how you live," Mr. Clinton said, emphasizing '
            "those last three words.",
            [('"It doesn\'t have a lick of impact on how you live,"', "said", "Mr. Clinton")],
        ),
        (  # a clause under the noun says what was said: a report
            "Khalif said some of her rhetoric has been patronizing, noting her comments to a radio "
            "host in which she said she keeps hot sauce.",
            [
                ("some of her rhetoric has been patronizing", "said", "Khalif"),
                ("her comments to a radio host in which she said she keeps hot sauce", "noting", "Khalif"),
            ],
        ),
    ],
)
def test_a_participle_naming_words_said_reports_nothing_new(  # type: ignore[no-untyped-def]
    nlp, text: str, statements: list[tuple[str, str, str]]
) -> None:
    assert found(nlp, text) == statements
