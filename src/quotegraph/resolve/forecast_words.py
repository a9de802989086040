"""The words of a forecast in a statement's content: what will come about, and what only may.

PREDICTION (a clause's own future or modal verb, "expected to", "likely"), POSSIBILITY (what only
may be: "might dazzle", a forecast only with a time ahead), FUTURE_TIME (the time ahead or the
condition that makes it one), REPORTED_PREDICTION (the backshifted "would" of reported speech)
and GENERIC (what always happens: "usually", "provided it has power"). content_acts.py's
_forecasts decides with them; a word is added the way content_words.py says. Standard library
only.
"""

from __future__ import annotations

import re

from quotegraph.resolve.clause_words import CLAUSE, MAY, NOT_A_COMMITMENT, SUBJECT, words

# A forecast's own active verb: "will rise", "could reach"; "will be examined", "may be laid"
# announce or state, and "could also be a faulty transponder" guesses at what is, they do not
# forecast. A modal inside a relative clause ("decisions that will improve …") describes a noun.
_MODAL_ADVERB = r"(?:also|still|even|only|soon|eventually|probably|likely|further|then|now)"
_MODAL_VERB = rf"(?:\s+{_MODAL_ADVERB})?\s+(?!(?:be|have|not|never|{_MODAL_ADVERB})\b)\w+"
GENERIC = re.compile(
    r"\b(?:provided (?:that )?\w+|in (?:the )?cases? (?:of|where|when)|whenever|usually|generally|typically|"
    r"normally|as a rule|sometimes|often|occasionally|at times|frequently|routinely)\b",
    re.I,
)
_NOT_RELATIVE = r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bwhat )\b"
# The subject of a negated forecast: a noun or "you", not a pronoun that may be the speaker ("I'm not
# going to protest", "it will not release the emails" refuse), not a relative ("a candidate who's
# not going to lie", "voters who backed Sanders and won't") and not a subject left out after a
# conjunction ("I cannot and will not support"). Each word is kept out with its space and without it,
# before a contraction ("he's", "we're").
_PRONOUN_OR_LINK = "i we he she it they who that which what and or but therefore then also still if".split()
_NOT_SPEAKER = "".join(rf"(?<!\b{word} )(?<!\b{word})" for word in _PRONOUN_OR_LINK) + r"\b"
PREDICTION = words(
    rf"{_NOT_RELATIVE}(?:will|is going to|are going to|might|could|{MAY}){_MODAL_VERB}",
    # contracted, said of a thing, a name or a time ("it's going to get worse", "Carolina's going to win
    # that one", "that's going to happen now"), or of one's own side's win or loss; "you're going to
    # see", "they're going to campaign" in a quotation mock or describe as often as they foretell, and
    # "a guy [that's] going to make us a fortune" is a relative clause
    r"(?:\b(?:it|this|there)|(?<![a-z] )\bthat|(?-i:\b(?!(?:He|She|What|Who|Here)\b)[A-Z][a-z]+))"
    rf"['\u2019]s going to{_MODAL_VERB}",
    r"\b(?:we['\u2019]re|i['\u2019]m) going to (?:\w+ly )?(?:win|lose)\b",
    rf"{_NOT_RELATIVE}(?:might|{MAY}) not (?!be\b|have (?:been|\w+ed|\w+en)\b)\w+",
    # an outcome that may come about: "thousands of deaths could be prevented"
    rf"{_NOT_RELATIVE}(?:could|might|{MAY}) be (?:\w+ly )?(?:prevented|avoided|saved|reduced|lost|killed|"
    r"affected|delayed|cancelled|canceled|postponed|reached|achieved|approved|completed)\b",
    r"\b(?:expected to|set to|on track to)\b",
    # "likely" foretells ("is likely to win", "increasingly likely"); compared ("more likely to vote
    # by mail", "the IDs most likely to be held by drivers") it tells a tendency, and before a noun
    # phrase ("hacked by a foreign government, likely the Chinese", "was likely the first time") it
    # guesses at what is or was
    r"(?<!\bmore )(?<!\bless )(?<!\bmost )\b(?:un)?likely\b(?! (?:the|a|an|his|her|their|its|what)\b)",
    r"\b(?:more|less) likely than not\b",
    # the speaker's own expectation: "he expects no turmoil over the sale"
    rf"{SUBJECT}(?:expects?|expected|anticipates?|anticipated|foresees?|foresaw)\b",
    r"['\u2019]ll\s+(?!be\b|tell you\b)\w+",
    # a forecast that something will not come about is still a forecast: "a wall is not going to keep
    # people away", "the new plans will not solve this challenge", "orders won't leave idle capacity",
    # "you're not going to win by attacking him". Said by the speaker of their own side ("I'm not going
    # to protest", "it will not release the emails") it refuses or intends: _NOT_SPEAKER keeps it out;
    # "this will not stand", "will not tolerate" refuse whoever says them
    rf"{_NOT_SPEAKER}(?:will not|won't|won\u2019t|"
    r"(?:is|are|['\u2019]s|['\u2019]re)(?: not|n't|n\u2019t) going to)"
    r"\s+(?!(?:be|have|let|allow|stand|tolerate|accept|rest)\b)\w+",
)
# A question about what will be, asked or reported, foretells nothing: "how Sanders will play with
# minorities", "who they would vote for", "to see how it will unfold", "how many rabbis will
# ultimately take part". content_acts.py's _forecasts leaves it out before it looks for a forecast.
INDIRECT_QUESTION = re.compile(
    r"\b(?:how|whether|who|whom|why|what)(?:\s+(?!(?:will|would)\b)[\w'\u2019-]+){1,3}\s+"
    r"(?:\w+ly\s+)?(?:will|would|is going to|are going to|was going to|were going to)\b[^,.;:!?\u2014]*|"
    # contracted: "I don't know what it's going to take"
    r"\b(?:how|whether|who|why|what)(?:\s+[\w'\u2019-]+){0,2}?['\u2019](?:s|re) going to\b"
    r"[^,.;:!?\u2014]*",
    re.I,
)
# What only may be ("might dazzle", "could not have"): a forecast only with a time ahead.
POSSIBILITY = re.compile(
    rf"{_NOT_RELATIVE}(?:might|could|{MAY}){_MODAL_VERB}|{_NOT_RELATIVE}(?:might|{MAY}) not\s+\w+", re.I
)
# A time ahead, or a condition on what is to come ("could reach the coast by Friday", "might end
# up in court if talks fail", "may continue into early February", "may take a year"); the month
# May is left out, this pattern ignoring case would read every modal "may" as it.
FUTURE_TIME = re.compile(
    r"\b(?:tomorrow|soon|eventually|one day|someday|if|unless|"
    r"(?:next|this|later this) (?:week|weekend|month|year|season|decade|time|summer|winter|spring|"
    r"autumn|fall)|"
    r"in the (?:coming|next|future|long run|long term|years ahead)|within (?:weeks|months|years|days)|"
    # a time a thing to come will take: "fixing the plant may take a year", "could take months"
    r"take (?:up to |more than |at least |about |nearly |several |many |a few |a |an |\d+ |one |two |three |"
    r"four |five |six |ten )?(?:hours?|days?|weeks?|months?|years?|decades?)|"
    r"(?:by|on|until|into|before) (?:the end of |early |late |mid-)?(?:(?:19|20)\d\d|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|"
    r"october|november|december))\b",
    re.I,
)
# Reported speech backshifts "will" to "would"; only in a clause's own active verb ("said the
# storm would reach land") is it a forecast. "would be examined" announces, "would be moving"
# reports a plan, "would allow him to act" says what something does.
REPORTED_PREDICTION = re.compile(
    rf"{CLAUSE}(?:\S+\s+){{0,6}}?(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"(?:would|will|was going to|is going to)\s+"
    # "it would be improper for him to comment" judges a hypothetical, it forecasts nothing, and
    # "would have lost" imagines a past that did not happen ("would have to pay" still forecasts)
    r"(?!be\s+[\"\u201c]?\w+[\"\u201d]?\s+(?:for\s+\w+\s+)?to\s|have\s+(?:been|had|done|made|lost|won|gone|got|put|left|told|said|seen|come|become|taken|given|"
    r"\w+ed|\w+en)\b|"
    r"be\s+(?:\w+(?:ed|en|ing)|shut|put|set|cut|made|held|kept|built|sent|left|paid|sold|told|brought|"
    r"bought|found|hit|won|lost|led|met|run|spent|struck)\b|not\b|never\b|(?:allow|enable|require|mean|need|involve|include|affect|"
    r"apply|make|let|give)\b)\w+",
    re.I,
)

# An institution's own deed to come is no forecast: it commits the body that will do it ("the government
# will fully withdraw the bill", "the GitHub Trust and Safety team would treat tickets as a top
# priority", "the department would follow City Hall's lead"); content_acts.py reads it as a promise. An
# outcome that befalls the body ("the company will save $46 million", "the party would lose seats")
# is still a forecast.
_INSTITUTION = (
    r"(?:government|ministry|department|agency|team|company|campaign|party|committee|commission|council|"
    r"administration|organi[sz]ation|office|board|authority|authorities|union|federation|club|firm|bank)"
)
_BEFALLS = (
    r"(?:save|win|face|rise|fall|grow|take|become|remain|continue|struggle|benefit|gain|receive|go|come|"
    r"end up|run out|increase|decrease|drop|lose|earn|make)\b"
)
INSTITUTION_DEED = words(
    rf"{CLAUSE}(?:the|our|its|their|this|his|her)\s+(?:[\w'\u2019&-]+\s+){{0,4}}?{_INSTITUTION}\s+"
    r"(?:will|would|is going to|are going to|was going to)\s+(?:\w+ly\s+)?"
    rf"(?!not\b|never\b|{NOT_A_COMMITMENT}|{_BEFALLS})\w+",
)

# An effect to come, which a possibility foretells without a time ahead: "inventions … could have a
# profound impact on wastewater management", "the sevengill sharks might not have the same effect on
# the ecosystems". "could have" before a past participle looks back ("could have prevented"), and a
# relative clause describes its noun ("a measure that would have no effect").
EFFECT_AHEAD = words(
    rf"{_NOT_RELATIVE}(?:could|might|{MAY}|will|would|is going to|are going to)(?:\s+not)?\s+have\s+"
    r"(?:(?:an?|the|no|any|some|little|much|real|major|significant|serious|profound|lasting|huge|big|"
    r"same|positive|negative|chilling|ripple|knock-on|direct|immediate)\s+){0,3}"
    r"(?:effects?|impacts?|influence|consequences|bearing)\b",
)
