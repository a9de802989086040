"""Complements and layouts a cue reports through, beyond the clause after it: a gerund, a
passive clause after a circumstance, a tag before its clause, a relative pronoun, a participle
with its agent. Texts written for the test."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement


def found(nlp, text: str) -> list[Statement]:  # type: ignore[no-untyped-def]
    return extract_statements(nlp(text), article_id="t")


def described(statement: Statement, text: str) -> tuple[str, list[str], str | None]:
    """(cue, content parts, source) as written."""
    return (
        statement.cue.text_of(text) if statement.cue else "",
        [part.text_of(text) for part in statement.content],
        statement.source.text_of(text) if statement.source else None,
    )


REPORTED = [
    # (text, cue, content parts, source)
    (
        "Police said in a statement that two men had been arrested.",
        "said",
        ["that two men had been arrested"],
        "Police",
    ),
    (
        "The company said in a filing that profits fell.",
        "said",
        ["that profits fell"],
        "The company",
    ),
    (
        "The engineers reported finding a crack in the main beam.",
        "reported",
        ["finding a crack in the main beam"],
        "The engineers",
    ),
    (
        "The company announced closing two of its plants.",
        "announced",
        ["closing two of its plants"],
        "The company",
    ),
    (
        "In an interview, the singer said as a child she was taught by her grandmother.",
        "said",
        ["as a child she was taught by her grandmother"],
        "the singer",
    ),
    (
        "The newspaper reported on Friday, sales had fallen by a third.",
        "reported",
        ["sales had fallen by a third"],
        "The newspaper",
    ),
    (
        "Because the fund was never approved, argues the lawsuit, the transfer breaks the law.",
        "argues",
        ["Because the fund was never approved", "the transfer breaks the law"],
        "the lawsuit",
    ),
    ("Talks are continuing, she said.", "said", ["Talks are continuing"], "she"),
    ("The coach was accused of bullying players, which he denied.", "denied", ["which"], "he"),
    (
        "The fire began in what investigators called a deliberate attack.",
        "called",
        ["what", "a deliberate attack"],
        "investigators",
    ),
    (
        "They were given access to what she described as emergency funds.",
        "described",
        ["what", "as emergency funds"],
        "she",
    ),
    (
        "The ship followed a course described by the coastguard as erratic.",
        "described",
        ["a course", "as erratic"],
        "the coastguard",
    ),
    (
        "The jet, reported by local media as a military aircraft, crashed near the airport.",
        "reported",
        ["The jet", "as a military aircraft"],
        "local media",
    ),
    (  # what it is called, hung off the agent
        "The suspect, described by police as a loner, fled.",
        "described",
        ["The suspect", "as a loner"],
        "police",
    ),
    (  # what it is called, made a clause opened by "as"
        "The man, reported by The Guardian as convicted of assaults, fled.",
        "reported",
        ["The man", "as convicted of assaults"],
        "The Guardian",
    ),
    (
        "The driver, who was described by the police as drunk, was arrested.",
        "was described",
        ["who", "as drunk"],
        "the police",
    ),
    (  # a verb of criticism, as "castigated" and "scolded"
        "The union berated the board for its silence.",
        "berated",
        ["the board for its silence"],
        "The union",
    ),
    (  # the infinitive asked of the one called upon goes with them
        "The council called on residents to save water during the drought.",
        "called on",
        ["residents to save water during the drought"],
        "The council",
    ),
    (
        "The mayor was warned by the engineers about cracks in the bridge.",
        "was warned",
        ["cracks in the bridge"],
        "the engineers",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), REPORTED, ids=[c[0][:40] for c in REPORTED])
def test_what_the_cue_reports(nlp, text: str, cue: str, content: list[str], source: str) -> None:  # type: ignore[no-untyped-def]
    assert [described(s, text) for s in found(nlp, text)] == [(cue, content, source)]


def test_a_bare_what_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "It is not what voters want.") == []


def test_a_participle_with_its_agent_and_nothing_it_is_called_is_a_deed(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "Farmers grew crops supported by the government.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The flood killed 40 people, including, according to the ministry, 12 children.",
            ["12 children"],
            "the ministry",
        ),
        ("The group is small and, according to the police, dangerous.", ["dangerous"], "the police"),
        (
            "The talks failed, according to John Smith, a spokesman for the union.",
            ["The talks failed"],
            "John Smith, a spokesman for the union",
        ),
        (
            "The talks, according to the ministry, failed on Monday.",
            ["The talks", "failed on Monday"],
            "the ministry",
        ),
    ],
)
def test_according_to_reports_what_it_is_set_beside(nlp, text: str, content: list[str], source: str) -> None:  # type: ignore[no-untyped-def]
    assert [described(s, text) for s in found(nlp, text)] == [("according to", content, source)]



@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # Wikinews: the subject, the phrase before it and the aside after it hung off the coach
        (
            "According to the Afghan team's coach, Alireza Mehraban, in their first matchup, the Afghan"
            ' team\'s robot, named "Better Idea of Afghan Girls," scored one or two points for the alliance.',
            [
                "in their first matchup, the Afghan team's robot, named"
                ' "Better Idea of Afghan Girls," scored one or two points for the alliance'
            ],
            "the Afghan team's coach, Alireza Mehraban",
        ),
        (
            "According to early results of exit polls conducted by Edison Research, majorities of voters"
            " in all five states say they feel betrayed.",
            ["majorities of voters in all five states say they feel betrayed"],
            "early results of exit polls conducted by Edison Research",
        ),
        # a list inside the subject is one part of it
        (
            "According to early results of the exit polls conducted for the Associated Press by Edison"
            " Research, majorities of Democratic voters in Alabama, Georgia, Tennessee and Virginia want"
            " a continuation of his policies.",
            [
                "majorities of Democratic voters in Alabama, Georgia, Tennessee and Virginia want"
                " a continuation of his policies"
            ],
            "early results of the exit polls conducted for the Associated Press by Edison Research",
        ),
        # the verb has a subject of its own: only the phrase before it goes back to the clause
        (
            "According to Professor John Smith, who heads the department of surgery at the university, in the"
            " United States it is not customary to teach such skills.",
            ["in the United States it is not customary to teach such skills"],
            "Professor John Smith, who heads the department of surgery at the university",
        ),
        # a place tied to the person stays with the source
        (
            "According to Jane Roe, of the University of Texas, the vote failed.",
            ["the vote failed"],
            "Jane Roe, of the University of Texas",
        ),
    ],
)
def test_according_to_gives_back_the_subject_the_parser_hung_off_its_object(  # type: ignore[no-untyped-def]
    nlp, text: str, content: list[str], source: str
) -> None:
    phrases = [described(s, text) for s in found(nlp, text) if s.cue_lemma == "according to"]
    assert phrases == [("According to", content, source)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Both he and the mayor urged the fine be waived.",
            "urged",
            ["the fine be waived"],
            "Both he and the mayor",
        ),
        (
            "The residents asked the council be dissolved before the summer.",
            "asked",
            ["the council be dissolved before the summer"],
            "The residents",
        ),
        ("She told reporters the talks had failed.", "told", ["the talks had failed"], "She"),
        # the clause's verb read as a participle of its subject, taken for the object
        (
            "The committee argued the old rules needed to be changed.",
            "argued",
            ["the old rules needed to be changed"],
            "The committee",
        ),
    ],
)
def test_a_clause_whose_subject_was_read_as_the_object_keeps_it(  # type: ignore[no-untyped-def]
    nlp, text: str, cue: str, content: list[str], source: str
) -> None:
    assert [described(s, text) for s in found(nlp, text)] == [(cue, content, source)]


def test_a_source_keeps_the_bracket_that_closes_its_abbreviation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Food and Drug Administration (FDA) said the drug was safe."
    assert [described(s, text) for s in found(nlp, text)] == [
        ("said", ["the drug was safe"], "The Food and Drug Administration (FDA)")
    ]


def test_an_object_with_a_participle_of_its_own_is_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "wrote [the songs] featured in the film": a true participle, with nothing a finite verb takes."""
    assert found(nlp, "The composer wrote the songs featured in the film.") == []
