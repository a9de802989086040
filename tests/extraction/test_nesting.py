"""Attributions inside another's content (extraction/nesting.py) on Docs parsed by hand: a second
report by the same speaker is set apart from the first, a report of someone else is not."""

from __future__ import annotations

from quotegraph.extraction import extract_statements
from tests.extraction.docs import Row, parsed_doc

Found = tuple[list[str], str | None, str | None]  # content parts, cue, source


def attributions(text: str, rows: list[Row], *, nested_in_phrases: bool = True) -> list[Found]:
    doc = parsed_doc(text, rows)
    statements = extract_statements(doc, article_id="t", nested_in_phrases=nested_in_phrases)
    return [
        (
            [part.text_of(text) for part in s.content],
            s.cue.text_of(text) if s.cue else None,
            s.source.text_of(text) if s.source else None,
        )
        for s in statements
    ]


def test_a_participle_hung_on_the_reported_clause_is_a_second_report_of_the_speaker() -> None:
    """The parser hangs "adding" on "presented", whose subject would become its source."""
    text = "Zapata said strong winds presented difficulty, adding it required much endurance."
    rows = [
        ("Zapata", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("strong", "JJ", "amod", 3),
        ("winds", "NNS", "nsubj", 4), ("presented", "VBD", "ccomp", 1), ("difficulty", "NN", "dobj", 4),
        (",", ",", "punct", 4), ("adding", "VBG", "advcl", 4), ("it", "PRP", "nsubj", 9),
        ("required", "VBD", "ccomp", 7), ("much", "JJ", "amod", 11), ("endurance", "NN", "dobj", 9),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [
        (["strong winds presented difficulty"], "said", "Zapata"),
        (["it required much endurance"], "adding", "Zapata"),
    ]


def test_a_verb_coordinated_after_a_that_clause_is_a_second_report_of_the_speaker() -> None:
    text = "He noted that the parliament did not ratify the deal, and mentioned an arbitration route."
    rows = [
        ("He", "PRP", "nsubj", 1), ("noted", "VBD", "ROOT", 1), ("that", "IN", "mark", 7),
        ("the", "DT", "det", 4), ("parliament", "NN", "nsubj", 7), ("did", "VBD", "aux", 7),
        ("not", "RB", "neg", 7), ("ratify", "VB", "ccomp", 1), ("the", "DT", "det", 9),
        ("deal", "NN", "dobj", 7), (",", ",", "punct", 7), ("and", "CC", "cc", 7),
        ("mentioned", "VBD", "conj", 7), ("an", "DT", "det", 15), ("arbitration", "NN", "compound", 15),
        ("route", "NN", "dobj", 12), (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [
        (["that the parliament did not ratify the deal"], "noted", "He"),
        (["an arbitration route"], "mentioned", "He"),
    ]


def test_a_verb_coordinated_in_a_clause_without_that_stays_in_the_report() -> None:
    """ "The minister … criticised the government" may be the minister's: nothing is set apart."""
    text = "He said the minister resigned and criticised the government."
    rows = [
        ("He", "PRP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
        ("minister", "NN", "nsubj", 4), ("resigned", "VBD", "ccomp", 1), ("and", "CC", "cc", 4),
        ("criticised", "VBD", "conj", 4), ("the", "DT", "det", 8), ("government", "NN", "dobj", 6),
        (".", ".", "punct", 1),
    ]
    assert attributions(text, rows) == [
        (["the minister resigned and criticised the government"], "said", "He"),
    ]


def test_a_verb_after_a_noun_the_parser_left_without_it_is_not_a_second_report() -> None:
    """ "forecasters predicted": the parser coordinates the noun, but it is the verb's subject."""
    text = "The agency issued a warning for the coast and forecasters predicted a surge."
    rows = [
        ("The", "DT", "det", 1), ("agency", "NN", "nsubj", 2), ("issued", "VBD", "ROOT", 2),
        ("a", "DT", "det", 4), ("warning", "NN", "dobj", 2), ("for", "IN", "prep", 4),
        ("the", "DT", "det", 7), ("coast", "NN", "pobj", 5), ("and", "CC", "cc", 7),
        ("forecasters", "NNS", "conj", 7), ("predicted", "VBD", "conj", 2), ("a", "DT", "det", 12),
        ("surge", "NN", "dobj", 10), (".", ".", "punct", 2),
    ]
    assert ("a surge", "predicted", "The agency") not in [
        (" ".join(parts), cue, source) for parts, cue, source in attributions(text, rows)
    ]


def test_a_report_inside_what_a_phrase_ascribes_stays_only_under_the_standard_conventions() -> None:
    text = "The mayor said the budget was balanced, according to the paper."
    rows = [
        ("The", "DT", "det", 1), ("mayor", "NN", "nsubj", 2), ("said", "VBD", "ROOT", 2),
        ("the", "DT", "det", 4), ("budget", "NN", "nsubj", 5), ("was", "VBD", "ccomp", 2),
        ("balanced", "JJ", "acomp", 5), (",", ",", "punct", 2), ("according", "VBG", "prep", 2),
        ("to", "IN", "prep", 8), ("the", "DT", "det", 11), ("paper", "NN", "pobj", 9),
        (".", ".", "punct", 2),
    ]
    standard = attributions(text, rows)
    outermost = attributions(text, rows, nested_in_phrases=False)
    assert (["the budget was balanced"], "said", "The mayor") in standard
    assert [cue for _, cue, _ in outermost] == ["according to"]


def test_a_report_in_a_relative_clause_whose_pronoun_is_its_subject_stands_apart() -> None:
    """ "which he said had harmed the economy": his report, cut out of what "cited" reports."""
    text = "He cited the policies, which he said had harmed the economy."
    rows = [
        ("He", "PRP", "nsubj", 1), ("cited", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
        ("policies", "NNS", "dobj", 1), (",", ",", "punct", 3), ("which", "WDT", "nsubj", 9),
        ("he", "PRP", "nsubj", 7), ("said", "VBD", "relcl", 3), ("had", "VBD", "aux", 9),
        ("harmed", "VBN", "ccomp", 7), ("the", "DT", "det", 11), ("economy", "NN", "dobj", 9),
        (".", ".", "punct", 1),
    ]
    expected = [
        (["the policies"], "cited", "He"),
        (["which", "had harmed the economy"], "said", "he"),
    ]
    assert attributions(text, rows) == expected
    assert attributions(text, rows, nested_in_phrases=False) == expected


def test_a_report_in_a_relative_clause_whose_pronoun_is_its_object_stays_nested() -> None:
    text = "He cited the plan, which he said voters rejected."
    rows = [
        ("He", "PRP", "nsubj", 1), ("cited", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
        ("plan", "NN", "dobj", 1), (",", ",", "punct", 3), ("which", "WDT", "dobj", 9),
        ("he", "PRP", "nsubj", 7), ("said", "VBD", "relcl", 3), ("voters", "NNS", "nsubj", 9),
        ("rejected", "VBD", "ccomp", 7), (".", ".", "punct", 1),
    ]
    assert [cue for _, cue, _ in attributions(text, rows)] == ["cited"]
