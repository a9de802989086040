"""Whether a name is a person's, and whether two names are the same person's.

"Mark Rutte" ~ "Rutte" ~ "M. Rutte"; "Bobby Scott" is Robert C. "Bobby" Scott; "Beyond Trump"
(a capitalised preposition opening a sentence) is no person.
"""

from __future__ import annotations

import re
from typing import Protocol

from quotegraph.resolve.institutions import INSTITUTION_HEADS, ORGANISATION_WORDS
from quotegraph.resolve.names import (
    HONORIFICS,
    SURNAME_PARTICLES,
    fold,
    gender_of_given,
    generational_suffix,
    is_hyphenated_given,
    is_title_word,
    surname,
    untitled_words,
    words_of,
)

# Function words: prepositions, conjunctions, determiners. Capitalised at a sentence's opening, they
# never open a name ("Beyond Trump's finances"); after a name in an apposition, they show that the
# name modifies no noun ("Tomas Reyes whom the board hired", not "Brookside Hall graduate":
# pronouns.py).
FUNCTION_WORDS = frozenset(
    """about above across after against along amid among around as at before behind beside besides
    between beyond but by despite during except for from if in inside into like near of off on onto
    outside over past per since than through throughout to toward towards under unlike until upon
    versus via with within without meanwhile however also still yet so then thus hence instead
    perhaps while although though because unless whether when where why how what which who whom
    whose this that these those there here and or nor not even just both either neither each every
    all any some no""".split()
)
# Words of place and facility names that start with a given name ("Victoria Station").
PLACE_WORDS = frozenset(
    """street road avenue square station line bridge park hospital school college airport stadium
    island islands river lake mountain county city town hall centre center house""".split()
)
# A word that makes a name a body's or a place's, not a person's ("the Bill and Melinda Gates
# Foundation", "Jane Goodall Institute": a given name opens many a body's name).
BODY_OR_PLACE_WORDS = ORGANISATION_WORDS | INSTITUTION_HEADS | PLACE_WORDS

# Honorifics that take a surname and nothing else: "Ms Maliwal", "Mr. Okafor".
_SURNAME_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss)\.?"
_OPENS_WITH_SURNAME_HONORIFIC = re.compile(rf"{_SURNAME_HONORIFIC} [A-Z]")
# Two capitalised words before "of": "Crystal Ames of the tribal preservation office".
_TWO_WORDS_OF = re.compile(r"([A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+) of ")


class Named(Protocol):
    name: str
    nicknames: set[str]


def without_function_word(text: str) -> str:
    """ "Beyond Trump's finances": a capitalised word opening a sentence is not part of the name."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.casefold() in FUNCTION_WORDS else text


def without_common_noun(text: str) -> str:
    """ "daily Népszava", "broadcaster NRK": lower-case words the recogniser took in before a name
    describe it; they are no part of it ("de Blasio" keeps its particle)."""
    words = text.split(" ")
    start = 0
    while start < len(words) - 1 and words[start].isalpha() and words[start].islower():
        if words[start] in SURNAME_PARTICLES:
            break
        start += 1
    return " ".join(words[start:]) if words[start][:1].isupper() else text


def looks_like_person(name: str) -> bool:
    """ "Emma Carlisle", "Man-kei Tam": two or three words, a given name (known, or hyphenated)
    first, no institution word."""
    words = name.split()
    return (
        1 < len(words) <= 3
        and (bool(gender_of_given(words[0])) or is_hyphenated_given(words[0]))
        and not any(w.casefold() in BODY_OR_PLACE_WORDS for w in words)
    )


def person_of_body(written: str) -> str:
    """ "Crystal Ames of the Northern Shoshone": two name words before "of" and the body after it,
    which the recogniser took whole for a title or an event, are a person (the body's member);
    "" for an institution's, a place's or a title's word there ("Secretary General of the UN")."""
    found = _TWO_WORDS_OF.match(written)
    words = found.group(1).split() if found else []
    if not words or fold(words[0]) in FUNCTION_WORDS:
        return ""
    body_word = any(w.casefold() in BODY_OR_PLACE_WORDS or is_title_word(w) for w in words)
    return "" if body_word else " ".join(words)


def ends_in_person(written: str) -> bool:
    """ "… Committee Represenative Adam Schiff", "Amnesty International Man-kei Tam": a run that
    ends in a given name and a surname."""
    words = written.split()
    return len(words) > 2 and looks_like_person(" ".join(words[-2:]))


def same_person(known: str, name: str) -> bool:
    """ "Mark Rutte" ~ "Rutte" ~ "M. Rutte": surnames agree and given names do not clash;
    "al-Eryani" is Moammar al-Eryani."""
    # "Mark-Viverito" first, "Melissa Mark-Viverito" later: a hyphenated surname written alone
    # before the full name is that person's (the words of a plain one are compared below).
    hyphenated_alone = "-" in known and " " not in known and " " in name
    alone_first = hyphenated_alone and fold(known) == fold(name.rsplit(maxsplit=1)[-1])
    if fold(name) == fold(surname(known)) or alone_first or _surname_before_full_name(known, name):
        return True
    last = fold(known.rsplit(maxsplit=1)[-1]) if known.split() else ""
    if len(name.split()) == 1 and fold(name) in (fold(surname(known)), last):
        return len(known.split()) > 1 or fold(known) == fold(name)  # "Ban" of Ban Ki-moon, "Tamim"
    # "Lord Sugar" is Alan Sugar: a title kept with a surname is no given name that could clash.
    a, b = untitled_words(fold(known).split()), untitled_words(fold(name).split())
    if a and b and _compound_surname(a, b) and not name.isupper():
        return True
    if not a or not b or a[-1] != b[-1]:
        return False
    given_a, given_b = a[:-1], b[:-1]
    if not given_a or not given_b:
        return True
    return given_a[0][0] == given_b[0][0] and (
        len(given_a[0]) == 1 or len(given_b[0]) == 1 or given_a[0] == given_b[0]
    )


def _surname_before_full_name(known: str, name: str) -> bool:
    """ "Biden Calls Trump a Risk" (a headline), then "Vice President Joseph R. Biden Jr.": a
    person first known by a lone surname is the full name whose surname it is also where a
    generational suffix ends the full name, which the word-by-word comparison below would take
    for its last word. (Chains keeps a son apart whose father the article names without it.)"""
    lone = " " not in known.strip()
    return lone and bool(generational_suffix(name)) and fold(known) == fold(surname(name))


def _compound_surname(known: list[str], name: list[str]) -> bool:
    """ "López Obrador" and "López" of Andrés Manuel López Obrador, "Suu Kyi" of Aung San Suu
    Kyi: a family name of two words (Spanish paternal and maternal surnames, Burmese names),
    written whole or by its first word. Never a known given name ("Jessica" of Sarah Jessica
    Parker) or an initial. Known first by the two words alone, as a headline writes it
    ("Wasserman Schultz survives", then "Rep. Debbie Wasserman Schultz"), it is the full name
    that adds a known given name before them."""
    if len(known) == 2 and len(name) > 2:
        return name[-2:] == known and bool(gender_of_given(name[0])) and not gender_of_given(known[0])
    if len(known) < 3:
        return False
    if 2 <= len(name) < len(known):
        return known[-len(name) :] == name
    word = name[0]
    given_first = bool(gender_of_given(known[0]))  # a person's name for certain: "Iván Duque Márquez"
    one_word = len(name) == 1 and len(word) > 1
    return one_word and word == known[-2] and given_first and not gender_of_given(word)


def by_nickname(referent: Named, name: str) -> bool:
    """ "Bobby Scott" is Robert C. "Bobby" Scott."""
    words = fold(name).split()
    return len(words) == 2 and words[0] in referent.nicknames and words[1] == fold(surname(referent.name))


def has_honorific(text: str) -> bool:
    return any(w.casefold() in HONORIFICS for w in words_of(text))


def opens_with_surname_honorific(written: str) -> bool:
    """ "Ms Maliwal", "Mr. Okafor": a mention opened by an honorific that only ever takes a
    surname names a person, whatever label the recogniser gave it."""
    return _OPENS_WITH_SURNAME_HONORIFIC.match(written) is not None


def surname_after_honorific(name: str, text: str) -> bool:
    """ "Swati Maliwal, head of the commission … Ms Maliwal said", the full name labelled ORG:
    two or three capitalised words, none a body's or a place's, whose last the article writes
    right after "Mr", "Mrs", "Ms" or "Miss" are a person's name (those take a surname only)."""
    words = name.split()
    if not 1 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.casefold() in BODY_OR_PLACE_WORDS for w in words):
        return False
    return re.search(rf"\b{_SURNAME_HONORIFIC} {re.escape(words[-1])}\b(?! [A-Z])", text) is not None
