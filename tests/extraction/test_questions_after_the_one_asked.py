"""Recall shapes from the rules' "statement not found" misses (read95, PolNeAR train).

A question after the one asked: "asked workers [if they planned to attend]". The parser makes the
"if" clause adverbial, as if a condition, and the rules took the one asked for what was asked
(clauses._question_read_as_condition).

A tag whose verb's past is spelled as its base form: "“…,” read [the statement]" (the parser
reads an imperative and the statement as its object: sources._past_read_as_base_form), also
after a quoted clause that ends with a semicolon ("“…;” read the statement; “…”").

Texts written for the test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found

Statement = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "She waved, signed books and asked readers if they planned to attend the launch.",
            ("if they planned to attend the launch", "asked", "She"),
        ),
        (
            "During the interview, the paper asked the senator if he had been preparing for the job.",
            ("if he had been preparing for the job", "asked", "the paper"),
        ),
    ],
)
def test_the_if_clause_after_the_one_asked_is_the_question(nlp, text: str, statement: Statement) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a condition after another complement, not a question
        (
            "The council asked residents to stay indoors if the storm grew worse.",
            "residents to stay indoors if the storm grew worse",
        ),
        # a condition after what is asked for
        ("The mayor will ask the state for more money if the budget fails.", "the state for more money"),
    ],
)
def test_a_condition_after_another_complement_stays_a_condition(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, cue, _ in found(nlp, text) if "ask" in cue] == [content]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            '"We will raise the minimum wage," read the email. "And every vote counts."',
            ('"We will raise the minimum wage,"', "read", "the email"),
        ),
        (
            '"No troops were injured;" read the statement; "we will not be deterred by these attacks."',
            ('"No troops were injured;"', "read", "the statement"),
        ),
    ],
)
def test_read_after_a_quotation_tags_it(nlp, text: str, statement: Statement) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)
