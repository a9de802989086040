from __future__ import annotations

import pytest
from resolve_records import name, pronoun, resolve, said

from quotegraph.records import EntityKind
from quotegraph.resolve.kinds import guess_kind


@pytest.mark.parametrize(
    "name",
    ["Northfield Transit Authority", "Regional Aviation Administration", "Joint Task Force North",
     "Harbour Safety Board", "AT T", "NTSB"],
)
def test_unlabelled_institution_heads_and_initialisms_are_organisations(name: str) -> None:
    assert guess_kind(name) is EntityKind.ORGANISATION


@pytest.mark.parametrize("name", ["Okafor", "Maren Holt", "J K"])
def test_unlabelled_names_without_such_words_stay_people(name: str) -> None:
    assert guess_kind(name) is EntityKind.PERSON


def test_a_name_labelled_org_in_two_sentences_is_a_body_though_it_opens_with_a_given_name() -> None:
    text = "Grace Harbour listed the ship on Monday. Later, Grace Harbour said the ship had left."
    statements = [said(text, "the ship had left", "said", "Grace Harbour", "say", source_nth=1)]
    mentions = [name(text, "Grace Harbour", "ORG"), name(text, "Grace Harbour", "ORG", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Grace Harbour"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_given_name_still_makes_a_person_of_a_name_labelled_org_once() -> None:
    text = "Grace Harbour said the ship had left."
    statements = [said(text, "the ship had left", "said", "Grace Harbour", "say")]

    [statement] = resolve(text, statements, [name(text, "Grace Harbour", "ORG")])

    assert statement.speaker_kind is EntityKind.PERSON


def test_a_second_field_the_recogniser_took_for_a_person_stays_in_the_body_name() -> None:
    text = "The Carver School of Marine and Polar Science said the ice is thinning."
    source = "The Carver School of Marine and Polar Science"
    statements = [said(text, "the ice is thinning", "said", source, "say")]
    mentions = [name(text, "Carver School of Marine", "ORG"), name(text, "Polar Science", "PERSON")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Carver School of Marine and Polar Science"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_an_occupation_before_a_name_the_recogniser_labelled_org_makes_a_person() -> None:
    text = "Voter Kitty Lam told reporters the queue was long."
    statements = [said(text, "the queue was long", "told", "Voter Kitty Lam", "tell")]

    [statement] = resolve(text, statements, [name(text, "Voter Kitty Lam", "ORG")])

    assert statement.speaker == "Kitty Lam"
    assert statement.speaker_kind is EntityKind.PERSON


@pytest.mark.parametrize("name", ["Wall Street", "Madison Avenue", "Silicon Valley"])
def test_unlabelled_streets_and_districts_are_places(name: str) -> None:
    assert guess_kind(name) is EntityKind.PLACE


def test_a_street_is_no_antecedent_of_she() -> None:
    text = 'Maren Holt spoke on Monday. Wall Street feared her plan. "No banker was charged," she noted.'
    statements = [said(text, "No banker was charged,", "noted", "she", "note")]
    mentions = [name(text, "Maren Holt"), name(text, "Wall Street", None), pronoun(text, "she")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Maren Holt"


def test_a_team_named_after_its_leader_is_a_body_that_takes_none_of_the_leaders_mentions() -> None:
    text = (
        "Holt's chance. Team Holt sees the vote as a second chance for Maren Holt. "
        "Later, Holt said the vote was fair."
    )
    statements = [said(text, "the vote was fair", "said", "Holt", "say", source_nth=2)]
    mentions = [
        name(text, "Holt", None, subject=False),
        name(text, "Team Holt", None),
        name(text, "Maren Holt", subject=False),
        name(text, "Holt", nth=3),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Maren Holt"
