"""Whom a campaign description stands for: "The Biden campaign", "his campaign", "the campaign".

A candidate's campaign is an organisation named by the candidate's surname ("Biden campaign"),
as news and the gold sets write it, whether a modifier, a possessor or the candidate named just
before gives the candidate. Apart from descriptions.py because it makes a name of its own rather
than finding an entity the article names.
"""

from __future__ import annotations

from collections.abc import Callable

from quotegraph.records import EntityKind, Statement
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.names import surname
from quotegraph.resolve.phrases import Part, SourcePhrase
from quotegraph.resolve.resolved import Speaker

# How many sentences before "the campaign" its candidate may be named.
LOOKBACK = 1


def candidate_campaign(
    phrase: SourcePhrase, chains: Chains, statement: Statement, entity_of: Callable[[Part], Speaker | None]
) -> Speaker | None:
    """The campaign organisation a "campaign" source names, or None when no candidate is given.

    `entity_of` resolves a part of the source ("Biden", "his") as descriptions.py does."""
    if phrase.head != "campaign":
        return None
    named = " ".join(w for w in phrase.modifiers.text.split() if w[:1].isupper())
    part = phrase.possessor or (phrase.modifiers if named else None)
    if part:
        candidate = entity_of(part)
    elif phrase.definite and not phrase.modifiers and not phrase.complement:
        candidate = _person_named_before(chains, statement)
    else:
        return None
    if candidate is None or candidate.kind is not EntityKind.PERSON:
        return None
    return Speaker(f"{named or surname(candidate.name)} campaign", EntityKind.ORGANISATION)


def _person_named_before(chains: Chains, statement: Statement) -> Speaker | None:
    """ "For nominee Jo Jorgensen, the campaign began badly. According to the campaign, …": the
    person named last, in the source's sentence or the one before, whose campaign it is."""
    assert statement.source is not None
    for mention in reversed(chains.names_between(0, statement.source.start)):
        if mention.sentence < statement.sentence - LOOKBACK:
            return None
        referent = chains.referent_at(mention)
        if referent is not None and referent.kind is EntityKind.PERSON and referent.evidence:
            return Speaker(referent.name, EntityKind.PERSON, referent=referent)
    return None
