"""Marks around a name that are not part of it: a possessive, a bracketed acronym, a quoted nickname.

Pure string rules, kept apart from names.py because they come off before any word of the name
is read, and chains.py reads the acronym and the nickname as aliases of their own. Standard
library only.
"""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)?\s*$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# A nickname in quotation marks inside a name: Marcia "Cia" Price is Marcia Price.
_NICKNAME = re.compile(r"\s[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d]\s")
# Quotation marks right before and right after a name (a comma or full stop may close it inside
# the marks): double marks, single ones, or two single ones as some outlets type them.
_OPENS_QUOTATION = re.compile(r"(?:[\"\u201c\u2018]|'')$")
_CLOSES_QUOTATION = re.compile(r"[,.!?]?(?:[\"\u201d\u2019]|'')(?!\w)")  # not "Trump’s"


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()) if re.search(r"\w['\u2019]s?$", text.strip()) else text.strip()


def without_nickname(text: str) -> str:
    """The name with a nickname in quotation marks taken out: Marcia "Cia" Price → Marcia Price."""
    return _NICKNAME.sub(" ", text)


def nickname_of(text: str) -> str:
    """The nickname inside a name: "Bobby" in Robert C. "Bobby" Scott, else ""."""
    found = _NICKNAME.search(text)
    return found.group().strip().strip("\"\u201c\u201d") if found else ""


def fills_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is all that a quotation holds: "put their location as
    ''Wilayat Twitter,''", "the “Jane The Virgin” actress". Such a name is a title or a term the
    article quotes (a place's nickname, a show's name), not a person it introduces, so no later
    "Twitter" or "Jane" may be taken for that person's surname or given name."""
    opened = _OPENS_QUOTATION.search(text, max(0, start - 2), start) is not None
    return opened and _CLOSES_QUOTATION.match(text, end) is not None


def without_acronym(text: str) -> str:
    """ "World Health Organization (WHO)" → "World Health Organization"; the acronym is an alias."""
    return _ACRONYM.sub("", text).strip()


def acronym_of(text: str) -> str:
    """ "WHO" of "World Health Organization (WHO)", else ""."""
    found = _ACRONYM.search(text)
    return found.group(1) if found else ""
