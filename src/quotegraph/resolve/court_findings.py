"""A court's finding of a wrong in law states it: it accuses no one.

Wikinews' annotators give a ruling the act `state` whatever wrong it finds ("the prorogation was
unlawful", "the male-only draft violated the Due Process Clause", "Pierluisi was improperly sworn
in"): a court or a judge applies the law, it does not blame, criticise or allege as a party does
(ANNOTATING.md's `accuse`). Among the gold attributions of read95 and dev whose source is a court or a
judge, 22 state and 2 accuse, and the two accuse by other words than the law's: a judge's reproach to
the accused ("You have severed the ability to raise your children") and a motive imputed ("did so
for a political reason"). So a court's words keep an accusation only when some fault is left once the
law's words are taken out. Standard library and the fault tables only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.fault_words import ACCUSATION

# A court or a judge as the source: "Supreme Court Justice Elena Kagan", "The opinion of the Court",
# "a U.S. District Court judge", "appeals courts". The Justice Department prosecutes, and a
# "ruling party" is a party: neither is a court.
COURT = re.compile(
    r"\b(?:courts?|judges?|tribunals?|magistrates?|(?<!department of )(?<!ministry of )(?<!minister of )"
    r"justices?(?! (?:department|ministry|minister)\b))\b",
    re.I,
)

# The words in which the law finds a wrong: a deed against a constitution, a statute, a right.
LEGAL_FAULT = re.compile(
    r"\b(?:unconstitutional(?:ly)?|unlawful(?:ly)?|illegal(?:ly)?|violat\w*|breach\w*|infring\w*|"
    r"null and void|discriminat\w*|corrupt\w*|fraud\w*|improper(?:ly)?|wrongful(?:ly)?|broke the law|"
    r"(?:contrary to|conflicts? with|at odds with|incompatible with|in violation of))\b",
    re.I,
)


def finds_fault_in_law(source: str, content: str) -> bool:
    """Whether `content` is a court's or a judge's finding whose only fault is the law's: "a
    U.S. District Court judge [said] the law violated the Constitution" states, "The Supreme Court
    decision [said] they did so for a political reason" still accuses."""
    if not COURT.search(source) or not LEGAL_FAULT.search(content):
        return False
    return not ACCUSATION.search(LEGAL_FAULT.sub(" \u2026 ", content))
