"""Which place "the city" or "the town" as a source stands for (resolve/localities.py)."""

from __future__ import annotations

import pytest
from resolve_records import name, resolve, said

from quotegraph.resolve.localities import place_called
from quotegraph.resolve.phrases import parse_source


@pytest.mark.parametrize(
    ("before", "source", "expected"),
    [
        ("A water main broke in the US city of White Plains, New York. ", "the city", "White Plains"),
        ("Ferguson, a small town in Missouri, drew scrutiny. ", "The town", "Ferguson"),
        # the last place introduced with the same noun
        ("The city of Phoenix sued. The city of Tucson did not. ", "the city", "Tucson"),
        ("The town of Paradise burned. The city of Chico took in evacuees. ", "the town", "Paradise"),
        # no place introduced as a city; a source that says more than the noun; no definite article
        ("Emanuel faces challenges in the nation's third-largest city. ", "The city", None),
        ("The city of Phoenix sued. ", "the city council", None),
        ("The city of Phoenix sued. ", "the city's mayor", None),
        ("The city of Phoenix sued. ", "a city", None),
    ],
)
def test_the_city_is_the_place_the_article_introduced_as_a_city(
    before: str, source: str, expected: str | None
) -> None:
    found = place_called(parse_source(source), before + source + " said", len(before))

    assert (found.name if found else None) == expected


def test_the_city_as_a_source_speaks_for_the_city() -> None:
    text = (
        "A water main broke in the US city of White Plains, New York. "
        "The city stated the public works department had located the problem."
    )
    content = "the public works department had located the problem"
    statements = [said(text, content, "stated", "The city", "state")]
    mentions = [
        name(text, "White Plains", "GPE", subject=False),
        name(text, "New York", "GPE", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "White Plains"
