"""Name mentions and what a name's appositive holds: no common noun the tagger took for a name,
and no quotation the parser attached to the name (parses written by hand in docs.py)."""

from __future__ import annotations

from spacy.tokens import Span

from quotegraph.extraction.mentions import find_mentions
from quotegraph.extraction.name_runs import capitalised_common_nouns
from quotegraph.records import MentionKind
from tests.extraction.docs import Row, parsed_doc


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


def test_a_lower_case_word_tagged_a_proper_noun_is_no_name() -> None:
    text = "Then the diocese protested."
    rows = [
        ("Then", "RB", "advmod", 3),
        ("the", "DT", "det", 2),
        ("diocese", "NNP", "nsubj", 3),
        ("protested", "VBD", "ROOT", 3),
        (".", ".", "punct", 3),
    ]

    names = [m.text for m in find_mentions(parsed_doc(text, rows), []) if m.kind is MentionKind.NAME]

    assert names == []


def _names_of(text: str, rows: list[tuple[str, str, str, int]]) -> list[str]:
    return [m.text for m in find_mentions(parsed_doc(text, rows), []) if m.kind is MentionKind.NAME]


def test_a_hyphenated_name_keeps_a_first_part_tagged_a_common_noun() -> None:
    text = "KTX-Nova Media said it would appeal."
    rows = [
        ("KTX", "NN", "compound", 2),
        ("-", "HYPH", "punct", 2),
        ("Nova", "NNP", "compound", 3),
        ("Media", "NNP", "nsubj", 4),
        ("said", "VBD", "ROOT", 4),
        ("it", "PRP", "nsubj", 7),
        ("would", "MD", "aux", 7),
        ("appeal", "VB", "ccomp", 4),
        (".", ".", "punct", 4),
    ]

    assert _names_of(text, rows) == ["KTX-Nova Media"]


def test_a_capitalised_prefix_at_a_sentence_start_is_no_part_of_a_name() -> None:
    text = "Anti-Nova protests grew."
    rows = [
        ("Anti", "JJ", "amod", 3),
        ("-", "HYPH", "punct", 2),
        ("Nova", "NNP", "compound", 3),
        ("protests", "NNS", "nsubj", 4),
        ("grew", "VBD", "ROOT", 4),
        (".", ".", "punct", 4),
    ]

    assert _names_of(text, rows) == ["Nova"]


def test_a_korean_given_name_keeps_its_lower_case_second_syllable() -> None:
    text = "President Moon Jae-in said talks would go on."
    rows = [
        ("President", "NNP", "compound", 2),
        ("Moon", "NNP", "compound", 2),
        ("Jae", "NNP", "nsubj", 5),
        ("-", "HYPH", "punct", 2),
        ("in", "NN", "prep", 2),
        ("said", "VBD", "ROOT", 5),
        ("talks", "NNS", "nsubj", 8),
        ("would", "MD", "aux", 8),
        ("go", "VB", "ccomp", 5),
        ("on", "RP", "prt", 8),
        (".", ".", "punct", 5),
    ]

    assert _names_of(text, rows) == ["President Moon Jae-in"]


def test_a_common_word_after_a_hyphen_is_no_part_of_a_name() -> None:
    text = "New York-based Hong Kong-style cafes opened."
    rows = [
        ("New", "NNP", "compound", 2),
        ("York", "NNP", "npadvmod", 4),
        ("-", "HYPH", "punct", 4),
        ("based", "VBN", "amod", 8),
        ("Hong", "NNP", "compound", 6),
        ("Kong", "NNP", "npadvmod", 8),
        ("-", "HYPH", "punct", 8),
        ("style", "NN", "amod", 8),
        ("cafes", "NNS", "nsubj", 9),
        ("opened", "VBD", "ROOT", 9),
        (".", ".", "punct", 9),
    ]

    assert _names_of(text, rows) == ["New York", "Hong Kong"]


def test_a_full_stop_tagged_as_a_name_word_ends_no_name() -> None:
    # The tagger tags the full stop after "O'Neill" NNP: the name stops at the surname.
    text = "according to Commissioner James O'Neill."
    rows = [
        ("according", "VBG", "prep", 0),
        ("to", "IN", "prep", 0),
        ("Commissioner", "NNP", "compound", 4),
        ("James", "NNP", "compound", 4),
        ("O'Neill", "NNP", "pobj", 1),
        (".", "NNP", "punct", 0),
    ]

    assert _names_of(text, rows) == ["Commissioner James O'Neill"]


def _names_with_entity(text: str, rows: list[Row], entity: tuple[int, int]) -> list[str]:
    """Name mentions when the recogniser read tokens [start, end) as one entity (set on the Doc,
    as a full pipeline does; find_mentions then reads the Doc's entities)."""
    doc = parsed_doc(text, rows)
    doc.ents = [Span(doc, entity[0], entity[1], label="PERSON")]
    return [m.text for m in find_mentions(doc, [], ner=object()) if m.kind is MentionKind.NAME]


_DASHED_ROWS = [
    ("Deborah", "NNP", "compound", 2),
    ("Jordan", "NNP", "compound", 2),
    ("Reynolds", "NNP", "nsubj", 9),
    ("-", "HYPH", "punct", 2),
    ("Santilli", "NNP", "poss", 6),
    ("'s", "POS", "case", 4),
    ("girlfriend", "NN", "appos", 2),
    ("-", "HYPH", "punct", 2),
    ("she", "PRP", "nsubj", 9),
    ("spoke", "VBD", "ROOT", 9),
    (".", ".", "punct", 9),
]


def test_an_entity_joins_no_names_across_a_dash_set_between_spaces() -> None:
    text = "Deborah Jordan Reynolds - Santilli 's girlfriend - she spoke."

    names = _names_with_entity(text, _DASHED_ROWS, (0, 6))

    assert names == ["Deborah Jordan Reynolds", "Santilli"]


def test_an_entity_still_joins_names_across_a_lower_case_word() -> None:
    text = "Bank of America said so."
    rows = [
        ("Bank", "NNP", "nsubj", 3),
        ("of", "IN", "prep", 0),
        ("America", "NNP", "pobj", 1),
        ("said", "VBD", "ROOT", 3),
        ("so", "RB", "advmod", 3),
        (".", ".", "punct", 3),
    ]

    assert _names_with_entity(text, rows, (0, 3)) == ["Bank of America"]


def test_a_description_a_finite_verb_follows_is_its_subject_not_an_appositive() -> None:
    # The parser attached "the candidate" to the interviewer as an apposition; "stated" makes it
    # the sentence's subject, a person of its own.
    text = "In an interview with Dan Pike, the candidate stated."
    rows = [
        ("In", "IN", "prep", 9),
        ("an", "DT", "det", 2),
        ("interview", "NN", "pobj", 0),
        ("with", "IN", "prep", 2),
        ("Dan", "NNP", "compound", 5),
        ("Pike", "NNP", "pobj", 3),
        (",", ",", "punct", 5),
        ("the", "DT", "det", 8),
        ("candidate", "NN", "appos", 5),
        ("stated", "VBD", "ROOT", 9),
        (".", ".", "punct", 9),
    ]

    assert _appositive_of(text, rows, "Dan Pike") is None


def test_an_appositive_between_its_subject_name_and_the_verb_stays() -> None:
    text = "Dan Pike, the candidate, stated."
    rows = [
        ("Dan", "NNP", "compound", 1),
        ("Pike", "NNP", "nsubj", 6),
        (",", ",", "punct", 1),
        ("the", "DT", "det", 4),
        ("candidate", "NN", "appos", 1),
        (",", ",", "punct", 1),
        ("stated", "VBD", "ROOT", 6),
        (".", ".", "punct", 6),
    ]

    assert _appositive_of(text, rows, "Dan Pike") == "the candidate"


def _names_labelled(text: str, rows: list[Row], entity: tuple[int, int, str] | None) -> list[str]:
    doc = parsed_doc(text, rows)
    # set on the Doc, as a full pipeline does (no entity at all when `entity` is None)
    doc.ents = [Span(doc, entity[0], entity[1], label=entity[2])] if entity is not None else []
    return [m.text for m in find_mentions(doc, [], ner=object()) if m.kind is MentionKind.NAME]


# The tagger takes a company written in capitals at a sentence's start for a common noun.
_CAPITALS_ROWS = [
    ("IKEA", "NN", "nsubj", 2),
    ("will", "MD", "aux", 2),
    ("close", "VB", "ROOT", 2),
    ("its", "PRP$", "poss", 4),
    ("stores", "NNS", "dobj", 2),
    ("in", "IN", "prep", 2),
    ("Britain", "NNP", "pobj", 5),
    (".", ".", "punct", 2),
]


def test_a_word_in_capitals_tagged_a_common_noun_is_a_name_the_recogniser_labels() -> None:
    text = "IKEA will close its stores in Britain."

    assert _names_labelled(text, _CAPITALS_ROWS, (0, 1, "ORG")) == ["IKEA", "Britain"]


def test_a_word_in_capitals_the_recogniser_leaves_unlabelled_is_no_name() -> None:
    # "CEO", "DNA": words in capitals that name no one
    text = "IKEA will close its stores in Britain."

    assert _names_labelled(text, _CAPITALS_ROWS, None) == ["Britain"]
    assert _names_labelled(text, _CAPITALS_ROWS, (0, 1, "DATE")) == ["Britain"]


def test_shouted_words_and_one_word_headings_are_no_capitalised_names() -> None:
    shouted = parsed_doc(
        "HOW POLICE SHOOTINGS are changing the debate.",
        [
            ("HOW", "WRB", "advmod", 4),
            ("POLICE", "NN", "compound", 2),
            ("SHOOTINGS", "NNS", "nsubj", 4),
            ("are", "VBP", "aux", 4),
            ("changing", "VBG", "ROOT", 4),
            ("the", "DT", "det", 6),
            ("debate", "NN", "dobj", 4),
            (".", ".", "punct", 4),
        ],
    )
    heading = parsed_doc("ABSTRACT.", [("ABSTRACT", "NN", "ROOT", 0), (".", ".", "punct", 0)])

    assert capitalised_common_nouns(shouted) == []
    assert capitalised_common_nouns(heading) == []
    ikea = parsed_doc("IKEA will close its stores in Britain.", _CAPITALS_ROWS)
    assert capitalised_common_nouns(ikea) == [0]
