"""Report nouns with a possessor and a content: "the mayor's claims of fraud"."""

from __future__ import annotations

import pytest

from quotegraph.extraction import load_lexicon
from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To date, the mayor's claims of widespread fraud have not convinced the courts.",
            [("widespread fraud", "claims", "the mayor's")],
        ),
        (
            "Few voters believed his insistence that the accounts were in order.",
            [("that the accounts were in order", "insistence", "his")],
        ),
        (
            "The union's allegations of bullying prompted an inquiry.",
            [("bullying", "allegations", "The union's")],
        ),
        (
            "Commuters cheered the mayor's pledge to cut bus fares.",
            [("to cut bus fares", "pledge", "the mayor's")],
        ),
    ],
)
def test_a_report_noun_with_possessor_and_content(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Insurance claims rose sharply after the storm.",  # no possessor
        "Her claims were heard in court on Monday.",  # no content
        "Her insistence paid off in the end.",
        "His pledge was kept.",
        "The promise of spring lifted the mood.",
    ],
)
def test_a_report_noun_without_possessor_or_content_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


def test_the_lexicon_lists_report_nouns_with_their_forms() -> None:
    lexicon = load_lexicon("en")
    assert lexicon.noun_lemma("Allegations") == "allegation"
    assert "o" in lexicon.noun_relations["claim"] and "o" not in lexicon.noun_relations["insistence"]
    assert lexicon.noun_lemma("statement") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In his view, there are strong opportunities to become a surgeon without leaving Russia.",
            [("there are strong opportunities to become a surgeon without leaving Russia", "view", "his")],
        ),
        (
            "In her opinion, the most difficult part was the theory, and not English.",
            [("the most difficult part was the theory, and not English", "opinion", "her")],
        ),
    ],
)
def test_in_a_possessors_view_ascribes_the_clause_to_the_possessor(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He gave his view of the war in a long speech.",  # the noun names the view: no clause
        "Asked on Fox News who leads the party in his view, he said Ryan.",  # after the clause's verb
        'The chairman reflects this view in his comments:\n"The children born here are not citizens."',
    ],
)
def test_a_view_outside_the_head_of_a_clause_ascribes_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [cue for _, cue, _ in found(nlp, text) if cue in ("view", "opinion")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crews were already there when the police arrived, by the police's report.",
            [("The crews were already there when the police arrived", "report", "the police's")],
        ),
        (
            "By some estimates, the crowd topped half a million.",
            [("the crowd topped half a million", "By", "some estimates")],
        ),
        (
            "The city began a campaign against the flu that had, by reports, infected 4,200 residents.",
            [("infected 4,200 residents", "by", "reports")],
        ),
    ],
)
def test_a_by_phrase_of_account_ascribes_the_clause_it_qualifies(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parade was dampened by reports of an attack on the city.",  # a passive's agent
        "The motion passed by a count of five to four.",  # "of" a count of its own
        "He was named the winner by the official count on Friday.",  # not set off
    ],
)
def test_a_by_phrase_of_account_not_set_off_ascribes_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [cue for _, cue, _ in found(nlp, text) if cue.lower() in ("by", "count", "reports")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanders's point was that the nominee would also need the superdelegates.",
            [("that the nominee would also need the superdelegates", "point was", "Sanders's")],
        ),
        (
            "Their fear is that by the time their moment arrives, it could be too late.",
            [("that by the time their moment arrives, it could be too late", "fear is", "Their")],
        ),
        (  # the parser splits the hyphenated noun and hangs the possessor on its first part
            "The government's counter-argument was that prorogation is a political tool.",
            [("that prorogation is a political tool", "counter-argument was", "The government's")],
        ),
    ],
)
def test_a_stance_noun_as_subject_of_be_ascribes_its_that_clause(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cruz's strategy was to attach himself to the Tea Party.",  # a plan: not a stance noun
        "His point was to win the nomination outright.",  # a to-infinitive
        "The point was that nobody knew the rules.",  # no possessor
        "Her answer was brief and polite.",  # no clause
    ],
)
def test_a_stance_noun_without_possessor_or_that_clause_ascribes_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union walked out. Their argument: the pay rise would not cover inflation.",
            [("the pay rise would not cover inflation", "argument", "Their")],
        ),
        (
            "The council's conclusion: the bridge must close until it is repaired.",
            [("the bridge must close until it is repaired", "conclusion", "The council's")],
        ),
        (  # Wikinews, 2019-01-10
            "Smith had one more theory: Namse Bangdzod could be the victim of identity theft.",
            [("Namse Bangdzod could be the victim of identity theft", "had one more theory", "Smith")],
        ),
    ],
)
def test_a_stance_noun_before_a_colon_ascribes_the_clause_after_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The argument: the pay rise would not cover inflation.",  # no possessor: a heading
        "His message: peace and quiet.",  # no verb after the colon: a heading or a list
        "Rain fell all day, and in their message: the roads were closed.",  # not opening its sentence
        "After the storm the town had one concern: the roads were closed.",  # nor is "have"'s subject
    ],
)
def test_a_stance_noun_before_a_colon_without_possessor_or_clause_ascribes_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Support for mail-in voting also came from Senator Amy Klobuchar.",
            [("mail-in voting", "Support", "Senator Amy Klobuchar")],
        ),
        (
            "Criticism of the plan came from Democrats in the House.",
            [("the plan", "Criticism", "Democrats in the House")],
        ),
        (
            "Similar attributions of responsibility were made by the state news agency.",
            [("responsibility", "attributions", "the state news agency")],
        ),
    ],
)
def test_a_noun_of_expression_coming_from_someone_is_theirs(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Most of her support comes from women.",  # no "of" or "for": a following, not a statement
        "Support for the bill grew over the summer.",  # it comes from no one
        "The senator's criticism of the plan was sharp.",  # no "come from"
    ],
)
def test_a_noun_of_expression_that_comes_from_no_one_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []
