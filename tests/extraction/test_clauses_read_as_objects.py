"""A reported clause the parser read as the object of a verb that reports only clauses: "said
[Adamowicz required resuscitation]", "says [legislation repealing the law could pass]". The
parses are written out (docs.py): they are the misreadings the rule repairs."""

from __future__ import annotations

from quotegraph.extraction import extract_statements
from tests.extraction.docs import Row, parsed_doc


def _statements(text: str, rows: list[Row]) -> list[tuple[str, str, str]]:
    return [
        (
            s.content[0].text_of(text),
            s.cue.text_of(text) if s.cue else "",
            s.source.text_of(text) if s.source else "",
        )
        for s in extract_statements(parsed_doc(text, rows), article_id="t")
    ]


def test_a_past_form_read_as_the_objects_adjective_opens_the_clause() -> None:
    text = "Brudziński said Adamowicz required resuscitation."
    rows: list[Row] = [
        ("Brudziński", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("Adamowicz", "NNP", "nmod", 4),
        ("required", "VBN", "amod", 4), ("resuscitation", "NN", "dobj", 1), (".", ".", "punct", 1),
    ]
    assert _statements(text, rows) == [("Adamowicz required resuscitation", "said", "Brudziński")]


def test_a_modal_inside_the_object_makes_it_the_clause() -> None:
    text = "McCarthy says legislation repealing the law could pass by February."
    rows: list[Row] = [
        ("McCarthy", "NNP", "nsubj", 1), ("says", "VBZ", "ROOT", 1), ("legislation", "NN", "dobj", 1),
        ("repealing", "VBG", "acl", 2), ("the", "DT", "det", 5), ("law", "NN", "dobj", 3),
        ("could", "MD", "aux", 7), ("pass", "VB", "ccomp", 3), ("by", "IN", "prep", 7),
        ("February", "NNP", "pobj", 8), (".", ".", "punct", 1),
    ]
    assert _statements(text, rows) == [
        ("legislation repealing the law could pass by February", "says", "McCarthy")
    ]


def test_an_object_without_a_verb_of_its_own_stays_an_object() -> None:
    text = "Trump says racist things."
    rows: list[Row] = [
        ("Trump", "NNP", "nsubj", 1), ("says", "VBZ", "ROOT", 1), ("racist", "JJ", "amod", 3),
        ("things", "NNS", "dobj", 1), (".", ".", "punct", 1),
    ]
    assert _statements(text, rows) == []


def test_what_is_written_is_an_object_even_with_a_clause_of_its_own() -> None:
    # "write" takes the text written as its object: the book is no reported clause.
    text = "She wrote a book that inspired the film."
    rows: list[Row] = [
        ("She", "PRP", "nsubj", 1), ("wrote", "VBD", "ROOT", 1), ("a", "DT", "det", 3),
        ("book", "NN", "dobj", 1),
        ("that", "WDT", "nsubj", 5), ("inspired", "VBD", "relcl", 3), ("the", "DT", "det", 7),
        ("film", "NN", "dobj", 5), (".", ".", "punct", 1),
    ]
    assert _statements(text, rows) == []
