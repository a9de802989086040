"""What a cue's own object or clause does: a suggestion hedged with a modal of possibility claims, a
win declared claims, and an act noun after a cue's topic preposition is the cue's object."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

# (lemma, cue as written, content, act)
CASES = [
    # what may be so, put forward: a claim; a finding, a call or a modal of advice is not one
    ("suggest", "suggested", "the elephant may have tried to eat a cracker", "claim"),
    ("suggest", "suggested", "the algae might render the coral's defences less effective", "claim"),
    ("suggest", "suggested", "that the new rule could be challenged in court", "claim"),
    ("suggest", "suggested", "the driver lost control on the bend", "state"),
    ("suggest", "suggested", "the council must act before winter", "demand"),
    ("suggest", "suggested", "the council pay for the repairs", "demand"),
    ("suggest", "suggested", "the ministry might want to reconsider the plan", "state"),
    ("suggest", "suggested", "the ministry might do well to wait", "state"),
    # "would" commits or forecasts, it is left to the content
    ("suggest", "suggested", "they would only offer conditional support", "promise"),
    # a modal after the clause's opening sentence belongs elsewhere
    ("suggest", "suggested", "the fire started in the kitchen. Others may disagree", "state"),
    # a hedged content that does more than claim keeps its act
    ("suggest", "suggested", "the new policy could lead to more deaths", "warn"),
    # a win declared is claimed; a measure declared is put in force
    ("declare", "declared", "victory in the Democratic race", "claim"),
    ("declare", "declared", "a narrow win for the governor", "claim"),
    ("proclaim", "proclaimed", "victory", "claim"),
    ("declare", "declared", "a state of emergency", "demand"),
    ("declare", "declared", "the outbreak a pandemic", "state"),
    # an act noun after the cue's topic preposition is what the cue tells of
    ("tweet", "tweeted about", "its intention to hold a themed event that evening", "intention"),
    ("write", "wrote of", "her fear of losing the house", "belief"),
    ("tweet", "tweeted", "its intention was clear to everyone", "state"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[1]} {case[2][:40]}")
def test_the_act_of_a_surmise_a_win_or_a_topic(case: tuple[str, str, str, str]) -> None:
    lemma, cue, content, act = case
    assert speech_act(lemma, cue, "They ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("source", "act"),
    [("Findings", "state"), ("A new national poll", "state"), ("Some historical evidence", "state"),
     ("Forest officials", "claim"), ("The researchers", "claim")],
)
def test_what_evidence_suggests_it_shows(source: str, act: str) -> None:
    content = "the disparity might skew the population models"
    assert speech_act("suggest", "suggested", " ", " ", content, source=source)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [
        # a hope that another party will act asks it to, "would hope" as "hope", a name with full stops
        ("“We hope the U.S. will also listen to the other countries.”", "demand"),
        ("“I would hope that Congress will act before the recess,”", "demand"),
        ("“I would hope that Congress will be wiser,”", "state"),
    ],
)
def test_a_hope_that_another_party_will_act(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("cue", "content", "act"),
    [
        ("expressed", "dismay at the council's treatment of the tenants", "accuse"),
        ("expressed", "uncertainty about repealing the law before a replacement is ready", "belief"),
        ("voiced", "reservations about the new budget", "belief"),
    ],
)
def test_nouns_of_dismay_and_doubt(cue: str, content: str, act: str) -> None:
    lemma = "express" if cue == "expressed" else "voice"
    assert speech_act(lemma, cue, "They ", " ", content)[0] == act
