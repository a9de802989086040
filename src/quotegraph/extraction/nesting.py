"""Attributions inside the content of another: which of the two a news text reports.

PolNeAR annotates only the outermost of nested attributions ("Reardon criticized Lamport for
saying that…": Reardon's). A tag after a semicolon is different: in "He said X; however, “Y,”
he added", the parse may hand the tag the whole report before the semicolon, source, cue and
all. That report is an attribution of its own: it is taken out of the tag's content.
"""

from __future__ import annotations

from dataclasses import replace

from quotegraph.extraction.cues import VERB_TAGS
from quotegraph.extraction.found import Found
from quotegraph.extraction.phrases import SET_OFF_PHRASES
from quotegraph.extraction.spans import token_span
from quotegraph.records import CharSpan

# Words that join the tag's own content to the report before it: "…; however, “…”, he added".
JOINING_WORDS = frozenset({"and", "but", "however", "yet", "while", "whereas", "though", "although"})


def outermost(found: list[Found]) -> list[Found]:
    """Each attribution whose cue lies in another's content is dropped (PolNeAR guidelines, "No
    nested attributions"), unless it is a whole report set off by a semicolon before that other's
    cue, which is then cut out of the other's content instead."""
    found = [_without_reports_before(item, found) for item in found]
    found = [item for item in found if not _set_off_over_another(item, found)]
    kept = []
    for item in found:
        cue_span = token_span(item.cue.head)
        hosts = [o for o in found if o is not item and any(part.contains(cue_span) for part in o.content)]
        if not hosts or _reported_by_a_phrase(item, hosts):
            kept.append(item)
    return kept


def _reported_by_a_phrase(item: Found, hosts: list[Found]) -> bool:
    """ "Pelosi called the conduct a breach, according to NBC": a report with its own source,
    nested only in what a phrase cue ascribes. The Wikinews gold gives it to its own speaker
    (and the phrase's attribution stays too); PolNeAR's guidelines would keep only NBC's."""
    return item.source is not None and not item.cue.is_phrase and all(h.cue.is_phrase for h in hosts)


def _set_off_over_another(item: Found, found: list[Found]) -> bool:
    """A sentence-initial "Per X," whose content holds another cue ("Per the report, the law bans
    nothing, critics argue"): the comma alone bounds its content, which then swallows a report of
    its own; that report is kept and the phrase given up, so that it never suppresses one."""
    if item.cue.lemma not in SET_OFF_PHRASES:
        return False
    return any(
        other is not item and any(part.contains(token_span(other.cue.head)) for part in item.content)
        for other in found
    )


def _without_reports_before(tag: Found, found: list[Found]) -> Found:
    """`tag` without a whole report, with a source, that opens a part of its content and ends at a
    semicolon before the tag's own words ("He said X; however, “Y,” he added": Y)."""
    if tag.cue.is_phrase:
        return tag  # "X said Y, according to Z": PolNeAR's outermost attribution is Z's
    text = tag.sentence.doc.text
    tag_cue = token_span(tag.cue.head)
    content = list(tag.content)
    for other in found:
        region = _report_region(other)
        if other is tag or region is None or region.end > tag_cue.start:
            continue
        part = next((p for p in content if p.contains(region)), None)
        if part is None or _trimmed(CharSpan(part.start, region.start), text) is not None:
            continue  # the report does not open the part: it is embedded in the tag's clause
        rest = text[region.end : part.end]
        if rest.lstrip(" \u201d\"'").startswith(";") and _says_something(tag, CharSpan(region.end, part.end)):
            content = _cut_out(content, region, text)
    if content == list(tag.content):
        return tag
    return replace(tag, content=tuple(content))


def _says_something(tag: Found, piece: CharSpan) -> bool:
    """The piece holds a clause or a quotation, not a stray noun ("…; Obama, others vow")."""
    doc = tag.sentence.doc
    words = [t for t in doc if piece.start <= t.idx < piece.end]
    return any(t.tag_ in VERB_TAGS or t.is_quote for t in words)


def _report_region(item: Found) -> CharSpan | None:
    """From the first to the last character of a report's source, cue and content; None for a
    report without a source, which cannot stand apart from the tag ("it was reported…")."""
    if item.source is None:
        return None
    doc = item.sentence.doc
    cue = [token_span(doc[i]) for i in item.cue.indices]
    spans = [item.source, *cue, *item.content]
    return CharSpan(min(s.start for s in spans), max(s.end for s in spans))


def _cut_out(content: list[CharSpan], region: CharSpan, text: str) -> list[CharSpan]:
    parts: list[CharSpan] = []
    for part in content:
        if not part.overlaps(region):
            parts.append(part)
            continue
        for piece in (CharSpan(part.start, region.start), CharSpan(region.end, part.end)):
            trimmed = _trimmed(piece, text)
            if trimmed is not None:
                parts.append(trimmed)
    return parts


def _trimmed(piece: CharSpan, text: str) -> CharSpan | None:
    """The piece without the punctuation and joining words at its edges, or None if nothing is left."""
    start, end = piece.start, piece.end
    while True:
        while start < end and text[start] in " ,;:\n\u2014-":
            start += 1
        word = text[start:end].split(None, 1)[0].rstrip(",").lower() if text[start:end].strip() else ""
        if word not in JOINING_WORDS:
            break
        start += len(text[start:end].split(None, 1)[0])
    while end > start and text[end - 1] in " ,;:\n\u2014-":
        end -= 1
    return CharSpan(start, end) if end > start else None
