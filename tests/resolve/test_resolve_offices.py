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


def test_the_hospital_is_the_institution_just_named_bare() -> None:
    text = (
        "Navalny was flown to Berlin. Charité said in a statement that he would undergo tests. "
        "The hospital also asked for patience."
    )
    statements = [
        said(text, "that he would undergo tests", "said", "Charité", "say"),
        said(text, "patience", "asked for", "The hospital", "ask"),
    ]
    mentions = [
        name(text, "Navalny"),
        name(text, "Berlin", "GPE", subject=False, dep="pobj"),
        name(text, "Charité", "ORG"),
    ]

    statements = resolve(text, statements, mentions)

    assert statements[1].speaker == "Charité"
    assert statements[1].speaker_kind is EntityKind.ORGANISATION


def test_the_university_is_the_institution_just_named_bare() -> None:
    text = "Columbia defended the articles on Monday. The university said they were accurate."
    statements = [said(text, "they were accurate", "said", "The university", "say")]
    mentions = [name(text, "Columbia", "ORG"), name(text, "Monday", "DATE", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Columbia"


def test_the_hospital_with_no_body_named_before_stays_a_description() -> None:
    text = "Ana Ruiz was injured on Monday. The hospital said she was stable."
    statements = [said(text, "she was stable", "said", "The hospital", "say")]
    mentions = [name(text, "Ana Ruiz"), name(text, "Monday", "DATE", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "hospital"
