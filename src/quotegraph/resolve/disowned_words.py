"""The words of a deed the speaker disowns with "never": "he never obtained access to her account",
"we have never expressed interest in collecting it", "He Never Pledged To Kill …".

DISOWNED_DEED is the speaker's own "never" ("I", "we") before a verb of deed, REPORTED_DISOWNED_DEED
the same in reported speech, where "he", "she", "they" or "it" is the speaker: both deny (the
annotation guide: "says an accusation or a fact is not true"). In a quotation "he never pulled the
trigger" is said of someone else, so a quotation's third person is left out. A verb of perception,
thought, feeling or fortune after "never" tells what the subject has not met with ("we have never
seen a candidate like this", "I never thought", "she never lost"), and denies nothing.
content_acts.py tries the reported form with the other denials, and the speaker's own after the
acts of fault, praise and agreement ("we never envisioned … the height of disdain" finds fault), in
a quotation only in the opening sentence of a part. content_words.py's DENIAL keeps the fixed
phrases ("never happened", "never lied"). Standard library only.
"""

from __future__ import annotations

from quotegraph.resolve.clause_words import CLAUSE, words

# What "never" does not disown: experience, thought, feeling, wanting, fortune, and adverbs.
_NOT_A_DEED = (
    r"(?:been|had|have|seen|saw|see|thought|think|expected|expect|imagined|imagine|felt|feel|heard|hear|"
    r"known|knew|know|forgotten|forget|wanted|want|liked|like|loved|love|believed|dreamed|dreamt|"
    r"experienced|envisioned|envisaged|realized|realised|trusted|trust|going|lost|won|stopped|stop|gave|give|given|looked|got|gotten|needed|need|really|once|ever|"
    r"before|again)\b"
)
_NEVER_DEED = (
    r"\s+(?:had\s+|has\s+|have\s+|['\u2019]ve\s+)?never\s+(?:\w+ly\s+)?"
    rf"(?!{_NOT_A_DEED})\w+"
)
DISOWNED_DEED = words(rf"{CLAUSE}(?:i|we){_NEVER_DEED}")
REPORTED_DISOWNED_DEED = words(rf"{CLAUSE}(?:he|she|they|it){_NEVER_DEED}")
