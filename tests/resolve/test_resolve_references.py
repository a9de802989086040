"""What a source refers back to, through the pinned pipeline: initialisms, relative pronouns
after an age, groups named together, members named in a group, documents and the last-named
organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.process import process_articles
from quotegraph.records import Article, EntityKind, Statement

pytestmark = pytest.mark.model


def statements_of(nlp: Language, text: str) -> list[Statement]:
    [result] = list(process_articles([Article(id="a", text=text)], nlp))
    return list(result.statements)  # type: ignore[union-attr]


def speaker_of(nlp: Language, text: str, source: str) -> Statement:
    found = [s for s in statements_of(nlp, text) if s.source and s.source.text_of(text) == source]
    assert found, f"no statement with source {source!r}"
    return found[0]


def test_an_initialism_in_capitals_is_the_body_it_abbreviates_never_a_pronoun(nlp: Language) -> None:
    text = (
        "The World Health Organization (WHO) met in Geneva on Monday. Later WHO said the virus "
        "was spreading fast."
    )
    statement = speaker_of(nlp, text, "WHO")

    assert statement.speaker == "World Health Organization"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_who_after_a_name_and_an_age_is_that_person(nlp: Language) -> None:
    text = (
        "One of the men who stopped the thief was chef Peter Olsen, 31, who cited only his "
        'training: "I did what anyone would do."'
    )

    assert speaker_of(nlp, text, "who").speaker == "Peter Olsen"


def test_they_takes_up_people_named_together_as_one_subject(nlp: Language) -> None:
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias met in "
        "Cairo on Monday. They concluded that the deal was void."
    )

    statement = speaker_of(nlp, text, "They")

    assert statement.speaker == "Sameh Shoukry and Nikos Dendias"
    assert statement.speaker_kind is EntityKind.GROUP


def test_a_person_met_in_a_relative_clause_joins_no_group(nlp: Language) -> None:
    text = (
        "Sarah Quinn, who met Tom Ellis and Ann Ruiz on Monday, said the deal was fair. "
        "They said it was done."
    )

    assert speaker_of(nlp, text, "They").speaker != "Sarah Quinn and Tom Ellis and Ann Ruiz"


def test_a_group_that_names_a_member_speaks_as_that_member(nlp: Language) -> None:
    text = "Many army officers, including General Ulysses Grant, believed the plan would fail."

    statement = speaker_of(nlp, text, "Many army officers, including General Ulysses Grant,")

    assert statement.speaker == "Ulysses Grant"


def test_the_study_itself_is_the_study(nlp: Language) -> None:
    text = (
        "The study was a joint project between Dr Karin Holm of the University of Oslo and Dr Pedro "
        "Alves of the Ocean Trust. The study itself outlined a link between warm water and "
        "algae."
    )

    statement = speaker_of(nlp, text, "The study itself")

    assert statement.speaker == "Karin Holm and Pedro Alves"


def test_a_research_paper_is_its_studys_named_author_not_a_body_named_since(nlp: Language) -> None:
    text = (
        "Last week a study appeared in a geology journal, carried out by Oxford University "
        "lecturer Dr Maria Lindqvist and colleagues, showing that glaciers can move uphill. "
        "The Arctic Survey Agency supplied the ice cores.\n\n"
        "The research paper noted that the cores were taken in winter."
    )

    assert speaker_of(nlp, text, "The research paper").speaker == "Maria Lindqvist"


def test_a_team_of_scientists_is_the_studys_lead_author(nlp: Language) -> None:
    text = (
        "In results published on Monday, an international team of scientists report that owls "
        "hunt by sound alone. Lead author Tomas Berglund of Lund University said the owls "
        "surprised everyone."
    )

    assert speaker_of(nlp, text, "an international team of scientists").speaker == "Tomas Berglund"


def test_a_document_named_with_its_issuer_speaks_for_the_issuer(nlp: Language) -> None:
    text = (
        "The World Health Organization (WHO) chose the name on Tuesday. Director-general Ana "
        "Ruiz said the name had to be short, per WHO guidelines set in 2015.\n\n"
        "The guidelines cite an earlier outbreak as an example of what not to do."
    )

    assert speaker_of(nlp, text, "The guidelines").speaker == "World Health Organization"


def test_the_publication_is_the_most_salient_outlet_named_before(nlp: Language) -> None:
    text = (
        "The Aviation Herald reported that a jet flown by Saha Airlines had landed at the wrong "
        "airport. The industry publication stated the jet overran the runway."
    )

    assert speaker_of(nlp, text, "The industry publication").speaker == "The Aviation Herald"


def test_an_addressee_taken_for_the_source_gives_way_to_the_person_speaking(nlp: Language) -> None:
    text = (
        "On Tuesday, Danish prime minister Karen Holm speaking to the Atlantic Forum think tank "
        'called the treaty "null and void". "The treaty ignores our islands," she added.'
    )

    statements = statements_of(nlp, text)

    assert [s.speaker for s in statements] == ["Karen Holm", "Karen Holm"]


def test_a_campus_after_a_university_is_no_speaker(nlp: Language) -> None:
    text = (
        "Dr Anna Berg of the University of Texas, Austin disagreed with these findings: "
        '"The lake is shallow."'
    )

    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Anna Berg"


def test_a_name_modifying_a_document_is_not_its_author(nlp: Language) -> None:
    text = (
        "The museum closed on Friday. According to a Twitter post by Linda Marsh, director of the "
        "Riverside Shelter, the tusk came from the wall."
    )

    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Linda Marsh"


def test_a_mother_of_two_named_people_keeps_her_given_name_alone(nlp: Language) -> None:
    text = "Jonas Berg and Erik Lund's mother, Greta, said she believed he was innocent."

    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Greta"


def test_a_religious_title_is_not_part_of_the_name(nlp: Language) -> None:
    text = "Imam Yusuf Hamid said the mosque would reopen on Friday."

    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Yusuf Hamid"


def test_an_embassy_is_named_with_its_city(nlp: Language) -> None:
    text = (
        "Officials wrote to the French Embassy in Madrid on Monday. The embassy said the request "
        "had been declined."
    )

    assert speaker_of(nlp, text, "The embassy").speaker == "French Embassy in Madrid"


def test_polling_averages_speak_for_whoever_compiled_them(nlp: Language) -> None:
    text = (
        "Support for the mayor fell in June. Polling averages compiled by Gallup showed support "
        "at less than one percent."
    )

    assert speaker_of(nlp, text, "Polling averages compiled by Gallup").speaker == "Gallup"


def test_a_bodys_unnamed_officer_speaks_for_the_body_without_its_owner(nlp: Language) -> None:
    text = (
        "According to the United Nations' Food and Agriculture Organization's chief veterinary "
        "officer, the cull was unnecessary."
    )

    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Food and Agriculture Organization"
    assert statement.speaker_kind is EntityKind.ORGANISATION
