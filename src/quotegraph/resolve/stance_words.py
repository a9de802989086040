"""The words of what a speaker holds, in a statement's content: praise, esteem, agreement,
intention, belief, thanks and admission.

PRAISE ("heroes", "proud of"), ESTEEM ("was widely respected"), AGREEMENT ("we support"),
INTENTION ("he plans to", "had no plans to"), BELIEF ("I think", "they fear") and REPORTED_BELIEF
(a reported content that opens with the speaker's belief), OWN_THANKS (a statement opening "we
would like to thank …"), ADMISSION ("deeply regrets this mistake", which states) and PREDICATION
(a judgement said with a form of "be", whose predicate content_acts.py scores for praise). As in
content_words.py, nothing here decides (content_acts.py does), and a word is added the way
content_words.py says. Standard library only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.clause_words import (
    FUTURE,
    MAY,
    PERSON_SUBJECT,
    REPORTED_FUTURE,
    REPORTED_SELF,
    SELF,
    STANCE_NOUN,
    SUBJECT,
    SUBJECT_BE,
    words,
)

PRAISE = words(
    r"\b(?:brave(?:ry)?|heroe?s?|heroic|courage(?:ous)?|proud of|"
    # "thanks to" inside a clause gives a cause, not thanks: "the nickname exists thanks to the governor",
    # "life at the bottom, thanks to Bill Clinton"; "Thanks to everyone who turned out" and "her thanks
    # to the president" thank
    r"thank(?:ed|ful)?(?! (?:god|goodness|heavens?)\b)|thanks(?! to\b)(?! (?:god|goodness|heavens?)\b)|"
    r"(?<![a-z,\u2013\u2014-] )thanks to|"
    r"(?:her|his|my|our|their|your|special|warm|sincere|heartfelt|many|big|huge|deep|deepest) thanks to|"
    r"grateful|gratitude|"
    r"appreciat(?:e|es|ed|ion)|in awe|"
    r"congratulat\w*|fantastic|wonderful|excellent|"
    # words of size that measure a harm praise nothing: "tremendous pressure", "an incredible amount"
    r"(?:amazing|incredible|remarkable|tremendous|extraordinary)"
    r"(?! (?:amounts?|numbers?|pressure|damage|harm|pain|loss|losses|suffering|strain|stress|burdens?|"
    r"risks?|costs?|debts?|problems?|stigma\w*|difficult\w*|challenges?|uncertainty|fear|anger|frustration|"
    r"waste)\b)|"
    # "outstanding" as unpaid or unsettled praises nothing: "an outstanding warrant"
    r"outstanding(?! (?:warrants?|debts?|loans?|balances?|bills?|payments?|fines?|charges?|cases?|"
    r"issues?|questions?|claims?|amounts?|sums?|orders?)\b)|"
    r"inspir(?:ing|ation|ational)|admir(?:e|ed|able)|legend(?:ary)?|pioneer(?:ing)?|"
    r"brilliant|superb|magnificent|great (?:man|woman|leader|friend|player|job|work|personal|contribution)|"
    r"tribute|dedicat(?:ed|ion)|talented|generous|beloved|iconic|honou?red|"
    r"humbled|glad|humble|"
    # a thing enjoyed or a person held up as an example: "that's really neat", "a model of honesty";
    # "cool" wants a demonstrative or "it" as its subject ("the nights will be very cool" is weather)
    r"(?:that|this|it)(?:'s|\u2019s| is| was) (?:pretty|really|so|super) (?:cool|neat)"
    r"(?! (?:today|tonight|outside|overnight|in the|at night|this)\b)|"
    r"(?:is|was|are|were|'s|\u2019s) (?:pretty|really|so|super) neat|role models?|"
    r"(?:a|an|the) model of (?:\w+ )?(?:honesty|integrity|courage|decency|dignity|leadership|excellence|"
    r"grace|kindness|service)|"
    # high marks for a person or their work: "an exceptional player", "a tireless champion of the poor",
    # "well done", "a huge success"; "exceptional circumstances" only mark a case apart
    r"exceptional(?! (?:circumstances?|cases?|measures?|powers?|situations?)\b)|phenomenal|terrific|stellar|"
    r"exemplary|world-class|top-notch|first-rate|impeccable|invaluable|marvell?ous|splendid|fabulous|"
    r"awesome|tireless(?:ly)?|selfless(?:ly)?|devoted|compassionate|kindness|generosity|gentleman|"
    r"impressive|impressed (?:by|with)|well done|good job|kudos|hats off|"
    r"(?:a|an) (?:tireless |great |true |passionate )?champion (?:of|for)|"
    r"(?:a|great|huge|big|resounding|tremendous|real) success|"
    # "we're not happy with it" finds fault, it praises nothing
    r"(?<!not )(?<!n't )(?<!n\u2019t )(?<!never )(?<!not very )(?<!not too )"
    r"(?:happy|pleased|delighted|thrilled|satisfied) (?:with|by|for)|"
    r"(?:played|performed|did|handled) (?:\w+ )?(?:well|brilliantly|superbly|admirably|magnificently)|"
    # a eulogy or a kind word for a rival: "a kind and loving man", "she will be sorely missed", "I wish him
    # well - he's a nice person"
    r"(?:a|an) (?:[\w-]+(?:,| and) )?(?:good|great|wonderful|lovely|kind|gentle|beautiful|decent|fine|nice|"
    r"loving|caring|kind-hearted|warm-hearted|big-hearted|good-hearted) (?:man|woman|person|soul|"
    r"human being|guy|friend|father|mother|husband|wife|son|daughter|boy|girl)|"
    # a public figure commended for what they do: "an effective advocate for Mrs. Clinton", "an able and
    # determined opponent", "a very smart man"; "not a smart man" finds fault
    r"(?<!\bnot )(?<!\bnever )(?:a|an) (?:(?:very|really|truly|extremely|incredibly),? )*"
    r"(?:[\w-]+(?:,| and) )?(?:effective|able|capable|smart|wise|thoughtful|gracious|honou?rable|skilled|"
    r"skillful|formidable|principled|dedicated|determined) "
    r"(?:man|woman|person|leader|candidate|president|senator|governor|mayor|opponent|negotiator|campaigner|"
    r"advocate|fighter|public servant|colleague|legislator|lawmaker|statesman|stateswoman)|"
    r"will (?:be|always be) (?:\w+ly )?missed|"
    # a good heart and an example set, in a tribute: "she has a good heart", "the kind-hearted and caring
    # man", "my mother, who inspired me to study" ("the warmest year on record" is weather)
    r"(?:kind|warm|big|good|soft)-hearted|"
    r"(?:a|such a|has a|had a|have a) (?:good|big|kind|generous|warm) heart|"
    r"inspired (?:me|us|a generation|generations|millions|so many|countless)|"
    # "one of the finest", "remembered for his kindness", "an honour to serve with her", "a great loss"
    r"one of the (?:best|greatest|finest|most (?:talented|respected|gifted|admired|successful))|"
    r"(?:will be |be |is |was )?remembered (?:as|for)|(?:an|a great) (?:honou?r|privilege) to|"
    r"(?:a|such a) (?:great|huge|big|tremendous|terrible|real) loss|"
    r"(?:his|her|their) (?:immense |great |enormous |tireless |many |deep |unwavering |steadfast |lifelong |"
    r"selfless |genuine )?(?:contributions?|service|dedication|"
    r"leadership|commitment) (?:to|for)|"
    # affection or respect for a person: "he respects Clinton", "we love him", "I adore you", "I have
    # great respect for"; "I love that it gives …" and "they love their parents" judge no one
    r"(?:i|we|he|she|they)\s+(?:\w+ly\s+|also\s+|still\s+|do\s+|does\s+|did\s+)?"
    r"(?:love|loves|respect|respects|adore|adores)\s+(?:him|her|you|them|(?-i:[A-Z])\w+)|"
    # the speaker's own liking for a person: "I've always liked Hillary", "Of the four, I like Jane Roe
    # the best"; "he really likes Mr. Trump" tells of another's, "I can't say that I like him" holds back,
    # and "I like Paul, but these are horrible times" concedes before it turns away
    r"(?<!\bsay )(?<!\bsay that )(?:i|we)(?:['\u2019]ve\s+|\s+have\s+|\s+)"
    r"(?:\w+ly\s+|also\s+|still\s+|always\s+)?"
    r"(?:like|liked)\s+(?:him|her|you|them|(?-i:[A-Z])\w+)(?![^.;:!?\u2026]*\bbut\b)|"
    r"(?:great|enormous|tremendous|deep|deepest|huge|immense|utmost|highest|greatest|a lot of|much) "
    r"respect for|"
    # fitness for an office or a task said of a person: "she's clearly experienced", "Hillary's
    # overwhelmingly qualified to be president" ("not qualified" finds fault, fault_words.py)
    r"(?<!\bnot )(?:\b(?:he|she|they|you)|(?-i:\b[A-Z]\w+))(?: is| was| are| were|['\u2019]s|['\u2019]re) "
    r"(?:\w+ly |very |so |extremely |really )*(?:qualified|competent|experienced|intelligent|honest|"
    r"trustworthy|decent|talented|gifted|principled)|"
    r"(?:has|have|had) been nothing but (?:fair|kind|gracious|helpful|professional|supportive|generous|"
    r"great|good|wonderful)|"
    # credit given for a deed: "to his credit, he apologised", "To Maroochydore's credit, they've made some
    # big improvements", "Obama doesn't get the credit he deserves"; "who deserves credit" only asks
    r"\bto (?:his|her|their|its|your|(?:the )?[\w.-]+(?:['\u2019]s|s['\u2019])) credit|"
    r"\bcredit (?:he|she|they|it|you) (?:deserves?|deserved|(?:is|are|was|were) due)|"
    r"(?<!\bwho )(?<!\bwhether )(?:(?-i:[A-Z])\w+|he|she|they|you) (?:\w+ly )?deserves? "
    r"(?:the |some |a lot of |much |more |all the |great )?credit|"
    # someone put above everyone else: "nobody will be more loyal to Israel than Donald Trump", "there has
    # never been a man or a woman more qualified than Hillary Clinton", "Nobody did it better"; "no one is
    # more to blame than" finds fault
    r"(?:\b(?:nobody|no one)(?: (?:will|would|could|has|had|is|was|can))?"
    r"(?: (?:be|ever be|have been|ever been))?"
    r"|\bthere (?:has|have|had) never been (?:a |an |any )?[\w ,\[\]]{0,40}?) "
    r"(?:more|better) (?!to blame\b|responsible\b|guilty\b|dangerous\b|corrupt\b|dishonest\b)[\w-]+"
    r"(?: [\w ]{0,30}?)? than|"
    r"\b(?:nobody|no one) (?:has |had |ever )?(?:done|did|does) (?:it|this|that|the job) better)\b",
    # the speaker's own commendation of someone: "I particularly want to commend Donald Trump", "she
    # applauded him and his supporters for …"; "to praise Putin", "Trump's praise of Boyle" only name one
    rf"{SUBJECT}(?:(?:want|wanted|wish|would like|must|have) to\s+)?"
    r"(?:commend|applaud|salute|hail|laud|praise)(?:s|ed|d)?\s+(?:him|her|them|you|the|our|their|his|its|this|that|these|those|every|all|each|(?-i:[A-Z]))",
)
# Esteem said of someone: a verb of esteem in the passive ("she was widely respected", "he is
# loved by his players") or as an attribute ("a greatly respected colleague"), and a deed called
# right ("the court did the right thing"); "we did the right thing" defends oneself, and "is valued
# at" prices.
ESTEEM = words(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:\w+ly|so|very|much|truly|deeply|greatly)\s+){0,2}"
    r"(?:respected|loved|admired|cherished|revered|adored|esteemed|valued(?! at\b)|appreciated)\b",
    r"(?<!\bi )(?<!\bwe )(?<!\bnot )(?<!n't )(?<!n\u2019t )(?<!\bnever )(?<!\bto )"
    r"\b(?:did|does|has done|had done|have done) the right thing\b",
    # the same as an attribute, with an adverb of degree: "a greatly respected and well liked colleague",
    # "his political expertise deeply valued"; "may not be well liked" withholds it
    r"(?<!\bnot )(?<!\bnot be )(?<!n't be )(?<!n\u2019t be )\b(?:deeply|greatly|highly|widely|well|much|"
    r"universally|hugely|truly)[- ](?:respected|admired|valued|esteemed|loved|liked|revered)\b(?! at\b)|"
    # "highly regarded" esteems; "widely regarded as a failure" only reports a view
    r"(?<!\bnot )\b(?:highly|well)[- ]regarded\b",
)
AGREEMENT = words(
    rf"{SUBJECT}(?:agree[sd]?|support(?:s|ed)?|welcome[sd]?|endorse[sd]?|back(?:s|ed)?|accept(?:s|ed)?)\b",
    rf"\b{SELF}\s+(?:are|am)\s+(?:for|in favou?r of)\b",
    # the same reported, or said with "supportive": "he is in favor of bringing back waterboarding",
    # "she was supportive of the deal"
    rf"{SUBJECT_BE}(?:in favou?r of|supportive of)\b",
    r"\b(?:good idea|right decision|right thing to do|makes sense|understandable)\b",
    # another's stance shared: "I have always shared President Trump's desire to protect our homeland";
    # "we share the same goals" (a sharing of "information" or "a meal" is no agreement)
    rf"{SUBJECT}(?:have |has |had |do |does |did )?(?:\w+ly |also |still |long |always )?shar(?:e|es|ed)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,3}}?{STANCE_NOUN}\b",
)


INTENTION = words(
    rf"{SUBJECT}(?:do not |don't |don\u2019t |does not |doesn't |doesn\u2019t )?"
    r"(?:want(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?|would like|wish(?:es|ed)?|"
    r"would prefer|prefer(?:s|red)?|seek(?:s)?|sought|"
    # a hope, a decision or an attempt of one's own deed is an aim: "she hopes to return", "we have
    # decided to withdraw", "he would try to win them back" ("I hope she wins" hopes, BELIEF)
    r"hope[sd]?|(?:has |have |had )?decided|decides?|(?:will|would|'ll|\u2019ll) (?:try|seek|attempt)) to\b",
    # the same with a form of "be": "we're planning to", "he was determined to", "I am willing to";
    # "we're trying to" tells of an effort under way, it states
    rf"{SUBJECT_BE}(?:planning|aiming|hoping|seeking|intending|determined|willing|prepared|"
    r"looking|eager|keen|resolved) to\b",
    rf"{SUBJECT_BE}considering\b",
    # willingness of one's own: "he was open to having her on the show", "she was uninterested in
    # taking up the post", "I'm not interested in being vice president"
    rf"{SUBJECT_BE}open to\b",
    rf"{SUBJECT_BE}(?:not\s+|no longer\s+)?(?:un|dis)?interested in \w+ing\b",
    rf"{SUBJECT}(?:remains?|remained) (?:\w+ly |still |also )?open to\b",
    # "he might rename the monument" weighs a deed of one's own ("could" only in reported speech,
    # REPORTED_CHOICE); "they might end up winning" befalls them
    rf"{PERSON_SUBJECT}(?:might|{MAY}|can and may) (?!have\b|be\b|not\b|never\b|end up\b)\w+",
    rf"{SUBJECT}(?:are|is|were|was) to \w+",
    rf"{SUBJECT}(?:has|had|have) no (?:plans?|intention) (?:to|of)\b",
    # one's aim named as what is to be done: "our mission is to esteem the 2nd amendment", "its main
    # goal was to push a bipartisan solution", "my intent is only to say what I see"
    r"\b(?:the|our|my|his|her|their|its) (?:(?:main|primary|chief|only|stated|ultimate|first|top) )?"
    r"(?:goal|aim|plan|intention|intent|mission|objective|purpose|ambition) (?:is|was) (?:\w+ly |only )?to\b",
    # one's plans as the subject of what is to be done: "her plans for the new term will begin with
    # the budget", "our aim is to"; "their plans are in disarray" only describes them
    r"\b(?:our|my|his|her|their) (?:plans?|goals?|aims?|intentions?|priorit(?:y|ies)) "
    r"(?:for [^,.;:!?]{1,40}? )?"
    r"(?:(?:will|would) (?!be\b|not\b|never\b|have\b)\w+|(?:is|are) to \w+|includes?)\b",
    # a deed named as an aim: "neutralizing the threat is an aim of the operation"
    r"\b(?:is|was|are|were) (?:an|the|one|our|its|their) (?:of the )?(?:main |primary |chief |key |stated )?"
    r"(?:aims?|goals?|objectives?|purposes?) of\b",
)


# One's own vote to come is an intention, not a promise to anyone: "I'm going to vote in this
# primary for Bernie", "I will be voting for Ted Cruz", "they would vote in the Democratic primary".
OWN_VOTE = words(
    rf"\b{SELF}{FUTURE}\s+(?:be\s+)?vot(?:e|ing)\b",
    rf"{PERSON_SUBJECT}{REPORTED_FUTURE}\s+(?:be\s+)?vot(?:e|ing)\b",
)
# Reported speech backshifts "may" to "could": "said she could attend the hearing next week" weighs
# her deed. Quoted, "we could see that his brand takes a hit" and "he could get 40 percent" only say
# what is possible (content_acts.py tries this one for reported contents only).
REPORTED_CHOICE = words(rf"{PERSON_SUBJECT}could (?!have\b|be\b|not\b|never\b|end up\b)\w+")
# A reported aim not held, told in the past as INTENTION's "doesn't want to" tells it in the present:
# "said he did not want to bring up more bills", "she didn't want to contemplate it". Quoted, "I
# didn't want to stand on the bridge" tells of a past motive, not an aim (content_acts.py tries this
# one for reported contents only).
REPORTED_AIM_NOT_HELD = words(rf"{SUBJECT}(?:did not|didn't|didn\u2019t) (?:want|plan|intend|wish)\s+to\b")


BELIEF = words(
    # "I think I heard three shots" hedges what one perceived, it holds no belief
    rf"{SUBJECT}(?:think|thinks|thought|believe[sd]?)\b"
    r"(?! (?:that )?(?:i|we) (?:heard|saw|noticed|remember|recall)\b)|"
    rf"{SUBJECT}(?:feel|feels|felt|hope[sd]?|fear(?:s|ed)?|"
    r"suspect(?:s|ed)?|doubt(?:s|ed)?|"
    # "we consider how it spreads" examines; "we consider it fair" believes
    r"consider(?:s|ed)?(?! how| what| whether| which| why| where| when)|"
    r"(?:am|is|are|was|were) (?:sure|convinced|confident|"
    r"certain|worried|concerned)|look forward)\b",
    r"\b(?:remain(?:s|ed)?|is|are|am|was|were|feel|feels|felt) [\"\u201c]?(?:\w+ )?[\"\u201c]?"
    r"(?:optimistic|pessimistic|hopeful)\b",
)
# A body that speaks through its spokesperson holds its belief as a plural: "police suspect the
# attackers had been radicalised", "investigators believe the fire was set".
_BODY_THAT_HOLDS = (
    r"(?:the\s+)?(?:police|investigators|detectives|officials|authorities|prosecutors|scientists|researchers|"
    r"doctors|experts|officers)"
)
# A reported content that opens with the speaker's own belief reports the belief, whatever the
# belief is about: "said [she believed he was innocent]" believes, it denies nothing itself; "said
# [he considered Rittenhouse a flight risk]" holds a view, it warns of no danger.
REPORTED_BELIEF = re.compile(
    rf"^\W*(?:that\s+)?(?:{REPORTED_SELF}|{_BODY_THAT_HOLDS})\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:believe[sd]?|think|thinks|thought|suspect(?:s|ed)?|doubt(?:s|ed)?|"
    # a view held of someone or something: "he considered Rittenhouse a flight risk", "she felt the
    # pleas might bring solace"; "considered running" weighs a deed (an intention), "felt like
    # Cinderella", "felt sick" and "felt betrayed" tell how one was, "felt compelled to" why one acted
    r"consider(?:s|ed)?(?! (?:how|what|whether|which|why|where|when|\w+ing)\b)|"
    r"(?:feel|feels|felt)(?! (?:like|as if|as though|sick|ill|well|better|worse|good|bad|fine|great|"
    r"terrible|awful|safe|unsafe|tired|\w+ed)\b))\b"
    r"(?! (?:that )?(?:i|we|he|she|they) (?:heard|saw|noticed|remember|recall)\b)",
    re.I,
)

# A statement that opens by thanking or congratulating praises, whatever else it goes on to
# mention ("we would like to thank them for taking the risk").
OWN_THANKS = words(
    rf"^\W*{SELF}\s+(?:would like to |'d like to |\u2019d like to |want to |wish to |also |again )?"
    r"(?:thank|congratulate|commend|applaud|salute|praise|are grateful|am grateful|are proud|am proud)\b",
)

# A judgement said of someone or something with a form of "be", its predicate captured for its
# valence (content_acts.py): "Sanders is “definitely the most trustworthy of the candidates”",
# "this is your win". The subject is a pronoun, a demonstrative, a name or a possessed noun ("his
# record"); adverbs are passed over whole, and a passive ("was strongly supported by early
# deciders") or a hedge ("was “kind of riding the fence”") judges nothing. The predicate runs to
# punctuation or a word that opens a complement ("best suited [to] get …") or a time ("the best
# conservative candidate [since] Ronald Reagan").
PREDICATION = re.compile(
    r"(?:\b(?:he|she|they|you|it|this|that)|(?-i:\b[A-Z][a-z]+)(?:['\u2019]s\s+\w+)?|"
    r"\b(?:his|her|their|your)\s+\w+)"
    r"\s+(?:is|was|are|were|has been|have been|had been|remains|seems|looks|sounds)\s+"
    r"(?:(?:not\s+)?(?:\w+ly|just|so|very|really|too|quite|pretty|a\s+bit|now|still|also|being)\s+)*+"
    r"(?:(?:a|an|the)\s+)?(?![\"\u201c]?(?:\w+(?:ed|en)|kind of|sort of)\b)"
    r"([\w'\u2019\"\u201c\u201d -]{2,40}?)"
    r"(?=[,.;:!?\"\u201d]|\s+(?:and|but|to|for|in|of|with|who|that|than|as|because|if|when|since|ever|among|after|before)\b|$)",
    re.I,
)

# A speaker owning a fault states it (the guide: admissions state): "deeply regrets this mistake".
ADMISSION = words(
    r"\b(?:regrets?|regretted|apologi[sz]es?|apologi[sz]ed|apology|"
    r"(?:our|my) (?:own )?(?:mistake|error|fault)s?|"
    rf"{SELF} (?:made|make|have made|'ve made|\u2019ve made) (?:a |an |some |many )?(?:\w+ )?"
    r"(?:mistake|error)s?|"
    # a deed owned or corrected as wrong: "her decision to use the account was a mistake", "this was
    # an error and the figure was 115", "he said he made a mistake"; "a mistake by the regulator" blames
    r"(?:was|is|been) (?:a|an) (?:\w+ )?(?:mistake|error)(?! (?:by|of|on the part of)\b)|"
    r"(?:he|she|they) (?:made|had made|has made|have made) (?:a|an) (?:\w+ )?mistake)\b",
)


# A label the speaker puts on themself describes, it judges no one: "describes [himself as “a
# consistent conservative”]", "characterizes [herself as a “change warrior”]", "described [himself as
# her “Obama whisperer”]". A naming verb's quoted label is read for praise or fault (acts.py) only
# when its object is someone else.
SELF_DESCRIPTION = re.compile(r"^\W*(?:himself|herself|themselves|themself|myself|ourselves|itself)\b", re.I)
