"""What a neutral cue's content does with "going to", vows of steadfastness, a win foretold, a body's
belief, a harm "can" bring, a proposal ruled out and a wrong not known of."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act

CASES = [
    # a refusal with "not going to"; a plan not held is left alone ("I'm not going to lie, …", "…
    # and I'm not going to ever call on you" scolds)
    ("said", True, "“I'm not going to resign from the board,”", "reject"),
    ("said", True, "“We are not going to accept that offer,”", "reject"),
    ("said", True, "“We're not going to let that stand,”", "reject"),
    ("said", True, "“I'm not going to lie, it was a tough week,”", "state"),
    # an inability foreseen refuses nothing
    ("said", False, "it would not be able to pay its players in March", "state"),
    ("said", True, "“We won't be able to keep the ferry running,”", "state"),
    ("said", True, "“We will not be bullied into this deal,”", "reject"),
    # reported "is going to" commits the speaker as "would" does; a movement commits no one (the
    # forecast tables still read its "going to", as before)
    ("said", False, "he is going to appeal the ruling", "promise"),
    ("said", False, "she's going to run for the Senate", "promise"),
    ("said", False, "they are going to schools to hand out leaflets", "predict"),
    # a win is foretold, not promised
    ("said", True, "“We will win this election,”", "predict"),
    ("said", False, "he would win the primary if turnout were high", "predict"),
    ("said", True, "“We're going to win this thing,”", "predict"),
    # contracted, of a thing or a name; not of a relative's antecedent
    ("said", True, "“It's going to rain all weekend,”", "predict"),
    ("said", True, "“Carolina's going to win that one,”", "predict"),
    ("said", True, "“I'm just a guy with common sense that's going to make us a fortune,”", "state"),
    ("said", True, "“We will rebuild the bridge,”", "promise"),
    # giving way sworn off vows; giving a thing up refuses
    ("said", True, "“We are here; we will not relent; we will not give up.”", "promise"),
    ("said", True, "“I will not waver on my commitment to the athletes,”", "promise"),
    ("said", False, "he would not give up his seat", "reject"),
    ("said", True, "“We will not back down,”", "reject"),
    # a body's belief, told by its spokesperson
    ("told", False, "police suspect the attackers had been radicalised online", "belief"),
    ("said", False, "police found the car abandoned near the border", "state"),
    # a harm "can" bring, said right after it
    ("said", True, "“The presence of foreign troops can be dangerous for the region,”", "warn"),
    ("said", True, "“Local management can help in the face of global stresses,”", "state"),
    ("said", False, "children may develop encephalitis, which can cause deafness", "state"),
    # a proposal ruled out
    ("said", True, "“Absolutely not,”", "reject"),
    ("said", True, "“There will be no deal without a border plan,”", "warn"),
    # a wrong not known of
    ("said", False, "she was unaware of the scheme", "deny"),
    # "let me" or "let's" before a verb of saying frames what follows, it asks nothing; the rest decides
    ("said", True, "“Let me be clear. The new timetable is working,”", "state"),
    ("said", True, "“Let's be honest about this: the depot was never going to close,”", "state"),
    ("said", True, "“Let me tell you, the club has a very loyal crowd,”", "state"),
    ("said", True, "“Let me put it this way,” … “I would not hire him again.”", "reject"),
    ("said", True, "“Let me be clear: the council must reopen the pool,”", "demand"),
    # a call to act or to let someone speak still asks
    ("said", True, "“Let me finish my answer,”", "demand"),
    ("said", True, "“Let's get the bridge built,”", "demand"),
    ("said", True, "“We won the vote. Let us build the new school,”", "demand"),
    # a need inside an infinitive calls on no one; the same need said of someone calls on them
    ("said", True, "“The delays have caused the drivers to have to wait for hours,”", "state"),
    ("said", True, "“The drivers have to wait for the new timetable,”", "demand"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case[2][:40])
def test_plans_vows_and_refusals_in_the_content(case: tuple[str, bool, str, str]) -> None:
    cue, direct, content, act = case
    assert speech_act("say" if cue == "said" else "tell", cue, " ", " ", content, direct=direct)[0] == act
