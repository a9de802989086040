"""spaCy Docs built by hand, so a rule's test fixes the parse it reads instead of depending on
the statistical parser's output (spaCy's own tests build their Docs the same way).

A test writes the sentence and its parse as one row per token, heads as token indices:

    parsed_doc(
        "Rutte said it.",
        [("Rutte", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("it", "PRP", "dobj", 1),
         (".", ".", "punct", 1)],
    )

The words must appear in the text in order with only whitespace between them; the spaces after
each word are read from the text, so character offsets are the text's. A token whose head is
itself is a root, and each root starts a sentence.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

Row = tuple[str, str, str, int]  # word, Penn Treebank tag, dependency label, head index

# The coarse part of speech of each fine tag the rows use (spaCy's English tag map).
UNIVERSAL_POS = {
    "``": "PUNCT", "''": "PUNCT", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "HYPH": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "NFP": "PUNCT", "_SP": "SPACE",
    "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
    "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV",
    "RBS": "ADV", "RP": "ADP", "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB",
    "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON", "WP": "PRON",
    "WRB": "ADV",
}


@cache
def english_vocab() -> Vocab:
    """The vocabulary of a blank English pipeline: lexical attributes, no trained weights."""
    return spacy.blank("en").vocab


def parsed_doc(text: str, rows: list[Row]) -> Doc:
    """A Doc of `text` with the tags and dependency tree of `rows`."""
    words = [word for word, _, _, _ in rows]
    tags = [tag for _, tag, _, _ in rows]
    return Doc(
        english_vocab(),
        words=words,
        spaces=spaces_in(text, words),
        tags=tags,
        pos=[UNIVERSAL_POS[tag] for tag in tags],
        deps=[dep for _, _, dep, _ in rows],
        heads=[head for _, _, _, head in rows],
    )


def spaces_in(text: str, words: list[str]) -> list[bool]:
    """Whether a space follows each word in `text`; the words must make up the whole text."""
    spaces = []
    at = 0
    for word in words:
        if not text.startswith(word, at):
            raise ValueError(f"{word!r} does not come next in {text!r} (at character {at})")
        at += len(word)
        spaced = text.startswith(" ", at)
        spaces.append(spaced)
        at += spaced
    if at != len(text):
        raise ValueError(f"the words leave {text[at:]!r} of {text!r} over")
    return spaces
