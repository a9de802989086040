"""The words of fault in a statement's content: fault found, and a suspected wrong found absent.

ACCUSATION finds fault ("the minister lied", "a shameful betrayal", "failed to act");
WRONG_WITHOUT_DOER and AGENTLESS_PASSIVE find a wrong alleged without anyone named for it ("claimed
[widespread fraud]", "alleged [the vote was rigged]"), which the guide calls a claim; NOTHING_FOUND
and SUSPECTED_WRONG_NOT_FOUND find what a finding says is not there ("no traces of poison"), which
denies. PARTY_JUDGED and NAMED_PARTY_JUDGED find a third party judged with a form of "be"
("She's a fake"), whose predicate content_acts.py scores, and FEELING_OR_PLIGHT a predicate that
says how a party feels or fares. content_words.py, stance_words.py and forecast_words.py have the
tables of the other acts; as there, nothing here decides (that is content_acts.py's and
acts.py's), and a word is added the way content_words.py says. Standard library only.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.I)


# What a finding finds not to be there: "no signs of improvement" is a finding, "no traces of
# poison", "no evidence of wrongdoing", "no sign that the seal was tampered with" deny a suspected
# wrong or its cause (a harmful agent, a link, a fault).
NOTHING_FOUND = re.compile(r"\bno (?:\w+ )?(?:evidence|traces?|signs?|proof|indications?)\b", re.I)
SUSPECTED_WRONG_NOT_FOUND = re.compile(
    r"\bno (?:\w+ )?(?:evidence|traces?|signs?|proof|indications?) (?:of|that|to suggest|linking)\b"
    r"[^.;:!?]{0,60}?\b(?:wrong\w*|foul play|crim\w*|fraud\w*|corrupt\w*|misconduct|negligen\w*|"
    r"tamper\w*|sabotage\w*|manipulat\w*|interfer\w*|abuse\w*|bias\w*|discriminat\w*|cheat\w*|"
    r"dop(?:ing|ed)|brib\w*|theft|stole\w*|foul|illegal\w*|unlawful\w*|violat\w*|breach\w*|"
    r"poison\w*|toxi\w*|explosives?|contaminat\w*|drugs?|alcohol|weapons?|forced entry|struggle|"
    r"links?|connections?|involvement|responsib\w*|caus\w*|lied|leak\w*|attack\w*|assault\w*|"
    r"terror\w*|hack\w*|collusion|coordinat\w*)\b",
    re.I,
)


# Fault found with someone or their deed: a lie, a crime, an outrage, a failure, a bad motive.
ACCUSATION = _words(
    r"\b(?:lied|(?<!-)lying(?! (?:on|in|at|down|under|near|beside|next|face|dead|injured|there|around)\b)|"
    # a lie called one, whatever its epithet: "a “boldfaced lie.”", "a flat-out lie"; "the lie of the
    # land" and "a lie detector" find fault with no one
    r"liars?|lies|(?:a|the|an)\s+[\"\u201c']?(?:(?!(?:and|or|but|to)\b)[\w-]+\s+){0,2}?lie\b"
    r"(?!\s+(?:detector|of the land)\b)|"
    r"(?<!anti-)corrupt(?:ion)?|fraud(?:ulent)?|"
    # the law's own "criminal" names a field, not a wrongdoer: "criminal charges", "a criminal case",
    # "federal criminal laws", "a criminal complaint", "criminal penalties"
    r"criminals?(?! (?:justice|investigat\w*|charges?|cases?|laws?|code|complaints?|penalt\w+|prosecut\w*|"
    r"trials?|courts?|records?|defen[cs]e|lawyers?|proceedings?|referrals?|statutes?|liability|probes?|"
    r"inquir\w+|matters?|division)\b)|"
    r"(?:is|was|are|were|be) (?:illegal|unlawful)|acted (?:illegally|unlawfully)|unconstitutional|"
    r"null and void|broke the law|broken (?:his|her|their|its) promises?|"
    r"betray(?:ed|al)?|disgrace(?:ful)?|shameful|shame on|outrage(?:ous)?|scandal(?:ous)?|"
    r"incompeten(?:t|ce)|irresponsible|reckless|to blame|cover-up|"
    # a duty not done, in any tense: "failed to act", "senators for failing to show leadership", "a
    # naivete that fails to acknowledge tough realities"
    # a result short of a mark blames no one: "the bill failed to pass", "she failed to qualify for the
    # final", "the rocket failed to reach orbit"
    r"fail(?:ed|s|ing) to(?! (?:win|pass|qualify|reach|secure|gain|clear|score|finish|advance|garner|"
    r"attract|muster|receive|earn|get enough|make it|make the)\b)|"
    # the misuse of drugs harms the user, it blames no one: "deaths from the abuse of opioids"
    r"(?<!drug )(?<!substance )(?<!alcohol )(?:abused?|abusing)"
    r"(?! (?:of )?(?:illicit |illegal |prescription )?(?:drugs?|alcohol|substances?|opioids?|narcotics)\b)|"
    r"hypocri(?:sy|te|tical)|racist|sexist|misled|misleading|propaganda|provocation|aggression|"
    # "used in non-infringing ways" finds no fault
    r"war crimes?|violat(?:ed|ion|ing|es)|(?<!non-)infring(?:e|es|ed|ing)|breach(?:ed|es)?|"
    r"neglect(?:ed|ful)?|"
    r"negligen(?:t|ce)|cruel(?:ty)?|inhumane|inappropriate(?! for use)|unjust|unfair|"
    r"unwarranted|appalling|deplorable|despicable|"
    r"pathetic|ridiculous|absurd|stupid|barbar(?:ic|ity|ous)|brutal(?:ity)?|"
    # harm done to a common good, meddling, a motive of distraction: "sowing chaos and division"
    r"sow(?:s|ed|n|ing)? (?:\w+ )?(?:chaos|division|discord|fear|confusion|hatred|distrust|panic)|"
    r"(?:make|makes|made|making) (?:matters|things|the situation) worse|"
    # "unduly influenced" meddles; "not unduly worried" only measures a feeling
    r"unduly (?:influenc\w*|interfer\w*|pressur\w*|restrict\w*)|"
    r"meddl(?:e|es|ed|ing)|"
    # "trying to distract the public from the leaks": the ones distracted may come between
    r"(?:to|in order to|trying to|tried to) (?:distract|divert) (?:[\w'\u2019-]+ ){0,3}?(?:attention )?from|"
    # a purpose of harm imputed to a deed: "an effort to hurt Clinton", "the panel was created to hurt
    # her prospects", "tries to destroy the person"; "an effort to destroy the Islamic State" is a war
    # aim (a demand's), and "an attempt to attack" a plot that police report, so "attack" is left out
    r"(?:efforts?|attempts?|bid|plot|scheme|designed|meant|intended|created|trying|tried|try|tries|"
    r"seeks?|sought) to (?:hurt|harm|damage|destroy|smear|silence|discredit|intimidate|ruin|wreck|"
    r"steal|rig)\b|"
    # "contempt" the legal charge blames nobody by itself: "the contempt resolution"
    r"contempt(?! (?:citations?|resolutions?|charges?|votes?|proceedings?|of (?:congress|court))\b)|"
    # a deed that should (not) have been done faults its doer; "we should have" owns the fault
    r"ruthless|stab in the back|(?<!\bi )(?<!\bwe )should(?: not| never|n't|n\u2019t)? have "
    r"(?:been|done|known|gone|left|made|sent|let|put|told|paid|kept|held|brought|spent|built|cut|set|"
    r"\w+ed|\w+en)|"
    r"cheat(?:ed|ing)?|stole|"
    r"stolen|rigged|"
    # a violent attack ("the worst terrorist attack on our soil") reports a deed, it finds fault with
    # no one; "an attack on the free press" does
    r"(?<!terrorist )(?<!terror )(?<!suicide )(?<!bomb )(?<!missile )(?<!rocket )(?<!armed )"
    r"attack(?:ed|ing)? on(?! (?:\w+ )?soil\b)"
    # nor does an armed attack named by its day or its target's proper name: "the attack on Sunday",
    # "the attack on the Pulse nightclub", "a mortar attack on the annex"
    r"(?<!fatal attack on)(?<!deadly attack on)(?<!mortar attack on)"
    r"(?! (?:(?-i:[A-Z])\w+day|the (?-i:[A-Z])))|"
    r"blame[sd]?|wrongful(?:ly)?|hid(?:e|es|ing|den)?|conceal(?:ed|ing)?|"
    # "we cannot ignore the fact that …" calls for attention, "could ignore the law" supposes
    r"(?<!cannot )(?<!can't )(?<!can\u2019t )(?<!can not )(?<!could )ignor(?:e|es|ed|ing)|"
    r"refused to|goes against|went against|(?<!margin of )error|mistake|fault|"
    # the noun of "refused to", held by its doer: "the Republicans' refusal to consider Garland's
    # nomination", "Trump's refusal to disavow the Klan"; a refusal to comment is only a reply
    r"(?:['\u2019]s?|\b(?:his|her|their|its)) (?:\w+ )?refusal to(?! comment\b)|"
    # conduct called offensive: "it was offensive to Native Americans", "he has really been offensive",
    # "found it offensive"; "offensive content" and "the army's offensive" only name a kind
    r"(?:\b(?:is|was|are|were|be|been)|\b(?:it|that|this|he|she|what)['\u2019]s|"
    r"\bfound (?:it|them|this|that)) (?:\w+ly |very |so |just )*offensive\b|"
    # a party answerable for a harm: "the 43rd president was responsible for the terrorist attacks";
    # a duty or a good one is responsible for ("was responsible for cleaning up the voter rolls", "is
    # responsible for the security of the plants", "for higher voter turnout") finds no fault
    r"(?:is|are|was|were) (?:\w+ )?responsible for (?:(?:the|these|those|this|that|his|her|their|its|our|all|"
    r"many|several|most|some|at least|more than|\d[\d,]*) )*(?:[\w'\u2019-]+ ){0,3}?"
    r"(?:deaths?|killings?|killing|murders?|attacks?|bombings?|shootings?|massacres?|atrocit(?:y|ies)|"
    r"violence|crash(?:es)?|collapse|disasters?|destruction|damage|losses|crisis|crises|mess|chaos|"
    r"failures?|deficits?|leaks?|breach(?:es)?|hacks?|outbreaks?|spread|fires?|explosions?|abuses?|"
    r"injur(?:y|ies)|casualties|suffering|harm|problems?|mistakes?|errors?)\b|backed by|"
    # a harm laid at a party's door: "the crash was “likely” Iran's doing"; "he's doing well", "that's
    # doing good" are a pronoun's "is", and "Trump's doing his own thing" goes on as a verb
    r"\b(?!(?:he|she|it|that|what|who|there|here|one|this|everyone|everybody|someone|somebody|nobody)"
    r"['\u2019]s)[\w.-]+(?:'s|\u2019s) doing(?=\s*(?:[^\w\s]|$))|"
    # insults, mockery and the charge of acting in bad faith
    r"insult(?:s|ed|ing)?|bull(?:y|ies|ied|ying)(?! pulpit)|slap in the face|mockery|"
    # a virtue or a duty found wanting: "showed a lack of political will", "a lack of character", "the
    # lack of cooperation from the State Department"; "a lack of resources" or "of support" is a want
    r"lack of (?:understanding|respect|transparency|accountability|leadership|action|competence|character|"
    r"discipline|cooperation|(?:political )?will\b|judge?ment|integrity|honesty|candou?r|preparation|"
    r"preparedness|oversight|vision|seriousness|empathy|compassion|decency|courage)|"
    # too little done, too little grasped: "nowhere near enough", "a very primitive understanding of"
    r"nowhere near enough|not nearly enough|far from enough|"
    r"(?:does|do|did)(?: not|n't|n\u2019t) go far enough|"
    # a politician's record or sums found wanting: "weak on immigration", "soft on crime", "his
    # numbers don't add up", "she's done a horrible job", "has no business being our president"
    r"(?:weak|soft) on (?!(?:the|a|an|his|her|their|its)\b)|"
    r"(?:does|do|did)(?: not|n't|n\u2019t) add up|"
    r"(?:done|did|doing|does) (?:a|an|such a) (?:\w+ )?(?:terrible|horrible|lousy|poor|bad|awful|miserable|"
    r"pathetic|abysmal|dismal) job|"
    r"(?:has|have|had) no business (?:being|running|serving|leading)|"
    # a view or deed called wrong: "the state is wrong to ban fracking", "she's wrong!"; "we were
    # wrong" owns a fault, "something was wrong" finds one with no one
    r"(?<!\bi )(?<!\bwe )(?<!thing )\b(?:is|are|was|were|['\u2019]s|['\u2019]re)\s+"
    r"(?:(?:\w+ly|so|just|very|simply|dead|all)[\s,]+)*wrong\b(?! (?:with|about)\b)|"
    r"(?:no|little|primitive|poor|shallow|rudimentary) (?:grasp|understanding|knowledge) of|"
    # someone else's ignorance of what they speak of: "Trump doesn't understand the first thing about",
    # "the candidates left just don't understand the military", "He doesn't have a clue", "did not know
    # what he was talking about"; "I don't understand why …" puzzles, it finds no fault
    r"(?<!\bi )(?<!\bwe )(?<!\bi just )(?<!\bwe just )(?<!\bi really )(?<!\bwe really )"
    r"(?:does|do|did)(?:n['\u2019]t| not) (?:even |really |seem to |appear to )?"
    r"(?:understand|get it\b|have a clue|"
    r"know what (?:he|she|they|you)(?:['\u2019](?:s|re)| is| are| was| were) (?:\w+ )?talking about)|"
    r"(?<!\bi )(?<!\bwe )(?:has|have|had) no clue|"
    r"(?:political|cynical|publicity) (?:maneuver|manoeuvre|ploy|stunt|game)s?|"
    r"as (?:a |an )?(?:terrorists?|traitors?|criminals?|extremists?|thugs?|liars?|fascists?|murderers?)|"
    r"(?:is|are|was|were|be) (?:\w+ )?(?:unnecessary|needless|pointless|senseless)|"
    # negative evaluation of an agent or their conduct
    r"unlawful(?:ly)?|undemocratic|anti-democratic|authoritarian|oppressive|repressi(?:ve|on)|tyrann\w*|"
    r"suppress(?:ed|es|ing|ion)?|crack(?:ed|ing)? down on|phony|phoney|nasty|idiots?|idiotic|"
    r"shameless|dishonest|disgusting|vile|hateful|bigot(?:ed|s|ry)?|xenophob\w*|arrogan(?:t|ce)|"
    r"cowardly|greed(?:y)?|manipulat(?:e|ed|es|ing|ion)|undermin(?:e|ed|es|ing)|sabotag(?:e|ed|es|ing)|"
    r"obstruct(?:ed|ing|ion)|smear(?:ed|s)?|slander(?:ous)?|defamat\w+|witch[ -]hunt|sham|farce|"
    # "a national embarrassment"; being embarrassed is a feeling. A hoax said to be one denies (DENIAL)
    r"embarrass(?:ment|ing)|hoax(?:es)?|"
    r"politically motivated|lawless(?:ness)?|mismanage\w*|incapable|inept|"
    # wrongs done to someone
    r"abusive|disfigur\w*|tortur(?:e|ed|ing)|harass(?:ed|ing|ment)|"
    r"intimidat(?:e|ed|ing|ion)|persecut(?:e|ed|ing|ion)|"
    # blame for doing nothing; "we did nothing", "I can do nothing but wait" blame nobody
    r"(?<!\bi )(?<!\bwe )(?<!\bcan )(?<!\bcould )(?<!\bto )"
    r"(?:did|does|do|done|doing) (?:nothing|too little|little or nothing)|not doing (?:enough|anything|"
    r"(?:its|their|his|her|your) job)|too little,? too late|turn(?:s|ed|ing)? a blind eye|"
    r"(?:remains?|remained|stays?|stayed|kept|keeps) silent|(?:or|and) (?:actually |really )?not doing|"
    # going against a norm, like violating it: "conflicts with the country's traditions"
    r"(?:conflicts? with|at odds with|contrary to|incompatible with|runs? counter to|in breach of|"
    r"in violation of) (?:the |our |its |their |his |her |international |\w+(?:'s|\u2019s) )?(?:\w+ )?"
    r"(?:laws?|constitution|traditions?|customs?|values|principles|rules|norms|obligations|rights|"
    r"resolutions?|treat(?:y|ies)|charter|agreements?|spirit)|"
    # imputing a hidden motive: "the true intent of the delay was to stifle debate"
    r"(?:true|real|actual|hidden|ulterior|underlying|secret) (?:intent|intention|purpose|motive|motivation|"
    r"reason|aim|agenda)s? (?:(?:of|behind|for) [^.;:!?]{1,60}? )?(?:was|is|were|are) to \w+|"
    # imputing a self-serving motive: "did it purely for political gain", "only doing this to win votes";
    # "resigned for personal reasons", "the meeting was for personal reasons" give a private cause
    r"(?:for|out of) (?:a |purely |only |simply )?(?:political|partisan|electoral|selfish|personal) "
    r"(?:(?<!personal )reasons?|gain|motives?|motivations?|purposes?|ends|advantage|interests?)|"
    r"(?<!\bi )(?<!\bwe )(?:just|only|simply|merely|solely) (?:doing|did|does|do) "
    r"(?:this|that|it|so) (?:to|for)|"
    r"to (?:win|buy|gain|curry) (?:\w+ )?(?:elections?|votes?|favou?r|popularity)|"
    r"cover(?:s|ed|ing)? (?:it |this |that |them )?up|circumvent(?:s|ed|ing)?|"
    # conduct judged against morals or the law: "unethical and unprofessional", "an illegitimate
    # government", "a blatant violation", "a power grab", "genocide"
    r"unethical|immoral|illegitimate|unprofessional|disrespect(?:ful|ed|s|ing)?|unconscionable|"
    # the manner of a deed judged with the adverb of a word above: "treated her family disrespectfully",
    # "are unfairly maligning his record" ("brutally" is left out: "was brutally murdered" reports)
    r"(?:disrespectful|irresponsib|reckless|dishonest|unfair|unjust|improper|inappropriate|cruel|"
    r"shameful|arrogant|incompetent|deceptive|deceitful|negligent|hypocritical|cynical|ruthless|"
    r"shameless|outrageous|disgraceful|scandalous|unethical|unprofessional)ly|"
    r"indefensible|inexcusable|unforgivable|abhorrent|reprehensible|egregious(?:ly)?|heinous|atrocious|"
    r"deceitful|deceptive|dishonesty|inflammatory|divisive|incite(?:s|d|ment)?|inciting|"
    r"discriminat(?:ory|ed|es|ing)|racism|misogyn\w*|homophob\w*|transphob\w*|anti-?semit\w*|"
    r"islamophob\w*|blatant(?:ly)?|flagrant(?:ly)?|power grab|abuse of (?:power|office|authority)|"
    r"genocid\w*|ethnic cleansing|crimes against humanity|cowards?|thugs?|puppets?|tone[- ]deaf|"
    r"out of touch|clueless|capitulat\w*|cave[sd]? (?:in|to)\b|"
    # a failure laid at a door: "an utter failure", "has failed the victims"
    r"(?:utter|complete|total|abject|dismal|colossal|massive|spectacular|systemic|proven) failures?|"
    # a story made up, an unwillingness to act, dismay at conduct: "she just made it up", "an
    # unwillingness to go deep into policy", "would be so appalled at these candidates"; "I am
    # unwilling" speaks of oneself ("incendiary" is left out: "his incendiary style" describes as often)
    r"(?:made|makes|making) (?:it|the story|that|this|things|stuff) up\b|"
    r"(?<!\bi am )(?<!\bi'm )(?<!\bi\u2019m )(?<!\bwe are )(?<!\bwe're )(?<!\bwe\u2019re )unwilling(?:ness)?|"
    r"(?:appalled|disturbed|outraged|disgusted|angered) (?:at|by)|"
    # a want laid at someone's door: "his lack of background on these issues", "Trump's own lack of
    # charitable giving", "was generally lacking in the kind of care"; "the lack of a warning" blames no
    # one, and "Clinton's lack of support from young voters" weighs her chances
    r"(?:\b(?:his|her|their)|['\u2019]s) (?:own )?lack of(?! support\b)|"
    r"(?:is|was|are|were) (?:\w+ly )?lacking in|"
    # "have failed the American people": the people failed may have an adjective
    r"fail(?:ed|s|ing) (?:us|them|the (?:[\w-]+ )?(?:people|public|country|nation|victims|families|children|"
    r"community|citizens|voters|workers|veterans))|"
    # a record called a failure: "the same failed policies", "a failed leader", "the failed Obama-Clinton
    # foreign policy"; "a failed coup", "our failed ventures" and "failed states" name no one's fault
    r"(?<!\bour )(?<!\bmy )failed (?:[\w-]+ ){0,2}(?:polic(?:y|ies)|leaders?(?:hip)?|candidac(?:y|ies)|"
    r"candidates?|presidenc(?:y|ies)|agendas?|administrations?|approach(?:es)?|strateg(?:y|ies))\b|"
    # a person, or what they say or do, called dangerous: "he's dangerous", "what Trump is saying is
    # dangerous"; "a dangerous moment", "dangerous for predators" speak of a danger (WARNING's)
    r"(?:\b(?:he|she|they)|(?-i:\b(?!We\b)[A-Z]\w+)|\bwhat (?:he|she|they|(?-i:[A-Z]\w+)) (?:is |are |was )?"
    r"(?:saying|says|said|does|did|doing|proposes|proposed|proposing|wants))"
    r"(?: is| was| are| were|['\u2019]s|['\u2019]re) (?:\w+ly |very |so |too |really |just )*dangerous\b|"
    # a party's words or choice judged bad: "it's a horrific comment to make", "This ad that Trump released
    # today is horrific", "she's made a bad decision in avoiding Louisiana", "It was Monica! terrible
    # choice"; one's own bad decision owns it, and "how bad choices could drag down" anyone is no one's
    r"(?<!\bi made a )(?<!\bwe made a )\b(?:bad|terrible|horrible|awful|horrific|lousy) "
    r"(?:decision|judge?ment|choice|comment|remark)\b|"
    r"\b(?:ads?|comments?|remarks?|rhetoric|statements?|tweets?|language)(?: [\w'\u2019-]+){0,5}? "
    r"(?:is|was|are|were) (?:\w+ly |so |very |just |really |quite )*"
    r"(?:horrific|horrible|terrible|awful|disgraceful|appalling)\b|"
    # a person or a leader called weak: "He is a weak candidate!", "she's weak", "we can't be soft and
    # weak like our politicians", "the president's policy as weak and ineffective"; "the weak August
    # performance", "weak spots", "our weak borders" and "Sales were weak" speak of no one's failing
    r"\b(?:he|she)(?: is| was|['\u2019]s) (?:\w+ly |very |so |too |really |just |totally )*[\"\u201c]?weak\b|"
    r"\bweak (?:candidates?|leaders?(?:hip)?|presidents?|nominees?|negotiators?|politicians?)\b|"
    r"\b(?:soft|weak) and (?:weak|ineffective|soft|feckless)\b|"
    # partisan advantage put before the public good: "played politics with women's health"; a duty forsaken
    r"play(?:s|ed|ing)? politics|dereliction|"
    # a third party, or what they did, said to want honesty or fairness: "she is not honest and
    # trustworthy", "Clinton was not truthful", "it's not fair", "Trump isn't a conservative", "that is
    # not good enough"; "I'm not ready", "we weren't fair" speak of oneself
    r"(?:\b(?:he|she|they|it|that|this)|(?-i:\b(?!We\b)[A-Z][a-z]+))"
    r"(?: is| was| are| were|['\u2019]s|['\u2019]re)(?: not|n['\u2019]t) "
    r"(?:\w+ly |very |really |so |even |exactly )*(?:honest|trustworthy|truthful|fair|"
    r"a (?:real |true )?conservative|good enough)\b|"
    # condemnation: "we condemn this attack"; a sentence ("condemned to death") blames no one
    r"condemn(?:s|ed|ing)?(?! to\b)|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|"
    # conduct found wanting: "an inadequate response", "poor handling", "wasted taxpayers' money", "had
    # no right to", "heavy-handed", "a biased report", "misrepresented the facts"
    r"inadequate|insufficient(?! (?:evidence|funds|data|information)\b)|"
    r"poor (?:handling|management|judge?ment|decisions?|leadership|planning|response|communication)|"
    r"wast(?:ed|ing) (?:\w+ )?(?:money|taxpayers|resources|funds|time)|squander\w*|"
    r"(?:has|had|have) no right to|overreach\w*|excessive force|heavy-handed|draconian|cynical|"
    r"self-serving|biased|one-sided|distort(?:ed|s|ing|ion)|misrepresent\w*|"
    # acting with disregard: "without regard for the victims", "with no thought as to who paid"
    r"(?:without|with no|with little) (?:\w+ )?(?:regard|thought|concern|care|consideration) "
    r"(?:for|to|as to|about)|"
    # a person or their conduct found unfit or of bad character: "extremely careless", "a vicious,
    # selfish culture", "a petulant child", "is not qualified to run", "lacks the temperament to
    # lead", "the same fundamental flaws"; "my flaws" owns them, "a qualified nurse" judges nothing
    r"careless(?:ly|ness)?|selfish(?:ly|ness)?|vicious(?:ly)?|petulant|maniacal|unhinged|"
    # contempt and callousness: "particularly insensitive", "a person of unredeemable callousness",
    # "share my disgust", "she cannot be trusted", "inversions are unpatriotic", "caustic attacks"
    r"insensitiv(?:e|ity)|callous(?:ly|ness)?|disgust|untrustworthy|(?:cannot|can't|can\u2019t) be trusted|"
    r"unpatriotic|caustic|vulgar(?:ity)?|fascists?|"
    r"unfit|unqualified|not [\"\u201c']?(?:qualified|fit) (?:to|for)|"
    r"lack(?:s|ed|ing)? (?:the |any )?(?:\w+ )?(?:temperament|judge?ment|credibility|integrity|"
    r"competence|decency)|"
    # a party's fitness called into doubt: "questioned her judgment", "to question Cruz's temperament",
    # "raised questions about his judgment"; "questions about the timeline" doubt a fact, not a person,
    # and "no doubts about his integrity", "nobody questions her honesty" vouch for one; "the ruling will
    # raise questions about the agency's competence" foretells doubt, it finds no fault yet; "doubts over
    # his fitness" are a player's injury, not a fault
    r"(?<!\bno )(?<!\bnot )(?<!\bnever )(?<!\bnobody )(?<!\bno one )(?<!n't )(?<!n\u2019t )"
    r"(?<!\bwill raise )(?<!\bwould raise )(?<!\bcould raise )(?<!\bmay raise )(?<!\bmight raise )"
    r"(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
    r"(?:question(?:s|ed|ing)?|doubts?|doubted|doubting) (?:(?:about|over|regarding) )?"
    r"(?:(?:his|her|their|your)|(?:the )?[\w.-]+(?:['\u2019]s|s['\u2019])) (?:[\w-]+ )?"
    r"(?:judge?ment|temperament|character|integrity|honesty|competence|credibility|truthfulness|"
    r"trustworthiness|sincerity|motives?|loyalty|patriotism)\b|"
    r"(?:fundamental|serious|fatal|deep|basic) flaws|(?:deeply|fundamentally|seriously|fatally) flawed|"
    # a party held to answer for a wrong: "held the rail operator responsible", "is not absolved of
    # liability", "should be held liable"; "I hold myself accountable" owns a fault (ADMISSION)
    r"(?:hold|holds|held|holding) (?!myself\b|ourselves\b)(?:[\w'\u2019-]+ ){1,4}(?:responsible|accountable|"
    r"liable)|not absolved of|(?:is|are|was|were|be|been) (?:held )?liable|"
    # a party that must answer for a wrong, or bears the blame for it: "should be held fully
    # accountable", "directly responsible for the attack", "bear some of the responsibility for",
    # "the responsibility rests with the candidate"; "I take full responsibility" owns it (states)
    r"(?:be|been|being) held (?:\w+ )?(?:accountable|responsible)|"
    r"(?:directly|personally|partly|partially|largely|solely|ultimately|primarily|squarely) responsible|"
    r"(?<!\bi )(?<!\bwe )bears? (?:\w+ )?(?:of )?(?:the )?(?:\w+ )?(?:responsibility|blame) for|"
    r"(?:responsibility|blame) (?:for [^.;:!?]{1,60}? )?(?:lies|rests|lay|rested) (?:squarely )?with|"
    # a deed of bad faith, deceit or abuse of office said of someone: "tried to deceive us", "is flouting
    # the constitutional process", "has mocked a disabled reporter", "scapegoating", "politicized the
    # tragedy", "defrauded investors"; no literal deed ("abandoned the vessel", "hijacked a plane") or
    # topic of a charge ("charges of mishandling classified information") is among them
    r"deceiv(?:e|ed|es|ing)|falsif(?:y|ied|ies|ying)|fabricat(?:ed|ing)|exaggerat(?:ed|ing)|"
    r"slander(?:ed|s|ing)?|mock(?:ed|s|ing)|ridicul(?:e|ed|es|ing)|flout(?:ed|s|ing)|"
    r"disregard(?:ed|s|ing)?|shirk(?:ed|s|ing)|bungl(?:e|ed|ing)|botch(?:ed|ing)?|overstep(?:s|ped|ping)|"
    r"usurp(?:ed|s|ing)?|pander(?:ed|s|ing)|kowtow\w*|flip-flop\w*|renege[ds]?|reneging|"
    r"stonewall(?:ed|s|ing)|whitewash(?:ed|es|ing)?|scapegoat(?:ed|s|ing)|demoni[sz](?:e|ed|es|ing)|"
    r"vilif(?:y|ied|ies|ying)|weaponi[sz](?:e|ed|es|ing)|politici[sz](?:e|ed|es|ing)|swindl\w*|"
    r"defraud\w*|embezzl\w*|extort(?:s|ed|ing)|"
    # contempt shown to a party: "the way the Clinton operation disparaged women", "work by the elite to
    # belittle working people", "Mexicans laugh at our tragedies"; a promise "not to demean or
    # disparage" him, a "non-disparagement" clause and a "demeanor" find none
    r"(?<![-\w])(?<!not to )(?<!not to \")(?<!not to \u201c)(?<!\bor )(?:disparag(?:e|es|ed|ing)|"
    r"belittl(?:e|es|ed|ing)|denigrat(?:e|es|ed|ing)|demean(?:s|ed|ing)?)\b|"
    r"laugh(?:s|ed|ing)? at (?:us|our|him|her|them|you|the (?:\w+ )?(?:people|police|country|victims|"
    r"voters)|(?-i:[A-Z])\w+)\b|"
    # a figure of speech of blame, which says nothing but the fault: "the Administration is kicking the
    # can down the road", "talking out of both sides of his mouth", "Some staffer screwed up", "peddling
    # fiction", "spin the fiction that", "no one could push this under the carpet", "Clinton's aides were
    # dragging their feet", "a dog whistle to his supporters"; "I screwed up" owns a fault, "I can't mess
    # this up" fears one, "as messed up as" compares, "cherry-picking" districts is a tactic, and "drug
    # peddlers" or "dropped the ball" (a rugby report) name a deed
    r"kick(?:s|ed|ing)? the can down the road|"
    r"(?:talk|speak)(?:s|ed|ing)? out of both sides of (?:his|her|their|its|your) mouths?|"
    r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )(?<!\bi really )(?<!\bas )"
    r"(?:screwed|messed) (?:it |this |that |things |everything )?up\b|"
    r"peddl(?:e|es|ed|ing) (?:\w+ ){0,2}?(?:lies|fiction|falsehoods?|myths?|nonsense|conspirac(?:y|ies)|"
    r"propaganda|misinformation|disinformation|fear|hate)\b|influence[- ]peddl\w+|"
    r"spin(?:s|ning)? (?:the|a|this|that) (?:fiction|myth|fairy tale)|(?:this|that) (?:fiction|myth) that|"
    r"(?:goes|go|went|going) nowhere near far enough|"
    r"sow(?:s|ed|n|ing)? (?:the )?seeds? of (?:\w+ )?(?:doubt|division|discord|distrust|hatred|uncertainty|"
    r"fear|chaos|confusion)|"
    r"(?:sweep(?:s|ing)?|swept|push(?:es|ed|ing)?|brush(?:es|ed|ing)?) (?:\w+ ){0,2}?"
    r"under the (?:rug|carpet)|"
    r"cherry-?pick(?:s|ed)\b|cherry-?picking (?:the|his|her|their|its|our|data|facts|evidence|quotes)\b|"
    r"dragg(?:ed|ing) (?:their|his|her|its|your|our) feet|drags (?:their|his|her|its) feet|"
    r"dog[- ]whistles?|scare tactics?|race[- ]baiting|fear[- ]?monger(?:s|ing)?|"
    # wealth drained from a place by a party: "They are sucking trillions of dollars out of our country",
    # "Our jobs are being sucked out of our states"; "sucking all the oxygen out of the room" takes attention
    r"suck(?:s|ed|ing)? (?:\w+ ){0,2}?(?:money|dollars|jobs|wealth|trillions|billions|millions) "
    r"(?:\w+ )?out of|"
    r"(?:money|dollars|jobs|wealth) (?:are |is |were |was |being |been |have been |has been )*sucked out of|"
    # harm, deceit or betrayal laid at a party's door: "Trump has already imperiled the nation", "deeds
    # betraying their words", "Israel was sold out by Kerry and Obama", "he's really dishonoring that
    # support", "pretending like Donald Trump isn't happening", "donations that call into question the
    # independence of the bank", "thin-skinned"; "were not imperiled", "I'm
    # not calling into question", "can be called into question" find none, and "I kept quiet and
    # pretended nothing had happened" tells one's own deed (the past is left out)
    r"(?<!\bnot )(?<!n't )(?<!n\u2019t )(?<!\bnever )(?:betray(?:s|ing)|imperil(?:s|ed|led|ing|ling)?|"
    r"dishono(?:u)?r(?:s|ed|ing)?|sold (?:\w+ )?out by|"
    r"(?:sold|sell|sells|selling) (?:us|them|him|her) out|pretend(?:s|ing)|"
    r"(?<!\bbe )call(?:s|ed|ing)? into question|thin-skinned|"
    r"(?:threw|thrown|throw|throws|throwing) (?:\w+ ){1,3}under the bus)\b|"
    # mockery by a name of contempt for a person or their words: "a con artist", "an orange buffoon",
    # "you are a total loser", "Crooked Hillary", "very dumb political statements"; "so-called losers
    # in the transition" and "winners and losers of trade" name the side that loses, no one's fault
    r"con (?:man|men|artists?)|buffoon\w*|clowns?|charlatans?|demagogues?|lunatics?|morons?|moronic|"
    r"(?<!so-called )(?<!winners and )(?<!winners or )losers?(?! (?:in|of)\b)|crooked|low[- ]energy|"
    r"dumb(?:er|est)?|dop(?:e|ey)|lightweights?|nitwits?|imbeciles?|(?<!knee-)jerks?|sleazy|scumbags?|wackos?|"
    r"crackpots?|(?:socio|psycho)paths?|crooks?|tyrants?|dictators?|fat cats?|"
    # a people or a person called criminals or traitors to their side: "They're rapists", "a referee
    # who is a hater of Jane Roe", "Republican officeholders who endorse Trump are sellouts"
    r"rapists?|haters?|sell-?outs?|"
    # a third party said not to care or to grasp: "Hillary doesn't even care anymore", "this guy
    # doesn't care about the middle class", "the doctor simply doesn't get it", "Trump doesn't have a
    # clue"; "I don't care" and "we don't understand why" speak of oneself
    r"(?:\b(?:he|she|they|it|who|(?:the|this|that) \w+|(?-i:(?!We\b)[A-Z]\w+))"
    r"(?: (?:\w+ly|just|still|even))?) "
    r"(?:does not|doesn't|doesn\u2019t|do not|don't|don\u2019t|did not|didn't|didn\u2019t)"
    r"(?: (?:\w+ly|even|just|seem to|appear to))? (?:care about|care\b(?= anymore| at all|\W*$)|understand|"
    r"have a clue|get it)|"
    # a person who puts themself above the law, a deed or word ruled out of public life: "Clinton thinks
    # she's above rules & the law", "his comment has absolutely no place in American democracy";
    # "no one is above the law" and "they are not above the law" state a principle
    r"(?<!\bnot )(?<!\bno one is )(?<!\bnobody is )(?<!\bno one's )above (?:the )?(?:rules|law)|"
    r"(?:has|have|had|got) (?:\w+ )?no place (?:in|on)|\bno place (?:at all )?for|"
    # shame called on someone: "Judge Curiel should be ashamed of himself"; "ashamed of myself" owns it
    r"(?:should|ought to) be ashamed|ashamed (?:of|that)(?! (?:myself|ourselves)\b)|"
    # disappointment with what someone did is a reproach: "we are very disappointed Donald Trump has
    # decided to drop out", "was dismayed to learn that the company allows"; "a disappointing finish"
    # only rates a result
    r"(?:disappointed|dismayed)"
    r"(?: (?:that|by|with|in|at|to (?:see|learn|hear|read))\b|(?= (?-i:[A-Z])\w+)))\b",
)


# A name for a wrongdoer, or a mocking "so-called", in a label a naming verb puts on someone: "called
# [Trump a “climate arsonist”]", "referred to [Robart as a “so-called judge”]". A general valence
# lexicon (VADER's) knows none of these. Outside a label they mostly name real offenders ("police
# arrested the arsonist", "the killer fled"), so only labels are read for them (acts.py).
LABELLED_WRONGDOER = re.compile(
    r"\b(?:so-called|arsonists?|thie(?:f|ves)|murderers?|killers?|criminals?|terrorists?|extremists?|"
    r"vandals?|gangsters?|mobsters?|looters?|warmongers?|traitors?|crooks?|sociopaths?|psychopaths?|"
    r"tyrants?|dictators?|bigots?|racists?)\b",
    re.I,
)


# A wrong named without anyone who did it: "claimed [widespread voter fraud]", "alleged [Navalny was
# poisoned]". The guide calls an allegation that accuses no person a claim. "A fraud" is someone or
# something called one ("claiming [Trump University is a fraud]"): its doer is named.
WRONG_WITHOUT_DOER = re.compile(
    r"\b(?<!\ba )(?<!\ban )(?<!\bcomplete )(?<!\btotal )(?<!\butter )(?:fraud(?:ulent)?|rigged|stolen)\b"
    r"(?!\s+by\b)",
    re.I,
)
AGENTLESS_PASSIVE = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'\u2019.-]+\s+){1,6}?(?:was|were|is|are|had been|has been|have been)\s+"
    r"(?:\w+ly\s+)?(?:\w+ed|\w+en)\b(?![^.;:!?]*\bby\b)",
    re.I,
)


# A hostile deed laid at someone's door: "claimed [Houthis have attacked journalists]", "claimed
# [violent protesters were sent by the government]", "claim [they were retaliating against missile
# attacks from Azerbaijan]". Said by a neutral cue it may only report a deed ("police said the man
# attacked a guard"); under a cue of contested assertion (acts.py) it accuses the doer. The noun
# ("his attacks", "claimed responsibility for the attacks") and the gerund lay nothing at anyone's door.
HOSTILE_DEED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?attacked\b|"
    r"\b(?:was|were|is|are|had been|have been|has been)\s+(?:\w+ly\s+)?"
    r"(?:sent|paid|hired|funded|organi[sz]ed|orchestrated|staged|planted|instigated)\s+by\b|"
    r"\bretaliat(?:ed|ing|es?)\s+(?:against|for)\b",
    re.I,
)


# A judgement of a third party said with a form of "be": "He's so terrible", "You're very rude",
# "Trump is unelectable", "She's a fake". content_acts.py scores the predicate (group 1) with a
# general valence lexicon, as it does for praise, and leaves out a feeling or a plight
# (FEELING_OR_PLIGHT). The subject is someone else: a name, or in a quotation "he", "she", "they" or
# "you" (in reported speech those are often the speaker: "said she was wrong" owns a fault). A
# name's "'s" is left out, being mostly a possessive ("Clinton's war").
_NOT_A_NAME = (
    r"(?!(?:He|She|They|You|It|This|That|These|Those|There|What|We|I|The|A|An|And|But|If|In|On|So|Our|My|His|Her|Their|Its|One|"
    r"All|Some|Both|Each|Every|No|Not|Now|Then|When|Where|Here|Today|Yesterday|However|Well|Yes|Oh|"
    r"Things|People|Life|Times|Everyone|Everybody|Nobody|Someone|Somebody|Americans|Democrats|"
    r"Republicans|Voters)\b)"
)
# A name: two capitalised words, or one after a lower-case word ("said Trump is"); one capitalised
# word opening a sentence is as often a common noun ("Sales were weak"). A name after a preposition
# is no subject: "the reaction to Mayor Lee has been rejection".
_PREPOSITION = r"(?:to|of|for|with|from|by|at|on|in|about|against)"
_NAME = (
    r"(?:(?<!\bto )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bby )(?<!\bat )(?<!\bon )(?<!\bin )"
    rf"(?<!\babout )(?<!\bagainst )(?-i:\b{_NOT_A_NAME}[A-Z][a-z]+\s+[A-Z][a-z]+)|"
    rf"\b(?!{_PREPOSITION}\b)(?-i:[a-z]+),?\s+(?-i:{_NOT_A_NAME}[A-Z][a-z]+))"
)
# a headline's capitals ("Server Was a Bad Idea") are no judgement said
_BE = r"(?-i:is|was|are|were|has been|have been|had been|remains|seems|looks|sounds)\s+"
_PREDICATE = (
    r"(?:(?:not\s+)?(?:\w+ly|just|so|very|really|too|quite|pretty|a\s+bit|now|still|also|both)\s+)*+"
    r"(?:(?:a|an)\s+)?(?![\"\u201c]?(?:\w+(?:ed|en|ing)|kind of|sort of|going|gonna|not|no|the)\b)"
    r"([\w'\u2019\"\u201c\u201d -]{2,30}?)"
    r"(?=[,.;:!?\"\u201d]|\s+(?:and|but|to|for|in|of|with|who|that|than|as|because|if|when|since|ever|"
    r"among|after|before|on|at|about)\b|$)"
)
NAMED_PARTY_JUDGED = re.compile(rf"{_NAME}\s+{_BE}{_PREDICATE}", re.I)
PARTY_JUDGED = re.compile(
    rf"(?:(?:\b(?:he|she|they|you)|{_NAME})\s+{_BE}|\b(?:he|she)['\u2019]s\s+|\b(?:they|you)['\u2019]re\s+)"
    rf"{_PREDICATE}",
    re.I,
)
# A harm a party brought about: a party or its conduct as the subject of a verb of causing, with a
# harm as what it caused: "the foreign policy decisions of Obama caused the rise of ISIS" (a party
# after "of"), "Trump contributed to the city's financial ruin", "his policies have created chaos",
# "they brought chaos to the region". The verb is in the past or the present, with no modal: "will
# cause a crisis" foretells (content_acts.py tries warnings first). What a storm or a virus caused
# names no party, and in reported speech "he", "she", "they" are often the speaker
# (content_acts.py leaves those to the quotations).
_CONDUCT = (
    r"(?:policies|policy|decisions?|handling|actions?|conduct|failures?|rhetoric|leadership|administration|"
    r"government|approach|record|plans?|comments|remarks|words|incompetence)"
)
_PARTY_OR_CONDUCT = (
    rf"(?:\b(?P<pronoun>he|she|they|you)|{_NAME}|"
    rf"(?:['\u2019]s|\b(?:his|her|their|your))\s+(?:[\w-]+\s+){{0,2}}?{_CONDUCT}|"
    rf"\b{_CONDUCT}\s+of\s+(?:[\w.-]+\s+){{0,4}}?(?-i:[A-Z])\w+)"
)
_CAUSING = (
    r"(?:caused|causes|causing|created|creates|creating|led to|leads to|contributed to|contributes to|"
    r"brought|brings|fuell?ed|fuels|worsened|triggered|sparked|exacerbated|unleashed|sowed|sown)"
)
_CAUSED_HARM_NOUN = (
    r"(?:deaths?|killings?|murders?|attacks?|bombings?|shootings?|massacres?|atrocit(?:y|ies)|violence|"
    r"crash(?:es)?|collapse|disasters?|destruction|damage|losses|crisis|crises|mess|chaos|failures?|"
    r"deficits?|breach(?:es)?|outbreaks?|suffering|harm|problems?|ruin|turmoil|instability|terrorism|terror|"
    r"recession|unemployment|poverty|wars?|division|hatred|rise of|spread of|decline)"
)
CAUSED_HARM = re.compile(
    rf"{_PARTY_OR_CONDUCT}\s+(?:(?:has|have|had|helped|['\u2019]ve)\s+)?(?:(?:\w+ly|also|only|just)\s+)?"
    rf"{_CAUSING}\s+(?:[\w'\u2019-]+\s+){{0,5}}?{_CAUSED_HARM_NOUN}\b",
    re.I,
)
# A deed done to others, told of a third party in a quotation: "you attacked Hillary Clinton", "they
# failed themselves", "She lied to me", "You have severed the ability to raise your children". The
# subject is "he", "she", "they" or "you"; the verb is in the past, alone or after "have"
# (group "deed"), and content_acts.py asks a general valence lexicon (VADER's) whether it is ill
# done. A plight, a feeling or a contest lost is no deed against anyone ("she died trying to
# protect them", "they feared the worst", "she crushed him in El Paso"), and a verb of saying
# reports another act ("he denied it", "they criticized the plan"), which the caller's cue reads.
_NOT_A_DEED = (
    r"(?!(?:died|suffered|cried|feared|worried|hurt|lost|missed|crushed|defeated|struggled|mourned|"
    r"grieved|regretted|hated|disliked|dreaded|panicked|collapsed|rejected|denied|refused|blamed|"
    r"criticized|criticised|condemned|accused|complained|protested|objected|warned|attacked on)\b)"
)
PARTY_DEED = re.compile(
    r"(?<![\w\u2019'])(?:he|she|they|you)\s+(?:(?:has|have|had)\s+|['\u2019]ve\s+)?"
    r"(?:(?:\w+ly|just|also|even|all|both)\s+)*"
    rf"{_NOT_A_DEED}(?P<deed>(?-i:[a-z]+ed|lied|broke|stole|hit|beat|cut|left|sold|betrayed))\b"
    r"(?=\s+(?!by\b|from\b|in\b|at\b|out\b|up\b|off\b|down\b|that\b|when\b|if\b|because\b)\w)",
    re.I,
)
# The same deed told of a party by name, in a quotation or in reported speech: "the Radical Left
# Democrats have failed on all fronts", "said Mayor Smith betrayed the town". A name is no speaker's
# "he", so reported speech tells of a third party too. What the police, a court or an army does to a
# suspect or a foe is news of a deed, no wrong laid at a door ("said Police arrested two men",
# "that Nigerian troops killed 30 militants"), and a paper or a reporter "broke the story".
_AUTHORITY_DEED = (
    r"(?!(?:arrested|detained|jailed|imprisoned|prosecuted|punished|fired|suspended|banned|disqualified|"
    r"restricted|interrogated|killed)\b)"
)
NAMED_PARTY_DEED = re.compile(
    rf"{_NAME}\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:\w+ly|just|also|even|all|both)\s+)*"
    rf"{_NOT_A_DEED}{_AUTHORITY_DEED}(?P<deed>(?-i:[a-z]+ed|lied|stole))\b"
    r"(?=\s+(?!by\b|from\b|in\b|at\b|out\b|up\b|off\b|down\b|that\b|when\b|if\b|because\b)\w)",
    re.I,
)
# A negation or a doubt in the few words before a told deed takes it back: "I don't think he lied",
# "nobody says they cheated", "if they failed".
DEED_TAKEN_BACK = re.compile(
    r"\b(?:no|not|never|nobody|without|if|whether|unless|think|believe|says?|said|(?:\w+)?n['\u2019]t)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)
# What a negative predicate says of how a party feels or fares, not of what they are: "they were
# angry", "he was in prison", "she is sick", "they are victims".
FEELING_OR_PLIGHT = re.compile(
    r"\b(?:angry|sad|upset|sick|ill|dead|afraid|scared|worried|unhappy|happy|hurt|trouble|prison|jail|"
    r"struggling|lonely|tired|poor|hopeless|desperate|furious|nervous|anxious|fearful|miserable|"
    r"heartbroken|victims?|pain|painful|sorry|mad|grief|grieving|sorrow|shock|bored|alone|wounded|"
    r"injured|broke|losing|lost|concerned|disappointed|frustrated|outraged|danger|risk|attack|threat|"
    r"ashamed|guilty|stress|insecure|uncomfortable|uneasy|confused)\b",
    re.I,
)
