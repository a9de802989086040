"""Attributions found in the layout rather than the parse: "Name: …" lines and "“…” ― Name".

PolNeAR guidelines ("Punctuation as a cue"): a colon introducing speech and a dash tagging a
quotation with its speaker are cues themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotegraph.extraction.quoting import QuotationIndex
from quotegraph.records import CharSpan, Statement, StatementKind

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
# "Sanders: Clinton needs to …" at the start of a line (headlines, transcripts).
_COLON_LINE = re.compile(rf"^(?P<source>{_NAME}):[ \t]+(?P<content>\S[^\n]*?)[.\s]*$", re.M)
# "“…” ― Oscar P. Quintero" — a quotation tagged by a dash and a name ending the line.
_DASH_TAG = re.compile(rf"(?P<dash>[―—])[ \t\u00a0]*(?P<source>{_NAME}?)[.\s]*$", re.M)
_NOT_SPEAKERS = frozenset(
    "update note photo photos related read watch full text editor's q a video source sources "
    "correction disclosure image caption credit getty map chart graphic breaking live".split()
)


def colon_lines(text: str, article_id: str) -> Iterator[Statement]:
    """Statements for lines shaped "Name: what they said"."""
    for match in _COLON_LINE.finditer(text):
        source = match.group("source")
        if source.lower().split()[0].strip(".'’") in _NOT_SPEAKERS or (source.isupper() and len(source) > 25):
            continue
        content = match.group("content")
        if len(content.split()) < 3:
            continue
        colon = match.end("source")
        yield Statement(
            article_id=article_id,
            kind=StatementKind.DIRECT,  # the caller sets it from the quotation marks
            content=(CharSpan(match.start("content"), match.end("content")),),
            cue=CharSpan(colon, colon + 1),
            cue_lemma=":",
            source=CharSpan(match.start("source"), match.end("source")),
            confidence=0.5,
        )


def dash_tags(text: str, index: QuotationIndex, article_id: str) -> Iterator[Statement]:
    """Statements for quotations followed on their line by "― Name"."""
    for match in _DASH_TAG.finditer(text):
        before = text[: match.start("dash")].rstrip(" \t\u00a0")
        part = index.part_at(len(before) - 1) if before else None
        if part is None or part.end != len(before) or not match.group("source"):
            continue
        quotation = index.quotation_of(part)
        parts = quotation.parts if quotation is not None else (part,)
        yield Statement(
            article_id=article_id,
            kind=StatementKind.DIRECT,  # the caller sets it from the quotation marks
            content=tuple(parts),
            cue=CharSpan(match.start("dash"), match.end("dash")),
            cue_lemma="―",
            source=CharSpan(match.start("source"), match.end("source")),
            confidence=0.6,
        )
