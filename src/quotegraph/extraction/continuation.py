"""Quotations with no cue of their own that continue the quoted statement before them.

PolNeAR annotates “A,” Warren said. “B.” as one attribution with two content parts, and so does
this module, also when the cue sentence runs on ("“A,” he told reporters on Tuesday. “B.”") and
when “B.” opens the next paragraph: one statement, one speaker, for both. A quotation that is a
sentence of its own, with no tag, right after a reported speech event, in the same paragraph or
opening the next ("McGurk also criticized the decision on Twitter. “The statement shows…”"),
continues that report. Any other quotation that is a sentence of its own, with no tag and no
statement to continue ("She left the series. “This is not what I wanted.”"), is a statement of
its own, with no cue and no source: someone says it, and the text does not say who.

The standard conventions (the Wikinews gold) split a continuation that opens a sentence into two
attributions, the second with no source, no cue and the same speaker: with `split` (extraction's
`split_continuations`) it is a statement of its own, with neither, whose `continued_source` is the
source of the one it continues, so that resolve/ gives it that speaker and reads its act from its
own words. A quotation the tag interrupts ("“A,” she said, “but B.”"), one sentence said, stays
joined.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import replace

from quotegraph.extraction.quoting import QuotationIndex, merge_parts
from quotegraph.records import CharSpan, Statement, StatementKind

# What may stand between a statement and the quotation that continues it.
SENTENCE_GAP = " .,;:\u00a0\n"


def join_continuing_quotes(
    statements: list[Statement], index: QuotationIndex, sentence_ends: list[int], *, split: bool = False
) -> list[Statement]:
    """`statements` with each uncovered quotation joined to the quoted statement it continues, or
    with `split`, set beside it as a statement of its own (continuing_statement)."""
    covered = [part for s in statements for part in s.content]
    ordered = sorted(statements, key=lambda s: s.content[-1].end)
    for quotation in index.quotations:
        span = quotation.span
        if any(part.overlaps(span) for part in covered):
            continue
        previous = _statement_before(ordered, span.start, index, sentence_ends)
        if previous is None:
            continue
        if previous.kind == StatementKind.INDIRECT and not _stands_alone(span.end, index.text):
            continue
        covered.extend(quotation.parts)
        if split and _opens_a_sentence(span.start, index.text) and not _is_title(span.text_of(index.text)):
            # Not a quotation the tag interrupts ("“A,” she said, “but B.”"): one sentence said,
            # which the gold splits about as often as it joins; nor a name in quotation marks
            # ("announced the name: “COVID-19”"), no statement of its own.
            insort(ordered, continuing_statement(previous, quotation.parts, index, sentence_ends),
                   key=lambda s: s.content[-1].end)
            continue
        content = merge_parts([*previous.content, *quotation.parts])
        kind = index.kind_of(content) if previous.kind != StatementKind.INDIRECT else StatementKind.MIXED
        ordered[ordered.index(previous)] = replace(previous, content=content, kind=kind)
    return ordered


def continuing_statement(
    previous: Statement, parts: tuple[CharSpan, ...], index: QuotationIndex, sentence_ends: list[int]
) -> Statement:
    """ "“B.”" after "“A,” he said.": a quoted statement with no source and no cue of its own, as
    the gold marks it, that goes on from `previous`'s source (its `continued_source`, also when
    `previous` goes on from another: "“C.”" after "“B.”"); resolve/ gives it the same speaker and
    reads its act from its words."""
    return replace(
        previous,
        kind=index.kind_of(parts),
        content=parts,
        cue=None,
        cue_lemma=None,
        source=None,
        continued_source=previous.speaker_source,
        paragraph=index.paragraph_at(parts[0].start),
        sentence=bisect_right(sentence_ends, parts[0].start),
    )


def _statement_before(
    ordered: list[Statement], offset: int, index: QuotationIndex, sentence_ends: list[int]
) -> Statement | None:
    """The quoted statement whose sentence ends just before `offset`."""
    best = None
    for statement in ordered:
        end = _end_of(statement)
        if end <= offset:
            best = (statement, end)
    if best is None:
        return None
    statement, end = best
    if statement.kind == StatementKind.INDIRECT:
        # "McGurk also criticized the decision on Twitter. “The statement shows…”": the next
        # sentence, an untagged quotation (join_continuing_quotes asks _stands_alone), is his
        if not _rest_of_sentence_is_tag(end, offset, index, sentence_ends):
            return None
        return _quoted_with_same_tag(ordered, statement) or statement
    if not index.text[end:offset].strip(SENTENCE_GAP):
        return statement
    return statement if _rest_of_sentence_is_tag(end, offset, index, sentence_ends) else None


def _rest_of_sentence_is_tag(end: int, offset: int, index: QuotationIndex, sentence_ends: list[int]) -> bool:
    """ "“A,” he told reporters [on Tuesday at the town hall]. “B.”": what follows the statement
    to its sentence's end is more of its tag (no quotation, no paragraph break), and only a
    sentence end stands between that and the quotation."""
    k = bisect_right(sentence_ends, end - 1)
    if k >= len(sentence_ends):
        return False
    sentence_end = sentence_ends[k]
    rest = index.text[end:sentence_end]
    if sentence_end > offset or "\n" in rest.rstrip():
        return False
    if any(index.mask[end:sentence_end]) and not _only_titles(index, end, sentence_end):
        return False
    return not index.text[sentence_end:offset].strip(SENTENCE_GAP)


# Words a title leaves in lower case: "This Week [with] George Stephanopoulos".
TITLE_SMALL_WORDS = frozenset("a an and at for in of on the to with".split())
# The most words of a title in a tag: a show, paper or book, not a sentence said.
MAX_TITLE_WORDS = 8


def _only_titles(index: QuotationIndex, start: int, end: int) -> bool:
    """ "“A,” Sanders said on CNN's [“State of the Union”] Sunday. “B.”": the quotations in the
    rest of a tag are the names of shows, papers or works, not words said."""
    inside = [q.span for q in index.quotations if q.span.start < end and q.span.end > start]
    return all(_is_title(span.text_of(index.text)) for span in inside)


def _is_title(quoted: str) -> bool:
    """A few capitalised words with no sentence inside ("“Meet the Press”", "“Today.”")."""
    inner = quoted.strip("\"“”«»'‘’ ").rstrip(".,!?")
    words = re.findall(r"[\w'’&-]+", inner)
    if not words or len(words) > MAX_TITLE_WORDS or re.search(r"[.!?;:]", inner):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _stands_alone(end: int, text: str) -> bool:
    """A quotation that is a sentence of its own: nothing but its paragraph's end or a new
    sentence follows its closing mark ("“It is a disaster.” The council…"), not a tag ("“…,” she
    said") nor a phrase it is part of."""
    after = text[end : end + 3].lstrip(" ")
    return not after or after[0] == "\n" or (after[0].isupper() and text[end - 2 : end - 1] in ".!?")


def _quoted_with_same_tag(ordered: list[Statement], indirect: Statement) -> Statement | None:
    """ "“A,” Caddell said, speaking of [her health]. “B.”": the quoted statement whose tag the
    indirect report is part of (the same source, before it), which the quotation after both goes
    on from, not the report; None when there is none."""
    if indirect.source is None or indirect.cue is None:
        return None
    for statement in reversed(ordered):
        if statement is indirect or statement.kind == StatementKind.INDIRECT:
            continue
        if statement.source == indirect.source and statement.content[-1].end <= indirect.cue.start:
            return statement
    return None


def _end_of(statement: Statement) -> int:
    return max(
        statement.content[-1].end,
        statement.cue.end if statement.cue else 0,
        statement.source.end if statement.source else 0,
    )


def untagged_quotations(
    statements: list[Statement],
    index: QuotationIndex,
    sentence_ends: list[int],
    turns: list[CharSpan],
    article_id: str,
) -> list[Statement]:
    """Statements for the quotations no statement holds that are sentences of their own ("She left
    the series. “This is not what I wanted.”"): no cue, no source. Not a quotation inside a
    sentence (a title, a scare quote, a phrase), nor a transcript turn, which is the interview."""
    covered = [part for s in statements for part in s.content] + turns
    found = []
    for quotation in index.quotations:
        span = quotation.span
        if any(part.overlaps(span) for part in covered) or not _whole_sentence(span, index.text):
            continue
        found.append(
            Statement(
                article_id=article_id,
                kind=StatementKind.DIRECT,
                content=quotation.parts,
                paragraph=index.paragraph_at(span.start),
                sentence=bisect_right(sentence_ends, span.start),
                confidence=NO_SOURCE_CONFIDENCE,
            )
        )
    return found


# extraction/__init__.py's fixed value for a statement without a source (its route "none").
NO_SOURCE_CONFIDENCE = 0.4
# The fewest words of a quotation read as a sentence said ("“Let me talk.”").
MIN_SENTENCE_WORDS = 2


def _opens_a_sentence(start: int, text: str) -> bool:
    """Whether `start` opens a paragraph or follows a sentence's end (a closing mark after it too)."""
    before = text[:start].rstrip(" \u00a0")
    return not before or before[-1] == "\n" or before[-1] in ".!?" or before[-2:-1] in (".", "!", "?")


def _whole_sentence(span: CharSpan, text: str) -> bool:
    """A quotation that opens a paragraph or follows a sentence's end, and closes one: a sentence
    (or several) said, not a phrase of the writer's sentence."""
    opens = _opens_a_sentence(span.start, text)
    closes = text[span.end - 2 : span.end - 1] in (".", "!", "?")
    words = len(text[span.start : span.end].split())
    return opens and closes and words >= MIN_SENTENCE_WORDS and _stands_alone(span.end, text)
