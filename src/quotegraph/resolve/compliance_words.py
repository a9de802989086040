"""The words of a speaker's own compliance to come: "they would comply with the order", "it intends
to comply", "it will comply with the ultimatum".

Compliance commits the speaker to a deed another asked of them, so it promises (the annotation
guide: "commits the speaker to a future act"), though "intends to" alone would be an intention and
"would" alone a forecast. A refusal ("it will not comply") is REFUSAL's in content_words.py, tried
before this. content_acts.py tries OWN_COMPLIANCE with the promises. Standard library only.
"""

from __future__ import annotations

from quotegraph.resolve.clause_words import SUBJECT, words

OWN_COMPLIANCE = words(
    rf"{SUBJECT}(?:will|would|shall|['\u2019]ll|intends? to|intended to|plans? to|planned to|"
    r"(?:is|are|was|were) going to|agree[sd]? to)\s+(?:\w+ly\s+)?"
    r"(?:comply|abide by|adhere to|cooperate|co-operate|obey)\b",
)
