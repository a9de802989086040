"""speaker_gender from the article's own words: pronouns, honorifics, gendered roles; never first names."""

from __future__ import annotations

import pytest

from quotegraph.records import (
    Article,
    CharSpan,
    EntityKind,
    Mention,
    MentionKind,
    SpeakerGender,
    Statement,
    StatementKind,
)
from quotegraph.resolve.gender import with_speaker_gender

FEMALE, MALE, UNKNOWN = SpeakerGender.FEMALE, SpeakerGender.MALE, SpeakerGender.UNKNOWN


def span(text: str, part: str, start: int = 0) -> CharSpan:
    at = text.index(part, start)
    return CharSpan(at, at + len(part))


def said(
    text: str, content: str, source: str, speaker: str, kind: EntityKind = EntityKind.PERSON
) -> Statement:
    content_span = span(text, content)
    return Statement(
        article_id="a",
        kind=StatementKind.DIRECT,
        content=(content_span,),
        source=span(text, source, content_span.end),
        speaker=speaker,
        speaker_id=speaker.lower().replace(" ", "-"),
        speaker_kind=kind,
    )


def names(text: str, *written: str) -> list[Mention]:
    found = []
    for name in written:
        at = -1
        while (at := text.find(name, at + 1)) >= 0:
            where = CharSpan(at, at + len(name))
            found.append(Mention(where, name, MentionKind.NAME, where, 0, 0))
    return found


def genders(
    text: str, statements: list[Statement], mentions: list[Mention]
) -> list[tuple[SpeakerGender, int]]:
    resolved = with_speaker_gender(Article(id="a", text=text), statements, mentions)
    return [(s.speaker_gender, s.speaker_gender_evidence) for s in resolved]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Dana Wells spoke. “We stay,” she said.", "she", (FEMALE, 1)),
        ("Dana Wells spoke. “We stay,” he said.", "he", (MALE, 1)),
        ("“We stay,” Ms Wells said.", "Ms Wells", (FEMALE, 1)),
        ("“We stay,” Mr. Wells said.", "Mr. Wells", (MALE, 1)),
        ("“We stay,” Sir Dana Wells said.", "Dana Wells", (MALE, 1)),
        ("“We stay,” Dame Dana Wells said.", "Dana Wells", (FEMALE, 1)),
        ("“We stay,” union chairwoman Dana Wells said.", "Dana Wells", (FEMALE, 1)),
        ("“We stay,” the spokesman Dana Wells said.", "Dana Wells", (MALE, 1)),
        ("“We stay,” said the actress Dana Wells.", "Dana Wells", (FEMALE, 1)),
    ],
)
def test_one_cue_decides(text: str, source: str, expected: tuple[SpeakerGender, int]) -> None:
    statement = said(text, "“We stay,”", source, "Dana Wells")
    assert genders(text, [statement], names(text, "Dana Wells", "Wells")) == [expected]


def test_a_first_name_alone_says_nothing() -> None:
    text = "“We stay,” Mary Wells said. “We go,” John Smith said."
    statements = [
        said(text, "“We stay,”", "Mary Wells", "Mary Wells"),
        said(text, "“We go,”", "John Smith", "John Smith"),
    ]

    assert genders(text, statements, names(text, "Mary Wells", "John Smith")) == [(UNKNOWN, 0), (UNKNOWN, 0)]


def test_evidence_is_pooled_over_the_speakers_statements_and_counted_once_per_place() -> None:
    text = "“We stay,” Ms Wells said. “We fight,” she added. “We win,” Wells said."
    statements = [
        said(text, "“We stay,”", "Ms Wells", "Dana Wells"),
        said(text, "“We fight,”", "she", "Dana Wells"),
        said(text, "“We win,”", "Wells", "Dana Wells"),
    ]

    # "Ms" (once, though both the source and the name mention cover it) and "she".
    assert genders(text, statements, names(text, "Wells")) == [(FEMALE, 2)] * 3


def test_conflicting_evidence_leaves_unknown() -> None:
    text = "“We stay,” chairman Dana Wells said. “We fight,” she added."
    statements = [
        said(text, "“We stay,”", "Dana Wells", "Dana Wells"),
        said(text, "“We fight,”", "she", "Dana Wells"),
    ]

    assert genders(text, statements, names(text, "Dana Wells")) == [(UNKNOWN, 0), (UNKNOWN, 0)]


def test_a_role_of_someone_else_is_not_the_speakers() -> None:
    text = "The wife of Dana Wells was there. “We stay,” Wells said."
    statement = said(text, "“We stay,”", "Wells", "Dana Wells")

    assert genders(text, [statement], names(text, "Dana Wells", "Wells")) == [(UNKNOWN, 0)]


def test_an_anonymous_speaker_gets_the_gender_of_the_description() -> None:
    text = "“No comment,” a spokeswoman for the ministry said."
    statement = said(
        text, "“No comment,”", "a spokeswoman for the ministry", "spokeswoman", EntityKind.ANONYMOUS
    )

    assert genders(text, [statement], []) == [(FEMALE, 1)]


@pytest.mark.parametrize("kind", [EntityKind.STATE, EntityKind.ORGANISATION, EntityKind.GROUP])
def test_only_persons_get_a_gender(kind: EntityKind) -> None:
    text = "“We stay,” she said."
    statement = said(text, "“We stay,”", "she", "Britain", kind)

    assert genders(text, [statement], []) == [(UNKNOWN, 0)]


def test_speech_acts_in_records_are_those_resolve_assigns() -> None:
    from quotegraph.records import SPEECH_ACTS
    from quotegraph.resolve.acts import Act

    assert set(SPEECH_ACTS) == {act.value for act in Act}


def test_a_surname_shared_with_someone_else_in_the_article_is_no_evidence() -> None:
    text = "Hillary Clinton spoke first. “We stay,” Bill Clinton said. “We go,” Mrs. Clinton said."
    statement = said(text, "“We stay,”", "Bill Clinton", "Bill Clinton")

    assert genders(text, [statement], names(text, "Hillary Clinton", "Bill Clinton", "Mrs. Clinton")) == [
        (UNKNOWN, 0)
    ]


def test_a_description_in_a_named_speakers_source_may_be_someone_elses() -> None:
    text = "“We stay,” Stein spokeswoman Dana Wells said of Jill Stein."
    statement = said(text, "“We stay,”", "Stein spokeswoman Dana Wells", "Jill Stein")

    assert genders(text, [statement], names(text, "Jill Stein")) == [(UNKNOWN, 0)]
