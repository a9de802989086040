"""A pronoun whose cue interrupts its content takes up no one named in the content before it."""

from __future__ import annotations

from dataclasses import replace

from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import MentionKind
from quotegraph.resolve.pronouns import _parts_before_source


def test_a_name_in_the_content_before_an_interposed_cue_is_not_who_says_it() -> None:
    text = (
        "Frank Luntz said the campaign had failed. "
        "The slogan feels bloodless next to the appeals of Donald Trump, he said."
    )
    first = said(text, "the campaign had failed", "said", "Frank Luntz", "say")
    content = "The slogan feels bloodless next to the appeals of Donald Trump"
    second = said(text, content, "said", "he", "say", nth=1)
    slogan = replace(name(text, "The slogan", None), kind=MentionKind.NOMINAL, head=span(text, "slogan"))
    trump = name(text, "Donald Trump", subject=False)
    mentions = [name(text, "Frank Luntz"), slogan, trump, pronoun(text, "he")]

    [_, statement] = resolve(text, [first, second], mentions)

    assert statement.speaker == "Frank Luntz"


def test_the_subject_a_content_opens_with_may_be_who_says_it() -> None:
    text = (
        "Arianna Gil said the city had changed. "
        "Samantha Olivieri found skating to be a salve for her depression, she said."
    )
    first = said(text, "the city had changed", "said", "Arianna Gil", "say")
    content = "Samantha Olivieri found skating to be a salve for her depression"
    second = said(text, content, "said", "she", "say", nth=1)
    mentions = [name(text, "Arianna Gil"), name(text, "Samantha Olivieri"), pronoun(text, "she")]

    [_, statement] = resolve(text, [first, second], mentions)

    assert statement.speaker == "Samantha Olivieri"


def test_an_unnamed_plural_in_the_content_before_an_interposed_cue_is_not_who_says_it() -> None:
    text = (
        "Mr. Rubio's advisers conceded that it had been a difficult night. "
        "With one more day until voters head to the polls, they argued, there was little time."
    )
    first = said(text, "it had been a difficult night", "conceded", "Mr. Rubio's advisers", "concede")
    second = said(text, "With one more day until voters head to the polls", "argued", "they", "argue")
    second = replace(second, content=(*second.content, span(text, "there was little time")))
    advisers = replace(
        name(text, "Mr. Rubio's advisers", None), kind=MentionKind.NOMINAL, head=span(text, "advisers")
    )
    voters = replace(name(text, "voters", None), kind=MentionKind.NOMINAL, head=span(text, "voters"))
    mentions = [name(text, "Rubio"), advisers, voters, pronoun(text, "they")]

    [_, statement] = resolve(text, [first, second], mentions)

    assert statement.speaker != "voters"


def test_a_clause_that_frames_the_cue_is_no_content_before_it() -> None:
    text = "When Tom Ray arrived, he said the talks had failed."
    statement = said(text, "the talks had failed", "said", "he", "say")

    assert _parts_before_source(text, statement) == []


def test_words_between_a_content_and_its_source_leave_the_cue_outside_it() -> None:
    text = "The talks failed, Tom Ray wrote on Monday, and he said more."
    statement = said(text, "The talks failed", "said", "he", "say")

    assert _parts_before_source(text, statement) == []
