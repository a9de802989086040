"""Learned cues as the standard conventions write them: the verb with its particle or the fixed
phrase ("said", "called for", "according to"); no auxiliaries, adverbs or addressees
(CONVENTIONS.md, "Spans").

The tagger learnt PolNeAR, whose annotators keep in a cue the auxiliaries and adverbs before its
verb ("has also said", "went on to add") and the tagger often runs a cue on past it ("said in a
press release", "said of the outbreak", "stated:"). The Wikinews gold writes the verb alone: of
its 1,682 cues on dev and the 95 read train articles, 1 opens with an adverb and none with an
auxiliary. The cue's lemma, and so its act, is read again from the trimmed cue: "initially denied
all claims" denies, "said in a press release" says. Records only (no torch, no spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from quotegraph.records import CharSpan, Statement

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
AUXILIARIES = frozenset(
    "am is are was were be been being has have had having do does did "
    "will would shall should can could may might must "
    "'s 're 've 'd 'll ’s ’re ’ve ’d ’ll".split()
)
# Adverbs of time, addition and degree that stand before a cue verb ("also said", "once told",
# "both acknowledged"); any other word ending in "-ly" that is no cue verb ("reportedly",
# "repeatedly") is one too (not "reply", "imply": the lexicon knows them).
ADVERBS = frozenset(
    "also further too both once even only then now again already later earlier recently since "
    "still often just long yesterday today itself themselves".split()
)
# The negation between an auxiliary and its verb ("did [not] want", "does [not] consider"): the
# cue is the verb (CONVENTIONS.md: "the verb with its particle"); whether the report is negated
# is the statement's `negated`, read from the sentence, not from the cue. A negation after the
# verb stays ("pleaded not guilty": the gold writes the plea whole). A contracted auxiliary is
# one word here ("didn't", "won't").
NEGATIONS = frozenset({"not", "never"})
_CONTRACTED_NEGATIONS = ("n't", "n’t")
# "went on to add", "goes on to say": the verb after them is the cue.
_GOING_ON = ("go", "goes", "went", "gone", "going")
PREPOSITIONS = frozenset("in on at of about for from to with by over into during after via through".split())
PARTICLES = frozenset({"out", "up", "down", "off", "back"})  # "pointing [out]"
_DETERMINERS = frozenset({"the", "a", "an"})
# Words after which a cue verb opens a clause of its own: "a statement which [said]", "went as far
# as to [say]".
CLAUSE_OPENERS = frozenset({"which", "that", "who", "to"})


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.casefold()


def with_cues_as_the_conventions_write_them(
    statements: Iterable[Statement], text: str, lemma_of_cue: Callable[[str], str | None],
    *, read_lemmas: bool = True,
) -> list[Statement]:
    """`statements`, each cue cut to its verb (and particle, or phrase), with the lemma read from
    it; with `read_lemmas` off each keeps its own (the parser's lemma of the verb the cut keeps)."""
    result = []
    for statement in statements:
        cue = statement.cue
        trimmed = trimmed_cue(cue, text, statement.content, lemma_of_cue) if cue is not None else None
        if trimmed != cue and trimmed is not None:
            lemma = lemma_of_cue(trimmed.text_of(text)) if read_lemmas else None
            statement = replace(statement, cue=trimmed, cue_lemma=lemma or statement.cue_lemma)  # noqa: PLW2901
        result.append(statement)
    return result


def trimmed_cue(
    cue: CharSpan, text: str, content: Sequence[CharSpan], lemma_of_cue: Callable[[str], str | None]
) -> CharSpan:
    """`cue` without the auxiliaries, adverbs and "to" before its verb, and without what follows
    its verb's phrase: a colon, a determiner, a time, or a prepositional phrase that does not
    open the content ("said [in a press release]", "said [of the outbreak], “…”"; not "called
    for [an inquiry]"). A phrase cue ("according to") keeps its words after the first."""
    words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, cue.start, cue.end)]
    if not words:
        return cue
    first = _verb_index(words, lemma_of_cue)
    first = _later_verb(words, first, text, content, lemma_of_cue) or first
    last = len(words)
    phrase = " " in (lemma_of_cue(cue.text_of(text)) or "")
    if not phrase:
        last = _phrase_end(words, first, text, content)
    if first == 0 and last == len(words):
        return cue
    return CharSpan(words[first].start, words[last - 1].end)


def _verb_index(words: Sequence[_Word], lemma_of_cue: Callable[[str], str | None]) -> int:
    """Where the verb starts: past the auxiliaries, negations, adverbs, "to" and "went on to"
    before it."""
    i = 0
    while i < len(words) - 1:
        word = words[i].lower
        going_on = [w.lower for w in words[i + 1 : i + 3]] == ["on", "to"] and i + 3 < len(words)
        if word in _GOING_ON and going_on:
            i += 3
        elif word in AUXILIARIES or _is_negation(word) or word in ADVERBS or word == "to" or (
            _is_ly_adverb(word, lemma_of_cue)
        ):
            i += 1
        else:
            break
    return i


def _later_verb(
    words: Sequence[_Word], first: int, text: str, content: Sequence[CharSpan],
    lemma_of_cue: Callable[[str], str | None],
) -> int | None:
    """Where a cue participle, or a cue verb after "which" or "to", that follows the verb's object
    opens the content ("posted a message on Twitter [blaming] Iran", "released a statement which
    [said] …"): it, not the verb that delivered the words, is the cue, as the gold writes it.
    Opening the content, right after the participle or its preposition ("[speaking of] an
    incursion"), tells it from a noun ("said at a briefing, …")."""
    for k in range(first + 1, len(words)):
        word = words[k]
        participle = word.lower.endswith("ing")
        if not (participle or words[k - 1].lower in CLAUSE_OPENERS) or lemma_of_cue(word.lower) is None:
            continue
        if participle and words[k - 1].lower == "by":
            return k  # "continued by [announcing]": the gerund says how, and what, it was done
        after = words[k + 1] if k + 1 < len(words) else None
        particle = after is not None and after.lower in PREPOSITIONS | PARTICLES
        # a participle opens its content at once; a noun in -ing is set off ("at a [briefing], “…”")
        if _opens_content(word, text, content, "" if participle else ",:") or (
            particle and after is not None and _opens_content(after, text, content)
        ):
            return k
    return None


def _is_negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith(_CONTRACTED_NEGATIONS)


def _is_ly_adverb(word: str, lemma_of_cue: Callable[[str], str | None]) -> bool:
    return word.endswith("ly") and len(word) > 4 and lemma_of_cue(word) is None


def _phrase_end(words: Sequence[_Word], first: int, text: str, content: Sequence[CharSpan]) -> int:
    """Past the last word of the verb's phrase: before a preposition that does not open the
    content, and without trailing punctuation, determiners and times."""
    last = len(words)
    for k in range(first + 1, len(words)):
        if words[k].lower in PREPOSITIONS and not _opens_content(words[k], text, content):
            last = k
            break
    while last - 1 > first and _trailing(words[last - 1]):
        last -= 1
    return last


def _opens_content(word: _Word, text: str, content: Sequence[CharSpan], between: str = "") -> bool:
    """Whether a content part runs on right after `word` ("called for [an inquiry]"), with
    nothing but spaces and the marks in `between` before it."""
    at = word.end
    while at < len(text) and (text[at].isspace() or text[at] in between):
        at += 1
    return any(part.start <= at < part.end for part in content)


def _trailing(word: _Word) -> bool:
    return not word.text[:1].isalnum() or word.lower in _DETERMINERS or word.lower in ADVERBS
