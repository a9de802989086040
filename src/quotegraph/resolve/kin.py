"""Whom a kinship description stands for: "the father", "his mother", "the couple".

In an article about a family, "the father" is the one man among the people named who share a
family name with another person named, "the couple" the two of them; "his father" of a person
the article names is the one other person of that family name described as such, else its one
man (for "mother", woman). Apart from descriptions.py because these read the article's people
by family name and sex, not by role or body.
"""

from __future__ import annotations

from quotegraph.records import EntityKind
from quotegraph.resolve.names import fold, surname
from quotegraph.resolve.phrases import SourcePhrase
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker, of_referent

# Kin words that say the relative's sex: "the father" of a family the article names is its man.
MALE_KIN = frozenset(
    "father son brother husband grandfather grandson uncle nephew widower stepfather".split()
)
FEMALE_KIN = frozenset(
    "mother daughter sister wife grandmother granddaughter aunt niece widow stepmother".split()
)
# Two people as one: "the couple" of an article about a family are its two members.
COUPLES = frozenset("couple pair".split())


def names_a_relative(phrase: SourcePhrase) -> bool:
    """ "his surviving father": a sexed kin word with a possessor and no apposition naming whom."""
    return not (phrase.head not in MALE_KIN | FEMALE_KIN or not phrase.possessor or phrase.appositive)


def relative_of(phrase: SourcePhrase, relative: Speaker | None, referents: list[Referent]) -> Speaker | None:
    """ "his surviving father" of a person the article names (`relative`, the possessor): the one
    other person of that family name described as the father (else the one man of it; for
    "mother", woman)."""
    if relative is None or relative.kind is not EntityKind.PERSON or " " not in relative.name:
        return None
    family = [
        r
        for r in referents
        if r.kind is EntityKind.PERSON
        and r.name != relative.name
        and " " in r.name
        and fold(surname(r.name)) == fold(surname(relative.name))
    ]
    gender = "m" if phrase.head in MALE_KIN else "f"
    described = [r for r in family if phrase.head in r.role_words()]
    matching = described or [r for r in family if r.gender == gender]
    return of_referent(matching[0]) if len(matching) == 1 else None


def family_member(phrase: SourcePhrase, referents: list[Referent]) -> Speaker | None:
    """ "The father said" in an article about a family: the one man (for "the mother", woman)
    among the people named who share a family name with another person named; "the couple"
    is the two of them when they are the only two."""
    if phrase.head not in MALE_KIN | FEMALE_KIN | COUPLES or not _bare_definite(phrase):
        return None
    people = [r for r in referents if r.kind is EntityKind.PERSON and " " in r.name]
    family_names = [fold(surname(r.name)) for r in people]
    relatives = [r for r, key in zip(people, family_names, strict=True) if family_names.count(key) > 1]
    if phrase.head in COUPLES:
        together = len(relatives) == 2
        return Speaker(" and ".join(r.name for r in relatives), EntityKind.GROUP) if together else None
    gender = "m" if phrase.head in MALE_KIN else "f"
    matching = [r for r in relatives if r.gender == gender]
    return of_referent(matching[0]) if len(matching) == 1 else None


def _bare_definite(phrase: SourcePhrase) -> bool:
    """ "the father" alone: no possessor, complement, modifier or apposition says whose."""
    return phrase.determiner == "the" and not (
        phrase.possessor or phrase.complement or phrase.modifiers or phrase.appositive
    )
