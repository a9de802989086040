"""Verbs that report nothing in their use, whatever their content: for the learned path.

The learned tagger finds contents the parse misses, and so it also tags uses of a verb that
the conventions never count as an attribution (CONVENTIONS.md, "What is an attribution"): a
negated report ("did not mention whether…"), an agentless passive ("the attacker is reported
to have…", "the hijab was banned"), its one-word form ("reportedly"), and a reporter's
question ("when asked about…"). The parse shows these on the verb alone, so they are listed
for every verb; filters.py judges the attributions the rules themselves find.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from quotegraph.extraction.cues import VERB_TAGS
from quotegraph.extraction.filters import PASSIVE_AUXILIARIES, demanded_of_someone
from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.spans import token_span
from quotegraph.records import Rejection

# How far before the verb a negation may stand and still negate the report: "did not [yet] say".
NEGATION_REACH = 3
# Adverbs that report without a source, an agentless passive in one word ("was reportedly
# hurt" = "was hurt, it is reported").
SOURCELESS_ADVERBS = frozenset("reportedly allegedly reputedly purportedly supposedly".split())


def verbs_reporting_nothing(doc: Doc, lexicon: Lexicon) -> Iterator[Rejection]:
    """A Rejection for each verb (or adverb) that reports nothing where it stands, with why."""
    beliefs = lexicon.belief_lemmas()
    for token in doc:
        if token.tag_ in VERB_TAGS:
            reason = _why_no_report(token, lexicon.cue_lemma(token.text), beliefs)
        elif token.lower_ in SOURCELESS_ADVERBS and not _ascribes_something(token.head, lexicon):
            reason = "reportedly"  # "two were reportedly hurt"; not "reportedly said", whose cue is "said"
        else:
            continue
        if reason is not None:
            yield Rejection(token_span(token), reason)


def _ascribes_something(head: Token, lexicon: Lexicon) -> bool:
    """Whether the predicate an adverb like "reportedly" modifies is itself an attribution, whose
    subject is the source: a cue ("reportedly said"), or a verb or adjective with a clause or an
    "about" after it ("reportedly reason that…", "were reportedly concerned about…")."""
    predicates = [head, *(c for c in head.children if c.dep_ == "acomp")]
    return lexicon.cue_lemma(head.text) is not None or any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "about")
        for predicate in predicates
        for c in predicate.children
    )


def _why_no_report(verb: Token, lemma: str | None, beliefs: frozenset[str]) -> str | None:
    if _negated(verb, lemma, beliefs):
        return "negated"
    if _agentless_passive(verb):
        return "passive"
    if lemma == "ask" and verb.tag_ in ("VBN", "VBD") and not _has_subject(verb):
        return "asked"
    if lemma is not None and demanded_of_someone(verb):
        return "unasserted"
    return None


def _negated(verb: Token, lemma: str | None, beliefs: frozenset[str]) -> bool:
    """ "has not mentioned", "did not release": a negated belief (one of `beliefs`, the lexicon's
    belief lemmas) still ascribes one ("does not think")."""
    negations = (c for c in verb.children if c.dep_ == "neg")
    return lemma not in beliefs and any(verb.i - NEGATION_REACH <= c.i < verb.i for c in negations)


def _agentless_passive(verb: Token) -> bool:
    """ "was reported", "were asked", "known as …": a passive or bare participle with no agent.
    A participle with a subject of its own is active, whatever its tag: "…, local media
    [reported]" (the tagger reads some such tags as participles)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(
        c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.lower_ in PASSIVE_AUXILIARIES)
        for c in verb.children
    )
    bare_participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children
    )
    return passive or bare_participle


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
