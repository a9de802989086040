"""Unnamed plural subjects: a "they" takes up "Mexican officials", not the last named speaker."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import EntityKind, MentionKind
from quotegraph.resolve.resolved import Speaker
from quotegraph.resolve.unnamed_plurals import several_people


@pytest.mark.parametrize(
    ("described", "head", "several"),
    [
        ("Mexican officials", "officials", True),
        ("Clinton's aides", "aides", True),
        ("people familiar with the talks", "people", True),
        ("Many members", "members", True),
        ("senior official", "official", False),  # one person
        ("spokesman for the ministry", "spokesman", False),
    ],
)
def test_an_anonymous_plural_names_several(described: str, head: str, several: bool) -> None:
    assert several_people(Speaker(described, EntityKind.ANONYMOUS), head) is several


@pytest.mark.parametrize(
    ("described", "head", "several"),
    [
        ("protesters", "protesters", True),  # a group by what its people do
        ("critics", "critics", True),
        ("Such efforts", "efforts", False),  # a group of things
        ("Responses", "responses", False),
    ],
)
def test_a_group_names_several_people_by_a_word_for_people(described: str, head: str, several: bool) -> None:
    assert several_people(Speaker(described, EntityKind.GROUP), head) is several


def test_they_takes_up_anonymous_officials_named_as_a_subject_since_the_last_speaker() -> None:
    text = (
        "El Universal reported that the mood had changed. "
        "Mexican officials conducted polling in the United States. "
        "The outreach, they said, raised new worries."
    )
    statements = [
        said(text, "the mood had changed", "reported", "El Universal", "report"),
        said(text, "The outreach, they said, raised new worries", "said", "they", "say"),
    ]
    officials = replace(
        name(text, "Mexican officials", None), kind=MentionKind.NOMINAL, head=span(text, "officials")
    )
    mentions = [name(text, "El Universal", "ORG"), officials, pronoun(text, "they")]

    [_, statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Mexican officials"
    assert statement.speaker_kind is EntityKind.ANONYMOUS
