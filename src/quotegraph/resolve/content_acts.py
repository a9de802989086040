"""The act a statement performs by what it says, for cues that do not say it ("said", "told").

"said he had done nothing wrong" denies, "said the minister had lied" accuses, "“We will
rebuild,”" promises (the gold conventions: the act comes from what is done, not only from the
verb). Each act is recognised by a few patterns over the content's words; the acts are tried in
the order the annotation guide settles ties in (ask, demand, promise, warn, accuse, deny,
reject, praise, agree, predict, intention, belief), with the speaker's own refusals, denials
and claims of a deed tried before the acts whose words they share, threats (a refusal hung on
another's deed) before refusals, and a reported belief ("he believed she was innocent") before
all of them. The patterns themselves are in content_words.py, stance_words.py, forecast_words.py,
fault_words.py, harm_words.py and compliance_words.py; this module is the order they are tried in
and the checks around them.
Last of all, a judgement said with a form of "be" ("Sanders is the most trustworthy of the
candidates") praises when its predicate scores high in a general valence lexicon, VADER's
(Hutto and Gilbert 2014, the `vaderSentiment` package), which acts.py's quoted labels read too;
said of a third party ("He's so terrible", "She's a fake") it accuses when its predicate scores
low and names no feeling or plight.
"""

from __future__ import annotations

import functools
import re

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from quotegraph.resolve.compliance_words import OWN_COMPLIANCE
from quotegraph.resolve.content_words import (
    ACT_OF_DOCUMENT_VERB,
    APPOSITIVE_BEFORE,
    ATTRIBUTIVE_AFTER,
    CAUTION,
    CIRCUMSTANCE,
    CONDITIONAL_THREAT,
    DANGER,
    DEMAND,
    DENIAL,
    DENYING_ADJECTIVE,
    DESCRIBING_CLAUSE,
    DOCUMENT_VERB,
    FREE_RELATIVE,
    NEEDED,
    NEGATED_BEFORE,
    OWN_DEED,
    PREDICATE_BEFORE,
    PROMISE,
    REFUSAL,
    RELATIVE_BEFORE,
    REPORTED_PROMISE,
    SUBORDINATE,
    TOPIC_OF,
    TOWARDS,
    WARNING,
)
from quotegraph.resolve.disowned_words import DISOWNED_DEED, REPORTED_DISOWNED_DEED
from quotegraph.resolve.fault_words import (
    ACCUSATION,
    AGENTLESS_PASSIVE,
    CAUSED_HARM,
    DEED_TAKEN_BACK,
    FEELING_OR_PLIGHT,
    NAMED_PARTY_DEED,
    NAMED_PARTY_JUDGED,
    PARTY_DEED,
    PARTY_JUDGED,
    WRONG_WITHOUT_DOER,
)
from quotegraph.resolve.forecast_words import (
    EFFECT_AHEAD,
    FUTURE_TIME,
    GENERIC,
    INDIRECT_QUESTION,
    INSTITUTION_DEED,
    POSSIBILITY,
    PREDICTION,
    REPORTED_PREDICTION,
)
from quotegraph.resolve.harm_words import FORETOLD_HARM, LESSENED
from quotegraph.resolve.stance_words import (
    ADMISSION,
    AGREEMENT,
    BELIEF,
    ESTEEM,
    INTENTION,
    OWN_THANKS,
    OWN_VOTE,
    PRAISE,
    PREDICATION,
    REPORTED_AIM_NOT_HELD,
    REPORTED_BELIEF,
    REPORTED_CHOICE,
)

_QUESTION_END = re.compile(r"\?\W*$")
_OPENING_MARKS = "\"\u201c'\u2018"

# In the annotation guide's order; refusals, denials and claims of one's own deeds come before
# the promises and accusations whose words they share ("we will not back down", "the claims
# were lies", "it had carried out the attack").
_ORDER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("praise", OWN_THANKS),
    ("warn", CAUTION),
    ("demand", DEMAND),
    ("warn", CONDITIONAL_THREAT),
    ("reject", REFUSAL),
    ("intention", OWN_VOTE),
    ("promise", PROMISE),
    ("promise", OWN_COMPLIANCE),
    ("warn", WARNING),
    ("warn", FORETOLD_HARM),
    ("deny", DENIAL),
    ("claim", OWN_DEED),
    ("state", ADMISSION),
    ("accuse", ACCUSATION),
    ("praise", PRAISE),
    ("praise", ESTEEM),
    ("agree", AGREEMENT),
    ("deny", DISOWNED_DEED),
    ("intention", INTENTION),
    ("belief", BELIEF),
)


# Patterns a quotation says in the opening sentence of a part only: an "I think" or a "he never"
# further on speaks to one point of several.
_OPENING_ONLY = (BELIEF, DISOWNED_DEED)


# Patterns that say all of their act: the act's other forms (_also_fits) wait for its own pattern.
_WHOLE_PATTERNS = (CONDITIONAL_THREAT, CAUTION)


# Acts a quotation's opening belief outweighs when their words come only later: "“I think she will.
# … I want to see the returns.”" holds a view first; the aim or the agreement is one point after it.
_WEAKER_THAN_AN_OPENING_BELIEF = frozenset({"agree", "intention"})


def _outweighed_by_an_opening_belief(act: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether a quotation's first sentence holds a belief ("I think …") and `act`, an aim or an
    agreement found by `pattern`, comes only after it."""
    if act not in _WEAKER_THAN_AN_OPENING_BELIEF:
        return False
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    return bool(BELIEF.search(first)) and not pattern.search(first)


def _fits(act: str, pattern: re.Pattern[str], text: str) -> bool:
    if pattern is CONDITIONAL_THREAT:  # fault found is the act: "they won't act without being shamed"
        return not ACCUSATION.search(text) and bool(pattern.search(text))
    if pattern is DENIAL:
        return any(not _denial_describes_a_noun(text, m) for m in pattern.finditer(text))
    if act in {"demand", "promise"}:
        # a match that opens with the punctuation ending a clause ("If you go[,] take a bus") is past it
        return any(
            not _describes(text[: m.start() + (m.group()[:1] in ",.;:!?")]) for m in pattern.finditer(text)
        )
    return bool(pattern.search(text))


def _denial_describes_a_noun(text: str, found: re.Match[str]) -> bool:
    """Whether a denial's words describe a noun rather than deny: they open a relative clause ("a
    candidate who had not accepted money"), or a denying adjective qualifies its noun ("killed innocent
    civilians", "a lung disorder, unrelated to the virus") instead of being said of a subject ("he is
    innocent", "the two were unrelated")."""
    before = text[: found.start()]
    if RELATIVE_BEFORE.search(before):
        return True
    if not DENYING_ADJECTIVE.search(found.group()) or PREDICATE_BEFORE.search(before):
        return False
    after = text[found.end() :]
    # "Zimmerman, who had claimed self-defence, not guilty of murder" is a verdict: "of" names the charge
    appositive = APPOSITIVE_BEFORE.search(before) and not re.match(r"\s+of\b", after)
    return bool(appositive or ATTRIBUTIVE_AFTER.match(after))


def _describes(before: str) -> bool:
    """Whether a modal after `before` describes a circumstance or a thing rather than calls or commits."""
    return bool(DESCRIBING_CLAUSE.search(before) or FREE_RELATIVE.search(before))


def _also_fits(act: str, text: str, *, direct: bool) -> bool:
    """The forms of an act one pattern cannot say: reported promises and choices, warnings of a
    danger, needs."""
    if act == "demand":
        return any(not SUBORDINATE.search(text[: m.start()]) for m in NEEDED.finditer(text))
    if act == "promise":
        return not direct and bool(REPORTED_PROMISE.search(text))
    if act == "intention":
        return not direct and bool(REPORTED_CHOICE.search(text) or REPORTED_AIM_NOT_HELD.search(text))
    if act == "deny":
        return not direct and bool(REPORTED_DISOWNED_DEED.search(text))
    if act == "warn":  # "a risk of floods" warns; "no credible threats" does not
        return any(
            not NEGATED_BEFORE.search(text[: m.start()])
            and not TOWARDS.search(text[: m.start()])
            and not CIRCUMSTANCE.search(text[: m.start()])
            and not TOPIC_OF.search(text[: m.start()])
            and not LESSENED.search(text[: m.start()])  # "would reduce the risk of infection"
            for m in DANGER.finditer(text)
        )
    return False


# A quotation inside a quotation (“Women have said, ‘It's time to …’”) is someone else's act.
_INNER_QUOTATION = re.compile(
    r"(?<![\w\u2019'])['\u2018](?:[^'\u2018\u2019\u201c\u201d\"]|['\u2019](?=\w)){3,}?['\u2019](?!\w)"
)


_QUOTATION = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
# A quotation the cue interrupts mid-sentence goes on in lower case: “I have decided,” he said, “to
# recuse myself” says "I have decided to recuse myself".
_INTERRUPTED_SENTENCE = re.compile(r",?\s*[\"\u201d]\s+(?:\u2026\s+)?[\"\u201c](?=[a-z])")
# Reported speech that quotes some of its words ("said Cruz will “leave here with momentum”") is
# still one clause: the marks are the paper's, not the speaker's grammar.
_FRAGMENT_MARK = re.compile(r"[\"\u201c\u201d]")
_EDITED_WORD = re.compile(r"(?<=\w)\[(\w+)\]")


def without_inner_quotations(content: str) -> str:
    """`content` with the single-quoted quotations inside its double-quoted ones left out."""
    return _QUOTATION.sub(lambda found: _INNER_QUOTATION.sub("\u2026", found.group()), content)


# Where a sentence of a quotation ends: its full stop and the marks that close it.
# A capital or an editor's cut ("[...]") opens the next: "Black Girls Rock! because …" goes on.
_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"')\]]*\s+(?=[\u201c\"(\[]?[A-Z]|\[(?:\.\.\.|\u2026)\])")


def opening_sentences(text: str) -> str:
    """The words of the first sentence of each part of a quotation the cue interrupts: "“I think
    we were unlucky. We go again,” … “I hope so.”" → "“I think we were unlucky … “I hope so"."""
    parts = (_SENTENCE_END.split(part, maxsplit=1)[0] for part in text.split(" \u2026 "))
    return " \u2026 ".join(parts)


def alleges_no_wrongdoer(content: str) -> bool:
    """Whether `content` alleges a wrong without saying who did it: a wrong done by no one named
    ("widespread voter fraud", "the election was stolen") or a deed in the passive without its
    agent ("fireworks were used"), and no other fault found ("was wrongfully imprisoned" finds one)."""
    text = without_inner_quotations(content.strip())
    if ACCUSATION.search(WRONG_WITHOUT_DOER.sub(" ", text)):
        return False
    return bool(WRONG_WITHOUT_DOER.search(text) or AGENTLESS_PASSIVE.match(text))


def act_of_document(content: str) -> str | None:
    """The act of a content that is a document doing something ("a decree banning …"), else None."""
    found = DOCUMENT_VERB.match(content.strip())
    return ACT_OF_DOCUMENT_VERB[found.group(1).casefold().split()[0]] if found else None


def act_of_content(content: str, *, direct: bool) -> str | None:
    """The act `content` performs by itself (an acts.Act value), or None when it only states something.

    Args:
        content: the statement's content as written (quotation marks included when direct).
        direct: whether the content is a quotation; reported speech ("he would resign") names
            the speaker in the third person.
    """
    # an editor's letters inside a word are the word's: "sow[ing] chaos" is "sowing chaos"
    text = _EDITED_WORD.sub(r"\1", without_inner_quotations(content.strip()))
    text = _INTERRUPTED_SENTENCE.sub(" ", text)
    if not direct:
        text = _FRAGMENT_MARK.sub("", text)
    first = text.split(" \u2026 ")[0]  # a quotation the cue interrupts: its first part opens it
    if _QUESTION_END.search(first.rstrip("\u201d\"'\u2019 ,")):
        return "ask"
    document = act_of_document(text)
    if document is not None:
        return document
    if not direct and REPORTED_BELIEF.match(text):
        # a belief that someone should act calls on them: "he thinks [children should speak with
        # respect]"; a quotation the tagger took for reported speech keeps its own words ("“I think one
        # has to ask …”")
        calls = _fits("demand", DEMAND, text) and content.lstrip()[:1] not in _OPENING_MARKS
        return "demand" if calls else "belief"
    for act, pattern in _ORDER:
        # the forms one pattern cannot say are tried once, with the act's own pattern
        also = pattern not in _WHOLE_PATTERNS and _also_fits(act, text, direct=direct)
        # a quotation's belief opens one of its parts; an "I think" further on hedges one point of
        # several ("“We made silly mistakes. … I think those are things we have to work on.”")
        scope = opening_sentences(text) if direct and pattern in _OPENING_ONLY else text
        if _fits(act, pattern, scope) or also:
            outweighed = direct and _outweighed_by_an_opening_belief(act, pattern, text)
            return "belief" if outweighed else None if act == "state" else act
    # a quotation forecasts in the opening sentence of one of its parts, as it holds a belief there; a
    # "will" further on tells what follows from what it says ("… So perhaps it will inspire deeper insight")
    if _forecasts(opening_sentences(text) if direct else text, direct=direct):
        # "the government will withdraw the bill": a body's own deed to come commits it
        return "promise" if INSTITUTION_DEED.search(text) else "predict"
    return _judged_by_its_predicate(text, direct=direct)


# VADER's compound valence (-1 to 1) from which a quoted label or a predicate judges what it names.
LABEL_VALENCE = 0.5
# The valence above which a label the speaker puts on someone after a pronoun or "as" praises: a
# label there is the speaker's own judgement, so a mild score is enough ("him a “nice guy”", 0.42).
FAINT_VALENCE = 0.25
ASCII_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


@functools.cache
def _valence_analyser() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def valence(words: str) -> float:
    """VADER's compound valence of `words`, typographic quotes read as ASCII ones (VADER strips
    ASCII punctuation from a word, not typographic quotes: "“losers”" would be unknown)."""
    return float(_valence_analyser().polarity_scores(words.translate(ASCII_QUOTES))["compound"])


def _praised_by_its_predicate(text: str) -> bool:
    """Whether a judgement said with a form of "be" commends its subject: "Sanders is definitely
    the most trustworthy", "he was best positioned to get a deal", "this is your win". Only the
    predicate is scored: a content as a whole ("the rescue was a success after the storm killed
    three") mixes what is reported with what is judged. The negative side is left out: "is at a
    crisis point", "was under attack" describe a plight as often as they find fault."""
    return any(valence(found.group(1)) >= LABEL_VALENCE for found in PREDICATION.finditer(text))


def _judged_by_its_predicate(text: str, *, direct: bool) -> str | None:
    """"praise" or "accuse" for a judgement said with a form of "be" that commends or finds fault."""
    if _praised_by_its_predicate(text):
        return "praise"
    faulted = _faulted_by_its_predicate(text, direct=direct) or _lays_a_harm_at_a_door(text, direct=direct)
    # a quotation's "he" or "they" is a third party; a name is one in reported speech too
    told = (direct and _tells_of_a_deed_ill_done(text, PARTY_DEED)) or _tells_of_a_deed_ill_done(
        text, NAMED_PARTY_DEED
    )
    return "accuse" if faulted or told else None


# VADER's lexicon rating (-4 to 4) of a verb at or below which a deed done to others wrongs them:
# "attacked" -2.0, "lied" -1.6, "betrayed" -3.0; "ignored" (-1.3) and "blocked" (-1.1) may be a
# duty done.
DEED_VALENCE = -1.5


def _tells_of_a_deed_ill_done(text: str, deeds: re.Pattern[str]) -> bool:
    """Whether `text` tells of a third party's deed, found by `deeds`, that a general lexicon (VADER's)
    rates ill: "you attacked Hillary Clinton", "They failed themselves" (PARTY_DEED, in quotations),
    "the Radical Left Democrats have failed on all fronts" (NAMED_PARTY_DEED)."""
    lexicon = _valence_analyser().lexicon
    return any(
        lexicon.get(found.group("deed").casefold(), 0.0) <= DEED_VALENCE
        and not DEED_TAKEN_BACK.search(text[: found.start()])
        for found in deeds.finditer(text)
    )


def _lays_a_harm_at_a_door(text: str, *, direct: bool) -> bool:
    """Whether a party or its conduct is said to have caused a harm: "the decisions of Obama caused
    the rise of ISIS", "Trump contributed to the city's financial ruin" (CAUSED_HARM). Reported
    speech's "he", "she" or "they" is often the speaker, as in _faulted_by_its_predicate."""
    return any(direct or found.group("pronoun") is None for found in CAUSED_HARM.finditer(text))


# VADER's compound valence at or below which a judgement of a party finds fault with them.
FAULT_VALENCE = -0.4


def _faulted_by_its_predicate(text: str, *, direct: bool) -> bool:
    """Whether a judgement said with a form of "be" finds fault with a third party: "He's so
    terrible", "You're very rude", "said Trump is “unelectable now”". The predicate is scored as
    _praised_by_its_predicate scores it; what a party feels or suffers ("they were angry", "he was in
    prison") judges no one. Reported speech names the party: its "he" is often the speaker."""
    judged = PARTY_JUDGED if direct else NAMED_PARTY_JUDGED
    return any(
        valence(found.group(1)) <= FAULT_VALENCE and not FEELING_OR_PLIGHT.search(found.group(1))
        for found in judged.finditer(text)
    )


def _forecasts(text: str, *, direct: bool) -> bool:
    """Whether `text` foretells an outcome: what will come about, or what may come about later;
    "stripes may dazzle flies" and "the sharks might not have the same effect" only say what is
    possible, and "will broadcast provided it has power" what always happens."""
    if GENERIC.search(text):
        return False
    text = INDIRECT_QUESTION.sub(" \u2026 ", text)
    if (not direct and REPORTED_PREDICTION.search(text)) or EFFECT_AHEAD.search(text):
        return True
    if not PREDICTION.search(text):
        return False
    return bool(PREDICTION.search(POSSIBILITY.sub(" \u2026 ", text)) or FUTURE_TIME.search(text))
