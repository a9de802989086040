"""Cue verbs and relations the lexicon took from the rules' "statement not found" misses on
Wikinews (read95 and dev) and counted on PolNeAR train: an offer with a to-infinitive, an
insistence on something, a finding ("determined that…"), a vision ("envisioned the port as…").
Texts written for the test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The former mayor offered to pay the fines of the released inmates.",
            ("to pay the fines of the released inmates", "offered", "The former mayor"),
        ),
        (
            "The coach insisted on a fresh start for the whole team.",
            ("a fresh start for the whole team", "insisted on", "The coach"),
        ),
        (
            "An autopsy later determined the animal had been pregnant.",
            ("the animal had been pregnant", "later determined", "An autopsy"),
        ),
        (
            "The prime minister envisioned the new port as a hub for the region.",
            ("the new port as a hub for the region", "envisioned", "The prime minister"),
        ),
    ],
)
def test_the_verb_reports_its_content(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "determine" reports only a clause: its object is no finding said
        "The council determined the date of the next meeting.",
    ],
)
def test_what_is_determined_without_a_clause_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []
