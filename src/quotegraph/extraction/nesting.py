"""Attributions inside the content of another: which of the two a news text reports.

PolNeAR annotates only the outermost of nested attributions ("Reardon criticized Lamport for
saying that…": Reardon's). A tag after a semicolon is different: in "He said X; however, “Y,”
he added", the parse may hand the tag the whole report before the semicolon, source, cue and
all. That report is an attribution of its own: it is taken out of the tag's content.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotegraph.extraction.clauses import CLAUSE_SUBJECT_DEPS
from quotegraph.extraction.cues import VERB_TAGS
from quotegraph.extraction.filters import SPEECH_EVENT_LEMMAS, names_a_speech_event, names_words_only
from quotegraph.extraction.found import Found
from quotegraph.extraction.phrases import SET_OFF_PHRASES
from quotegraph.extraction.spans import token_span
from quotegraph.records import CharSpan

# Words that join the tag's own content to the report before it: "…; however, “…”, he added".
JOINING_WORDS = frozenset({"and", "but", "however", "yet", "while", "whereas", "though", "although"})
# Marks that join a second report to the first: "…, adding", "…; noting", "… — insisting".
JOINING_MARKS = frozenset({",", ";", "\u2014", "\u2013", "-", "--"})
# Relative pronouns that may be the subject of a reported clause ("which he said would…").
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def outermost(found: list[Found], *, in_phrases: bool = True) -> list[Found]:
    """Each attribution whose cue lies in another's content is dropped (PolNeAR guidelines, "No
    nested attributions"), unless it is a whole report set off by a semicolon before that other's
    cue, or a second report of that other's speaker, which are then cut out of the other's content
    instead; or a report in a relative clause that its pronoun is the reported clause's subject
    of ("the policies, which he said had harmed the economy"), cut out of the other's content too;
    or, with `in_phrases`, a report with its own source in what a phrase cue ascribes (the
    Wikinews gold counts it; PolNeAR's guidelines do not)."""
    found = [_without_reports_before(item, found) for item in found]
    found = _apart_from_second_reports(found)
    found = [item for item in found if not _set_off_over_another(item, found)]
    found = _apart_from_relative_reports(found)
    found = _in_place_of_speech_events(found)
    kept = []
    for item in found:
        cue_span = token_span(item.cue.head)
        hosts = [o for o in found if o is not item and any(part.contains(cue_span) for part in o.content)]
        if not hosts or (in_phrases and _reported_by_a_phrase(item, hosts)):
            kept.append(item)
    return kept


def _in_place_of_speech_events(found: list[Found]) -> list[Found]:
    """`found` less each speech event that gives way to its participle (_speech_event_saying),
    and less the other reports nested in that event's content, which it held as before (the
    participle's own content leaves them out: "saying they would comply [while the Department of
    Justice requested a stay]")."""
    events = [item for item in found if _speech_event_saying(item, found)]
    if not events:
        return found
    kept = []
    for item in found:
        cue_span = token_span(item.cue.head)
        hosts = [e for e in events if any(part.contains(cue_span) for part in e.content)]
        if item in events or (hosts and not _says_for_one_of(item, hosts)):
            continue
        kept.append(item)
    return kept


def _says_for_one_of(item: Found, events: list[Found]) -> bool:
    return any(_says_what_the_object_said(item.cue.head, event.cue.head) for event in events)


def _speech_event_saying(host: Found, found: list[Found]) -> bool:
    """ "issued [a statement saying the storm had weakened]", "released [statements condemning
    the attacks]": a verb whose object names the speech event gives way to the participle on
    that object that says what was said, a report found of its own; both golds cue the
    participle ("saying"; PolNeAR with the verb and its object) and leave "a statement" out of
    the content."""
    verb = host.cue.head
    if host.how != "object" or host.cue.lemma not in SPEECH_EVENT_LEMMAS:
        return False
    return any(_says_what_the_object_said(item.cue.head, verb) for item in found if item is not host)


def _says_what_the_object_said(participle: Token, verb: Token) -> bool:
    """Whether `participle` is a present participle on the speech-event noun `verb` takes as its
    object: "issued a statement [saying]"."""
    noun = participle.head
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBG"
        and noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and names_a_speech_event(noun)
    )


def _apart_from_relative_reports(found: list[Found]) -> list[Found]:
    """Each report in a relative clause whose pronoun is the reported clause's subject ("the
    policies, [which he said had harmed the economy]") cut out of the content of the report it
    was parsed into ("He cited the policies"): a report of its own, which both golds annotate."""
    own_regions = [_relative_report_region(item) for item in found]
    regions = [region for region in own_regions if region is not None]
    if not regions:
        return found
    text = found[0].sentence.doc.text
    apart = []
    for item, own in zip(found, own_regions, strict=True):
        content = list(item.content)
        for region in regions:
            if region != own and any(part.contains(region) for part in content):
                content = _cut_out(content, region, text)
        changed = content and content != list(item.content)
        apart.append(replace(item, content=tuple(content)) if changed else item)
    return apart


def _relative_report_region(item: Found) -> CharSpan | None:
    """From the relative pronoun to the end of the content of a report in a relative clause
    that the pronoun is the reported clause's subject of ("which he said [would allow him to
    act]"), with a source of its own; None for any other report."""
    head = item.cue.head
    if item.cue.is_phrase or item.source is None or head.dep_ != "relcl":
        return None
    pronoun = next((t for t in head.doc[head.head.i + 1 : head.i] if t.tag_ in RELATIVE_TAGS), None)
    if pronoun is None or pronoun.dep_ not in CLAUSE_SUBJECT_DEPS or pronoun.head.head.i != head.i:
        return None
    if pronoun.head.dep_ not in ("ccomp", "xcomp") or token_span(pronoun).overlaps(item.source):
        return None
    return CharSpan(pronoun.idx, max(part.end for part in item.content))


def _reported_by_a_phrase(item: Found, hosts: list[Found]) -> bool:
    """ "Pelosi called the conduct a breach, according to NBC": a report with its own source,
    nested only in what a phrase cue ascribes. The Wikinews gold gives it to its own speaker
    (and the phrase's attribution stays too); PolNeAR's guidelines would keep only NBC's."""
    return item.source is not None and not item.cue.is_phrase and all(h.cue.is_phrase for h in hosts)


def _apart_from_second_reports(found: list[Found]) -> list[Found]:
    """Each second report set apart from the first it was parsed into, with that one's source
    (see _second_report_of); the first without it."""
    pairs = [(item, host) for item in found for host in found if _second_report_of(item, host)]
    # "he said…, repeating his remarks": cut out of the first, but no report of its own
    return [_set_apart(item, pairs) for item in found if not names_words_only(item)]


def _set_apart(item: Found, pairs: list[tuple[Found, Found]]) -> Found:
    """`item` without the second reports parsed into it, and with its host's source if it is one."""
    if not pairs:
        return item
    text = item.sentence.doc.text
    content = list(item.content)
    for second, host in pairs:
        if host is item:
            content = _cut_out(content, _second_report_region(second), text)
    source = next((host.source for second, host in pairs if second is item), item.source)
    if content == list(item.content) and source == item.source:
        return item
    return replace(item, content=tuple(content), source=source)


def _second_report_of(item: Found, host: Found) -> bool:
    """Whether `item` is a second report by `host`'s speaker ("Murphy claimed X, insisting Y",
    "He noted X and mentioned Y"): its cue, after the host's and in its content, has no subject
    of its own and is a participle of, or a verb coordinated with, the host's cue or the verb of
    the host's reported clause (where the parser often hangs it). Both PolNeAR and the Wikinews
    gold annotate it apart from the first, with the first's source, not nested in it."""
    head = item.cue.head
    anchor = head.head
    return (
        item is not host
        and not item.cue.is_phrase
        and not host.cue.is_phrase
        and host.source is not None
        and head.i > host.cue.head.i
        and (head.dep_ == "conj" or (head.dep_ == "advcl" and head.tag_ == "VBG"))
        and not any(child.dep_ in CLAUSE_SUBJECT_DEPS for child in head.children)
        and _after_a_joint(item)
        and (anchor.i == host.cue.head.i or _hung_on_the_clause(head, host))
        and any(part.contains(token_span(head)) for part in host.content)
    )


def _after_a_joint(item: Found) -> bool:
    """Whether the cue follows a comma or a conjunction (", adding", "and mentioned"), not a noun
    the parser failed to make its subject ("… to New Orleans and other forecasters predicted")."""
    doc = item.sentence.doc
    first = min(item.cue.indices)
    return first > item.sentence.start and _joins(doc[first - 1])


def _hung_on_the_clause(head: Token, host: Found) -> bool:
    """Whether `head` hangs on the verb of the host's reported clause; when coordinated with it,
    only after a comma that closes a clause opened by "that" ("noted that X did not ratify it,
    and mentioned Y"): otherwise ("said the minister resigned and criticised him", "said a
    constable saw them, decided to question them") the clause's own subject may be the one."""
    anchor = head.head
    if anchor.dep_ != "ccomp" or anchor.head.i != host.cue.head.i:
        return False
    if head.dep_ != "conj":
        return True
    opens_with_that = any(child.dep_ == "mark" and child.lower_ == "that" for child in anchor.children)
    comma = any(t.text == "," and t.head.i in (anchor.i, head.i) for t in head.doc[anchor.i : head.i])
    return opens_with_that and comma


def _second_report_region(item: Found) -> CharSpan:
    """From a second report's first cue word, with the comma or conjunction that joins it to the
    first ("…, and mentioned"), to the end of its content."""
    doc = item.sentence.doc
    first = doc[min(item.cue.indices)]
    while first.i > item.sentence.start and _joins(doc[first.i - 1]):
        first = doc[first.i - 1]
    cue = [token_span(doc[i]) for i in item.cue.indices]
    return CharSpan(first.idx, max(s.end for s in [*cue, *item.content]))


def _joins(token: Token) -> bool:
    return token.text in JOINING_MARKS or token.dep_ == "cc" or token.lower_ in JOINING_WORDS


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
        pieces = [(part.start, min(region.start, part.end)), (max(region.end, part.start), part.end)]
        for piece in (CharSpan(start, end) for start, end in pieces if start < end):
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
