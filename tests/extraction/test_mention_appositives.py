"""What a name's appositive holds: the description of the person, not a quotation the parser
attached to the name (parses written by hand in docs.py)."""

from __future__ import annotations

from quotegraph.extraction.mentions import find_mentions
from tests.extraction.docs import parsed_doc


def _appositive_of(text: str, rows: list[tuple[str, str, str, int]], written: str) -> str | None:
    doc = parsed_doc(text, rows)
    [mention] = [m for m in find_mentions(doc, []) if m.text == written]
    return mention.appositive.text_of(text) if mention.appositive else None


def test_a_quotation_after_a_name_is_no_appositive() -> None:
    text = 'says Lee, "and the new rules are fair."'
    rows = [
        ("says", "VBZ", "ROOT", 0),
        ("Lee", "NNP", "nsubj", 0),
        (",", ",", "punct", 1),
        ('"', "``", "punct", 7),
        ("and", "CC", "cc", 7),
        ("the", "DT", "det", 7),
        ("new", "JJ", "amod", 7),
        ("rules", "NNS", "appos", 1),
        ("are", "VBP", "relcl", 7),
        ("fair", "JJ", "acomp", 8),
        (".", ".", "punct", 0),
        ('"', "''", "punct", 0),
    ]

    assert _appositive_of(text, rows, "Lee") is None
