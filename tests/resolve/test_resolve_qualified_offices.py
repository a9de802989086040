"""Offices a description qualifies ("former", "vice") and a race's epithets: whom they take up."""

from __future__ import annotations

from resolve_records import name, resolve, said

from quotegraph.records import EntityKind


def test_a_qualified_office_is_never_the_one_holder_of_the_plain_office() -> None:
    text = (
        "Dana Whitlow's exile from politics goes on. Citing obligations at home, the former vice "
        "president's spokeswoman said Whitlow would skip the convention. In 2012 President Tom "
        "Reyes ran again."
    )
    statements = [
        said(
            text,
            "Whitlow would skip the convention",
            "said",
            "the former vice president's spokeswoman",
            "say",
        )
    ]
    mentions = [
        name(text, "Dana Whitlow"),
        name(text, "Whitlow", nth=1, subject=True),
        name(text, "President Tom Reyes"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Dana Whitlow", EntityKind.PERSON)


def test_a_vice_president_is_not_the_person_titled_president() -> None:
    text = (
        "Ann Ortiz spoke in Ohio. Later President Tom Reyes said the plant would stay open. "
        "The vice president said taxes were too high."
    )
    statements = [
        said(text, "the plant would stay open", "said", "President Tom Reyes", "say"),
        said(text, "taxes were too high", "said", "The vice president", "say", nth=1),
    ]
    mentions = [name(text, "Ann Ortiz"), name(text, "President Tom Reyes")]

    _, vice = resolve(text, statements, mentions)

    assert vice.speaker != "Tom Reyes"


def test_the_former_holder_is_not_the_one_the_article_titles_without_former() -> None:
    text = (
        "Former President Ann Ortiz campaigned for her son. President Tom Reyes met voters in "
        "Ohio. “Labels are for soup cans,” the former president said."
    )
    statements = [said(text, "Labels are for soup cans,", "said", "the former president", "say")]
    mentions = [name(text, "Former President Ann Ortiz"), name(text, "President Tom Reyes")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ann Ortiz"


def test_the_plain_office_is_not_the_one_the_article_titles_former() -> None:
    text = (
        "President Tom Reyes met voters in Ohio. Former President Ann Ortiz campaigned for her "
        "son. “We need jobs,” the president said."
    )
    statements = [said(text, "We need jobs,", "said", "the president", "say")]
    mentions = [name(text, "President Tom Reyes"), name(text, "Former President Ann Ortiz")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Reyes"


def test_a_race_s_epithet_passes_over_one_named_once_in_no_office_for_the_candidate() -> None:
    text = (
        "Ann Ortiz spoke in Ohio. Ortiz said the plant would stay open. Ortiz met voters. "
        "Counsel Tom Reyes wrote a letter on Tuesday. The review may prolong a fight that "
        "the presumptive Democratic nominee has tried to end, aides said."
    )
    statements = [
        said(text, "the plant would stay open", "said", "Ortiz", "say", nth=1),
        said(text, "a letter on Tuesday", "wrote", "Counsel Tom Reyes", "write"),
        said(text, "has tried to end", "tried", "the presumptive Democratic nominee", "try"),
    ]
    mentions = [
        name(text, "Ann Ortiz"),
        name(text, "Ortiz", nth=1),
        name(text, "Ortiz", nth=2),
        name(text, "Tom Reyes"),
    ]

    nominee = resolve(text, statements, mentions)[2]

    assert nominee.speaker == "Ann Ortiz"


def test_a_race_s_epithet_still_takes_up_a_senator_named_once() -> None:
    text = (
        "Sen. Tom Reyes responded first, attacking President Ann Ortiz. "
        "“We need new leadership,” the Republican presidential candidate said."
    )
    source = "the Republican presidential candidate"
    statements = [said(text, "We need new leadership,", "said", source, "say")]
    mentions = [name(text, "Sen. Tom Reyes"), name(text, "President Ann Ortiz", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Reyes"
