"""Cue verbs the parser misreads: a past-tense cue taken for an adjective of the noun after it."""

from __future__ import annotations

import pytest

from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Smith, a lawyer who had studied the case, cautioned reform does not come quickly.",
            ("reform does not come quickly", "cautioned", "Jane Smith, a lawyer who had studied the case"),
        ),
        (
            "The two farming groups, which sued last year, requested wolves be given federal protection.",
            (
                "wolves be given federal protection",
                "requested",
                "The two farming groups, which sued last year,",
            ),
        ),
    ],
)
def test_a_cue_read_as_an_adjective_reports_the_clause_after_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another former adviser, Sebastian Gorka, also spoke in the rally and encouraged supporters to "
            "remain hopeful after the recent court decision.",
            (
                "supporters to remain hopeful after the recent court decision",
                "encouraged",
                "Another former adviser, Sebastian Gorka",
            ),
        ),
        (
            "Trump encouraged public schools to reopen classes in-person at summer's end.",
            ("public schools to reopen classes in-person at summer's end", "encouraged", "Trump"),
        ),
    ],
)
def test_a_cue_tagged_as_an_adjective_is_read_back(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    """The parser tags the past form "JJ"; after "and" the cue shares the first verb's subject."""
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'He returns to the stage with his acclaimed concert, "Girls, Girls, Girls."',
        'The alleged "mastermind" was arrested.',  # not tagged by the layout either
    ],
)
def test_an_adjective_that_is_no_cue_stays_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team reported increased sales in the spring.",
            ("increased sales in the spring", "reported", "The team"),
        ),
        (
            "Officials described armed men entering the building.",
            ("armed men entering the building", "described", "Officials"),
        ),
    ],
)
def test_a_true_adjective_is_left_alone(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Dutch prime minister Jan Visser speaking to the Brookings Institution think tank "
        'called the fishing deal "null and void".',
        'Dutch prime minister Jan Visser speaking at a think tank called the fishing deal "null and void".',
    ],
)
def test_a_past_tense_cue_hung_off_a_participles_object_takes_the_participles_subject(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [
        ('the fishing deal "null and void"', "called", "Dutch prime minister Jan Visser")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Remarked Harbour Trust scientist Ann Lee, "This good news is a thank-you from the birds."',
            (
                '"This good news is a thank-you from the birds."',
                "Remarked",
                "Harbour Trust scientist Ann Lee",
            ),
        ),
        ('Said the minister: "We will not back down."', ('"We will not back down."', "Said", "the minister")),
    ],
)
def test_a_sentence_opening_with_the_cue_and_its_subject_reports_the_quotation(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She worked as a cashier at a store in West Fargo, the Minneapolis Star Tribune reported.",
            ("She worked as a cashier at a store in West Fargo", "reported", "the Minneapolis Star Tribune"),
        ),
        (
            "The couple lived in an apartment in West Fargo, the Minneapolis Star Tribune reported.",
            ("The couple lived in an apartment in West Fargo", "reported", "the Minneapolis Star Tribune"),
        ),
    ],
)
def test_a_final_tags_subject_read_as_an_appositive_is_its_source(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The doctor was met with applause upon announcing to journalists Adamowicz remained alive.",
            ("Adamowicz remained alive", "announcing", "The doctor"),
        ),
        (
            'Toronto Police, which indicated on Monday a "significant development" was likely at the '
            "hearing, face allegations.",
            ('a "significant development" was likely at the hearing', "indicated", "which"),
        ),
    ],
)
def test_a_clause_whose_subject_was_read_as_the_cues_object_is_reported(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    """No "that", and the parser hung the clause's verb elsewhere: the words after the cue (past
    the one addressed or the time) are a noun phrase and a verb with a tense."""
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Those who said nothing were ignored.",
        "Scientists estimate the population by observing the area turned orange by butterfly bodies.",
        "The putting greens can provide a challenge.",
    ],
)
def test_words_after_a_cue_that_are_no_clause_report_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """A pro-form object, a participle with its agent, a cue that modifies the noun after it."""
    assert not [f for f in found(nlp, text) if f[1] in ("said", "observing", "putting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some Democrats are worried that his tactics could make it harder to unite.",
            ("that his tactics could make it harder to unite", "worried", "Some Democrats"),
        ),
        (
            "The Mexican government is worried that the rhetoric could hurt tourism.",
            ("that the rhetoric could hurt tourism", "worried", "The Mexican government"),
        ),
        (
            "Most Republicans in Georgia were worried about the economy.",
            ("the economy", "worried about", "Most Republicans in Georgia"),
        ),
    ],
)
def test_a_stance_read_as_an_adjective_after_be_reports_its_clause_or_about(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    """The parser reads "worried" after "be" as an adjective; the subject of "be" holds the stance."""
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Voters who are worried about immigration stayed home.",  # a group described
        "He was not worried about the vote.",  # no stance held
    ],
)
def test_a_stance_adjective_that_describes_or_is_denied_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


def test_wonder_about_reports_what_is_wondered_about(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Scholars have long wondered about the role the statues played."
    assert found(nlp, text) == [("the role the statues played", "wondered about", "Scholars")]
