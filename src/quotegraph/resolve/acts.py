"""Speech acts: how something was said, from the cue's lemma and the words around it.

The taxonomy follows the verbal categories of CAMEO (Schrodt 2012, codes 01–17) and PLOVER
(Halterman et al. 2023), reduced to what a reporting cue can tell; docs/speakers.md lists it.
A negated or hedged cue ("did not rule out", "appeared to reject") does not perform its act:
the statement becomes a plain `state` with `negated` recording the negation.
"""

from __future__ import annotations

import re
from enum import StrEnum
from importlib import resources

from quotegraph.resolve.content_acts import (
    MAY,
    act_of_content,
    act_of_document,
    alleges_no_wrongdoer,
    without_inner_quotations,
)


class Act(StrEnum):
    STATE = "state"  # CAMEO 01 make public statement
    ASK = "ask"  # a question (CAMEO 02 is appeals: see DEMAND)
    CLAIM = "claim"  # assert against doubt: argue, insist, allege
    DENY = "deny"  # CAMEO 014/0141 deny responsibility / deny an accusation
    REJECT = "reject"  # CAMEO 12 reject; "rule out"
    ACCUSE = "accuse"  # CAMEO 11 disapprove: accuse, criticise, condemn
    PRAISE = "praise"  # CAMEO 051 praise or endorse; support
    WARN = "warn"  # CAMEO 13 threaten; warnings
    DEMAND = "demand"  # CAMEO 02 appeal, 10 demand: urge, call for, ask to
    PROMISE = "promise"  # CAMEO 03 express intent to cooperate; 05 engage (offer)
    AGREE = "agree"  # CAMEO 08 yield / accept; concede, approve
    PREDICT = "predict"  # forecasts: predict, expect, estimate
    BELIEF = "belief"  # attributed thought (PolNeAR): think, believe, know
    INTENTION = "intention"  # attributed intention (PolNeAR): want, plan, intend


_LEMMAS: dict[Act, str] = {
    Act.ASK: "ask question wonder inquire enquire query",
    Act.CLAIM: "claim argue insist contend assert maintain counter retort boast brag",
    Act.DENY: "deny dispute rebut refute contradict",
    Act.REJECT: "reject dismiss refuse decline oppose disagree veto defend",
    Act.ACCUSE: "accuse blame criticize criticise condemn denounce attack slam blast mock ridicule "
    "complain lament charge challenge label brand dub attribute fault scold rebuke lambast lambaste berate "
    "decry deplore disparage chide censure vilify castigate excoriate assail allege allegation accusation "
    "criticism rail hammer lash "
    # a comparison a speaker is reported for is an analogy that finds fault ("likened the raids to …")
    "compare liken",
    Act.PRAISE: "praise applaud commend hail welcome thank congratulate credit laud extol salute acclaim",
    Act.WARN: "warn caution threaten",
    Act.DEMAND: "demand urge call request appeal plead beg press push lobby encourage invite instruct "
    "direct command order recommend advise propose ban forbid prohibit decree mandate implore",
    Act.PROMISE: "promise pledge vow swear offer assure reassure guarantee",
    Act.AGREE: "agree accept approve support endorse back advocate",
    Act.PREDICT: "predict forecast estimate project expect anticipate calculate envision envisage foresee",
    # coming to know a fact ("learned", "heard", "understand [birds evolved from dinosaurs]") states it
    Act.BELIEF: "think believe know feel doubt suspect assume presume reckon figure consider fear "
    "worry see guess muse hope concern speculate hypothesize hypothesise theorize theorise",
    Act.INTENTION: "want wish plan intend seek prefer aim decide",
}
ACT_OF_LEMMA: dict[str, Act] = {lemma: act for act, lemmas in _LEMMAS.items() for lemma in lemmas.split()}
# Cue particles and prepositions that change the act ("rule out", "call for", "push for").
_PHRASES: dict[Act, str] = {
    Act.REJECT: "rule out, say no",
    Act.DEMAND: "call for, call on, call upon, push for, press for, ask for, appeal for",
    Act.STATE: "point out, plead guilty",
    Act.DENY: "plead not, plead innocent",
    Act.AGREE: "back down, sign off",
    Act.CLAIM: "speak out",
    Act.ACCUSE: "hit out, round on",
    Act.WARN: "warn against",
    Act.PROMISE: "commit to",
}
PHRASAL: dict[tuple[str, str], Act] = {
    (verb, particle): act
    for act, phrases in _PHRASES.items()
    for verb, particle in (phrase.split() for phrase in phrases.split(", "))
}
# The verbs of those phrases are lemmas too: "committed to" is "commit" + "to", not "committe".
_PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL)
# Forecast verbs that also reckon what is: a forecast only when the content is about the future.
RECKONING_LEMMAS = frozenset("estimate calculate project".split())
_FUTURE = re.compile(rf"\b(?:will|would|going to|next|by (?:19|20)\d\d|could|{MAY}|might)\b|'ll\b", re.I)
# Verbs of evaluative naming ("called it a non-starter", "dubbed him a hero") when no particle
# makes them an appeal ("called for", "called on"): the content's words carry the act.
NAMING_LEMMAS = frozenset("call describe characterize characterise term name refer".split())
# Verbs that put a measure in force when their object is one ("declared a state of emergency").
DECREE_LEMMAS = frozenset("declare announce impose proclaim order institute introduce extend lift".split())
_MEASURE = re.compile(
    r"\b(?:state of (?:emergency|disaster|siege|alert|war)|national emergency|curfew|lockdown|lock-down|"
    r"martial law|"
    r"days? of (?:national |official )?mourning|mourning|quarantine|evacuation|ban|embargo|moratorium|"
    r"sanctions|restrictions|travel (?:ban|restrictions)|closure|shutdown|ceasefire|holiday)\b",
    re.I,
)
# What an issuing verb's object is ("issued [a cease and desist order]", "issued [a flood
# warning]"): a directive demands, a warning warns; "issued [a statement]" leaves it to the content.
ISSUING_LEMMAS = frozenset({"issue"})
_ISSUED = {
    Act.DEMAND: re.compile(
        r"\b(?:orders?|injunctions?|ultimatums?|directives?|decrees?|subpoenas?|summons(?:es)?|edicts?|"
        r"mandates?|fatwas?)\b",
        re.I,
    ),
    Act.WARN: re.compile(r"\b(?:warnings?|alerts?|advisor(?:y|ies)|alarms?)\b", re.I),
}
# Where an object noun phrase's head has come: "a statement [on] the order of events".
_OBJECT_END = re.compile(r"\b(?:on|about|of|over|for|to|in|at|that|which|who|saying)\b", re.I)
# Verbs whose content in the subjunctive asks for something: "insists [that] the budget include".
MANDATIVE_LEMMAS = frozenset("insist demand require recommend propose suggest ask urge".split())
_SUBJUNCTIVE = re.compile(
    r"^\W*(?:that\s+)?(?:the|a|an|this|his|her|its|their|our)\s+"
    # the words before the verb are its subject's: "the elephant may have" is no subjunctive
    r"(?:(?!(?:may|might|must|can|could|would|will|should|shall|did|does|do|has|had|is|was|are|were)\b)"
    r"[\w-]+\s+){0,3}?"
    r"(?:be|include|pay|stop|leave|remain|receive|get|go|have|make|take|give|allow|return|resign|step|"
    r"apologi[sz]e|withdraw|release|end|cease|halt|provide|submit|appear|face|reconsider|keep|hold|"
    r"publish|disclose|comply|refrain)\b",
    re.I,
)
# Verbs that call for something, or put forward an explanation when their content is a finite
# past-tense clause ("proposed that two-legged running induced wing flapping").
HYPOTHESIS_LEMMAS = frozenset({"propose"})
_FINITE_PAST = re.compile(
    r"\b(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bto )(?!used\b|needed\b)"
    r"[a-z]{3,}ed\b(?!\s+(?:by|to)\b)"
)
# An announcement of what will be done commits to it: "announced [the ministry will reopen the
# bridge]", "announced [he is to send a bill to congress]". One of what will happen ("the vote will
# be held in May") or of a deed done ("the arrest of a man who will appear in court") states.
ANNOUNCING_LEMMAS = frozenset({"announce"})
# The subject is a doer: a pronoun, a name or a determined noun phrase, not a bare noun
# ("prices will rise"), and the verb a deed, not a change that befalls it ("will rise", "will fall").
_ANNOUNCED_FUTURE = re.compile(
    r"^\W*(?:that\s+)?(?=(?:I|we|he|she|they|it|the|its|his|her|their|our|[A-Z])\b|[A-Z])"
    r"(?:(?!(?:who|which|that|whom|whose|when|where|if|whether)\b)[\w'\u2019.-]+\s+){1,6}?"
    r"(?:will|shall|would|is to|are to|was to|were to|is going to|are going to)\s+"
    r"(?!not\b|never\b|be\b|(?:rise|fall|increase|decrease|drop|grow|decline|climb|soar|plunge|hit|reach|last)\b)\w+",
)
_OBLIGATION = re.compile(r"\b(?:should|must|ought|need|needs|be)\b", re.I)
# Verbs of weighing a deed of one's own when their object is a gerund ("were considering [severing
# ties]"); "considered [the plan] unfair" judges, and believes.
WEIGHING_LEMMAS = frozenset({"consider", "contemplate", "weigh"})
# A proposal of a thing ("proposed [legislation that would fund the government]", "proposed [an
# amendment]") puts forward the speaker's own plan; one of a clause ("proposed [that the council be
# dissolved]") or of a measure on others ("proposed [a ban]") calls for it.
PROPOSING_LEMMAS = frozenset({"propose"})
_CLAUSE_OPENING = re.compile(r"^\W*that\b", re.I)
_GERUND_OBJECT = re.compile(
    r"^\W*(?:not\s+)?(?!(?:nothing|something|anything|everything|thing|morning|evening)\b)[a-z]{3,}ing\b"
)
# "alleged" accuses unless the wrong it alleges has no one who did it; the noun ("allegations of
# fraud") names an accusation whatever follows it.
ALLEGING_LEMMAS = frozenset({"allege"})
# Idioms of attack that a cue span can hold whole: "took a veiled shot at", "took a parting shot",
# "took aim at".
_ATTACK_IDIOM = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+(?:a\s+|another\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:shot|swipe|jab|dig|potshot)s?\b|aim\s+at\b)",
    re.I,
)
# Verbs that order or appeal when followed by someone and a to-infinitive ("told them to leave").
APPEAL_WITH_INFINITIVE = frozenset("ask tell call warn".split())

# Cues that say nothing of what was done, so the content says it. Reporting verbs with a job of
# their own ("announced", "confirmed", "ruled", "found", "acknowledged") state.
NEUTRAL_LEMMAS = frozenset(
    """say tell add note explain write comment continue remark post tweet according to : describe
    call characterize characterise term name deem reply respond answer declare mention reiterate go
    suggest stress emphasize emphasise underline imply hint speak indicate issue express recall
    echo read state elaborate opine observe repeat voice cite address""".split()
) | {"according to", "as quoted by", "as reported by", "as cited by"}
# Acts a cue leaves open, and which acts of the content may replace them: "said he had done
# nothing wrong" denies; "insisted he had done nothing wrong" denies too, "insisted the plan
# would work" still claims.
OPEN_TO_CONTENT: dict[Act, frozenset[Act]] = {
    Act.STATE: frozenset(Act),
    Act.CLAIM: frozenset({Act.ASK, Act.DEMAND, Act.WARN, Act.ACCUSE, Act.DENY, Act.REJECT}),
}

_NEGATION = re.compile(
    r"\b(?:not|never|n[o']t|no longer|neither|nor)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$", re.I
)
_HEDGE = re.compile(
    r"\b(?:appeared|appears|appear|seemed|seems|seem)\s+to\s+(?:\w+\s+)?$"
    rf"|\b(?:{MAY}|might|could)\s+(?:have\s+)?(?:\w+\s+)?$",
    re.I,
)
# "told [them] to leave": an addressee of a few words, then the infinitive; "told [reporters] the
# officers claimed to be …" has a clause of its own before it.
_INFINITIVE_OBJECT = re.compile(
    r"^\s*(?:(?!(?:is|was|are|were|be|been|has|had|have|would|will|could|did|does|do|seemed|seems|appeared|"
    r"appears|wanted|wants|tried|tries|planned|plans|needed|needs|claimed|claims|used|going|able)\b)"
    r"[\w.'’-]+\s+){0,5}?to\s+(?!(?:the|a|an|our|his|her|their|its|my|your|this|that|these|those|them|him|me|us)\b)"
    r"[a-z]+",
    re.I,
)
# A cue whose object is a need: "stressed [the need for an inquiry]" calls for the inquiry.
_NEED_FOR = re.compile(
    r"^\W*(?:the|a)\s+(?:urgent\s+|pressing\s+|clear\s+|real\s+|continued\s+|great\s+)?"
    r"(?:need|necessity|importance)\s+(?:for|of|to)\b",
    re.I,
)
_PREDICATE_START = re.compile(
    r"^\s+(?:is|are|was|were|has|have|had|will|would|could|should|must|may|might|can|did|does|do)\b"
    r"|^\s+[a-z]+ed\s+(?:the|a|an|their|his|her|its|our|my|your|them|him|us|me|it|to)\b",
)
_QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"
_WHETHER = re.compile(r"^\W*whether\b", re.I)
_QUESTION_START = re.compile(r"^\W*(?:whether|if|why|what|when|where|who|whom|how|which)\b", re.I)


# A naming verb's object given a label in quotation marks ("described the hearing as a “circus”"):
# news quotes a label to show it is the speaker's judgement, and unless the label praises, the
# judgement finds fault.
_LABEL = re.compile(r"\b(?:as|it|him|her|them|this|that)\s+(?:an?\s+|the\s+)?[\"\u201c\u2018]")


def _read_act_nouns(language: str = "en") -> dict[str, Act]:
    """Noun → act from the lexicon file, each noun also in its plural."""
    path = resources.files("quotegraph.resolve") / "lexicons" / language / "act_nouns.tsv"
    text = path.read_text("utf-8")
    nouns: dict[str, Act] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) != 2 or words[1] not in {a.value for a in Act}:
            raise ValueError(f"{path}:{number}: expected 'noun act' with an act of {[a.value for a in Act]}")
        noun, act = words
        nouns[noun] = nouns[_plural(noun)] = Act(act)
    return nouns


def _plural(noun: str) -> str:
    """ "claim" → "claims", "apology" → "apologies", "wish" → "wishes"."""
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return f"{noun[:-1]}ies"
    return f"{noun}es" if noun.endswith(("s", "sh", "ch", "x")) else f"{noun}s"


# Nouns that name what a statement does: heading the cue's object ("expressed [dissatisfaction
# with the board]", "repeated [his claim that …]") or closing the cue ("expressed anger at").
ACT_NOUNS = _read_act_nouns()
_ACT_NOUN = "|".join(sorted(map(re.escape, ACT_NOUNS), key=len, reverse=True))
# The noun heads the object when up to two modifiers come before it and what follows it is its
# complement ("dissatisfaction [with the board]", "intention [to run]"), or, after a possessive,
# no verb ("[his claim] the vote was rigged"); "the support staff", "[hope] was fading" are no acts.
_POSSESSIVE = r"(?:his|her|their|its|our|my|your|[A-Z][\w.-]*(?:'s|\u2019s))"
_COMPLEMENT = (
    r"(?=\s+(?:that|to|with|for|about|over|at|of|in|towards?|against|on|regarding|from)\b|\s*[,;:.\u2026]|\W*$)"
)
_VERB_AFTER = (
    r"(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|remains?|seems?)\b)"
)
_OBJECT_NOUN = re.compile(
    rf"^\W*(?!that\b)(?:(?:the|a|an|this)\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?({_ACT_NOUN})\b{_COMPLEMENT}"
    rf"|^\W*{_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?({_ACT_NOUN})\b{_VERB_AFTER}",
    re.I,
)
_CUE_NOUN = re.compile(rf"\s({_ACT_NOUN})\b\W*(?:\w+\W*)?$", re.I)


# Cues whose content is a clause or a quotation: a noun opening it is the clause's subject ("said
# [the claims] had been dropped"), not what the cue did; cues of finding report what others do
# ("the poll showed [support for the plan]").
_CLAUSE_CUES = frozenset(
    "say tell add : write explain reply respond answer continue read post tweet comment remark".split()
) | {"according to"}
_FINDING_CUES = frozenset(
    "show find reveal indicate report conclude determine discover estimate calculate".split()
)
# A cited noun is a reason given, not what the citing does: "cited [security concerns]".
_REASON_CUES = frozenset({"cite"})


def act_of_object_noun(lemma: str, cue_text: str, content: str) -> Act | None:
    """The act a noun names when it is the cue's object ("expressed [gratitude for …]"), else None."""
    reads_object = lemma not in _CLAUSE_CUES | _FINDING_CUES | _REASON_CUES
    takes_object = reads_object and content.lstrip()[:1] not in _QUOTE_MARKS
    found = _CUE_NOUN.search(cue_text) or (_OBJECT_NOUN.match(content) if takes_object else None)
    if found is None:
        return None
    named = ACT_NOUNS[next(g for g in found.groups() if g).casefold()]
    # a worry about a danger warns: "expressed [concern that the levee could collapse]"
    said = act_of_content(content, direct=False) if named is Act.BELIEF else None
    return Act(said) if said in _STRONGER_THAN_BELIEF else named


_STRONGER_THAN_BELIEF = frozenset({"warn", "accuse", "demand", "deny", "reject"})


def speech_act(
    cue_lemma: str | None,
    cue_text: str,
    before: str,
    after: str,
    content: str,
    *,
    direct: bool = False,
    rest: str = "",
) -> tuple[str, bool]:
    """(act, negated) of a statement.

    Args:
        cue_lemma: the lemma extraction found ("say", "rule", "according to").
        cue_text: the cue as written, with its particle ("ruled out").
        before: the text of the cue's clause before the cue ("Kern did not").
        after: the text right after the cue, up to the content or the sentence end.
        content: the statement's content as written.
        direct: whether the content is a quotation.
        rest: the text after the content up to the clause end, when the cue comes before the
            content: what a naming verb's object is called ("called [it] a disgrace"), what an
            appeal's addressee is asked to do ("asked [Congress] to approve the aid").
    """
    lemma = (cue_lemma or "").casefold()
    if lemma in NAMING_LEMMAS or lemma in APPEAL_WITH_INFINITIVE or _PREDICATE_START.match(rest):
        # "claiming [the decree] is unconstitutional": a content cut before its verb goes on in `rest`
        content = f"{content}{rest}" if rest else content
    act = base_act(cue_lemma, cue_text, after, content, rest)
    named = act_of_object_noun(lemma, cue_text, content) if act is Act.STATE else None
    if named is not None:
        act = named
    elif act in OPEN_TO_CONTENT and (act is not Act.STATE or _says_nothing_of_the_act(lemma)):
        found = act_of_content(content, direct=direct)
        said = Act(found) if found is not None else None
        if act is Act.CLAIM and said is Act.ACCUSE and alleges_no_wrongdoer(content):
            said = None  # "claimed [widespread fraud]": a wrong no one is named for is a claim
        if said is not None and (act is Act.STATE or said in OPEN_TO_CONTENT[act]):
            act = said
        elif said is None and lemma in NAMING_LEMMAS and _LABEL.search(content):
            act = Act.ACCUSE
    elif act is Act.STATE and lemma in _FINDING_CUES and act_of_content(content, direct=direct) == "deny":
        act = Act.DENY  # "reported [no traces of poison were found]": a finding that it is not so
    elif act is Act.STATE and (document := act_of_document(content)) is not None:
        act = Act(document)  # "signed a decree banning …": whatever the cue, the document bans
    auxiliaries = _auxiliaries(cue_text, lemma)
    before = f"{before.rstrip()} {auxiliaries} " if auxiliaries else before
    negated = bool(_NEGATION.search(before))
    if negated or _HEDGE.search(before):
        return Act.STATE.value, negated
    return act.value, False


def _says_nothing_of_the_act(lemma: str) -> bool:
    """A neutral cue, or one with no verb at all ("the speech:", "[…]"), which the content speaks for."""
    verbless = lemma in _DETERMINERS or not re.search(r"[a-z]{2}", lemma)
    return not lemma or lemma in NEUTRAL_LEMMAS or verbless


def _auxiliaries(cue_text: str, lemma: str) -> str:
    """The words a cue span carries before its verb ("did not rule out" → "did not"), which read
    as the clause before it; "pleaded not guilty" has none."""
    words = cue_text.split()
    for index, word in enumerate(words):
        if _lemma_of_word(word.casefold().strip(",.:;")) == lemma:
            return " ".join(words[:index])
    return " ".join(words[:-1])


def base_act(cue_lemma: str | None, cue_text: str, after: str, content: str, rest: str = "") -> Act:
    """The act the cue performs when it is neither negated nor hedged."""
    lemma = (cue_lemma or "").casefold()
    # "asked [for donations]": a content that opens with the cue's preposition carries its particle
    particle = _particle(cue_text, after if after.strip() else content)
    idiom = Act.ACCUSE if _ATTACK_IDIOM.search(f"{cue_text}{after}") else None
    phrasal = PHRASAL.get((lemma, particle), idiom)
    if phrasal is not None:
        return phrasal
    if lemma in MANDATIVE_LEMMAS and _SUBJUNCTIVE.match(content):
        return Act.DEMAND  # "insists the budget include funding": what must be done
    quoted = content.lstrip()[:1] in _QUOTE_MARKS  # "told those gathered to watch: “…”" quotes, not asks
    if lemma in APPEAL_WITH_INFINITIVE and not quoted and _INFINITIVE_OBJECT.match(f"{after} {content}"):
        return Act.DEMAND
    own_deed = _own_deed_ahead(lemma, content)
    if own_deed is not None:
        return own_deed
    special = _act_of_special_lemma(lemma, content, after, rest)
    if special is not None:
        return special
    act = ACT_OF_LEMMA.get(lemma, Act.STATE)
    asks = _is_direct_question(content) or _WHETHER.match(content)  # "debated [whether …]" asks
    return Act.ASK if act is Act.STATE and asks else act


def _own_deed_ahead(lemma: str, content: str) -> Act | None:
    """"announced [the ministry will reopen the bridge]" promises it, "were considering [severing
    ties]" intends it."""
    if lemma in ANNOUNCING_LEMMAS and _ANNOUNCED_FUTURE.match(content):
        return Act.PROMISE
    if lemma in WEIGHING_LEMMAS and _GERUND_OBJECT.match(content):
        return Act.INTENTION
    if lemma in PROPOSING_LEMMAS and _proposes_a_thing(content):
        return Act.INTENTION
    return None


def _proposes_a_thing(content: str) -> bool:
    """Whether a proposal's content is a thing of the speaker's own, not a clause or a measure."""
    opening = " ".join(content.split()[:6])  # a clause's verb comes early: "[running] induced flapping"
    clause = _CLAUSE_OPENING.match(content) or _FINITE_PAST.search(opening) or _SUBJUNCTIVE.match(content)
    return not clause and not _MEASURE.search(opening)


def _calls_for_its_object(lemma: str, content: str, after: str) -> bool:
    """"stressed the need for reform", "declared a state of emergency", "declared [a curfew],
    banning …": the cue's object is what it asks for or puts in force."""
    if lemma in NEUTRAL_LEMMAS and _NEED_FOR.match(f"{after} {content}"):
        return True
    object_first = " ".join(after.split()[:5])
    return lemma in DECREE_LEMMAS and bool(_MEASURE.search(content) or _MEASURE.search(object_first))


def _act_of_special_lemma(lemma: str, content: str, after: str = "", rest: str = "") -> Act | None:
    """Cues whose act depends on what follows them."""
    if _calls_for_its_object(lemma, content, after):
        return Act.DEMAND
    if lemma in ISSUING_LEMMAS:  # the object's head: "a cease" goes on " and desist order" in `rest`
        opening = _OBJECT_END.split(" ".join(f"{after} {content}{rest}".split()[:6]), maxsplit=1)[0]
        return next((act for act, noun in _ISSUED.items() if noun.search(opening)), None)
    if lemma in ALLEGING_LEMMAS and alleges_no_wrongdoer(content):
        return Act.CLAIM  # "alleged [the vote was rigged]" names no wrongdoer
    if lemma == "question":  # "questioned whether…" asks; "questioned the findings" dismisses them
        return Act.ASK if _is_question(content) else Act.REJECT
    return Act.STATE if _only_states(lemma, content) else None


def _only_states(lemma: str, content: str) -> bool:
    """Whether the cue only states here: a hypothesis, a reckoning, or a naming (whose words decide)."""
    # "proposed that running induced flapping" offers an explanation, it asks nothing
    explains = bool(_FINITE_PAST.search(content)) and not _OBLIGATION.search(content)
    hypothesis = lemma in HYPOTHESIS_LEMMAS and explains
    # "estimated the death toll exceeded 100" reckons, it does not forecast
    reckoning = lemma in RECKONING_LEMMAS and not _FUTURE.search(content)
    # "called the plan a disgrace": what the naming says decides
    return bool(hypothesis or reckoning or lemma in NAMING_LEMMAS)


# "said no [to the offer]" refuses; "said [no one was hurt]" opens its content with a determiner.
_NO_AS_ANSWER = re.compile(r"\s*no\b\W*(?:to\b|$)", re.I)


def _particle(cue_text: str, after: str) -> str:
    words = cue_text.casefold().split()
    verb = next((i for i, w in enumerate(words) if w not in _CUE_AUXILIARIES), 0)
    if verb + 1 < len(words):
        return words[verb + 1].strip(":")
    # the verb ends the cue ("said", "previously committed"): its particle is the next word
    following = re.match(r"\s*(\w+)", after)
    if following is None or (following.group(1).casefold() == "no" and not _NO_AS_ANSWER.match(after)):
        return ""
    return following.group(1).casefold()


def _is_question(content: str) -> bool:
    stripped = content.strip().rstrip("”\"'’ ")
    return stripped.endswith("?") or bool(_QUESTION_START.match(content))


def _is_direct_question(content: str) -> bool:
    """A quotation that ends asking, not one that ends quoting someone's question."""
    return without_inner_quotations(content.strip()).rstrip("”\"'’ ,").endswith("?")


# Cues given without a lemma (the learned tagger's spans) get one from their words.
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "thought": "think", "felt": "feel", "knew": "know", "known": "know", "saw": "see",
    "seen": "see", "heard": "hear", "sought": "seek", "swore": "swear", "sworn": "swear",
    "understood": "understand", "foresaw": "foresee", "found": "find", "made": "make", "gave": "give",
    "meant": "mean", "held": "hold", "broke": "break", "chose": "choose", "drew": "draw", "went": "go",
    "led": "lead", "forbade": "forbid", "withdrew": "withdraw", "stood": "stand", "took": "take",
}
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
    ("es", ""), ("s", ""), ("d", ""),
)
_CUE_AUXILIARIES = frozenset(
    """was were is are am be been being has have had do does did will would shall should can could may
    might must also not never n't no longer later then previously earlier again further once first
    reportedly allegedly repeatedly publicly privately further too still""".split()
)


_DETERMINERS = frozenset("a an the this that his her their its our my your".split())


def act_lemma(given: str | None, cue_text: str) -> str:
    """The lemma whose act a cue performs: `given` (extraction's), unless it is a noun the cue
    span runs on into ("said in a press release" is no "press"; "posted a message blaming"
    blames)."""
    if not given:
        return cue_lemma_of(cue_text)
    words = [w.casefold().strip(",.:;") for w in cue_text.split()]
    for index, word in enumerate(words):
        if index and _lemma_of_word(word) == given and words[index - 1] in _DETERMINERS:
            return cue_lemma_of(" ".join(words[: index - 1])) or given
    return given


def cue_lemma_of(cue_text: str) -> str:
    """The lemma of a cue written as `cue_text`: "also insisted" → "insist", "according to"."""
    text = re.sub(r"\b(?:went|goes|go|going|gone) on to\b", " ", cue_text.casefold())  # "went on to add"
    words = [w.strip(",.:;\u201c\u201d\"") for w in text.split()]
    words = [w for w in words if w and w not in _CUE_AUXILIARIES and not w.endswith("ly")]
    if not words:
        return ""
    if " ".join(words[:2]) == "according to":
        return "according to"
    return _lemma_of_word(words[0])


def _lemma_of_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    known = ACT_OF_LEMMA.keys() | NEUTRAL_LEMMAS | NAMING_LEMMAS | _PHRASAL_VERBS
    candidates = [word]
    for ending, replacement in _SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + replacement
            candidates.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and not replacement:  # "planned" → "plan"
                candidates.append(stem[:-1])
    return next((c for c in candidates if c in known), candidates[-1] if len(candidates) > 1 else word)
