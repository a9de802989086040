"""Spans → statements, on hand-written texts and spans (no torch needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotegraph.extraction import load_lexicon
from quotegraph.learned.linking import (
    FRAGMENT_WORDS,
    content_ranges,
    is_cut_off,
    joined_adjacent,
    kind_of,
    link_spans,
    names_someone,
    paragraph_of,
    paragraph_starts,
    placed,
    sentence_ends_between,
    split_coordinated_reports,
    statements_from_spans,
    widened_to_rule_contents,
    with_antecedent_sources,
    with_closing_marks,
    with_continuations_apart,
    with_cue_lemmas,
    with_nearer_rule_cues,
    with_object_class_reports,
    with_quoted_speakers,
    with_restricted_nouns,
    with_rule_links,
    with_rule_sources,
    with_rule_sources_for_cues_in_sources,
    with_whole_rule_sources,
    without_lemmas_of_absent_clauses,
)
from quotegraph.records import CharSpan, Mention, MentionKind, Statement, StatementKind


def at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


TEXT = "“We will win,” Rutte said. Critics said that the plan was weak.\n\nThe mayor added nothing."


def test_each_content_takes_the_nearest_cue_and_that_cue_the_nearest_source() -> None:
    spans = {
        "content": [at(TEXT, "“We will win,”"), at(TEXT, "the plan was weak")],
        "cue": [at(TEXT, "said"), at(TEXT, "said", 30)],
        "source": [at(TEXT, "Rutte"), at(TEXT, "Critics")],
    }
    first, second = link_spans("d", TEXT, spans)
    assert first.source and first.source.text_of(TEXT) == "Rutte"
    assert first.cue == CharSpan(*at(TEXT, "said"))
    assert first.kind is StatementKind.DIRECT
    assert second.source and second.source.text_of(TEXT) == "Critics"
    assert second.cue == CharSpan(*at(TEXT, "said", 30))
    assert second.kind is StatementKind.INDIRECT


def test_no_link_crosses_a_paragraph_break() -> None:
    spans = {"content": [at(TEXT, "nothing")], "cue": [at(TEXT, "said")], "source": [at(TEXT, "Rutte")]}
    [statement] = link_spans("d", TEXT, spans)
    assert statement.cue is None
    assert statement.source is None


def test_a_content_interrupted_by_its_cue_becomes_one_statement_of_two_parts() -> None:
    text = "“We will win,” she said, “and soon.”"
    spans = {"content": [at(text, "“We will win,”"), at(text, "“and soon.”")], "cue": [at(text, "said")],
             "source": [at(text, "she")]}
    [statement] = link_spans("d", text, spans)
    assert [p.text_of(text) for p in statement.content] == ["“We will win,”", "“and soon.”"]


def test_a_content_takes_the_cue_of_its_own_sentence_before_a_nearer_one_across_a_full_stop() -> None:
    text = "It is close, he said. To win it, he said, the party must work harder."
    spans = {"content": [at(text, "It is close"), at(text, "To win it"),
                         at(text, "the party must work harder")],
             "cue": [at(text, "said"), at(text, "said", 21)], "source": [at(text, "he"), at(text, "he", 21)]}
    first, second = link_spans("d", text, spans)
    assert [p.text_of(text) for p in first.content] == ["It is close"]
    parts = [p.text_of(text) for p in second.content]
    assert parts == ["To win it", "the party must work harder"]
    assert second.cue == CharSpan(*at(text, "said", 21))
    assert second.source == CharSpan(*at(text, "he", 21))


def test_a_cue_keeps_the_source_of_its_sentence_past_an_abbreviation_and_a_title() -> None:
    text = ("Senator Ann Lee said the U.S. had a duty and described the delay as a failure. "
            "Dr. Tom Roe said it was fine.")
    spans = {"content": [at(text, "the U.S. had a duty"), at(text, "the delay as a failure"),
                         at(text, "it was fine")],
             "cue": [at(text, "said"), at(text, "described"), at(text, "said", 60)],
             "source": [at(text, "Senator Ann Lee"), at(text, "Dr. Tom Roe")]}
    statements = link_spans("d", text, spans)
    assert [s.source and s.source.text_of(text) for s in statements] == [
        "Senator Ann Lee", "Senator Ann Lee", "Dr. Tom Roe"
    ]


@pytest.mark.parametrize(
    ("text", "ends"),
    [("Jo said. Then Al said", 1), ("the U.S. envoy said", 0), ("at 7 p.m. local time", 0),
     ("Dr. Roe said", 0), ("John C. Eastman said", 0), ('"Why?" she asked', 0), ("in the U.S. The", 1)],
)
def test_only_a_mark_before_a_new_sentence_ends_one(text: str, ends: int) -> None:
    assert sentence_ends_between(text, CharSpan(0, 0), CharSpan(len(text), len(text))) == ends


def test_quoted_parts_around_a_long_source_are_one_content_but_plain_ones_stay_apart() -> None:
    source = "said Jane Doe, a professor of government at a university in the Midwest who studies polls."
    text = f"“These are strange days,” {source} “I am skeptical.”"
    spans = {"content": [at(text, "“These are strange days,”"), at(text, "“I am skeptical.”")],
             "cue": [at(text, "said")], "source": [at(text, "Jane Doe")]}
    [statement] = link_spans("d", text, spans)
    assert len(statement.content) == 2
    plain = f"that times are strange, {source} Turnout will fall."
    spans = {"content": [at(plain, "that times are strange"), at(plain, "Turnout will fall")],
             "cue": [at(plain, "said")], "source": [at(plain, "Jane Doe")]}
    assert [len(s.content) for s in link_spans("d", plain, spans)] == [1, 1]


def test_a_one_word_part_of_a_longer_content_is_kept() -> None:
    text = "Museums, he said, celebrated his heroes."
    spans = {"content": [at(text, "Museums"), at(text, "celebrated his heroes")],
             "cue": [at(text, "said")], "source": [at(text, "he")]}
    [statement] = statements_from_spans("d", text, spans)
    assert [p.text_of(text) for p in statement.content] == ["Museums", "celebrated his heroes"]


def test_a_learned_statement_without_source_takes_the_overlapping_rule_statements() -> None:
    text = "Critics, who met on Monday,\nsaid that the plan was weak.\nOthers said it was fine."
    spans = {"content": [at(text, "the plan was weak"), at(text, "it was fine")],
             "cue": [at(text, "said"), at(text, "said", 40)], "source": [at(text, "Others")]}
    learned = link_spans("d", text, spans)
    assert [s.source for s in learned] == [None, CharSpan(*at(text, "Others"))]  # no link across the break
    rules = [Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "that the plan was weak")),),
                       source=CharSpan(*at(text, "Critics"))),
             Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "it was fine")),),
                       source=CharSpan(*at(text, "Critics")))]

    first, second = with_rule_links(learned, rules)

    assert first.source == CharSpan(*at(text, "Critics"))
    assert second.source == CharSpan(*at(text, "Others"))  # a learned source is kept


def test_a_learned_quotation_the_rules_read_as_going_on_goes_on_from_the_same_source() -> None:
    text = "Baba said the jet flew low. “The plane flew back and forth.” His remarks were released by MSF."
    quotation = CharSpan(*at(text, "“The plane flew back and forth.”"))
    learned = [Statement("d", StatementKind.DIRECT, (quotation,))]  # no cue, no source (link_spans)
    baba = CharSpan(*at(text, "Baba"))
    rules = [Statement("d", StatementKind.DIRECT, (quotation,), continued_source=baba)]

    [linked] = with_rule_links(learned, rules)

    assert linked.source is None and linked.cue is None and linked.continued_source == baba


def test_a_learned_statement_given_a_cue_goes_on_from_no_one_and_has_the_source_as_its_own() -> None:
    text = "“We will rebuild,” the mayor said. “The bridge will reopen in May.”"
    first = CharSpan(*at(text, "“We will rebuild,”"))
    second = CharSpan(*at(text, "“The bridge will reopen in May.”"))
    mayor, said = CharSpan(*at(text, "the mayor")), CharSpan(*at(text, "said"))
    rules = [Statement("d", StatementKind.DIRECT, (first,), cue=said, source=mayor),
             Statement("d", StatementKind.DIRECT, (second,), continued_source=mayor)]
    learned = [Statement("d", StatementKind.DIRECT, (first, second))]  # no cue, no source

    [linked] = with_rule_links(learned, rules)

    assert (linked.cue, linked.source, linked.continued_source) == (said, mayor, None)


def test_touching_content_pieces_are_joined_and_fragments_dropped() -> None:
    text = "He said the plan was weak and costly. Yes, she said."
    pieces = [at(text, "the plan was"), at(text, "weak and costly"), at(text, "Yes")]
    assert joined_adjacent(text, pieces) == [(pieces[0][0], pieces[1][1]), pieces[2]]
    statements = statements_from_spans("d", text, {"content": pieces, "cue": [], "source": []})
    assert [s.content_text(text) for s in statements] == ["the plan was weak and costly"]


def test_touching_quotations_stay_apart() -> None:
    # Two quotations, the second another speaker's: a B tag between them is no mid-span split.
    text = 'Miller explained that "no one can see it". "It could be a power issue", said Smith.'
    pieces = [at(text, 'that "no one can see it".'), at(text, '"It could be a power issue"')]
    assert joined_adjacent(text, pieces) == pieces
    words = [at(text, '"It could be'), at(text, 'a power issue"')]  # split mid-quotation: joined
    assert joined_adjacent(text, words) == [(words[0][0], words[1][1])]
    assert joined_adjacent(text, pieces, quotations_apart=False) == [(pieces[0][0], pieces[1][1])]  # polnear


@pytest.mark.parametrize(
    ("content", "kind"),
    [("“We will win.”", StatementKind.DIRECT), ("that it was “a scandal”", StatementKind.MIXED),
     ("that talks would resume", StatementKind.INDIRECT)],
)
def test_kind_follows_the_quotation_marks(content: str, kind: StatementKind) -> None:
    assert kind_of(content, [CharSpan(0, len(content))]) is kind


def test_paragraphs_are_numbered_from_the_line_breaks() -> None:
    starts = paragraph_starts(TEXT)
    assert paragraph_of(0, starts) == 0
    assert paragraph_of(TEXT.index("The mayor"), starts) == 1


def test_statements_borrow_the_sentence_of_the_mention_before_their_cue() -> None:
    text = "Intro here. Rutte said it."
    rutte = CharSpan(*at(text, "Rutte"))
    mention = Mention(rutte, "Rutte", MentionKind.NAME, rutte, sentence=1, paragraph=0)
    statement = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "it")),),
                          cue=CharSpan(*at(text, "said")))
    [moved] = placed([statement], [mention])
    assert (moved.sentence, moved.paragraph) == (1, 0)


def test_the_stage_imports_no_spacy_and_no_other_stage() -> None:
    import ast
    from pathlib import Path

    import quotegraph.learned

    stages = ("extraction", "resolve", "ingest", "store", "nlp", "process", "cli", "serve", "batch")
    forbidden = ("spacy", *(f"quotegraph.{stage}" for stage in stages))
    for path in Path(quotegraph.learned.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.startswith(forbidden)], (path.name, names)


def test_the_prior_is_the_distinct_content_ranges_of_the_rules_statements() -> None:
    text = "“A,” she said, “B.” He said C."
    first = Statement("d", StatementKind.DIRECT, (CharSpan(*at(text, "“A,”")), CharSpan(*at(text, "“B.”"))),
                      cue=CharSpan(*at(text, "said")), source=CharSpan(*at(text, "she")))
    second = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "C")),),
                       cue=CharSpan(*at(text, "said", 20)))
    assert content_ranges([second, first, first]) == [at(text, "“A,”"), at(text, "“B.”"), at(text, "C")]


def test_each_cue_gets_the_lemma_of_its_words_and_a_statement_without_cue_none() -> None:
    text = "The mayor has also said that taxes rise. Taxes rise."
    said = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "taxes rise")),),
                     cue=CharSpan(*at(text, "has also said")))
    bare = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "Taxes rise")),))
    lemmas = {"has also said": "say"}

    assert [s.cue_lemma for s in with_cue_lemmas([said, bare], text, lemmas.get)] == ["say", None]


@pytest.mark.parametrize(("content", "lemma"), [
    ("his experience on Facebook", None),  # a deed: the cue is one the lexicon does not know
    ("that all the makers had their own techniques", "share"),
    ("“We all had our own techniques”", "share"),
])
def test_a_cue_of_a_that_clause_only_keeps_its_lemma_only_with_that_clause_or_quotation(
    content: str, lemma: str | None
) -> None:
    text = f"The maker shared {content} last week."
    shared = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),),
                       cue=CharSpan(*at(text, "shared")), cue_lemma="share")
    said = replace(shared, cue_lemma="say")

    found = without_lemmas_of_absent_clauses([shared, said], text, load_lexicon("en").that_clause_lemmas())

    assert [s.cue_lemma for s in found] == [lemma, "say"]


LEMMAS = {"said": "say", "called": "call", "told": "tell"}.get
CLAUSES = load_lexicon("en").clause_lemmas()


def _one_content(text: str, content: str, cue: str, source: str) -> Statement:
    return Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),),
                     cue=CharSpan(*at(text, cue)), cue_lemma="say", source=CharSpan(*at(text, source)))


def test_a_content_that_runs_into_a_coordinated_report_is_cut_and_the_report_is_its_own() -> None:
    text = "Senator Jane Roe said she wants a plan first and Senator John Doe of Ohio said repeal was wrong."
    content = "she wants a plan first and Senator John Doe of Ohio said repeal was wrong"
    statement = _one_content(text, content, "said", "Senator Jane Roe")

    first, second = split_coordinated_reports([statement], text, LEMMAS, clause_lemmas=CLAUSES)

    assert first.content_text(text) == "she wants a plan first"
    assert (first.source, first.cue) == (statement.source, statement.cue)
    assert second.content_text(text) == "repeal was wrong"
    assert second.source is not None and second.source.text_of(text) == "Senator John Doe of Ohio"
    assert second.cue is not None and second.cue.text_of(text) == "said"
    assert second.cue_lemma == "say"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the "and" is part of a name
        ("Roe said the Sea and Air Agency said it was late.", "the Sea and Air Agency said it was late"),
        # a deed, not a report of a clause
        ("Roe said she waited and Doe called the police.", "she waited and Doe called the police"),
        # inside a quotation, one may report others
        ('Roe said "I asked and Doe said no" then.', '"I asked and Doe said no"'),
    ],
)
def test_a_content_is_left_whole_without_a_coordinated_report_of_a_clause(text: str, content: str) -> None:
    statement = _one_content(text, content, "said", "Roe")

    assert split_coordinated_reports([statement], text, LEMMAS, clause_lemmas=CLAUSES) == [statement]


def test_a_learned_statement_without_cue_takes_the_overlapping_rule_statements_unless_inside_it() -> None:
    text = "The plan, Critics argued at length on Monday,\n\nwas weak.\n\nThe mayor said the plan was fine."
    spans = {"content": [at(text, "was weak"), at(text, "the plan was fine")], "cue": [at(text, "said")],
             "source": [at(text, "The mayor")]}
    learned = link_spans("d", text, spans)
    assert [s.cue for s in learned] == [None, CharSpan(*at(text, "said"))]  # no cue across the break
    argued = CharSpan(*at(text, "argued"))
    parts = (CharSpan(*at(text, "The plan")), CharSpan(*at(text, "was weak")))
    rules = [Statement("d", StatementKind.INDIRECT, parts, cue=argued, source=CharSpan(*at(text, "Critics"))),
             Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "the plan was fine")),), cue=argued)]

    first, second = with_rule_links(learned, rules)

    assert first.cue == argued and first.source == CharSpan(*at(text, "Critics"))
    assert second.cue == CharSpan(*at(text, "said"))  # a learned cue is kept
    inside = Statement("d", StatementKind.INDIRECT, (CharSpan(0, len(text)),))
    [kept] = with_rule_links([inside], rules)
    assert kept.cue is None  # a cue inside the content would be part of what was said


def test_a_source_sentences_away_gives_way_to_the_rules_source_in_the_cues_sentence() -> None:
    text = "Lund praised the deal. Their note also read that the port would grow. Berg said it would shrink."
    lund, their, berg = (CharSpan(*at(text, word)) for word in ("Lund", "Their", "Berg"))
    read, said = CharSpan(*at(text, "also read")), CharSpan(*at(text, "said"))

    def stated(content: str, cue: CharSpan, source: CharSpan | None) -> Statement:
        return Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),), cue=cue, source=source)

    learned = [stated("the port would grow", read, lund), stated("it would shrink", said, berg)]
    rules = [stated("the port would grow", CharSpan(*at(text, "read")), their),
             stated("it would shrink", said, CharSpan(*at(text, "it would")))]
    grow, shrink = with_rule_sources(learned, rules, text)
    assert grow.source == their  # Lund is a sentence away from "read"
    assert shrink.source == berg  # a source in the cue's own sentence is kept
    assert with_rule_sources(learned, [], text) == learned


def test_a_content_linked_to_a_cue_sentences_away_takes_the_nearer_cue_and_source_of_the_rules() -> None:
    text = "Fauci said of it. The WHO decided in January to declare the outbreak an emergency."
    content = (CharSpan(*at(text, "the outbreak an emergency")),)
    fauci, said = CharSpan(*at(text, "Fauci")), CharSpan(*at(text, "said of"))
    who, declare = CharSpan(*at(text, "The WHO")), CharSpan(*at(text, "to declare"))
    learned = Statement("d", StatementKind.INDIRECT, content, cue=said, source=fauci)  # no cue tagged nearer
    rule = Statement("d", StatementKind.INDIRECT, content, cue=declare, source=who)
    [linked] = with_nearer_rule_cues([learned], [rule], text)
    assert (linked.cue, linked.source) == (declare, who)
    tagged = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "January")),), cue=declare)
    assert with_nearer_rule_cues([learned, tagged], [rule], text)[0] == learned  # the tagger saw that cue
    near = replace(learned, cue=CharSpan(*at(text, "decided")))
    assert with_nearer_rule_cues([near], [rule], text) == [near]  # a cue in the content's sentence stays
    nested = replace(rule, cue=CharSpan(*at(text, "outbreak")))
    assert with_nearer_rule_cues([learned], [nested], text) == [learned]  # a cue inside the content


def test_a_short_fragment_inside_a_rule_content_with_its_cue_is_widened_to_it() -> None:
    text = "Later on, according to the mayor, the port will grow a lot, and the town with it."
    cue = CharSpan(*at(text, "according to"))

    def stated(content: str, cue: CharSpan | None = cue) -> Statement:
        return Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),), cue=cue)

    parts = ("Later on", "the port will grow a lot, and the town with it")
    whole = tuple(CharSpan(*at(text, part)) for part in parts)
    rule = Statement("d", StatementKind.INDIRECT, whole, cue=cue)  # the parse: both parts
    fragment, clause = stated("Later on"), stated("the port will grow a lot")
    assert len(clause.content_text(text).split()) == FRAGMENT_WORDS + 1
    widened, kept = widened_to_rule_contents([fragment, clause], [rule], text)
    assert widened.content == rule.content
    assert kept == clause  # one word over FRAGMENT_WORDS: no fragment
    [alone] = widened_to_rule_contents([stated("Later on", None)], [rule], text)
    assert alone.content_text(text) == "Later on"  # no cue: nothing to match it with


def test_a_noun_cue_with_a_source_sentences_away_takes_the_rules_source_of_its_content() -> None:
    text = (
        "Voters in the suburbs, who backed the mayor, were upset. The news came with the plan that "
        "council leader Ann Holt wanted to close the library. Holt said little."
    )
    who, holt = CharSpan(*at(text, "who")), CharSpan(*at(text, "council leader Ann Holt"))
    plan, wanted = CharSpan(*at(text, "the plan")), CharSpan(*at(text, "wanted"))
    content = CharSpan(*at(text, "council leader Ann Holt wanted to close the library"))
    learned = Statement("d", StatementKind.INDIRECT, (content,), cue=plan, source=who)
    rule = Statement(
        "d", StatementKind.INDIRECT, (CharSpan(*at(text, "to close the library")),), cue=wanted, source=holt
    )
    [mended] = with_rule_sources([learned], [rule], text)
    assert mended.source == holt  # no rule has the noun cue; the verb inside its content does
    far = replace(rule, source=CharSpan(*at(text, "Voters")))
    assert with_rule_sources([learned], [far], text) == [learned]  # a rule source as far away is no better


def test_a_rule_report_through_an_object_of_one_class_joins_the_learned_ones_it_shares_nothing_with() -> None:
    text = "The agency placed the toll in the hundreds. Lund said the port was shut. Berg put it well."
    toll = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "the toll in the hundreds")),),
                     cue=CharSpan(*at(text, "placed")), cue_lemma="place")
    port = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "the port was shut")),),
                     cue=CharSpan(*at(text, "said")), cue_lemma="say")
    well = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "it well")),),
                     cue=CharSpan(*at(text, "put")), cue_lemma="put")
    learned = [replace(port, cue_lemma=None), replace(well, cue_lemma=None)]

    result = with_object_class_reports(learned, [toll, port, well])

    assert result == [toll, *learned]  # "said" is no such cue; "put" shares its content with one


def test_a_source_from_another_clause_gives_way_to_the_rules_subject_right_before_the_cue() -> None:
    text = "Lund praised the deal, with Berg calling it a sham."
    lund, berg = CharSpan(*at(text, "Lund")), CharSpan(*at(text, "Berg"))
    calling = CharSpan(*at(text, "calling"))
    content = (CharSpan(*at(text, "it a sham")),)
    learned = [Statement("d", StatementKind.INDIRECT, content, cue=calling, source=lund)]
    rules = [Statement("d", StatementKind.INDIRECT, content, cue=calling, source=berg)]
    [fixed] = with_rule_sources(learned, rules, text)
    assert fixed.source == berg
    deal = CharSpan(*at(text, "the deal"))
    far = [Statement("d", StatementKind.INDIRECT, content, cue=calling, source=deal)]
    [kept] = with_rule_sources(learned, far, text)
    assert kept.source == lund  # the rule's source is no subject right before the cue
    [polnear] = with_rule_sources(learned, rules, text, subject_before_cue=False)
    assert polnear.source == lund  # not under PolNeAR's conventions


PALACE = (
    "The palace issued the following statement from the king: “She keeps her status.” "
    "Roe wrote in an on-line journal that it was weak."
)


def test_a_source_span_of_function_words_or_a_word_cut_at_its_hyphen_names_no_one() -> None:
    spans = {
        "content": [at(PALACE, "“She keeps her status.”"), at(PALACE, "it was weak")],
        "cue": [at(PALACE, "issued the following statement from the king:"), at(PALACE, "wrote")],
        "source": [at(PALACE, "The palace"), at(PALACE, "the", 11), at(PALACE, "Roe"), at(PALACE, "an on-")],
    }
    found = statements_from_spans("a", PALACE, spans)
    assert [s.source.text_of(PALACE) if s.source else None for s in found] == ["The palace", "Roe"]
    assert names_someone(PALACE, *at(PALACE, "Roe")) and not names_someone(PALACE, *at(PALACE, "an on-"))


def test_a_passives_agent_after_by_is_its_source_not_its_subject() -> None:
    text = "Amman, who was described as “knife-obsessed” by the police, had a record."
    amman, police = CharSpan(*at(text, "Amman")), CharSpan(*at(text, "the police"))
    described = CharSpan(*at(text, "was described"))
    content = (CharSpan(*at(text, "“knife-obsessed”")),)
    learned = [Statement("d", StatementKind.DIRECT, content, cue=described, source=amman)]
    rules = [Statement("d", StatementKind.DIRECT, content, cue=described, source=police)]
    [fixed] = with_rule_sources(learned, rules, text)
    assert fixed.source == police
    [polnear] = with_rule_sources(learned, rules, text, subject_before_cue=False)
    assert polnear.source == amman  # not under PolNeAR's conventions


def test_the_one_quoted_as_saying_speaks_the_gerunds_statement_and_the_quoting_one_goes() -> None:
    text = "The paper quoted Jo Roe, a former aide, as saying “It failed.” Lund quoted the report."
    paper, roe = CharSpan(*at(text, "The paper")), CharSpan(*at(text, "Jo Roe, a former aide"))
    quoted, saying = CharSpan(*at(text, "quoted")), CharSpan(*at(text, "saying"))
    quoting = Statement(
        "d", StatementKind.INDIRECT, (CharSpan(*at(text, "Jo Roe, a former aide,")),),
        cue=quoted, source=paper, cue_lemma="quote",
    )
    said = Statement(
        "d", StatementKind.DIRECT, (CharSpan(*at(text, "“It failed.”")),),
        cue=saying, source=paper, cue_lemma="say",
    )
    other = Statement(
        "d", StatementKind.INDIRECT, (CharSpan(*at(text, "the report")),),
        cue=CharSpan(*at(text, "quoted", 40)), source=CharSpan(*at(text, "Lund")), cue_lemma="quote",
    )
    assert with_quoted_speakers([quoting, said, other], text) == [replace(said, source=roe), other]
    not_right_before = replace(said, cue=CharSpan(*at(text, "failed")))  # no gerund right after the object
    assert with_quoted_speakers([quoting, not_right_before], text) == [quoting, not_right_before]


def test_a_quotation_of_its_own_sentence_continues_the_speaker_before_not_the_next_sentences_cue() -> None:
    text = "Baba said the jet flew low. “The plane flew back and forth.” His remarks were released by MSF."
    spans = {
        "content": [at(text, "the jet flew low"), at(text, "“The plane flew back and forth.”")],
        "cue": [at(text, "said"), at(text, "were released")],
        "source": [at(text, "Baba"), at(text, "MSF")],
    }
    linked = link_spans("d", text, spans)
    assert [(s.cue and s.cue.text_of(text), s.source and s.source.text_of(text)) for s in linked] == [
        ("said", "Baba"), (None, None)
    ]
    asked = "“Why not?” Roe asked. “We will.”"  # "?" ends a quotation inside its sentence
    spans = {"content": [at(asked, "“Why not?”")], "cue": [at(asked, "asked")], "source": [at(asked, "Roe")]}
    [kept] = link_spans("d", asked, spans)
    assert kept.cue is not None and kept.cue.text_of(asked) == "asked"


def test_a_part_the_rules_read_as_going_on_is_set_apart_with_no_source_or_cue_of_its_own() -> None:
    text = "“We will rebuild,” the mayor said. “The bridge will reopen in May.”"
    first = CharSpan(*at(text, "“We will rebuild,”"))
    second = CharSpan(*at(text, "“The bridge will reopen in May.”"))
    source, cue = CharSpan(*at(text, "the mayor")), CharSpan(*at(text, "said"))
    joined = Statement("d", StatementKind.DIRECT, (first, second), cue=cue, cue_lemma="say", source=source)
    # a rule statement going on from the one before: no cue, no source
    going_on = Statement("d", StatementKind.DIRECT, (second,), continued_source=source)
    tagged, apart = with_continuations_apart([joined], [going_on], text)
    assert tagged == replace(joined, content=(first,))
    assert apart == replace(
        joined, content=(second,), cue=None, cue_lemma=None, source=None, continued_source=source
    )
    # an untagged quotation of the rules (no source to go on from) sets nothing apart
    untagged = replace(going_on, continued_source=None)
    assert with_continuations_apart([joined], [untagged], text) == [joined]
    # no rule continuation, or one that would take every part: the statement stays whole
    assert with_continuations_apart([joined], [], text) == [joined]
    only_second = replace(joined, content=(second,))
    assert with_continuations_apart([only_second], [going_on], text) == [only_second]


def _name(text: str, words: str, appositive: str | None = None) -> Mention:
    span = CharSpan(*at(text, words))
    extra = CharSpan(*at(text, appositive)) if appositive else None
    return Mention(span, words, MentionKind.NAME, span, sentence=0, paragraph=0, appositive=extra)


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Barkley, who said he votes democratic, said he likes Kasich.", "Barkley"),
        ("Graham—who had endorsed Bush— will headline a fundraiser for Cruz.", "Graham"),
        ("Roe, the mayor, who had endorsed Bush, said he likes Kasich.", "Roe"),
    ],
)
def test_a_relative_pronoun_before_a_closed_clause_gives_way_to_its_antecedent(
    text: str, antecedent: str
) -> None:
    who = CharSpan(*at(text, "who"))
    cue = CharSpan(*at(text, "will headline" if "headline" in text else "said", who.end + 8))
    content = (CharSpan(cue.end + 1, len(text) - 1),)
    statement = Statement("d", StatementKind.INDIRECT, content, cue=cue, source=who)
    mentions = [_name(text, antecedent, "the mayor" if "mayor" in text else None)]
    mentions += [_name(text, words) for words in ("the mayor", "Bush") if words in text]
    [fixed] = with_antecedent_sources([statement], text, mentions)
    assert fixed.source == CharSpan(*at(text, antecedent))


@pytest.mark.parametrize(
    "text",
    [
        "The leadership, who, on a call Friday, criticized Roe.",  # the clause's own verb, set off
        "Economists who favor the tax agree that it helps.",  # a restrictive clause: no comma
        "Roe held up the sign, which read yes, and waved it, mouthing thanks.",  # several stretches
    ],
)
def test_a_relative_pronoun_keeps_its_cue_without_a_clause_of_one_stretch_set_off(text: str) -> None:
    who = CharSpan(*at(text, "who" if "who" in text else "which"))
    cue = CharSpan(*at(text, next(w for w in ("criticized", "agree", "mouthing") if w in text)))
    statement = Statement("d", StatementKind.INDIRECT, (CharSpan(cue.end + 1, len(text) - 1),),
                          cue=cue, source=who)
    mentions = [_name(text, words) for words in ("The leadership", "Economists", "the sign") if words in text]
    [kept] = with_antecedent_sources([statement], text, mentions)
    assert kept.source == who


def test_a_source_cut_off_mid_phrase_takes_the_whole_rule_source_with_the_same_cue() -> None:
    text = "The BBC on Tuesday reported a fire. Police (BTP) said it spread. Jo Roe reports it is out."
    on_tuesday, bbc = CharSpan(*at(text, "The BBC on")), CharSpan(*at(text, "The BBC"))
    open_bracket, police = CharSpan(*at(text, "Police (BTP")), CharSpan(*at(text, "Police (BTP)"))
    with_cue, roe = CharSpan(*at(text, "Jo Roe reports")), CharSpan(*at(text, "Jo Roe"))
    reported, said, reports = (CharSpan(*at(text, cue)) for cue in ("reported", "said", "reports"))

    def stated(content: str, cue: CharSpan, source: CharSpan) -> Statement:
        return Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),), cue=cue, source=source)

    learned = [stated("a fire", reported, on_tuesday), stated("it spread", said, open_bracket),
               stated("it is out", reports, with_cue)]
    rules = [stated("a fire", reported, bbc), stated("it spread", said, police),
             stated("it is out", reports, roe)]
    assert [s.source for s in with_whole_rule_sources(learned, rules, text)] == [bbc, police, roe]
    whole, cut = [stated("a fire", reported, bbc)], [stated("a fire", reported, on_tuesday)]
    assert with_whole_rule_sources(whole, cut, text) == whole  # a whole one stays
    other_cue = [stated("a fire", said, bbc)]
    assert with_whole_rule_sources(cut, other_cue, text) == cut  # only a rule with the same cue


def test_a_source_that_stops_at_a_possessor_or_inside_a_word_takes_the_whole_rule_source() -> None:
    text = ("Their statement also read that the port was shut. The union's lawyer had alleged a fraud. "
            "A post from Lund's account said it was over. His view was that it failed.")
    read, alleged, said = (CharSpan(*at(text, cue)) for cue in ("read", "alleged", "said"))
    their, statement = CharSpan(*at(text, "Their")), CharSpan(*at(text, "Their statement"))
    unions, lawyer = CharSpan(*at(text, "The union's")), CharSpan(*at(text, "The union's lawyer"))
    lunds, post = CharSpan(*at(text, "Lund'")), CharSpan(*at(text, "A post from Lund's account"))

    def stated(content: str, cue: CharSpan, source: CharSpan) -> Statement:
        return Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, content)),), cue=cue, source=source)

    learned = [stated("the port was shut", read, their), stated("a fraud", alleged, unions),
               stated("it was over", said, lunds)]
    rules = [stated("the port was shut", read, statement), stated("a fraud", alleged, lawyer),
             stated("it was over", said, post)]
    assert [s.source for s in with_whole_rule_sources(learned, rules, text)] == [statement, lawyer, post]
    # a possessor right before its cue is the source: "[His] view was that …"
    assert not is_cut_off(text, CharSpan(*at(text, "His")), CharSpan(*at(text, "view")))
    assert is_cut_off(text, their, read) and not is_cut_off(text, statement, read)



def test_a_source_after_a_conjunction_gives_way_to_the_rules_subject_before_the_cue() -> None:
    text = "Coles reported a rise, and called the demand “unprecedented”, while ALDI called it “unexpected”."
    coles, aldi = CharSpan(*at(text, "Coles")), CharSpan(*at(text, "ALDI"))
    first, second = CharSpan(*at(text, "called")), CharSpan(*at(text, "called", 60))
    demand = (CharSpan(*at(text, "the demand “unprecedented”")),)
    learned = [Statement("d", StatementKind.MIXED, demand, cue=first, source=aldi)]
    rules = [
        Statement("d", StatementKind.MIXED, demand, cue=first, source=coles),
        Statement("d", StatementKind.MIXED, (CharSpan(*at(text, "it “unexpected”")),),
                  cue=second, source=aldi),
    ]
    [fixed] = with_rule_sources(learned, rules, text)
    assert fixed.source == coles
    [polnear] = with_rule_sources(learned, rules, text, subject_before_cue=False)
    assert polnear.source == aldi


@pytest.mark.parametrize(
    ("text", "source", "mended"),
    [
        ("Cattelan, the artist, wrote it was gone.", "Cattelan, the artist", "Cattelan, the artist,"),
        ("Smith, however, said it was gone.", "Smith", "Smith"),  # no mark opened inside the source
        ("Delegate John Archer, said it was gone.", "Delegate John Archer,", "Delegate John Archer"),
        ("Sen. Jo Reed (D-R.I.), said it was gone.", "Sen. Jo Reed (D-R.I.),", "Sen. Jo Reed (D-R.I.),"),
    ],
)
def test_a_source_takes_the_mark_closing_its_parenthetical(text: str, source: str, mended: str) -> None:
    statement = Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "it was gone")),),
                          cue=CharSpan(*at(text, "wrote" if "wrote" in text else "said")),
                          source=CharSpan(*at(text, source)))
    [result] = with_closing_marks([statement], text)
    assert result.source is not None and result.source.text_of(text) == mended


@pytest.mark.parametrize(
    ("text", "pronoun", "whole"),
    [
        ("The officials who ordered the closure claimed it was for a study.", "who ordered the closure",
         "The officials who ordered the closure"),
        ("The firm that built the bridge said it was safe.", "that built the bridge",
         "The firm that built the bridge"),
    ],
)
def test_a_source_that_opens_with_a_relative_pronoun_takes_the_rules_noun_before_it(
    text: str, pronoun: str, whole: str
) -> None:
    clause, noun = CharSpan(*at(text, pronoun)), CharSpan(*at(text, whole))
    cue = CharSpan(*at(text, "claimed" if "claimed" in text else "said"))
    content = (CharSpan(cue.end + 1, len(text) - 1),)
    learned = [Statement("d", StatementKind.INDIRECT, content, cue=cue, source=clause)]
    rules = [Statement("d", StatementKind.INDIRECT, content, cue=cue, source=noun)]
    [fixed] = with_restricted_nouns(learned, rules, text)
    assert fixed.source == noun
    other_cue = [replace(rules[0], cue=CharSpan(*at(text, "the", 4)))]
    assert with_restricted_nouns(learned, other_cue, text) == learned  # only a rule with the same cue


def test_a_source_that_opens_with_a_capital_or_possessive_pronoun_stays() -> None:
    text = "One group whose members objected said the vote was unfair. That report said it was late."
    whose, group = CharSpan(*at(text, "whose members")), CharSpan(*at(text, "One group whose members"))
    that, said = CharSpan(*at(text, "That report")), CharSpan(*at(text, "said", 60))
    first_said = CharSpan(*at(text, "said"))
    learned = [
        Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "the vote was unfair")),), cue=first_said,
                  source=whose),
        Statement("d", StatementKind.INDIRECT, (CharSpan(*at(text, "it was late")),), cue=said, source=that),
    ]
    rules = [replace(learned[0], source=group), replace(learned[1], source=CharSpan(0, that.end))]
    assert with_restricted_nouns(learned, rules, text) == learned



def test_a_source_holding_the_rules_cue_takes_the_rules_source_and_keeps_its_own_cue() -> None:
    text = "Figures from the city council show about 300 homes were flooded last year."
    figures, council_show = CharSpan(*at(text, "Figures")), CharSpan(*at(text, "the city council show"))
    subject, show = CharSpan(*at(text, "Figures from the city council")), CharSpan(*at(text, "show"))
    content = (CharSpan(*at(text, "about 300 homes were flooded last year")),)
    learned = [Statement("d", StatementKind.INDIRECT, content, cue=figures, source=council_show)]
    rules = [Statement("d", StatementKind.INDIRECT, content, cue=show, source=subject, cue_lemma="show")]
    [mended] = with_rule_sources_for_cues_in_sources(learned, rules)
    assert (mended.cue, mended.source, mended.cue_lemma) == (figures, subject, None)
    # the tagger's source stands where the rules' cue lies outside it
    apart = [Statement("d", StatementKind.INDIRECT, content, cue=show, source=figures)]
    assert with_rule_sources_for_cues_in_sources(apart, rules) == apart
    # and where the rules' source lies inside the content (a report nested in it)
    nested = [replace(rules[0], source=CharSpan(*at(text, "homes")))]
    assert with_rule_sources_for_cues_in_sources(learned, nested) == learned
