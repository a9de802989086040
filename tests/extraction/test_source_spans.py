"""Source spans the parser splits or hands to the wrong noun: a subject cut at a hyphen, a
document's issuer, the speaker on an occasion of speech, an inverted tag between a subject and its
predicate, a warning phrase read as a participle, an inverted subject read as
the object, and a name heading a line before a colon."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from tests.extraction.docs import parsed_doc
from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "Jae", "-" and "in": the parser makes "in" a second subject of the verb.
        ("President Moon Jae-in said the talks would resume.", "President Moon Jae-in"),
        # "broadcaster" and "NRK": the parser makes the name a second subject of the verb.
        (
            "The fire began in a car park, and news broadcaster NRK later reported it started in a van.",
            "news broadcaster NRK",
        ),
        # "Connecticut" is the object of "to"; the parser hangs the title and name off "According".
        (
            "According to Connecticut Senator Richard Blumenthal, the airplane is one of eighteen B-17s.",
            "Connecticut Senator Richard Blumenthal",
        ),
    ],
)
def test_a_subject_the_parser_splits_is_one_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [statement[2] for statement in found(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The airline released a statement saying an engine fault on the plane caused the crash.",
            ("an engine fault on the plane caused the crash", "saying", "The airline"),
        ),
        (
            "The minister sent a letter requesting new rules to the regulator.",
            ("new rules", "requesting", "The minister"),
        ),
        (
            "The mayor sent a message saying that the city would reopen.",
            ("that the city would reopen", "saying", "The mayor"),
        ),
        (
            "The company filed a complaint accusing the regulator of bias.",
            ("the regulator of bias", "accusing", "The company"),
        ),
    ],
)
def test_the_issuer_of_a_document_is_its_source(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [statement]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Clinton gave a speech attacking Trump on Monday.", ("Trump", "attacking", "Clinton")),
        (
            "In a speech in Ohio praising the workers, Clinton said little.",
            ("the workers", "praising", "Clinton"),
        ),
        ("The senator had no trouble endorsing the plan.", ("the plan", "endorsing", "The senator")),
    ],
)
def test_the_speaker_not_the_occasion_is_the_source(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The plan, said the mayor, is a disaster.", ("The plan … is a disaster", "said", "the mayor")),
        (
            "The contrast with the rally, said Doyle and others, would be clear to voters.",
            ("The contrast with the rally … would be clear to voters", "said", "Doyle and others"),
        ),
        (
            "Part of the problem in detecting tunnels, say experts like Paul Bauman, a geophysicist,"
            " is the ground itself.",
            (
                "Part of the problem in detecting tunnels … is the ground itself",
                "say",
                "experts like Paul Bauman, a geophysicist",
            ),
        ),
    ],
)
def test_an_inverted_tag_between_subject_and_predicate_names_the_source(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    statements = extract_statements(nlp(text), article_id="t")
    assert [
        (
            " … ".join(part.text_of(text) for part in s.content),
            s.cue.text_of(text) if s.cue else "",
            s.source.text_of(text) if s.source else "",
        )
        for s in statements
    ] == [statement]


def test_a_speaker_set_apart_before_the_tag_is_not_taken_for_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    sources = [statement[2] for statement in found(nlp, "Smith, a lawyer, said Jones, the defendant, lied.")]
    assert sources == ["Smith, a lawyer,"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Jane Smith, a lawyer, said the strike would go on.", "Jane Smith, a lawyer,"),
        ("Kerry, who lost the race in 2004, said he was a gentleman.", "Kerry, who lost the race in 2004,"),
        ("Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says the school is closed.",
         "Jason Sims \u2014 a teacher from Mount Pleasant \u2014"),
        # A comma with no partner inside the source frames it.
        ("Jane Smith, however, said the strike would go on.", "Jane Smith"),
        ("The mayor, said the strike would go on.", "The mayor"),
    ],
)
def test_a_parenthetical_keeps_its_closing_mark(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [statement[2] for statement in found(nlp, text)] == [source]


def test_a_speech_with_a_possessor_is_not_the_listener_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Trump watched Clinton's speech attacking his economic policies."
    assert [statement[2] for statement in found(nlp, text)] == ["Clinton's speech"]


def test_a_participle_of_a_person_keeps_its_own_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested a man claiming to be a doctor."
    assert [statement[2] for statement in found(nlp, text)] == ["a man"]


def test_a_warning_read_as_a_participle_is_still_a_warning(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Later, the forecasters placed the whole county under a tropical storm warning."
    statement = ("the whole county under a tropical storm warning", "placed", "the forecasters")
    assert statement in found(nlp, text)


def test_a_verb_taken_for_a_passive_subject_is_passed_over_for_the_clause_head_subject() -> None:
    """ "…, not only implying X would be required, but also recommending Y": the parser makes
    "implying" the subject of "required", which the report "recommending" is a conjunct of."""
    text = (
        "The panel criticized it, not only implying approval would be required, "
        "but also recommending to wait."
    )
    rows = [
        ("The", "DT", "det", 1), ("panel", "NN", "nsubj", 2), ("criticized", "VBD", "ROOT", 2),
        ("it", "PRP", "dobj", 2), (",", ",", "punct", 2), ("not", "RB", "preconj", 7),
        ("only", "RB", "advmod", 5), ("implying", "VBG", "nsubjpass", 11), ("approval", "NN", "dobj", 7),
        ("would", "MD", "aux", 11), ("be", "VB", "auxpass", 11), ("required", "VBN", "conj", 2),
        (",", ",", "punct", 11), ("but", "CC", "cc", 11), ("also", "RB", "advmod", 13),
        ("recommending", "VBG", "conj", 11), ("to", "TO", "aux", 17), ("wait", "VB", "xcomp", 15),
        (".", ".", "punct", 2),
    ]
    statements = extract_statements(parsed_doc(text, rows), article_id="t")
    sources = {s.content[0].text_of(text): s.source.text_of(text) if s.source else None for s in statements}
    assert sources["to wait"] == "The panel"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Trump, in Kentucky, said the plan had failed.", "Trump"),
        ("Trump at the time said the plan had failed.", "Trump"),
        ("Marco Rubio, speaking at a rally in Miami, said the plan had failed.", "Marco Rubio"),
        ("The minister's office, when asked, said the plan had failed.", "The minister's office"),
        # What names whom the source is stays with it.
        ("Smith, of the ministry, said the plan had failed.", "Smith, of the ministry,"),
        ("A group representing farmers said the plan had failed.", "A group representing farmers"),
    ],
)
def test_when_and_where_a_report_was_made_is_no_part_of_its_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [statement[2] for statement in found(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The scandal prompted the mayor to deny the claims.", ("the claims", "to deny", "the mayor")),
        ("The vote led the senator to call for a recount.", ("a recount", "to call for", "the senator")),
        # A verb that keeps the deed for its subject: "used the occasion to".
        ("The mayor used the occasion to deny the claims.", ("the claims", "to deny", "The mayor")),
    ],
)
def test_the_object_of_a_verb_of_causing_speaks_its_infinitive(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert found(nlp, text) == [statement]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Alarmed by the unrest, Senator Harry Reid, the minority leader, said the talks would go on.",
            "Senator Harry Reid, the minority leader,",
        ),
        (
            "In a message to Clinton, Tanden, head of the center, recounted a conversation she had.",
            "Tanden, head of the center,",
        ),
        # A subject the parser did find stays.
        ("In a statement, the ministry said the raid was legal.", "the ministry"),
    ],
)
def test_a_subject_hung_off_an_opening_phrase_is_the_source(  # type: ignore[no-untyped-def]
    nlp, text: str, source: str
) -> None:
    assert [statement[2] for statement in found(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The parser takes the dateline into the subject's phrase.
        (
            "RENO, Nev. (AP) — Republican presidential hopeful Donald Trump said he would win Nevada.",
            "Republican presidential hopeful Donald Trump",
        ),
        # The parser makes the dateline the subject alone: the source runs from its dash to the verb.
        (
            "WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together.",
            "Donald Trump and House Speaker Paul Ryan",
        ),
        (
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump, saying that "
            "his comments do more harm than good.",
            "Democrat Hillary Clinton",
        ),
        # A bracketed agency that ends no dateline stays.
        ("The agency (AP) said the talks would resume.", "The agency (AP)"),
    ],
)
def test_a_wire_dateline_is_not_the_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert [statement[2] for statement in found(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "On Sunday Mr. Trump made a third attempt to deflect the criticism, writing on Twitter that "
            "the real issue was security.",
            ("that the real issue was security", "writing", "Mr. Trump"),
        ),
        (
            "She addressed Prime Minister Narendra Modi, demanding stricter laws.",
            ("stricter laws", "demanding", "She"),
        ),
    ],
)
def test_a_participle_set_off_after_an_object_is_the_subject_s(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert statement in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("He made a point of saying the city was safe.", ("the city was safe", "saying", "He")),
        (
            "Clinton's campaign took the unusual step of criticizing the intelligence community.",
            ("the intelligence community", "criticizing", "Clinton's campaign"),
        ),
    ],
)
def test_a_gerund_after_an_object_s_preposition_is_the_holder_s(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert found(nlp, text) == [statement]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "They released a statement which said the museum would stay open.",
            ("the museum would stay open", "said", "They"),
        ),
        # Withholding is no issuing: the email's writer is someone else.
        ("The department withheld an email that revealed the plan.", ("the plan", "revealed", "that")),
    ],
)
def test_a_relative_clause_of_an_issued_document_is_the_issuer_s(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert found(nlp, text) == [statement]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "POLITICO published a story accusing the senator of abuse.",
            ("the senator of abuse", "accusing", "POLITICO"),
        ),
        (
            "The governor tweeted her reasoning saying that every life is precious.",
            ("that every life is precious", "saying", "The governor"),
        ),
    ],
)
def test_what_an_issuing_verb_makes_public_is_the_issuer_s(  # type: ignore[no-untyped-def]
    nlp, text: str, statement: tuple[str, str, str]
) -> None:
    assert statement in found(nlp, text)


def test_an_inverted_subject_read_as_the_object_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser makes "Democrat" the object of "added"; the quotation is its clausal complement.
    text = "“It’s Bernie’s to lose at this point,” added another New Hampshire Democrat."
    assert found(nlp, text) == [
        ("“It’s Bernie’s to lose at this point,”", "added", "another New Hampshire Democrat")
    ]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Bernie Sanders: ‘It Is Not A Radical Idea’\n\nThe senator spoke on Monday.",
            ("‘It Is Not A Radical Idea’", ":", "Bernie Sanders"),
        ),
        (
            "TURNOUT IN IOWA - Michael P. McDonald: “At long last the contests have begun.”",
            ("“At long last the contests have begun.”", ":", "Michael P. McDonald"),
        ),
    ],
)
def test_a_name_heading_a_line_before_a_colon_speaks(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [statement]


def test_a_second_subject_after_a_coordinator_is_the_source() -> None:
    """ "The partner asked X, but the commissioner stated Y": in an article the parser left the
    first clause open (its verb hung off "partner") and gave "stated" both subjects."""
    text = "The partner asked for secrecy, but the commissioner stated the loan was paid."
    rows = [
        ("The", "DT", "det", 1), ("partner", "NN", "nsubj", 9), ("asked", "VBD", "acl", 1),
        ("for", "IN", "prep", 2), ("secrecy", "NN", "pobj", 3), (",", ",", "punct", 1),
        ("but", "CC", "cc", 1), ("the", "DT", "det", 8), ("commissioner", "NN", "nsubj", 9),
        ("stated", "VBD", "ROOT", 9), ("the", "DT", "det", 11), ("loan", "NN", "nsubjpass", 13),
        ("was", "VBD", "auxpass", 13), ("paid", "VBN", "ccomp", 9), (".", ".", "punct", 9),
    ]
    statements = extract_statements(parsed_doc(text, rows), article_id="t")
    sources = {s.cue.text_of(text): s.source.text_of(text) if s.source else None for s in statements if s.cue}
    assert sources["stated"] == "the commissioner"


def test_joined_subjects_stay_one_source() -> None:
    """ "The founders and the framers would agree": a coordinator between two subjects of one
    verb, neither of them a clause left open, joins them; the first heads the source, as before."""
    text = "The founders and the framers would agree that it was wrong."
    rows = [
        ("The", "DT", "det", 1), ("founders", "NNS", "nsubj", 6), ("and", "CC", "cc", 1),
        ("the", "DT", "det", 4), ("framers", "NNS", "nsubj", 6), ("would", "MD", "aux", 6),
        ("agree", "VB", "ROOT", 6), ("that", "IN", "mark", 9), ("it", "PRP", "nsubj", 9),
        ("was", "VBD", "ccomp", 6), ("wrong", "JJ", "acomp", 9), (".", ".", "punct", 6),
    ]
    statements = extract_statements(parsed_doc(text, rows), article_id="t")
    assert [s.source.text_of(text) for s in statements if s.source] == ["The founders"]


def test_a_word_the_parser_split_off_its_line_opens_the_source() -> None:
    """After a live blog's time stamp, the parser made the line's first word a sentence of its
    own ("Minnesota"), so that the subject's phrase began at "Gov."."""
    text = "5:45 p.m.\n\nMinnesota Gov. Mark Dayton said he would vote."
    rows = [
        ("5:45", "CD", "nummod", 1), ("p.m.", "NN", "ROOT", 1), ("\n\n", "_SP", "dep", 1),
        ("Minnesota", "NNP", "ROOT", 3), ("Gov.", "NNP", "compound", 6), ("Mark", "NNP", "compound", 6),
        ("Dayton", "NNP", "nsubj", 7), ("said", "VBD", "ROOT", 7), ("he", "PRP", "nsubj", 10),
        ("would", "MD", "aux", 10), ("vote", "VB", "ccomp", 7), (".", ".", "punct", 7),
    ]
    statements = extract_statements(parsed_doc(text, rows), article_id="t")
    assert [s.source.text_of(text) for s in statements if s.source] == ["Minnesota Gov. Mark Dayton"]
