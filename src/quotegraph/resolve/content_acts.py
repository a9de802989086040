"""The act a statement performs by what it says, for cues that do not say it ("said", "told").

"said he had done nothing wrong" denies, "said the minister had lied" accuses, "“We will
rebuild,”" promises (the gold conventions: the act comes from what is done, not only from the
verb). Each act is recognised by a few patterns over the content's words; the acts are tried in
the order the annotation guide settles ties in (ask, demand, promise, warn, accuse, deny,
reject, praise, agree, predict, intention, belief), with the speaker's own refusals and
denials tried before the acts they would otherwise look like. Standard library only.
"""

from __future__ import annotations

import re

# Who the content's subject is when it is the speaker: "I"/"we" in a quotation, a pronoun
# opening reported speech ("said [she] would resign").
_SELF = r"(?:i|we)"
_REPORTED_SELF = r"(?:he|she|they|it|we|i)"
_FUTURE = r"(?:\s+(?:will|shall|are going to|am going to)|['\u2019](?:ll|re going to))"
_REPORTED_FUTURE = r"(?:would|will|was going to|were going to)"
# Verbs after "will" that commit nobody to anything, or that foretell harm rather than promise.
_NOT_A_COMMITMENT = (
    r"(?:be|have|see|like|love|need|continue to be|know|ruin|hurt|harm|destroy|damage|kill|cause|lead|"
    r"suffer|die|lose|fail|collapse|cost)\b"
)

_QUESTION_END = re.compile(r"\?\W*$")
_DEMAND = re.compile(
    r"(?<!may )(?<!might )(?<!could )(?<!would )(?<!n't )(?<!n\u2019t )(?<!not )"
    r"\b(?:must|should|ought to|need to|needs to|have to|has to)\s+"
    r"(?!have\b|be able\b|admit\b|say\b|confess\b)\w+"
    r"|^\W*(?:please|let us|let's|let\u2019s|do not|don't|don\u2019t|stop)\b",
    re.I,
)
_PROMISE = re.compile(
    rf"\b{_SELF}{_FUTURE}\s+(?!not\b|never\b|{_NOT_A_COMMITMENT})\w+"
    rf"|\b{_SELF}\s+(?:promise|pledge|vow|guarantee|are committed to|am committed to)\b",
    re.I,
)
_REPORTED_PROMISE = re.compile(
    rf"^\W*(?:that\s+)?{_REPORTED_SELF}\s+{_REPORTED_FUTURE}\s+(?!not\b|never\b|{_NOT_A_COMMITMENT})\w+",
    re.I,
)
_REFUSAL = re.compile(
    rf"^\W*(?:that\s+)?(?:{_SELF}|{_REPORTED_SELF})\s+"
    r"(?:will not|won't|won\u2019t|would not|wouldn't|wouldn\u2019t|will never|would never|cannot accept|"
    r"can't accept|can\u2019t accept|refuse[sd]? to|(?:has|had|have) no (?:plans?|intention) to)\b"
    r"|\b(?:unacceptable|not acceptable|out of the question|rule[sd]? out|no way)\b"
    r"|\bnot (?:resign|step down|back down|give up|give in)\b",
    re.I,
)
_DENIAL = re.compile(
    r"\b(?:nothing wrong|no wrongdoing|not guilty|innocent|no truth|no basis|never happened|"
    r"did not happen|didn't happen|didn\u2019t happen|not involved|no involvement|not responsible|"
    r"(?:is|was|are|were|be) (?:not true|untrue|false|baseless|unfounded|groundless|fabricated|fake|"
    r"nonsense|a lie|lies|made up)|"
    r"(?:had|has|have) (?:not|never) (?:done|broken|committed|taken|received|accepted|lied|misled|met)|"
    r"never (?:lied|took|received|accepted|broke|met|said|knew|touched|did|ordered))\b",
    re.I,
)
_ACCUSATION = re.compile(
    r"\b(?:lied|lying|liars?|corrupt(?:ion)?|fraud(?:ulent)?|criminals?(?! justice)|"
    r"illegal(?:ly)?|unlawful(?:ly)?|"
    r"broke the law|broken (?:his|her|their|its) promises?|betray(?:ed|al)?|disgrace(?:ful)?|shameful|"
    r"outrage(?:ous)?|scandal(?:ous)?|incompeten(?:t|ce)|irresponsible|reckless|failed to|"
    r"to blame|(?:is|are|was|were) responsible for|abused?|cover-up|hypocri(?:sy|te|tical)|racist|"
    r"sexist|misled|misleading|propaganda|provocation|aggression|war crimes?|terroris[tm]s?|"
    r"violat(?:ed|ion|ing)|neglect(?:ed|ful)?|negligen(?:t|ce)|cruel(?:ty)?|inhumane|unjust|unfair|"
    r"appalling|deplorable|despicable|pathetic|ridiculous|absurd|stupid|should have|"
    r"cheat(?:ed|ing)?|stole|stolen|rigged|attack(?:ed|ing)? on|blame[sd]?)\b",
    re.I,
)
_WARNING = re.compile(
    r"\b(?:could|may|might|would|will|'ll|\u2019ll)\s+(?:\w+\s+){0,3}?"
    r"(?:lead to|cause|result in|face|suffer|collapse|die|kill|destroy|worsen|spread|hurt|harm|damage|"
    r"lose|ruin|"
    r"threaten|endanger|be (?:catastrophic|disastrous|devastating|deadly|dangerous|fatal))\b",
    re.I,
)
_DANGER = re.compile(r"\b(?:danger|risks?|threats?|catastrophe|beware|consequences)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|any|without|never)\b(?:\W+\w+){0,3}\W*$", re.I)
_PRAISE = re.compile(
    r"\b(?:brave(?:ry)?|heroe?s?|heroic|courage(?:ous)?|proud|thank(?:s|ed|ful)?|grateful|gratitude|"
    r"congratulat\w*|fantastic|wonderful|excellent|outstanding|amazing|incredible|remarkable|tremendous|"
    r"extraordinary|inspir(?:ing|ation|ational)|admir(?:e|ed|able)|legend(?:ary)?|pioneer(?:ing)?|"
    r"brilliant|superb|magnificent|great (?:man|woman|leader|friend|player|job|work)|tribute|"
    r"dedicat(?:ed|ion)|talented|generous|beloved)\b",
    re.I,
)
_AGREEMENT = re.compile(
    rf"(?:^\W*(?:that\s+)?{_REPORTED_SELF}|\b{_SELF})\s+(?:\w+\s+)?"
    r"(?:agree[sd]?|support(?:s|ed)?|welcome[sd]?|endorse[sd]?|back(?:s|ed)?|accept(?:s|ed)?)\b"
    r"|\b(?:good idea|right decision|right thing to do|makes sense)\b",
    re.I,
)
_PREDICTION = re.compile(
    r"\b(?:will|won't|won\u2019t|is going to|are going to|expected to|likely to|set to|on track to)\b"
    r"|['\u2019]ll\b",
    re.I,
)
# Reported speech backshifts "will" to "would"; only in the reported clause's own verb, near its
# start ("said the storm would reach land"), is it a forecast rather than a past habit.
_REPORTED_PREDICTION = re.compile(r"^\W*(?:\S+\s+){0,8}?(?:would|will|is going to|was going to)\s+\w+", re.I)
_INTENTION = re.compile(
    rf"^\W*(?:that\s+)?(?:{_SELF}|{_REPORTED_SELF})\s+(?:\w+\s+)?"
    r"(?:want(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|would like|wish(?:es|ed)?|"
    r"(?:is|are|am|was|were) (?:planning|aiming|hoping|seeking|trying)) to\b",
    re.I,
)
_BELIEF = re.compile(
    rf"^\W*(?:that\s+)?(?:{_SELF}|{_REPORTED_SELF})\s+(?:\w+\s+)?"
    r"(?:think|thinks|thought|believe[sd]?|feel|feels|felt|hope[sd]?|fear(?:s|ed)?|suspect(?:s|ed)?|"
    r"doubt(?:s|ed)?|(?:am|is|are|was|were) (?:sure|convinced|confident|certain|worried|concerned))\b",
    re.I,
)

# In the annotation guide's order; refusals and denials come before the promises and
# accusations whose words they share ("we will not back down", "the claims were lies").
_ORDER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("demand", _DEMAND),
    ("reject", _REFUSAL),
    ("promise", _PROMISE),
    ("warn", _WARNING),
    ("deny", _DENIAL),
    ("accuse", _ACCUSATION),
    ("praise", _PRAISE),
    ("agree", _AGREEMENT),
    ("intention", _INTENTION),
    ("belief", _BELIEF),
)


def _also_fits(act: str, text: str, *, direct: bool) -> bool:
    """The forms of an act one pattern cannot say: reported promises, warnings of a danger."""
    if act == "promise":
        return not direct and bool(_REPORTED_PROMISE.search(text))
    if act == "warn":  # "a risk of floods" warns; "no credible threats" does not
        return any(not _NEGATED_BEFORE.search(text[: m.start()]) for m in _DANGER.finditer(text))
    return False


def act_of_content(content: str, *, direct: bool) -> str | None:
    """The act `content` performs by itself (an acts.Act value), or None when it only states something.

    Args:
        content: the statement's content as written (quotation marks included when direct).
        direct: whether the content is a quotation; reported speech ("he would resign") names
            the speaker in the third person.
    """
    text = content.strip()
    first = text.split(" \u2026 ")[0]  # a quotation the cue interrupts: its first part opens it
    if _QUESTION_END.search(first.rstrip("\u201d\"'\u2019 ,")):
        return "ask"
    for act, pattern in _ORDER:
        if pattern.search(text) or _also_fits(act, text, direct=direct):
            return act
    if _PREDICTION.search(text) or (not direct and _REPORTED_PREDICTION.search(text)):
        return "predict"
    return None
