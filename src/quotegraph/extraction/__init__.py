"""Parsed Doc → Statements (and Mentions) with character offsets. spaCy in, records out.

The only package that touches spaCy objects besides nlp.py: everything it returns is a
record from quotegraph.records.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotegraph.extraction.attribution import attribute_verb
from quotegraph.extraction.continuation import join_continuing_quotes, untagged_quotations
from quotegraph.extraction.cues import NOUN_CUE_TAGS, Cue, find_cues
from quotegraph.extraction.filters import is_addressee, why_not_an_attribution
from quotegraph.extraction.found import Found
from quotegraph.extraction.lexicon import Lexicon, load_lexicon
from quotegraph.extraction.mentions import find_mentions
from quotegraph.extraction.nesting import outermost
from quotegraph.extraction.objects import ADDRESSEE_LEMMAS
from quotegraph.extraction.patterns import colon_lines, dash_tags, transcript_turns
from quotegraph.extraction.phrases import attribute_phrase
from quotegraph.extraction.quotes import find_quotations
from quotegraph.extraction.quoting import QuotationIndex, merge_parts, snap_to_quotations
from quotegraph.extraction.rejections import verbs_reporting_nothing
from quotegraph.extraction.spans import sentence_starts, token_span
from quotegraph.extraction.tags import (
    block_after_colon,
    colon_after_object,
    colon_introduced,
    quotation_before_clause,
    tagged_quotation,
)
from quotegraph.records import CharSpan, Mention, Rejection, Statement

__all__ = ["Lexicon", "analyse_doc", "extract_statements", "find_mentions", "load_lexicon"]


def extract_statements(
    doc: Doc,
    *,
    article_id: str = "",
    lexicon: Lexicon | None = None,
    rejections: list[Rejection] | None = None,
    set_aside: list[Statement] | None = None,
    nested_in_phrases: bool = True,
    split_continuations: bool = True,
    standard: bool = True,
) -> list[Statement]:
    """Statements in a parsed article, in text order. Speakers are filled in later by resolve/.

    `rejections`, when given, receives the cues set aside as no attribution and the turns of an
    interview transcript, with the reason (for the learned path, which has no parse to judge by).
    `set_aside`, when given, receives the attributions found and set aside as no attribution
    (filters.why_not_an_attribution: "Smith offered flights", "she did not say"), as statements
    with their source and cue: they report nothing, but who did what there is part of the
    discourse that resolve/ reads later pronouns by.
    `nested_in_phrases` keeps a report with its own source inside what a phrase cue ascribes
    ("Pelosi called it a breach, according to NBC": Pelosi's too), as the Wikinews gold does;
    False keeps only the outermost, as PolNeAR's guidelines do.
    `split_continuations` makes a quotation that goes on from a quoted statement ("“A,” he said.
    “B.”") a statement of its own, with no source or cue and the one it continues' source as its
    `continued_source` (its speaker's), as the Wikinews gold does; False joins it to the one it
    continues, as PolNeAR's guidelines do (continuation.py).
    `standard` sets aside, beside the rest, what CONVENTIONS.md does not count and PolNeAR's
    annotators did (filters.why_not_an_attribution): False reads PolNeAR's conventions.
    """
    lexicon = lexicon or load_lexicon("en")
    text = doc.text  # spaCy rebuilds doc.text on every access: read it once
    index = QuotationIndex(text, find_quotations(text))
    turns = transcript_turns(text)
    if rejections is not None:
        rejections.extend(Rejection(turn, "interview turn") for turn in turns)
        rejections.extend(verbs_reporting_nothing(doc, lexicon))
    rejected: list[Found] = []
    found = _attributions(doc, lexicon, index, rejections, rejected, standard=standard)
    found = [f for f in found if f.content and not _in_turn(f, turns)]
    if set_aside is not None:
        set_aside.extend(
            _to_statement(f, article_id, index) for f in rejected if f.content and not _in_turn(f, turns)
        )
    found = outermost(found, in_phrases=nested_in_phrases)
    found += colon_introduced(doc, index, [part for f in found for part in f.content])
    statements = [_to_statement(f, article_id, index) for f in found]
    statements += _layout_statements(doc, index, article_id, statements, turns)
    ends = _sentence_ends(doc)
    statements = join_continuing_quotes(statements, index, ends, split=split_continuations)
    statements += untagged_quotations(statements, index, ends, turns, article_id)
    return sorted(statements, key=lambda s: (s.content[0].start, s.cue.start if s.cue else 0))


def analyse_doc(
    doc: Doc,
    *,
    article_id: str,
    lexicon: Lexicon,
    ner: object | None = None,
    rejections: list[Rejection] | None = None,
    set_aside: list[Statement] | None = None,
    nested_in_phrases: bool = True,
    split_continuations: bool = True,
    standard: bool = True,
) -> tuple[list[Statement], list[Mention]]:
    """Statements and the mentions resolve/ needs, from one parsed article (and the rejections,
    into `rejections` when given, the attributions set aside, into `set_aside` when given,
    `nested_in_phrases`, `split_continuations` and `standard`: see extract_statements)."""
    statements = extract_statements(
        doc, article_id=article_id, lexicon=lexicon, rejections=rejections, set_aside=set_aside,
        nested_in_phrases=nested_in_phrases, split_continuations=split_continuations, standard=standard,
    )
    mentions = find_mentions(doc, statements, ner=ner)
    return statements, mentions


def _attributions(
    doc: Doc,
    lexicon: Lexicon,
    index: QuotationIndex,
    rejections: list[Rejection] | None = None,
    rejected: list[Found] | None = None,
    *,
    standard: bool = True,
) -> list[Found]:
    """What each cue attributes, but for what the filters set aside (each one's cue into
    `rejections`, and the attribution as found into `rejected`, when given; `standard`: see
    extract_statements)."""
    found: list[Found] = []
    cues = list(find_cues(doc, lexicon))
    phrases = {cue.indices: attribute_phrase(cue) for cue in cues if cue.is_phrase}
    in_phrases = {i for indices, item in phrases.items() if item is not None for i in indices}
    for cue in cues:
        beside: list[Found] = []  # a quotation after the colon that closes the cue's object
        if index.part_at(cue.head.idx) is not None:
            continue  # a cue inside a quotation is the quoted speaker's, nested in theirs
        if not cue.is_phrase and cue.head.i in in_phrases:
            continue  # "reported" of "as reported by" is that phrase's
        if cue.is_phrase:
            item = phrases[cue.indices]
        else:
            item = attribute_verb(cue, lexicon=lexicon)
            if item is None and cue.head.tag_ == "JJ":
                continue  # "the alleged “mastermind”": an adjective reports only as misparses.py reads it
            if item is None and _stance_noun(cue, lexicon):
                continue  # "reflects this view in comments: “…”": the noun tags no quotation
            if item is None and not lexicon.allows(cue.lemma, "c"):
                continue  # a verb that takes no clause ("look", only "to" an aim) tags no quotation
            if item is None or _layout_may_override(item, index):
                item, beside = _laid_out(item, cue, index)
            elif item.how == "ccomp":
                item = quotation_before_clause(item, index) or item
        reason = why_not_an_attribution(item, lexicon, standard=standard) if item is not None else None
        if item is not None and reason is None:
            content = snap_to_quotations(item.content, index)
            found.append(replace(item, content=_without_cue(content, cue, index.text)))
            found.extend(beside)
        elif item is not None and reason is not None:
            _set_aside(item, reason, rejections, rejected)
    return found


def _set_aside(
    item: Found, reason: str, rejections: list[Rejection] | None, rejected: list[Found] | None
) -> None:
    """Records an attribution the filters set aside: its cue and why, and the attribution as found."""
    if rejections is not None:
        rejections.append(Rejection(_cue_span(item.cue), reason))
    if rejected is not None:
        rejected.append(item)


def _stance_noun(cue: Cue, lexicon: Lexicon) -> bool:
    """A noun like "view", "report", "point" or "support" that reports only as "in his view, …",
    "by BTP's report, …", "his point was that…" or "support for it came from…" (attribution.py),
    never as the tag of a quotation laid out beside it."""
    relations = lexicon.noun_relations.get(cue.lemma, "")
    layout_only = bool(relations) and set(relations) <= set("sf")
    return cue.head.tag_ in NOUN_CUE_TAGS and ("h" in relations or "b" in relations or layout_only)


def _cue_span(cue: Cue) -> CharSpan:
    """The characters of a cue, from its first word (an auxiliary, "not") to its last."""
    doc = cue.head.doc
    first, last = doc[cue.indices[0]], doc[cue.indices[-1]]
    return CharSpan(first.idx, last.idx + len(last.text))


def _layout_statements(
    doc: Doc, index: QuotationIndex, article_id: str, found: list[Statement], turns: list[CharSpan]
) -> list[Statement]:
    """Colon lines and dash tags that no parsed cue already covers, with kind and position set.
    The turns of an interview transcript are the interview itself, not statements reported."""
    taken = [part for s in found for part in s.content] + turns
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


# Contents the parse gives less surely than a quotation laid out beside the cue: "“Who wants
# lower taxes?” she asked the audience" is the question, not the audience.
LAYOUT_BEFORE_PARSE = frozenset({"object", "host", "preposition"})


def _in_turn(found: Found, turns: list[CharSpan]) -> bool:
    """The cue lies in a transcript turn ("NG: … we think it must be…"): said in the interview."""
    offset = found.cue.head.idx
    return any(turn.start <= offset < turn.end for turn in turns)


def _layout_may_override(item: Found, index: QuotationIndex) -> bool:
    return item.how in LAYOUT_BEFORE_PARSE and not any(
        index.mask[part.start : part.end].find(1) >= 0 for part in item.content
    )


def _laid_out(item: Found | None, cue: Cue, index: QuotationIndex) -> tuple[Found | None, list[Found]]:
    """The cue's attribution where a quotation laid out beside it may be its content: that
    quotation, else the parse's, else a block after a colon; with the parse's kept, the quotation
    after the colon that closes its object, a statement of its own (_keeps_its_object)."""
    tagged = tagged_quotation(cue, index)
    if item is not None and tagged is not None and _keeps_its_object(item, tagged, index):
        return item, [colon_after_object(item, tagged, index)]
    return tagged or item or block_after_colon(cue, index), []


# Cues whose object may be the one spoken to or quoted, not what is said ("asked the audience:
# “…”", "quotes a former adviser: “…”", whose words the quotation then is).
PERSON_OBJECT_LEMMAS = ADDRESSEE_LEMMAS | {"ask", "urge", "beg", "question", "thank", "answer", "quote"}


def _keeps_its_object(item: Found, quoted: Found, index: QuotationIndex) -> bool:
    """ "attacking [the subpoena as a political strategy]: “…”", "saw [compromise as the best way
    …]: “…”": an object the cue's clause ends on, a colon after it, is what the cue reports; the
    quotation after the colon is a statement of its own (tags.colon_after_object), not the cue's
    content. Not an object spoken to or quoted (PERSON_OBJECT_LEMMAS) nor one that stands for the
    quotation ("issued the following statement: “…”")."""
    if item.how != "object" or item.cue.lemma in PERSON_OBJECT_LEMMAS:
        return False
    if index.text[item.content[-1].end : quoted.content[0].start].strip() != ":":
        return False
    objects = [child for child in item.cue.head.children if child.dep_ == "dobj"]
    return bool(objects) and not any(is_addressee(o) or _announces_what_follows(o) for o in objects)


def _announces_what_follows(obj: Token) -> bool:
    """ "issued the following statement: “…”": an object that stands for the quotation after it."""
    return any(child.lower_ in ("following", "these") for child in obj.children)


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


# A fixed value per route, which names how the statement was found: process.py replaces it by the
# calibrated confidence, whose features read the route from it (quotegraph.confidence.features.ROUTES,
# which must hold every value given here and in patterns.py).
_CONFIDENCE = {
    "ccomp": 0.8,
    "host": 0.8,
    "quote": 0.85,
    "phrase": 0.8,
    "object": 0.6,
    "preposition": 0.6,
    "aside": 0.75,
    "passive": 0.6,
    "colon": 0.6,
}


def _sentence_ends(doc: Doc) -> list[int]:
    """Character offset where each sentence ends (where the next one starts), in order."""
    starts = sentence_starts(doc)
    return [doc[i].idx for i in starts[1:]] + [len(doc.text)]


def _sentence_number(doc: Doc, token_start: int) -> int:
    return max(bisect_right(sentence_starts(doc), token_start) - 1, 0)
