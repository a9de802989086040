"""Sources the parser made the subject of a clause of their own (Docs built by hand, so the test
fixes the misparse it reads: these rows are the parses spaCy's English pipeline gave in PolNeAR
train articles)."""

from __future__ import annotations

from quotegraph.extraction.clause_subjects import subject_read_into_a_clause
from quotegraph.extraction.sources import source_span
from tests.extraction.docs import parsed_doc

Rows = list[tuple[str, str, str, int]]

# "half joking" read as a clause whose subjects are "Maynard" and "half".
MAYNARD = "“I am skilled,” said Robin Maynard, half joking."
MAYNARD_ROWS: Rows = [
    ("“", "``", "punct", 3), ("I", "PRP", "nsubj", 2), ("am", "VBP", "ccomp", 6),
    ("skilled", "JJ", "acomp", 2), (",", ",", "punct", 6), ("”", "''", "punct", 6),
    ("said", "VBD", "ROOT", 6), ("Robin", "NNP", "compound", 8), ("Maynard", "NNP", "nsubj", 11),
    (",", ",", "punct", 8), ("half", "NN", "nsubj", 11), ("joking", "VBG", "ccomp", 6),
    (".", ".", "punct", 6),
]
# "rabbi" read as a verb whose subject is "Salkin".
SALKIN = "Jeffrey Salkin, a rabbi helping to organize the boycott, said he was alarmed."
SALKIN_ROWS: Rows = [
    ("Jeffrey", "NNP", "compound", 1), ("Salkin", "NNP", "nsubj", 4), (",", ",", "punct", 1),
    ("a", "DT", "det", 4), ("rabbi", "VBP", "ccomp", 11), ("helping", "VBG", "xcomp", 4),
    ("to", "TO", "aux", 7), ("organize", "VB", "xcomp", 5), ("the", "DT", "det", 9),
    ("boycott", "NN", "dobj", 7), (",", ",", "punct", 11), ("said", "VBD", "ROOT", 11),
    ("he", "PRP", "nsubjpass", 14), ("was", "VBD", "auxpass", 14), ("alarmed", "VBN", "ccomp", 11),
    (".", ".", "punct", 11),
]


def _source(text: str, rows: Rows, verb: int) -> str | None:
    span = source_span(parsed_doc(text, rows)[verb])
    return None if span is None else span.text_of(text)


def test_the_name_after_the_tag_is_the_source() -> None:
    assert _source(MAYNARD, MAYNARD_ROWS, 6) == "Robin Maynard"


def test_the_fronted_name_and_its_apposition_are_the_source() -> None:
    assert _source(SALKIN, SALKIN_ROWS, 11) == "Jeffrey Salkin, a rabbi helping to organize the boycott,"


def test_an_inverted_name_stops_before_a_verb_in_its_apposition() -> None:
    text = "“We won,” said Don Roe, the chairman, explaining it."
    rows: Rows = [
        ("“", "``", "punct", 5), ("We", "PRP", "nsubj", 2), ("won", "VBD", "ccomp", 5),
        (",", ",", "punct", 5), ("”", "''", "punct", 5), ("said", "VBD", "ROOT", 5),
        ("Don", "NNP", "compound", 7), ("Roe", "NNP", "nsubj", 12), (",", ",", "punct", 7),
        ("the", "DT", "det", 10), ("chairman", "NN", "appos", 7), (",", ",", "punct", 7),
        ("explaining", "VBG", "ccomp", 5), ("it", "PRP", "dobj", 12), (".", ".", "punct", 5),
    ]
    assert _source(text, rows, 5) == "Don Roe, the chairman"


def test_a_cue_with_a_subject_is_left_alone() -> None:
    text = "Salkin, a rabbi, said it."
    rows: Rows = [
        ("Salkin", "NNP", "nsubj", 5), (",", ",", "punct", 0), ("a", "DT", "det", 3),
        ("rabbi", "NN", "appos", 0), (",", ",", "punct", 0), ("said", "VBD", "ROOT", 5),
        ("it", "PRP", "dobj", 5), (".", ".", "punct", 5),
    ]
    assert subject_read_into_a_clause(parsed_doc(text, rows)[5]) is None


def test_a_clause_opened_by_another_word_gives_no_source() -> None:
    # "Because Smith, a rabbi, objected, …": the clause is a circumstance, not a misread subject.
    text = "Because Smith, a rabbi, objected, said no one."
    rows: Rows = [
        ("Because", "IN", "mark", 6), ("Smith", "NNP", "nsubj", 6), (",", ",", "punct", 1),
        ("a", "DT", "det", 4), ("rabbi", "NN", "appos", 1), (",", ",", "punct", 1),
        ("objected", "VBD", "advcl", 8), (",", ",", "punct", 8), ("said", "VBD", "ROOT", 8),
        ("no", "DT", "det", 10), ("one", "NN", "dobj", 8), (".", ".", "punct", 8),
    ]
    assert subject_read_into_a_clause(parsed_doc(text, rows)[8]) is None
