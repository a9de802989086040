"""Offices of a named state: who "the president of Turkey" stands for."""

from __future__ import annotations

from resolve_records import name, resolve, said

from quotegraph.records import EntityKind


def test_the_president_of_a_state_is_not_another_president_named_nearer() -> None:
    text = (
        "President Franklin Roosevelt once warned of war. "
        "The president of Turkey vowed support for Azerbaijan."
    )
    statements = [said(text, "support for Azerbaijan", "vowed", "The president of Turkey", "vow")]
    mentions = [
        name(text, "President Franklin Roosevelt"),
        name(text, "Turkey", "GPE", subject=False, dep="pobj"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Turkey"
    assert statement.speaker_kind is EntityKind.STATE


def test_the_president_of_a_state_is_its_president_when_named() -> None:
    text = (
        "Turkish President Recep Erdogan met Joe Biden. "
        "The president of Turkey vowed support for Azerbaijan."
    )
    statements = [said(text, "support for Azerbaijan", "vowed", "The president of Turkey", "vow")]
    mentions = [
        name(text, "Turkish President Recep Erdogan"),
        name(text, "Joe Biden", subject=False),
        name(text, "Turkey", "GPE", subject=False, dep="pobj"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Recep Erdogan"
