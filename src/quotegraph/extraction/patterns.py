"""Attributions found in the layout rather than the parse: "Name: …" lines and "“…” ― Name".

PolNeAR guidelines ("Punctuation as a cue"): a colon introducing speech and a dash tagging a
quotation with its speaker are cues themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from quotegraph.extraction.quoting import QuotationIndex
from quotegraph.records import CharSpan, Statement, StatementKind

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
# "Sanders: Clinton needs to …" at the start of a line (headlines, transcripts).
_COLON_LINE = re.compile(rf"^(?P<source>{_NAME}):[ \t]+(?P<content>\S[^\n]*?)[.\s]*$", re.M)
# "“…” ― Oscar P. Quintero" — a quotation tagged by a dash and a name ending the line.
_DASH_TAG = re.compile(rf"(?P<dash>[―—])[ \t\u00a0]*(?P<source>{_NAME}?)[.\s]*$", re.M)
# A paragraph that opens with a speaker's label: "NG: …", "((WN)) …", "Q: …".
_TURN = re.compile(rf"^(?P<label>\(\([^()\n]{{1,30}}\)\)|{_NAME}:)[ \t]+\S[^\n]*", re.M)
# A transcript has two speakers taking turns: two labels that each open two paragraphs or more.
MIN_SPEAKERS, MIN_TURNS_EACH = 2, 2
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


def transcript_turns(text: str) -> list[CharSpan]:
    """The paragraphs of an interview transcript ("((WN)) Why…?", "NG: Because…"): what is
    said in them is said in the interview, not reported in the article, which the conventions
    do not annotate (CONVENTIONS.md; gold/wikinews/ANNOTATING.md). Headings shaped "Topic: …"
    are no transcript: each label opens one paragraph. A turn runs to the next label, over the
    unlabelled paragraphs of a long answer; the last one ends with its paragraph, since prose
    may follow the transcript."""
    matches = list(_TURN.finditer(text))
    labels = Counter(m.group("label") for m in matches)
    if sum(1 for count in labels.values() if count >= MIN_TURNS_EACH) < MIN_SPEAKERS:
        return []
    # An answer may run over several paragraphs: those before the next label are still its own.
    ends = [len(text[: following.start()].rstrip()) for following in matches[1:]] + [matches[-1].end()]
    return [CharSpan(m.start(), max(m.end(), end)) for m, end in zip(matches, ends, strict=True)]
