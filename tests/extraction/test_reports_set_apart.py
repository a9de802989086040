"""Reports beside one another: a semicolon or a contrasting word ends what a cue reports."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements

pytestmark = pytest.mark.usefixtures("nlp")


def attributions(nlp, text: str) -> list[tuple[list[str], str, str]]:  # type: ignore[no-untyped-def]
    """(content parts, cue, source) of each statement found in `text`."""
    return [
        (
            [part.text_of(text) for part in s.content],
            s.cue.text_of(text) if s.cue else "",
            s.source.text_of(text) if s.source else "",
        )
        for s in extract_statements(nlp(text), article_id="t")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the budget was balanced; the opposition disputed the figures, she added.",
            [
                (["the budget was balanced"], "said", "The minister"),
                (["the opposition disputed the figures"], "added", "she"),
            ],
        ),
        (
            "Officials said the bridge would reopen, with police saying the road was safe.",
            [
                (["the bridge would reopen"], "said", "Officials"),
                (["the road was safe"], "saying", "police"),
            ],
        ),
        (
            "Jones called the delay a scandal; Brown said the trains would run on Monday.",
            [
                (["the delay a scandal"], "called", "Jones"),
                (["the trains would run on Monday"], "said", "Brown"),
            ],
        ),
    ],
)
def test_a_report_before_a_semicolon_keeps_its_own_source(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert attributions(nlp, text) == expected


def test_a_clause_after_the_object_and_however_is_not_what_was_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The company denied the allegations of fraud, however, an audit later found the books were false."
    found = attributions(nlp, text)
    denied = [item for item in found if item[1] == "denied"]
    assert denied == [(["the allegations of fraud"], "denied", "The company")]


def test_a_tag_after_a_clause_with_a_semicolon_reports_both_halves(nlp) -> None:  # type: ignore[no-untyped-def]
    """No report of its own before the semicolon: the tag reports the whole of it."""
    text = "The road is closed; it will reopen on Friday, the council said."
    assert attributions(nlp, text) == [
        (["The road is closed; it will reopen on Friday"], "said", "the council")
    ]


def test_a_trailing_according_to_keeps_the_whole_report_and_the_report_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """The phrase reports the whole report (PolNeAR's outermost attribution), and the report
    with a source of its own stays too: the Wikinews gold gives it to the mayor."""
    text = "The mayor said the budget was balanced, according to the local paper."
    assert attributions(nlp, text) == [
        (["The mayor said the budget was balanced"], "according to", "the local paper"),
        (["the budget was balanced"], "said", "The mayor"),
    ]


def test_a_clause_before_a_colon_is_not_the_object_verbs_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three countries have helped in such searches before: "
        "all three offered naval support after a ferry sank in 2012."
    )
    assert attributions(nlp, text) == [(["naval support"], "offered", "all three")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The two states signed a treaty, according to which boats from either side may enter the bay.",
            "boats from either side may enter the bay",
        ),
        (
            "The council published a plan according to which the bridge will close in June.",
            "the bridge will close in June",
        ),
    ],
)
def test_according_to_which_reports_the_relative_clause(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    assert attributions(nlp, text) == [([content], "according to", "which")]


def test_a_clause_of_purpose_is_not_what_was_declared(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The states sued over the emergency the president declared last Friday so he could fund a fence."
    assert attributions(nlp, text) == []


def test_a_fronted_participle_without_subject_is_not_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a press release issued the following day, the ministry denounced the plan."
    assert attributions(nlp, text) == [(["the plan"], "denounced", "the ministry")]


def test_an_adverb_yet_inside_the_reported_clause_sets_nothing_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Democrats had put the biggest crack yet in the glass ceiling for women, she said."
    assert attributions(nlp, text) == [
        (["Democrats had put the biggest crack yet in the glass ceiling for women"], "said", "she")
    ]


def test_a_verb_after_as_with_an_object_of_its_own_does_not_tag_the_clause_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The debate was heated, as Democrats attacked Republicans for the delays."
    found = attributions(nlp, text)
    assert (["The debate was heated"], "attacked", "Democrats") not in found
    assert (["Republicans for the delays"], "attacked", "Democrats") in found


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply in the spring, as the Times reported.",
        "Prices rose sharply in the spring, as she put it.",
    ],
)
def test_a_verb_after_as_without_an_object_of_its_own_tags_the_clause_before(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert attributions(nlp, text)[0][0] == ["Prices rose sharply in the spring"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary spent 1.15% of its GDP on defence in 2018; NATO guidelines call for 2%.",
            (["2%"], "call for", "NATO guidelines"),
        ),
        (
            "The story never ran; my editor argued the piece made Obama look too good.",
            (["the piece made Obama look too good"], "argued", "my editor"),
        ),
        (
            "Carson seems to know his weakness — he told the AP that his task is to prove he is tough.",
            (["that his task is to prove he is tough"], "told", "he"),
        ),
    ],
)
def test_a_clause_broken_off_before_the_verbs_own_subject_is_not_its_content(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    """A semicolon, colon or dash before the subject ends a sentence of its own: the verb after it
    reports only what follows it (PolNeAR train: 58 of 62 statements changed hold the gold's content)."""
    found = attributions(nlp, text)
    assert expected in found
    first_sentence = text[: min(text.index(mark) for mark in ";—" if mark in text)].strip()
    assert not any(first_sentence in part for parts, _, _ in found for part in parts)


def test_a_quotation_closed_before_the_tag_is_still_reported_across_its_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    """The closing quotation mark, not the colon inside, is what stands before the tag."""
    quotation = "“Our popularity is strong enough to win states we usually lose: Michigan, Ohio,”"
    found = attributions(nlp, f"{quotation} Mr. Trump said.")
    assert found and found[0][0] == [quotation]


@pytest.mark.parametrize(
    "text",
    [
        "Prices will rise next year; the minister said so on Monday.",
        "Prices will rise next year — the minister indicated as much in an email.",
    ],
)
def test_so_or_as_much_after_the_verb_takes_up_the_clause_before_the_break(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert attributions(nlp, text)[0][0] == ["Prices will rise next year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: "
            '"The Radical Left Democrats have failed on all fronts."',
            [
                (["the subpoena as a political strategy"], "attacking", "Trump"),
                (['"The Radical Left Democrats have failed on all fronts."'], ":", "Trump"),
            ],
        ),
        (
            'Olsen saw a ceasefire as the only way to end the fighting: "Both armies should stop '
            'where they stand and talk."',
            [
                (["a ceasefire as the only way to end the fighting"], "saw", "Olsen"),
                (['"Both armies should stop where they stand and talk."'], ":", "Olsen"),
            ],
        ),
    ],
)
def test_a_quotation_after_the_colon_that_closes_a_cues_object_is_a_statement_of_its_own(  # type: ignore[no-untyped-def]
    nlp, text, expected
) -> None:
    assert attributions(nlp, text) == expected


def test_the_quotation_after_an_object_in_a_relative_clause_has_the_cues_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Another was tour manager Thomas Gray, 24, who cited only his experience with the sport of "
        'rugby: "One in, all in. I did what any Londoner would do and tried to put a stop to it."'
    )
    quotation = '"One in, all in. I did what any Londoner would do and tried to put a stop to it."'
    assert attributions(nlp, text) == [
        (["only his experience with the sport of rugby"], "cited", "who"),
        ([quotation], ":", "who"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The teacher asked the class: "Who has read the book?"',
            [(['"Who has read the book?"'], "asked", "The teacher")],
        ),
        (
            'The palace issued the following statement from the king: "Even though she relinquished '
            'her title, she still retains her status as a member of the dynasty."',
            [
                (
                    ['"Even though she relinquished her title, she still retains her status as a '
                     'member of the dynasty."'],
                    "issued",
                    "The palace",
                )
            ],
        ),
    ],
)
def test_an_object_spoken_to_or_standing_for_the_quotation_leaves_it_to_the_cue(  # type: ignore[no-untyped-def]
    nlp, text, expected
) -> None:
    assert attributions(nlp, text) == expected
