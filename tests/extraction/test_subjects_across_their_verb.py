"""A subject whose subtree the parser carried past its verb: the source ends at the verb (Docs
built by hand, so the test fixes the misparse it reads)."""

from __future__ import annotations

from quotegraph.extraction.sources import source_span
from tests.extraction.docs import parsed_doc

# The parse spaCy's English pipeline gives in its article: the apposition after the object
# ("the first debate") hangs off the subject, across the verb.
POLL = "A majority of voters expect Clinton to win the debate, the first one."
POLL_ROWS = [
    ("A", "DT", "det", 1), ("majority", "NN", "nsubj", 4), ("of", "IN", "prep", 1),
    ("voters", "NNS", "pobj", 2), ("expect", "VBP", "ROOT", 4), ("Clinton", "NNP", "nsubj", 7),
    ("to", "TO", "aux", 7), ("win", "VB", "ccomp", 4), ("the", "DT", "det", 9),
    ("debate", "NN", "dobj", 7), (",", ",", "punct", 1), ("the", "DT", "det", 13),
    ("first", "JJ", "amod", 13), ("one", "NN", "appos", 1), (".", ".", "punct", 4),
]


def _source(text: str, rows: list[tuple[str, str, str, int]], verb: int) -> str | None:
    span = source_span(parsed_doc(text, rows)[verb])
    return None if span is None else span.text_of(text)


def test_a_subject_hung_across_its_verb_ends_at_the_verb() -> None:
    assert _source(POLL, POLL_ROWS, 4) == "A majority of voters"


def test_an_inverted_subject_keeps_its_apposition() -> None:
    text = "“We won,” said Smith, a lawyer."
    rows = [
        ("“", "``", "punct", 5), ("We", "PRP", "nsubj", 2), ("won", "VBD", "ccomp", 5),
        (",", ",", "punct", 5), ("”", "''", "punct", 5), ("said", "VBD", "ROOT", 5),
        ("Smith", "NNP", "nsubj", 5), (",", ",", "punct", 6), ("a", "DT", "det", 9),
        ("lawyer", "NN", "appos", 6), (".", ".", "punct", 5),
    ]
    assert _source(text, rows, 5) == "Smith, a lawyer"
