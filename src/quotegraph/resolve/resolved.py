"""The speaker the resolver answers with, and what a description is when it names nobody.

`Speaker` is a referent of the article or a description kept as written; `description` types
the latter: anonymous ("a senior official"), a group ("protesters"), a document (an artifact)
or an organisation. Apart because every speaker module builds these answers and none of them
owns the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.records import EntityKind
from quotegraph.resolve.kinds import GROUP_WORDS, guess_kind
from quotegraph.resolve.names import ROLE_HEADS, split_role
from quotegraph.resolve.phrases import DOCUMENTS
from quotegraph.resolve.referents import Referent

INDEFINITE = frozenset("a an one some several two three many few another other most".split())
ANONYMOUS_HEADS = frozenset(
    """official officials source sources aide aides spokesman spokeswoman spokesperson person people
    insider insiders diplomat diplomats adviser advisers advisor advisors someone witness witnesses
    member members staffer staffers officer officers""".split()
)
GROUP_HEADS = GROUP_WORDS | frozenset({"polls"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: a referent of the article, or a description that names nobody."""

    name: str
    kind: EntityKind
    role: str = ""
    affiliation: str = ""
    referent: Referent | None = None


def of_referent(referent: Referent, role: str = "", affiliation: str = "") -> Speaker:
    return Speaker(
        referent.name, referent.kind, role or referent.role, affiliation or referent.affiliation, referent
    )


def description(text: str, words: list[str], head: str) -> Speaker:
    """A speaker named only by a description: anonymous, a group, a document or an organisation."""
    head = head or head_word(words)
    descriptor = " ".join(text.split()[1:] if words[0] in INDEFINITE | {"the"} else text.split())
    affiliation, role = split_role(descriptor)
    if head in DOCUMENTS:
        return Speaker(descriptor, EntityKind.ARTIFACT)
    if head in ANONYMOUS_HEADS or (head in ROLE_HEADS and words[0] in INDEFINITE):
        return Speaker(descriptor, EntityKind.ANONYMOUS, role, affiliation)
    if head in GROUP_HEADS or (head.endswith("s") and words[0] not in ("the",) and head not in ROLE_HEADS):
        return Speaker(descriptor, EntityKind.GROUP)
    if head in ROLE_HEADS:
        return Speaker(descriptor, EntityKind.ANONYMOUS, role, affiliation)
    kind = guess_kind(descriptor)
    return Speaker(descriptor, kind if kind is EntityKind.ORGANISATION else EntityKind.UNKNOWN)


def head_word(words: list[str]) -> str:
    """The head of a descriptor: the last word before a preposition ("spokesman for the Kremlin")."""
    for k, word in enumerate(words):
        if word in ("for", "of", "at", "from", "with", "in", "by", "close", "familiar") and k > 0:
            return words[k - 1]
    return words[-1]
