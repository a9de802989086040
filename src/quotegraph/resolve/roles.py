"""Whether a role phrase describes an office, and whether a person holds it.

Kept apart from names.py, which splits a role off a name: these two tests judge a role already
split off ("the 46th president", "the Conservative leader"), for referents, chains and offices.
Standard library only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.names import OCCUPATION_ENDING, OCCUPATIONS, PERSON_ROLE_HEADS, words_of

_YEAR_OR_ORDINAL = re.compile(r"(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th)")
# Letters a compound puts before an occupation: "neuro" in "neurosurgeon", "cos" in "cosplayer".
_COMPOUND_PREFIX = 3


def is_role(role: str) -> bool:
    """Whether `role` can describe a person's office: words, not an age or a number ("62"); a
    year or an ordinal dates or ranks an office ("2020 presidential nominee", "the 46th president")."""
    words = [w.casefold() for w in words_of(role)]
    numbers = [w for w in words if w[:1].isdigit() and not _YEAR_OR_ORDINAL.fullmatch(w)]
    return any(c.isalpha() for w in words for c in w) and not numbers


def is_person_role(role: str) -> bool:
    """Whether a role phrase is headed by an office a person holds ("the Conservative leader")."""
    words = [w.casefold() for w in words_of(role)]
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in ("of", "for", "at", "to")), "")
    return (head or (words[-1] if words else "")) in PERSON_ROLE_HEADS


def is_occupation(role: str, name: str) -> bool:
    """ "Voter Kitty Mak", "Activist Joshua Wong": an occupation written as a title before a name of
    two or three words is a person's, whatever label the recogniser gave the run (an
    organisation's name does not open with an occupation; "Student Union" has no name after it)."""
    words = [w.casefold() for w in words_of(role)]
    return len(words) == 1 and words[0] in OCCUPATIONS and 2 <= len(name.split()) <= 3


def is_occupation_noun(word: str) -> bool:
    """ "surgeon", "ecologist", and compounds that end in an occupation: "neurosurgeon", "cosplayer"."""
    if word in OCCUPATIONS or OCCUPATION_ENDING.search(word):
        return True
    return any(word.endswith(job) and len(word) - len(job) >= _COMPOUND_PREFIX for job in OCCUPATIONS)
