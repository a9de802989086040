"""A passive that the parse gave another clause's subject for a source, and a report in an
infinitive under "whether" or "if": no attribution under the standard conventions, which count
no agentless passive and no report only asked about; PolNeAR's annotators counted both, so
`standard=False` keeps them (the parses written by hand, as the pinned parser gave them)."""

from __future__ import annotations

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement
from tests.extraction.docs import parsed_doc

FERRY = "The ferry service resumed on Monday and was expected to run hourly."
FERRY_ROWS = [
    ("The", "DT", "det", 2), ("ferry", "NN", "compound", 2), ("service", "NN", "nsubj", 3),
    ("resumed", "VBD", "ROOT", 3), ("on", "IN", "prep", 3), ("Monday", "NNP", "pobj", 4),
    ("and", "CC", "cc", 3), ("was", "VBD", "auxpass", 8), ("expected", "VBN", "conj", 3),
    ("to", "TO", "aux", 10), ("run", "VB", "xcomp", 8), ("hourly", "RB", "advmod", 10),
    (".", ".", "punct", 3),
]

MAYOR = (
    "The mayor, when asked whether a review was held to see who else was at fault, told reporters "
    "the rules had been followed."
)
MAYOR_ROWS = [
    ("The", "DT", "det", 1), ("mayor", "NN", "nsubj", 18), (",", ",", "punct", 1),
    ("when", "WRB", "advmod", 4), ("asked", "VBN", "relcl", 1), ("whether", "IN", "mark", 9),
    ("a", "DT", "det", 7), ("review", "NN", "nsubjpass", 9), ("was", "VBD", "auxpass", 9),
    ("held", "VBN", "ccomp", 4), ("to", "TO", "aux", 11), ("see", "VB", "advcl", 9),
    ("who", "WP", "nsubj", 14), ("else", "RB", "advmod", 12), ("was", "VBD", "ccomp", 11),
    ("at", "IN", "prep", 14), ("fault", "NN", "pobj", 15), (",", ",", "punct", 1),
    ("told", "VBD", "ROOT", 18), ("reporters", "NNS", "dobj", 18), ("the", "DT", "det", 21),
    ("rules", "NNS", "nsubjpass", 24), ("had", "VBD", "aux", 24), ("been", "VBN", "auxpass", 24),
    ("followed", "VBN", "ccomp", 18), (".", ".", "punct", 18),
]

RESIDENTS = "Residents were advised to expect delays on the line."
RESIDENTS_ROWS = [
    ("Residents", "NNS", "nsubjpass", 2), ("were", "VBD", "auxpass", 2), ("advised", "VBN", "ROOT", 2),
    ("to", "TO", "aux", 4), ("expect", "VB", "xcomp", 2), ("delays", "NNS", "dobj", 4),
    ("on", "IN", "prep", 5), ("the", "DT", "det", 8), ("line", "NN", "pobj", 6), (".", ".", "punct", 2),
]


def cues(text: str, statements: list[Statement]) -> list[str]:
    return [s.cue.text_of(text) for s in statements if s.cue is not None]


def test_a_passive_given_its_conjuncts_subject_reports_nothing() -> None:
    # the service does not expect: someone unnamed expects it to run
    set_aside: list[Statement] = []
    statements = extract_statements(parsed_doc(FERRY, FERRY_ROWS), article_id="t", set_aside=set_aside)
    assert statements == []
    assert cues(FERRY, set_aside) == ["was expected"]  # the resolver still reads its subject


def test_polnears_conventions_keep_the_passive() -> None:
    statements = extract_statements(parsed_doc(FERRY, FERRY_ROWS), article_id="t", standard=False)
    assert cues(FERRY, statements) == ["was expected"]


def test_the_question_put_to_the_source_is_no_report_of_theirs() -> None:
    # "when asked": the mayor is asked, by no one named; "to see who else…" is asked about with it
    statements = extract_statements(parsed_doc(MAYOR, MAYOR_ROWS), article_id="t")
    assert cues(MAYOR, statements) == ["told"]


def test_polnears_conventions_keep_the_question() -> None:
    statements = extract_statements(parsed_doc(MAYOR, MAYOR_ROWS), article_id="t", standard=False)
    assert "asked" in cues(MAYOR, statements)


def test_an_infinitive_under_a_passive_of_advice_is_not_yet_a_report() -> None:
    # the residents are told to expect delays; they are not reported to expect them
    assert extract_statements(parsed_doc(RESIDENTS, RESIDENTS_ROWS), article_id="t") == []
