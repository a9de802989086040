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


def test_a_person_the_article_says_was_named_to_an_office_holds_it() -> None:
    text = (
        "Tom Keller was named coach of the club in May. Ann Ruiz welcomed the choice. "
        "The coach said the team would train harder."
    )
    statements = [said(text, "the team would train harder", "said", "The coach", "say")]
    mentions = [name(text, "Tom Keller"), name(text, "Ann Ruiz")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Keller"


def test_an_office_given_by_an_active_naming_verb_is_its_object_s_not_the_namer_s() -> None:
    text = (
        "Tom Keller named Ann Ruiz coach of the club in May. Keller welcomed the crowd. "
        "The coach said the team would train harder."
    )
    statements = [said(text, "the team would train harder", "said", "The coach", "say")]
    mentions = [name(text, "Tom Keller"), name(text, "Ann Ruiz", subject=False), name(text, "Keller", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Tom Keller"


def test_an_office_someone_may_take_is_not_theirs() -> None:
    text = (
        "President Ann Ruiz spoke on Monday. Critics asked what would have happened if Tom Keller had "
        "become president, or if Keller was elected president. The president said the economy was strong."
    )
    statements = [said(text, "the economy was strong", "said", "The president", "say")]
    mentions = [
        name(text, "President Ann Ruiz"),
        name(text, "Tom Keller", subject=True),
        name(text, "Keller", nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ann Ruiz"


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
