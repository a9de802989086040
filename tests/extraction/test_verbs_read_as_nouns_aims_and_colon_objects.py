"""A cue verb the parser tagged as a noun, and "look to" with a verb."""

from __future__ import annotations

import pytest

from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estimates by the Argentinian government state about 350 thousand illegal abortions are "
            "carried out in the country each year.",
            (
                "about 350 thousand illegal abortions are carried out in the country each year",
                "state",
                "Estimates by the Argentinian government",
            ),
        ),
        (
            "The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force "
            "and states it runs flights with Boeing 707s, but uses Boeing 747s for freight.",
            (
                "it runs flights with Boeing 707s, but uses Boeing 747s for freight",
                "states",
                "The Centre for Aviation's database of air carriers",
            ),
        ),
        (
            "The Sanders campaign projects that imposing a tax would raise $75 billion a year.",
            ("that imposing a tax would raise $75 billion a year", "projects", "The Sanders campaign"),
        ),
    ],
)
def test_a_cue_verb_tagged_as_a_noun_reports_the_rest_of_its_sentence(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", ["Obama's remarks on trade.", "The reports from the region."])
def test_a_report_noun_that_heads_a_fragment_stays_a_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


def test_a_look_to_a_deed_is_an_aim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Roosevelt looked to add justices that would interpret the Constitution."
    assert (
        "to add justices that would interpret the Constitution",
        "looked",
        "President Roosevelt",
    ) in found(nlp, text)


def test_looks_to_be_only_seems(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "It looks to be a close race.") == []


def test_a_look_with_no_aim_tags_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The candidates must file their reports on Sunday, as they look ahead to the next contests."
    assert found(nlp, text) == []
