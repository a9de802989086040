"""Who a description or pronoun takes up where the article's most salient or most named entity is
not it: a presidency's state, the one who answers a question rather than who asked it (records
built by hand: no parser needed)."""

from __future__ import annotations

import pytest
from resolve_records import name, pronoun, resolve, said

from quotegraph.records import EntityKind


def _syria_article(opening: str, source: str) -> tuple[str, str]:
    text = (
        f"{opening} Syria and Iran met in Syria. Syria said the talks would go on. "
        f"{source} said it would send aid."
    )
    return text, source


@pytest.mark.parametrize(
    ("opening", "source", "speaker"),
    [
        # a presidency named by a president whose titles name no state is American usage
        ("President Barack Obama spoke in Washington.", "The Obama administration", "United States"),
        # "the administration" alone is the presidency of the president named last
        ("President Barack Obama spoke in Washington.", "The administration", "United States"),
        # a leader whose titles name his state: that state, not the one the article names most
        ("Turkish President Recep Erdogan spoke.", "The Erdogan administration", "Turkey"),
    ],
)
def test_a_presidency_speaks_for_its_presidents_state(opening: str, source: str, speaker: str) -> None:
    text, source = _syria_article(opening, source)
    leader = opening.split(" spoke", maxsplit=1)[0]
    mentions = [name(text, leader)]
    if "Washington" in opening:
        mentions.append(name(text, "Washington", "GPE", subject=False))
    mentions += [name(text, "Syria", "GPE", nth=n) for n in range(3)] + [name(text, "Iran", "GPE")]
    modifier = source.split()[1]
    if modifier != "administration":  # "The Obama administration": the leader's name modifies it
        mentions.append(name(text, modifier, nth=1, subject=False))
    statements = [
        said(text, "the talks would go on", "said", "Syria", "say", source_nth=2),
        said(text, "it would send aid", "said", source, "say", nth=1),
    ]

    statement = resolve(text, statements, mentions)[1]

    assert (statement.speaker, statement.speaker_kind) == (speaker, EntityKind.STATE)


def test_a_quotation_after_a_question_put_to_someone_is_their_answer() -> None:
    text = (
        "“We will win,” Sanders said on Monday. Borger asked Sanders whether he was the outsider. "
        "“That would be me, yes,” the senator said."
    )
    statements = [
        said(text, "We will win,", "said", "Sanders", "say"),
        said(text, "whether he was the outsider", "asked", "Borger", "ask"),
        said(text, "That would be me, yes,", "said", "the senator", "say", nth=1),
    ]
    mentions = [name(text, "Sanders"), name(text, "Borger"), name(text, "Sanders", nth=1, subject=False)]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Sanders", "Borger", "Sanders"]


def test_a_quotation_after_a_question_put_to_no_one_named_may_be_the_askers() -> None:
    text = (
        "“We stayed,” Ana Ruiz said on Monday. Bob Lee asked how it could be done. "
        "“We were there to find out who attacked us,” he said."
    )
    statements = [
        said(text, "We stayed,", "said", "Ana Ruiz", "say"),
        said(text, "how it could be done", "asked", "Bob Lee", "ask"),
        said(text, "We were there to find out who attacked us,", "said", "he", "say", nth=1),
    ]
    mentions = [name(text, "Ana Ruiz"), name(text, "Bob Lee"), pronoun(text, "he")]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Ana Ruiz", "Bob Lee", "Bob Lee"]


def test_a_request_is_no_question_that_someone_else_answers() -> None:
    text = (
        "“Call him,” Abedin wrote. Band asked her to call Chagoury at once. "
        "“This is very important,” he wrote."
    )
    statements = [
        said(text, "Call him,", "wrote", "Abedin", "write"),
        said(text, "to call Chagoury at once", "asked", "Band", "ask"),
        said(text, "This is very important,", "wrote", "he", "write", nth=1),
    ]
    mentions = [
        name(text, "Abedin"),
        name(text, "Band"),
        name(text, "Chagoury", subject=False),
        pronoun(text, "he"),
    ]

    resolved = resolve(text, statements, mentions)

    assert resolved[2].speaker == "Band"
