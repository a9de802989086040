"""Subjects the parser took into another phrase, leaving a cue verb with none.

"On Friday [Ford Motor Company] announced …": with no comma after the day, the parser read the
name as part of the phrase "On Friday …", so the verb has no subject. It stands alone so that
sources.py only asks it one question, when it has found no source otherwise.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extraction.cues import FINITE_TAGS, VERB_TAGS
from quotegraph.extraction.filters import WEEKDAYS
from quotegraph.extraction.spans import spans_of
from quotegraph.records import CharSpan

# The phrases that may open a sentence before its subject ("On Friday", "Based on the poll,").
OPENING_DEPS = frozenset({"prep", "advcl", "npadvmod"})
SUBJECT_HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def opening_phrase_of_subjectless_verb(verb: Token) -> Token | None:
    """The phrase opening the sentence of a main verb that has no subject, where the parser may
    have taken the subject into that phrase ("On Friday Ford Motor Company announced")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ in OPENING_DEPS), None)


def subject_closing_an_opening_phrase(verb: Token) -> CharSpan | None:
    """The subject of a main verb that the parser read as the end of the phrase opening the
    sentence, leaving the verb with none: "On Friday [Ford Motor Company] announced …", "Based
    on the response, [Sens. Cruz and Rubio] enjoy …". It is the noun phrase after the phrase's
    first comma, or after its day of the week, up to the verb."""
    opening = opening_phrase_of_subjectless_verb(verb)
    if opening is None or opening.right_edge.i != verb.i - 1 or opening.left_edge.i != verb.sent.start:
        return None
    doc = verb.doc
    for split in range(opening.left_edge.i + 1, verb.i - 1):
        if doc[split].text == "," or doc[split].lower_ in WEEKDAYS:
            return _noun_phrase(doc, split + 1, verb.i)
    return None


def _noun_phrase(doc: Doc, first: int, end: int) -> CharSpan | None:
    """The span of tokens first..end-1 when they form one noun phrase opening with a word."""
    phrase = doc[first:end]
    if not phrase[0].text[:1].isalnum() or phrase.root.tag_ not in SUBJECT_HEAD_TAGS:
        return None
    if any(t.tag_ in VERB_TAGS for t in phrase):
        return None
    spans = spans_of(doc, range(first, end))
    return CharSpan(spans[0].start, spans[-1].end) if spans else None
