"""Source phrases split into the parts that decide whom they name."""

from __future__ import annotations

import pytest

from quotegraph.resolve.phrases import parse_source


@pytest.mark.parametrize(
    ("source", "head", "possessor", "modifiers", "complement", "appositive"),
    [
        ("Carlisle's father, Tom", "father", "Carlisle", "", "", "Tom"),
        ("A spokesperson for Highland Council", "spokesperson", "", "", "Highland Council", ""),
        ("A Kremlin spokesman", "spokesman", "", "Kremlin", "", ""),
        ("His office", "office", "His", "", "", ""),
        ("the IMF's latest report", "report", "the IMF", "latest", "", ""),
        ("Kemi Badenoch, the party leader", "badenoch", "", "Kemi", "", "the party leader"),
        ("Mick Lynch, 62, the union's leader", "lynch", "", "Mick", "", "62"),
        ("researchers mostly from Penn State University", "researchers", "", "", "Penn State University", ""),
        ("scientists from China's Tsinghua", "scientists", "", "", "China's Tsinghua", ""),
        ("Part of the judge's statement", "statement", "Part of the judge", "", "", ""),
        ("researchers from Pennsylvania State University (Penn State)", "researchers", "", "", "Pennsylvania "
         "State University ", ""),  # a bracket names no one in apposition
    ],
)
def test_a_source_phrase_splits_into_head_possessor_modifiers_complement_and_appositive(
    source: str, head: str, possessor: str, modifiers: str, complement: str, appositive: str
) -> None:
    phrase = parse_source(source)

    assert phrase.head == head
    assert (phrase.possessor.text, phrase.modifiers.text) == (possessor, modifiers)
    assert (phrase.complement.text, phrase.appositive.text) == (complement, appositive)
    # Every part is a range of the phrase itself.
    for part in (phrase.possessor, phrase.modifiers, phrase.complement, phrase.appositive):
        assert source[part.start : part.end] == part.text


def test_the_preposition_before_the_complement_is_kept() -> None:
    assert parse_source("A report by the IMF").preposition == "by"
    assert parse_source("Recent polls in Virginia").preposition == "in"
    assert parse_source("researchers mostly from Penn State").preposition == "from"


def test_a_documents_agent_and_a_participle_before_its_preposition() -> None:
    phrase = parse_source("a survey published in 2017 by the Royal Pharmaceutical Society")

    assert phrase.head == "survey"
    assert phrase.agent.text == "the Royal Pharmaceutical Society"


@pytest.mark.parametrize(
    "source",
    [
        "A Feb. 1 letter from the American Legion obtained by The Associated Press",
        "the inspector general's memo seen by Reuters",
        "a copy of the letter reviewed by The Post",
    ],
)
def test_who_got_hold_of_a_document_is_no_agent_of_it(source: str) -> None:
    assert parse_source(source).agent.text == ""


def test_who_got_hold_of_a_document_is_no_complement_of_it() -> None:
    phrase = parse_source("A previously undisclosed email obtained by Citizens United")

    assert (phrase.head, phrase.complement.text, phrase.preposition) == ("email", "", "")
    assert parse_source("a survey published by the Royal Society").complement.text == "the Royal Society"


def test_an_irregular_participle_after_a_document_is_no_head() -> None:
    phrase = parse_source("a message sent from the mayor's phone")

    assert (phrase.head, phrase.preposition) == ("message", "from")
    assert phrase.complement.text == "the mayor's phone"
    assert parse_source("a letter written by Jo Park").head == "letter"


@pytest.mark.parametrize(
    ("source", "head", "agent"),
    [
        ("a memo posted online by Senator Ann Ruiz", "memo", "Senator Ann Ruiz"),
        ("data released Friday by state regulators", "data", "state regulators"),
        ("a poll released Sunday night by the Tribune", "poll", "the Tribune"),
        ("Guidelines recently issued by the agency", "guidelines", "the agency"),
        ("The report published Tuesday", "report", ""),
    ],
)
def test_a_document_released_at_a_time_or_online_keeps_its_head(source: str, head: str, agent: str) -> None:
    phrase = parse_source(source)

    assert (phrase.head, phrase.agent.text) == (head, agent)


def test_a_time_after_a_participle_makes_no_other_noun_a_document() -> None:
    assert parse_source("disclosures filed Sunday night by the group").head == "night"
    assert parse_source("the man arrested Friday by police").head == "friday"


def test_of_inside_an_institutions_name_ends_no_head() -> None:
    phrase = parse_source("Florida Department of Transportation official Troy Roberts")
    named = parse_source("Citizens for Tax Justice", names=[(0, 24)])

    assert phrase.head == "roberts"
    assert named.head == "justice"
    assert parse_source("Doug Miller of Milltech Marine").head == "miller"


def test_a_phrase_that_is_itself_a_possessor_names_the_owner() -> None:
    phrase = parse_source("The president's")  # "[The president's] claims of fraud"
    assert (phrase.head, phrase.determiner, phrase.core.text) == ("president", "the", "president")
    assert parse_source("the ministers'").head == "ministers"
    assert parse_source("Carlisle's father").possessor.text == "Carlisle"  # unchanged inside a phrase
