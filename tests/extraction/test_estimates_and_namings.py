"""Estimates and namings that report ("placed the toll in the hundreds", "classified it as
…", "lists Saha as belonging to the Air Force"), and uses of cue verbs that report nothing: a
life taken, a keeping, a work that "sees", a report asked about or supposed."""

from __future__ import annotations

import pytest

from quotegraph.extraction.objects import calls_its_object
from tests.extraction.docs import parsed_doc
from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The agency placed the death toll in the hundreds.",
            ("the death toll in the hundreds", "placed", "The agency"),
        ),
        ("Analysts put the cost at six billion euros.", ("the cost at six billion euros", "put", "Analysts")),
        (
            "The ministry placed three districts under a storm warning.",
            ("three districts under a storm warning", "placed", "The ministry"),
        ),
        (
            "The agency has classified the outbreak as an epidemic.",
            ("the outbreak as an epidemic", "has classified", "The agency"),
        ),
        ("The defendant has maintained his innocence.", ("his innocence", "has maintained", "The defendant")),
        (
            "The senator has long maintained the inquiry is what the committee already does.",
            ("the inquiry is what the committee already does", "maintained", "The senator"),
        ),
        ("“The plan is dead,” as the minister put it.", ("“The plan is dead,”", "put", "the minister")),
        (
            "The panel also criticized the move, recommending to keep the building a museum.",
            ("to keep the building a museum", "recommending", "The panel"),
        ),
    ],
)
def test_estimates_namings_and_stances_report(nlp, text, statement) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army placed the general under house arrest.",
        "After the vote, the army moved in, having first placed him under house arrest.",
        "She placed the flowers on the grave.",
        "Police identified the driver on Monday.",
        "The strike closed the port, putting pressure on the government.",
        "The flood claimed 300 lives.",
        "The challenger maintained her lead over the champion.",
        "The club has maintained top spot in the league.",
        "The reality show sees six strangers move into a flat together.",
        "The mayor did not say whether he supports the plan.",
        "If the court rules that the law is void, the tax goes.",
        "The minister posted a message on Facebook on Sunday.",
    ],
)
def test_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


def test_a_scene_set_by_a_preposition_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The party, which calls itself centrist, advocates in its constitution a cap on rents."
    assert ("a cap on rents", "advocates", "The party, which calls itself centrist,") in found(nlp, text)
    assert [content for content, _, _ in found(nlp, "She hinted in an interview at a second run.")] == []


def test_calls_its_object() -> None:
    called = parsed_doc(
        "They saw it as a trap.",
        [("They", "PRP", "nsubj", 1), ("saw", "VBD", "ROOT", 1), ("it", "PRP", "dobj", 1),
         ("as", "IN", "prep", 1), ("a", "DT", "det", 5), ("trap", "NN", "pobj", 3), (".", ".", "punct", 1)],
    )
    listed = parsed_doc(
        "They described it as follows.",
        [("They", "PRP", "nsubj", 1), ("described", "VBD", "ROOT", 1), ("it", "PRP", "dobj", 1),
         ("as", "IN", "prep", 1), ("follows", "VBZ", "pcomp", 3), (".", ".", "punct", 1)],
    )
    assert calls_its_object(called[1])
    assert not calls_its_object(listed[1])


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The database lists Saha as belonging to the Air Force and states it runs flights to Tehran.",
            ("Saha as belonging to the Air Force", "lists", "The database"),
        ),
        (
            "The first spray is made of grafted polymers, that Wang described as resembling human hairs.",
            ("that", "described", "Wang"),
        ),
    ],
)
def test_an_object_called_something_before_a_clause_hung_on_the_verb(  # type: ignore[no-untyped-def]
    nlp, text, statement
) -> None:
    assert statement in found(nlp, text), found(nlp, text)
