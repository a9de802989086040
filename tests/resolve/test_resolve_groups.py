"""Counted plural descriptions ("both nations", "the two men") over hand-built records."""

from __future__ import annotations

from resolve_records import name, resolve, said


def test_all_three_nations_are_the_three_states_named_together_before() -> None:
    text = "Norway, Chile and Kenya have sent ships before. All three nations offered help on Monday."
    statements = [said(text, "help", "offered", "All three nations", "offer")]
    mentions = [name(text, "Norway", "GPE"), name(text, "Chile", "GPE"), name(text, "Kenya", "GPE")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Norway and Chile and Kenya"


def test_both_nations_are_the_states_of_two_leaders_named_by_office() -> None:
    text = (
        "On Monday, Chilean President Ana Soto and Kenyan President Paul Otieno spoke by phone. "
        "Then both nations said a treaty was near."
    )
    statements = [said(text, "a treaty was near", "said", "both nations", "say")]
    mentions = [name(text, "Chilean President Ana Soto"), name(text, "Kenyan President Paul Otieno")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Chile and Kenya"


def test_a_count_that_does_not_fit_the_names_before_names_nobody() -> None:
    text = "Tom Hale and Ray Moss met the mayor. The three men said the bridge must close."
    statements = [said(text, "the bridge must close", "said", "The three men", "say")]
    mentions = [name(text, "Tom Hale"), name(text, "Ray Moss")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Tom Hale and Ray Moss"


def test_the_two_men_are_the_two_people_named_together() -> None:
    text = "Tom Hale and Ray Moss met the mayor. The two men said the bridge must close."
    statements = [said(text, "the bridge must close", "said", "The two men", "say")]
    mentions = [name(text, "Tom Hale"), name(text, "Ray Moss")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Hale and Ray Moss"


def test_a_demonym_left_out_of_the_second_name_still_gives_its_state() -> None:
    text = (
        "Ecuador's State of Peru and Bolivia was signed. On Monday, Chilean President Ana Soto and "
        "Kenyan President Paul Otieno spoke by phone. Then both nations said a treaty was near."
    )
    statements = [said(text, "a treaty was near", "said", "both nations", "say")]
    mentions = [
        name(text, "Peru", "GPE"),
        name(text, "Bolivia", "GPE"),
        name(text, "Chilean President Ana Soto"),
        name(text, "President Paul Otieno"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Chile and Kenya"


def test_a_count_alone_is_the_two_named_together_last_of_one_kind() -> None:
    text = (
        "Tom Hale and Ray Moss met the mayor. Both said the bridge must close. "
        "Norway and Chile signed. The two of them said the sea was safe. "
        "Ana Soto, Paul Otieno and Li Wei met. The two said the talks failed."
    )
    statements = [
        said(text, "the bridge must close", "said", "Both", "say"),
        said(text, "the sea was safe", "said", "The two of them", "say"),
        said(text, "the talks failed", "said", "The two", "say"),
    ]
    mentions = [
        name(text, "Tom Hale"),
        name(text, "Ray Moss"),
        name(text, "Norway", "GPE"),
        name(text, "Chile", "GPE"),
        name(text, "Ana Soto"),
        name(text, "Paul Otieno"),
        name(text, "Li Wei"),
    ]

    speakers = [s.speaker for s in resolve(text, statements, mentions)]

    assert speakers[:2] == ["Tom Hale and Ray Moss", "Norway and Chile"]
    assert speakers[2] not in ("Ana Soto and Paul Otieno", "Paul Otieno and Li Wei")  # three named: no pair


def test_the_couple_is_the_two_people_named_together_also_with_ages_and_a_spouse_word() -> None:
    text = (
        "Tom Hale and Ana Ruiz met the mayor. The couple said the bridge must close. "
        "Later, at a camp on the island of Lesbos, Omar Haddad, 25, and his wife, Lina Saleh, 27, arrived. "
        "The couple said they were tired."
    )
    statements = [
        said(text, "the bridge must close", "said", "The couple", "say"),
        said(text, "they were tired", "said", "The couple", "say", source_nth=1),
    ]
    mentions = [
        name(text, "Tom Hale"),
        name(text, "Ana Ruiz"),
        name(text, "Lesbos", "GPE"),
        name(text, "Omar Haddad"),
        name(text, "Lina Saleh"),
    ]

    speakers = [s.speaker for s in resolve(text, statements, mentions)]

    assert speakers == ["Tom Hale and Ana Ruiz", "Omar Haddad and Lina Saleh"]
