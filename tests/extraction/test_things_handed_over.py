"""Cue verbs whose object is a thing handed over ("offered original artwork", "issued an
indemnity bond") or a question named and not put ("asked him a question"): deeds and speech
events without content, which report nothing. Texts written for the test, parsed by the pinned
pipeline."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement
from tests.extraction.found import found


@pytest.mark.parametrize(
    "text",
    [
        "A charity auction is offering original artwork by local painters.",
        "The state issued an indemnity bond last year.",
        "His lawyers posted a US$2 million bond.",
        "The airline will offer flights to three more cities.",
    ],
)
def test_a_thing_handed_over_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The weather service issued a hurricane warning for the coast.",
            ("a hurricane warning for the coast", "issued", "The weather service"),
        ),
        (
            "The general ordered the killing of the prisoners.",
            ("the killing of the prisoners", "ordered", "The general"),
        ),
        (
            "The governor ordered a quarantine of the town.",
            ("a quarantine of the town", "ordered", "The governor"),
        ),
        (
            "She offered a moving testimony about the war.",
            ("a moving testimony about the war", "offered", "She"),
        ),
        (
            "The agency issued a report finding that the river was unsafe.",
            ("a report finding that the river was unsafe", "issued", "The agency"),
        ),
        (
            "The state issued an indemnity bond to cover the loan.",
            ("an indemnity bond to cover the loan", "issued", "The state"),
        ),
        (
            "The senator offered some kind words about his rival.",
            ("some kind words about his rival", "offered", "The senator"),
        ),
        (
            "All three nations offered military assistance.",
            ("military assistance", "offered", "All three nations"),
        ),
        ("The mayor offered his condolences to the families.", ("his condolences", "offered", "The mayor")),
        ("The court issued a stay of the order.", ("a stay of the order", "issued", "The court")),
        (
            "The commission issued a cease and desist order to the network yesterday.",
            ("a cease", "issued", "The commission"),
        ),
        (
            "The commission issued a cease-and-desist order to the firm.",
            ("a cease-and-desist order", "issued", "The commission"),
        ),
    ],
)
def test_words_or_an_act_handed_over_stay(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "When the host asked him a question, he laughed.",
        "A woman in the audience rose to ask a question.",
        "She asked two questions before the vote.",
    ],
)
def test_a_question_named_and_not_put_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The anchor stood up to ask a question about immigration.",
            ("a question about immigration", "to ask", "The anchor"),
        ),
        (
            "The reporter asked a simple question: who will win the race?",
            ("a simple question: who will win the race", "asked", "The reporter"),
        ),
    ],
)
def test_a_question_with_what_it_asks_stays(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


def test_what_is_set_aside_keeps_its_source_and_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # resolve/ reads who did the deed as part of the discourse: "He" below may be the airline's man
    text = "The airline's chief, Tomas Reyes, offered flights to three cities. He said the fares will fall."
    set_aside: list[Statement] = []
    statements = extract_statements(nlp(text), article_id="t", set_aside=set_aside)

    assert [s.cue.text_of(text) for s in statements if s.cue] == ["said"]
    assert [(s.cue_lemma, s.source.text_of(text) if s.source else "") for s in set_aside] == [
        ("offer", "The airline's chief, Tomas Reyes,")
    ]
