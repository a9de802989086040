"""The words of each speech act in a cue: the tables acts.py decides with.

`Act` is the list of acts (acts.py says where it comes from). The tables are:

- cue lemma → act (`_LEMMAS`, read into ACT_OF_LEMMA), and cue verb with its particle → act
  (`_PHRASES`, read into PHRASAL: "rule out", "call for");
- sets of lemmas whose act depends on what follows them (NAMING_LEMMAS, DECREE_LEMMAS,
  ISSUING_LEMMAS, MANDATIVE_LEMMAS, ANNOUNCING_LEMMAS, WEIGHING_LEMMAS …), each beside the
  pattern that settles it (MEASURE, ISSUED, SUBJUNCTIVE, ANNOUNCED_FUTURE, GERUND_OBJECT …);
- NEUTRAL_LEMMAS, the cues that leave the act to their content (content_words.py);
- CRITICS, a source named as the critics of something ("Critics say …"), whose neutral cue accuses;
- NEGATION and HEDGE, read over the words before the cue;
- ACT_NOUNS, the nouns that name an act ("expressed [concern]"), read from
  lexicons/en/act_nouns.tsv, and the patterns that find one as the cue's object;
- the words that give a cue its lemma when it comes without one (IRREGULAR, SUFFIXES,
  CUE_AUXILIARIES).

Nothing here decides: acts.py tries these in its order. To add a cue verb, add its lemma to
its act's line in `_LEMMAS` (a verb with a particle: "verb particle" to `_PHRASES`); a verb whose
act depends on its object or content goes in the set of its kind instead, and an irregular
past form in IRREGULAR, so that a cue with no lemma finds it. A noun goes in act_nouns.tsv, not
here. Then add a case of your own (lemma, cue, context, content, act) to the cases in
tests/resolve/test_resolve_acts.py. Standard library only.
"""

from __future__ import annotations

import re
from enum import StrEnum
from importlib import resources

from quotegraph.resolve.clause_words import MAY, STANCE_NOUN


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
    Act.CLAIM: "claim argue insist contend assert maintain counter retort boast brag aver avow profess posit",
    Act.DENY: "deny dispute rebut refute contradict",
    Act.REJECT: "reject dismiss refuse decline oppose disagree veto defend repudiate protest "
    # "balked at the price", "rebuffed the offer", "resisted calls to resign"
    "balk rebuff resist object spurn scoff snub "
    # a claim or a tie played down or disowned: "downplayed the report", "distanced himself from the
    # remarks", "disavowed the endorsement"
    "downplay distance disavow "
    # a court's ruling undone: "overturned the convictions", "quashed the order", "overruled the objection"
    "overturn quash overrule",
    Act.ACCUSE: "accuse blame criticize criticise condemn denounce attack slam blast mock ridicule "
    "complain lament charge challenge label brand dub attribute fault scold rebuke lambast lambaste berate "
    "decry deplore disparage chide censure vilify castigate excoriate assail allege allegation accusation "
    "criticism rail hammer lash insult "
    # scorn and complaint: "bemoaned the delays", "derided the plan", "reviled", "savaged the budget"
    "bemoan deride revile savage bash belittle chastise denigrate lampoon pillory reprimand reproach "
    "scorn smear skewer admonish "
    # likening is an analogy that finds fault ("likened the raids to …"); "compare" only compares
    # (COMPARING_LEMMAS) unless what it compares to finds the fault
    "liken",
    Act.PRAISE: "praise applaud commend hail welcome thank congratulate credit laud extol salute acclaim "
    # "touted the plan's benefits", "heralded the ruling as a victory", "revered him as a mentor"
    "tout herald revere celebrate honor honour admire eulogize eulogise",
    Act.WARN: "warn caution threaten alert",
    Act.DEMAND: "demand urge call request appeal plead beg press push lobby encourage invite instruct "
    "direct command order recommend advise propose ban forbid prohibit decree mandate implore "
    # a lawsuit asks a court for a remedy: "sued the city to block the sale"
    "sue exhort beseech petition summon counsel",
    Act.PROMISE: "promise pledge vow swear offer assure reassure guarantee",
    Act.AGREE: "agree accept approve support endorse back advocate concur champion favor favour embrace "
    # "sided with the Democrats", "acquiesced to the demand", "vouched for the proposal"
    "side acquiesce vouch",
    Act.PREDICT: "predict forecast estimate project expect anticipate calculate envision envisage foresee",
    # coming to know a fact ("learned", "heard", "understand [birds evolved from dinosaurs]") states it
    Act.BELIEF: "think believe know feel doubt suspect assume presume reckon figure consider fear "
    "worry see guess muse hope concern speculate hypothesize hypothesise theorize theorise surmise "
    # a view held: "in his view [the centres lag behind]", "in my opinion", "views Trump as a threat"
    "view opinion",
    Act.INTENTION: "want wish plan intend seek prefer aim decide "
    # a deed of one's own weighed or striven for: "is mulling a run for governor", "strives for a spot"
    "mull strive "
    # a choice kept open: "reserved the right to decide case by case"
    "reserve",
}
ACT_OF_LEMMA: dict[str, Act] = {lemma: act for act, lemmas in _LEMMAS.items() for lemma in lemmas.split()}
# Cue particles and prepositions that change the act ("rule out", "call for", "push for").
_PHRASES: dict[Act, str] = {
    # a criticism or a finding dismissed: "pushed back against the charges", "brushed off these
    # concerns", "shrugged off Trump's comments", "backed away from the plan"
    Act.REJECT: "rule out, say no, push back, brush off, brush aside, shrug off, back away",
    Act.DEMAND: "call for, call on, call upon, push for, press for, ask for, appeal for",
    # a name or a fame is what others call it: "is now known as", "has long been known for"
    Act.STATE: "point out, plead guilty, know as, know for",
    Act.DENY: "plead not, plead innocent",
    Act.AGREE: "back down, sign off",
    Act.CLAIM: "speak out",
    # mockery: "poked fun at the mayor's new slogan"; a blow returned: "the senator hit back, [saying]
    # the governor had broken his word"
    Act.ACCUSE: "hit out, hit back, round on, poke fun",
    # "spoke highly of the retiring judge's fairness"
    Act.PRAISE: "speak highly",
    Act.WARN: "warn against",
    Act.PROMISE: "commit to",
}
PHRASAL: dict[tuple[str, str], Act] = {
    (verb, particle): act
    for act, phrases in _PHRASES.items()
    for verb, particle in (phrase.split() for phrase in phrases.split(", "))
}
# The verbs of those phrases are lemmas too: "committed to" is "commit" + "to", not "committe".
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL)
# Forecast verbs that also reckon what is: a forecast only when the content is about the future.
RECKONING_LEMMAS = frozenset("estimate calculate project".split())
FUTURE = re.compile(rf"\b(?:will|would|going to|next|by (?:19|20)\d\d|could|{MAY}|might)\b|'ll\b", re.I)
# Verbs of evaluative naming ("called it a non-starter", "dubbed him a hero") when no particle
# makes them an appeal ("called for", "called on"): the content's words carry the act.
NAMING_LEMMAS = frozenset("call describe characterize characterise term name refer".split())
# Of those, the verbs whose quoted label is itself a judgement ("called it a “circus”"); "referred to
# the jet as a “cargo plane”" only names it, and only the label's own words can judge.
LABELLING_LEMMAS = NAMING_LEMMAS - {"refer"}
# Verbs that put a measure in force when their object is one ("declared a state of emergency").
DECREE_LEMMAS = frozenset("declare announce impose proclaim order institute introduce extend lift".split())
MEASURE = re.compile(
    r"\b(?:state of (?:emergency|disaster|siege|alert|war)|national emergency|curfew|lockdown|lock-down|"
    r"martial law|"
    r"days? of (?:national |official )?mourning|mourning|quarantine|evacuation|ban|embargo|moratorium|"
    r"sanctions|restrictions|travel (?:ban|restrictions)|closure|shutdown|ceasefire|holiday)\b",
    re.I,
)
# What an issuing verb's object is ("issued [a cease and desist order]", "issued [a flood
# warning]"): a directive demands, a warning warns; "issued [a statement]" leaves it to the content.
ISSUING_LEMMAS = frozenset({"issue"})
ISSUED = {
    Act.DEMAND: re.compile(
        r"\b(?:orders?|injunctions?|ultimatums?|directives?|decrees?|subpoenas?|summons(?:es)?|edicts?|"
        r"mandates?|fatwas?)\b",
        re.I,
    ),
    Act.WARN: re.compile(r"\b(?:warnings?|alerts?|advisor(?:y|ies)|alarms?)\b", re.I),
}
# Where an object noun phrase's head has come: "a statement [on] the order of events".
OBJECT_END = re.compile(r"\b(?:on|about|of|over|for|to|in|at|that|which|who|saying)\b", re.I)
# Verbs whose content in the subjunctive asks for something: "insists [that] the budget include".
MANDATIVE_LEMMAS = frozenset("insist demand require recommend propose suggest ask urge".split())
SUBJUNCTIVE = re.compile(
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
# past-tense clause ("proposed that two-legged running induced wing flapping"). The same verbs
# put forward a plan of one's own when their object is a thing (PROPOSING_LEMMAS, below).
HYPOTHESIS_LEMMAS = frozenset({"propose"})
FINITE_PAST = re.compile(
    r"\b(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bto )(?!used\b|needed\b)"
    r"[a-z]{3,}ed\b(?!\s+(?:by|to)\b)"
)
# An offer commits the speaker ("offered [to pay the fines]", "offered [military assistance]"); an
# offer of words or thoughts only says them ("offered his thoughts on", "offered [an emotional
# evaluation]", "'ve offered [no specifics]"), and a noun of an act among them names that act
# ("offered his congratulations to" praises, act_nouns.tsv).
OFFERING_LEMMAS = frozenset({"offer"})
OFFERED_WORDS = re.compile(
    r"\b(?:thoughts?|views?|opinions?|assessments?|evaluations?|analys[ie]s|insights?|words?|language|rhetoric|"
    r"remarks?|comments?|responses?|retorts?|repl(?:y|ies)|answers?|explanations?|defen[cs]es?|details|"
    r"specifics|ideas|advice|tips|suggestions?|previews?|glimpses?|picture|descriptions?|clues|messages?|"
    r"reasons?|testimony|condolences|prayers|sympath(?:y|ies)|congratulations|praise|criticism|warnings?|"
    r"apolog(?:y|ies)|slogans?|sound bites?)\b",
    re.I,
)
# An announcement of what will be done commits to it: "announced [the ministry will reopen the
# bridge]", "announced [he is to send a bill to congress]". One of what will happen ("the vote will
# be held in May") or of a deed done ("the arrest of a man who will appear in court") states.
ANNOUNCING_LEMMAS = frozenset({"announce"})
# The subject is a doer: a pronoun, a name or a determined noun phrase, not a bare noun
# ("prices will rise"), and the verb a deed, not a change that befalls it ("will rise", "will fall").
ANNOUNCED_FUTURE = re.compile(
    r"^\W*(?:that\s+)?(?=(?:I|we|he|she|they|it|the|its|his|her|their|our|[A-Z])\b|[A-Z])"
    r"(?:(?!(?:who|which|that|whom|whose|when|where|if|whether)\b)[\w'\u2019.-]+\s+){1,6}?"
    r"(?:will|shall|would|is to|are to|was to|were to|is going to|are going to)\s+"
    r"(?!not\b|never\b|be\b|(?:rise|fall|increase|decrease|drop|grow|decline|climb|soar|plunge|hit|reach|last)\b)\w+",
)
# A gerund with its object after a mandative verb is a deed put forward: "suggested [expanding the
# court]", "recommended [closing the schools]"; "suggested [rising prices] were to blame" has no object.
PROPOSED_DEED = re.compile(
    r"^\W*(?!(?:nothing|something|anything|everything|thing|morning|evening)\b)[a-z]{3,}ing\s+"
    r"(?:the|a|an|its|their|his|her|our|all|more|some|them|it|this|these|those)\b"
)
OBLIGATION = re.compile(r"\b(?:should|must|ought|need|needs|be)\b", re.I)
# "share" agrees when what is shared is a stance: "shares [this bleak view]", "shared [her belief that
# …]"; "shared [a photo]", "shared [details of the plan]" only tell.
SHARING_LEMMAS = frozenset({"share"})
SHARED_STANCE = re.compile(rf"^\W*(?:[\w'\u2019-]+\s+){{0,3}}?{STANCE_NOUN}\b", re.I)
# Verbs of weighing a deed of one's own when their object is a gerund ("were considering [severing
# ties]"); "considered [the plan] unfair" judges, and believes.
WEIGHING_LEMMAS = frozenset({"consider", "contemplate", "weigh"})
# A hope of one's own deed is an aim ("hoped [to leave office having ended the wars]"); a hope
# that something comes about is a belief ("hopes [the tech will reduce accidents]"). So is a look
# to one's own deed ("looked [to add justices]", "is looking [to build on his momentum]"); a look to
# someone ("looked [to him] for guidance") is none.
AIMING_LEMMAS = frozenset({"hope", "look"})
TO_INFINITIVE = re.compile(
    r"^\W*(?:not\s+)?to\s+(?!(?:the|a|an|him|her|them|us|me|you|it|his|their|our|its|my|your|how|what|whether|why|where|when|who)\b)[a-z]+\b"
)
# A cue that ends on the speaker's readiness to act ("is eager", "was willing", "are determined")
# before a to-infinitive ("[to make his mark]") tells their own aim, as "is eager to" does inside
# a content (stance_words.INTENTION); "determined [that the ballots were valid]" finds, it aims at nothing.
DISPOSITION_CUE = re.compile(r"\b(?:eager|keen|willing|ready|prepared|determined|resolved)\W*$", re.I)
# A cue that ends on a state of mind about what is so ("are convinced", "remain confident", "is
# skeptical") holds a belief, as "I am convinced" does inside a content (stance_words.BELIEF);
# "has convinced [voters]" persuades others, and "it is far from certain" is no one's mind.
CONVICTION_CUE = re.compile(
    r"^(?!\W*it\b).*?(?<!\bhas )(?<!\bhave )(?<!\bhad )\b(?:convinced|sure|certain|confident|optimistic|"
    r"pessimistic|hopeful|skeptical|sceptical|doubtful|fearful|afraid|wary|suspicious)\W*$",
    re.I,
)
# A proposal of a thing ("proposed [legislation that would fund the government]", "proposed [an
# amendment]") puts forward the speaker's own plan; one of a clause ("proposed [that the council be
# dissolved]") or of a measure on others ("proposed [a ban]") calls for it. The verbs that put forward
# a hypothesis are the verbs that propose.
PROPOSING_LEMMAS = HYPOTHESIS_LEMMAS
CLAUSE_OPENING = re.compile(r"^\W*that\b", re.I)
GERUND_OBJECT = re.compile(
    # an adverb may come first: "are considering [eventually pooling resources]"
    r"^\W*(?:not\s+)?(?:[a-z]+ly\s+)?(?!(?:nothing|something|anything|everything|thing|morning|evening)\b)"
    r"[a-z]{3,}ing\b"
)
# "alleged" accuses unless the wrong it alleges has no one who did it; the noun ("allegations of
# fraud") names an accusation whatever follows it.
ALLEGING_LEMMAS = frozenset({"allege"})
# Idioms of attack that a cue span can hold whole: "took a veiled shot at", "took a parting shot",
# "took aim at". A shot is aimed "at" someone, or is barbed by its adjective; "took a second shot"
# of a vaccine attacks nobody.
ATTACK_IDIOM = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+(?:a\s+|another\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:shot|swipe|jab|dig|potshot)s?\s+at\b|aim\s+at\b"
    r"|(?:thinly[\s-]+)?(?:veiled|parting|cheap|pointed|sly|subtle|barbed)\s+(?:shot|swipe|jab|dig|potshot)s?\b)"
    # "called out his rival for alienating Hispanics", "went after Bush", "tore into Clinton", "sounded
    # off on Sanders": a party singled out to be faulted. "called out to the crowd", "called out:" shout,
    # "went after the vote" is a time, and "tore into the crowd" a vehicle's deed
    r"|\bcall(?:s|ed|ing)?\s+out\b(?!\s*(?:to|for)\b)(?!\s*[:,\"\u201c\u2018])"
    r"|\b(?:went|goes|go|going|gone|tore|tear|tears|tearing|torn)\s+(?:after|into)\s+(?:him|her|them|(?-i:[A-Z]))"
    r"|\bsound(?:s|ed|ing)?\s+off\s+(?:on|against|about)\b",
    re.I,
)
# A cue that names an attack by its noun and aims it with a preposition: "continued his attacks on
# [Rubio]", "went on the offensive against [Trump]", "landed a sharp dig at", "turns her fire on".
# Read in the cue alone: a poll's "attacks on the police" after or before it is what was asked about;
# "opened fire on" is gunfire.
ATTACK_NOUN = re.compile(
    r"\b(?:attacks?|assaults?|offensive|onslaught)\s+(?:on|against)\b"
    r"|\b(?:digs?|swipes?|jabs?|potshots?|barbs?)\s+at\b"
    r"|\b(?:turn|turns|turned|turning|train|trains|trained|training)\s+"
    r"(?:\w+\s+)?(?:fire|guns)\s+on\b",
    re.I,
)
# "compared [the results to last year's]" compares; only what it compares to can find fault
# ("compared the raids to war crimes").
COMPARING_LEMMAS = frozenset({"compare"})
# Verbs that order or appeal when followed by someone and a to-infinitive ("told them to leave").
APPEAL_WITH_INFINITIVE = frozenset("ask tell call warn".split())

# A source named as the critics of something ("Critics", "some of the plan's critics", "opponents
# of the bill") says what it finds wrong whatever the cue; a name with a critic in apposition
# ("Romney, a sometime Trump critic,") is a person, who may say anything.
CRITICS = re.compile(
    r"^\W*(?:(?:some|many|most|several|one|two|three|four|five) of\s+)?"
    r"(?:(?:the|some|many|other|several|most|his|her|their|its|[\w.-]+['\u2019]s?)\s+){0,3}"
    r"(?:\w+\s+)?(?:critics|detractors|opponents)\b",
    re.I,
)
# Cues that say nothing of what was done, so the content says it. Reporting verbs with a job of
# their own ("announced", "confirmed", "ruled", "found", "acknowledged") state.
NEUTRAL_LEMMAS = frozenset(
    """say tell add note explain write comment continue remark post tweet according to : describe
    call characterize characterise term name deem reply respond answer declare mention reiterate go
    suggest stress emphasize emphasise underline imply hint speak indicate issue express recall
    echo read state elaborate opine observe repeat voice cite address exclaim shout yell testify
    recount reaffirm restate underscore inform highlight clarify""".split()
) | {"according to", "per", "as quoted by", "as reported by", "as cited by"}

# A negation or a hedge just before the cue, in its clause: "did not rule out", "appeared to reject".
NEGATION = re.compile(
    r"\b(?:not|never|n[o']t|no longer|neither|nor)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$"
    # a report held back: "has refrained from endorsing", "has yet to endorse", "stopped short of
    # calling for", "failed to respond", "put off deciding"
    r"|\b(?:refrain(?:s|ed|ing)? from|(?:has|have|had|is|are|was|were) yet to|stop(?:s|ped)? short of|"
    r"no signs? of|fail(?:s|ed|ing)? to|put(?:s|ting)? off)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# Verbs of attitude whose negation is read inside what they hold ("neg-raising"): "does not think
# [the plan will work]" thinks it will not, "doesn't want [to run]" wants not to, "does not expect
# [a deal]" expects none. Negated, they still hold the belief, the aim or the forecast, as a content's
# "we don't seek to" intends (extraction keeps such reports for the same reason: PolNeAR's guidelines);
# "know" is factive ("doesn't know whether …" holds no view), and "hope", "fear" are not read so.
NEG_RAISING_LEMMAS = frozenset(
    "think believe suppose reckon imagine expect anticipate want intend plan wish feel consider doubt".split()
)
# A plain negation just before such a verb ("does not", "didn't really"): "never thought", "no longer
# believes" and "failed to" tell that the attitude was not held.
PLAIN_NEGATION = re.compile(r"(?:\bnot|n['\u2019]t)\s+(?:\w+\s+)?$", re.I)
HEDGE = re.compile(
    r"\b(?:appeared|appears|appear|seemed|seems|seem)\s+to\s+(?:\w+\s+)?$"
    rf"|\b(?:{MAY}|might|could)\s+(?:have\s+)?(?:\w+\s+)?$",
    re.I,
)
# "told [them] to leave": an addressee of a few words, then the infinitive; "told [reporters] the
# officers claimed to be …" has a clause of its own before it.
_NOT_IN_ADDRESSEE = (
    r"(?!(?:is|was|are|were|be|been|has|had|have|would|will|could|did|does|do|seemed|seems|appeared|"
    r"appears|wanted|wants|tried|tries|planned|plans|needed|needs|claimed|claims|used|going|able)\b)"
)
# A capitalised name or title counts as one word of the addressee: "asked [Hong Kong Chief Executive
# Carrie Lam] to resign".
INFINITIVE_OBJECT = re.compile(
    rf"^\s*(?:(?:{_NOT_IN_ADDRESSEE}(?-i:[A-Z])[\w.'’-]*\s+)+|{_NOT_IN_ADDRESSEE}(?-i:(?![A-Z]))[\w.'’-]+\s+)"
    r"{0,5}?to\s+[\"\u201c]?(?!(?:the|a|an|our|his|her|their|its|my|your|this|that|these|those|them|him|"
    r"me|us)\b)[a-z]+",
    re.I,
)
# A relative clause set off after an addressee: "asked [Carrie Lam, who is backed by Beijing,] to resign".
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,")
# A cue whose object is a need: "stressed [the need for an inquiry]" calls for the inquiry.
NEED_FOR = re.compile(
    r"^\W*(?:the|a)\s+(?:urgent\s+|pressing\s+|clear\s+|real\s+|continued\s+|great\s+)?"
    r"(?:need|necessity|importance)\s+(?:for|of|to)\b",
    re.I,
)
# A content cut before its verb, which goes on after it: "claiming [the decree] is unconstitutional".
PREDICATE_START = re.compile(
    r"^\s+(?:is|are|was|were|has|have|had|will|would|could|should|must|may|might|can|did|does|do)\b"
    r"|^\s+[a-z]+ed\s+(?:the|a|an|their|his|her|its|our|my|your|them|him|us|me|it|to)\b",
)
QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"
WHETHER = re.compile(r"^\W*whether\b", re.I)
QUESTION_START = re.compile(r"^\W*(?:whether|if|why|what|when|where|who|whom|how|which)\b", re.I)


# A naming verb's object given a label in quotation marks ("described the hearing as a “circus”"):
# news quotes a label to show it is the speaker's judgement, and unless the label praises, the
# judgement finds fault.
# The label may come after the cue's interruption: "called it [, in a tweet,] “a mess”" is "it … “a mess”".
# A doubled apostrophe opens a quotation in some papers' house style: "called it ''predatory''".
LABEL = re.compile(
    r"\b(?:as|it|him|her|them|this|that)(?:\s+\u2026)?\s+(?:an?\s+|the\s+)?(?:[\"\u201c\u2018]|'')"
)
# "call" names any object so, not only a pronoun: "called [the use of executive orders “quite
# dangerous”]", "called [Trump a “climate arsonist”]". The object is a short run of words with no
# punctuation, and opens the content ("called for", "called on" ask: the cue's own act decides those).
# "what he called “the prior economy model”" only says what the thing is known as.
CALLED_OBJECT_LABEL = re.compile(
    r"^\W*(?!what\b)(?:[^\s\"\u201c\u2018\u2026.,;:!?]+\s+){1,8}?(?:an?\s+|the\s+)?(?:[\"\u201c\u2018]|'')"
)


# A cue that ends on an adjective of stance towards its object, with the object's preposition: the
# learned path's cues are written so ("have been critical of [the plan]", "is particularly appreciative
# of [the volunteers]", "supportive of [the bill]"). Being critical of someone finds fault with them.
STANCE_CUE: dict[Act, re.Pattern[str]] = {
    Act.ACCUSE: re.compile(r"\bcritical\s+(?:of|about|towards?)\W*$", re.I),
    Act.PRAISE: re.compile(r"\b(?:appreciative|proud)\s+of\W*$", re.I),
    Act.AGREE: re.compile(r"\bsupportive\s+of\W*$", re.I),
    Act.REJECT: re.compile(r"\bdismissive\s+of\W*$", re.I),
}


def act_of_cue_adjective(cue_text: str, content: str) -> Act | None:
    """The act of a cue that ends on an adjective of the speaker's mind rather than a verb: "was
    eager [to make his mark]" intends, "remain confident [that he will win]" believes, "was also
    critical of [the decision]" finds fault."""
    if DISPOSITION_CUE.search(cue_text):
        return Act.INTENTION if TO_INFINITIVE.match(content) else None
    stance = next((act for act, cue in STANCE_CUE.items() if cue.search(cue_text)), None)
    if stance is not None:
        return stance
    return Act.BELIEF if CONVICTION_CUE.search(cue_text) else None


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
OBJECT_NOUN = re.compile(
    rf"^\W*(?!that\b)(?:(?:the|a|an|this)\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?({_ACT_NOUN})\b{_COMPLEMENT}"
    rf"|^\W*{_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?({_ACT_NOUN})\b{_VERB_AFTER}",
    re.I,
)
CUE_NOUN = re.compile(rf"\s({_ACT_NOUN})\b\W*(?:\w+\W*)?$", re.I)


# Cues whose content is a clause or a quotation: a noun opening it is the clause's subject ("said
# [the claims] had been dropped"), not what the cue did; cues of finding report what others do
# ("the poll showed [support for the plan]").
CLAUSE_CUES = frozenset(
    "say tell add : write explain reply respond answer continue read post tweet comment remark".split()
) | {"according to"}
FINDING_CUES = frozenset(
    "show find reveal indicate report conclude determine discover estimate calculate".split()
)
# A cited noun is a reason given, not what the citing does: "cited [security concerns]".
REASON_CUES = frozenset({"cite"})


# "said no [to the offer]" refuses; "said [no one was hurt]" opens its content with a determiner.
NO_AS_ANSWER = re.compile(r"\s*no\b\W*(?:to\b|$)", re.I)


# A cue span that opens with a verb no table knows often names its speech act further on, after
# "to", "that" or "by" or as a participle: "took to Twitter to say", "released a statement
# condemning", "sent a letter urging", "began by crediting". A verb of seeing, knowing or deciding
# there is a purpose, not speech ("lining up to see Kasich", "reason to know", "to decide the
# nominee"), "concerning" is a preposition ("made a series of statements concerning"), and after
# "hard to", "easy to", "able to" ... a verb judges how hard a thing is.
LATER_VERB = re.compile(
    r"(?<!\bhard )(?<!\beasy )(?<!\bdifficult )(?<!\bimpossible )(?<!\breason )(?<!\bable )"
    r"\b(?:to|that|by)\s+(\w+)|\b(\w+ing)\b",
    re.I,
)
UNSPOKEN_LEMMAS = frozenset({"see", "view", "know", "figure", "decide", "watch", "look", "concern"})


# Cues given without a lemma (the learned tagger's spans) get one from their words.
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "thought": "think", "felt": "feel", "knew": "know", "known": "know", "saw": "see",
    "seen": "see", "heard": "hear", "sought": "seek", "swore": "swear", "sworn": "swear",
    "understood": "understand", "foresaw": "foresee", "found": "find", "made": "make", "gave": "give",
    "meant": "mean", "held": "hold", "broke": "break", "chose": "choose", "drew": "draw", "went": "go",
    "led": "lead", "pled": "plead", "forbade": "forbid", "withdrew": "withdraw", "stood": "stand",
    "took": "take",
}
# "'s" opening a cue span is "is" or "has" before a verb ("'s aiming to", "'s predicted") and a
# possessor's mark before a noun ("'s statement", "'s proposals"), which leaves the cue verbless.
CLITIC_S = frozenset({"'s", "\u2019s"})
SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
    ("es", ""), ("s", ""), ("d", ""),
)
CUE_AUXILIARIES = frozenset(
    """was were is are am be been being has have had do does did will would shall should can could may
    might must also not never n't no longer later then previously earlier again further once first
    reportedly allegedly repeatedly publicly privately too still"""
    # adverbs without "-ly" and contracted auxiliaries that the learned tagger's cue spans open with:
    # "is already claiming", "can now say", "has long maintained", "even questioned", "'s aiming to",
    # "don't think" ("'s" is one only before a verb: CLITIC_S)
    """ now often even long just already since always ever soon both all 've ’ve 'd ’d
    don't don’t doesn't doesn’t didn't didn’t won't won’t can't can’t couldn't couldn’t
    wouldn't wouldn’t isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t hasn't hasn’t
    haven't haven’t hadn't hadn’t""".split()
)


DETERMINERS = frozenset("a an the this that his her their its our my your".split())
