"""Animacy: a "they" takes up people, bodies and groups of people, never a described thing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import EntityKind, MentionKind
from quotegraph.resolve.animacy import is_thing
from quotegraph.resolve.resolved import Speaker


@pytest.mark.parametrize(
    ("described", "kind"),
    [
        ("results", EntityKind.ARTIFACT),  # a document
        ("credible studies", EntityKind.ARTIFACT),
        ("polling", EntityKind.UNKNOWN),  # an activity
        ("That lobbying", EntityKind.UNKNOWN),
        ("spectacle of Mr. Netanyahu", EntityKind.UNKNOWN),  # one thing
        ("large body of work", EntityKind.UNKNOWN),
        ("their arguments", EntityKind.GROUP),  # acts named by a noun in -ment
        ("those accomplishments", EntityKind.GROUP),
    ],
)
def test_a_document_an_activity_or_one_thing_is_a_thing(described: str, kind: EntityKind) -> None:
    assert is_thing(Speaker(described, kind))


@pytest.mark.parametrize(
    ("described", "kind"),
    [
        ("protesters", EntityKind.GROUP),
        ("friends", EntityKind.UNKNOWN),  # plural: people or things, not read
        ("everybody", EntityKind.UNKNOWN),  # singular heads that stand for many people
        ("All of them", EntityKind.UNKNOWN),
        ("family", EntityKind.UNKNOWN),
        ("59 percent", EntityKind.UNKNOWN),
        ("those surveyed", EntityKind.UNKNOWN),  # a participle read as the head
        ("BATs active on social media", EntityKind.UNKNOWN),  # opens with a name
        ("book and the movie", EntityKind.UNKNOWN),  # two joined: plural
        ("ministry", EntityKind.ORGANISATION),  # a body
        ("departments", EntityKind.UNKNOWN),  # bodies named by a noun in -ment
        ("senior official", EntityKind.ANONYMOUS),
    ],
)
def test_people_bodies_and_what_may_be_either_are_no_things(described: str, kind: EntityKind) -> None:
    assert not is_thing(Speaker(described, kind))


def test_they_passes_over_a_document_that_spoke_last_to_the_people_named_before() -> None:
    text = (
        "Protesters gathered outside the hall. The results show that turnout fell. "
        "They said the vote was rigged."
    )
    statements = [
        said(text, "turnout fell", "show", "The results", "show"),
        said(text, "the vote was rigged", "said", "They", "say"),
    ]
    protesters = replace(name(text, "Protesters", None), kind=MentionKind.NOMINAL)
    results = replace(name(text, "The results", None), kind=MentionKind.NOMINAL, head=span(text, "results"))
    mentions = [protesters, results, pronoun(text, "They")]

    [_, statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Protesters"
