"""Phrase cues: "according to X, Y", "as reported by X", and "Per X, Y" at a sentence's head.

A phrase cue has no subject or complement of its own: its source is its object and its
content the clause it modifies, or, set off by commas, the rest of the sentence or a
verbless tail. It stands alone because it shares none of the verb rules; misparses.py borrows
its test for the end of a sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.extraction.clause_subjects import SUBJECTS
from quotegraph.extraction.cues import NAME_TAGS, VERB_TAGS, Cue
from quotegraph.extraction.found import Found
from quotegraph.extraction.spans import spans_of, subtree_indices, token_span
from quotegraph.records import CharSpan

# Phrases that cue only at the head of the sentence, set off by a comma: "Per the decree, …";
# not "ten dollars per day".
SET_OFF_PHRASES = frozenset({"per"})
# Latin "per" that names no source: "Per capita income rose…", "Per cent figures…", "Per se, …".
LATIN_AFTER_PER = frozenset({"capita", "cent", "se", "annum"})
POSSESSIVE_CLITICS = frozenset({"'s", "’s"})
# What opens a source after "per": a determiner or possessive ("Per the decree", "Per his
# lawyer"), a name ("Per Reuters", "Per Smith's aides"), or a bare plural ("Per reports from the
# region", "Per numbers reported by X").
SOURCE_OPENING_TAGS = frozenset({"DT", "PRP$", "WP$", "NNP", "NNPS", "NNS"})
# Finite verbs and modals: a word with one of these tags makes a clause, where a source or a
# verbless tail has none ("Per capita income [rose]…" names no source).
FINITE_OR_MODAL_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def attribute_phrase(cue: Cue) -> Found | None:
    """ "according to X, Y": source X, content the clause the phrase modifies."""
    prep = cue.head  # "to"
    if cue.lemma in SET_OFF_PHRASES:
        return _set_off_phrase(cue)
    relative = _relative_phrase(cue)
    if relative is not None:
        return relative
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source_indices = subtree_indices(objects[0]) | _rest_of_object(cue, objects[0])
    tail = _verbless_tail(cue, objects[0])
    if tail is not None:
        named, about = tail
        return Found(cue, tuple(spans_of(prep.doc, about)), named, prep.sent, "phrase")
    phrase_root = _top_of(cue)
    host = phrase_root.head
    while host.dep_ not in ("ROOT",) and host.tag_ not in VERB_TAGS and host.head.i != host.i:
        host = host.head
    content_indices = subtree_indices(host, without=[phrase_root]) - set(cue.indices)
    taken = _taken_from_the_clause(cue, source_indices, content_indices, host)
    source_spans = spans_of(prep.doc, source_indices - taken)
    content = spans_of(prep.doc, content_indices | taken)
    if not content:
        return None
    return Found(cue, tuple(content), source_spans[0] if source_spans else None, prep.sent, "phrase")


# Prepositions that open a fronted phrase of the clause after "According to X,", not a part of X:
# "in their first match", "on Monday". Not "of", "from", "at", "with" or "for", which tie a
# person to a place or a body ("Jane Roe, of the University of Texas,").
_FRONTED_PHRASE_TAGS = frozenset({"IN"})
_AFFILIATION_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for", "that"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def _taken_from_the_clause(cue: Cue, source: set[int], content: set[int], host: Token) -> set[int]:
    """ "According to [a post by Jane Roe, director of the museum], [the tusk] came from the wall",
    "According to [the coach, Ali Reza], [in their first match, the robot, named X,] scored":
    at the head of a sentence, the parser may hang the clause's subject, and the phrases before it,
    off the object of the phrase cue as appositions, leaving the clause's verb without a subject
    and the source running up to the content. The comma-separated parts at the object's end that
    belong to the clause: participial asides after the subject, the subject (only where the verb
    has none), and prepositional phrases before it. Firings: Wikinews dev 1 and read train 2 (2 sources
    and contents made the gold ones, 1 short of the gold's closing comma), PolNeAR train 4 (all made
    the gold ones), none lost."""
    doc = cue.head.doc
    if not source or not content or not doc[cue.indices[0]].is_sent_start:
        return set()
    if min(content) != max(source) + 1:
        return set()
    parts = _comma_parts(doc, sorted(source))
    subjectless = not any(c.dep_ in SUBJECTS and c.i not in source for c in host.children)
    kept = len(parts)
    if subjectless:
        while kept > 1 and _part_kind(doc, parts[kept - 1]) == "participle":
            kept -= 1
        if kept == 1 or _part_kind(doc, parts[kept - 1]) != "noun":
            return set()
        kept -= 1
    while kept > 1 and _part_kind(doc, parts[kept - 1]) == "fronted":
        kept -= 1
    if kept == len(parts):
        return set()
    return {i for i in source if i >= parts[kept][0] - 1}  # from the comma that ends the source


def _comma_parts(doc: Doc, indices: list[int]) -> list[list[int]]:
    """`indices` (one run of tokens) split at the commas outside quotation marks and brackets, each
    part without its opening comma; the items of a list stay one part ("voters in Alabama, Georgia
    and Ohio")."""
    parts: list[list[int]] = [[]]
    depth = 0
    for i in indices:
        token = doc[i]
        if token.tag_ in ("``", "-LRB-"):
            depth += 1
        elif token.tag_ in ("''", "-RRB-"):
            depth = max(0, depth - 1)
        if token.text == "," and depth == 0 and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(i)
    merged: list[list[int]] = []
    for part in (p for p in parts if p):
        if merged and _is_list_item(doc, part):
            merged[-1].extend([part[0] - 1, *part])
        else:
            merged.append(part)
    return merged


def _is_list_item(doc: Doc, part: list[int]) -> bool:
    """Whether the part hangs off what comes before it as the next item of a list."""
    inside = set(part)
    root = next((doc[i] for i in part if doc[i].head.i not in inside), doc[part[0]])
    return root.dep_ in ("conj", "cc")


def _part_kind(doc: Doc, part: list[int]) -> str:
    """ "fronted" for a prepositional phrase that may open a clause ("in their first match"),
    "participle" for a participial aside ("named X"), else "noun"."""
    first = doc[part[0]]
    if first.tag_ in _FRONTED_PHRASE_TAGS and first.lower_ not in _AFFILIATION_PREPOSITIONS:
        return "fronted"
    if first.tag_ in _PARTICIPLE_TAGS:
        return "participle"
    return "noun"


def _rest_of_object(cue: Cue, obj: Token) -> set[int]:
    """ "According to [Connecticut] [Senator Richard Blumenthal], …": a name the parser hangs off
    the phrase's own words right after its object is the rest of the object, cut before a title."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    for i in cue.indices:
        for child in doc[i].children:
            name = child.tag_ in NAME_TAGS and child.text[:1].isupper()
            if name and child.left_edge.i == after and child.i not in cue.indices:
                return subtree_indices(child)
    return set()


def _set_off_phrase(cue: Cue) -> Found | None:
    """ "Per the decree, [priests are expected to…]": at the head of the sentence, the source runs
    to the comma that closes the phrase and the content is the rest of the sentence, told apart
    by the comma alone, since the parser often joins the sentence's subject to the source."""
    doc = cue.head.doc
    sentence = cue.head.sent
    first, last = cue.indices[0], cue.indices[-1]
    comma = next((t.i for t in doc[last + 1 : sentence.end] if t.text == ","), None)
    if not doc[first].is_sent_start or comma is None or not _names_a_source(doc[last + 1 : comma]):
        return None
    source = spans_of(doc, range(last + 1, comma))
    content = spans_of(doc, [i for i in range(comma + 1, sentence.end) if not closes(doc[i], sentence)])
    if not source or not content:
        return None
    return Found(cue, tuple(content), CharSpan(source[0].start, source[-1].end), sentence, "phrase")


def _names_a_source(phrase: Span) -> bool:
    """The words between "per" and its comma are a noun phrase that names a source: it opens
    with a determiner, a possessive or a name, and holds no finite verb ("Per capita income rose
    sharply last year, and…" is a clause, not a source; "Per the decree signed by X," names one)."""
    if not len(phrase) or phrase[0].lower_ in LATIN_AFTER_PER or phrase[0].tag_ not in SOURCE_OPENING_TAGS:
        return False
    # "'s" after a name is its possessive, which the tagger now and then reads as "is"
    return not any(t.tag_ in FINITE_OR_MODAL_TAGS and t.lower_ not in POSSESSIVE_CLITICS for t in phrase)


def closes(token: Token, sentence: Span) -> bool:
    """The sentence's closing stop and the spaces after it."""
    rest = token.doc[token.i : sentence.end]
    return token.is_space or (token.is_punct and all(t.is_punct or t.is_space for t in rest))


RELATIVE_WORDS = frozenset({"which", "whom"})


def _relative_phrase(cue: Cue) -> Found | None:
    """ "…signed a treaty, according to which boats may enter the bay": the phrase opens a relative
    clause; its source is the relative pronoun, its content the rest of the clause."""
    doc = cue.head.doc
    after = cue.indices[-1] + 1
    if after >= len(doc) or doc[after].lower_ not in RELATIVE_WORDS:
        return None
    sentence = cue.head.sent
    content = spans_of(doc, range(after + 1, sentence.end))
    if not content:
        return None
    return Found(cue, tuple(content), token_span(doc[after]), sentence, "phrase")


# Words that leave a list or a predicate open before ", according to X, …": "and", "including",
# "potentially".
OPENING_TAGS = frozenset({"CC", "IN", "RB", "VBG", ":"})


def _verbless_tail(cue: Cue, source: Token) -> tuple[CharSpan | None, set[int]] | None:
    """ "…, including, according to the ministry, 54 children.", "largely Kurdish and,
    according to Turkey, supportive of the PKK": a phrase set off by commas after a word that
    leaves a list or a predicate open, before a tail without a verb of its own, is about that
    tail, not the clause around it (the parser makes the tail the source's appositive). The
    source and the tail's indices, or None."""
    doc = cue.head.doc
    first = cue.indices[0]
    if first < 2 or doc[first - 1].text != "," or doc[first - 2].tag_ not in OPENING_TAGS:
        return None
    comma = next((t.i for t in doc[source.i : source.right_edge.i + 2] if t.text == ","), None)
    if comma is None:
        return None
    tail = [t for t in doc[comma + 1 : cue.head.sent.end] if not t.is_space]
    if not tail or any(t.tag_ in FINITE_OR_MODAL_TAGS for t in tail):
        return None
    named = spans_of(doc, range(cue.indices[-1] + 1, comma))
    return (named[0] if named else None), {t.i for t in tail}


def _top_of(cue: Cue) -> Token:
    """The phrase cue's word that hangs off a word outside it: "according" of "according to",
    "reported" of "as reported by"."""
    doc = cue.head.doc
    for i in cue.indices:
        if doc[i].head.i not in cue.indices:
            return doc[i]
    return doc[cue.indices[0]]
