"""A deed disowned with "never" denies; a quotation forecasts in the opening sentence of a part; a
reported view ("he considered …", "she felt …") is a belief."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

CASES = [
    # reported speech: "he", "she", "it" is the speaker
    ("say", "said", False, "he never obtained access to the account", "deny"),
    ("respond", "responded", False, "that she never would have instructed an aide to do so", "deny"),
    ("say", "says", False, "He Never Pledged To Kill Family Members Of Terrorists", "deny"),
    ("declare", "declared", False, "that it had never provided the names to the police", "deny"),
    # the speaker's own "never" in a quotation's opening sentence
    ("say", "said", True, "“We have never expressed interest in collecting the firearm.”", "deny"),
    # what was never met with, thought or felt denies nothing
    ("say", "said", False, "he had never seen a crowd like it", "state"),
    ("say", "said", True, "“I never thought I would see this day.”", "state"),
    # a quotation's third person is someone else; a "never" later in it is one point of several
    ("say", "said", True, "“He's wanted to for a long time, and he never pulled the trigger.”", "state"),
    ("say", "said", True, "“Mendez was a true hero. He never sought the spotlight.”", "praise"),
    ("say", "said", True, "“They have never worked, and they are an abject failure.”", "accuse"),
    # a forecast opens the quotation; one in a later sentence tells what follows from it
    ("say", "said", True, "“The next hours will decide everything,”", "predict"),
    ("say", "said", True, "“We knew they wanted a scalp. I think they'll keep getting better.”", "state"),
    ("say", "said", True, "“They follow the evidence. They'll make a recommendation to me.”", "state"),
    ("say", "said", False, "the instructions say so, and the shots will do you no good", "predict"),
    # a view held, reported: it warns of no danger, whatever it is about
    ("say", "said", False, "he considered Rittenhouse a flight risk", "belief"),
    ("say", "says", False, "he feels he did great in the debate", "belief"),
    ("say", "said", False, "they felt betrayed by their own party's politicians", "accuse"),
    ("say", "said", False, "they were considering severing ties", "intention"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case[3][:40])
def test_disowned_deeds_and_opening_forecasts(case: tuple[str, str, bool, str, str]) -> None:
    lemma, cue, direct, content, act = case

    assert speech_act(lemma, cue, " ", " ", content, direct=direct) == (act, False)
