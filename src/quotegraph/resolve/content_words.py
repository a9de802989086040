"""The words of each speech act in a statement's content: the tables content_acts.py tries.

Each table is a compiled regular expression named for what it finds in a content: DEMAND ("we
must act", "please leave"), PROMISE ("we will rebuild"), REFUSAL, DENIAL, OWN_DEED, WARNING,
CONDITIONAL_THREAT, CAUTION, the documents that act (DOCUMENT_VERB: "a decree banning …"), and
the contexts that take a match back (DESCRIBING_CLAUSE, SUBORDINATE, NEGATED_BEFORE, TOWARDS,
CIRCUMSTANCE). The words of what a speaker holds (PRAISE, ESTEEM, AGREEMENT, INTENTION, BELIEF,
OWN_THANKS, ADMISSION) are in stance_words.py, the forecasts (PREDICTION, POSSIBILITY,
FUTURE_TIME, REPORTED_PREDICTION, GENERIC) in forecast_words.py, and the words of fault
(ACCUSATION, a wrong alleged without its doer, what a finding finds absent) in fault_words.py;
the pieces of grammar they share (CLAUSE, SUBJECT, SELF, FUTURE, MAY …) in clause_words.py.
Nothing here decides: the order the tables are tried in, and what overrides what, is
content_acts.py's.

To add a word, put it in the alternation of the table whose act it performs, beside the words
of its kind, with its endings written out (`betray(?:ed|al)?`); give the comment above it an
example sentence, and where the word has a sense that does not perform the act, a lookahead
or lookbehind that keeps that sense out (`outstanding(?! (?:warrants?|debts?|loans?|…))`). Where
a modal "may" must not match the month ("in May alone"), write it as `{MAY}` in an f-string
(clause_words.py has it). Then add a sentence of your own that the word decides, and one of
the sense it must not catch, to the cases in tests/resolve/test_resolve_acts.py. Standard
library only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.clause_words import (
    CLAUSE,
    FUTURE,
    MAY,
    NOT_A_COMMITMENT,
    PERSON_SUBJECT,
    REPORTED_FUTURE,
    SELF,
    SUBJECT,
    SUBJECT_BE,
    words,
)

# Verbs news quotes as commands when they open a sentence with their object ("Take a knife").
_IMPERATIVE = (
    r"(?:take|give|help|stop|let|make|keep|bring|send|tell|show|remember|protect|attack|kill|fight|leave|"
    r"support|follow|report|contact|check|wash|avoid|put|join|vote|call|save|free|release|end|open|close)"
)
# "Let me" or "let's" before a verb of saying frames what the speaker goes on to say, asking nothing of
# anyone: "let me be clear", "let's be honest", "let me tell you", "let me put it this way", "let's
# make one thing clear", "let's say they win". "Let me talk" and "let's go" still ask.
_FRAMING_LET = (
    r"let(?:['\u2019]s|\s+us|\s+me)\s+(?:\w+ly\s+|just\s+|also\s+|first\s+)?"
    r"(?:be\s+(?:\w+ly\s+|very\s+)*(?:clear|honest|frank|blunt|candid|straight)|say|tell|explain|put|add|"
    r"repeat|remind|answer|boil|make\s+(?:it|this|that|one thing|something|myself)\s+(?:\w+ly\s+|very\s+)*"
    r"clear)\b"
)
DEMAND = words(
    # a modal right after a relative pronoun describes someone or something, it calls on no one:
    # "the things that need to be said", "determining who should be allowed to stay", "the governor,
    # who must make the final decision, has revealed nothing"
    # "you'd have to be a New Yorker to understand him" imagines, as "would have to" does; "there is no
    # need to move them" asks for nothing
    r"(?<!may )(?<!might )(?<!could )(?<!would )(?<!'d )(?<!\u2019d )(?<!n't )(?<!n\u2019t )(?<!not )"
    r"(?<!\bno )(?<!\bwho )(?<!\bthat )"
    # a need foretold asks nothing of anyone: "the administration is going to have to grapple with
    # it", "he'll have to keep the movement going", "we will need to convince them"
    r"(?<!\bwill )(?<!'ll )(?<!\u2019ll )(?<!\bgoing to )(?<!\bgonna )"
    # an infinitive's need is no call either: "has caused the team to have to deal with false stories",
    # "felt the need to have to point him out"
    r"(?<!\bto )"
    # "we have to dock" is a need of one's own, "we must act" a call
    r"(?<!\bwe )(?<!\bi )(?<!\bwe still )(?<!\bi still )"
    r"\b(?:must|should|ought to|need to|needs to|have to|has to)\s+"
    # "as near as we will ever have to a concession": "have to" before a noun phrase is no modal
    # "should not have taken off" faults a deed done, it asks for none (ACCUSATION)
    # "she should be ashamed of herself" reproaches her (ACCUSATION), it asks for no deed
    r"(?!have\b|(?:not|never) have\b(?! to\b)|be able\b|be ashamed\b|admit\b|say\b|confess\b|"
    r"(?:a|an|the|this|that|these|those|his|her|its|their|our|"
    r"my|your|do with)\b)\w+",
    rf"\b{SELF}\s+(?:must|should|ought to|still need to|need to)\s+"
    r"(?!have\b|(?:not|never) have\b(?! to\b)|admit\b|say\b|confess\b|answer\b|tell\b|note\b|stress\b|"
    r"point\b|emphasi[sz]e\b|thank\b|congratulate\b|express\b|add\b|remind\b|acknowledge\b)\w+",
    # a command with its object: "take a knife and attack", "help us", "give them a chance"
    rf"(?:^\W*|[.!?;:]\s+[\"\u201c]?|,\s+)(?!{_FRAMING_LET}){_IMPERATIVE}\s+"
    r"(?:a|an|the|your|our|my|his|her|their|this|that|these|those|it|them|us|me|him|every|all|some|any)\b",
    rf"^\W*(?!{_FRAMING_LET})(?:please|let us|let's|let\u2019s|do not|don't|don\u2019t|stop|refrain)\b",
    r"\bplease\b|\brefrain from\b|\b(?:it's|it is|it\u2019s) time\b",
    # a deed called needed of someone: "it is important that the board act", "it was essential for
    # Clinton to answer"; "it is important to note" only stresses what follows, "it is vital for the
    # town" only weighs
    r"\b(?:it is|it's|it\u2019s|it was|it would be|it will be)\s+(?:\w+ly\s+|very\s+|so\s+|really\s+)?"
    r"(?:important|essential|vital|crucial|imperative|necessary|urgent)\s+"
    r"(?:that\b|for\s+(?:[\w'\u2019.-]+\s+){1,4}?to\s+\w+)",
    # "has got to" is "has to" said with force: "the president has got to use his powers", "she's got
    # to rethink"; "I've got to tell you" and "that's got to scare them" ask nothing
    r"\b(?!(?:i|we|that|it|this|there)\b)\w+(?:\s+(?:has|have)|['\u2019](?:s|ve))\s+got\s+to\s+(?!be\b|have\b)\w+",
    # what is needed, said as a cleft: "what we need are more inspectors", "all they need is a vote"
    r"\b(?:what|all) (?:we|they|you|the \w+|this \w+) (?:\w+ly |really |still |now )?needs? "
    r"(?:now )?(?:is|are)\b",
    rf"\b{SELF}\s+(?:would\s+|'d\s+|\u2019d\s+)?(?:call on|call upon|urge|appeal to|ask|demand|implore|beg|"
    r"encourage|invite|count on|expect \w+ to|expect from)\b",
    rf"\b{SELF}\s+(?:made|make) a (?:plea|call|appeal)\b",
    # a hope that someone else will act asks them to: "we hope the ministry will reconsider", "I would
    # hope that Bernie will make sure …", "we hope the U.S. will listen"
    rf"\b{SELF}\s+(?:would\s+|'d\s+|\u2019d\s+)?(?:really\s+|sincerely\s+|still\s+)?hope\s+(?:that\s+)?"
    r"(?!(?:i|we|it|this|that|there|they|things|everything|everyone|you)\b)"
    r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+(?:will|would)\s+(?!be\b|not\b|never\b|have\b)\w+",
    # a wish that hangs on another's deed asks for it: "would be happy if they were to return"
    r"\b(?:would|'d|\u2019d) (?:be )?[\"\u201c]?(?:[\w-]+ )?(?:happy|glad|pleased|grateful|delighted|"
    r"appreciate it|welcome it|like it|prefer it) if\b",
    # a preference for another's deed: "she would prefer Biden not take part", "we'd like the council
    # to reconsider"; the addressee (a determined noun, a name, a pronoun) must be followed by a
    # verb, so "would like more information", "would love some rain" want a thing, and "would
    # rather die than …" prefers a deed of one's own
    r"\b(?:would|'d|\u2019d) (?:prefer|like|love)\s+"
    r"(?:(?:the|this|that|our|their|his|her|its)\s+(?!(?:opportunity|chance|time|option|ability|right)\b)"
    r"(?:[\w-]+\s+)?\w+|(?-i:[A-Z][\w'\u2019-]*)|him|her|them|you)\s+"
    r"(?:not\s+to\s+|to\s+(?:not\s+)?|not\s+)(?!(?:the|a|an)\b)[a-z]+"
    # "she would prefer Biden not participate": a subjunctive after "prefer", a verb with no ending
    r"|\b(?:would|'d|\u2019d) prefer\s+(?:the\s+\w+|(?-i:[A-Z][\w'\u2019-]*)|him|her|them|you)\s+"
    r"(?!(?:as|to|in|at|on|for|with|over|and|or|than|more|less|the|a|an|be|is|was|were|are|has|had)\b)"
    r"[a-z]+(?<!s)(?<!ed)(?<!ing)\b",
)
# What is needed is called for ("more protections are needed", "a probe may be required"), but
# not in a clause that only describes when ("where antibiotics are needed").
NEEDED = re.compile(
    r"\b(?:is|are|be)\s+(?:urgently\s+|badly\s+|still\s+|also\s+)?(?:needed|required|necessary|essential)\b",
    re.I,
)
SUBORDINATE = re.compile(
    r"\b(?:where|when|whenever|if|unless|which|that|because|as|until|while)\b[^,.;:!?]*$", re.I
)
# Not resting until a thing is done vows to do it: "we will not rest until …".
_UNTIL_VOW = (
    r"(?:will not|will never|won't|won\u2019t|shall not|are not going to|am not going to)\s+"
    r"(?:rest|stop|relent|give up|quit)\s+until\b"
)
# Giving way sworn off is a vow of steadfastness, a promise (the gold: "we are here; we will not relent;
# we will not give up" promises): "I will not waver", "we're not going to give up", "she would not
# relent". A refusal of another's terms says what it will not do ("will not accept", REFUSAL).
_GIVING_WAY = (
    r"(?:waver|relent|falter|tire|quit|let up|surrender|flinch|yield|stop fighting|"
    # "give up" with an object gives a thing up: "will not give up his seat" refuses (REFUSAL)
    r"give up(?!\s+(?:the|his|her|their|its|our|my|your|a|an|this|that|these|those|any|power|office)\b))\b"
)
_STEADFAST = (
    r"(?:\s+(?:will not|won't|won\u2019t|shall not|would not|wouldn't|wouldn\u2019t)|"
    r"(?:\s+(?:am|are|is|was|were)|['\u2019](?:m|re|s))\s+not\s+going\s+to)\s+(?:ever\s+)?"
    rf"{_GIVING_WAY}"
)
PROMISE = words(
    rf"\b{SELF}{_STEADFAST}",
    # "I'll tell you, …" and "I will tell you what" open a remark, they commit to nothing
    rf"\b{SELF}{FUTURE}\s+(?!not\b|never\b|{NOT_A_COMMITMENT}|tell you(?:,|\s+(?:what|that|this)\b))\w+",
    rf"\b{SELF}{FUTURE}\s+never\s+(?:let|allow|forget|abandon|stop|give up|surrender)\b",
    # a vow: "we will not rest until the killers are found"
    rf"\b{SELF}\s+{_UNTIL_VOW}",
    rf"\b{SELF}\s+(?:promise|pledge|vow|guarantee|are committed to|am committed to|are ready to|"
    r"am ready to)\b",
)
REPORTED_PROMISE = words(
    rf"{CLAUSE}(?:he|she|they|it){_STEADFAST}",
    rf"{SUBJECT}{REPORTED_FUTURE}\s+(?!not\b|never\b|{NOT_A_COMMITMENT})\w+",
    rf"{CLAUSE}(?:he|she|they)['\u2019](?:s|re) going to\s+(?!not\b|never\b|{NOT_A_COMMITMENT})\w+",
    rf"{SUBJECT}(?:was|were|is|are) ready to\b",
    # the same subject, elided: "he wasn't aware of the event but would go anyway"
    rf"{PERSON_SUBJECT}[^.;:!?]{{1,80}}?\bbut\s+(?:\w+ly\s+)?{REPORTED_FUTURE}\s+(?!not\b|never\b|{NOT_A_COMMITMENT})\w+",
)
REFUSAL = words(
    rf"{SUBJECT}(?:will not|won't|won\u2019t|would not|wouldn't|wouldn\u2019t|will never(?! let| allow)|"
    r"would never|cannot accept|can't accept|can\u2019t accept|refuse[sd]? to)\b"
    r"(?!\s+have\b)"  # "he would not have done that" imagines, it refuses nothing
    # "we will not be able to avoid the consequences" foresees an inability, it refuses nothing
    r"(?!\s+(?:\w+ly\s+)?be\s+able\b)"
    # "she will not be blocked" befalls her, she refuses nothing; "we will not be intimidated" refuses
    r"(?!\s+be\s+(?:\w+ly\s+)?(?!(?:intimidated|bullied|silenced|deterred|cowed|swayed|pressured|"
    r"blackmailed|dictated|threatened)\b)\w+(?:ed|en)\b)"
    r"(?!\s+(?:rest|stop|relent|give up|quit)\s+until\b)"  # a vow (PROMISE)
    rf"(?!\s+(?:ever\s+)?{_GIVING_WAY})",
    # "an unacceptable health risk" names a danger (WARNING), it refuses nothing
    r"\b(?:unacceptable(?! (?:[\w-]+ )?(?:risks?|dangers?|threats?|hazards?)\b)|not acceptable|"
    r"out of the question|rule[sd]? out|no way|non-starter|"
    r"not for (?:us|me|him|her|them|you|(?:the|a|this|any) \w+) to)\b",  # "it is not for the court to say"
    rf"\bnot (?!{_GIVING_WAY})(?:resign|step down|back down|give up|give in)\b",
    # a refusal of the speaker's own: "we reject this proposal", "they turned down the offer", "we
    # do not accept the result", "I am opposed to it", "we say no to this war"
    rf"{SUBJECT}(?:(?:also |again |firmly |flatly |strongly )?(?:reject(?:s|ed)?|oppose[sd]?|decline[sd]?|"
    r"dismiss(?:es|ed)?|turn(?:s|ed)? down|disagree[sd]?|say no|said no)|"
    r"(?:do|does) not (?:accept|support|agree)|"
    r"(?:don't|don\u2019t|doesn't|doesn\u2019t) (?:accept|support|agree)|"
    r"cannot (?:support|agree)|can't (?:support|agree)|can\u2019t (?:support|agree))\b",
    rf"{SUBJECT_BE}(?:against|opposed to)\b",
    # the same with "going to": "we're not going to accept this", "I'm not going to support him"
    rf"{CLAUSE}(?:i|we|he|she|they|it)(?:\s+(?:am|are|is|was|were)(?:\s+not|n't|n\u2019t)|['\u2019](?:m|re|s)\s+not)"
    r"\s+going\s+to\s+(?:stand for|let|allow|tolerate|accept|support|agree|resign|step down|back down|"
    r"give in)\b",
    # a proposal ruled out: "that is not an option", "this is not negotiable", "it's not going to happen"
    r"\b(?:is|are|was|were|['\u2019]s) (?:simply |just )?not (?:an option|negotiable|on the table|up for "
    r"(?:debate|negotiation|discussion)|going to happen)\b",
    # talks or terms refused outright: "there will be no deal", "there will be no negotiations"
    r"\bthere (?:will|would|shall) be no (?:deal|negotiations?|talks|compromise|concessions?|extension|"
    r"amnesty|bailout|agreement|exceptions?|retreat|surrender)\b",
    # a bare answer of no: "“Absolutely not,”", "“Not a chance”"
    r"^\W*(?:absolutely not|certainly not|definitely not|of course not|not a chance|hell no|no way)\W*$",
    # an idea judged worthless is dismissed: "a truly silly argument", "the notion a waste of time"
    r"\b(?:silly|absurd|ridiculous|nonsensical|laughable|preposterous|far-fetched|ludicrous)\s+"
    r"(?:argument|idea|notion|claim|suggestion|theory|proposal|premise)s?\b|"
    r"\ba [\"\u201c]?waste of time\b",
)
DENIAL = words(
    r"\b(?:nothing (?:wrong|illegal|improper|unlawful|inappropriate|untoward)|no wrongdoing|not guilty|"
    r"innocent|no truth|no basis|never happened|unrelated|"
    r"no (?:evidence|traces?|signs?|proof)|(?:little|nothing) to do with|"
    r"perfectly (?:fine|normal|legal|legitimate|appropriate|acceptable)|"
    r"fully (?:compatible|consistent|in line|in accordance|in compliance) with|"
    r"not related|no (?:link|connection)|did not happen|didn't happen|didn\u2019t happen|not involved|"
    r"no involvement|not responsible|without (?:any )?(?:influence|pressure)|"
    # "that's simply not true", "the claims are categorically false"
    r"(?:is|was|are|were|be|['\u2019]s) (?:\w+ly |simply |just )?(?:not true|untrue|false|baseless|unfounded|"
    r"groundless|fabricated|fake|nonsense|a lie|lies|made up(?! of\b)|a hoax|incorrect|inaccurate|"
    r"not (?:accurate|correct|the case))|"
    # "none of this is true", "at no time did we", "nothing could be further from the truth"
    r"none of (?:this|that|it|these|those|the \w+) (?:is|was|are|were) true|at no time|"
    r"further from the truth|"
    r"(?:had|has|have) (?:not|never) (?:done|broken|committed|taken|received|accepted|lied|misled|met)|"
    # knowledge of or a part in a deed disowned: "was not aware of", "knew nothing about", "had no role in"
    r"(?:not|never) aware (?:of|that)|knew nothing (?:about|of)|(?:had|has|have) no knowledge of|"
    # "was unaware of the scheme", "they were unaware of what the employee had done"
    r"(?:was|were) (?:\w+ly )?unaware (?:of|that)|"
    r"(?:had|has|have|played|plays) no (?:role|part) in|"
    r"never (?:\w+ly |\w+ or \w+ly )?(?:lied|took|received|accepted|broke|met|said|knew|touched|did|ordered|"
    r"threaten(?:ed)?|pressured|attacked|harmed|hit|paid))\b",
    # a wrong disowned with "anything": "I didn't do anything wrong", "has not done anything illegal"
    r"(?:\bnot|\bnever|n['\u2019]t)(?: \w+){0,2} anything (?:wrong|illegal|improper|unlawful|inappropriate|"
    r"untoward)\b",
    # a fault or a tie said not to be there: "his answer was not misleading", "the meeting was not
    # political", "they are not affiliated with the campaign", "I did not have communications with them"
    r"\b(?:is|was|are|were|be|been|['\u2019]s)(?: not|n't|n\u2019t)(?: \w+ly)? (?:illegal|unlawful|improper|"
    r"misleading|inappropriate|corrupt|criminal|partisan|political|politically motivated|affiliated with|"
    r"involved in|a lie|lying|racist|biased|unfair)\b",
    r"\b(?:did not|didn't|didn\u2019t|never|have not|haven't|haven\u2019t|has not|hasn't|hasn\u2019t|had not|"
    r"hadn't|hadn\u2019t)(?: \w+ly)? (?:had|have) (?:any )?(?:contacts?|communications?|conversations?|"
    r"meetings?|dealings|relations?|discussions?|talks?|ties) with\b",
    # a deed justified, so no wrong: "the defendant acted in self-defense", "the encounter was consensual"
    r"\bacted in self[- ]defen[cs]e\b|"
    r"\b(?:was|were|had been|is|are) (?:entirely |fully |completely )?consensual\b",
    # one's words said to be misread: "his comments were mischaracterized", "my remarks have been
    # taken out of context"
    r"\b(?:comments?|remarks?|words|statements?|views?|position|quotes?)\s+(?:\w+\s+){0,2}"
    r"(?:were|was|are|is|have been|has been|had been)\s+(?:\w+ly\s+)?(?:misconstrued|mischaracteri[sz]ed|"
    r"misinterpreted|misrepresented|misquoted|taken out of context|twisted|distorted|misunderstood)\b",
    # the speaker's own denial: "we deny these allegations", "he categorically refuted the claims"
    rf"{SUBJECT}(?:had |has |have )?(?:deny|denies|denied|refute[sd]?|rebut(?:s|ted)?|dispute[sd]?)\b",
    # a stance or deed of one's own disowned: "said he did not support the policy"; the clause may
    # open the content, a quotation's mark before it ("“We did not break any rules”")
    rf"{PERSON_SUBJECT}(?:did not|didn't|didn\u2019t|never) (?:support|endorse|authori[sz]e|approve|order|"
    r"commit|break|lie|mislead|receive|accept|threaten|pressure|attack|harm)\b",
)
# A denial that describes a noun denies nothing. A relative or temporal clause tells what its noun
# is or did ("a candidate [who had not accepted] money", "people [who had nothing to do with] the
# foundation", "[when they have not committed] a crime"); the words of a denial's own clause (DENIAL)
# come right after the relative word and its subject. "that" is left out: it opens reported clauses
# ("said that he had not") as often as relative ones.
RELATIVE_BEFORE = re.compile(
    r"\b(?:who|whom|which|where|when|whenever)\s+(?:(?:he|she|it|they|we|i|you)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:had|has|have|did|does|do|was|were|is|are)\s+)?$",
    re.I,
)
# A denying adjective before its noun qualifies the noun ("killed [innocent] civilians", "otherwise
# [unrelated] frogs", "entered a [not guilty] plea"), and one set off by a comma after its noun ("a
# lung disorder, [unrelated] to the virus") describes it; only as a predicate ("he is innocent",
# "the two were unrelated", "is an innocent man") does it deny.
DENYING_ADJECTIVE = re.compile(r"(?:innocent|unrelated|not guilty)$", re.I)
ATTRIBUTIVE_AFTER = re.compile(
    r"^\s+(?!(?:of|to|until|and|or|but|in|at|on|as|with|from|by|for|because|if|when|while|so|then|"
    r"now|too|either|anyway|here|there|yet|again|after|before)\b)[a-z][a-z-]+\b"
)
PREDICATE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|am|seem(?:s|ed)?|appear(?:s|ed)?|remain(?:s|ed)?|found|"
    r"declared|proven)|['\u2019](?:s|re|m))\s+(?:\w+ly\s+|not\s+|all\s+|both\s+)*(?:(?:an?|the)\s+)?"
    r"(?:\w+ly\s+)?$",
    re.I,
)
APPOSITIVE_BEFORE = re.compile(r",\s*(?:\w+ly\s+)?$")
# Speakers claiming a deed of their own: "said it had carried out the attack".
OWN_DEED = words(
    rf"{SUBJECT}(?:had |has |have )?(?:carried out|was responsible for|were responsible for)\b"
)
# An outcome that ruins a person or a cause, which a condition can hang on (WARNING).
_HARM = (
    r"(?:the end of|a hard time|(?:in|into) (?:\w+ )?trouble|dead in the water|doomed|a (?:\w+ )?disaster|"
    r"disastrous|peril|pay (?:a|the|dearly)|a [\"\u201c']?failure|(?:bound|going|likely) to lose|will lose|"
    r"would lose|['\u2019]ll lose)"
)
WARNING = words(
    rf"\b(?:could|{MAY}|might|would|will|'ll|\u2019ll|going to)\s+(?:\w+\s+){{0,3}}?"
    r"(?:lead to|cause|result in|face|suffer|collapse|die|kill|destroy|worsen|get worse|spread|hurt|harm|"
    # losing a contest is an outcome foretold, not a harm: "he will likely lose this case"
    r"damage|lose(?! (?:the|this|that|his|her|their|its|our|my|your|a|an) (?:\w+ )?(?:case|election|vote|"
    r"race|seat|match|game|battle|bid|appeal|lawsuit|suit|contest|primary|fight)s?\b)|ruin|threaten|endanger|"
    r"be (?:catastrophic|disastrous|devastating|deadly|dangerous|fatal))\b",
    # "can" foretells a harm it is followed by directly: "the presence of foreign forces can be dangerous",
    # "it can lead to war"; a word between ("can help in the face of") takes it elsewhere, and a relative
    # clause tells what its noun does ("encephalitis, which can cause deafness")
    r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\bcan\s+(?:\w+ly\s+|also\s+|even\s+|still\s+)?"
    r"(?:lead to|cause|result in|kill|destroy|damage|harm|hurt|"
    r"endanger|be (?:\w+ly\s+|very\s+|so\s+|extremely\s+)?(?:catastrophic|disastrous|devastating|deadly|"
    r"dangerous|fatal|harmful|damaging))\b",
    # a harm a modal foretells: "would place tremendous stigma on them", "can be really damaging";
    # one the words before it take away ("could prevent suffering") or only speak of ("can talk
    # about the violence") is no warning
    rf"\b(?:could|{MAY}|might|would|will|can|'ll|\u2019ll|going to)\s+"
    r"(?:(?!(?:prevent|reduce|avoid|end|ease|alleviate|relieve|stop|tackle|fight|combat|address|limit|"
    r"lessen|minimi[sz]e|no|not|less|fewer|about|of|over|for|with|from|after|before|during|since)\b)"
    r"[\w-]+\s+){0,4}?"
    r"(?:stigma\w*|harmful|damaging|detrimental|destructive|suffering|hardship|chaos|bloodshed|violence|"
    r"misery|famine|starvation|casualties|irreparable|irreversible|catastroph\w+|disastrous|devastat\w+)\b",
    # strife foretold: "this order could create tension with its allies", "may fuel unrest"
    rf"\b(?:could|{MAY}|might|would|will|'ll|\u2019ll|going to)\s+(?:\w+ly\s+)?(?:create|cause|fuel|spark|"
    r"provoke|inflame|stoke|heighten)\s+(?:\w+\s+)?(?:tensions?|conflicts?|unrest|instability|strife|"
    r"hostility|friction)\b",
    rf"\b{SELF} warn\b",
    # a harm hung on a condition: "if he does not endorse me, that would be the end of his candidacy",
    # "you will have a hard time if you don't adapt", "without the Latino vote he is dead in the
    # water"; the harm is in the main clause (after the condition's comma, or before its "if"), not
    # in the condition ("if you lose a game, …"), and "would have been a failure" looks back
    rf"\b(?:if|unless|without)\b[^,.;!?]{{1,100}},\s*[^.;!?]{{0,80}}?(?<!\bhave been )\b{_HARM}",
    rf"(?<!\bhave been )\b{_HARM}\b[^.;!?,]{{0,60}}\b(?:if|unless)\b",
    rf"\bwithout\b[^,.;!?]{{1,60}}?\b(?:he|she|they|it|we|you|i)\s+(?:is|are|am|was|were|will|would|'s|\u2019s|"
    rf"'re|\u2019re)\b[^.;!?]{{0,40}}?\b{_HARM}",
    # a threat of sanction: "such acts will not be tolerated", "anyone who leaves will be punished"
    r"\b(?:will|would|shall)\s+(?:not|never)\s+be\s+(?:tolerated|allowed|permitted|accepted|forgiven)\b",
    r"\b(?:will|would|shall)\s+be\s+(?:severely\s+|harshly\s+|strictly\s+)?(?:punished|prosecuted)\b",
)
# A refusal or a loss made to hang on another's deed threatens: "no aid will come without reform",
# "he will not sign a budget that does not fund the wall", "we won't return unless they pay".
# Not "would not have been possible without" (thanks for what was done) nor "will not rest
# until" (a vow): the refusal is a present one, and "until" makes it one only after a deed
# withheld, not after resting, stopping or giving up.
CONDITIONAL_THREAT = words(
    r"\b(?:will not|won't|won\u2019t|would not(?! have)|wouldn't(?! have)|wouldn\u2019t(?! have)|will never|"
    r"no (?:\w+ ){1,3}will|there (?:will|would|shall) be no)\b"
    r"(?!\s+(?:rest|stop|give up|quit|relent)\b)"
    r"[^.;:!?]{0,80}?\b(?:unless|without|until|that does not|that do not|which does not|which do not)\b",
    # a sanction of one's own hung on another's deed: "if he runs with West, I will withdraw". The
    # if-clause's subject is another party (a pronoun, a name, a determined noun): "if elected, I
    # will veto …" and "if the report is true, I will resign" promise or give way, they threaten none
    r"\bif\s+(?:he|she|they|you|(?:the|this|that|any|a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?\w+|"
    r"(?-i:(?!I\b|We\b)[A-Z][\w'\u2019-]*))\s+\w+"
    r"[^.;:!?]{0,120}?\b(?:i|we)\s+(?:will|would|shall|'ll|\u2019ll)\s+(?:\w+ly\s+)?"
    r"(?:withdraw|retaliate|strike back|sue|boycott|veto|destroy|obliterate|punish|sanction|"
    r"pull out|walk away|walk out)\b",
)
# A caution against making light of a danger: "no one should take this storm lightly", "never
# underestimate them". It is an admonition (should, must, nobody, never, a command); "we did not
# take this decision lightly" tells of one's own conduct, and "I never take it lightly" too.
_ADMONITION = (
    r"(?:\b(?:should|must|ought to|nobody|no one)\b(?:\s+(?:not|never|ever))?"
    r"|(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )\bnever"
    r"|(?:^\W*|[.!?;:]\s+\W*)(?:do not|don't|don\u2019t))"
)
CAUTION = words(
    rf"{_ADMONITION}\s+(?:be\s+)?(?:take|takes|taken)\s+(?:\w+\s+){{0,3}}?lightly\b",
    rf"{_ADMONITION}\s+underestimate\b",
)
DANGER = re.compile(
    r"\b(?:danger|risks?|threats?|catastrophe|beware|consequences|alarming|alarmed|worrying|worrisome|"
    # "concerning" as an adjective ("that might be more concerning"), not the preposition ("concerning the
    # budget"); "worries me", "a wake-up call"
    r"troubling|concerning(?! (?:the|a|an|his|her|their|its|this|that|these|those|what|how|whether)\b)|"
    r"worries me|wake-up call)\b",
    re.I,
)
NEGATED_BEFORE = re.compile(r"\b(?:no|not|any|without|never)\b(?:\W+\w+){0,3}\W*$", re.I)
# "crisis" is left out: it names a state of affairs ("the AIDS crisis", "a health crisis"), not a
# danger ahead.
# Danger as where someone went ("ran towards danger") tells of their courage, warns of nothing.
TOWARDS = re.compile(r"\b(?:towards?|into|received|receiving|receives)\W*(?:\w+\W+)?$", re.I)
# A danger that is what is talked about or met warns of nothing: "briefed Congress about the threat",
# "we face the threat from the north", "troops to counter terrorist threats", "inadequate to the
# threat"; "a threat to gun rights" and "faces a grave risk" still warn (no article, or "a").
TOPIC_OF = re.compile(
    r"\b(?:about|regarding|concerning|against|inadequate to|respond(?:s|ed|ing)? to|"
    r"(?:face[sd]?|facing|counter(?:s|ed|ing)?|confront(?:s|ed|ing)?|combat(?:s|ed|ing)?|"
    r"fight(?:s|ing)?|fought|tackl(?:e|es|ed|ing)|address(?:es|ed|ing)?)(?: up to)?)"
    r"\W+(?:(?:the|this|that|these|those|such)\W+)?(?:[\w-]+\W+){0,2}$",
    re.I,
)


# A content that is a document doing something: "a decree banning …", "an open letter urging …",
# "a message on Twitter blaming Iran …": the document's verb is the act.
DOCUMENT_VERB = re.compile(
    r"^\W*(?:(?:an?|the|this|that|his|her|their|its|our|my)\s+|(?=new\s))(?:[\w-]+\s+){0,3}?"
    r"(?:decree|letter|statement|message|tweet|post|resolution|order|petition|report|motion|bill|law|note|"
    r"memo|video|communiqu\u00e9|communique|declaration|ruling|verdict|judgment|judgement|complaint|lawsuit|"
    r"suit|appeal|plea|speech|address|editorial|op-ed|column|press release)s?\b"
    r"(?:\s+(?!(?:that|which|who)\b)\S+){0,4}?\s+"
    r"(urging|calling for|calling on|demanding|asking|banning|ordering|requiring|requesting|forbidding|"
    r"prohibiting|blaming|accusing|condemning|criticising|criticizing|denouncing|praising|thanking|"
    r"congratulating|warning|denying|rejecting|threatening|promising|pledging|supporting|endorsing|agreeing|"
    # a rule made to bind: "a new law to mandate reporting", "a bill to require voting by mail"
    r"to (?:mandate|require|ban|prohibit|forbid|compel|force|oblige|outlaw))\b",
    re.I,
)
ACT_OF_DOCUMENT_VERB = {
    **dict.fromkeys("urging calling demanding asking banning ordering requiring requesting forbidding "
                    "prohibiting to".split(), "demand"),
    **dict.fromkeys("blaming accusing condemning criticising criticizing denouncing".split(), "accuse"),
    **dict.fromkeys("praising thanking congratulating".split(), "praise"),
    **dict.fromkeys("warning threatening".split(), "warn"),
    "denying": "deny", "rejecting": "reject", "promising": "promise", "pledging": "promise",
    "supporting": "agree",
    "agreeing": "agree", "endorsing": "agree",
}


# A clause that describes a circumstance or a noun, or asks, not one that addresses anyone:
# "operations where all sparks need to be removed", "rules which must be followed", "if you must
# travel", "whether the video should be released", "not told like it should be".
DESCRIBING_CLAUSE = re.compile(
    r"\b(?:where|wherever|when|whenever|which|whose|unless|until|if|whether|like)\b[^,.;:!?\u2026\u2014]*$",
    re.I,
)
# A thing named by what is, or is to be, done to it, a few words before the modal: "has done what
# they need to do", "what ought to be a real story", "doing everything we need to do", "what he has to
# offer". Pointed at ("that's what my friends should look at", "is what we're going to do") it is the
# deed called for or promised.
FREE_RELATIVE = re.compile(
    r"(?<!['\u2019]s )(?<!\bis )(?<!\bwas )(?<!\bare )"
    r"\b(?:what|whatever|everything)\s+(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)


# A danger named only as where or when something is done ("in areas where piracy is a risk",
# "operations where all risks of sparking must be removed") describes a circumstance.
CIRCUMSTANCE = re.compile(r"\b(?:where|wherever|when|whenever)\b[^,.;:!?\u2026\u2014]*$", re.I)
