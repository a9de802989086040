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


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()) if re.search(r"\w['\u2019]s?$", text.strip()) else text.strip()


def without_nickname(text: str) -> str:
    """The name with a nickname in quotation marks taken out: Marcia "Cia" Price → Marcia Price."""
    return _NICKNAME.sub(" ", text)


def nickname_of(text: str) -> str:
    """The nickname inside a name: "Bobby" in Robert C. "Bobby" Scott, else ""."""
    found = _NICKNAME.search(text)
    return found.group().strip().strip("\"\u201c\u201d") if found else ""


def without_acronym(text: str) -> str:
    """ "World Health Organization (WHO)" → "World Health Organization"; the acronym is an alias."""
    return _ACRONYM.sub("", text).strip()


def acronym_of(text: str) -> str:
    """ "WHO" of "World Health Organization (WHO)", else ""."""
    found = _ACRONYM.search(text)
    return found.group(1) if found else ""
