"""A name the recogniser cut after a given name, carried on to its surname ("Research Fellow
Martin[ How]").

Apart from chains.py because it prepares the name mentions before any chain is built.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotegraph.records import CharSpan, Mention
from quotegraph.resolve.names import fold, gender_of_given, is_title_word

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
NOT_ENTITIES = MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight".split()
)
# A capitalised word, not opening a sentence, right after a name: "Martin[ How] said".
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z][\w'\u2019-]*)\b")
# A month is a date, not a surname, when a day or a year follows it: "Martin May 5".
_DATE_AFTER = re.compile(r",? \d")


def with_surnames(names: list[Mention], text: str) -> list[Mention]:
    """ "Research Fellow Martin[ How]": a name the recogniser cut after a given name goes on to
    the capitalised word right after it, the surname, when no other name starts there."""
    starts = {m.span.start for m in names}
    extended: list[Mention] = []
    for mention in names:
        words = mention.text.split()
        after = _SURNAME_AFTER.match(text, mention.span.end)
        # "Fellow Martin": a lone word after a title is a given name, whatever the lists know.
        given = words and (gender_of_given(words[-1]) or (len(words) > 1 and is_title_word(words[-2])))
        word = after.group(1) if given and after and after.start(1) not in starts else ""
        if after and word and _surname_word(word, text, after.end(1)):
            span = CharSpan(mention.span.start, after.end(1))
            extended.append(replace(mention, span=span, text=text[span.start : span.end]))
        else:
            extended.append(mention)
    return extended


def _surname_word(word: str, text: str, end: int) -> bool:
    """Whether the capitalised word after a given name is its surname: not a given name, nor a
    day; a month only when no date follows ("Theresa May said" but "told Martin May 5")."""
    key = fold(word)
    if gender_of_given(word):
        return False
    if key in MONTHS:
        return not _DATE_AFTER.match(text, end)
    return key not in NOT_ENTITIES
