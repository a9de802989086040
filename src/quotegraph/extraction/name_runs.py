"""Runs of proper nouns that make one name, as token positions.

A run joins proper nouns across hyphens, name particles ("von der"), a nickname in quotation
marks, a number inside a name and the lower-case syllable of a Korean or Chinese given name;
it never begins on a weekday. Apart from mentions.py, which turns the runs into Mentions.
A word written in capitals that the tagger took for a common noun ("IKEA will close stores") is
a name only if the entity recogniser says so; `capitalised_common_nouns` finds those words.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import TAG
from spacy.tokens import Doc, Span, Token

from quotegraph.extraction.filters import MONTHS, NAME_TAGS, WEEKDAYS
from quotegraph.extraction.spans import positions_where

# Tags the tagger gives a company written in capitals at a sentence's start ("IKEA", "ALDI").
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
NICKNAME_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# Lower-case words inside names: "Ursula von der Leyen", "Charles de Gaulle", "bin Salman".
NAME_PARTICLES = frozenset("von van der den de del della di da la le al el bin ibn ben".split())
# Second syllables of Korean and Chinese given names, written lower case after a hyphen ("Moon
# Jae-in", "Yoon Suk-yeol", "Tsai Ing-wen"), which the tagger takes for common words. A closed
# list, so that "Biden-era", "Trump-style" or "Hong Kong-based" never join a name.
GIVEN_NAME_SYLLABLES = frozenset(
    """in un moon yeol myung hye hee ho jin woo min bak hwan sik sook suk young yong hyun nam soo
    jun kyu gyu won sung chul seok eun ae il yeon hoon hwa jeou wen yu kei kuo ying wah chi""".split()
)


def name_runs(doc: Doc) -> Iterable[tuple[int, int]]:
    """(first, last) token indices of each run of proper nouns."""
    end_of_last = 0
    # The tagger sometimes tags the full stop after a name NNP ("James O'Neill."): no name word.
    names = [i for i in positions_where(doc, TAG, NAME_TAGS) if not doc[i].is_punct]
    nicknames = _nickname_quotes(doc, names)
    for i in names:
        if i < end_of_last:
            continue  # inside the previous run
        j = i
        while j + 1 < len(doc) and (j + 1 in nicknames or _continues_name(doc, j + 1)):
            j += 1
        while j > i and not _ends_a_name(doc, j, nicknames):
            j -= 1
        end_of_last = j + 1
        first = _hyphenated_start(doc, i)
        if not any(c.isupper() for t in doc[first : j + 1] for c in t.text):
            continue  # "the diocese had protested": a common noun the tagger took for a name
        # "reported on Saturday Sirhan Sirhan was stabbed": a day is no part of a name
        yield (first + 1 if j > first and doc[first].lower_ in WEEKDAYS else first), j


def capitalised_common_nouns(doc: Doc) -> list[int]:
    """Positions of words written in capitals (three letters or more) that the tagger took for
    common nouns, in a sentence written in lower case: "IKEA will close 30 stores" (IKEA tagged
    NN). Not a shouted stretch ("WHAT SECTOR OF ECONOMY IS STILL STRONG"), nor a one-word
    heading ("ABSTRACT."): a word beside another word in capitals, or in a sentence with fewer
    than three lower-case words, is left out. Role words ("CEO") are left to the recogniser,
    which mentions.py asks before it keeps any of these as a name."""
    return [
        i
        for i in positions_where(doc, TAG, COMMON_NOUN_TAGS)
        if _in_capitals(doc[i]) and not _beside_capitals(doc, i) and _lower_case_words(doc[i].sent) >= 3
    ]


def _lower_case_words(sentence: Span) -> int:
    return sum(1 for t in sentence if t.is_alpha and t.text.islower())


def _in_capitals(token: Token) -> bool:
    return token.is_alpha and len(token.text) >= 3 and token.text.isupper()


def _beside_capitals(doc: Doc, i: int) -> bool:
    """The nearest word either side, across punctuation, is written in capitals too."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(doc) and doc[k].is_punct:
            k += step
        if 0 <= k < len(doc) and doc[k].is_alpha and len(doc[k].text) > 1 and doc[k].text.isupper():
            return True
    return False


def _ends_a_name(doc: Doc, j: int, nicknames: set[int]) -> bool:
    """A run ends on a name word (not a full stop the tagger tagged NNP), a nickname or a given
    name's syllable."""
    name_word = doc[j].tag_ in NAME_TAGS and not doc[j].is_punct
    return name_word or j in nicknames or _given_syllable(doc, j)


def _hyphenated_start(doc: Doc, i: int) -> int:
    """The first word of a hyphenated name whose first part the tagger took for a common noun
    ("ABS-CBN Corporation" at a sentence's start, "ABS" tagged NN), so that the name is not cut
    to "CBN Corporation": an initialism, or a capitalised word inside the sentence, joined to the
    name word by a hyphen with no space either side."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        first = doc[i - 2]
        initialism = first.is_alpha and len(first.text) > 1 and first.text.isupper()
        capitalised = first.is_alpha and first.text[:1].isupper() and not first.is_sent_start
        if not (initialism or capitalised) or first.tag_ in NAME_TAGS:
            break  # a name word there already began this run
        i -= 2
    return i


def _nickname_quotes(doc: Doc, names: list[int]) -> set[int]:
    """Tokens of a nickname in quotation marks inside a name (Marcia "Cia" Price), with the
    capitalised word after it (the tagger often takes a surname there for a common noun)."""
    found: set[int] = set()
    for i in names:
        opening = i + 1
        if opening + 2 >= len(doc) or doc[opening].text not in NICKNAME_QUOTES:
            continue
        for closing in range(opening + 2, min(opening + 5, len(doc) - 1)):
            if doc[closing].text in NICKNAME_QUOTES:
                inside = all(doc[k].text[:1].isupper() for k in range(opening + 1, closing))
                if inside and doc[closing + 1].text[:1].isupper() and doc[closing + 1].is_alpha:
                    found |= set(range(opening, closing + 2))
                break
    return found


def _continues_name(doc: Doc, k: int) -> bool:
    token, previous = doc[k], doc[k - 1]
    if token.tag_ in NAME_TAGS:
        joined = previous.lower_ in NAME_PARTICLES or previous.text == "-" or _number_in_name(doc, k - 1)
        return previous.tag_ in NAME_TAGS or joined
    if token.text == "-" and not previous.whitespace_ and k + 1 < len(doc):
        return doc[k + 1].tag_ in NAME_TAGS or _given_syllable(doc, k + 1)
    if _given_syllable(doc, k):
        return True
    if _number_in_name(doc, k):
        return True
    return token.lower_ in NAME_PARTICLES and k + 1 < len(doc) and doc[k + 1].tag_ in NAME_TAGS


def _given_syllable(doc: Doc, k: int) -> bool:
    """ "in" of "Moon Jae-in": a given name's lower-case second syllable, right after a hyphen
    that joins it to a capitalised name word, itself after another name word (the family name)."""
    if k < 3 or doc[k].lower_ not in GIVEN_NAME_SYLLABLES or not doc[k].text.islower():
        return False
    hyphen, first = doc[k - 1], doc[k - 2]
    joined = hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_
    return joined and first.tag_ in NAME_TAGS and first.text[:1].isupper() and doc[k - 3].tag_ in NAME_TAGS


def _number_in_name(doc: Doc, k: int) -> bool:
    """ "The Lost 52 Project", "Group 4 Securicor": a number between name words; not a date's day
    before a name ("on March 3 Biden said")."""
    if k < 1 or k + 1 >= len(doc) or doc[k].tag_ != "CD" or not doc[k].is_digit:
        return False
    previous = doc[k - 1]
    return previous.tag_ in NAME_TAGS and previous.lower_ not in MONTHS and doc[k + 1].tag_ in NAME_TAGS
