"""Reporting cues: verbs whose lemma is in the lexicon, and phrases such as "according to"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LOWER, TAG
from spacy.tokens import Doc, Token

from quotegraph.extraction.lexicon import Lexicon
from quotegraph.extraction.spans import positions_where

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Finite verbs: a clause's own main verb, with a tense ("said", "says", "say").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NOUN_CUE_TAGS = frozenset({"NN", "NNS"})
# Proper nouns: a name's words ("Tedros", "NRK").
NAME_TAGS = frozenset({"NNP", "NNPS"})
# Relative pronouns ("who", "that", "which") opening a relative clause.
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})


@dataclass(frozen=True)
class Cue:
    """A cue: its head token, all its token indices, and its lemma ("say", "according to")."""

    head: Token
    indices: tuple[int, ...]
    lemma: str
    is_phrase: bool = False


def find_cues(doc: Doc, lexicon: Lexicon) -> Iterator[Cue]:
    """Cues in text order: reporting verbs, then phrase cues whose head precedes the source."""
    by_first_word = _phrases_by_first_word(lexicon.cue_phrases)
    verbs = set(positions_where(doc, TAG, VERB_TAGS))
    verbs |= {
        i for i in positions_where(doc, TAG, ("JJ",)) if _misread_past_form(doc[i]) or stance_after_be(doc[i])
    }
    verbs |= {i for i in positions_where(doc, TAG, NOUN_CUE_TAGS) if verb_read_as_noun(doc[i])}
    nouns = set(positions_where(doc, LOWER, lexicon.cue_nouns)) if lexicon.cue_nouns else set()
    for i in sorted(verbs.union(positions_where(doc, LOWER, by_first_word), nouns)):
        token = doc[i]
        if i in verbs:
            lemma = lexicon.cue_lemma(token.text)
            if lemma is not None:
                yield Cue(token, _verb_cue_indices(token, lemma), lemma)
        elif i in nouns and token.tag_ in NOUN_CUE_TAGS:
            yield Cue(token, (i,), lexicon.noun_lemma(token.text) or token.lower_)
        phrases = by_first_word.get(token.lower_)
        phrase = _phrase_at(doc, token.i, phrases) if phrases else 0
        if phrase:
            yield Cue(
                doc[token.i + phrase - 1],
                tuple(range(token.i, token.i + phrase)),
                " ".join(t.lower_ for t in doc[token.i : token.i + phrase]),
                is_phrase=True,
            )


def _misread_past_form(token: Token) -> bool:
    """ "…and encouraged supporters to remain hopeful": a past form the parser tagged as an
    adjective of the noun after it; misparses.py reads it back, no other rule does."""
    return token.dep_ == "amod" and token.lower_.endswith("ed") and token.head.i > token.i


# What ends the noun phrase a misread verb follows as its subject ("the Argentinian government").
SUBJECT_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# What may open a misread verb's content: an object or a clause, never a preposition
# ("[Obama's] remarks on trade" is a noun with its topic, not a report).
CONTENT_OPENING_TAGS = frozenset(
    {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "RB", "TO", "``", "EX"}
)


# A subject no longer than this, and unbroken by these marks, is one noun phrase.
MAX_SUBJECT_WORDS = 12
BREAKING_PUNCTUATION = frozenset({":", ";", "?", "!", "—", "–", "(", ")"})


def verb_read_as_noun(token: Token) -> bool:
    """ "Estimates by the Argentinian government state [about 350 thousand abortions are carried
    out]", "Super PAC blasts [Trump for skipping debate]", "The database lists Saha as … and states
    [it runs flights]": a verb form the parser tagged as a noun, where a verb must be: the root
    of a sentence, right after the noun phrase that opens it with no verb of its own, or joined by
    "and"/"but" to a verb, and followed by an object, a clause or "to". misparses.py reads it
    back; whether the word is a cue verb's form is the lexicon's to say."""
    doc = token.doc
    if not token.text.islower() or token.i == 0 or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    opens_content = after.tag_ in CONTENT_OPENING_TAGS or after.lower_ == "that"
    before = doc[token.i - 1]
    if token.dep_ == "conj":
        return opens_content and before.lower_ in ("and", "but") and token.head.tag_ in VERB_TAGS
    subject = doc[token.sent.start : token.i]
    verbless_subject = 0 < len(subject) <= MAX_SUBJECT_WORDS and not any(
        t.tag_ in VERB_TAGS or t.tag_ == "MD" or t.text in BREAKING_PUNCTUATION for t in subject
    )
    return (
        token.dep_ == "ROOT" and opens_content and before.tag_ in SUBJECT_END_TAGS and verbless_subject
    )


# The pipeline has no lemmatizer: "be" by its forms.
FORMS_OF_BE = frozenset("be is are was were been being am 's 're 'm ’s ’re ’m".split())


def stance_after_be(token: Token) -> bool:
    """ "are worried [that…]", "were worried [about…]": a past form the parser read as the
    adjective after "be"; misparses.py reads it as the verb of a stance, no other rule does."""
    return token.dep_ == "acomp" and token.lower_.endswith("ed") and token.head.lower_ in FORMS_OF_BE


# Adverbs PolNeAR annotators keep in the cue when they sit right before the verb ("also said").
CUE_ADVERBS = frozenset("also then now even again later already recently once never often still".split())


def _verb_cue_indices(verb: Token, lemma: str) -> tuple[int, ...]:
    """The verb with the auxiliaries, negation and adverbs right before it ("has also said"),
    its particle ("pointed out") or plea ("pleaded not guilty"), and a colon right after it ("said:")."""
    indices = [*_words_before(verb), verb.i]
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            indices.append(child.i)
    indices.extend(_plea_words(verb, lemma))
    after = indices[-1] + 1
    if after < len(verb.doc) and verb.doc[after].text == ":":
        indices.append(after)
    return tuple(indices)


# What a defendant pleads: the conventions' cue is the verb with its plea ("pleaded guilty", "pled
# not guilty"; CONVENTIONS.md, "Spans").
PLEAS = frozenset({"guilty", "innocent"})


def plea_of(verb: Token, lemma: str) -> Token | None:
    """The plea right after "plead" ("pleaded [guilty]", "pled not [guilty]"), which the parser
    makes the verb's adjective complement; None for any other verb or word."""
    doc = verb.doc
    if lemma != "plead":
        return None
    after = verb.i + 2 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "not" else verb.i + 1
    if after >= len(doc) or doc[after].lower_ not in PLEAS or doc[after].head.i != verb.i:
        return None
    return doc[after]


def _plea_words(verb: Token, lemma: str) -> list[int]:
    plea = plea_of(verb, lemma)
    return list(range(verb.i + 1, plea.i + 1)) if plea is not None else []


def _words_before(verb: Token) -> list[int]:
    """Indices of the contiguous auxiliaries, negation and cue adverbs ending right before `verb`."""
    left = {c.i: c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") or c.lower_ in CUE_ADVERBS}
    indices: list[int] = []
    i = verb.i - 1
    while i in left:
        indices.insert(0, i)
        i -= 1
    return indices


@cache
def _phrases_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The lexicon's phrases grouped by first word, in lexicon order: most words start none."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return grouped


def _phrase_at(doc: Doc, i: int, phrases: list[tuple[str, ...]]) -> int:
    """Length in tokens of the first of `phrases` that starts at token `i`, or 0."""
    for phrase in phrases:
        end = i + len(phrase)
        if end <= len(doc) and all(doc[i + k].lower_ == word for k, word in enumerate(phrase)):
            return len(phrase)
    return 0
