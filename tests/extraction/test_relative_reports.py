"""A relative clause with a subject of its own whose cue takes an object reports the noun it
modifies: "a plan that Buttigieg proposed", "a process Zapata described as being tricky" (the
Wikinews gold's content is the noun, with what it is called). "which he denied" keeps its
pronoun as the content, and a clause whose subject is the relative pronoun reports as before.
Texts written for the test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Some senators have revisited the reform that the governor proposed during his campaign.",
            ("the reform", "proposed", "the governor"),
        ),
        (
            "The pilot landed on a boat twice, a manoeuvre the pilot described as being tricky.",
            ("a manoeuvre", "described", "the pilot"),
        ),
    ],
)
def test_the_modified_noun_is_reported(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


def test_a_relative_pronoun_object_other_than_that_stays_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("which", "denied", "he") in found(nlp, "These are the charges which he denied.")


def test_a_relative_clause_with_an_object_of_its_own_reports_that_object(nlp) -> None:  # type: ignore[no-untyped-def]
    statements = found(nlp, "The council met the mayor who announced a new budget on Monday.")
    assert all(content != "the mayor" for content, _, _ in statements)
