"""A court's finding of a wrong in law states it; other fault a court finds still accuses."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act
from quotegraph.resolve.court_findings import COURT, finds_fault_in_law


@pytest.mark.parametrize(
    ("source", "content", "act"),
    [("a U.S. District Court judge", "the law violated the Constitution and the Voting Rights Act", "state"),
     ("appeals courts", "that the law discriminated against African Americans and Hispanics", "state"),
     ("The opinion of the Court", "“the oath of office as governor is unconstitutional”", "state"),
     ("Supreme Court Justice Elena Kagan",
      "“not every corrupt act by state or local officials is a federal crime”", "state"),
     # fault beyond the law's words, or a source that is no court, still accuses
     ("The Supreme Court decision", "they did so for a political reason: to punish the mayor", "accuse"),
     ("the judge", "the officers acted unlawfully and lied to the inquiry", "accuse"),
     ("the Justice Department", "the company violated the sanctions", "accuse"),
     ("Democrats", "the law violated the Constitution", "accuse")],
)
def test_a_courts_finding_in_law_states(source: str, content: str, act: str) -> None:
    direct = content.startswith("“")
    assert speech_act("say", "said", " ", " ", content, direct=direct, source=source)[0] == act


def test_a_cue_that_accuses_keeps_its_act() -> None:
    assert speech_act("criticize", "criticised", " ", " ", "the police for acting unlawfully",
                      source="the judge")[0] == "accuse"


@pytest.mark.parametrize(
    ("source", "court"),
    [("Judge Miller's statement", True), ("the 9th Circuit Court of Appeals", True),
     ("Supreme Court Justice Elena Kagan", True), ("the U.S. Department of Justice", False),
     ("the Justice Department", False), ("the ruling party", False)],
)
def test_what_counts_as_a_court(source: str, court: bool) -> None:
    assert bool(COURT.search(source)) is court


def test_no_legal_fault_no_finding() -> None:
    assert not finds_fault_in_law("the judge", "the defendant lied")
