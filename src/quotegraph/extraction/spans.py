"""Token sets → character spans: the one place where token positions become offsets."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotegraph.records import CharSpan

# Punctuation that frames a span rather than belonging to it (PolNeAR guidelines, "Closeup
# on punctuation": exclude punctuation at a span's edges unless it is part of the content).
EDGE_PUNCT = frozenset(",;:.\u2014\u2013-()[]")


_SENTENCE_STARTS = "quotegraph_sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's first token, computed once per Doc.

    Reads the parser's sentence-start flags as one array: `doc.sents` builds a Span per
    sentence and a Token per word, which costs more than many of the rules that need this.
    """
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        flags = doc.to_array(SENT_START)
        starts = [0, *(int(i) for i in numpy.flatnonzero(flags == 1) if i > 0)] if len(doc) else []
        doc.user_data[_SENTENCE_STARTS] = starts
    return starts


def positions_where(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose string attribute `attr` (TAG, LOWER, …) is one of `values`.

    Compares hashes in one array instead of building a Token object per word.
    """
    wanted = numpy.array([get_string_id(value) for value in values], dtype=numpy.uint64)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(doc.to_array(attr), wanted))]


def token_runs(doc: Doc, indices: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted token indices grouped into contiguous [first, last] runs."""
    runs: list[tuple[int, int]] = []
    for i in sorted(set(indices)):
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def trimmed_run(
    doc: Doc, first: int, last: int, *, keep_final: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The run without framing punctuation at either edge; None when nothing is left.

    A quotation mark that closes a quotation never starts a run, nor one that opens a quotation
    ends it: the parser hangs the closing mark of "“Why now?” Lund asked" on Lund.
    """
    while first <= last and (doc[first].text in EDGE_PUNCT or doc[first].is_space or doc[first].tag_ == "''"):
        first += 1
    while last >= first and (
        (doc[last].text in EDGE_PUNCT and doc[last].text not in keep_final and not _closes(doc, first, last))
        or doc[last].is_space
        or doc[last].tag_ == "``"
        or _dangling_coordinator(doc[last])
    ):
        last -= 1
    return (first, last) if first <= last else None


def _dangling_coordinator(token: Token) -> bool:
    """ "calling the rise “an insult” [and]": a coordinator whose conjunct, a report of its own,
    was cut away; no phrase ends in one."""
    return token.dep_ == "cc" and token.lower_ in ("and", "or", "but")


# Closing brackets and the opening ones they pair with.
BRACKET_PAIRS = {")": "(", "]": "["}


def _closes(doc: Doc, first: int, last: int) -> bool:
    """Whether the bracket at `last` closes one opened inside the run: "the ministry (MoD)" keeps
    its ")", which belongs to the phrase rather than framing it."""
    opening = BRACKET_PAIRS.get(doc[last].text)
    if opening is None:
        return False
    words = [t.text for t in doc[first:last]]
    return words.count(opening) > words.count(doc[last].text)


def run_span(doc: Doc, first: int, last: int) -> CharSpan:
    return CharSpan(doc[first].idx, doc[last].idx + len(doc[last].text))


def token_span(token: Token) -> CharSpan:
    return CharSpan(token.idx, token.idx + len(token.text))


def subtree_indices(token: Token, *, without: Iterable[Token] = ()) -> set[int]:
    """Indices of `token`'s subtree, less the subtrees of `without`."""
    keep = {t.i for t in token.subtree}
    for other in without:
        keep -= {t.i for t in other.subtree}
    return keep


def spans_of(doc: Doc, indices: Iterable[int]) -> list[CharSpan]:
    """Trimmed character spans covering `indices`, one per contiguous run."""
    spans = []
    for first, last in token_runs(doc, indices):
        trimmed = trimmed_run(doc, first, last)
        if trimmed:
            spans.append(run_span(doc, *trimmed))
    return spans
