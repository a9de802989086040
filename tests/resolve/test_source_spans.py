"""The source span a statement records: the parser's, mended where the resolver read the speaker
from more or less of the text (resolve/source_spans.py). Hand-built records, no parser."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolve_records import name, resolve, said, span

from quotegraph.records import CharSpan, Mention, MentionKind
from quotegraph.resolve import with_participial_asides


def _written(text: str, source: CharSpan | None) -> str | None:
    return source.text_of(text) if source is not None else None


def test_a_source_cut_at_a_hyphen_is_written_whole() -> None:
    text = "Study co-author Carl Lipo said the statues walked."
    statements = [said(text, "the statues walked", "said", "Study co", "say")]

    [statement] = resolve(text, statements, [name(text, "Carl Lipo")])

    assert _written(text, statement.source) == "Study co-author Carl Lipo"
    assert statement.speaker == "Carl Lipo"


def test_the_object_of_according_to_is_no_part_of_the_written_source() -> None:
    text = "According to news agency Ledger, the justice minister, Omar Saleh, said the trial would start."
    source = "news agency Ledger, the justice minister, Omar Saleh,"
    statements = [said(text, "the trial would start", "said", source, "say")]
    mentions = [name(text, "Ledger", "ORG", subject=False), name(text, "Omar Saleh")]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "the justice minister, Omar Saleh,"


def test_a_wire_dateline_is_no_part_of_the_written_source() -> None:
    text = "RENO, Nev. (AP) — Republican donor Sheldon Adelson said the race was open."
    source = "RENO, Nev. (AP) — Republican donor Sheldon Adelson"
    statements = [said(text, "the race was open", "said", source, "say")]
    mentions = [name(text, "RENO", "GPE"), name(text, "Sheldon Adelson")]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Republican donor Sheldon Adelson"


def test_a_description_that_gives_its_name_after_it_is_written_with_the_name() -> None:
    text = "“We will stay,” said a protester using the pseudonym Katya."
    statements = [said(text, "We will stay,", "said", "a protester", "say")]

    [statement] = resolve(text, statements, [name(text, "Katya", subject=False)])

    assert _written(text, statement.source) == "a protester using the pseudonym Katya"
    assert statement.speaker == "Katya"


def test_a_speaker_before_a_campus_is_written_with_the_campus() -> None:
    text = "Jo Anne Tilburg of the University of California, Los Angeles said the statues were moved."
    statements = [said(text, "the statues were moved", "said", "Los Angeles", "say")]
    mentions = [name(text, "Jo Anne Tilburg"), name(text, "University of California", "ORG", subject=False)]
    mentions.append(name(text, "Los Angeles", "GPE"))

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Jo Anne Tilburg of the University of California, Los Angeles"
    assert statement.speaker == "Jo Anne Tilburg"


def test_the_outlet_that_quoted_a_speaker_stays_the_written_source() -> None:
    # PolNeAR marks the outlet of "X quoted Y as saying" as the source; the speaker is still Y.
    text = "The Herald quoted Tom Baxter, a former fire chief, as saying the station had closed."
    statements = [said(text, "the station had closed", "saying", "The Herald", "say")]
    mentions = [name(text, "The Herald", "ORG"), name(text, "Tom Baxter", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.source == span(text, "The Herald")
    assert statement.speaker == "Tom Baxter"


def test_a_source_with_an_apposition_keeps_the_comma_that_closes_it() -> None:
    text = "Jim Roe, a rapporteur who had investigated the case, cautioned justice is slow."
    source = "Jim Roe, a rapporteur who had investigated the case"
    statements = [said(text, "justice is slow", "cautioned", source, "caution")]

    [statement] = resolve(text, statements, [name(text, "Jim Roe")])

    assert _written(text, statement.source) == f"{source},"


def test_a_comma_after_a_source_without_one_inside_stays_out() -> None:
    text = "Police in the city, however, said the road was shut."
    statements = [said(text, "the road was shut", "said", "Police in the city", "say")]

    [statement] = resolve(text, statements, [])

    assert _written(text, statement.source) == "Police in the city"


def test_a_dateline_in_capitals_is_no_part_of_the_written_source() -> None:
    text = "WASHINGTON — Sen. Bernie Sanders (I-Vt.) said the bill was dead."
    source = "WASHINGTON — Sen. Bernie Sanders (I-Vt.)"
    statements = [said(text, "the bill was dead", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Bernie Sanders")])

    assert _written(text, statement.source) == "Sen. Bernie Sanders (I-Vt.)"


def test_capitals_inside_a_line_are_no_dateline() -> None:
    text = "Later that day NATO — the alliance — said the drills would go on."
    statements = [said(text, "the drills would go on", "said", "NATO — the alliance —", "say")]

    [statement] = resolve(text, statements, [name(text, "NATO", "ORG")])

    assert _written(text, statement.source) == "NATO — the alliance —"


def test_a_list_mark_glued_to_a_name_is_no_part_of_the_written_source() -> None:
    text = "What the polls missed:\n-Philip Bump wrote that turnout fell."
    statements = [said(text, "turnout fell", "wrote", "-Philip Bump", "write")]

    [statement] = resolve(text, statements, [name(text, "Philip Bump")])

    assert _written(text, statement.source) == "Philip Bump"


def test_both_after_joined_subjects_is_no_part_of_the_written_source() -> None:
    text = "Richards and Menendez both said the deal was fair."
    statements = [said(text, "the deal was fair", "said", "Richards and Menendez both", "say")]

    [statement] = resolve(text, statements, [name(text, "Richards"), name(text, "Menendez")])

    assert _written(text, statement.source) == "Richards and Menendez"


def test_all_floating_after_a_subject_is_no_part_of_the_written_source() -> None:
    text = "Strategists for Obama and Clinton all said the map favoured them."
    source = "Strategists for Obama and Clinton all"
    statements = [said(text, "the map favoured them", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Obama"), name(text, "Clinton")])

    assert _written(text, statement.source) == "Strategists for Obama and Clinton"


@pytest.mark.parametrize("source", ["They all", "nobody at all"])
def test_all_after_a_pronoun_or_at_stays_in_the_written_source(source: str) -> None:
    text = f"{source} said the map favoured them."
    statements = [said(text, "the map favoured them", "said", source, "say")]

    [statement] = resolve(text, statements, [])

    assert _written(text, statement.source) == source


def test_a_reflexive_glued_before_the_subject_is_no_part_of_the_written_source() -> None:
    text = "In the filing itself Ford also made this point, writing that it was cooperating."
    statements = [said(text, "it was cooperating", "writing", "itself Ford", "write")]

    [statement] = resolve(text, statements, [name(text, "Ford", "ORG")])

    assert _written(text, statement.source) == "Ford"


def test_the_outlet_after_per_is_no_part_of_the_written_source() -> None:
    text = "“Stock is fine,” said Russell Zimmerman per ABC News."
    statements = [said(text, "Stock is fine,", "said", "Russell Zimmerman per ABC News", "say")]
    mentions = [name(text, "Russell Zimmerman"), name(text, "ABC News", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Russell Zimmerman"


def test_a_dateline_with_a_spaced_hyphen_is_no_part_of_the_written_source() -> None:
    text = "JACKSON, Miss. - U.S. District Judge Carlton Reeves said the law was void."
    source = "JACKSON, Miss. - U.S. District Judge Carlton Reeves"
    statements = [said(text, "the law was void", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "JACKSON", "GPE"), name(text, "Carlton Reeves")])

    assert _written(text, statement.source) == "U.S. District Judge Carlton Reeves"


@pytest.mark.parametrize(
    ("text", "source", "cue", "first"),
    [
        (
            "Recep Tayyip Erdoğan spoke. On live television Erdogan attacked the plan.",
            "live television Erdogan",
            "attacked",
            "Recep Tayyip Erdoğan",
        ),
        (
            "Kanye West spoke. The next day on Twitter West accused the press.",
            "Twitter West",
            "accused",
            "Kanye West",
        ),
    ],
)
def test_a_fronted_object_glued_to_the_subject_is_no_part_of_the_written_source(
    text: str, source: str, cue: str, first: str
) -> None:
    content = text[text.index(cue) + len(cue) + 1 : -1]
    statements = [said(text, content, cue, source, "say")]
    surname = source.rsplit(maxsplit=1)[-1]
    mentions = [name(text, first), name(text, surname, nth=text.count(surname) - 1)]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == surname


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("After the Republican Smith spoke, Jones said the plan would fail.", "the Republican Smith"),
        ("After former Gov. Jerry Brown said the plan would fail, it passed.", "former Gov. Jerry Brown"),
        ("Smith spoke. Later, live television Smith said the plan would fail.", "live television Smith"),
        ("He left after Mrs. Smith said the plan would fail.", "Mrs. Smith"),
        ("He attacked Mr. Jones's record after Mrs. Smith said the plan would fail.", "Mrs. Smith"),
    ],
)
def test_a_title_or_a_phrase_of_its_own_before_a_name_stays_in_the_written_source(
    text: str, source: str
) -> None:
    statements = [said(text, "the plan would fail", "said", source, "say")]
    surname = source.rsplit(maxsplit=1)[-1]
    mentions = [name(text, surname, nth=text.count(surname) - 1)]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == source


@pytest.mark.parametrize(
    ("text", "source", "written"),
    [
        (
            "He died, according to the Bishops' Conference of the Philippines (CBCP).",
            "the Bishops' Conference of the Philippines (CBCP",
            "the Bishops' Conference of the Philippines (CBCP)",
        ),
        ("A 2010 video (above) shows the senator saying no.", "A 2010 video (above", "A 2010 video"),
    ],
)
def test_a_bracket_cut_before_its_closing_mark_is_closed_or_left_out(
    text: str, source: str, written: str
) -> None:
    cue = "according to" if "according" in text else "shows"
    content = "He died," if "according" in text else "the senator saying no"
    statements = [said(text, content, cue, source, "say")]

    mentions = [name(text, "Bishops' Conference of the Philippines", "ORG")] if "CBCP" in text else []

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == written


def test_plain_text_quotation_marks_that_open_a_title_are_written_with_the_source() -> None:
    text = "He was harsh, according to ''The Trumps,'' by Gwenda Blair."
    statements = [said(text, "He was harsh,", "according to", "The Trumps,'' by Gwenda Blair", "say")]

    [statement] = resolve(text, statements, [name(text, "Gwenda Blair", subject=False)])

    assert _written(text, statement.source) == "''The Trumps,'' by Gwenda Blair"


def test_a_focusing_even_before_the_subject_is_no_part_of_the_written_source() -> None:
    text = "Even some of his allies say the plan is too costly."
    statements = [said(text, "the plan is too costly", "say", "Even some of his allies", "say")]

    [statement] = resolve(text, statements, [])

    assert _written(text, statement.source) == "some of his allies"


def test_even_as_a_given_name_stays_in_the_written_source() -> None:
    text = "Even Pellerud said the team was ready."
    statements = [said(text, "the team was ready", "said", "Even Pellerud", "say")]

    [statement] = resolve(text, statements, [name(text, "Even Pellerud")])

    assert _written(text, statement.source) == "Even Pellerud"


def test_a_relative_clause_that_reports_on_its_own_is_no_part_of_the_written_source() -> None:
    text = "Mr. Hale, who said the plan was late, told reporters the council would vote on Friday."
    source = "Mr. Hale, who said the plan was late,"
    statements = [
        said(text, "the plan was late", "said", "who", "say"),
        said(text, "the council would vote on Friday", "told", source, "tell"),
    ]

    resolved = resolve(text, statements, [name(text, "Mr. Hale")])

    told = next(s for s in resolved if s.cue is not None and s.cue.text_of(text) == "told")
    assert _written(text, told.source) == "Mr. Hale"
    assert told.speaker == "Hale"


def test_a_relative_clause_without_a_report_stays_in_the_written_source() -> None:
    text = "Mr. Hale, who chairs the committee, told reporters the council would vote on Friday."
    source = "Mr. Hale, who chairs the committee,"
    statements = [said(text, "the council would vote on Friday", "told", source, "tell")]

    [statement] = resolve(text, statements, [name(text, "Mr. Hale")])

    assert _written(text, statement.source) == source


def test_a_source_with_an_aside_between_dashes_keeps_the_dash_that_closes_it() -> None:
    text = "Some farm groups - including the largest dairy union - warn that prices will fall."
    source = "Some farm groups - including the largest dairy union"
    statements = [said(text, "prices will fall", "warn", source, "warn")]

    [statement] = resolve(text, statements, [name(text, "dairy union", "ORG", subject=False)])

    assert _written(text, statement.source) == f"{source} -"


def test_a_dash_after_a_source_without_one_inside_stays_out() -> None:
    text = "Farm groups - and their lawyers say so - expect prices to fall."
    statements = [said(text, "prices to fall", "expect", "Farm groups", "expect")]

    [statement] = resolve(text, statements, [])

    assert _written(text, statement.source) == "Farm groups"


def test_a_description_cut_before_the_name_in_apposition_is_written_with_the_name() -> None:
    text = "The judge presiding over the case, Bernard Schwartz, said the trial would go on."
    statements = [said(text, "the trial would go on", "said", "The judge presiding over the case", "say")]

    [statement] = resolve(text, statements, [name(text, "Bernard Schwartz", subject=False)])

    assert _written(text, statement.source) == "The judge presiding over the case, Bernard Schwartz,"
    assert statement.speaker == "Bernard Schwartz"


def test_a_plural_description_before_a_name_is_written_without_it() -> None:
    text = "The judges in the case, Maria Ortiz, said the trial would go on."
    statements = [said(text, "the trial would go on", "said", "The judges in the case", "say")]

    [statement] = resolve(text, statements, [name(text, "Maria Ortiz", subject=False)])

    assert _written(text, statement.source) == "The judges in the case"


def test_a_possessor_description_cut_before_the_name_in_apposition_is_written_with_it() -> None:
    text = "The university's lead modeller, Nathan Mayne, said the planet could hold water."
    statements = [said(text, "the planet could hold water", "said", "The university's lead modeller", "say")]

    [statement] = resolve(text, statements, [name(text, "Nathan Mayne", subject=False)])

    assert _written(text, statement.source) == "The university's lead modeller, Nathan Mayne,"


def test_the_object_of_according_to_is_written_with_the_name_in_apposition_closed_by_a_comma() -> None:
    text = "According to her boyfriend, Ashton Matheny, they had planned to name their daughter Olivia."
    statements = [said(text, "they had planned", "According to", "her boyfriend", "accord")]

    [statement] = resolve(text, statements, [name(text, "Ashton Matheny", subject=False)])

    assert _written(text, statement.source) == "her boyfriend, Ashton Matheny,"


def test_a_name_after_the_object_of_according_to_that_opens_the_clause_is_left_out() -> None:
    text = "According to his publicist, Tony Mendez died of Parkinson's disease."
    statements = [said(text, "Tony Mendez died", "According to", "his publicist", "accord")]

    [statement] = resolve(text, statements, [name(text, "Tony Mendez")])

    assert _written(text, statement.source) == "his publicist"


def _description(text: str, piece: str, apposed: str, *, subject: bool = True) -> Mention:
    """A description the parser took with the name after it as its apposition."""
    return replace(
        name(text, piece, None, subject=subject), kind=MentionKind.NOMINAL, appositive=span(text, apposed)
    )


def test_a_name_drawn_alone_is_written_with_the_description_it_is_apposed_to() -> None:
    text = "Another eyewitness, Nicole Towarek, described the crash as terrifying."
    statements = [said(text, "the crash as terrifying", "described", "Nicole Towarek", "describe")]
    mentions = [
        _description(text, "Another eyewitness", "Nicole Towarek"),
        name(text, "Nicole Towarek", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Another eyewitness, Nicole Towarek,"
    assert statement.speaker == "Nicole Towarek"


def test_a_description_with_words_after_its_head_or_a_possessor_is_written_before_the_name() -> None:
    text = (
        "The judge presiding over the case, Bernard Schwartz, said it would go on. "
        "His chief aide, Tad Devine, said so."
    )
    statements = [
        said(text, "it would go on", "said", "Bernard Schwartz", "say"),
        said(text, "so", "said", "Tad Devine", "say", nth=1),
    ]
    mentions = [
        _description(text, "The judge", "Bernard Schwartz"),
        name(text, "Bernard Schwartz", subject=False),
        _description(text, "His chief aide", "Tad Devine"),
        name(text, "Tad Devine", subject=False),
    ]

    first, second = resolve(text, statements, mentions)

    assert _written(text, first.source) == "The judge presiding over the case, Bernard Schwartz,"
    assert _written(text, second.source) == "His chief aide, Tad Devine,"


def test_a_description_the_parser_took_for_a_second_subject_is_written_before_the_name() -> None:
    text = "A member of the parliament, Samir Dilou said the ban was needed."
    statements = [said(text, "the ban was needed", "said", "Samir Dilou", "say")]
    cue = span(text, "said")
    mentions = [
        replace(name(text, "A member", None), kind=MentionKind.NOMINAL, governor=cue),
        name(text, "Samir Dilou", governor=cue),
    ]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "A member of the parliament, Samir Dilou"


def test_a_subject_of_another_verb_before_a_name_is_no_description_of_it() -> None:
    text = "After the judge left the room, Bernard Schwartz said the trial would go on."
    statements = [said(text, "the trial would go on", "said", "Bernard Schwartz", "say")]
    mentions = [
        replace(name(text, "the judge", None), kind=MentionKind.NOMINAL, governor=span(text, "left")),
        name(text, "Bernard Schwartz", governor=span(text, "said")),
    ]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Bernard Schwartz"


def test_a_clause_with_a_subject_of_its_own_before_a_name_is_no_description_of_it() -> None:
    text = "The summer when he wrote his book, Kevin Hart said he had saved nothing."
    statements = [said(text, "he had saved nothing", "said", "Kevin Hart", "say")]
    cue = span(text, "said")
    mentions = [
        replace(name(text, "The summer", None), kind=MentionKind.NOMINAL, governor=cue),
        replace(name(text, "he", None), kind=MentionKind.PRONOUN, governor=span(text, "wrote")),
        name(text, "Kevin Hart", governor=cue),
    ]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Kevin Hart"


def test_a_name_after_a_description_of_many_or_an_object_is_written_alone() -> None:
    text = "Two officials, Maria Ortiz, said it would go on. It quoted a friend, Jo Hart, who said so."
    statements = [
        said(text, "it would go on", "said", "Maria Ortiz", "say"),
        said(text, "so", "said", "Jo Hart", "say", nth=1),
    ]
    mentions = [
        _description(text, "Two officials", "Maria Ortiz"),
        name(text, "Maria Ortiz", subject=False),
        _description(text, "a friend", "Jo Hart", subject=False),
        name(text, "Jo Hart", subject=False),
    ]

    first, second = resolve(text, statements, mentions)

    assert _written(text, first.source) == "Maria Ortiz"
    assert _written(text, second.source) == "Jo Hart"


def test_a_source_that_opens_a_quoted_title_is_written_to_its_closing_mark() -> None:
    text = "Jo Hart, host of the radio show \u201cMorning Farm,\u201d suggested that prices would fall."
    source = "Jo Hart, host of the radio show \u201cMorning Farm,"
    statements = [said(text, "that prices would fall", "suggested", source, "suggest")]

    [statement] = resolve(text, statements, [name(text, "Jo Hart")])

    assert _written(text, statement.source) == "Jo Hart, host of the radio show \u201cMorning Farm,\u201d"


@pytest.mark.parametrize(
    ("text", "source", "written"),
    [
        # after the comma or stop that ends the quoted words
        (
            "\u201cWe have a long way to go, Mr. Mayor,\u201d councillor Jo Hart said on Friday.",
            "Mr. Mayor,\u201d councillor Jo Hart",
            "councillor Jo Hart",
        ),
        ("''We will win this one,'' Jo Hart said on Friday.", "one,'' Jo Hart", "Jo Hart"),
        (
            "\u201cIt was overwhelmingly so,\u201d Hart, 49, said on Friday.",
            "\u201d Hart, 49,",
            "Hart, 49,",
        ),
        # a quoted title, and a title the source itself opens, stay
        (
            "He left. The \u201cDaily Show\u201d host Trevor Noah said it was over.",
            "Daily Show\u201d host Trevor Noah",
            "\u201cDaily Show\u201d host Trevor Noah",
        ),
        (
            "According to ''Farm Life, Then and Now,'' by Jo Hart, prices fell.",
            "Farm Life, Then and Now,'' by Jo Hart",
            "''Farm Life, Then and Now,'' by Jo Hart",
        ),
        (
            "Jo Hart, the author of ''Farm Life,'' who studies prices, said it was over.",
            "Jo Hart, the author of ''Farm Life,'' who studies prices,",
            "Jo Hart, the author of ''Farm Life,'' who studies prices,",
        ),
    ],
)
def test_a_source_started_inside_the_quotation_before_it_starts_after_its_closing_mark(
    text: str, source: str, written: str
) -> None:
    cue = "said" if " said " in text else "According to"
    content = text[text.index(cue) + len(cue) + 1 : -1] if cue == "said" else "prices fell"
    statements = [said(text, content, cue, source, "say")]

    [statement] = resolve(text, statements, [])

    assert _written(text, statement.source) == written


def test_a_participial_aside_before_the_cue_is_written_with_the_source() -> None:
    text = "Reuters, citing anonymous sources, reported that output would fall."
    [statement] = with_participial_asides(
        resolve(text, [said(text, "output would fall", "reported", "Reuters", "report")], []), text
    )

    assert _written(text, statement.source) == "Reuters, citing anonymous sources,"


def test_an_aside_that_opens_with_a_preposition_or_a_noun_stays_out_of_the_source() -> None:
    text = "Mr. Cole, in his statement, said the port would open. Ms. Tam, during a visit, said it would not."
    statements = [
        said(text, "the port would open", "said", "Mr. Cole", "say"),
        said(text, "it would not", "said", "Ms. Tam", "say", nth=1),
    ]
    mentions = [name(text, "Mr. Cole"), name(text, "Ms. Tam")]

    resolved = with_participial_asides(resolve(text, statements, mentions), text)

    written = [_written(text, s.source) for s in resolved]

    assert written == ["Mr. Cole", "Ms. Tam"]


def test_a_participial_aside_with_a_comma_inside_is_left_as_it_was() -> None:
    text = "Judge Ann Roe, presiding over the court in Lansing, Michigan, ruled, stating it was fair."
    statements = [said(text, "it was fair", "stating", "Judge Ann Roe", "state")]

    [statement] = with_participial_asides(resolve(text, statements, [name(text, "Ann Roe")]), text)

    assert _written(text, statement.source) == "Judge Ann Roe"


def test_a_weekday_closing_the_source_is_no_part_of_the_written_source() -> None:
    text = "Reports as of Wednesday said 200 cars burned. According to officials on Saturday, ten died."
    statements = [
        said(text, "200 cars burned", "said", "Reports as of Wednesday", "say"),
        said(text, "ten died", "According to", "officials on Saturday", "according to"),
    ]

    written = [_written(text, s.source) for s in resolve(text, statements, [])]

    assert written == ["Reports", "officials"]


def test_a_weekday_inside_a_clause_a_participle_or_on_a_document_stays_in_the_written_source() -> None:
    text = (
        "The groups who wrote to her on Thursday say the law is unfair. "
        "The opinion, released on Wednesday, read that the law stands. "
        "By reports on Saturday, two men were held."
    )
    sources = ["The groups who wrote to her on Thursday", "The opinion, released on Wednesday,"]
    sources.append("reports on Saturday")
    statements = [
        said(text, "the law is unfair", "say", sources[0], "say"),
        said(text, "the law stands", "read", sources[1], "read"),
        said(text, "two men were held", "By", sources[2], "by"),
    ]

    written = [_written(text, s.source) for s in resolve(text, statements, [])]

    assert written == sources


def test_a_name_cut_from_a_title_joined_by_of_or_for_is_written_with_the_title() -> None:
    text = "On Monday, US Special Envoy for Chad Rob Lane said the talks would resume."
    statements = [said(text, "the talks would resume", "said", "Rob Lane", "say")]

    [statement] = resolve(text, statements, [name(text, "US", "GPE"), name(text, "Rob Lane")])

    assert _written(text, statement.source) == "US Special Envoy for Chad Rob Lane"


def test_a_title_before_a_name_is_taken_from_its_clause_and_sentence_only() -> None:
    text = "After a talk, Professor Jon Roe of Leeds University. Director Ann Bell said it would close."
    statements = [said(text, "it would close", "said", "Ann Bell", "say")]

    [statement] = resolve(text, statements, [name(text, "Jon Roe"), name(text, "Ann Bell")])

    assert _written(text, statement.source) == "Ann Bell"


def test_words_before_a_name_that_are_no_title_stay_out_of_the_written_source() -> None:
    text = "Fans of the club and Tom Reed said the ground was too small."
    statements = [said(text, "the ground was too small", "said", "Tom Reed", "say")]

    [statement] = resolve(text, statements, [name(text, "Tom Reed")])

    assert _written(text, statement.source) == "Tom Reed"


def test_a_participial_aside_that_reports_on_its_own_stays_out_of_the_source() -> None:
    text = "Mr. Hale, saying the deal was fair, told reporters the vote would pass."
    statements = [
        said(text, "the deal was fair", "saying", "Mr. Hale", "say"),
        said(text, "the vote would pass", "told", "Mr. Hale", "tell"),
    ]

    resolved = with_participial_asides(resolve(text, statements, [name(text, "Mr. Hale")]), text)

    assert [_written(text, s.source) for s in resolved] == ["Mr. Hale", "Mr. Hale"]


def test_a_source_that_closes_a_quoted_title_is_written_from_its_opening_mark() -> None:
    text = "On Monday, “Night Desk” host Ann Cole said the show would end."
    statements = [said(text, "the show would end", "said", "Night Desk” host Ann Cole", "say")]

    [statement] = resolve(text, statements, [name(text, "Ann Cole")])

    assert _written(text, statement.source) == "“Night Desk” host Ann Cole"


def test_a_quotation_opening_the_line_stays_out_of_the_source_that_interrupts_it() -> None:
    text = "The study\n\n“Our team” co-author Ann Cole said in a statement “has done it.”"
    statements = [said(text, "has done it.", "said", "Our team” co-author Ann Cole", "say")]

    [statement] = resolve(text, statements, [name(text, "Ann Cole")])

    assert _written(text, statement.source) == "co-author Ann Cole"


def test_a_quoted_title_opening_the_line_stays_in_the_source_when_no_quotation_follows() -> None:
    text = "The show\n\n“Night Desk” host Ann Cole said the show would end."
    statements = [said(text, "the show would end", "said", "Night Desk” host Ann Cole", "say")]

    [statement] = resolve(text, statements, [name(text, "Ann Cole")])

    assert _written(text, statement.source) == "Night Desk” host Ann Cole"


def test_a_source_taken_from_a_quotation_s_end_is_the_speaker_after_its_closing_mark() -> None:
    text = "“We can win in Michigan, Virginia, Florida, Ohio,” Mr. Hale said on Monday."
    statements = [said(text, "We can win in Michigan, Virginia, Florida, Ohio,", "said", "Ohio,”", "say")]
    mentions = [name(text, "Michigan", "GPE"), name(text, "Ohio", "GPE"), name(text, "Mr. Hale")]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Mr. Hale"
    assert statement.speaker == "Hale"


def test_the_speaker_after_a_quotation_ends_at_the_first_cue() -> None:
    text = "''They missed it all, every state,'' Ann Roe, a veteran strategist, told reporters, saying so."
    statements = [
        said(text, "They missed it all, every state,", "told", "Ann Roe, a veteran strategist,", "tell"),
        said(text, "so", "saying", "every state,''", "say"),
    ]
    mentions = [name(text, "Ann Roe")]

    resolved = resolve(text, statements, mentions)

    saying = next(s for s in resolved if s.cue is not None and s.cue.text_of(text) == "saying")
    assert _written(text, saying.source) == "Ann Roe, a veteran strategist,"
    assert saying.speaker == "Ann Roe"


def test_the_speaker_after_a_quotation_is_the_subject_of_the_verb_a_participle_cue_follows() -> None:
    text = "“There is nothing you can do, folks,” Ann Roe told a rally in Ohio, saying the vote was close."
    statements = [said(text, "the vote was close", "saying", "nothing you can do, folks,”", "say")]
    mentions = [name(text, "Ann Roe"), name(text, "Ohio", "GPE")]

    [statement] = resolve(text, statements, mentions)

    assert _written(text, statement.source) == "Ann Roe"
    assert statement.speaker == "Ann Roe"


def test_a_quoted_title_that_the_source_opens_stays_in_the_written_source() -> None:
    text = "Joe Roe, host of the show “Morning Joe,” suggested the race was over."
    source = "Joe Roe, host of the show “Morning Joe,”"
    statements = [said(text, "the race was over", "suggested", source, "suggest")]

    [statement] = resolve(text, statements, [name(text, "Joe Roe")])

    assert _written(text, statement.source) == source


def test_a_source_cut_inside_its_relative_clause_runs_on_to_the_comma_that_closes_it() -> None:
    text = "The president of the club, Kerry Perry, who was appointed in December, released a statement."
    source = "The president of the club, Kerry Perry, who was appointed"
    statements = [said(text, "a statement", "released", source, "release")]

    [statement] = resolve(text, statements, [name(text, "Kerry Perry")])

    assert _written(text, statement.source) == source + " in December,"


def test_a_source_cut_inside_its_relative_clause_before_its_own_verb_is_the_phrase_before_it() -> None:
    text = "President Hale, who appointed Roe to her post in 2017, replied on Twitter, calling for a recount."
    statements = [said(text, "a recount", "calling for", "President Hale, who appointed", "call")]

    [statement] = resolve(text, statements, [name(text, "President Hale"), name(text, "Roe")])

    assert _written(text, statement.source) == "President Hale"
