"""Parsed Doc → Statements (and Mentions) with character offsets. spaCy in, records out.

The only package that touches spaCy objects besides nlp.py: everything it returns is a
record from quotegraph.records.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotegraph.extraction.attribution import Found, attribute_phrase, attribute_verb
from quotegraph.extraction.cues import Cue, find_cues
from quotegraph.extraction.lexicon import Lexicon, load_lexicon
from quotegraph.extraction.mentions import find_mentions
from quotegraph.extraction.patterns import colon_lines, dash_tags
from quotegraph.extraction.quotes import Quotation, find_quotations
from quotegraph.extraction.quoting import QuotationIndex, merge_parts, snap_to_quotations
from quotegraph.extraction.spans import sentence_starts, token_span
from quotegraph.records import CharSpan, Mention, Statement, StatementKind

__all__ = ["Lexicon", "analyse_doc", "extract_statements", "find_mentions", "load_lexicon"]


def extract_statements(doc: Doc, *, article_id: str = "", lexicon: Lexicon | None = None) -> list[Statement]:
    """Statements in a parsed article, in text order. Speakers are filled in later by resolve/."""
    lexicon = lexicon or load_lexicon("en")
    text = doc.text  # spaCy rebuilds doc.text on every access: read it once
    index = QuotationIndex(text, find_quotations(text))
    found = [f for f in _attributions(doc, lexicon, index) if f.content]
    found = _outermost(found)
    statements = [_to_statement(f, article_id, index) for f in found]
    statements += _layout_statements(doc, index, article_id, statements)
    statements = _join_continuing_quotes(statements, index, doc)
    return sorted(statements, key=lambda s: (s.content[0].start, s.cue.start if s.cue else 0))


def analyse_doc(
    doc: Doc, *, article_id: str, lexicon: Lexicon, ner: object | None = None
) -> tuple[list[Statement], list[Mention]]:
    """Statements and the mentions resolve/ needs, from one parsed article."""
    statements = extract_statements(doc, article_id=article_id, lexicon=lexicon)
    mentions = find_mentions(doc, statements, ner=ner)
    return statements, mentions


def _attributions(doc: Doc, lexicon: Lexicon, index: QuotationIndex) -> list[Found]:
    found: list[Found] = []
    for cue in find_cues(doc, lexicon):
        if index.part_at(cue.head.idx) is not None:
            continue  # a cue inside a quotation is the quoted speaker's, nested in theirs
        if cue.is_phrase:
            item = attribute_phrase(cue)
        else:
            item = attribute_verb(cue, lexicon=lexicon)
            if item is None:
                item = _adjacent_quotation(cue, index)
        if item is not None:
            content = snap_to_quotations(item.content, index)
            found.append(replace(item, content=_without_cue(content, cue, index.text)))
    return found


def _layout_statements(
    doc: Doc, index: QuotationIndex, article_id: str, found: list[Statement]
) -> list[Statement]:
    """Colon lines and dash tags that no parsed cue already covers, with kind and position set."""
    taken = [part for s in found for part in s.content]
    extra = []
    for statement in [*colon_lines(index.text, article_id), *dash_tags(index.text, index, article_id)]:
        if any(part.overlaps(other) for part in statement.content for other in taken):
            continue
        position = doc.char_span(
            statement.content[0].start, statement.content[0].end, alignment_mode="expand"
        )
        extra.append(
            replace(
                statement,
                kind=index.kind_of(statement.content),
                paragraph=index.paragraph_at(statement.content[0].start),
                sentence=_sentence_number(doc, position.start) if position is not None else 0,
            )
        )
        taken.extend(statement.content)
    return extra


def _adjacent_quotation(cue: Cue, index: QuotationIndex) -> Found | None:
    """A verb with no complement next to a quotation: "He said: “…”", or "“We will win!” Rutte
    said." where the parser ends a sentence at the quoted "!" or "?" and leaves the cue alone."""
    from quotegraph.extraction.attribution import _source_span  # noqa: PLC0415 - one rule's helper

    verb = cue.head
    last = verb.doc[cue.indices[-1]]
    quotation = index.first_after(last.idx + len(last.text), within=4)
    if quotation is None and verb.left_edge.is_sent_start and not _has_object(verb):
        quotation = index.last_before(verb.left_edge.idx, within=2)
        if quotation is not None and not _ends_exclaiming_or_asking(quotation, index.text):
            quotation = None  # after "." the parser's split is right: the quote is not this cue's
    if quotation is None:
        return None
    return Found(cue, quotation.parts, _source_span(verb), verb.sent, "quote")


def _ends_exclaiming_or_asking(quotation: Quotation, text: str) -> bool:
    last = quotation.parts[-1]
    return text[last.start : last.end].rstrip("\u201d\u2019\"'\u00bb\u203a ").endswith(("!", "?"))


def _has_object(verb: Token) -> bool:
    return any(child.dep_ == "dobj" for child in verb.children)  # "Rutte said nothing."


def _without_cue(content: tuple[CharSpan, ...], cue: Cue, text: str) -> tuple[CharSpan, ...]:
    doc = cue.head.doc
    cue_spans = [token_span(doc[i]) for i in cue.indices]
    parts: list[CharSpan] = []
    for part in content:
        pieces = [part]
        for cut in cue_spans:
            pieces = [p for piece in pieces for p in _cut(piece, cut)]
        parts.extend(p for p in pieces if text[p.start : p.end].strip(" ,.;:\n"))
    return merge_parts(parts)


def _cut(part: CharSpan, cut: CharSpan) -> list[CharSpan]:
    if not part.overlaps(cut):
        return [part]
    pieces = []
    if part.start < cut.start:
        pieces.append(CharSpan(part.start, cut.start))
    if cut.end < part.end:
        pieces.append(CharSpan(cut.end, part.end))
    return pieces


def _outermost(found: list[Found]) -> list[Found]:
    """Only the outermost attribution (PolNeAR guidelines, "No nested attributions")."""
    kept = []
    for item in found:
        cue_span = token_span(item.cue.head)
        nested = any(
            other is not item and any(part.contains(cue_span) for part in other.content) for other in found
        )
        if not nested:
            kept.append(item)
    return kept


def _to_statement(found: Found, article_id: str, index: QuotationIndex) -> Statement:
    doc = found.sentence.doc
    first, last = found.cue.indices[0], found.cue.indices[-1]
    cue = CharSpan(doc[first].idx, doc[last].idx + len(doc[last].text))
    return Statement(
        article_id=article_id,
        kind=index.kind_of(found.content),
        content=found.content,
        cue=cue,
        cue_lemma=found.cue.lemma,
        source=found.source,
        paragraph=index.paragraph_at(found.content[0].start),
        sentence=_sentence_number(doc, found.sentence.start),
        confidence=_CONFIDENCE.get(found.how, 0.5) if found.source else 0.4,
    )


_CONFIDENCE = {
    "ccomp": 0.8,
    "host": 0.8,
    "quote": 0.85,
    "phrase": 0.8,
    "object": 0.6,
    "preposition": 0.6,
    "aside": 0.75,
    "passive": 0.6,
}


def _join_continuing_quotes(statements: list[Statement], index: QuotationIndex, doc: Doc) -> list[Statement]:
    """A quoted sentence with no cue of its own that follows a quoted statement continues it.

    PolNeAR annotates “A,” Warren said. “B.” as one attribution with two content parts.
    """
    covered = [part for s in statements for part in s.content]
    ordered = sorted(statements, key=lambda s: s.content[-1].end)
    for quotation in index.quotations:
        span = quotation.span
        if any(part.overlaps(span) for part in covered):
            continue
        previous = _statement_before(ordered, span.start, index.text)
        if previous is None:
            continue
        grown = replace(previous, content=merge_parts([*previous.content, *quotation.parts]))
        grown = replace(
            grown,
            kind=index.kind_of(grown.content)
            if grown.kind != StatementKind.INDIRECT
            else StatementKind.MIXED,
        )
        ordered[ordered.index(previous)] = grown
        covered.extend(quotation.parts)
    return ordered


def _statement_before(ordered: list[Statement], offset: int, text: str) -> Statement | None:
    """The quoted statement ending just before `offset`, with nothing but a sentence end (or a
    paragraph break: a quotation often goes on in the next paragraph) between."""
    best = None
    for statement in ordered:
        end = max(
            statement.content[-1].end,
            statement.cue.end if statement.cue else 0,
            statement.source.end if statement.source else 0,
        )
        if end <= offset:
            best = (statement, end)
    if best is None:
        return None
    statement, end = best
    if statement.kind == StatementKind.INDIRECT:
        return None
    gap = text[end:offset]
    if gap.strip(" .,;:\u00a0\n"):
        return None
    return statement


def _sentence_number(doc: Doc, token_start: int) -> int:
    return max(bisect_right(sentence_starts(doc), token_start) - 1, 0)
