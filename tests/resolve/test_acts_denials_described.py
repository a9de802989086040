"""The words of a denial that describe a noun deny nothing: in a relative or temporal clause ("a
candidate who had not accepted money"), or as an adjective that qualifies its noun ("killed innocent
villagers", "a kidney disease, unrelated to the crash"). Said of a subject they still deny. And two cue
verbs that do an act: a court's ruling undone rejects, a right reserved intends."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import act_lemma, speech_act

CASES = [
    # a relative or temporal clause tells what its noun is or did
    ("say", "said", False, "voters wanted a mayor who had not accepted money from developers", "state"),
    ("say", "said", False, "the list named several clerks who had no role in the audit", "state"),
    ("say", "said", False, "the fine was imposed on a driver who had nothing to do with the crash", "state"),
    ("say", "said", True, "“Inspectors call on firms when they have not received a complaint.”", "state"),
    # an adjective before its noun, or set off by a comma after it
    ("say", "said", False, "the shelling had wounded innocent villagers", "state"),
    ("say", "said", False, "in an unrelated case, two clerks were fined", "state"),
    ("say", "said", False, "the singer died of a kidney disease, unrelated to the crash", "state"),
    ("say", "said", False, "the court entered a not guilty plea for him", "state"),
    # a verdict names its charge with "of"
    ("find", "found", False, "the driver, who had blamed the weather, not guilty of manslaughter", "deny"),
    # said of a subject, the same words deny
    ("say", "said", False, "he was innocent", "deny"),
    ("say", "said", False, "he is an innocent man", "deny"),
    ("say", "said", False, "the two fires were unrelated", "deny"),
    ("say", "said", True, "“My client is not guilty of these charges.”", "deny"),
    ("say", "said", False, "the mayor had nothing to do with the contract", "deny"),
    ("say", "said", False, "she had not accepted money from developers", "deny"),
    # a relative clause further on leaves the denial before it standing
    ("say", "said", False, "the claims were false, which is why he sued the paper", "deny"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case[3][:40])
def test_denials_that_describe_a_noun(case: tuple[str, str, bool, str, str]) -> None:
    lemma, cue, direct, content, act = case

    assert speech_act(lemma, cue, " ", " ", content, direct=direct) == (act, False)


# Cues whose verb does the act: a ruling undone rejects, a choice kept open intends. The learned
# path's cues come without a lemma; the cue's own words give it.
LEMMA_CASES = [
    (None, "overturned", "the convictions of the two aides", "reject"),
    ("quash", "quashed", "the deportation order", "reject"),
    ("overrule", "overruled", "the objection", "reject"),
    (None, "reserved", "the right to decide each case on its own", "intention"),
]


@pytest.mark.parametrize("case", LEMMA_CASES, ids=lambda case: case[1])
def test_rulings_undone_and_rights_reserved(case: tuple[str | None, str, str, str]) -> None:
    lemma, cue, content, act = case

    assert speech_act(act_lemma(lemma, cue), cue, " ", " ", content) == (act, False)
