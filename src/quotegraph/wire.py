"""How wire services mark the copy they file: the agencies whose bracketed name opens a
dateline ("RENO, Nev. (AP) — ", "Dec 29 (Reuters) - ").

A leaf, standard library only: extraction cuts a dateline the parser took into a rule's source,
and resolve one the tagger took into its own; both read the agencies here, so that the two
stages, which never import each other, cannot drift apart.
"""

from __future__ import annotations

__all__ = ["WIRE_AGENCIES"]

# As each agency writes its name in a dateline.
WIRE_AGENCIES = tuple("AP Reuters UPI AFP AAP CNN dpa Xinhua Bloomberg EFE ANSA PTI IANS".split())
