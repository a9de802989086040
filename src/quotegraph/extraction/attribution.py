"""Cue → source and content, over the dependency parse.

A reporting verb's content is its clausal complement ("said [that the talks failed]"), the
clause it interrupts or follows ("[The talks failed], he said"), an adjacent quotation
("said: “…”"), or for verbs that take one, a noun-phrase object ("rejected [the idea]").
Its source is its subject, the agent of a passive ("was announced [by the ministry]"), or
the subject inherited from the verb it depends on ("…, [he] added, saying that…").
Span edges follow the PolNeAR guidelines: "that" belongs to the content, the sentence's
final period does not, quotation marks do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quotegraph.extraction.cues import VERB_TAGS, Cue
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.spans import spans_of, subtree_indices
from quotegraph.records import CharSpan

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependencies through which a verb without a subject of its own takes its head's subject;
# "acomp" reaches the copula's subject through an adjective ("[voters] are likely to say").
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "acomp"})
# Evidential verbs: PolNeAR annotates "it seems that…", "X appeared to…" without a source
# (train: 194 of 250 attributions whose cue is "seem" or "appear" alone have none).
SOURCELESS_LEMMAS = frozenset({"seem", "appear"})
# Participles modifying a noun or a clause ("contests known as…", "a site called…", "Asked
# whether…, voters said"): the noun or the clause's subject is what was called or asked,
# not who did it, and PolNeAR gives such attributions no source.
PASSIVE_PARTICIPLE_DEPS = frozenset({"acl", "advcl"})
CLAUSE_DEPS = frozenset({"ccomp"})


@dataclass(frozen=True)
class Found:
    """An attribution found in a parsed document, before it becomes a Statement."""

    cue: Cue
    content: tuple[CharSpan, ...]
    source: CharSpan | None
    sentence: Span
    how: str  # which rule found it: "ccomp", "host", "quote", "object", "phrase"


def attribute_verb(cue: Cue, *, lexicon: Lexicon) -> Found | None:
    """Source and content of a verb cue, or None when it has no content to attribute."""
    verb = cue.head
    content, how = _verb_content(verb, cue, lexicon)
    if not content:
        return None
    if how == "preposition":  # "called for", "pointed to": the preposition joins the cue
        cue = replace(cue, indices=_with_adjacent_preposition(verb, cue.indices))
    sourceless = cue.lemma in SOURCELESS_LEMMAS and not _reports_through_complement(verb, lexicon)
    return Found(cue, tuple(content), None if sourceless else _source_span(verb), verb.sent, how)


def _reports_through_complement(verb: Token, lexicon: Lexicon) -> bool:
    """ "he appeared [to suggest] that …": the complement is itself a reporting verb, and
    PolNeAR keeps the source ("seemed to blame", "appeared to imply")."""
    return any(c.dep_ == "xcomp" and lexicon.cue_lemma(c.text) is not None for c in verb.children)


def _with_adjacent_preposition(verb: Token, indices: tuple[int, ...]) -> tuple[int, ...]:
    after = max(indices) + 1
    if after < len(verb.doc) and verb.doc[after].dep_ == "prep" and verb.doc[after].head is verb:
        return (*indices, after)
    return indices


def attribute_phrase(cue: Cue) -> Found | None:
    """ "according to X, Y": source X, content the clause the phrase modifies."""
    prep = cue.head  # "to"
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source_spans = spans_of(prep.doc, subtree_indices(objects[0]))
    host = cue.head.doc[cue.indices[0]].head
    while host.dep_ not in ("ROOT",) and host.tag_ not in VERB_TAGS and host.head is not host:
        host = host.head
    phrase_root = cue.head.doc[cue.indices[0]]
    content_indices = subtree_indices(host, without=[phrase_root]) - set(cue.indices)
    content = spans_of(prep.doc, content_indices)
    if not content:
        return None
    return Found(cue, tuple(content), source_spans[0] if source_spans else None, prep.sent, "phrase")


def _verb_content(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[list[CharSpan], str]:
    doc = verb.doc
    if _is_parenthetical(verb):
        return spans_of(doc, _around_parenthetical(verb, cue)), "aside"
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if clauses:
        indices: set[int] = set()
        for clause in clauses:
            indices |= subtree_indices(clause)
        return spans_of(doc, indices - set(cue.indices)), "ccomp"
    if _reports_its_host(verb):
        return spans_of(doc, subtree_indices(verb.head, without=[verb])), "host"
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subjects and _passive_agent(verb) is not None:
        return spans_of(doc, subtree_indices(passive_subjects[0])), "passive"  # "X was announced by Y"
    for child in verb.rights:
        relation = _relation_code(child)
        if relation and lexicon.allows(cue.lemma, relation):
            target = child if relation != "p" else _prepositional_object(child)
            if target is not None:
                indices = subtree_indices(target)
                if relation == "o":
                    indices |= _object_complements(verb, child)
                return spans_of(doc, indices), "preposition" if relation == "p" else "object"
    return [], ""


def _relation_code(child: Token) -> str | None:
    """The lexicon's code for a verb's dependent that may carry content."""
    if child.dep_ == "dobj":
        return "o"
    if child.dep_ == "xcomp":
        return "x"
    if child.dep_ == "prep":
        return "p"
    return None


OBJECT_PREPOSITIONS = frozenset({"for", "of", "as", "over", "about"})


def _object_complements(verb: Token, obj: Token) -> set[int]:
    """"criticized [him for his votes]", "accused [them of lying]": the object's reason goes with it."""
    indices: set[int] = set()
    for sibling in verb.rights:
        if sibling.i > obj.i and sibling.dep_ == "prep" and sibling.lower_ in OBJECT_PREPOSITIONS:
            indices |= subtree_indices(sibling)
    return indices


def _prepositional_object(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def _is_parenthetical(verb: Token) -> bool:
    """ "Acts of protest, Mr. Obama said, are acts of patriotism": the cue interrupts its content."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    subject = _subject_of(verb)
    if subject is None or subject.i > verb.i:
        return False
    before = subject.left_edge.i - 1
    return before > verb.sent.start and doc[before].text == ","


def _around_parenthetical(verb: Token, cue: Cue) -> set[int]:
    """The clause the cue interrupts, less the cue, its subject and the framing commas."""
    host = verb.head if verb.dep_ != "ROOT" else verb
    region = {t.i for t in host.subtree} if host is not verb else {t.i for t in verb.sent}
    subject = _subject_of(verb)
    drop = set(cue.indices) | ({t.i for t in subject.subtree} if subject is not None else set())
    drop |= {c.i for c in verb.children if c.dep_ in ("aux", "neg", "advmod") and abs(c.i - verb.i) <= 2}
    return region - drop


def _reports_its_host(verb: Token) -> bool:
    """True for "[A], he said" and "A, said B": the verb hangs off the clause it reports."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head is verb:
        return False
    head = verb.head
    if head.i > verb.i:
        return False
    between = verb.doc[head.i : verb.i]
    return any(t.text in {",", "\u201d", '"', "''", "\u2014"} for t in between)


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _source_token(verb: Token) -> Token | None:
    """The token heading the source: subject, passive agent, or a governing verb's subject."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        if current is not verb:
            if _is_extraposing(current):
                return None
            # "After saying X, [she] was whisked off": a governing passive's subject is the
            # one who spoke in the participle clause.
            passive_subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
            if passive_subject is not None:
                return passive_subject
        found, final = _own_source(current)
        if found is not None or final:
            return found
        current = _governing_verb(current)
    return None


def _is_extraposing(verb: Token) -> bool:
    """ "It is hard [to know] …", "it's worth [noting] …": a copula whose "it" stands for the
    clause, not for anyone (PolNeAR gives these attributions no source)."""
    subject = _subject_of(verb)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _own_source(verb: Token) -> tuple[Token | None, bool]:
    """(source head, whether the search ends here) from the verb's own dependents."""
    subject = _subject_of(verb)
    if subject is not None:
        # "Trump, who said …": PolNeAR's source is the relative pronoun itself (train: 568
        # gold sources are exactly "who", "which" or "that"; taking the noun phrase instead
        # halves agreement even for "that"); resolve/ finds whom the pronoun stands for.
        return subject, True
    agent = _passive_agent(verb)
    if agent is not None:
        return agent, True
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None, True  # a passive without its agent has no source in the text
    if _is_passive_participle(verb):
        return None, True
    if verb.dep_ in ("relcl", "acl") and verb.head.tag_ not in VERB_TAGS:
        return verb.head, True  # "a letter that says …", "a video threatening …"
    return None, False


def _is_passive_participle(verb: Token) -> bool:
    """ "contests [known] as…", "[Asked] whether…, voters said": a bare past participle."""
    # A sentence-initial "Asked …," is often tagged VBD, but a finite verb would have a subject.
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and bool(verb.is_sent_start))
    return (
        participle
        and verb.dep_ in PASSIVE_PARTICIPLE_DEPS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject a subjectless verb shares: "…, adding that", "against recommending"."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.head
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head is not verb:
        return verb.head
    return None


def _passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _source_span(verb: Token) -> CharSpan | None:
    head = _source_token(verb)
    if head is None:
        return None
    exclude = [c for c in head.children if c.dep_ in ("relcl", "acl") and verb in c.subtree]
    indices = subtree_indices(head, without=exclude)
    if verb.i in indices:  # the cue sits inside the source's subtree: keep only the noun phrase
        indices = {t.i for t in head.subtree if t.i < verb.i and t.dep_ != "relcl"} | {head.i}
    spans = spans_of(head.doc, indices)
    if not spans:
        return None
    return CharSpan(spans[0].start, spans[-1].end)
