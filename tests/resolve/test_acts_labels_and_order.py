"""Round 35's accusations: a wrongdoer's name put on someone as a label, names of contempt, a
quotation that finds fault under a verb that says nothing of the act, a result short of a mark, and
the order in which a belief meets a call, an aim or an agreement."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act
from quotegraph.resolve.content_acts import act_of_content


@pytest.mark.parametrize(
    ("lemma", "cue", "content", "act"),
    [("call", "called", "Trump a “climate arsonist,”", "accuse"),
     ("call", "called", "the governor a “sociopath”", "accuse"),
     ("refer", "referred to", "Robart as a “so-called judge”", "accuse"),
     ("call", "called", "him a “so-called expert”", "accuse"),
     # a label no lexicon judges only names; a label that scores well praises
     ("call", "called", "Antifa an “idea.”", "state"),
     ("call", "called", "the mayor “a true friend of this city”", "praise")],
)
def test_a_wrongdoers_name_as_a_label_accuses(lemma: str, cue: str, content: str, act: str) -> None:
    assert speech_act(lemma, cue, " ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    # outside a label the same words name real offenders
    [("police said the arsonist fled on foot", "state"),
     ("the killers were never found", "state")],
)
def test_a_wrongdoers_name_outside_a_label_only_names(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Cruz is the real conservative and the governor is a crook,”", "accuse"),
     ("“They are crooks, all of them,”", "accuse"),
     ("“These Wall Street fat cats got their bailout,”", "accuse"),
     ("“He rules like a tyrant,”", "accuse"),
     ("“a world in meltdown, with dictators on the march,”", "accuse")],
)
def test_names_of_contempt_accuse(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("the agency failed to protect the children", "accuse"),
     ("the council failed to act on the warnings", "accuse"),
     # a result short of a mark blames no one
     ("the bill failed to pass the Senate", "state"),
     ("he had failed to win his party's nomination in 1992", "state"),
     ("the team failed to qualify for the final", "state")],
)
def test_a_result_short_of_a_mark_is_no_failing(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("lemma", "cue", "content", "act"),
    [("joke", "joked", "“Protesters, you're being ridiculous,”", "accuse"),
     ("conclude", "concludes", "“Nobody did this to them. They failed themselves.”", "accuse"),
     ("cry", "cry", "“but they're racist!”", "accuse"),
     # the same verbs with a quotation that finds no fault, and verbs that own or relay their words
     ("joke", "joked", "“I will be here all week,”", "state"),
     ("confess", "confessed", "“It was my fault, we failed to act,”", "state"),
     ("report", "reported", "“The regime is corrupt,”", "state"),
     # a quoted noun is the verb's object, and a wrong with no doer is alleged, not laid at a door
     ("list", "lists", "“public corruption as the agency's top criminal priority.”", "state"),
     ("cry", "are crying", "“fraud”", "state"),
     ("joke", "joked", "“The whole thing was rigged,”", "state")],
)
def test_a_quotation_that_finds_fault_accuses_under_any_verb(
    lemma: str, cue: str, content: str, act: str
) -> None:
    assert speech_act(lemma, cue, " ", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "direct", "act"),
    [# a reported belief that someone should act calls on them
     ("that he thinks children should speak with respect", False, "demand"),
     ("they believe the delegates should choose the winner of the most votes", False, "demand"),
     ("she believed he was innocent", False, "belief"),
     # a quotation the tagger took for reported speech keeps its own words
     ("“I think one has to ask, is this a priority for them?” the mayor said", False, "belief"),
     # a quotation that opens with a belief holds it, whatever aim or agreement it goes on to
     ("“I think she will. I think she's been clear that she's going to. We want to see the returns.”", True,
      "belief"),
     ("“I think the talks will go on. We support the deal.”", True, "belief"),
     ("“We want to see the returns. I think she will.”", True, "intention")],
)
def test_a_belief_meets_a_call_an_aim_or_an_agreement(content: str, direct: bool, act: str) -> None:
    assert act_of_content(content, direct=direct) == act
