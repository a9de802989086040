"""What extraction reports as no attribution, with why, for the learned path (CONVENTIONS.md)."""

from __future__ import annotations

from typing import Any

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import Rejection


def rejected(nlp: Any, text: str) -> list[tuple[str, str]]:
    rejections: list[Rejection] = []
    extract_statements(nlp(text), article_id="t", rejections=rejections)
    return [(r.span.text_of(text), r.reason) for r in rejections]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company did not say whether it would appeal.", ("say", "negated")),
        ("The attacker is reported to have climbed onto the stage.", ("reported", "passive")),
        ("The hijab was banned in 2010.", ("banned", "passive")),
        ("Two people were reportedly hurt in the blast.", ("reportedly", "reportedly")),
        ("When asked about the budget, the mayor left the room.", ("asked about", "asked")),
        ("The two ministers signed the agreement on Friday.", ("signed", "deed")),
        ("Priests are required to report abuse to the police.", ("report", "unasserted")),
        ("When asked to condemn the attack, the mayor left the room.", ("condemn", "unasserted")),
    ],
)
def test_a_use_that_reports_nothing_is_reported_with_its_reason(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in rejected(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would appeal.",
        "The plan was announced by the ministry on Friday.",
        "She does not think the plan will work.",
        "The minister reportedly said the plan would fail.",
        "The nurses reportedly argue that the wards are understaffed.",
        "The farmers were reportedly worried about the drought.",
        "The staff were reportedly angry that the pay rise had been cut.",
        "Two people died in the fire in Lagos, local media reported on Sunday.",  # tagged as a participle
    ],
)
def test_a_report_is_not_rejected(nlp: Any, text: str) -> None:
    words = {word for word, _ in rejected(nlp, text)}
    assert not words & {"said", "announced", "think", "reportedly", "reported"}


def test_the_turns_of_an_interview_transcript_are_rejected_as_regions(nlp: Any) -> None:
    lines = ["((WN)) Why penguins?", "NG: We think they are a good sign.", "((WN)) Now?", "NG: We count."]
    text = "\n\n".join(lines) + "\n"
    turns = [span for span, reason in rejected(nlp, text) if reason == "interview turn"]
    assert turns == lines


def test_a_turn_runs_over_the_unlabelled_paragraphs_before_the_next_label(nlp: Any) -> None:
    lines = ["((WN)) Why penguins?", "NG: We think so.", "They told us so.", "((WN)) Now?", "NG: We count."]
    text = "\n\n".join(lines) + "\n\nThe count ends in May.\n"
    turns = [span for span, reason in rejected(nlp, text) if reason == "interview turn"]
    assert turns == [lines[0], "NG: We think so.\n\nThey told us so.", lines[3], lines[4]]


def test_nothing_is_collected_unless_asked_and_the_statements_are_the_same(nlp: Any) -> None:
    text = "The company did not say whether it would appeal. The mayor said taxes would fall."
    rejections: list[Rejection] = []
    doc = nlp(text)
    assert extract_statements(doc, rejections=rejections) == extract_statements(doc)
    assert rejections
