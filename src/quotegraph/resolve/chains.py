"""The entities one article names, with every name mention linked to one of them.

Name chains follow the usual newswire rules (e.g. Lee et al. 2013, Stanford's sieve
coreference, passes "exact match" and "relaxed head match"): a full name introduces a person,
and a later surname, "Mr./Ms. Surname" or the same name with a title links back to them.
Roles come from titles before the name and appositives after it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from quotegraph.records import Article, EntityKind, Mention, MentionKind
from quotegraph.resolve.entities import STATES, metonym_of
from quotegraph.resolve.names import (
    DEMONYMS,
    HONORIFICS,
    fold,
    gender_of_role,
    is_title_word,
    split_name,
    split_role,
    surname,
    words_of,
)

LABEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "GPE": EntityKind.STATE,
    "NORP": EntityKind.GROUP,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
}
NOT_ENTITIES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tonight""".split()
)
ORGANISATION_WORDS = frozenset(
    """ministry department agency party council committee commission union fund bank university
    office association institute court congress senate parliament government campaign company
    corporation inc inc. corp corp. group police army navy service news times post network""".split()
)
# Plural nouns that headlines and sentence starts capitalise ("Protesters blocked…").
GROUP_WORDS = frozenset(
    """protesters critics voters republicans democrats residents analysts experts economists lawmakers
    supporters opponents leaders observers investors scientists activists doctors workers unions
    allies farmers police officials""".split()
)
DEMONYM_KEYS = frozenset(fold(d) for d in DEMONYMS)
NON_ENTITY_LABELS = frozenset(
    "DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY WORK_OF_ART LAW EVENT LANGUAGE PRODUCT".split()
)


@dataclass
class Referent:
    """One person, organisation or state of the article, as its mentions describe it."""

    name: str
    kind: EntityKind
    roles: list[tuple[str, str]] = field(default_factory=list)  # (affiliation, role) pairs
    gender: str = ""
    first: int = 0  # offset of the first mention

    @property
    def role(self) -> str:
        return next((role for _, role in self.roles if role), "")

    @property
    def affiliation(self) -> str:
        return next((aff for aff, _ in self.roles if aff), "")

    def role_words(self) -> set[str]:
        """Folded words of every role and affiliation: what a descriptor must be drawn from."""
        return {w for aff, role in self.roles for w in fold(f"{aff} {role}").split()}

    def add_role(self, affiliation: str, role: str) -> None:
        if (affiliation or role) and (affiliation, role) not in self.roles:
            self.roles.append((affiliation, role))
        self.gender = self.gender or gender_of_role(role)


class Chains:
    """Name mention → Referent for one article, built in text order."""

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.text = article.text
        self.referents: list[Referent] = []
        self.of_mention: dict[int, Referent] = {}  # mention start → referent
        self.labels = _labels_by_name(mentions)
        self.names = sorted((m for m in mentions if m.kind is MentionKind.NAME), key=lambda m: m.span)
        self._name_starts = [m.span.start for m in self.names]
        for mention in self.names:
            self._add(mention)

    def referent_at(self, mention: Mention) -> Referent | None:
        return self.of_mention.get(mention.span.start)

    def names_between(self, start: int, end: int) -> list[Mention]:
        """Name mentions starting in [start, end), in text order: a bisection, not a scan."""
        return self.names[bisect_left(self._name_starts, start) : bisect_left(self._name_starts, end)]

    def _add(self, mention: Mention) -> None:
        parsed = split_name(self._title_before(mention) + mention.text)
        if not parsed.name or fold(parsed.name) in NOT_ENTITIES:
            return
        kind = self._kind_of(mention, parsed.name, bool(parsed.role) or _has_honorific(mention.text))
        if kind is None:
            return
        metonym = metonym_of(mention.text)
        name = metonym[0] if metonym else parsed.name  # "Moscow" is Russia; the mention keeps "Moscow"
        referent = self._find(name, kind) or self._new(name, kind, mention.span.start)
        if referent.kind is EntityKind.PERSON and len(name.split()) > len(referent.name.split()):
            referent.name = name  # "Rutte" first, "Mark Rutte" later: keep the full name
        referent.add_role(parsed.affiliation, parsed.role)
        referent.gender = referent.gender or parsed.gender
        for span in (mention.premodifier, mention.appositive):
            if span is not None:
                referent.add_role(*split_role(span.text_of(self.text)))
        self.of_mention[mention.span.start] = referent

    def _title_before(self, mention: Mention) -> str:
        """Title words right before the name that the name run left out ("Ukrainian " President…)."""
        line = self.text[max(0, mention.span.start - 60) : mention.span.start].rsplit("\n", 1)[-1]
        kept: list[str] = []
        for word in reversed(line.split()):
            if not (is_title_word(word) or word.casefold() in DEMONYMS):
                break
            kept.insert(0, word)
        return " ".join(kept) + " " if kept else ""

    def _kind_of(self, mention: Mention, name: str, titled: bool) -> EntityKind | None:
        """The kind a name mention suggests, or None when it names no entity ("Sunday", "Ukrainian")."""
        if metonym_of(mention.text) is not None or fold(name) in STATES:
            return EntityKind.STATE
        if titled and mention.entity_label in (None, "PERSON"):
            return EntityKind.PERSON  # "Transport Minister Peter Lindqvist", "Ms. Marsh"
        label = mention.entity_label or self.labels.get(fold(name)) or self.labels.get(fold(surname(name)))
        if label is not None:
            return _kind_of_label(label, name)
        if self._known_surname(name):
            return EntityKind.PERSON
        if not mention.recognised:
            return EntityKind.UNKNOWN  # never shown to the recogniser: guessed by guess_kind()
        return None

    def _known_surname(self, name: str) -> bool:
        key = fold(surname(name))
        return any(r.kind is EntityKind.PERSON and fold(surname(r.name)) == key for r in self.referents)

    def _find(self, name: str, kind: EntityKind) -> Referent | None:
        """The latest referent this name continues: same name, or for people the same surname."""
        key = fold(name)
        for referent in reversed(self.referents):
            if fold(referent.name) == key:
                return referent
        if _is_known_state(name):
            return None
        # A surname links back to the person even when the recogniser typed it otherwise
        # ("Lindqvist" as ORG): labels on single words are the least reliable.
        for referent in reversed(self.referents):
            if referent.kind is EntityKind.PERSON and _same_person(referent.name, name):
                return referent
        return None

    def _new(self, name: str, kind: EntityKind, start: int) -> Referent:
        referent = Referent(name, kind if kind is not EntityKind.UNKNOWN else guess_kind(name), first=start)
        self.referents.append(referent)
        return referent


def _kind_of_label(label: str, name: str) -> EntityKind | None:
    if label in NON_ENTITY_LABELS or (label == "NORP" and fold(name) in DEMONYM_KEYS):
        return None  # dates, numbers; "Ukrainian", "European": adjectives, not entities
    return LABEL_KINDS.get(label, EntityKind.UNKNOWN)


def _is_known_state(name: str) -> bool:
    return fold(name) in STATES or metonym_of(name) is not None


def guess_kind(name: str) -> EntityKind:
    """Kind of a name no entity recogniser labelled: acronyms and institution words are organisations."""
    words = name.split()
    if len(words) == 1 and name.casefold() in GROUP_WORDS:
        return EntityKind.GROUP
    if len(words) == 1 and name.isupper() and len(name) > 1:
        return EntityKind.ORGANISATION
    if any(w.casefold() in ORGANISATION_WORDS for w in words):
        return EntityKind.ORGANISATION
    return EntityKind.PERSON


def _same_person(known: str, name: str) -> bool:
    """ "Mark Rutte" ~ "Rutte" ~ "M. Rutte": surnames agree and given names do not clash."""
    a, b = fold(known).split(), fold(name).split()
    if not a or not b or a[-1] != b[-1]:
        return False
    given_a, given_b = a[:-1], b[:-1]
    if not given_a or not given_b:
        return True
    return given_a[0][0] == given_b[0][0] and (
        len(given_a[0]) == 1 or len(given_b[0]) == 1 or given_a[0] == given_b[0]
    )


def _has_honorific(text: str) -> bool:
    return any(w.casefold() in HONORIFICS for w in words_of(text))


def _labels_by_name(mentions: list[Mention]) -> dict[str, str]:
    """Folded name → the entity label first computed for it (extract/ labels few sentences)."""
    labels: dict[str, str] = {}
    for mention in mentions:
        if mention.kind is MentionKind.NAME and mention.entity_label:
            labels.setdefault(fold(split_name(mention.text).name), mention.entity_label)
    return labels
