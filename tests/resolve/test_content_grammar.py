"""The acts a neutral cue's content performs by its grammar: the speaker's own aims, refusals and
denials, with the subject written out or contracted and the clause opening a quotation."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

INTENTION_CASES = [
    # content, direct → act: a hope, a decision, an attempt or a readiness of one's own deed aims
    ("she hopes to coach the junior team next season", False, "intention"),
    ("“I hope the weather holds,”", True, "belief"),  # a hope of what others do or what happens
    ("they have decided to move the festival to the harbour", False, "intention"),
    ("he would try to win the seat back", False, "intention"),
    ("“We're planning to open a second clinic,”", True, "intention"),
    ("“I am determined to finish what we started,”", True, "intention"),
    ("he was willing to meet the strikers", False, "intention"),
    ("“We're considering a move to the north,”", True, "intention"),
    ("“I'm open to a fresh vote,”", True, "intention"),
    ("she had no intention of leaving the party", False, "intention"),
    ("“We're trying to reach the families,”", True, "state"),  # an effort under way
    # a commitment of one's own is a promise, contracted too
    ("“I'm going to keep campaigning,”", True, "promise"),
]

DENIAL_CASES = [
    ("“We did not break any rules,”", True, "deny"),  # the clause opens the quotation
    ("“I didn't do anything illegal,”", True, "deny"),
    ("he had not done anything improper", False, "deny"),
    ("“That's simply not true,”", True, "deny"),
    ("the reports were categorically false", False, "deny"),
    ("the crew was largely made up of volunteers", False, "state"),
    ("she was not aware of the transfer", False, "deny"),
    ("“I knew nothing about the payments,”", True, "deny"),
    ("the club had played no part in the decision", False, "deny"),
    ("“I was not aware that the road had closed until noon,”", True, "deny"),
    ("“We deny every one of these claims,”", True, "deny"),
    ("she had refuted the charges in court", False, "deny"),
    ("“None of this is true,”", True, "deny"),
    ("“At no time did the club pay the agent,”", True, "deny"),
    ("“We have done nothing improper,”", True, "deny"),
    ("the published figures were inaccurate", False, "deny"),
]

REFUSAL_CASES = [
    ("“We reject this offer,”", True, "reject"),
    ("they turned down the settlement", False, "reject"),
    ("“We do not accept the result of this count,”", True, "reject"),
    ("“I don't agree with the referee,”", True, "reject"),
    ("“We are against any new tolls,”", True, "reject"),
    ("“A second referendum is not an option,”", True, "reject"),
    ("“That's not going to happen,”", True, "reject"),
    ("he said no to the merger talks", False, "reject"),
    # a present refusal of a stance rejects; a past one disowns it (deny)
    ("she did not support the merger", False, "deny"),
    # what others refuse, or a refusal described, is no refusal of the speaker's
    ("the proposal that the council rejected last year will return", False, "predict"),
]


@pytest.mark.parametrize("case", INTENTION_CASES + DENIAL_CASES + REFUSAL_CASES, ids=lambda case: case[0])
def test_the_grammar_of_an_aim_a_denial_or_a_refusal(case: tuple[str, bool, str]) -> None:
    content, direct, act = case

    assert speech_act("say", "said", " ", " ", content, direct=direct)[0] == act
