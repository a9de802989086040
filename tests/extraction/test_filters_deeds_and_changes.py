"""Cue verbs in uses that report nothing: deals signed, changes undergone, speech events counted."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


def cues(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.cue.text_of(text) for s in extract_statements(nlp(text), article_id="t") if s.cue]


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers met in Rome to sign an agreement to build a new railway.",
        "Last spring the two firms had signed a deal to share their delivery vans.",
        "Several provinces have seen a sharp rise in flu cases this winter.",
        "The region has seen a steady decline in tourism since the floods.",
        "The roads are dangerous: 2018 saw more than 11,000 recorded accidents.",
        "The spokesman answered a series of questions from reporters.",
    ],
)
def test_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The governor signed a decree banning fireworks.", "signed"),
        ("Critics saw the plan as a giveaway to landlords.", "saw"),
        ("The coach said he had seen a rise in injuries.", "said"),
    ],
)
def test_still_reports(nlp, text, cue) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Before the match, the club asked local residents and then closed the road.",
        "The catalogue does not, however, list any of the older models.",
    ],
)
def test_an_addressee_alone_or_a_negation_set_off_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "asked" not in cues(nlp, text) and "list" not in cues(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor asked residents to stay indoors.", "residents to stay indoors"),
        ("Before the vote, she asked the officials about the budget.", "the officials about the budget"),
        ("He asked them whether the road was safe.", "whether the road was safe"),
    ],
)
def test_what_was_asked_is_still_reported(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    found = extract_statements(nlp(text), article_id="t")
    assert [s.content[0].text_of(text) for s in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court ruled on the case last week.",
        "The senator spoke on trade at the dinner.",
        "The border massacres saw thousands of villagers killed.",
        "The war saw the city change hands four times.",
    ],
)
def test_a_topic_or_an_event_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The court ruled that the law was unlawful.", "ruled"),
        ("Critics saw the war as a mistake.", "saw"),
    ],
)
def test_a_ruling_or_a_view_still_reports(nlp, text, cue) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor also became known for his harsh treatment of critics.",
        "A short statement was issued the following day.",
    ],
)
def test_a_reputation_or_a_bare_time_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


def test_an_event_announced_is_still_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, "The board announced the election.") == ["announced"]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the parliament approved a bill legalising same-sex marriage.",
        "The measure must also be approved by the upper house, which the opposition controls.",
    ],
)
def test_an_approval_is_a_vote_and_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(cue.startswith(("approved", "must")) for cue in cues(nlp, text))


def test_an_approval_with_a_clause_still_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The regulator approved that the merger would go ahead."
    assert "approved" in cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian prime minister later congratulated Varadkar.",
        "The network's president apologized to Governor Reyes.",
        "Two more nations recognized Kosovo last year.",
    ],
)
def test_an_act_toward_someone_with_only_them_as_object_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor thanked the volunteers.", "thanked"),
        ("The coach agreed with the referee.", "agreed with"),
        ("The governor congratulated the team, saying it had earned the title.", "saying"),
    ],
)
def test_acts_that_still_report_through_the_one_named(nlp, text, cue) -> None:  # type: ignore[no-untyped-def]
    assert cue in cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some fans expressed their outrage on social media.",
        "The league expressed sadness and extended condolences.",
        "The embassy expressed its support.",
    ],
)
def test_a_feeling_put_into_words_about_nothing_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister expressed concern about the delays.",
        "She expressed confidence the ruling would be overturned.",
        "The two leaders expressed their willingness to help each other.",
        "The actress expressed her stance in support of the migrants.",
    ],
)
def test_a_feeling_about_something_still_reports(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "expressed" in cues(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thousands of protesters chanted slogans outside the complex.", False),
        ("The crowd were chanting her name.", False),
        ('They chanted slogans like "This is what democracy looks like!"', True),
        ('Protesters chanted "Lock him up".', True),
    ],
)
def test_a_chant_is_content_only_as_written_out(nlp, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert any(cue.endswith(("chanted", "chanting")) for cue in cues(nlp, text)) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency issued a statement saying the storm had weakened.",
            [("the storm had weakened", "saying", "The agency")],
        ),
        (
            "The ministry released a letter stating that the border would stay closed.",
            [("that the border would stay closed", "stating", "The ministry")],
        ),
        (
            'The company issued a statement saying "We are deeply sorry."',
            [('"We are deeply sorry."', "saying", "The company")],
        ),
    ],
)
def test_a_speech_event_gives_way_to_the_verb_saying_what_it_said(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


def test_a_speech_event_that_says_nothing_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "The agency issued a statement on Monday.") == []


def test_a_speech_event_keeps_what_it_carries_when_its_participle_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The judge issued a statement agreeing the issue should be decided by Congress."
    assert [cue for _, cue, _ in found(nlp, text)] == ["issued"]


def test_a_report_nested_in_a_speech_event_stays_nested_when_its_participle_takes_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (  # Wikinews, 2017-02-05
        "The Department of Homeland Security issued a statement saying they would comply with the"
        " order while the Department of Justice requested an emergency stay of the ruling."
    )
    assert found(nlp, text) == [
        ("they would comply with the order", "saying", "The Department of Homeland Security")
    ]
