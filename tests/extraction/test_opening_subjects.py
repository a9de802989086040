"""A subject the parser read as the end of the phrase opening its sentence: "On Friday [Ford
Motor Company] announced …" (Docs built by hand, so the test fixes the misparse it reads)."""

from __future__ import annotations

from quotegraph.extraction.opening_subjects import subject_closing_an_opening_phrase
from quotegraph.extraction.sources import source_span
from tests.extraction.docs import parsed_doc

FORD = "On Friday Ford Motor Company announced a recall."
# The parse spaCy's English pipeline gives: the name is the object of "On", the verb has no subject.
FORD_ROWS = [
    ("On", "IN", "prep", 5), ("Friday", "NNP", "compound", 4), ("Ford", "NNP", "compound", 4),
    ("Motor", "NNP", "compound", 4), ("Company", "NNP", "pobj", 0), ("announced", "VBD", "ROOT", 5),
    ("a", "DT", "det", 7), ("recall", "NN", "dobj", 5), (".", ".", "punct", 5),
]


def _text_of(text: str, rows: list[tuple[str, str, str, int]], verb: int) -> str | None:
    doc = parsed_doc(text, rows)
    span = source_span(doc[verb])
    return None if span is None else text[span.start : span.end]


def test_the_name_after_the_day_is_the_source() -> None:
    assert _text_of(FORD, FORD_ROWS, 5) == "Ford Motor Company"


def test_the_noun_phrase_after_the_opening_comma_is_the_source() -> None:
    text = "After the vote, the senator said it."
    rows = [
        ("After", "IN", "prep", 6), ("the", "DT", "det", 2), ("vote", "NN", "pobj", 0),
        (",", ",", "punct", 2), ("the", "DT", "det", 5), ("senator", "NN", "dep", 2),
        ("said", "VBD", "ROOT", 6), ("it", "PRP", "dobj", 6), (".", ".", "punct", 6),
    ]
    assert _text_of(text, rows, 6) == "the senator"


def test_a_verb_with_a_subject_is_left_alone() -> None:
    text = "On Friday the company announced a recall."
    rows = [
        ("On", "IN", "prep", 4), ("Friday", "NNP", "pobj", 0), ("the", "DT", "det", 3),
        ("company", "NN", "nsubj", 4), ("announced", "VBD", "ROOT", 4), ("a", "DT", "det", 6),
        ("recall", "NN", "dobj", 4), (".", ".", "punct", 4),
    ]
    doc = parsed_doc(text, rows)
    assert subject_closing_an_opening_phrase(doc[4]) is None


def test_a_phrase_holding_a_verb_is_no_subject() -> None:
    # "voters heading home" holds a participle: what follows the comma may be a clause, not the
    # noun phrase the parser swallowed, so the verb keeps no source.
    text = "On Friday, voters heading home said it."
    rows = [
        ("On", "IN", "prep", 6), ("Friday", "NNP", "pobj", 0), (",", ",", "punct", 1),
        ("voters", "NNS", "dep", 1), ("heading", "VBG", "acl", 3), ("home", "RB", "advmod", 4),
        ("said", "VBD", "ROOT", 6), ("it", "PRP", "dobj", 6), (".", ".", "punct", 6),
    ]
    doc = parsed_doc(text, rows)
    assert subject_closing_an_opening_phrase(doc[6]) is None
