"""Pronoun salience over hand-built records: which of several referents a pronoun takes up."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import Mention, MentionKind, Statement, StatementKind


def test_of_two_equally_salient_subjects_a_pronoun_takes_the_nearer() -> None:
    text = (
        "Peter Lund runs the stall. When Peter Lund visited the workshop, Tomas Reyes was repairing "
        "a mask. He said the new sensors will help."
    )
    statements = [said(text, "the new sensors will help", "said", "He", "say")]
    mentions = [
        name(text, "Peter Lund"),
        name(text, "Peter Lund", nth=1),
        name(text, "Tomas Reyes"),
        pronoun(text, "He"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tomas Reyes"


def test_a_news_outlet_labelled_person_is_no_antecedent_of_he() -> None:
    text = "Wikinews asked Tomas Reyes about the sensors. He said the sensors will help."
    statements = [said(text, "the sensors will help", "said", "He", "say")]
    mentions = [name(text, "Wikinews"), name(text, "Tomas Reyes", subject=False), pronoun(text, "He")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tomas Reyes"


def test_a_name_quoted_later_keeps_the_salience_its_subject_mention_gave() -> None:
    text = (
        "Tomas Reyes visited the stall. A note to Peter Lund read: “Tomas Reyes is a friend.” "
        "He said the sensors will help."
    )
    statements = [said(text, "the sensors will help", "said", "He", "say")]
    mentions = [
        name(text, "Tomas Reyes"),
        name(text, "Peter Lund", subject=False),
        name(text, "Tomas Reyes", nth=1, in_quote=True),
        pronoun(text, "He"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tomas Reyes"


# "whom" after the name is a function word (resolve/people.FUNCTION_WORDS), not a noun it modifies
@pytest.mark.parametrize("apposition", ["Tomas Reyes", "Tomas Reyes whom the board hired"])
def test_a_name_in_apposition_to_the_subject_is_the_subject(apposition: str) -> None:
    text = (
        "Peter Lund said all lines were safe. "
        f"Rail operator's chief executive, {apposition}, blamed a yard; he stated signals failed."
    )
    statements = [
        said(text, "all lines were safe", "said", "Peter Lund", "say"),
        said(text, "signals failed", "stated", "he", "state"),
    ]
    chief = span(text, "Rail operator's chief executive")
    described = replace(
        name(text, "Rail operator's chief executive", None),
        kind=MentionKind.NOMINAL,
        appositive=span(text, apposition),
    )
    mentions = [
        name(text, "Peter Lund"),
        described,
        name(text, "Tomas Reyes", subject=False),
        pronoun(text, "he"),
    ]
    assert described.span == chief

    _, statement = resolve(text, statements, mentions)

    assert statement.speaker == "Tomas Reyes"


def test_a_name_modifying_the_noun_of_a_subject_s_apposition_is_no_subject() -> None:
    text = (
        "Dana Voss, a Neptune native and Brookside Hall graduate, lives at home. "
        "“Who wants that?” she said."
    )
    statements = [said(text, "“Who wants that?”", "said", "she", "say")]
    mentions = [
        name(text, "Dana Voss", appositive=span(text, "a Neptune native and Brookside Hall graduate")),
        name(text, "Brookside Hall", subject=False),
        pronoun(text, "she"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Dana Voss"


@pytest.mark.parametrize(("place", "label"), [("Russia", "GPE"), ("Broad Street", "FAC")])
def test_they_takes_up_no_country_or_place(place: str, label: str) -> None:
    text = f"The Harbor Union marched. {place} saw the march. They said the march was peaceful."
    statements = [said(text, "the march was peaceful", "said", "They", "say")]
    mentions = [name(text, "The Harbor Union", "ORG"), name(text, place, label), pronoun(text, "They")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Union"



def test_a_name_the_statement_itself_quotes_is_no_antecedent_of_its_pronoun() -> None:
    text = (
        "Wikinews asked Tomas Reyes about Peter Lund. "
        "''Peter Lund is not going after the person who is winning,'' he said."
    )
    quoted = said(text, "''Peter Lund is not going after the person who is winning,''", "said", "he", "say")
    mentions = [
        name(text, "Wikinews"),
        name(text, "Tomas Reyes", subject=False),
        name(text, "Peter Lund", subject=False),
        name(text, "Peter Lund", nth=1),  # the parser did not see the '' quotation marks
        pronoun(text, "he"),
    ]

    [statement] = resolve(text, [replace(quoted, kind=StatementKind.DIRECT)], mentions)

    assert statement.speaker == "Tomas Reyes"


def test_a_name_a_sentence_introduces_with_one_is_is_as_salient_as_a_subject() -> None:
    text = (
        "Peter Lund came to support his friends. Several people returned. "
        "One is Tomas Reyes, a student. He said he was interested in surgery."
    )
    statements = [said(text, "he was interested in surgery", "said", "He", "say")]
    mentions = [
        name(text, "Peter Lund"),
        name(text, "Tomas Reyes", subject=False, dep="attr"),
        pronoun(text, "He"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tomas Reyes"


def test_a_name_after_another_copula_stays_an_object() -> None:
    text = "Peter Lund was pro Tomas Reyes while the governor was running, he said on Monday."
    content = "Peter Lund was pro Tomas Reyes while the governor was running"
    statements = [said(text, content, "said", "he", "say")]
    mentions = [name(text, "Peter Lund"), name(text, "Tomas Reyes", subject=False, dep="attr")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Peter Lund"


def test_at_equal_salience_a_name_before_the_pronoun_beats_an_earlier_speaker() -> None:
    # Robin Ruiz's statement four sentences back is as salient as a name in the pronoun's sentence
    text = (
        "The chair, Robin Ruiz, released a statement: “We are sorry.” The board met. It sat late. "
        "It voted. It rose. Board member Paul Okafor sent a letter in which he apologized: “We failed.”"
    )
    nth = text[: text.index("he apologized")].count("he")
    statements = [
        said(text, "We are sorry.", "released", "The chair, Robin Ruiz,", "release"),
        said(text, "We failed.", "apologized", "he", "apologize", source_nth=nth),
    ]
    mentions = [
        name(text, "Robin Ruiz", subject=False),
        name(text, "Paul Okafor", subject=False, dep="dobj"),  # the parser took "member" for a verb
        pronoun(text, "he", nth=nth),
    ]

    [_, statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Paul Okafor"


def _possession_text(possession: str) -> str:
    return (
        "“The plan will fail,” Peter Lund said. "
        f"{possession} came under scrutiny. He said the sensors will help."
    )


def _possession_mentions(text: str, possession: str) -> list[Mention]:
    owner = possession.split("'", maxsplit=1)[0].removeprefix("But ")
    thing = possession.rsplit(maxsplit=1)[-1]
    described = replace(name(text, possession.removeprefix("But "), None), kind=MentionKind.NOMINAL)
    return [
        name(text, "Peter Lund"),
        replace(described, head=span(text, thing)),
        name(text, owner, subject=False, dep="poss", governor=span(text, thing)),
        pronoun(text, "He"),
    ]


@pytest.mark.parametrize("possession", ["Tomas Reyes's temperament", "But Tomas Reyes' tone"])
def test_a_name_whose_possession_opens_the_sentence_is_as_salient_as_a_subject(possession: str) -> None:
    text = _possession_text(possession)
    statements = [
        said(text, "The plan will fail", "said", "Peter Lund", "say"),
        said(text, "the sensors will help", "said", "He", "say", nth=1),
    ]

    resolved = resolve(text, statements, _possession_mentions(text, possession))

    assert resolved[-1].speaker == "Tomas Reyes"


# a person of their own (kin, a relation, an office) is whom such a sentence is about, not the owner
@pytest.mark.parametrize(
    "possession", ["Tomas Reyes's brother", "Tomas Reyes's rival", "Tomas Reyes's lawyer"]
)
def test_a_name_whose_person_opens_the_sentence_is_no_subject(possession: str) -> None:
    text = _possession_text(possession)
    statements = [
        said(text, "The plan will fail", "said", "Peter Lund", "say"),
        said(text, "the sensors will help", "said", "He", "say", nth=1),
    ]

    resolved = resolve(text, statements, _possession_mentions(text, possession))

    assert resolved[-1].speaker != "Tomas Reyes"


def test_a_deed_set_aside_keeps_its_subject_in_the_history_of_speakers() -> None:
    # "offered flights" reports nothing and extraction sets it aside; who offered them is still
    # whom the text was about last, as salient as the speaker of a statement would be. The parser
    # took "Tomas Reyes" for no subject, so only the set-aside statement makes him salient.
    text = (
        "Peter Lund said the lines were safe. Tomas Reyes offered flights to three cities. "
        "He said the fares will fall."
    )
    statements = [
        said(text, "the lines were safe", "said", "Peter Lund", "say"),
        said(text, "the fares will fall", "said", "He", "say"),
    ]
    deed = said(text, "flights to three cities", "offered", "Tomas Reyes", "offer")
    mentions = [name(text, "Peter Lund"), name(text, "Tomas Reyes", subject=False), pronoun(text, "He")]

    without = resolve(text, statements, mentions)
    resolved = resolve(text, statements, mentions, set_aside=[deed])

    assert [s.speaker for s in without] == ["Peter Lund", "Peter Lund"]
    assert [s.speaker for s in resolved] == ["Peter Lund", "Tomas Reyes"]


def test_what_was_set_aside_is_not_returned_nor_read_twice() -> None:
    text = "Tomas Reyes offered flights to three cities. He said the fares will fall."
    statements = [said(text, "the fares will fall", "said", "He", "say")]
    deed = said(text, "flights to three cities", "offered", "Tomas Reyes", "offer")
    kept = said(text, "the fares will fall", "said", "He", "say")  # the learned path kept this one
    mentions = [name(text, "Tomas Reyes"), pronoun(text, "He")]

    resolved = resolve(text, statements, mentions, set_aside=[deed, kept])

    assert [(s.content_text(text), s.speaker) for s in resolved] == [("the fares will fall", "Tomas Reyes")]


def _document_subject(text: str, piece: str, head: str) -> Mention:
    """A subject noun phrase naming a document ("The ad"), its head word given."""
    where = span(text, piece)
    head_at = text.index(head, where.start)
    return Mention(
        span=where,
        text=piece,
        kind=MentionKind.NOMINAL,
        head=span(text, head, text[:head_at].count(head)),
        sentence=text[: where.start].count(". "),
        paragraph=text[: where.start].count("\n\n"),
        is_subject=True,
    )


_AD_ARTICLE = (
    "Mayor Tom Hale is releasing a new ad that urges voters in Leeds to back the bridge. "
    "The ad says the bridge will create jobs. "
    "It makes no mention of the cost of the bridge."
)


def _ad_statements(text: str) -> list[Statement]:
    return [
        said(text, "the bridge will create jobs", "says", "The ad", "say"),
        said(text, "no mention of the cost of the bridge", "makes", "It", "make"),
    ]


def test_it_after_a_document_named_as_a_subject_is_whoever_issued_it() -> None:
    text = _AD_ARTICLE
    mentions = [
        name(text, "Mayor Tom Hale"),
        name(text, "Leeds", "GPE", subject=False),
        _document_subject(text, "The ad", "ad"),
        pronoun(text, "It"),
    ]

    resolved = resolve(text, _ad_statements(text), mentions)

    assert [s.speaker for s in resolved] == ["Tom Hale", "Tom Hale"]


def test_it_takes_up_no_document_two_sentences_back() -> None:
    text = _AD_ARTICLE.replace("It makes", "Voters will decide in May. It makes")
    mentions = [
        name(text, "Mayor Tom Hale"),
        name(text, "Leeds", "GPE", subject=False),
        _document_subject(text, "The ad", "ad"),
        pronoun(text, "It"),
    ]

    resolved = resolve(text, _ad_statements(text), mentions)

    assert resolved[1].speaker != "Tom Hale"


def test_it_takes_up_no_document_whose_issuer_is_named_only_far_before() -> None:
    text = (
        "Mayor Tom Hale is releasing a new ad. Voters in Leeds have waited for it. The city is calm. "
        "The ad says the bridge will create jobs. "
        "It makes no mention of the cost of the bridge."
    )
    mentions = [
        name(text, "Mayor Tom Hale"),
        name(text, "Leeds", "GPE", subject=False),
        _document_subject(text, "The ad", "ad"),
        pronoun(text, "It"),
    ]

    resolved = resolve(text, _ad_statements(text), mentions)

    # the ad itself is Tom Hale's, but no name of his stands near it for "it" to rest on
    assert resolved[0].speaker == "Tom Hale"
    assert resolved[1].speaker != "Tom Hale"
