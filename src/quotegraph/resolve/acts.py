"""Speech acts: how something was said, from the cue's lemma and the words around it.

The taxonomy follows the verbal categories of CAMEO (Schrodt 2012, codes 01–17) and PLOVER
(Halterman et al. 2023), reduced to what a reporting cue can tell; docs/speakers.md lists it.
A negated or hedged cue ("did not rule out", "appeared to reject") does not perform its act:
the statement becomes a plain `state` with `negated` recording the negation. The words of each
act (`Act` included) are in cue_words.py; this module is the order they are tried in. A naming
verb's quoted label that no word list judges is judged by a general valence lexicon, VADER's
(Hutto and Gilbert 2014, the `vaderSentiment` package): act_of_label and _act_of_quoted_label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quotegraph.resolve.content_acts import (
    FAINT_VALENCE,
    LABEL_VALENCE,
    act_of_content,
    act_of_document,
    alleges_no_wrongdoer,
    valence,
    without_inner_quotations,
)
from quotegraph.resolve.court_findings import finds_fault_in_law
from quotegraph.resolve.cue_words import (
    ACT_NOUNS,
    ACT_OF_LEMMA,
    AIMING_LEMMAS,
    ALLEGING_LEMMAS,
    ANNOUNCED_FUTURE,
    ANNOUNCING_LEMMAS,
    APPEAL_WITH_INFINITIVE,
    ATTACK_IDIOM,
    ATTACK_NOUN,
    CALLED_OBJECT_LABEL,
    CLAUSE_CUES,
    CLAUSE_OPENING,
    CLITIC_S,
    COMPARING_LEMMAS,
    CRITICS,
    CUE_AUXILIARIES,
    CUE_NOUN,
    DECREE_LEMMAS,
    DETERMINERS,
    FINDING_CUES,
    FINITE_PAST,
    FUTURE,
    GERUND_OBJECT,
    HEDGE,
    HYPOTHESIS_LEMMAS,
    INFINITIVE_OBJECT,
    IRREGULAR,
    ISSUED,
    ISSUING_LEMMAS,
    LABEL,
    LABELLING_LEMMAS,
    LATER_VERB,
    MANDATIVE_LEMMAS,
    MEASURE,
    NAMING_LEMMAS,
    NEED_FOR,
    NEG_RAISING_LEMMAS,
    NEGATION,
    NEUTRAL_LEMMAS,
    NO_AS_ANSWER,
    OBJECT_END,
    OBJECT_NOUN,
    OBLIGATION,
    OFFERED_WORDS,
    OFFERING_LEMMAS,
    PHRASAL,
    PHRASAL_VERBS,
    PLAIN_NEGATION,
    PREDICATE_START,
    PROPOSED_DEED,
    PROPOSING_LEMMAS,
    QUESTION_START,
    QUOTE_MARKS,
    REASON_CUES,
    RECKONING_LEMMAS,
    RELATIVE_ASIDE,
    SHARED_STANCE,
    SHARING_LEMMAS,
    SUBJUNCTIVE,
    SUFFIXES,
    TO_INFINITIVE,
    UNSPOKEN_LEMMAS,
    WEIGHING_LEMMAS,
    WHETHER,
    Act,
    act_of_cue_adjective,
)
from quotegraph.resolve.fault_words import (
    ACCUSATION,
    HOSTILE_DEED,
    LABELLED_WRONGDOER,
    NOTHING_FOUND,
    SUSPECTED_WRONG_NOT_FOUND,
)
from quotegraph.resolve.stance_words import INTENTION, SELF_DESCRIPTION

# Acts a cue leaves open, and which acts of the content may replace them: "said he had done
# nothing wrong" denies; "insisted he had done nothing wrong" denies too, "insisted the plan
# would work" still claims.
OPEN_TO_CONTENT: dict[Act, frozenset[Act]] = {
    Act.STATE: frozenset(Act),
    Act.CLAIM: frozenset({Act.ASK, Act.DEMAND, Act.WARN, Act.ACCUSE, Act.DENY, Act.REJECT}),
}


# A content act that outweighs the belief an object noun names ("expressed [concern that …]").
_STRONGER_THAN_BELIEF = frozenset({"warn", "accuse", "demand", "deny", "reject"})


# A cue that ends with the preposition of its topic takes an object, not a clause, whatever its verb:
# "tweeted about [its intention to hold the event]", "wrote of [his fear of …]".
_TOPIC_PREPOSITION = re.compile(r"\s(?:about|of)\W*$", re.I)


# Nouns of a confident expectation, and a clause after them that looks ahead: "expressed [confidence
# that the ruling would be overturned]" forecasts; "confidence in the team" and "optimism about the
# economy" hold a view of the present, and "hope" or "belief" that something will happen only believe.
_EXPECTATION_NOUNS = frozenset({"confidence", "optimism", "pessimism"})
_LOOKS_AHEAD = re.compile(
    r"^[^.;:!?]{0,80}?\b(?:will|would|won['\u2019]t|wouldn['\u2019]t|(?:is|are|was|were) going to)\b", re.I
)


def act_of_object_noun(lemma: str, cue_text: str, content: str) -> Act | None:
    """The act a noun names when it is the cue's object ("expressed [gratitude for …]"), else None."""
    topic = bool(_TOPIC_PREPOSITION.search(f" {cue_text}"))
    reads_object = topic or lemma not in CLAUSE_CUES | FINDING_CUES | REASON_CUES
    takes_object = reads_object and content.lstrip()[:1] not in QUOTE_MARKS
    found = CUE_NOUN.search(cue_text) or (OBJECT_NOUN.match(content) if takes_object else None)
    if found is None:
        return None
    noun = next(g for g in found.groups() if g).casefold()
    named = ACT_NOUNS[noun]
    if noun in _EXPECTATION_NOUNS and _expects_an_outcome(content, found, in_cue=found.re is CUE_NOUN):
        return Act.PREDICT
    # a worry about a danger warns: "expressed [concern that the levee could collapse]"
    said = act_of_content(content, direct=False) if named is Act.BELIEF else None
    if named is Act.CLAIM and CUE_NOUN.search(cue_text):
        return _what_a_claim_noun_alleges(content)
    return Act(said) if said in _STRONGER_THAN_BELIEF else named


def _expects_an_outcome(content: str, found: re.Match[str], *, in_cue: bool) -> bool:
    """Whether a noun of expectation governs a clause that looks ahead: the content itself when the
    noun ends the cue ("expressed confidence [the ruling would be overturned]"), else the "that" clause
    after the noun that opens the content ("expressed [optimism that the talks will succeed]")."""
    if in_cue:
        return bool(_LOOKS_AHEAD.match(content))
    clause = re.match(r"\s*that\s+(.*)", content[found.end() :], re.S | re.I)
    return clause is not None and bool(_LOOKS_AHEAD.match(clause.group(1)))


def _what_a_claim_noun_alleges(content: str) -> Act:
    """The act of the clause a claim noun in the cue introduces: "repeated his claim [that Clinton had
    bullied the women]" accuses, as "claimed" would; a claim whose clause finds no fault with anyone
    stays one. A claim noun that is the cue's object ("repeated [his contention that …]", "files
    [wrongful death claim]") is left a claim: its words are the noun's, not a clause's."""
    said = act_of_content(content, direct=False)
    alleged = _what_a_claim_alleges(Act(said) if said is not None else None, content)
    return Act.ACCUSE if alleged is Act.ACCUSE else Act.CLAIM


def speech_act(
    cue_lemma: str | None,
    cue_text: str,
    before: str,
    after: str,
    content: str,
    *,
    direct: bool = False,
    rest: str = "",
    source: str = "",
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
        source: the source span as written ("Critics", "Rutte").
    """
    lemma = (cue_lemma or "").casefold()
    if lemma in NAMING_LEMMAS or lemma in APPEAL_WITH_INFINITIVE or PREDICATE_START.match(rest):
        # "claiming [the decree] is unconstitutional": a content cut before its verb goes on in `rest`
        content = f"{content}{rest}" if rest else content
    act = cue_act = base_act(cue_lemma, cue_text, after, content, rest)
    named = act_of_object_noun(lemma, cue_text, content) if act is Act.STATE else None
    if named is not None:
        act = named
    elif act in OPEN_TO_CONTENT and (act is not Act.STATE or _says_nothing_of_the_act(lemma)):
        found = act_of_content(content, direct=direct)
        said = Act(found) if found is not None else None
        if act is Act.CLAIM:
            said = _what_a_claim_alleges(said, content)
        if said is not None and (act is Act.STATE or said in OPEN_TO_CONTENT[act]):
            act = said
        elif said is None and (judged := _act_of_quoted_label(lemma, content)) is not None:
            act = judged
        elif said is None and lemma in NAMING_LEMMAS:
            act = act_of_label(content) or act
    elif act is Act.STATE and _quotes_a_fault_found(lemma, content, direct=direct):
        act = Act.ACCUSE  # "cry [“but they're racist!”]", "joked [“you're being ridiculous”]"
    elif act is Act.STATE and lemma in FINDING_CUES and _finds_no_wrong(content, direct=direct):
        act = Act.DENY  # "reported [no traces of poison were found]": a finding that it is not so
    elif act is Act.STATE and (document := act_of_document(content)) is not None:
        act = Act(document)  # "signed a decree banning …": whatever the cue, the document bans
    elif act is Act.STATE and _reports_an_aim(lemma, content, direct=direct):
        act = Act.INTENTION  # "signaled [that they plan to link him to every Republican]"
    framed = _act_of_the_clause_it_hangs_on(cue_text, before) if act in (Act.STATE, Act.CLAIM) else None
    if framed is not None and (act is Act.STATE or framed in _JUDGED_IN_THE_CLAUSE):
        # "criticized Trump for this stance, [arguing] the President did not want …": a claim hung on a
        # judgement argues the judgement
        act = framed
    act = _act_as_its_source_does(act, cue_act, lemma, source, content)
    auxiliaries = _auxiliaries(cue_text, lemma)
    before = f"{before.rstrip()} {auxiliaries} " if auxiliaries else before
    return _act_as_negation_leaves_it(act, cue_act, lemma, content, before)


# The acts of attitude a neg-raising verb keeps under a plain negation.
_ATTITUDES = frozenset({Act.BELIEF, Act.INTENTION, Act.PREDICT})


def _act_as_negation_leaves_it(
    act: Act, cue_act: Act, lemma: str, content: str, before: str
) -> tuple[str, bool]:
    """(act, negated): a negated or hedged cue performs nothing and states, except that a negated
    attitude is still held ("does not think [it will pass]" believes that it will not)."""
    negated = bool(NEGATION.search(before))
    if HEDGE.search(before):
        return Act.STATE.value, negated
    if negated:
        held = _holds_it_negated(lemma, cue_act, content, before)
        return (cue_act if held else Act.STATE).value, True
    return act.value, False


def _holds_it_negated(lemma: str, cue_act: Act, content: str, before: str) -> bool:
    """Whether a negated cue still holds its attitude: a neg-raising verb (NEG_RAISING_LEMMAS) under a
    plain "not" ("doesn't want [to run]", "does not believe [the report]"), in its own sense, unless
    what it governs is a question ("does not think [whether …]" is no view). "has not considered
    [resigning]" weighs nothing: "consider" holds a view only as a belief ("does not consider [it
    fair]")."""
    attitude = lemma in NEG_RAISING_LEMMAS and cue_act in _ATTITUDES and ACT_OF_LEMMA.get(lemma) is cue_act
    return attitude and bool(PLAIN_NEGATION.search(before)) and not _is_question(content)


def _act_as_its_source_does(act: Act, cue_act: Act, lemma: str, source: str, content: str) -> Act:
    """The act as the source's standing makes it: what a critic says of a thing finds fault; a
    court's finding of a wrong in law states it (court_findings.py), unless the cue itself accuses."""
    if act is Act.STATE and _says_nothing_of_the_act(lemma) and CRITICS.match(source):
        return Act.ACCUSE  # "critics say [the plan favours donors]"
    if act is Act.ACCUSE and cue_act is not Act.ACCUSE and finds_fault_in_law(source, content):
        return Act.STATE  # "the judge said [the law violated the Constitution]"
    return act


def _what_a_claim_alleges(said: Act | None, content: str) -> Act | None:
    """The act of a claimed content: "claimed [widespread fraud]" names no one for the wrong and
    stays a claim; "claimed [Houthis have attacked journalists]" lays a hostile deed at a named
    door and accuses, though its words find no fault by themselves."""
    if said is Act.ACCUSE and alleges_no_wrongdoer(content):
        return None
    if said is None and HOSTILE_DEED.search(content):
        return Act.ACCUSE
    return said


# What a naming verb names its object as: "referred to [the strikers as “losers”]". The object
# opens the content and is short; "as" further on, or in "as well as", labels nothing.
_AS_LABEL = re.compile(r"^\W*(?:[^\s\u2026\"\u201c]+\s+){1,6}?(?<!\bwell )as\s+(?!well as\b)(\S.*)", re.S)
_QUOTE_MARK = re.compile(r"[\"\u201c\u2018]")


def act_of_label(content: str) -> Act | None:
    """`accuse` or `praise` for a naming verb's quoted label that judges what it names, by its
    valence in a general lexicon (VADER's) rather than words of our own: "referred to [the
    strikers as “losers”]" finds fault, "[the volunteers as “true friends”]" praises, "as a
    “cargo plane”" only names. News quotes a label to show it is the speaker's judgement; an
    unquoted one ("as a tragedy") may be the paper's own words for an event, and judges nothing."""
    found = _AS_LABEL.search(content)
    if found is None or not _QUOTE_MARK.search(found.group(1)) or SELF_DESCRIPTION.match(content):
        return None
    if LABELLED_WRONGDOER.search(found.group(1)):
        return Act.ACCUSE  # "[Robart as a “so-called judge”]"
    judged = valence(found.group(1))
    if judged <= -LABEL_VALENCE:
        return Act.ACCUSE
    return Act.PRAISE if judged >= LABEL_VALENCE else None


_CLOSING_MARK = re.compile(r"[\"\u201d\u2019]")


def _quoted_label(content: str, opening: int) -> str:
    """The quoted label that opens at `opening`, to its closing mark: "as [“flat”] and lacking energy"."""
    closing = _CLOSING_MARK.search(content, opening + 1)
    return content[opening : closing.end() if closing else len(content)]


def _act_of_quoted_label(lemma: str, content: str) -> Act | None:
    """The act of a labelling verb's quoted label (when the content's own words judge nothing). After
    a pronoun or "as" the label is the speaker's judgement and finds fault ("called it a “circus”")
    unless a general lexicon (VADER's) scores it well, and then it praises.
    "call" labels any object, and there a general lexicon (VADER's) decides: a label it scores ill
    finds fault ("called the use of executive orders “quite dangerous”"), one it scores well praises
    ("called the new stadium “a joy to behold”"), and "called the disappearance an “interesting”
    case" or "called the election “a citizenship election”" only name."""
    if lemma not in LABELLING_LEMMAS or SELF_DESCRIPTION.match(content):
        return None
    if (found := LABEL.search(content)) is not None:
        # a label that scores well finds no fault, it praises: "described Trump as “kind”", "him “a
        # nice guy”"; "a “total stiff”" finds fault
        label = _quoted_label(content, found.end() - 1)
        judged = valence(label)
        return Act.PRAISE if judged > FAINT_VALENCE and not LABELLED_WRONGDOER.search(label) else Act.ACCUSE
    if lemma != "call" or (found := CALLED_OBJECT_LABEL.search(content)) is None:
        return None
    if LABELLED_WRONGDOER.search(content[found.end() - 1 :]):
        return Act.ACCUSE  # "called [Trump a “climate arsonist”]": a wrongdoer's name
    judged = valence(content[found.end() - 1 :])
    if judged >= LABEL_VALENCE:
        return Act.PRAISE
    return Act.ACCUSE if judged < 0 else None


# The acts a clause passes on to the participle that hangs on it: "criticized the move, [arguing] …",
# "congratulated Pelosi, [saying] …", "rejected the offer, [saying] …". A call, a backing or a
# promise in the clause is often the news the participle's content goes on from ("backed the bill,
# saying it had been delayed"), and passing them on loses more than it finds.
_PASSED_ON = frozenset({Act.ACCUSE, Act.PRAISE, Act.DENY, Act.REJECT, Act.WARN})
# Of those, the judgements that a claim hung on the clause makes its own: "criticized the move, [arguing]
# …" argues the criticism; "rejected the offer, [arguing] …" is left to the claim, another line's care.
_JUDGED_IN_THE_CLAUSE = frozenset({Act.ACCUSE, Act.PRAISE})
_HUNG_PARTICIPLE = re.compile(r"^\W*(?:\w+ly\s+)?\w+ing\b", re.I)
_CLAUSE_BEFORE_COMMA = re.compile(r"(?:^|[.;:!?\u201c\u201d\"]\s*)([^.;:!?\u201c\u201d\"]*?),\s*$")


def _act_of_the_clause_it_hangs_on(cue_text: str, before: str) -> Act | None:
    """The act of the clause a participial cue hangs on, when a verb (with its particle), a noun
    or an idiom of attack in that clause performs one of _PASSED_ON: "Biden criticized the move,
    [arguing] Trump was …" accuses, "congratulated Pelosi, [saying] …" praises, "took a swipe at
    his stance, [saying] …" accuses. The caller asks only when the content itself does no more
    than state, so "blamed Iran, [saying] there was no evidence the attacks came from Yemen"
    still denies."""
    if not _HUNG_PARTICIPLE.match(cue_text):
        return None
    clause = _CLAUSE_BEFORE_COMMA.search(before)
    if clause is None:
        return None
    if ATTACK_IDIOM.search(clause.group(1)):
        return Act.ACCUSE  # "took a swipe at the council, [saying] …"
    words = re.findall(r"[a-z]+", clause.group(1).casefold())
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        lemma = _lemma_of_word(word)
        if index and words[index - 1] in _NOUN_OPENERS and word not in ACT_NOUNS:
            continue  # a noun of an event, not a deed of speech: "described how [the attack] unfolded"
        # a verb with its particle first: "hit out at the regulator", "ruled out a deal"
        act = PHRASAL.get((lemma, following)) or ACT_NOUNS.get(word) or ACT_OF_LEMMA.get(lemma)
        if act in _PASSED_ON:
            return act
    return None


# Verbs that own or relay what they introduce: a quotation "confessed" or "reported" finds no fault
# of the speaker's own ("admitted: “we failed them”", "Bloomberg reported: “… ”").
_OWNING_OR_RELAYING = frozenset({"admit", "confess", "acknowledge", "concede", "report"})
# A finite verb, which makes a quotation a clause of its own rather than a quoted noun.
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|am|been|has|have|had|do|does|did|will|would|can|could|should|must)\b|"
    r"\b(?:it|he|she|that|there|what|who|they|we|you|i)['\u2019](?:s|re|m|ve|ll|d)\b|\b\w{3,}ed\b",
    re.I,
)


def _quotes_a_fault_found(lemma: str, content: str, *, direct: bool) -> bool:
    """Whether a quotation finds fault in its own words under a verb that says nothing of the act
    but is not a neutral one ("concludes", "joked", "cry", "gave"): the words are the speaker's, and
    fault found in them is the speaker's, whatever the verb that brings them in. Other acts stay with
    the verb: a quotation "confessed" may praise nothing ("“This is a big political win for me”")."""
    if not direct or lemma in _OWNING_OR_RELAYING | NAMING_LEMMAS or not _CLAUSE_VERB.search(content):
        return False  # a quoted noun is the cue's object: "crying [“fraud”]", "lists [“public corruption”]"
    return act_of_content(content, direct=True) == Act.ACCUSE.value and not alleges_no_wrongdoer(content)


def _reports_an_aim(lemma: str, content: str, *, direct: bool) -> bool:
    """Whether a cue that only tells ("report", "signal", "reveal") reports an aim: its reported content
    opens with its subject's own plan or wish ("report [they are considering pooling resources]",
    "signaled [he might back Trump]"), which a neutral cue's content would intend by itself. Only the
    opening clause counts: "announced [he had tested positive and intended to isolate]" tells a fact
    first."""
    return not direct and lemma not in ACT_OF_LEMMA and bool(INTENTION.match(content.lstrip()))


def _finds_no_wrong(content: str, *, direct: bool) -> bool:
    """Whether a finding denies: what it finds not there is a suspected wrong or its cause ("no
    traces of poison"), not any absence ("reported [no signs of improvement]")."""
    if act_of_content(content, direct=direct) != "deny":
        return False
    return not NOTHING_FOUND.search(content) or bool(SUSPECTED_WRONG_NOT_FOUND.search(content))


def _says_nothing_of_the_act(lemma: str) -> bool:
    """A neutral cue, or one with no verb at all ("the speech:", "[…]"), which the content speaks for;
    a naming verb ("referred to [the vote] as a “hoax”") is one whatever its other senses."""
    verbless = lemma in DETERMINERS or not re.search(r"[a-z]{2}", lemma)
    return not lemma or lemma in NEUTRAL_LEMMAS or lemma in NAMING_LEMMAS or verbless


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
    idiom = Act.ACCUSE if ATTACK_IDIOM.search(f"{cue_text}{after}") or ATTACK_NOUN.search(cue_text) else None
    phrasal = PHRASAL.get((lemma, particle), idiom)
    if phrasal is not None:
        return phrasal
    if _says_what_must_be_done(lemma, after, content):
        return Act.DEMAND
    quoted = content.lstrip()[:1] in QUOTE_MARKS  # "told those gathered to watch: “…”" quotes, not asks
    addressed = RELATIVE_ASIDE.sub("", f"{after} {content}")
    if lemma in APPEAL_WITH_INFINITIVE and not quoted and INFINITIVE_OBJECT.match(addressed):
        return Act.DEMAND
    own_deed = _own_deed_ahead(lemma, content) or _act_of_an_offer(lemma, cue_text, after, content)
    if own_deed is not None:
        return own_deed
    special = _act_of_special_lemma(lemma, content, f"{_object_in_cue(cue_text, lemma)} {after}", rest)
    if special is not None:
        return special
    act = ACT_OF_LEMMA.get(lemma) or act_of_cue_adjective(cue_text, content) or Act.STATE
    asks = _is_direct_question(content) or WHETHER.match(content)  # "debated [whether …]" asks
    return Act.ASK if act is Act.STATE and asks else act


def _object_in_cue(cue_text: str, lemma: str) -> str:
    """The words a cue span carries after its verb, which read as the text after the cue: the learned
    path's cues often hold the verb's object ("issued [an advisory]", "declared [a curfew]"), which the
    rules path leaves between cue and content."""
    words = cue_text.split()
    for index, word in enumerate(words):
        if _lemma_of_word(word.casefold().strip(",.:;")) == lemma:
            return " ".join(words[index + 1 :])
    return ""


def _says_what_must_be_done(lemma: str, after: str, content: str) -> bool:
    """"insists the budget include funding", "suggested closing it", "asked that the department
    establish a task force" (a question takes no "that")."""
    if lemma in MANDATIVE_LEMMAS and (SUBJUNCTIVE.match(content) or PROPOSED_DEED.match(content)):
        return True
    return lemma == "ask" and bool(_THAT_CLAUSE.match(f"{after} {content}"))


# A clause with "that" after the cue (whichever span holds the "that"), its subject opening with a
# determiner, a pronoun or a name: "that question", "that vote" are what was asked about.
_THAT_CLAUSE = re.compile(
    r"^[\s\u2026]*that\s+(?:\u2026\s+)?(?:(?:the|a|an|all|every|each|no|his|her|its|their|our|he|she|it|"
    r"they|we|you|i)\b|(?-i:[A-Z]))",
    re.I,
)


def _act_of_an_offer(lemma: str, cue_text: str, after: str, content: str) -> Act | None:
    """`state` when what is offered, in the first words after the verb, is words or thoughts ("offered
    his thoughts on"): they are only said, and a noun of an act among them is read by the caller."""
    words = f"{cue_text} {after} {content}".split()
    offers_words = lemma in OFFERING_LEMMAS and OFFERED_WORDS.search(" ".join(words[1:9]))
    return Act.STATE if offers_words else None


def _own_deed_ahead(lemma: str, content: str) -> Act | None:
    """"announced [the ministry will reopen the bridge]" promises it, "were considering [severing
    ties]" intends it."""
    if lemma in ANNOUNCING_LEMMAS and ANNOUNCED_FUTURE.match(content):
        return Act.PROMISE
    if lemma in WEIGHING_LEMMAS and GERUND_OBJECT.match(content):
        return Act.INTENTION
    if lemma in AIMING_LEMMAS and TO_INFINITIVE.match(content):
        return Act.INTENTION
    if lemma in PROPOSING_LEMMAS and _proposes_a_thing(content):
        return Act.INTENTION
    return None


def _proposes_a_thing(content: str) -> bool:
    """Whether a proposal's content is a thing of the speaker's own, not a clause or a measure."""
    opening = " ".join(content.split()[:6])  # a clause's verb comes early: "[running] induced flapping"
    clause = CLAUSE_OPENING.match(content) or FINITE_PAST.search(opening) or SUBJUNCTIVE.match(content)
    return not clause and not MEASURE.search(opening)


def _calls_for_its_object(lemma: str, content: str, after: str) -> bool:
    """"stressed the need for reform", "declared a state of emergency", "declared [a curfew],
    banning …": the cue's object is what it asks for or puts in force."""
    if lemma in NEUTRAL_LEMMAS and NEED_FOR.match(f"{after} {content}"):
        return True
    object_first = " ".join(after.split()[:5])
    return lemma in DECREE_LEMMAS and bool(MEASURE.search(content) or MEASURE.search(object_first))


def _act_of_special_lemma(lemma: str, content: str, after: str = "", rest: str = "") -> Act | None:
    """Cues whose act depends on what follows them."""
    if _calls_for_its_object(lemma, content, after):
        return Act.DEMAND
    if lemma in ISSUING_LEMMAS:  # the object's head: "a cease" goes on " and desist order" in `rest`
        opening = OBJECT_END.split(" ".join(f"{after} {content}{rest}".split()[:6]), maxsplit=1)[0]
        return next((act for act, noun in ISSUED.items() if noun.search(opening)), None)
    if lemma in ALLEGING_LEMMAS and alleges_no_wrongdoer(content):
        return Act.CLAIM  # "alleged [the vote was rigged]" names no wrongdoer
    if lemma in COMPARING_LEMMAS or lemma == "hold":
        return _act_of_what_it_likens_or_holds(lemma, content)
    reader = _OBJECT_READERS.get(lemma)
    if reader is not None:
        return reader(content, after)
    return Act.STATE if _only_states(lemma, content) else None


def _act_of_what_it_questions(content: str, after: str) -> Act:
    """"questioned [whether …]" asks, "questioned [the findings]" dismisses them."""
    return Act.ASK if _is_question(content) else Act.REJECT


def _act_of_what_it_shares(content: str, after: str) -> Act | None:
    """"shares [this bleak view]" agrees, "shared [a photo]" only tells."""
    return Act.AGREE if SHARED_STANCE.match(f"{after} {content}") else None


# Cues whose act is read from their object alone, given the content and the words between cue and
# content ("shares [this bleak view]").
_OBJECT_READERS: dict[str, Callable[[str, str], Act | None]] = {
    "question": _act_of_what_it_questions,
    **dict.fromkeys(SHARING_LEMMAS, _act_of_what_it_shares),
}


# What "hold" makes of its object when it blames: "held [the rail operator responsible]"; "held [a
# favorable opinion of him]" and "holds [several positions]" judge no one.
_HELD_TO_ANSWER = re.compile(r"\b(?:responsible|accountable|liable|culpable|to blame)\b", re.I)


def _act_of_what_it_likens_or_holds(lemma: str, content: str) -> Act | None:
    """"compared [the raids to war crimes]" finds fault by what it compares to, "held [CSX
    responsible]" by what it holds its object to be; another comparison states, another holding
    is left to the tables."""
    if lemma in COMPARING_LEMMAS:
        return Act.ACCUSE if ACCUSATION.search(content) else Act.STATE
    return Act.ACCUSE if _HELD_TO_ANSWER.search(content) else None


def _only_states(lemma: str, content: str) -> bool:
    """Whether the cue only states here: a hypothesis, a reckoning, or a naming (whose words decide)."""
    # "proposed that running induced flapping" offers an explanation, it asks nothing
    explains = bool(FINITE_PAST.search(content)) and not OBLIGATION.search(content)
    hypothesis = lemma in HYPOTHESIS_LEMMAS and explains
    # "estimated the death toll exceeded 100" reckons, it does not forecast
    reckoning = lemma in RECKONING_LEMMAS and not FUTURE.search(content)
    # "called the plan a disgrace": what the naming says decides
    return bool(hypothesis or reckoning or lemma in NAMING_LEMMAS)




# "went on to add", "goes on to say": the verb after them is the cue's, and their "on" is no particle
# ("went on to call [Cruz “the worst politician”]" calls him a name, it calls on no one).
_GOING_ON = re.compile(r"\b(?:went|goes|go|going|gone) on to\b")


def _particle(cue_text: str, after: str) -> str:
    words = _GOING_ON.sub(" ", cue_text.casefold()).split()
    verb = next((i for i, w in enumerate(words) if w not in CUE_AUXILIARIES), 0)
    if verb + 1 < len(words):
        return words[verb + 1].strip(":")
    # the verb ends the cue ("said", "previously committed"): its particle is the next word
    following = re.match(r"\s*(\w+)", after)
    if following is None or (following.group(1).casefold() == "no" and not NO_AS_ANSWER.match(after)):
        return ""
    return following.group(1).casefold()


def _is_question(content: str) -> bool:
    stripped = content.strip().rstrip("”\"'’ ")
    return stripped.endswith("?") or bool(QUESTION_START.match(content))


def _is_direct_question(content: str) -> bool:
    """A quotation that ends asking, not one that ends quoting someone's question."""
    return without_inner_quotations(content.strip()).rstrip("”\"'’ ,").endswith("?")




# What opens a noun phrase in a cue span: "denied [all] claims" denies, it claims nothing.
_NOUN_OPENERS = DETERMINERS | {"all", "any", "some", "these", "those", "such", "several", "many"}


def act_lemma(given: str | None, cue_text: str) -> str:
    """The lemma whose act a cue performs: `given` (extraction's), unless it is a noun the cue
    span runs on into ("said in a press release" is no "press"; "posted a message blaming"
    blames)."""
    if not given:
        return cue_lemma_of(cue_text)
    if given not in _KNOWN_LEMMAS and (own := cue_lemma_of(cue_text)) in _KNOWN_LEMMAS:
        return own  # a parser's misread lemma: "hoping" given as "hop"
    words = [w.casefold().strip(",.:;") for w in cue_text.split()]
    for index, word in enumerate(words):
        if index and _lemma_of_word(word) == given and words[index - 1] in _NOUN_OPENERS:
            return cue_lemma_of(" ".join(words[: index - 1])) or given
    return given


def cue_lemma_of(cue_text: str) -> str:
    """The lemma of a cue written as `cue_text`: "also insisted" → "insist", "according to"."""
    text = _GOING_ON.sub(" ", cue_text.casefold())  # "went on to add"
    words = [w.strip(",.:;\u201c\u201d\"") for w in text.split()]
    words = [w for w in words if w and w not in CUE_AUXILIARIES and not w.endswith("ly")]
    if words and words[0] in CLITIC_S:  # "'s aiming to" is "is aiming"; "'s statement" is verbless
        words = words[1:] if len(words) > 1 and _lemma_of_word(words[1]) in _KNOWN_LEMMAS else []
    if not words:
        return ""
    if " ".join(words[:2]) == "according to":
        return "according to"
    if words[0] == "to" and len(words) > 1:  # an infinitive: "to have found"
        words = words[1:]
    lemma = _lemma_of_word(words[0])
    return lemma if lemma in _KNOWN_LEMMAS else _later_lemma(text) or lemma


def _later_lemma(cue_text: str) -> str:
    """The first known lemma further on in a cue span that opens with an unknown verb ("took to
    Twitter [to say]", "released a statement [condemning]"), or ""."""
    for found in LATER_VERB.finditer(cue_text):
        lemma = _lemma_of_word(found.group(1) or found.group(2))
        if lemma in _KNOWN_LEMMAS and lemma not in UNSPOKEN_LEMMAS:
            return lemma
    return ""


# The lemmas the act tables know, which a cue's own words may find when the parser's lemma is none.
_KNOWN_LEMMAS = ACT_OF_LEMMA.keys() | NEUTRAL_LEMMAS | NAMING_LEMMAS | PHRASAL_VERBS | AIMING_LEMMAS


def _lemma_of_word(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    candidates = [word]
    for ending, replacement in SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + replacement
            candidates.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and not replacement:  # "planned" → "plan"
                candidates.append(stem[:-1])
    fallback = candidates[-1] if len(candidates) > 1 else word
    return next((c for c in candidates if c in _KNOWN_LEMMAS), fallback)
