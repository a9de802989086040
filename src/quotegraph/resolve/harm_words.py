"""The words around a named danger that take its warning back: a danger the content lessens.

content_words.py's DANGER ("risk", "threat", "danger") warns wherever the words before it do not
take it back (content_acts.py's _also_fits). A danger that a deed lowers, cuts or removes is the
good the deed does, not a harm foretold: "an adhesive that would reduce the risk of infection",
"vegetation managed along 890 miles of our system to reduce wildfire risk", "avenues to minimize
the threat". LESSENED finds the lessening verb in the few words before the danger word; a verb
of its own between them ("budget cuts pose a risk", "cutting taxes creates risks") gives the
danger back to the sentence. Standard library only.
"""

from __future__ import annotations

import re

_LESSENING_VERB = (
    r"(?:reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|minimi[sz](?:e|es|ed|ing)|"
    r"mitigat(?:e|es|ed|ing)|lessen(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"limit(?:s|ed|ing)?|prevent(?:s|ed|ing)?|remov(?:e|es|ed|ing)|avert(?:s|ed|ing)?|"
    r"manag(?:e|es|ed|ing)|curb(?:s|ed|ing)?|ease[sd]?|easing)"
)
# A word between the verb and the danger that is no verb of its own: "reduce [the] risk",
# "reduce [suiting] risks", "lower [the overall] threat"; "cuts [pose a] risk" has a verb there.
_NOT_A_VERB = (
    r"(?!(?:is|are|was|were|be|been|pose[sd]?|posing|create[sd]?|creating|carr(?:y|ies|ied)|raise[sd]?|"
    r"raising|increase[sd]?|increasing|bring|brings|brought|add|adds|added|will|would|could|may|might|"
    r"can|has|have|had)\b)"
)
LESSENED = re.compile(rf"\b{_LESSENING_VERB}\s+(?:{_NOT_A_VERB}[\w'\u2019-]+\s+){{0,3}}$", re.I)

# A harm a modal foretells with a verb of ruin that content_words.py's WARNING does not list:
# "health spending will cripple the economy", "any efforts to muscle him out could backfire", "Trump
# could doom the party's bid", "life for the next generation would be worse". The annotation guide
# tries `warn` before `predict`: a bad outcome foretold warns. A modal after a relative pronoun
# describes a noun ("buyers who would weaken …"), as in forecast_words.py.
FORETOLD_HARM = re.compile(
    r"(?<!\bthat )(?<!\bwho )(?<!\bwhich )"
    r"\b(?:could|may|might|would|will|['\u2019]ll|going to)\s+(?:\w+ly\s+|also\s+|only\s+|not\s+only\s+)?"
    r"(?:backfire|crumble|cripple|jeopardi[sz]e|undermine|derail|doom|wreck|weaken|erode|hamper|imperil|"
    r"undercut|sabotage|be (?:an? )?(?:disaster|nightmare)|be worse)\b",
    re.I,
)
