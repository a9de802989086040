"""The canonical name of an institution as the article writes it.

A newspaper's "The" belongs to its name ("The Guardian", "The Aviation Herald"); an agency's
"the" does not ("the Federal Security Service"). News writes the first with a capital T in
mid-sentence; at a sentence start, where every "The" is capitalised, the name's last word
tells a publication. Standard library only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.names import DEMONYMS

# Last words of publication names, which keep their "The" even at a sentence start.
PUBLICATION_WORDS = frozenset(
    """post times herald guardian verge journal telegraph independent economist atlantic hill globe
    sun mirror observer tribune star chronicle gazette express spectator nation register hindu
    australian standard onion intercept daily inquirer courier examiner record""".split()
)
_SENTENCE_END = re.compile(r"(?:^|[.!?\n\"\u201c\u201d:]\s*)$")


def institution_name(text: str, start: int, written: str) -> str:
    """`written` (a name mention starting at `start` in `text`) as the institution's name, with
    the demonym before it ("the Turkish Ministry of Foreign Affairs")."""
    name = re.sub(r"^(?:the|The)\s+", "", written.strip())
    demonym = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, start - 20) : start])
    if demonym and demonym.group(1).casefold() in DEMONYMS and not name.startswith(demonym.group(1)):
        return institution_name(text, start - len(demonym.group(0)), f"{demonym.group(1)} {name}")
    the = written.startswith("The ") or text[max(0, start - 4) : start] == "The "
    if not the:
        return name
    begins = start - (0 if written.startswith("The ") else 4)
    mid_sentence = not _SENTENCE_END.search(text[max(0, begins - 3) : begins])
    last = name.split()[-1].casefold() if name.split() else ""
    return f"The {name}" if mid_sentence or last in PUBLICATION_WORDS else name
