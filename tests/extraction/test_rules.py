"""The extraction rules on Docs parsed by hand (tests/extraction/docs.py): each test fixes the
tree a rule reads, so it checks the rule, not the statistical parser. test_constructions.py
runs the same kinds of sentences through the pinned pipeline."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement
from tests.extraction.docs import Row, parsed_doc

Found = tuple[list[str], str | None, str | None, str]  # content parts, cue, source, kind


def attributions(text: str, rows: list[Row], *, split: bool = True) -> list[Found]:
    statements = extract_statements(parsed_doc(text, rows), article_id="t", split_continuations=split)
    return [described(statement, text) for statement in statements]


def described(statement: Statement, text: str) -> Found:
    cue = statement.cue.text_of(text) if statement.cue else None
    source = statement.source.text_of(text) if statement.source else None
    return [part.text_of(text) for part in statement.content], cue, source, statement.kind.value


def test_a_quotation_before_its_tag_is_what_the_subject_said() -> None:
    text = "“We will win,” Rutte said."
    rows = [
        ("“", "``", "punct", 7), ("We", "PRP", "nsubj", 3), ("will", "MD", "aux", 3),
        ("win", "VB", "ccomp", 7), (",", ",", "punct", 7), ("”", "''", "punct", 7),
        ("Rutte", "NNP", "nsubj", 7), ("said", "VBD", "ROOT", 7), (".", ".", "punct", 7),
    ]
    assert attributions(text, rows) == [(["“We will win,”"], "said", "Rutte", "direct")]


def test_an_inverted_tag_takes_the_subject_after_the_verb() -> None:
    text = "“It is over,” said the minister."
    rows = [
        ("“", "``", "punct", 6), ("It", "PRP", "nsubj", 2), ("is", "VBZ", "ccomp", 6),
        ("over", "RB", "advmod", 2), (",", ",", "punct", 6), ("”", "''", "punct", 6),
        ("said", "VBD", "ROOT", 6), ("the", "DT", "det", 8), ("minister", "NN", "nsubj", 6),
        (".", ".", "punct", 6),
    ]
    assert attributions(text, rows) == [(["“It is over,”"], "said", "the minister", "direct")]


def test_an_inverted_subject_read_as_the_object_is_the_tags_source() -> None:
    """ "“…,” said a nurse": with the tag's verb hung inside the quotation's clause, the parser takes
    its inverted subject for its object."""
    text = "“We all know that,” said a nurse."
    rows = [
        ("“", "``", "punct", 3), ("We", "PRP", "nsubj", 3), ("all", "DT", "appos", 1),
        ("know", "VBP", "ROOT", 3), ("that", "IN", "mark", 7), (",", ",", "punct", 3),
        ("”", "''", "punct", 3), ("said", "VBD", "ccomp", 3), ("a", "DT", "det", 9),
        ("nurse", "NN", "dobj", 7), (".", ".", "punct", 3),
    ]
    assert attributions(text, rows) == [(["“We all know that,”"], "said", "a nurse", "direct")]


def test_the_medium_of_a_report_is_no_part_of_its_source() -> None:
    text = "“It is over,” wrote the minister on Twitter."
    rows = [
        ("“", "``", "punct", 6), ("It", "PRP", "nsubj", 2), ("is", "VBZ", "ccomp", 6),
        ("over", "RB", "advmod", 2), (",", ",", "punct", 6), ("”", "''", "punct", 6),
        ("wrote", "VBD", "ROOT", 6), ("the", "DT", "det", 8), ("minister", "NN", "nsubj", 6),
        ("on", "IN", "prep", 8), ("Twitter", "NNP", "pobj", 9), (".", ".", "punct", 6),
    ]
    assert attributions(text, rows) == [(["“It is over,”"], "wrote", "the minister", "direct")]


def test_a_colon_introduces_the_quotation_after_the_addressee() -> None:
    text = "She told reporters: “We are ready.”"
    rows = [
        ("She", "PRP", "nsubj", 1), ("told", "VBD", "ROOT", 1), ("reporters", "NNS", "dobj", 1),
        (":", ":", "punct", 1), ("“", "``", "punct", 1), ("We", "PRP", "nsubj", 6),
        ("are", "VBP", "ccomp", 1), ("ready", "JJ", "acomp", 6), (".", ".", "punct", 1),
        ("”", "''", "punct", 1),
    ]
    assert attributions(text, rows) == [(["“We are ready.”"], "told", "She", "direct")]


def test_a_clausal_complement_is_the_content_with_its_that() -> None:
    text = "The mayor said that the bridge would reopen."
    rows = [
        ("The", "DT", "det", 1), ("mayor", "NN", "nsubj", 2), ("said", "VBD", "ROOT", 2),
        ("that", "IN", "mark", 7), ("the", "DT", "det", 5), ("bridge", "NN", "nsubj", 7),
        ("would", "MD", "aux", 7), ("reopen", "VB", "ccomp", 2), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows) == [
        (["that the bridge would reopen"], "said", "The mayor", "indirect")
    ]


def test_a_second_report_subordinated_to_the_first_is_its_own_statement() -> None:
    text = "Rutte said taxes would rise, while Berg said they would fall."
    rows = [
        ("Rutte", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("taxes", "NNS", "nsubj", 4),
        ("would", "MD", "aux", 4), ("rise", "VB", "ccomp", 1), (",", ",", "punct", 1),
        ("while", "IN", "mark", 8), ("Berg", "NNP", "nsubj", 8), ("said", "VBD", "advcl", 4),
        ("they", "PRP", "nsubj", 11), ("would", "MD", "aux", 11), ("fall", "VB", "ccomp", 8),
        (".", ".", "punct", 1),
    ]
    # Berg's report hangs inside Rutte's clause here; it is cut out of Rutte's content.
    assert attributions(text, rows) == [
        (["taxes would rise"], "said", "Rutte", "indirect"),
        (["they would fall"], "said", "Berg", "indirect"),
    ]


def test_a_clause_before_its_tag_is_what_the_tag_reports() -> None:
    text = "The harbour will close, the mayor said."
    rows = [
        ("The", "DT", "det", 1), ("harbour", "NN", "nsubj", 3), ("will", "MD", "aux", 3),
        ("close", "VB", "ccomp", 7), (",", ",", "punct", 7), ("the", "DT", "det", 6),
        ("mayor", "NN", "nsubj", 7), ("said", "VBD", "ROOT", 7), (".", ".", "punct", 7),
    ]
    assert attributions(text, rows) == [(["The harbour will close"], "said", "the mayor", "indirect")]


# "Prices rose, reported the Times.": the parser reads the tag either as a verb coordinated with
# the clause or as the verb whose complement the clause is; both give the same statement.
TAG_AS_CONJUNCT = [
    ("Prices", "NNS", "nsubj", 1), ("rose", "VBD", "ROOT", 1), (",", ",", "punct", 1),
    ("reported", "VBD", "conj", 1), ("the", "DT", "det", 5), ("Times", "NNP", "dobj", 3),
    (".", ".", "punct", 1),
]
TAG_AS_HEAD = [
    ("Prices", "NNS", "nsubj", 1), ("rose", "VBD", "ccomp", 3), (",", ",", "punct", 3),
    ("reported", "VBD", "ROOT", 3), ("the", "DT", "det", 5), ("Times", "NNP", "dobj", 3),
    (".", ".", "punct", 3),
]


@pytest.mark.parametrize("rows", [TAG_AS_CONJUNCT, TAG_AS_HEAD], ids=["conjunct", "head"])
def test_an_inverted_tag_parsed_either_way_reports_the_clause_before_it(rows: list[Row]) -> None:
    assert attributions("Prices rose, reported the Times.", rows) == [
        (["Prices rose"], "reported", "the Times", "indirect")
    ]


def test_a_parenthetical_tag_splits_its_content_in_two() -> None:
    text = "Acts of protest, Obama said, are acts of patriotism."
    rows = [
        ("Acts", "NNS", "nsubj", 7), ("of", "IN", "prep", 0), ("protest", "NN", "pobj", 1),
        (",", ",", "punct", 5), ("Obama", "NNP", "nsubj", 5), ("said", "VBD", "parataxis", 7),
        (",", ",", "punct", 5), ("are", "VBP", "ROOT", 7), ("acts", "NNS", "attr", 7),
        ("of", "IN", "prep", 8), ("patriotism", "NN", "pobj", 9), (".", ".", "punct", 7),
    ]
    assert attributions(text, rows) == [
        (["Acts of protest", "are acts of patriotism"], "said", "Obama", "indirect")
    ]


def test_according_to_names_the_source_of_the_clause_it_modifies() -> None:
    text = "According to the ministry, the talks failed."
    rows = [
        ("According", "VBG", "prep", 7), ("to", "IN", "prep", 0), ("the", "DT", "det", 3),
        ("ministry", "NN", "pobj", 1), (",", ",", "punct", 7), ("the", "DT", "det", 6),
        ("talks", "NNS", "nsubj", 7), ("failed", "VBD", "ROOT", 7), (".", ".", "punct", 7),
    ]
    assert attributions(text, rows) == [
        (["the talks failed"], "According to", "the ministry", "indirect")
    ]


PASSIVE_WITH_AGENT = [
    ("The", "DT", "det", 1), ("plan", "NN", "nsubjpass", 3), ("was", "VBD", "auxpass", 3),
    ("announced", "VBN", "ROOT", 3), ("by", "IN", "agent", 3), ("the", "DT", "det", 6),
    ("ministry", "NN", "pobj", 4), (".", ".", "punct", 3),
]


def test_a_passive_agent_is_the_source_and_the_subject_the_content() -> None:
    text = "The plan was announced by the ministry."
    assert attributions(text, PASSIVE_WITH_AGENT) == [
        (["The plan"], "was announced", "the ministry", "indirect")
    ]


def test_a_passive_without_an_agent_has_no_source_and_is_left_out() -> None:
    text = "It was announced that the plan had failed."
    rows = [
        ("It", "PRP", "nsubjpass", 2), ("was", "VBD", "auxpass", 2), ("announced", "VBN", "ROOT", 2),
        ("that", "IN", "mark", 7), ("the", "DT", "det", 5), ("plan", "NN", "nsubj", 7),
        ("had", "VBD", "aux", 7), ("failed", "VBN", "ccomp", 2), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows) == []


def test_a_participle_takes_the_subject_of_the_verb_it_hangs_off() -> None:
    text = "Rutte spoke on Monday, adding that the talks would go on."
    rows = [
        ("Rutte", "NNP", "nsubj", 1), ("spoke", "VBD", "ROOT", 1), ("on", "IN", "prep", 1),
        ("Monday", "NNP", "pobj", 2), (",", ",", "punct", 1), ("adding", "VBG", "advcl", 1),
        ("that", "IN", "mark", 10), ("the", "DT", "det", 8), ("talks", "NNS", "nsubj", 10),
        ("would", "MD", "aux", 10), ("go", "VB", "ccomp", 5), ("on", "RP", "prt", 10),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [
        (["that the talks would go on"], "adding", "Rutte", "indirect")
    ]


def test_an_object_is_the_content_of_a_verb_that_takes_one() -> None:
    text = "The president rejected the idea."
    rows = [
        ("The", "DT", "det", 1), ("president", "NN", "nsubj", 2), ("rejected", "VBD", "ROOT", 2),
        ("the", "DT", "det", 4), ("idea", "NN", "dobj", 2), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows) == [(["the idea"], "rejected", "The president", "indirect")]


def test_a_line_shaped_name_colon_text_is_a_statement_of_that_name() -> None:
    text = "Karlsson: The harbour will stay open all winter"
    rows = [
        ("Karlsson", "NNP", "ROOT", 0), (":", ":", "punct", 0), ("The", "DT", "det", 3),
        ("harbour", "NN", "nsubj", 5), ("will", "MD", "aux", 5), ("stay", "VB", "acl", 0),
        ("open", "JJ", "acomp", 5), ("all", "DT", "det", 8), ("winter", "NN", "npadvmod", 5),
    ]
    assert attributions(text, rows) == [
        (["The harbour will stay open all winter"], ":", "Karlsson", "indirect")
    ]


def test_a_quotation_with_no_cue_continues_the_quoted_statement_before_it() -> None:
    text = "“A deal is close,” she said. “It is not done.”"
    rows = [
        ("“", "``", "punct", 8), ("A", "DT", "det", 2), ("deal", "NN", "nsubj", 3),
        ("is", "VBZ", "ccomp", 8), ("close", "JJ", "acomp", 3), (",", ",", "punct", 8),
        ("”", "''", "punct", 8), ("she", "PRP", "nsubj", 8), ("said", "VBD", "ROOT", 8),
        (".", ".", "punct", 8),
        ("“", "``", "punct", 14), ("It", "PRP", "nsubjpass", 14), ("is", "VBZ", "auxpass", 14),
        ("not", "RB", "neg", 14), ("done", "VBN", "ROOT", 14), (".", ".", "punct", 14),
        ("”", "''", "punct", 14),
    ]
    assert attributions(text, rows, split=False) == [
        (["“A deal is close,”", "“It is not done.”"], "said", "she", "direct")
    ]
    # split, as the gold marks it: the second has no source or cue, and goes on from the first's source
    assert attributions(text, rows) == [
        (["“A deal is close,”"], "said", "she", "direct"), (["“It is not done.”"], None, None, "direct")
    ]
    tagged, going_on = extract_statements(parsed_doc(text, rows), article_id="t")
    assert going_on.continued_source == tagged.source and tagged.continued_source is None


def test_a_negated_report_ascribes_nothing() -> None:
    text = "The mayor did not say whether the bridge would reopen."
    rows = [
        ("The", "DT", "det", 1), ("mayor", "NN", "nsubj", 4), ("did", "VBD", "aux", 4),
        ("not", "RB", "neg", 4), ("say", "VB", "ROOT", 4), ("whether", "IN", "mark", 9),
        ("the", "DT", "det", 7), ("bridge", "NN", "nsubj", 9), ("would", "MD", "aux", 9),
        ("reopen", "VB", "ccomp", 4), (".", ".", "punct", 4),
    ]
    assert attributions(text, rows) == []


def test_a_negated_belief_still_ascribes_one() -> None:
    text = "The mayor does not think the bridge will reopen."
    rows = [
        ("The", "DT", "det", 1), ("mayor", "NN", "nsubj", 4), ("does", "VBZ", "aux", 4),
        ("not", "RB", "neg", 4), ("think", "VB", "ROOT", 4), ("the", "DT", "det", 6),
        ("bridge", "NN", "nsubj", 8), ("will", "MD", "aux", 8), ("reopen", "VB", "ccomp", 4),
        (".", ".", "punct", 4),
    ]
    assert attributions(text, rows) == [
        (["the bridge will reopen"], "does not think", "The mayor", "indirect")
    ]


def test_a_vote_is_a_deed_not_a_statement() -> None:
    text = "The council voted for the new budget."
    rows = [
        ("The", "DT", "det", 1), ("council", "NN", "nsubj", 2), ("voted", "VBD", "ROOT", 2),
        ("for", "IN", "prep", 2), ("the", "DT", "det", 6), ("new", "JJ", "amod", 6),
        ("budget", "NN", "pobj", 3), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows) == []


def test_a_signed_letter_that_says_something_is_a_statement() -> None:
    text = "The mayors signed a letter urging a ban."
    rows = [
        ("The", "DT", "det", 1), ("mayors", "NNS", "nsubj", 2), ("signed", "VBD", "ROOT", 2),
        ("a", "DT", "det", 4), ("letter", "NN", "dobj", 2), ("urging", "VBG", "acl", 4),
        ("a", "DT", "det", 7), ("ban", "NN", "dobj", 5), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows)[0][1:3] == ("signed", "The mayors")


def test_a_speech_event_without_content_is_left_out() -> None:
    text = "The ministry issued a statement."
    rows = [
        ("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("issued", "VBD", "ROOT", 2),
        ("a", "DT", "det", 4), ("statement", "NN", "dobj", 2), (".", ".", "punct", 2),
    ]
    assert attributions(text, rows) == []


def test_a_day_sees_nothing() -> None:
    text = "Monday saw a surge in sales."
    rows = [
        ("Monday", "NNP", "npadvmod", 1), ("saw", "VBD", "ROOT", 1), ("a", "DT", "det", 3),
        ("surge", "NN", "dobj", 1), ("in", "IN", "prep", 3), ("sales", "NNS", "pobj", 4),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == []


def test_the_parse_decides_the_content_not_the_words() -> None:
    """The same words as the passive with its agent, with "by the ministry" read as a place:
    no agent, so the passive attributes nothing."""
    text = "The plan was announced by the ministry."
    rows = [(word, tag, "prep" if word == "by" else dep, head) for word, tag, dep, head in PASSIVE_WITH_AGENT]
    assert attributions(text, rows) == []


def test_words_that_do_not_make_up_the_text_are_refused() -> None:
    with pytest.raises(ValueError, match="does not come next"):
        parsed_doc("Rutte said.", [("Rutte", "NNP", "nsubj", 1), ("says", "VBZ", "ROOT", 1)])


def test_a_clause_hung_off_a_that_taken_for_the_object_is_the_content() -> None:
    text = "Lee writes in an essay that the rule came from an old law."
    rows = [
        ("Lee", "NNP", "nsubj", 1), ("writes", "VBZ", "ROOT", 1), ("in", "IN", "prep", 1),
        ("an", "DT", "det", 4), ("essay", "NN", "pobj", 2), ("that", "IN", "dobj", 1),
        ("the", "DT", "det", 7), ("rule", "NN", "nsubj", 5), ("came", "VBD", "acl", 7),
        ("from", "IN", "prep", 8), ("an", "DT", "det", 12), ("old", "JJ", "amod", 12),
        ("law", "NN", "pobj", 9), (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [
        (["that the rule came from an old law"], "writes", "Lee", "indirect"),
    ]


def test_a_pronoun_that_as_the_object_is_no_clause() -> None:
    text = "Lee wrote that."
    rows = [
        ("Lee", "NNP", "nsubj", 1), ("wrote", "VBD", "ROOT", 1), ("that", "DT", "dobj", 1),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == []


def test_an_object_the_parser_swallowed_into_what_it_is_called_goes_with_it() -> None:
    text = "Warren called Johnson a coward."
    rows = [
        ("Warren", "NNP", "nsubj", 1), ("called", "VBD", "ROOT", 1), ("Johnson", "NNP", "compound", 4),
        ("a", "DT", "det", 4), ("coward", "NN", "oprd", 1), (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [(["Johnson a coward"], "called", "Warren", "indirect")]


def test_an_object_read_as_a_first_predicate_goes_with_the_second() -> None:
    text = "Warren called Johnson a liar."
    rows = [
        ("Warren", "NNP", "nsubj", 1), ("called", "VBD", "ROOT", 1), ("Johnson", "NNP", "oprd", 1),
        ("a", "DT", "det", 4), ("liar", "NN", "oprd", 1), (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [(["Johnson a liar"], "called", "Warren", "indirect")]


def test_one_predicate_without_an_object_is_no_naming() -> None:
    text = "Warren named Johnson as her deputy."
    rows = [
        ("Warren", "NNP", "nsubj", 1), ("named", "VBD", "ROOT", 1), ("Johnson", "NNP", "oprd", 1),
        ("as", "IN", "prep", 1), ("her", "PRP$", "poss", 5), ("deputy", "NN", "pobj", 3),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == []


def test_a_quoted_question_is_not_tagged_by_a_sentence_that_opens_with_a_scene() -> None:
    text = "“Why now?” At the rally, Warren called for a vote."
    rows = [
        ("“", "``", "punct", 2), ("Why", "WRB", "advmod", 2), ("now", "RB", "ROOT", 2),
        ("?", ".", "punct", 2), ("”", "''", "punct", 2),
        ("At", "IN", "prep", 10), ("the", "DT", "det", 7), ("rally", "NN", "pobj", 5),
        (",", ",", "punct", 10), ("Warren", "NNP", "nsubj", 10), ("called", "VBD", "ROOT", 10),
        ("for", "IN", "prep", 10), ("a", "DT", "det", 13), ("vote", "NN", "pobj", 11),
        (".", ".", "punct", 10),
    ]
    # the question is a sentence said with no tag: a statement of its own, with no cue or source
    assert attributions(text, rows) == [
        (["“Why now?”"], None, None, "direct"), (["a vote"], "called for", "Warren", "indirect"),
    ]


def test_a_quoted_fragment_taken_for_a_second_subject_leaves_the_tag_its_own() -> None:
    text = "“It is their dispute. Not ours,” said Lund."
    rows = [
        ("“", "``", "punct", 2), ("It", "PRP", "nsubj", 2), ("is", "VBZ", "ROOT", 2),
        ("their", "PRP$", "poss", 4), ("dispute", "NN", "attr", 2), (".", ".", "punct", 2),
        ("Not", "RB", "neg", 7), ("ours", "JJ", "nsubj", 10), (",", ",", "punct", 10),
        ("”", "''", "punct", 10), ("said", "VBD", "ROOT", 10), ("Lund", "NNP", "nsubj", 10),
        (".", ".", "punct", 10),
    ]
    assert attributions(text, rows) == [(["“It is their dispute. Not ours,”"], "said", "Lund", "direct")]


def test_a_cue_read_as_an_adjective_keeps_the_subject_hung_off_it() -> None:
    """ "An adviser, Gorka, encouraged supporters to remain calm": the parser takes the cue for an
    adjective of "supporters" and hangs the real subject off the cue; the cue still opens the
    noun phrase, so the clause after it is the content."""
    text = "An adviser, Gorka, encouraged supporters to remain calm."
    rows = [
        ("An", "DT", "det", 1), ("adviser", "NN", "nsubj", 5), (",", ",", "punct", 1),
        ("Gorka", "NNP", "appos", 1), (",", ",", "punct", 1), ("encouraged", "VBD", "amod", 6),
        ("supporters", "NNS", "nsubj", 8), ("to", "TO", "aux", 8), ("remain", "VB", "ROOT", 8),
        ("calm", "JJ", "acomp", 8), (".", ".", "punct", 8),
    ]
    assert attributions(text, rows) == [
        (["supporters to remain calm"], "encouraged", "An adviser, Gorka", "indirect")
    ]
