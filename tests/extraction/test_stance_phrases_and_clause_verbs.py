"""Recall shapes taken from the rules' "statement not found" misses on Wikinews (read95 and dev)
and counted on PolNeAR train: a stance phrase whose holder an "of" phrase names ("In the analysis
of the institute, …") or that opens with "from" ("From his view, …"), and verbs that report a
clause only (hold, reason, share). Texts written for the test, parsed by the pinned
pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "In the analysis of the Institute for Economic Research, high costs make the plan unrealistic.",
            ("high costs make the plan unrealistic", "analysis", "the Institute for Economic Research"),
        ),
        (
            "In the view of the committee, the harbour plan was unrealistic.",
            ("the harbour plan was unrealistic", "view", "the committee"),
        ),
        (
            "From his view, this is a problem for the whole country.",
            ("this is a problem for the whole country", "view", "his"),
        ),
        (
            "In her analysis, the new bridge will cost twice as much.",
            ("the new bridge will cost twice as much", "analysis", "her"),
        ),
    ],
)
def test_a_stance_phrase_gives_its_holder_the_clause(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "From their view of the stage, the fans could see the whole band.",  # a sight, not a stance
        "In the view, the harbour looked calm.",  # no one holds it
    ],
)
def test_a_view_with_no_holder_or_of_a_thing_ascribes_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [cue for _, cue, _ in found(nlp, text) if cue == "view"] == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The court held that the new law was unconstitutional.",
            ("that the new law was unconstitutional", "held", "The court"),
        ),
        (
            "The board accepted the papers, reasoning that the candidate met the criteria.",
            ("that the candidate met the criteria", "reasoning", "The board"),
        ),
        (
            "The couple spoke to the crowd, sharing that every maker had learned from failure.",
            ("that every maker had learned from failure", "sharing", "The couple"),
        ),
    ],
)
def test_the_verb_reports_its_clause(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company held a rally that drew thousands.",
        "He held that position for ten years.",
        "They shared that video with their friends.",
        # their passive is a deed done, not a view said
        "The detainees are all being held by the militia.",
        "The video was shared by thousands of people.",
        # a clause without "that" is a thing done, not a view: "what it called…" is an event
        'The club announced its intention to hold what it called an "African cup" party.',
    ],
)
def test_the_verb_without_a_that_clause_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    cues = [cue for _, cue, _ in found(nlp, text)]
    assert not [cue for cue in cues if cue.split()[-1].startswith(("hold", "held", "shar"))]


def test_continuing_to_hold_an_event_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "continue" reports only through a report in its complement (filters._aspect_without_report)
    assert found(nlp, "He continued to hold campaign rallies across the state.") == []
