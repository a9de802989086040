"""Whether an unnamed subject names several people, whom a later "they" takes up.

"Mexican officials conducted polling in the United States … The outreach, they said, raised new
worries" is the officials, "Democratic leaders are wary …, but they do not want" the leaders: an
unnamed plural subject of people takes the topic over as a named one does (Lappin & Leass 1994
weigh a subject by its role, not by whether it is named), and CONVENTIONS.md gives such a "they"
the group's own description, not the last named speaker. Apart from pronouns.py because it reads
a phrase, not the discourse.
"""

from __future__ import annotations

from quotegraph.records import EntityKind
from quotegraph.resolve.kinds import GROUP_WORDS
from quotegraph.resolve.resolved import ANONYMOUS_HEADS, Speaker

# Anonymous heads that stand for several people: "officials", "aides", "people familiar with".
_PLURAL_ANONYMOUS_HEADS = frozenset(
    head for head in ANONYMOUS_HEADS if head.endswith("s") and not head.endswith("ss")
) | {"people"}


def several_people(speaker: Speaker, head: str) -> bool:
    """Whether a description names several people: anonymous ones ("Mexican officials", "Clinton's
    aides", "people familiar with the talks"; not "a senior official") or a group by what its
    people do ("the protesters", "critics", "some Republicans"; not "such efforts", "responses",
    groups of things that "they" may also take up but that take no topic over)."""
    if speaker.kind is EntityKind.ANONYMOUS:
        return head in _PLURAL_ANONYMOUS_HEADS
    return speaker.kind is EntityKind.GROUP and head in GROUP_WORDS
