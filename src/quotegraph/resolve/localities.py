"""Which place "the city" or "the town" as a source stands for: the one the article introduced
with that noun ("the US city of White Plains", "Ferguson, a town in Missouri").

News takes a place up by the noun it introduced it with, as it takes up "the company" or "the
ministry" (offices.py); the gold conventions (../shared/eval/CONVENTIONS.md) name the place that
speaks through its council or its officials ("the city said" is White Plains). The place is read
from the text, not from the recogniser's type, which varies for small places ("New Rochelle" may
come out a person). Reads the text and the source phrase only, never the name chains.
"""

from __future__ import annotations

import re

from quotegraph.records import EntityKind
from quotegraph.resolve.phrases import SourcePhrase
from quotegraph.resolve.resolved import Speaker

# Nouns for a settlement that news takes up alone ("the city said"); "the state" and "the
# country" are governments (offices.py), "the region" a province or an area.
PLACE_NOUNS = frozenset("city town village".split())
_NAME = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}"
_NOUNS = "|".join(sorted(PLACE_NOUNS))
# "the city of White Plains", "the US city of White Plains", "the town of Paradise"
_NOUN_OF_NAME = re.compile(rf"\b({_NOUNS}) of ({_NAME})")
# "Ferguson, a town in Missouri", "Magnitogorsk, a city in the Ural region", "Paradise, the small town"
_NAME_APPOSED = re.compile(rf"\b({_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,3}}?({_NOUNS})\b")


def place_called(phrase: SourcePhrase, text: str, at: int) -> Speaker | None:
    """ "the city" → the last place before `at` that the article introduced as a city; None when
    the source says more than the bare noun ("the city council", "the city's mayor") or the
    article introduced no place with it."""
    if phrase.head not in PLACE_NOUNS or phrase.determiner != "the":
        return None
    if phrase.modifiers or phrase.possessor or phrase.complement or phrase.appositive:
        return None
    found = _introduced(text[:at], phrase.head)
    return Speaker(found, EntityKind.PLACE) if found else None


def _introduced(before: str, noun: str) -> str:
    """The name of the last place `before` introduces as a `noun`, else ""."""
    last_at, last_name = -1, ""
    for match in _NOUN_OF_NAME.finditer(before):
        if match.group(1) == noun and match.start() > last_at:
            last_at, last_name = match.start(), match.group(2)
    for match in _NAME_APPOSED.finditer(before):
        if match.group(2) == noun and match.start() > last_at:
            last_at, last_name = match.start(), match.group(1)
    return last_name
