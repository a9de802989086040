"""What a cue's own object or clause does: a measure declared is put in force, an act noun after a
cue's topic preposition is the cue's object; a hope that another party will act; nouns of dismay and
doubt."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

# (lemma, cue as written, content, act)
CASES = [
    # a measure declared is put in force; a thing declared to be so is only said
    ("declare", "declared", "a state of emergency", "demand"),
    ("declare", "declared", "the outbreak a pandemic", "state"),
    # an act noun after the cue's topic preposition is what the cue tells of
    ("tweet", "tweeted about", "its intention to hold a themed event that evening", "intention"),
    ("write", "wrote of", "her fear of losing the house", "belief"),
    ("tweet", "tweeted", "its intention was clear to everyone", "state"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[1]} {case[2][:40]}")
def test_the_act_of_a_declaration_or_a_topic(case: tuple[str, str, str, str]) -> None:
    lemma, cue, content, act = case
    assert speech_act(lemma, cue, "They ", " ", content)[0] == act


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


@pytest.mark.parametrize(
    ("cue", "content", "act"),
    [
        # a confident expectation of what will come forecasts it, the noun in the cue or opening the object
        ("expressed confidence", "the ruling would be overturned on appeal", "predict"),
        ("expressed", "confidence that the ruling would be overturned on appeal", "predict"),
        ("voiced", "confidence that the mayor would be easy to beat in a debate", "predict"),
        ("expressed", "pessimism that the talks would get anywhere", "predict"),
        # confidence in someone, or a view of the present, only believes
        ("expressed", "confidence in the new coach", "belief"),
        ("expressed", "optimism about the state of the economy", "belief"),
    ],
)
def test_a_confident_expectation_forecasts(cue: str, content: str, act: str) -> None:
    lemma = "voice" if cue == "voiced" else "express"
    assert speech_act(lemma, cue, "They ", " ", content)[0] == act
