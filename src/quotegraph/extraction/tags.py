"""Quotations a verb cue tags by layout rather than by the parse.

News writes a quotation and its tag in a few fixed shapes: "“Yes,” he said.", "“No,” said the
minister.", "She told reporters on Monday: “…”", "He told the crowd, “…”". The parser often
leaves such a quotation outside the verb's clausal complement (a one-word quotation becomes an
interjection, a colon ends the sentence), so these shapes are read from the text around the cue.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotegraph.extraction.cues import VERB_TAGS, Cue
from quotegraph.extraction.found import Found
from quotegraph.extraction.quotes import Quotation
from quotegraph.extraction.quoting import QuotationIndex
from quotegraph.extraction.sources import inverted_first, object_read_from_inverted_subject, source_span
from quotegraph.records import CharSpan

# Punctuation that ends a quotation its tag follows: "“Yes,” he said", "“Why?” she asked", "“No
# troops were injured;” read the statement; “…”" (a tag set between two quoted clauses).
TAGGED_ENDINGS = (",", "!", "?", ";", "\u2014", "\u2013", "-")
CLOSING_MARKS = "\u201d\u2019\"'\u00bb\u203a []"  # and editorial brackets: "each other[,]"
# Dependents that may stand between a cue and the quotation it introduces: the addressee,
# when and where ("told [the crowd on Monday]: “…”"), an inverted subject.
INTRODUCING_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "nsubj", "agent", "punct"})
# The most characters a cue's addressee and circumstances take before its quotation.
MAX_INTRODUCTION = 80


def tagged_quotation(cue: Cue, index: QuotationIndex) -> Found | None:
    """The quotation the cue's clause tags or introduces, with the cue's source; None if none."""
    quotation = _quotation_before_tag(cue, index) or _quotation_introduced(cue, index)
    if quotation is None:
        quotation = _exclaimed_before(cue, index)
    if quotation is None:
        return _inverted_opening(cue, index)
    verb = cue.head
    source = source_span(verb)
    inverted = _object_read_from_inverted_subject(cue) if source is None else None
    if inverted is not None:
        source = _span_of(inverted)
    return Found(cue, quotation.parts, source, verb.sent, "quote")


def _object_read_from_inverted_subject(cue: Cue) -> Token | None:
    """ "“…,” said [a protester using the pseudonym Katya]": the object standing for the inverted
    subject of the verb right after the quotation it tags (sources.object_read_from_inverted_subject)."""
    return object_read_from_inverted_subject(cue.head, cue.indices[0])


def _span_of(head: Token) -> CharSpan:
    words = [t for t in head.subtree if not t.is_punct or t.i < head.right_edge.i]
    return CharSpan(words[0].idx, words[-1].idx + len(words[-1].text))


# The most words the source of an opening tag ("Remarked the agency's chief scientist, …") takes.
MAX_OPENING_SOURCE = 12


def _inverted_opening(cue: Cue, index: QuotationIndex) -> Found | None:
    """ "Remarked the agency's chief scientist Ann Lee, “…”": a sentence that opens with the cue and
    its inverted subject, and a comma or colon before the quotation. The parser, not expecting
    the verb first, reads it as a word of the name."""
    verb = cue.head
    doc = verb.doc
    if not verb.is_sent_start or verb.tag_ not in ("VBD", "VBN") or len(cue.indices) != 1:
        return None
    words = doc[verb.i + 1 : min(verb.i + 1 + MAX_OPENING_SOURCE, verb.sent.end)]
    stop = next((t for t in words if t.text in (",", ":")), None)
    if stop is None or stop.i == verb.i + 1:
        return None
    source = doc[verb.i + 1 : stop.i]
    if source[0].tag_ in ("IN", "TO", "RB", "WRB", "WP"):
        return None  # "Asked about the vote, …", "Speaking to reporters, …": an opening clause
    if any(t.tag_ in VERB_TAGS or (t.is_punct and t.text not in "-.'") for t in source):
        return None
    quotation = index.first_after(stop.idx + 1, within=3)
    if quotation is None:
        return None
    span = CharSpan(source[0].idx, source[-1].idx + len(source[-1].text))
    return Found(cue, quotation.parts, span, verb.sent, "quote")


def block_after_colon(cue: Cue, index: QuotationIndex) -> Found | None:
    """ "The governor added:" and a paragraph without quotation marks: the paragraph is what he
    added, as block quotations are set."""
    doc = cue.head.doc
    last = doc[cue.indices[-1]]
    if last.text != ":":
        return None
    text = index.text
    start = last.idx + 1
    line_end = text.find("\n", start)
    if line_end < 0 or text[start:line_end].strip():
        return None  # the colon does not end its paragraph
    block_start = start + len(text[start:]) - len(text[start:].lstrip())
    block_end = text.find("\n", block_start)
    block_end = len(text) if block_end < 0 else block_end
    if block_start >= block_end or index.part_at(block_start) is not None:
        return None
    body = text[block_start:block_end].rstrip()
    if body.endswith("."):
        body = body[:-1]
    content = (CharSpan(block_start, block_start + len(body)),)
    return Found(cue, content, source_span(cue.head), cue.head.sent, "quote")


def quotation_before_clause(found: Found, index: QuotationIndex) -> Found | None:
    """ "told the press in an interview, “…” Reports say…": when the parser takes the sentence
    after the quotation for the cue's clause, the quotation it introduces is the content."""
    quotation = _quotation_introduced(found.cue, index)
    if quotation is None or quotation.span.end > found.content[0].start:
        return None
    last = quotation.parts[-1]
    ended = index.text[last.start : last.end].rstrip(CLOSING_MARKS).endswith((".", "!", "?"))
    if not ended and not any(mark in index.text[last.end : found.content[0].start] for mark in ".!?"):
        return None  # "suggesting “Trumpization” had started…": the quotation opens the clause
    return Found(found.cue, quotation.parts, found.source, found.sentence, "quote")


def _quotation_before_tag(cue: Cue, index: QuotationIndex) -> Quotation | None:
    """ "“Yes,” he said." / "“No,” said the minister.": a quotation closing with "," "!" "?" or a
    dash right before the tag, in the same paragraph."""
    start = _tag_start(cue)
    if start is None:
        return None
    offset = cue.head.doc[start].idx
    quotation = index.last_before(offset, within=3, gap=" ,")
    if quotation is None:
        return None
    last = quotation.parts[-1]
    quoted = index.text[last.start : last.end].rstrip(CLOSING_MARKS)
    gap = index.text[last.end : offset]
    if "\n" in gap or not _opens_a_sentence(quotation, index.text):
        return None  # "Bemoaning the “phony system,” Trump accused…": a phrase of the sentence
    return quotation if quoted.endswith(TAGGED_ENDINGS) or "," in gap else None


def _opens_a_sentence(quotation: Quotation, text: str) -> bool:
    start = quotation.parts[0].start
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", "\u201d", '"', "\u2019", "'"))


def _tag_start(cue: Cue) -> int | None:
    """First token of the tag "he said" / "said the minister", or None when the cue has no
    subject of its own ("…,” adding that") or is not next to it (then the quotation before
    them is not theirs)."""
    verb = cue.head
    first = cue.indices[0]
    subject = inverted_first(verb, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
    if subject is None:
        return first if _object_read_from_inverted_subject(cue) is not None else None
    if subject.i > verb.i:
        return first
    between = verb.doc[subject.right_edge.i + 1 : first]
    if any(not t.is_punct for t in between):
        return None  # "“…,” Smith, 55, said" is a tag; "“…” Smith later wrote in a memo" is not
    left = subject.left_edge.i
    while verb.doc[left].tag_ == "''" and left < subject.i:
        left += 1  # the parser hangs the closing mark of "“Why now?” Lund asked" on Lund
    return left


def _quotation_introduced(cue: Cue, index: QuotationIndex) -> Quotation | None:
    """ "said:“…”", "told the crowd on Monday, “…”": a quotation opening after a colon or comma
    that closes the cue's clause, with only its addressee and circumstances in between."""
    doc = cue.head.doc
    last = doc[cue.indices[-1]]
    end = last.idx + len(last.text)
    quotation = index.first_after(end, within=MAX_INTRODUCTION, gap=None)
    if quotation is None:
        return None
    between = index.text[end : quotation.parts[0].start]
    if between.strip() and not between.rstrip().endswith((":", ",")):
        return None
    if any(mark in between for mark in ".!?;\u201c\u201d\""):
        return None
    tokens = [t for t in doc[last.i + 1 :] if t.idx < quotation.parts[0].start]
    return quotation if all(_introduces(cue.head, t) for t in tokens) else None


def _introduces(verb: Token, token: Token) -> bool:
    """`token` belongs to a dependent of `verb` that may stand between it and its quotation."""
    if token.is_space or token.text in ":,":
        return True
    child = token
    while child.head.i != verb.i:
        if child.head.i == child.i:
            return False  # the root of another sentence
        child = child.head
    return child.dep_ in INTRODUCING_DEPS


def _exclaimed_before(cue: Cue, index: QuotationIndex) -> Quotation | None:
    """ "“We will win!” Rutte said.": the parser ends a sentence at a quoted "!" or "?" and leaves
    the cue alone; after "." its split is right and the quote is not this cue's."""
    verb = cue.head
    if not verb.left_edge.is_sent_start or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "“We lost.” Rutte said nothing."
    if verb.left_edge.i != _tag_opening(verb).i:
        return None  # "“Why?” During the debate, Rutte called…": a new sentence, not a tag
    quotation = index.last_before(verb.left_edge.idx, within=2)
    if quotation is None or "\n" in index.text[quotation.parts[-1].end : verb.left_edge.idx]:
        return None
    last = quotation.parts[-1]
    ending = index.text[last.start : last.end].rstrip(CLOSING_MARKS)
    return quotation if ending.endswith(("!", "?")) else None


def _tag_opening(verb: Token) -> Token:
    """The first word of a tag "Rutte said" / "said Rutte": the subject's, or the verb's when
    the subject follows it or there is none."""
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb if subject is None else subject.left_edge


def colon_introduced(doc: Doc, index: QuotationIndex, taken: list[CharSpan]) -> list[Found]:
    """ "He then listed what a nominee needs: “…”", also with the quotation opening the next
    paragraph: the colon is the cue (PolNeAR guidelines, "Punctuation as a cue"), the
    sentence's subject the source."""
    found = []
    for quotation in index.quotations:
        first = quotation.parts[0]
        if any(first.overlaps(other) for other in taken):
            continue
        colon = _colon_before(doc, index.text, first.start)
        if colon is None:
            continue
        source = _source_before_colon(_clause_before(colon), index.text, colon.idx)
        cue = Cue(colon, (colon.i,), ":")
        found.append(Found(cue, quotation.parts, source, colon.sent, "colon"))
    return found


def colon_after_object(item: Found, quoted: Found, index: QuotationIndex) -> Found:
    """The quotation after the colon that closes a cue's object ("attacking the subpoena as a
    political strategy: “…”") as a statement of its own, the colon its cue (PolNeAR guidelines,
    "Punctuation as a cue"), with the cue's source: also in a relative clause ("Gray, who cited
    his experience: “…”"), where the sentence's subject is another's."""
    doc = item.cue.head.doc
    colon = _colon_before(doc, index.text, quoted.content[0].start)
    if colon is None:
        return quoted
    return Found(Cue(colon, (colon.i,), ":"), quoted.content, item.source, item.sentence, "colon")


def _source_before_colon(root: Token | None, text: str, colon: int) -> CharSpan | None:
    """The subject of the clause before the colon, or, where no verb heads that clause, a name
    heading its line."""
    if root is None:
        return None
    return source_span(root) if root.tag_ in VERB_TAGS else _name_heading_line(text, colon)


# A name alone before a colon, opening its line or after a dash: a headline's "Bernie Sanders:
# ‘It Is Not A Radical Idea’", a digest's "TURNOUT IN IOWA - Michael P. McDonald: “…”".
_NAME_HEADING_LINE = re.compile(
    r"(?:^|\s[-\u2013\u2014]\s)(?P<name>[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})$"
)


def _name_heading_line(text: str, colon: int) -> CharSpan | None:
    """The name before the colon when nothing else stands between it and the line's start or a
    dash: the one quoted after the colon (PolNeAR train: 18 lines, the gold source on 14, a
    longer span over it on 2, "CNN President[ On Trump]"; 2 the gold does not annotate)."""
    line_start = text.rfind("\n", 0, colon) + 1
    found = _NAME_HEADING_LINE.search(text[line_start:colon])
    if found is None:
        return None
    return CharSpan(line_start + found.start("name"), line_start + found.end("name"))


def _clause_before(colon: Token) -> Token | None:
    """The head of the clause that ends at `colon`: the highest ancestor of the word before it
    that still lies before it (the parser may join the quotation's sentence to it)."""
    if colon.i == 0:
        return None
    token = colon.doc[colon.i - 1]
    while token.head.i != token.i and token.head.i < colon.i:
        token = token.head
    return token


def _colon_before(doc: Doc, text: str, start: int) -> Token | None:
    """The colon right before `start`, across white space and paragraph breaks, if any."""
    before = len(text[:start].rstrip())
    if before == 0 or text[before - 1] != ":":
        return None
    span = doc.char_span(before - 1, before)
    return span[0] if span is not None and len(span) == 1 else None
