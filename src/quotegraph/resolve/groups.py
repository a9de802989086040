"""Whom a counted plural description stands for: "both nations", "the two leaders", "all three firms",
"Both", "the two of them".

News counts the entities it has just named together: "Singapore, India and Australia searched
the sea; all three nations offered help" are those three states, "the two men" after "Tom Hale
and Ray Moss" those two people. A state noun counts the states of people named by their office
("US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke. Both nations
issued statements" are the United States and Turkey). The members speak together, joined with
"and" as the gold conventions write a group of named speakers. Apart from descriptions.py
because it reads a coordination of names, not the role or body a description names.
"""

from __future__ import annotations

import re

from quotegraph.records import EntityKind, Mention
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.kinds import is_known_state
from quotegraph.resolve.names import is_title_word, split_name
from quotegraph.resolve.phrases import SourcePhrase
from quotegraph.resolve.resolved import Speaker

# Number words that count the members of a plural description.
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# Nouns of two people: "the couple", "the pair", "the duo".
PAIRS = frozenset("couple pair duo".split())
# Plural nouns that count entities of one kind: states, people, organisations.
COUNTED_NOUNS = {
    **dict.fromkeys("nations countries states governments".split(), EntityKind.STATE),
    **dict.fromkeys(
        """men women leaders ministers presidents candidates senators lawmakers politicians
        brothers sisters players""".split(),
        EntityKind.PERSON,
    ),
    **dict.fromkeys(
        """companies firms organisations organizations groups parties agencies banks airlines
        networks newspapers outlets unions charities""".split(),
        EntityKind.ORGANISATION,
    ),
}
# What stands between two names of one coordination: ", ", " and ", ", and ", " & ", and the
# demonym or title the next name run left out (" and Turkish President Recep Tayyip Erdoğan").
# An age and a spouse's or relative's word may stand between them too: "Abdullah Zahed, 25, and
# his wife, Breshna Alawee".
_JOINING = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)"
    r"(?:(?:his|her|their)\s+(?:wife|husband|partner|brother|sister|son|daughter|mother|father),?\s+)?"
    r"(?P<title>(?:[A-Z][\w'\u2019-]*\s+){0,2})"
)
# How many sentences before the description the coordination may lie.
LOOKBACK = 2


def counted_group(phrase: SourcePhrase, chains: Chains, at: int, sentence: int) -> Speaker | None:
    """The entities named together last before `at` that a counted plural description stands
    for, when the count and their kind agree; else None."""
    kinds: tuple[EntityKind, ...]
    if _count_alone(phrase):
        # "Both said", "the two of them": the count names no kind; the last coordination does.
        count, kinds = COUNTS[phrase.head], (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.STATE)
    elif phrase.head in PAIRS and phrase.determiner == "the" and not _qualified(phrase):
        count, kinds = 2, (EntityKind.PERSON,)  # "the couple", "the pair": two people named together
    else:
        count = next((COUNTS[w] for w in phrase.modifiers.text.casefold().split() if w in COUNTS), 0)
        kind = COUNTED_NOUNS.get(phrase.head)
        if not count or kind is None or phrase.possessor or phrase.complement:
            return None
        kinds = (kind,)
    for run in reversed(_coordinations(chains, at, sentence)):
        found = (_members(_from_kind(run, chains, kind), chains, kind) for kind in kinds)
        members = next((names for names in found if names), [])
        if members:  # the last coordination of that kind, or none: an older one is another topic
            return Speaker(" and ".join(members), EntityKind.GROUP) if len(members) == count else None
    return None


def _from_kind(run: list[tuple[Mention, str]], chains: Chains, kind: EntityKind) -> list[tuple[Mention, str]]:
    """A run of people without the place or body that a comma joined before them ("at a camp on
    Lesbos, Abdullah Zahed, 25, and his wife, Breshna Alawee" are two people)."""
    if kind is not EntityKind.PERSON:
        return run
    kinds = [referent.kind if (referent := chains.referent_at(m)) else None for m, _ in run]
    start = next((k for k, found in enumerate(kinds) if found is None or found is kind), len(run))
    return run[start:]


def _qualified(phrase: SourcePhrase) -> bool:
    return bool(phrase.possessor or phrase.complement or phrase.modifiers or phrase.appositive)


def _count_alone(phrase: SourcePhrase) -> bool:
    """ "Both", "The two", "both of them": a count with no noun, nothing modifying it."""
    complement = phrase.complement.text.casefold()
    them = phrase.preposition == "of" and complement in ("them", "these", "those")
    alone = not phrase.modifiers and not phrase.possessor and (not phrase.complement or them)
    return phrase.head in COUNTS and alone


def _coordinations(chains: Chains, at: int, sentence: int) -> list[list[tuple[Mention, str]]]:
    """Runs of two names or more joined only by commas and "and", in the sentences before `at`,
    each name with the demonym or title written before it ("Turkish President …")."""
    runs: list[list[tuple[Mention, str]]] = []
    for mention in chains.names_between(0, at):
        if mention.sentence < sentence - LOOKBACK:
            continue
        last = runs[-1][-1][0] if runs else None
        gap = chains.text[last.span.end : mention.span.start] if last is not None else ""
        joining = _JOINING.fullmatch(gap) if last is not None and last.sentence == mention.sentence else None
        title = joining.group("title") if joining else ""
        if joining and all(is_title_word(w) or w.casefold() in DEMONYMS for w in title.split()):
            runs[-1].append((mention, title + mention.text))
        else:
            runs.append([(mention, mention.text)])
    # "Islamic State of Iraq and Syria": a coordination inside a name or brackets counts nothing,
    # but only its first member is inside ("the island of Lesbos, Abdullah Zahed and his wife").
    runs = [run[1:] if _inside_name(chains.text, run[0][0].span.start) else run for run in runs]
    return [run for run in runs if len(run) > 1]


def _inside_name(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].endswith(("of ", "("))


def _members(run: list[tuple[Mention, str]], chains: Chains, kind: EntityKind) -> list[str]:
    """The names of a coordination's members of `kind`, in text order; empty when one is not."""
    names: list[str] = []
    for mention, written in run:
        referent = chains.referent_at(mention)
        if referent is None:
            return []
        name = referent.name if referent.kind is kind else ""
        if kind is EntityKind.STATE and referent.kind is EntityKind.PERSON:
            affiliation = split_name(written).affiliation  # "Turkish President …" → Turkey
            name = affiliation if is_known_state(affiliation) else ""
        if not name or name in names:
            return []
        names.append(name)
    return names
