"""The pieces of grammar the content-act tables share: where a clause starts, its subject when
that is the speaker, the future, the modal "may".

content_words.py, stance_words.py and forecast_words.py build their patterns from these (and
cue_words.py takes MAY); a piece used by one table only stays beside that table. `words` joins
the alternatives of a table into one pattern that ignores case. Standard library only.
"""

from __future__ import annotations

import re

# Where a clause of the content starts: its beginning, a part after the cue's interruption,
# or after a comma, a semicolon or a conjunction ("on Monday[,] they believe …").
CLAUSE = (
    r"(?:^|\u2026|[,;:.!?]\s|\b(?:that|and|but|because|while|so)\s)[\W_]*"
    r"(?:(?:earlier|later|now|then|also|previously|recently|yesterday|today|tomorrow|meanwhile|however|"
    r"instead)\s+|(?:on|in|at|after|before|since|during|last|this|next)\s+\w+,?\s+)?"
)
# The speaker as the clause's subject: "I"/"we" in a quotation, a pronoun in reported speech.
SELF = r"(?:i|we)"
REPORTED_SELF = r"(?:he|she|they|it|we|i)"
SUBJECT = rf"{CLAUSE}(?:{SELF}|{REPORTED_SELF})\s+(?:\w+ly\s+|also\s+|still\s+)?"
# The speaker as subject with a form of "be", written out or contracted ("we are", "I'm", "they're",
# "she's"); "it's" is left out, being mostly no one's ("it's open to question").
SUBJECT_BE = (
    rf"{CLAUSE}(?:(?:{SELF}|{REPORTED_SELF})\s+(?:\w+ly\s+|also\s+|still\s+)?(?:is|are|am|was|were)\b"
    r"|(?:i['\u2019]m|(?:we|they)['\u2019]re|(?:he|she)['\u2019]s)\b)\s+(?:\w+ly\s+|also\s+|still\s+)?"
)
# The same for a person: "it could be a faulty transponder" is no one's intention.
PERSON_SUBJECT = rf"{CLAUSE}(?:i|we|he|she|they)\s+(?:\w+ly\s+|also\s+|still\s+)?"
FUTURE = r"(?:\s+(?:will|shall|are going to|am going to)|['\u2019](?:ll|re going to|m going to))"
# "is going to" as well as "was going to": "said he is going to appeal" commits him as "would appeal" does
REPORTED_FUTURE = (
    r"(?:would|will|(?:was|were|is|are) going to"
    # "going to" a place or to people is a movement, not a future: "they are going to people, showing …"
    r"(?! (?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|people|court|church(?:es)?|"
    r"schools?|jail|prison|war|work|bed|town|college|places|rallies|events|polls)\b))"
)
# What one holds and another may share: a view, a goal, a worry ("shares this bleak view", "shared
# her belief that …", "I have always shared President Trump's desire to protect our homeland").
STANCE_NOUN = (
    r"(?:views?|beliefs?|concerns?|desires?|goals?|visions?|opinions?|assessments?|sentiments?|values|"
    r"commitment|convictions?|worries|fears?|frustrations?|hopes?|skepticism|scepticism|priorities|wish(?:es)?)"
)
# The modal "may" in a pattern that otherwise ignores case: with a capital it is the month ("in May
# alone"), so this one word keeps its case.
MAY = r"(?-i:may)"
# Verbs after "will" that commit nobody to anything, or that foretell harm rather than promise; a win
# is an outcome no one can promise ("we will win this election" foretells it).
NOT_A_COMMITMENT = (
    r"(?:be\s+[\"\u201c\u2018']?(?!\w+ing\b)\w+|have|see|like|love|need|continue to be|know|ruin|hurt|harm|"
    r"win|destroy|damage|"
    r"kill|cause|lead|suffer|die|lose|fail|collapse|cost|get|prefer|want|wish|hope|try|seek|consider|"
    r"think|feel|allow|require|need)\b"
)


def words(*alternatives: str) -> re.Pattern[str]:
    """One pattern, ignoring case, that finds any of `alternatives`."""
    return re.compile("|".join(alternatives), re.I)
