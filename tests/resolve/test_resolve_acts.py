"""Speech acts from the cue and its context; negation and hedges."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

CASES = [
    # lemma, cue as written, clause before the cue, text after it, content → act, negated
    ("say", "said", " ", " ", "the talks failed", "state", False),
    ("say", "said", " ", " ", "“Why now?”", "ask", False),
    ("ask", "asked", " ", " his rival", "whether she would raise taxes", "ask", False),
    ("ask", "asked", " ", " Congress", "to approve the aid", "demand", False),
    ("tell", "told", " ", " them", "to leave the building", "demand", False),
    ("tell", "told", " ", " Zelenskyy", "that Germany would help", "state", False),
    ("rule", "ruled out", " ", " ", "new taxes", "reject", False),
    ("rule", "rule out", " did not ", " ", "new taxes", "state", True),
    ("rule", "rule out", " wouldn't ", " ", "new taxes", "state", True),
    ("deny", "deny", " did not ", " ", "that talks had failed", "state", True),
    ("deny", "denied", " ", " ", "that he had seen the memo", "deny", False),
    ("reject", "reject", " appeared to ", " ", "the offer", "state", False),
    ("threaten", "threatened", " may have ", " ", "a response", "state", False),
    ("call", "called", " ", " for ", "a ceasefire", "demand", False),
    ("urge", "urged", " ", " allies", "to spend more", "demand", False),
    ("praise", "praised", " ", " ", "Trump's efforts", "praise", False),
    ("criticise", "criticised", " ", " ", "the plan", "accuse", False),
    ("accuse", "accused", " ", " ", "Moscow of stalling", "accuse", False),
    ("warn", "warned", " ", " ", "rents would double", "warn", False),
    ("promise", "promised", " ", " ", "owners would not pay", "promise", False),
    ("agree", "agreed", " ", " ", "to the terms", "agree", False),
    ("predict", "predicted", " ", " ", "a recovery", "predict", False),
    ("expect", "expects", " ", " ", "growth to recover", "predict", False),
    ("believe", "believes", " ", " ", "inflation has peaked", "belief", False),
    ("want", "wants", " ", " ", "to hold rates", "intention", False),
    ("insist", "insisted", " ", " ", "the plan works", "claim", False),
    ("question", "questioned", " ", " ", "the decision", "accuse", False),
    ("question", "questioned", " ", " ", "whether it was legal", "ask", False),
    ("according to", "according to", " ", " ", "profits fell", "state", False),
    ("blurt", "blurted", " ", " ", "something", "state", False),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[2].strip()} {case[1]} {case[4]}".strip())
def test_speech_act(case: tuple[str, str, str, str, str, str, bool]) -> None:
    lemma, cue, before, after, content, act, negated = case

    assert speech_act(lemma, cue, before, after, content) == (act, negated)
