"""One entity of an article as its mentions describe it: name, kind, roles, gender, salience.

Apart from chains.py because every resolver reads referents and few build them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotegraph.records import EntityKind
from quotegraph.resolve.names import fold, gender_of_role
from quotegraph.resolve.roles import is_role


@dataclass
class Referent:
    """One person, organisation or state of the article, as its mentions describe it."""

    name: str
    kind: EntityKind
    roles: list[tuple[str, str]] = field(default_factory=list)  # (affiliation, role) pairs
    gender: str = ""
    first: int = 0  # offset of the first mention
    mentions: int = 0  # name mentions so far: the salience that decides between namesakes
    subjects: int = 0  # of them, subjects: what decides between namesakes named as often
    evidence: bool = False  # a person by label, title, role or given name, not by a guess
    nicknames: set[str] = field(default_factory=set)  # folded: "bobby" for Robert C. "Bobby" Scott
    pair_rank: int = 0  # 1 or 2: first or second of a couple of unknown sexes, "Khizr and Ghazala Khan"

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
        if role and not is_role(role):
            return  # "Mick Lynch, 62,": an age is no role
        if (affiliation or role) and (affiliation, role) not in self.roles:
            self.roles.append((affiliation, role))
        self.gender = self.gender or gender_of_role(role)
