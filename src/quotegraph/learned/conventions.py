"""Which of the tagger's statements are attributions under the conventions quotegraph follows.

The tagger learnt PolNeAR, whose annotators count some reports that CONVENTIONS.md ("What is
an attribution") does not: habitual reports ("routinely discloses"), deeds ("signed the
deal"), sourceless reports ("two were reportedly hurt"), names and charges without a source
("is known as", "was charged with"), a reporter's question ("when asked…"), the turns of an
interview transcript; and, under the standard conventions (CONVENTIONS), negated reports and
agentless passives, which PolNeAR counts. The parse tells these apart where the tagger's spans cannot, so
extraction hands over what it set aside (Rejection records), and a learned statement whose
cue falls on one is dropped, unless a statement the rules do keep shares its content or cue:
then the rules found an attribution there after all. Under the standard conventions an unquoted
content that the tagger links to a cue from another sentence, while that cue has a content in its
own, is dropped as well (without_far_contents).

Records only (no torch, no spaCy).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from quotegraph.errors import QuotegraphError
from quotegraph.learned.linking import WORD, has_quotation_mark, same_cue, sentence_ends_between
from quotegraph.learned.non_reports import (
    appoints,
    asks_in_own_voice,
    cites_a_source,
    describes_a_state,
    has_a_negative_source,
    has_its_source_elsewhere,
    hedges,
    is_a_deed,
    is_a_raising_passive,
    is_a_vote,
    is_an_antecedent,
    is_asked_of_the_source,
    is_negated,
    is_topic,
    modifies_a_noun,
    names_a_topic,
    names_no_source,
    names_to_a_post_or_a_name,
    receives_a_reaction,
    refers_to_a_thing,
    seeks_a_post,
    seeks_a_thing,
    speaks_on_a_topic,
)
from quotegraph.records import CharSpan, Rejection, Statement, StatementKind

# Cues whose object is what was said, or shown, not what it is said of: beside a quotation of the
# same cue, a noun phrase they seem to take ("said [the decision]", "responded [the new rules]") is
# its topic. None: a cue the lexicon does not know ("spoke of", a colon). Not cues that judge
# their object ("criticized [the move]", "defended [the payments]", "denied [the story]"), which
# report through it: the gold counts such a noun phrase as a content, quotation or none.
WORDING_LEMMAS = frozenset(
    {None, "say", "tell", "according to", "speak", "respond", "reply", "write", "add", "show"}
)
# A rejection that covers a stretch of text rather than a cue: nothing in it is reported.
REGION_REASONS = frozenset({"interview turn"})
# Which reports count is a choice between two sets of conventions. "standard" is
# CONVENTIONS.md ("What is an attribution"), which the Wikinews gold set follows and the rules
# path applies: no negated reports ("have not said when"), no agentless passives ("was
# announced"). "polnear" is what PolNeAR's annotators counted, and what the tagger learnt: they
# annotated negated reports and agentless passives of belief, blame and speech ("is expected
# to", "was accused of"), so a PolNeAR score is read under them.
CONVENTIONS = ("standard", "polnear")
DEFAULT_CONVENTIONS = "standard"
# The rejections of cues the learned path applies under each (regions, REGION_REASONS, always).
COMMON_REASONS = frozenset({"habitual", "deed", "meeting", "event", "time", "asked", "reportedly"})
# Under the standard ones also a change undergone ("have seen [a rise in cases]") and a time or a
# reputation ("became known [for his temper]"): extraction's filters, which the tagger's cues on
# "see" and "known for" pass; and a report only asked about or supposed ("did not say whether he
# [supports] it"), which would otherwise keep the negated report around it. And the rest of what
# CONVENTIONS.md does not count, as extraction's filters read it from the parse: a topic talked
# over ("discussed [the findings]"), a vote, the one an act is addressed to ("congratulated
# [Pelosi]"), words chanted but not given, an aspect verb ("continued [to suffer]"). PolNeAR's
# annotators counted some of these ("discussed the matter"), so only the standard conventions drop
# them. Not a word's meaning ("meaning"): on PolNeAR train it falls on quotations ("a video that
# said, “We …”"); nor a feeling named without what it is about ("feeling": "expressed [their
# outrage]"), which cost the held-out train split an attribution the gold counts.
UNCOUNTED_REASONS = frozenset({"topic", "vote", "someone", "chant", "aspect"})
APPLIED_REASONS = {
    "standard": COMMON_REASONS | UNCOUNTED_REASONS | {"negated", "unasserted", "passive", "change", "when"},
    "polnear": COMMON_REASONS,
}
# Whether the filters for what the Wikinews gold does not count apply (topics only named, far
# contents, negated reports, sourceless contents, non-reports; and on both paths, through
# extraction's `standard`, a passive handed another clause's subject and a report asked about in
# an infinitive under "whether"): PolNeAR's annotators counted them.
DROPS_UNCOUNTED = {"standard": True, "polnear": False}
# Whether a cue that reports only a clause opened by "that" ("hold", "share", "reason") loses its
# lemma with any other content (linking.without_lemmas_of_absent_clauses): PolNeAR's annotators
# count an attitude shared ("who share [the unions' dislike of the levy]"), the Wikinews gold a
# thing shared no more than the rules do ("shared [his experience on Facebook]").
DROPS_LEMMAS_OF_ABSENT_CLAUSES = {"standard": True, "polnear": False}
# Whether a short learned content inside a rule content with its cue is widened to it
# (linking.widened_to_rule_contents): under PolNeAR's conventions it was not measured.
WIDENS_TO_RULE_CONTENTS = {"standard": True, "polnear": False}
# Whether a rule statement nested in what a phrase cue ascribes joins the learned statements
# (nested.nested_rule_reports), and whether extraction keeps it at all (process.py hands this to
# extraction, on both paths): the Wikinews gold gives it to its own speaker, PolNeAR keeps only
# the outermost attribution.
ADDS_NESTED_REPORTS = {"standard": True, "polnear": False}
# Whether a quotation that goes on from a quoted statement ("“A,” he said. “B.”") is a statement of
# its own, same speaker, no source or cue (extraction's split_continuations, which process.py hands
# over): the Wikinews gold splits it so, PolNeAR's annotators join it to the one it continues as a
# second part.
SPLITS_CONTINUATIONS = {"standard": True, "polnear": False}
# Whether the rules' subject right before a cue replaces the tagger's source farther off in its
# sentence (linking.with_rule_sources): PolNeAR dev source figures fell with it (exact source
# F1 rose 0.748 -> 0.751, source with content 0.795 -> 0.794, span 0.809 -> 0.807).
PREFERS_SUBJECT_BEFORE_CUE = {"standard": True, "polnear": False}
# Whether two touching quotations stay two contents (linking.two_quotations): PolNeAR dev exact
# content F1 rose with it (0.6117 -> 0.6133) but exact cue and source fell by 0.0002.
KEEPS_QUOTATIONS_APART = {"standard": True, "polnear": False}
# Whether a content linked to a cue sentences away takes the nearer cue and source of a rule
# statement (linking.with_nearer_rule_cues): PolNeAR dev exact cue F1 fell 0.7392 -> 0.7389.
LINKS_NEARER_RULE_CUES = {"standard": True, "polnear": False}
# Whether a tagged source that holds the cue of the rule statement sharing most of its content
# takes that statement's source (linking.with_rule_sources_for_cues_in_sources): not measured under
# PolNeAR's conventions (round 35's version, which took the rule's cue too, lost PolNeAR dev exact
# content, source and cue F1).
TAKES_RULE_SOURCES_FOR_CUES_IN_SOURCES = {"standard": True, "polnear": False}
# Whether the one a quoting cue quotes "as saying" speaks the gerund's statement, and the quoting
# statement goes (linking.with_quoted_speakers): PolNeAR spans "quoted [X as saying …]" as the
# quoting outlet's one content.
NAMES_THE_QUOTED = {"standard": True, "polnear": False}
# Whether a cue is cut to its verb, without the auxiliaries and adverbs before it or the phrase
# after it (cue_spans.py): PolNeAR's annotators keep them ("has also said"), the Wikinews gold
# does not.
CUTS_CUES_TO_THE_VERB = {"standard": True, "polnear": False}
# Whether the learned path reads the article with plain quotation marks and apostrophes
# (quotegraph.nlp.with_plain_marks: “…” → "…", ‘…’ → '…', it’s → it's; one character for one, so
# every span holds in the text as written). The tagger reads the two styles differently: on Wikinews dev
# set in typographic marks (benchmarks/layouts.py), 63 statements changed and content partial
# precision fell 0.937 -> 0.929 against the same text with plain marks. Under PolNeAR's conventions
# the marks stay as written: 464 of PolNeAR's 840 train texts type them so, the tagger learnt them
# there, and given plain marks it lost 0.8 points of PolNeAR dev content exact F1 (0.612 -> 0.604).
READS_PLAIN_MARKS = {"standard": True, "polnear": False}
# Agentless passives that PolNeAR's conventions drop all the same: a name ("is known as",
# "became known for") or an indictment ("was charged with") is no one's statement. PolNeAR
# counts a few ("also known as"): on its dev set these drop 4 matches and 3 false positives.
PASSIVE_LEMMAS_APPLIED = frozenset({"know", "charge"})



def check_conventions(conventions: str) -> str:
    """`conventions` if it is one of CONVENTIONS.

    Raises:
        QuotegraphError: it is not.
    """
    if conventions not in CONVENTIONS:
        raise QuotegraphError(f"unknown conventions {conventions!r}: choose one of {', '.join(CONVENTIONS)}")
    return conventions


def without_rejected(
    statements: Iterable[Statement],
    rules: Sequence[Statement],
    rejections: Sequence[Rejection],
    conventions: str = DEFAULT_CONVENTIONS,
    *,
    text: str,
) -> list[Statement]:
    """`statements` less those whose cue (or content, in a rejected region) the rules rejected
    for a reason that `conventions` apply. `text` is the article's: by it, a raising passive's
    rejection stands though a rule statement shares its content (raises_its_subject)."""
    interview = transcripts(rejections)
    return [
        s for s in statements
        if not within(s, interview)
        and not _rejected(s, rules, rejection_of(s, rejections, conventions), text)
    ]


def _rejected(
    statement: Statement, rules: Sequence[Statement], rejection: Rejection | None, text: str
) -> bool:
    """Whether a rejection stands: no rule statement shares the cue, nor (unless the passive
    raises its subject) the content."""
    if rejection is None:
        return False
    if rejection.reason == "passive" and raises_its_subject(statement, text):
        return not any(same_cue(statement.cue, rule.cue) for rule in rules)
    return not supported(statement, rules)


def raises_its_subject(statement: Statement, text: str) -> bool:
    """ "[Red notices] are declared [to ask …]": an unquoted content in parts on both sides of its
    cue, the subject and the infinitive of a passive like "is expected to".

    A rule statement that shares such a content is one inside it ("to ask"), another attribution:
    it keeps no agentless passive (of A and dev's learned statements, 4 false positives, no match)."""
    cue = statement.cue
    return (
        cue is not None
        and any(part.end <= cue.start for part in statement.content)
        and any(part.start >= cue.end and WORD.findall(text[part.start:part.end])[:1] == ["to"]
                for part in statement.content)
        and statement.kind is StatementKind.INDIRECT
    )


def within(statement: Statement, regions: Sequence[CharSpan]) -> bool:
    """Whether the statement's content starts inside one of `regions`."""
    start = statement.content[0].start
    return any(region.start <= start < region.end for region in regions)


def transcripts(rejections: Sequence[Rejection]) -> list[CharSpan]:
    """The stretch from the first interview turn to the end of the last, as one region.

    A turn is the paragraph its speaker's label opens; an answer often runs on over further
    paragraphs without a label, and what is said there ("I want…", "you say…") is the
    interview too, not an attribution the article reports, even where a rule reads one there.
    """
    turns = [r.span for r in rejections if r.reason in REGION_REASONS]
    if not turns:
        return []
    return [CharSpan(min(t.start for t in turns), max(t.end for t in turns))]


def without_appointments(statements: Iterable[Statement], text: str) -> list[Statement]:
    """`statements` less those whose cue nominates someone, or seeks a post the content only names."""
    return [s for s in statements if not (appoints(s, text) or seeks_a_post(s, text))]


def without_topics(
    statements: Iterable[Statement], text: str, conventions: str = DEFAULT_CONVENTIONS
) -> list[Statement]:
    """`statements` less, under the standard conventions, the speech events that only name a topic."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    statements = list(statements)
    return [
        s for s in statements
        if not (
            names_a_topic(s, text)
            or speaks_on_a_topic(s, text)
            or topic_beside_a_quotation(s, statements, text)
        )
    ]


def topic_beside_a_quotation(statement: Statement, statements: Sequence[Statement], text: str) -> bool:
    """ "Trump responded [the new rules]: [“I strongly reject …”]", "[The decision], said Roe, [“is a
    reprieve”]": a short noun phrase (is_topic) in its cue's sentence, where another statement of
    the same cue quotes what was said. The tagger spans the object of the cue as a second content;
    the quotation is the statement, the noun phrase what it is about. Only for cues of wording
    (WORDING_LEMMAS): "defended [his record]" reports a judgement through its object."""
    cue = statement.cue
    content = statement.content_text(text)
    if cue is None or statement.cue_lemma not in WORDING_LEMMAS or not is_topic(content):
        return False
    if any(sentence_ends_between(text, part, cue) for part in statement.content):
        return False
    return any(
        other is not statement and same_cue(other.cue, cue) and has_quotation_mark(other.content_text(text))
        for other in statements
    )


def without_far_contents(
    statements: Iterable[Statement],
    rules: Sequence[Statement],
    text: str,
    conventions: str = DEFAULT_CONVENTIONS,
) -> list[Statement]:
    """`statements` less, under the standard conventions, the unquoted contents that lie a
    sentence or more from their cue while the same cue has a content in its own sentence
    (lies_apart_from_its_cue)."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    statements = list(statements)
    return [s for s in statements if not lies_apart_from_its_cue(s, statements, rules, text)]


def lies_apart_from_its_cue(
    statement: Statement, statements: Sequence[Statement], rules: Sequence[Statement], text: str
) -> bool:
    """ "Roe said [the port would close]. [Its owners had sold it.]": an unquoted content in
    another sentence than its cue, where another statement of the same cue has a content in the
    cue's own sentence, and no rule statement shares it.

    One cue reports one thing in its own sentence; a second, unquoted content that the tagger
    links to it from a sentence before or after is the article's narration, almost never the
    report going on: a report that goes on over sentences is quoted ("Roe said the port would
    close. “We had no choice.”"), and a quotation is kept. A rule statement that shares the
    content found an attribution there after all."""
    cue = statement.cue
    if cue is None or has_quotation_mark(statement.content_text(text)) or in_cue_sentence(statement, text):
        return False
    return any(
        other is not statement and same_cue(other.cue, cue) and in_cue_sentence(other, text)
        for other in statements
    ) and not any(_shares_content(statement, rule) for rule in rules)


def without_negated(
    statements: Iterable[Statement],
    rules: Sequence[Statement],
    text: str,
    conventions: str = DEFAULT_CONVENTIONS,
    *,
    belief_lemmas: Collection[str],
) -> list[Statement]:
    """`statements` less, under the standard conventions, those whose cue the tagger spans with a
    negation (non_reports.is_negated), unless a rule statement shares their content or cue, and
    those whose source negates them ("neither X nor Y would provide", non_reports.
    has_a_negative_source), whatever the rules found: the rules read a negation on the verb only.
    `belief_lemmas` (the extraction Lexicon's) are the cues a negation leaves an attitude to."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    return [
        s for s in statements
        if not (is_negated(s, text, belief_lemmas=belief_lemmas) and not supported(s, rules))
        and not has_a_negative_source(s, text, belief_lemmas=belief_lemmas)
    ]


def without_non_reports_whatever_the_parse(
    statements: Iterable[Statement],
    text: str,
    conventions: str = DEFAULT_CONVENTIONS,
    *,
    belief_lemmas: Collection[str],
) -> list[Statement]:
    """The rules' `statements` less, under the standard conventions, those the learned path drops
    as no report whatever their parse (without_negated, without_non_reports): a negative source
    ("[No organization] immediately claimed credit"), a hedge with no one behind it ("the
    declaration appears [to allow him…]"), a raising passive ("a group of people [said] to be from
    the team") and a participle before its noun ("amongst [reported] incidents"). The parse the
    rules read leaves these to a cue verb like any other; on the read Wikinews train and dev
    articles the four drop six statements, none the gold counts. The cues must already be cut to
    their verb (cue_spans.with_cues_as_the_conventions_write_them). PolNeAR's annotators count
    negated reports and hedges, so its conventions keep them all. `belief_lemmas` (the extraction
    Lexicon's) are the cues a negative source leaves an attitude to."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    return [
        s for s in statements
        if not (
            has_a_negative_source(s, text, belief_lemmas=belief_lemmas)
            or hedges(s, text)
            or is_a_raising_passive(s, text)
            or modifies_a_noun(s, text)
        )
    ]


def without_sourceless(
    statements: Iterable[Statement], text: str, conventions: str = DEFAULT_CONVENTIONS
) -> list[Statement]:
    """`statements` less, under the standard conventions, the unquoted contents without source,
    whatever their cue or none (non_reports.names_no_source): PolNeAR's annotators count
    agentless passives, and its conventions keep them."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    return [s for s in statements if not names_no_source(s, text)]


def in_cue_sentence(statement: Statement, text: str) -> bool:
    """Whether a part of the statement's content lies in its cue's sentence."""
    cue = statement.cue
    return cue is not None and any(sentence_ends_between(text, part, cue) == 0 for part in statement.content)


def without_non_reports(
    statements: Iterable[Statement],
    text: str,
    conventions: str = DEFAULT_CONVENTIONS,
    *,
    voting_lemmas: Collection[str],
) -> list[Statement]:
    """`statements` less, under the standard conventions, those whose cue reports nothing: the
    article's own question, a state, a deed, a vote (a cue of `voting_lemmas`, the extraction
    Lexicon's), a thing sought, a hedge, a thing referred to, a cited source, a reaction received,
    naming to a post or by a name, a question put to the source, a raising passive ("said to be"),
    a participle before a noun ("several alleged accomplices") (CONVENTIONS.md, "What is an
    attribution"); the noun a relative clause speaks of, which the tagger links to the clause's
    cue as its content; and an unquoted content whose source lies in another sentence than its
    cue, which names no one in its own. A clause linked to no cue nor source goes
    with the sourceless ones (without_sourceless). PolNeAR's annotators counted some of these, so
    its conventions keep them all."""
    if not DROPS_UNCOUNTED[conventions]:
        return list(statements)
    return [
        s
        for s in statements
        if not (
            asks_in_own_voice(s, text)
            or describes_a_state(s, text)
            or is_a_deed(s, text)
            or is_a_vote(s, text, voting_lemmas)
            or seeks_a_thing(s, text)
            or hedges(s, text)
            or refers_to_a_thing(s, text)
            or cites_a_source(s, text)
            or receives_a_reaction(s, text)
            or names_to_a_post_or_a_name(s, text)
            or is_asked_of_the_source(s, text)
            or is_a_raising_passive(s, text)
            or is_an_antecedent(s, text)
            or modifies_a_noun(s, text)
            or has_its_source_elsewhere(s, text)
        )
    ]




























def rejection_of(
    statement: Statement, rejections: Sequence[Rejection], conventions: str = DEFAULT_CONVENTIONS
) -> Rejection | None:
    """The first rejection `conventions` apply that falls on the statement's cue.

    Regions (an interview's turns) are not asked here: `without_rejected` drops whatever lies
    in a transcript, whichever rules found it (transcripts, within)."""
    if statement.cue is None:
        return None
    applied = APPLIED_REASONS[conventions]
    return next(
        (r for r in rejections
         if r.reason not in REGION_REASONS
         and (r.reason in applied or _names_or_charges(r, statement))
         and r.span.overlaps(statement.cue)),
        None,
    )


def _names_or_charges(rejection: Rejection, statement: Statement) -> bool:
    """An agentless passive of a verb that names or indicts (PASSIVE_LEMMAS_APPLIED)."""
    return rejection.reason == "passive" and statement.cue_lemma in PASSIVE_LEMMAS_APPLIED


def supported(statement: Statement, rules: Sequence[Statement]) -> bool:
    """Whether a rule statement shares the statement's content or its cue."""
    return any(_shares_content(statement, rule) or same_cue(statement.cue, rule.cue) for rule in rules)


def _shares_content(a: Statement, b: Statement) -> bool:
    return any(p.overlaps(q) for p in a.content for q in b.content)
