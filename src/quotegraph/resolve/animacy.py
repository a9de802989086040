"""Whether a description names something that can say things: people, bodies and groups of people
do; documents, activities and single things do not.

A "they" that takes up a thing is nearly always a misreading: "The results show that Catholic
Republicans are out of step with the base. They're less hostile to regulation" is the Catholic
Republicans, "Even in the face of polling that documented Mr. Trump's appeal, they privately
doubted…" the operatives named before. Resolvers require a pronoun and its antecedent to agree in
animacy as in number and gender (Lee et al. 2013, Stanford's deterministic sieves); here the head
noun of the description is what is tested, since no recogniser's label says it. Apart from
pronouns.py because it reads a phrase, not the discourse.
"""

from __future__ import annotations

from quotegraph.records import EntityKind
from quotegraph.resolve.issuers import RESEARCH
from quotegraph.resolve.phrases import DOCUMENTS, parse_source
from quotegraph.resolve.resolved import Speaker

# Descriptions that may stand for things or people alike are tested; a referent the article names,
# a body, an anonymous person and a person are never things.
_TESTED_KINDS = frozenset({EntityKind.UNKNOWN, EntityKind.GROUP, EntityKind.ARTIFACT})
# Singular heads that stand for many people, whom "they" takes up: "the family", "the crowd",
# "everybody", "all of them", "none of the candidates", "59 percent".
COLLECTIVES = frozenset(
    """family couple crowd audience public majority minority jury staff board panel team campaign
    administration group party press media electorate leadership opposition establishment
    everybody everyone nobody anybody anyone somebody someone all none both each either neither
    any some most many few several half percent rest other another one""".split()
)
# People named by what they do, in -ing: "the king", "a sibling".
_PEOPLE_IN_ING = frozenset("king sibling offspring darling viking underling".split())
# Bodies whose names end as nouns of acts do: "the departments", "both governments".
_BODIES_IN_MENT = frozenset(
    """government governments department departments parliament parliaments movement movements
    regiment regiments establishment establishments management""".split()
)


def is_thing(speaker: Speaker) -> bool:
    """Whether a description that names no referent of the article names a thing: a document
    ("the results", "credible studies"), an act or activity ("polling", "that lobbying", "their
    arguments") or one thing that is no body of people ("the spectacle of Mr. Netanyahu", "a large
    body of work"; for "they", one man or woman is no antecedent either)."""
    if speaker.referent is not None or speaker.kind not in _TESTED_KINDS:
        return False
    head = parse_source(speaker.name).head
    if not head.isalpha():
        return False  # "59%", an initialism with dots: not read
    if head in DOCUMENTS | RESEARCH:
        return True
    if head.endswith("ing"):
        return head not in _PEOPLE_IN_ING
    if head.endswith(("ment", "ments")):
        return head not in _BODIES_IN_MENT  # "their arguments", "those accomplishments"
    return speaker.kind is EntityKind.UNKNOWN and _one_thing(speaker.name, head)


def _one_thing(name: str, head: str) -> bool:
    """A singular common noun that no crowd of people is ("the time", "the spectacle"); not a
    participle or adjective read as the head ("those surveyed", "BATs active on social media"), a
    phrase that opens with a name, nor two things joined ("the book and the movie", which "they"
    takes up as their authors')."""
    return (
        not head.endswith(("s", "ed"))
        and head not in COLLECTIVES
        and name[:1].islower()
        and " and " not in name
    )
