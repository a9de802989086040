"""The learned statements the conventions count: the rules' rejections applied (no torch, no spaCy),
and end to end through process_articles with a tagger that returns fixed spans."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from quotegraph.errors import QuotegraphError
from quotegraph.extraction import extract_statements, load_lexicon
from quotegraph.learned import learned_statements
from quotegraph.learned.conventions import (
    CONVENTIONS,
    check_conventions,
    rejection_of,
    supported,
    transcripts,
    without_appointments,
    without_far_contents,
    without_negated,
    without_non_reports,
    without_non_reports_whatever_the_parse,
    without_rejected,
    without_sourceless,
    without_topics,
)
from quotegraph.learned.non_reports import (
    has_its_source_elsewhere,
    is_an_antecedent,
    is_topic,
    modifies_a_noun,
    names_a_topic,
    names_to_a_post_or_a_name,
    sentence_around,
    speaks_on_a_topic,
)
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, CharSpan, Rejection, Statement, StatementKind
from tests.learned.fixed import FixedTagger

TEXT = (
    "The ministers signed the agreement on water rights. "
    "Rutte said the alliance would hold. The ministry did not say whether the talks had failed. "
    "The bridge is known as the Iron Gate. The clerk was charged with theft.\n\n"
    "NG: We think the birds will return."
)
# the cues of a vote, an approval or a ratification: deeds (the lexicon's cue_classes.tsv)
VOTING_LEMMAS = load_lexicon("en").voting_lemmas()


def span(part: str, text: str = TEXT) -> CharSpan:
    start = text.index(part)
    return CharSpan(start, start + len(part))


def statement(content: str, cue: str | None = None, lemma: str | None = None) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content),), cue=span(cue) if cue else None, cue_lemma=lemma
    )


SIGNED = statement("the agreement on water rights", "signed")
SAID = statement("the alliance would hold", "said")
IN_TURN = statement("the birds will return", "think")
REJECTIONS = [
    Rejection(span("signed"), "deed"),
    Rejection(span("NG: We think the birds will return."), "interview turn"),
]


def test_a_statement_whose_cue_falls_on_a_rejected_cue_is_dropped() -> None:
    assert without_rejected([SIGNED, SAID], [], REJECTIONS, text=TEXT) == [SAID]


NEGATED = statement("whether the talks had failed", "did not say", "say")
PASSIVE = statement("the alliance would hold", "said", "say")
NEGATED_AND_PASSIVE = [Rejection(span("did not say"), "negated"), Rejection(span("said"), "passive")]


def test_negated_reports_and_agentless_passives_are_no_attributions_under_the_standard_conventions() -> None:
    assert without_rejected([NEGATED, PASSIVE], [], NEGATED_AND_PASSIVE, text=TEXT) == []
    assert without_rejected([NEGATED, PASSIVE], [], NEGATED_AND_PASSIVE, "standard", text=TEXT) == []


def test_polnear_conventions_keep_negated_reports_and_passives_of_belief_and_blame() -> None:
    kept = without_rejected([NEGATED, PASSIVE], [], NEGATED_AND_PASSIVE, "polnear", text=TEXT)
    assert kept == [NEGATED, PASSIVE]


def test_both_conventions_drop_deeds() -> None:
    for conventions in CONVENTIONS:
        assert without_rejected([SIGNED, SAID], [], REJECTIONS, conventions, text=TEXT) == [SAID]


def test_unknown_conventions_are_an_error_naming_them() -> None:
    assert check_conventions("polnear") == "polnear"
    message = "unknown conventions 'citron': choose one of standard, polnear"
    with pytest.raises(QuotegraphError, match=message):
        check_conventions("citron")


def test_passives_that_name_or_indict_are_dropped() -> None:
    named = statement("the Iron Gate", "is known as", "know")
    charged = statement("theft", "was charged with", "charge")
    rejections = [Rejection(span("is known as"), "passive"), Rejection(span("was charged with"), "passive")]
    assert without_rejected([named, charged], [], rejections, "polnear", text=TEXT) == []


def test_a_statement_whose_content_lies_in_a_rejected_region_is_dropped() -> None:
    assert rejection_of(IN_TURN, REJECTIONS) is None  # not a cue rejection: the region drops it
    for conventions in CONVENTIONS:
        assert without_rejected([IN_TURN, SAID], [], REJECTIONS, conventions, text=TEXT) == [SAID]


def test_overlapping_the_cue_is_enough_and_a_statement_without_cue_escapes_cue_rejections() -> None:
    partial = statement("the agreement on water rights", "ministers signed")
    no_cue = statement("the agreement on water rights")
    assert rejection_of(partial, REJECTIONS) == REJECTIONS[0]
    assert rejection_of(no_cue, REJECTIONS) is None


def test_a_statement_the_rules_also_find_is_kept_despite_a_rejection() -> None:
    rule = statement("water rights", "signed")
    assert supported(SIGNED, [rule])
    assert without_rejected([SIGNED], [rule], REJECTIONS, text=TEXT) == [SIGNED]


def test_a_rule_statement_elsewhere_does_not_save_a_rejected_one() -> None:
    assert not supported(SIGNED, [SAID])
    assert without_rejected([SIGNED], [SAID], REJECTIONS, text=TEXT) == []


def pairs(*parts: str, text: str = TEXT) -> list[tuple[int, int]]:
    return [(span(p, text).start, span(p, text).end) for p in parts]


def test_learned_statements_leave_out_the_rejected_ones() -> None:
    tagger = FixedTagger({
        "content": pairs("the agreement on water rights", "the alliance would hold"),
        "cue": pairs("signed", "said"),
        "source": pairs("The ministers", "Rutte"),
    })
    found = learned_statements(
        Article("a", TEXT), tagger, rules=[], mentions=[], lemma_of_cue=load_lexicon("en").lemma_of_cue,
        belief_lemmas=load_lexicon("en").belief_lemmas(), clause_lemmas=load_lexicon("en").clause_lemmas(),
        voting_lemmas=VOTING_LEMMAS, rejections=REJECTIONS,
    )
    assert [s.content_text(TEXT) for s in found] == ["the alliance would hold"]


DEED_ARTICLE = "The council voted for the new budget on Monday.\n\nThe mayor said taxes would fall."


def test_process_articles_hands_the_rules_rejections_to_the_learned_path(nlp: Any) -> None:
    tagger = FixedTagger({
        "content": pairs("the new budget", "taxes would fall", text=DEED_ARTICLE),
        "cue": pairs("voted for", "said", text=DEED_ARTICLE),
        "source": pairs("The council", "The mayor", text=DEED_ARTICLE),
    })
    [result] = process_articles([Article("a", DEED_ARTICLE)], nlp, tagger=tagger)
    assert isinstance(result, ArticleResult)
    assert [s.content_text(DEED_ARTICLE) for s in result.statements] == ["taxes would fall"]


NEGATED_ARTICLE = "The ministry did not say whether the talks had failed.\n\nThe mayor said taxes would fall."


def test_process_articles_counts_negated_reports_only_under_polnear_conventions(nlp: Any) -> None:
    tagger = FixedTagger({
        "content": pairs("whether the talks had failed", "taxes would fall", text=NEGATED_ARTICLE),
        "cue": pairs("say", "said", text=NEGATED_ARTICLE),
        "source": pairs("The ministry", "The mayor", text=NEGATED_ARTICLE),
    })
    contents = {}
    for conventions in CONVENTIONS:
        article = Article("a", NEGATED_ARTICLE)
        [result] = process_articles([article], nlp, tagger=tagger, conventions=conventions)
        assert isinstance(result, ArticleResult)
        contents[conventions] = [s.content_text(NEGATED_ARTICLE) for s in result.statements]
        assert result.provenance is not None
        assert result.provenance.extractor == (
            "learned fixed" if conventions == "standard" else "learned fixed, polnear conventions"
        )
    assert contents == {
        "standard": ["taxes would fall"],
        "polnear": ["whether the talks had failed", "taxes would fall"],
    }


def test_process_articles_refuses_unknown_conventions_before_any_work(nlp: Any) -> None:
    with pytest.raises(QuotegraphError, match="unknown conventions"):
        next(process_articles([Article("a", NEGATED_ARTICLE)], nlp, conventions="loose"))


INTERVIEW = (
    "The council met on Monday. Mayor Lund said the budget was sound.\n\n"
    "((Q)) What comes next?\n\n"
    "((Ada Berg)) We plan a second bridge.\n\n"
    "I want people to see that the river can be crossed on foot.\n\n"
    "((Q)) And the cost?\n\n"
    "((Ada Berg)) Nobody knows yet."
)


def interview_statement(content: str, cue: str) -> Statement:
    return Statement("a", StatementKind.INDIRECT, (span(content, INTERVIEW),), cue=span(cue, INTERVIEW))


INTERVIEW_TURNS = [
    Rejection(span(turn, INTERVIEW), "interview turn")
    for turn in ("((Q)) What comes next?", "((Ada Berg)) We plan a second bridge.",
                 "((Q)) And the cost?", "((Ada Berg)) Nobody knows yet.")
]


def test_an_answer_running_on_past_its_labelled_paragraph_is_part_of_the_interview() -> None:
    before = interview_statement("the budget was sound", "said")
    unlabelled = interview_statement("people to see that the river can be crossed on foot", "want")
    assert transcripts(INTERVIEW_TURNS) == [CharSpan(INTERVIEW.index("((Q))"), len(INTERVIEW))]
    assert without_rejected([before, unlabelled], [], INTERVIEW_TURNS, text=INTERVIEW) == [before]


def test_a_rule_statement_does_not_keep_one_inside_the_interview() -> None:
    unlabelled = interview_statement("people to see that the river can be crossed on foot", "want")
    assert without_rejected([unlabelled], [unlabelled], INTERVIEW_TURNS, text=INTERVIEW) == []


def test_an_article_without_turns_has_no_interview() -> None:
    assert transcripts([Rejection(span("signed"), "deed")]) == []


def test_a_topic_is_a_short_unquoted_noun_phrase_without_a_verb() -> None:
    assert is_topic("the matter")
    assert is_topic("the council's new budget plan")
    assert is_topic("Berg's account")
    assert not is_topic("the budget was sound")  # a clause
    assert not is_topic("budget cuts")  # no determiner: may be a bare plural claim ("denied budget cuts")
    assert not is_topic('"the matter"')  # quoted: the words themselves were said
    assert not is_topic("the plan to widen every road in the northern districts by spring")  # too long


POSTS = (
    "The Green Party nominated a ticket of Ada Berg for mayor. Lund sought the party's nomination. "
    "Lund sought to calm the council. The clerk said the vote was nominated for review."
)


def post_statement(content: str, cue: str, lemma: str | None) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content, POSTS),), cue=span(cue, POSTS), cue_lemma=lemma
    )


def test_nominating_and_seeking_a_post_are_deeds() -> None:
    nominated = post_statement("a ticket of Ada Berg for mayor", "nominated", None)
    sought = post_statement("the party's nomination", "sought", "seek")
    intention = post_statement("to calm the council", "sought to", "seek")
    said = post_statement("the vote was nominated for review", "said", "say")
    assert without_appointments([nominated, sought, intention, said], POSTS) == [intention, said]


TALKS = (
    "The mayor discussed the findings with the council. Berg spoke with reporters about the budget. "
    "Lund spoke of an imminent collapse. The clerk discussed how the vote had been rigged."
)


def talk_statement(content: str, cue: str) -> Statement:
    return Statement("a", StatementKind.INDIRECT, (span(content, TALKS),), cue=span(cue, TALKS))


def test_a_speech_event_that_only_names_its_topic_is_no_attribution_under_the_standard_conventions() -> None:
    findings = talk_statement("the findings", "discussed")
    budget = talk_statement("the budget", "spoke with reporters about")
    collapse = talk_statement("an imminent collapse", "spoke of")  # speaking of a thing asserts it
    rigged = talk_statement("how the vote had been rigged", "discussed")  # an indirect question: the topic
    talks = [findings, budget, collapse, rigged]
    assert names_a_topic(findings, TALKS) and names_a_topic(budget, TALKS) and names_a_topic(rigged, TALKS)
    assert without_topics(talks, TALKS) == [collapse]
    assert without_topics(talks, TALKS, "polnear") == talks
    spoke = talk_statement("an imminent collapse", "spoke")  # the tagger left "of" out of the cue
    assert not names_a_topic(spoke, TALKS)


REPLIES = (
    "Lund responded to the new rules with a post: \u201cWe reject them.\u201d "
    "Berg defended the payments: \u201cThey were lawful.\u201d\n\n"
    "Ahl read the new law. Roe said: \u201cIt was a mistake.\u201d"
)


def reply(content: str, cue: str, lemma: str | None) -> Statement:
    kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
    return Statement("a", kind, (span(content, REPLIES),), cue=span(cue, REPLIES), cue_lemma=lemma)


def test_a_noun_phrase_beside_a_quotation_of_its_wording_cue_is_the_topic_not_a_statement() -> None:
    rules = reply("the new rules", "responded to", "respond")
    rejected = reply("\u201cWe reject them.\u201d", "responded to", "respond")
    payments = reply("the payments", "defended", "defend")  # a judgement reports through its object
    lawful = reply("\u201cThey were lawful.\u201d", "defended", "defend")
    # the quotation lies a sentence away: the noun phrase is no object of this cue's wording
    law = reply("the new law", "said", "say")
    mistake = reply("\u201cIt was a mistake.\u201d", "said", "say")
    found = [rules, rejected, payments, lawful, law, mistake]
    assert without_topics(found, REPLIES) == [rejected, payments, lawful, law, mistake]
    assert without_topics(found, REPLIES, "polnear") == found
    assert without_topics([rules], REPLIES) == [rules]  # no quotation beside it


REMARKS = (
    "Lund commented on the harbour plan. Berg complained about the noise. "
    "Ahl commented on Friday that the harbour would close.\n\n"
    "Why did you agree to run for mayor? Berg agreed to stand for mayor.\n\n"
    "The clerk was already unpopular with the staff. The staff were worried about the clerk. "
    "Police arrested a man near the harbour. Lund accepted that the plan had failed. "
    "The paper, citing anonymous sources, said the port would close. Berg cited the harbour plan."
)


def remark(content: str, cue: str, lemma: str | None = None) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content, REMARKS),), cue=span(cue, REMARKS), cue_lemma=lemma
    )


def test_a_speech_event_on_a_topic_names_it_whatever_its_verb() -> None:
    plan = remark("the harbour plan", "commented on", "comment")
    noise = remark("the noise", "complained about", "complain")  # "about": complaints and warnings
    close = remark("the harbour would close", "commented on Friday", "comment")  # a clause
    assert names_a_topic(plan, REMARKS)
    assert not names_a_topic(noise, REMARKS) and not names_a_topic(close, REMARKS)


def test_the_articles_own_question_reports_nothing() -> None:
    asked = remark("to run for mayor", "agree", "agree")
    agreed = remark("to stand for mayor", "agreed", "agree")
    assert without_non_reports([asked, agreed], REMARKS, voting_lemmas=VOTING_LEMMAS) == [agreed]
    assert without_non_reports(
        [asked, agreed], REMARKS, "polnear", voting_lemmas=VOTING_LEMMAS
    ) == [asked, agreed]


def test_a_sentence_is_found_around_an_offset_within_its_line() -> None:
    start, end = sentence_around(REMARKS, REMARKS.index("did you"))
    assert REMARKS[start:end].strip() == "Why did you agree to run for mayor?"


def test_a_state_a_deed_and_a_cited_source_report_nothing() -> None:
    unpopular = remark("The clerk", "was already unpopular")
    worried = remark("the clerk", "were worried about")  # a participle: an attitude
    arrested = remark("a man near the harbour", "arrested")
    admitted = remark("that the plan had failed", "accepted")  # a clause: an admission
    sources = remark("anonymous sources", "citing", "cite")
    cited = remark("the harbour plan", "cited", "cite")
    found = [unpopular, worried, arrested, admitted, sources, cited]
    assert without_non_reports(found, REMARKS, voting_lemmas=VOTING_LEMMAS) == [worried, admitted, cited]
    assert without_non_reports(found, REMARKS, "polnear", voting_lemmas=VOTING_LEMMAS) == found


SEEKING = (
    "Lund sought expert advice on the bridge. Lund sought to calm the council. "
    "The new bridge appears able to carry trains."
)


def seeking_statement(content: str, cue: str, lemma: str) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content, SEEKING),), cue=span(cue, SEEKING), cue_lemma=lemma
    )


def test_seeking_a_thing_and_a_hedge_report_nothing_but_an_intention_does() -> None:
    advice = seeking_statement("expert advice on the bridge", "sought", "seek")
    calm = seeking_statement("to calm the council", "sought", "seek")
    hedge = seeking_statement("able to carry trains", "appears", "appear")
    assert without_non_reports([advice, calm, hedge], SEEKING, voting_lemmas=VOTING_LEMMAS) == [calm]


REFERRING = (
    "The Hall refers to the city council. Lund referred to the vote as a farce. "
    "Berg, referring to that the port had closed, left."
)


def test_a_thing_referred_to_is_no_report_but_naming_it_as_something_is() -> None:
    council = Statement(
        "a", StatementKind.INDIRECT, (span("the city council", REFERRING),),
        cue=span("refers to", REFERRING), cue_lemma="refer",
    )
    farce = Statement(
        "a", StatementKind.INDIRECT, (span("the vote as a farce", REFERRING),),
        cue=span("referred to", REFERRING), cue_lemma="refer",
    )
    closed = Statement(
        "a", StatementKind.INDIRECT, (span("that the port had closed", REFERRING),),
        cue=span("referring to", REFERRING), cue_lemma="refer",
    )
    assert without_non_reports(
        [council, farce, closed], REFERRING, voting_lemmas=VOTING_LEMMAS
    ) == [farce, closed]


RAISED = "Red notices are declared to ask the police to arrest a person."


def test_a_raising_passive_stays_rejected_though_a_rule_statement_lies_inside_its_content() -> None:
    notices, ask = span("Red notices", RAISED), span("to ask the police to arrest a person", RAISED)
    declared = span("are declared", RAISED)
    raised = Statement("a", StatementKind.INDIRECT, (notices, ask), cue=declared, cue_lemma="declare")
    inside = Statement(
        "a", StatementKind.INDIRECT, (span("the police to arrest a person", RAISED),),
        cue=span("to ask", RAISED),
    )
    rejections = [Rejection(span("declared", RAISED), "passive")]
    assert without_rejected([raised], [inside], rejections, text=RAISED) == []
    same_cue = Statement("a", StatementKind.INDIRECT, (ask,), cue=declared)
    assert without_rejected([raised], [same_cue], rejections, text=RAISED) == [raised]


def test_a_change_undergone_and_a_reputation_are_no_reports_under_the_standard_conventions(nlp) -> None:  # type: ignore[no-untyped-def]
    """Extraction's rejections of the parsed sentences drop the tagger's statements on the same
    cues under the standard conventions only."""
    text = "The towns have seen a rise in thefts. The mayor became known for his temper."
    rejections: list[Rejection] = []
    rules = extract_statements(nlp(text), article_id="a", rejections=rejections)
    seen = Statement(
        "a", StatementKind.INDIRECT, (span("a rise in thefts", text),),
        cue=span("have seen", text), cue_lemma="see",
    )
    known = Statement(
        "a", StatementKind.INDIRECT, (span("his temper", text),),
        cue=span("known for", text), cue_lemma="know",
    )
    assert without_rejected([seen, known], rules, rejections, text=text) == []
    # PolNeAR keeps the change; "known for" it drops all the same, as a name (PASSIVE_LEMMAS_APPLIED)
    assert without_rejected([seen, known], rules, rejections, "polnear", text=text) == [seen]


def test_a_negated_report_around_an_unasserted_one_is_dropped_under_the_standard_conventions(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "did not say whether he supports…": the report inside the question is set aside, so it no
    longer keeps the tagger's negated report that shares its content."""
    text = "The mayor did not say whether he supports the plan."
    rejections: list[Rejection] = []
    rules = extract_statements(nlp(text), article_id="a", rejections=rejections)
    assert rules == []
    negated = Statement(
        "a", StatementKind.INDIRECT, (span("whether he supports the plan", text),),
        cue=span("did not say", text), cue_lemma="say",
    )
    assert without_rejected([negated], rules, rejections, text=text) == []


EVENTS = (
    "The mayor received criticism for her handling of the flood. Berg criticised the mayor. "
    "The plan drew criticism from farmers for its cost. The mayor has drawn praise for her calm."
)


def event(content: str, cue: str, lemma: str | None = None) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content, EVENTS),), cue=span(cue, EVENTS), cue_lemma=lemma
    )


def test_a_reaction_received_names_its_target_not_a_speaker() -> None:
    criticised = event("her handling of the flood", "received criticism for")
    criticism = event("the mayor", "criticised", "criticise")
    farmers = event("its cost", "drew criticism from farmers for")  # the critics named
    praised = event("her calm", "has drawn praise for")
    assert without_non_reports(
        [criticised, criticism, farmers, praised], EVENTS, voting_lemmas=VOTING_LEMMAS
    ) == [criticism, farmers]
    assert without_non_reports(
        [criticised, criticism], EVENTS, "polnear", voting_lemmas=VOTING_LEMMAS
    ) == [criticised, criticism]


LOOSE = "The team hopes to run a full marathon. “We will be back,” the coach said. “Next year.”"


def test_an_unquoted_content_linked_to_no_cue_nor_source_reports_nothing() -> None:
    marathon = Statement("a", StatementKind.INDIRECT, (span("to run a full marathon", LOOSE),))
    back = Statement(
        "a", StatementKind.DIRECT, (span("“We will be back,”", LOOSE),),
        cue=span("said", LOOSE), source=span("the coach", LOOSE),
    )
    next_year = Statement("a", StatementKind.DIRECT, (span("“Next year.”", LOOSE),))  # goes on the quotation
    assert without_sourceless([marathon, back, next_year], LOOSE) == [back, next_year]
    assert without_sourceless([marathon], LOOSE, "polnear") == [marathon]


NAMING = (
    "Roe named Senator Ahl as her running mate. Berg named the operation “Peace Spring”. "
    "Lund named both parties as terrorists."
)


def test_naming_someone_to_a_post_or_a_thing_by_a_name_reports_nothing() -> None:
    def named(content: str) -> Statement:
        before = NAMING.rindex("named", 0, NAMING.index(content))  # the "named" before the content
        cue = CharSpan(before, before + len("named"))
        return Statement("a", StatementKind.INDIRECT, (span(content, NAMING),), cue=cue, cue_lemma="name")

    post = named("Senator Ahl as her running mate")
    operation = named("the operation “Peace Spring”")
    terrorists = named("both parties as terrorists")  # evaluative naming: a report
    assert names_to_a_post_or_a_name(post, NAMING) and names_to_a_post_or_a_name(operation, NAMING)
    assert without_non_reports(
        [post, operation, terrorists], NAMING, voting_lemmas=VOTING_LEMMAS
    ) == [terrorists]


SPEECHES = (
    "Biden delivered a speech on racial inequality. Roe made a statement about that the port would close. "
    "Berg complained about the noise."
)


def test_a_light_verb_and_its_noun_before_a_preposition_of_topic_name_the_topic() -> None:
    def event(content: str, cue: str, lemma: str | None = None) -> Statement:
        parts = (span(content, SPEECHES),)
        return Statement("a", StatementKind.INDIRECT, parts, cue=span(cue, SPEECHES), cue_lemma=lemma)

    speech = event("racial inequality", "delivered a speech on")
    clause = event("that the port would close", "made a statement about")  # a clause says what
    noise = event("the noise", "complained about", "complain")  # a cue the lexicon knows
    assert speaks_on_a_topic(speech, SPEECHES)
    assert without_topics([speech, clause, noise], SPEECHES) == [clause, noise]
    assert without_topics([speech], SPEECHES, "polnear") == [speech]


PLANS = "Biden introduced an economic plan. The minister presented evidence that the plan had failed."


def test_introducing_a_plan_is_a_deed_presenting_a_clause_a_report() -> None:
    plan = Statement(
        "a", StatementKind.INDIRECT, (span("an economic plan", PLANS),), cue=span("introduced", PLANS)
    )
    evidence = Statement(
        "a", StatementKind.INDIRECT, (span("that the plan had failed", PLANS),),
        cue=span("presented evidence", PLANS),
    )
    assert without_non_reports([plan, evidence], PLANS, voting_lemmas=VOTING_LEMMAS) == [evidence]


TITLED = (
    'Roe introduced a plan called "Open Harbours" to the council. '
    'Roe introduced a plan to cut fares, calling it "the fairest deal in a generation". '
    'Roe introduced “Harbour Days” and “Open Port Week” on Monday.'
)


def test_a_deed_whose_content_quotes_only_a_title_reports_nothing() -> None:
    def introduced(content: str) -> Statement:
        parts = (span(content, TITLED),)
        cue = TITLED.rindex("introduced", 0, parts[0].start)
        return Statement(
            "a", StatementKind.INDIRECT, parts, cue=CharSpan(cue, cue + len("introduced"))
        )

    titled = introduced('a plan called "Open Harbours"')
    quoting = introduced('a plan to cut fares, calling it "the fairest deal in a generation"')
    two_titles = introduced("“Harbour Days” and “Open Port Week”")
    unpaired = replace(titled, content=(span('a plan called "Open Harbours', TITLED),))
    found = [titled, quoting, two_titles, unpaired]
    assert without_non_reports(found, TITLED, voting_lemmas=VOTING_LEMMAS) == [quoting, unpaired]
    assert without_non_reports(found, TITLED, "polnear", voting_lemmas=VOTING_LEMMAS) == found


ASKED = (
    "Leyts, when asked whether an inquiry was held, told reporters it was. "
    "Ahl, after being repeatedly asked about the delay, left. Kim was asked to resign. "
    "Roe is asking for a recount. Berg asked if it was safe."
)


def test_a_question_put_to_the_source_is_no_statement_of_theirs() -> None:
    def asked(content: str, cue: str) -> Statement:
        return Statement(
            "a", StatementKind.INDIRECT, (span(content, ASKED),), cue=span(cue, ASKED), cue_lemma="ask"
        )

    reduced = asked("whether an inquiry was held", "asked")
    passive = asked("about the delay", "repeatedly asked")
    resign = asked("to resign", "was asked")  # an agentless passive: the rules' rejection, not this
    asking = asked("for a recount", "is asking")  # Roe asks
    berg = asked("if it was safe", "asked if")  # Berg asks
    assert without_non_reports(
        [reduced, passive, resign, asking, berg], ASKED, voting_lemmas=VOTING_LEMMAS
    ) == [resign, asking, berg]
    assert without_non_reports(
        [reduced, passive], ASKED, "polnear", voting_lemmas=VOTING_LEMMAS
    ) == [reduced, passive]


RAISINGS = (
    "A group of people said to be from the team arrived. Roe is alleged to have lied. "
    "The man, believed by police to be armed, fled. Lund said to be careful. "
    "Leyts told us only two were known to have tested positive."
)


def test_a_raising_passive_describes_its_subject_and_reports_no_one() -> None:
    def raised(content: str, cue: str, source: str) -> Statement:
        return Statement("a", StatementKind.INDIRECT, (span(content, RAISINGS),), cue=span(cue, RAISINGS),
                         cue_lemma="say", source=span(source, RAISINGS))

    group = raised("to be from the team arrived", "said", "A group of people")
    alleged = raised("to have lied", "is alleged", "Roe")
    by_police = raised("to be armed", "believed", "police")  # the agent stands between: kept
    lund = raised("to be careful", "said to be", "Lund")  # the infinitive is in the cue: kept
    lund_said = RAISINGS.index("said to be careful")  # Lund's own, not the first "said to be"
    lund = replace(lund, cue=CharSpan(lund_said, lund_said + len("said to be")))
    leyts = raised("to have tested positive", "were known", "Leyts")  # another's report: kept
    found = [group, alleged, by_police, lund, leyts]
    assert without_non_reports(found, RAISINGS, voting_lemmas=VOTING_LEMMAS) == [by_police, lund, leyts]
    assert without_non_reports(found, RAISINGS, "polnear", voting_lemmas=VOTING_LEMMAS) == found


VOTES = (
    "Congress approved a budget with less money. Lund votes to impeach the president. "
    "The board approved of the plan. The council approved that the fees would rise."
)


def test_a_vote_or_an_approval_is_a_deed_but_approving_of_a_plan_an_opinion() -> None:
    def voted(content: str, cue: str, lemma: str) -> Statement:
        return Statement(
            "a", StatementKind.INDIRECT, (span(content, VOTES),), cue=span(cue, VOTES), cue_lemma=lemma
        )

    budget = voted("a budget with less money", "approved", "approve")
    impeach = voted("to impeach the president", "votes", "vote")
    opinion = voted("the plan", "approved of", "approve")  # "approve of": an opinion
    clause = voted("that the fees would rise", "approved that", "approve")  # a clause says something
    found = [budget, impeach, opinion, clause]
    assert without_non_reports(found, VOTES, voting_lemmas=VOTING_LEMMAS) == [opinion, clause]
    assert without_non_reports(found, VOTES, "polnear", voting_lemmas=VOTING_LEMMAS) == found


APART = (
    "Roe said the port would close. Its owners had sold it in May. "
    "Lund said the harbour was safe. \u201cWe checked every pier.\u201d "
    "Berg warned of floods. The river rose overnight."
)


def test_an_unquoted_content_a_sentence_from_its_cue_is_dropped_when_the_cue_has_one_in_its_own() -> None:
    def apart(content: str, cue: str) -> Statement:
        kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
        return Statement("a", kind, (span(content, APART),), cue=span(cue, APART), cue_lemma="say")

    close = apart("the port would close", "Roe said")
    sold = apart("Its owners had sold it in May", "Roe said")  # the article's narration
    safe = apart("the harbour was safe", "Lund said")
    checked = apart("\u201cWe checked every pier.\u201d", "Lund said")  # quoted: the report goes on
    floods = apart("The river rose overnight", "Berg warned")  # the cue has no content of its own
    found = [close, sold, safe, checked, floods]
    assert without_far_contents(found, [], APART) == [close, safe, checked, floods]
    # a rule statement that shares the content found an attribution there after all
    ruled = Statement("a", StatementKind.INDIRECT, (span("had sold it", APART),))
    assert without_far_contents(found, [ruled], APART) == found
    assert without_far_contents(found, [], APART, "polnear") == found


NO_OR_WITHOUT = (
    "The board has made no recommendation on masks. Without mentioning any symptoms, Roe left. "
    "Lund had no doubt the dam would hold. Berg made no comment: \u201cWe wait.\u201d "
    "Ahl made a recommendation on vaccines."
)


def test_a_cue_negated_by_no_or_without_is_dropped_unless_a_belief_or_a_quotation() -> None:
    def negated(content: str, cue: str, lemma: str | None) -> Statement:
        kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
        return Statement(
            "a", kind, (span(content, NO_OR_WITHOUT),), cue=span(cue, NO_OR_WITHOUT), cue_lemma=lemma
        )

    masks = negated("on masks", "has made no recommendation", None)
    symptoms = negated("any symptoms", "Without mentioning", "mention")
    dam = negated("the dam would hold", "had no doubt", "doubt")  # a belief: still an attitude
    wait = negated("\u201cWe wait.\u201d", "made no comment", None)  # quoted: the gold keeps it
    vaccines = negated("on vaccines", "made a recommendation", None)
    found = [masks, symptoms, dam, wait, vaccines]
    beliefs = load_lexicon("en").belief_lemmas()
    assert without_negated(found, [], NO_OR_WITHOUT, belief_lemmas=beliefs) == [dam, wait, vaccines]
    # a rule statement that shares the content found an attribution there after all
    ruled = Statement("a", StatementKind.INDIRECT, (span("any symptoms", NO_OR_WITHOUT),))
    kept = [symptoms, dam, wait, vaccines]
    assert without_negated(found, [ruled], NO_OR_WITHOUT, belief_lemmas=beliefs) == kept
    assert without_negated(found, [], NO_OR_WITHOUT, "polnear", belief_lemmas=beliefs) == found


NOBODY = (
    "Neither Dasbach nor Mears would provide an image of the wound. No organization claimed credit "
    "for the attack. None of the scholars thought a deal was likely. No one but Graham praised the "
    "plan. Nobody said: \u201cWe wait.\u201d Lund would provide the figures."
)


def test_a_source_that_negates_the_report_drops_it_whatever_the_rules_found() -> None:
    def by(source: str, cue: str, content: str, lemma: str | None) -> Statement:
        kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
        return Statement(
            "a", kind, (span(content, NOBODY),), cue=span(cue, NOBODY), cue_lemma=lemma,
            source=span(source, NOBODY),
        )

    image = by("Neither Dasbach nor Mears", "would provide", "an image of the wound", None)
    credit = by("No organization", "claimed credit", "for the attack", "credit")
    deal = by("None of the scholars", "thought", "a deal was likely", "think")  # a belief: kept
    plan = by("No one but Graham", "praised", "the plan", "praise")  # Graham did: kept
    wait = by("Nobody", "said", "\u201cWe wait.\u201d", "say")  # quoted: kept
    figures = by("Lund", "would provide", "the figures", None)
    found = [image, credit, deal, plan, wait, figures]
    beliefs = load_lexicon("en").belief_lemmas()
    kept = [deal, plan, wait, figures]
    assert without_negated(found, [], NOBODY, belief_lemmas=beliefs) == kept
    # the rules read a negation on the verb only: their statement on the same content is no support
    ruled = Statement("a", StatementKind.INDIRECT, (span("for the attack", NOBODY),))
    assert without_negated(found, [ruled], NOBODY, belief_lemmas=beliefs) == kept
    assert without_negated(found, [], NOBODY, "polnear", belief_lemmas=beliefs) == found


EXPECTED = "Over 500,000 women were expected at the march. “We are here,” Roe said. “All of us.”"


def test_an_unquoted_content_without_source_reports_no_one_whatever_its_cue() -> None:
    women = Statement(
        "a", StatementKind.INDIRECT, (span("Over 500,000 women", EXPECTED),),
        cue=span("were expected", EXPECTED), cue_lemma="expect",
    )
    here = Statement(
        "a", StatementKind.DIRECT, (span("“We are here,”", EXPECTED),),
        cue=span("said", EXPECTED), source=span("Roe", EXPECTED), cue_lemma="say",
    )
    all_of_us = Statement("a", StatementKind.DIRECT, (span("“All of us.”", EXPECTED),))  # goes on Roe's words
    assert without_sourceless([women, here, all_of_us], EXPECTED) == [here, all_of_us]
    assert without_sourceless([women], EXPECTED, "polnear") == [women]


ADDRESSED_TEXT = "Ahl congratulated Pelosi on Friday. Rutte said the alliance would hold."


def test_an_act_addressed_to_someone_is_dropped_only_under_the_standard_conventions() -> None:
    """Extraction's "someone" rejection ("congratulated [Pelosi]": the one the act is addressed
    to) holds for the tagger's statement on the same cue."""
    pelosi = Statement(
        "a", StatementKind.INDIRECT, (span("Pelosi on Friday", ADDRESSED_TEXT),),
        cue=span("congratulated", ADDRESSED_TEXT), cue_lemma="congratulate",
    )
    said = Statement(
        "a", StatementKind.INDIRECT, (span("the alliance would hold", ADDRESSED_TEXT),),
        cue=span("said", ADDRESSED_TEXT), cue_lemma="say",
    )
    rejections = [Rejection(span("congratulated", ADDRESSED_TEXT), "someone")]
    assert without_rejected([pelosi, said], [], rejections, "standard", text=ADDRESSED_TEXT) == [said]
    assert without_rejected([pelosi, said], [], rejections, "polnear", text=ADDRESSED_TEXT) == [pelosi, said]


def test_a_feeling_or_a_words_meaning_rejected_by_the_rules_stays_with_the_tagger() -> None:
    """Not applied ("expressed [their outrage]", a word's meaning): they cost attributions the gold counts."""
    statement = Statement(
        "a", StatementKind.INDIRECT, (span("Pelosi on Friday", ADDRESSED_TEXT),),
        cue=span("congratulated", ADDRESSED_TEXT), cue_lemma="congratulate",
    )
    for reason in ("feeling", "meaning"):
        rejections = [Rejection(span("congratulated", ADDRESSED_TEXT), reason)]
        assert without_rejected([statement], [], rejections, "standard", text=ADDRESSED_TEXT) == [statement]


LONG_TOPICS = (
    "Roe flew to Lyon to discuss the wildfires wreaking havoc in the southern hills. "
    "Lund spoke with reporters about the plan to widen every road in the northern districts by spring. "
    "Ahl discussed how the fires had spread across the valley."
)


def test_what_is_discussed_is_a_topic_however_long_its_noun_phrase() -> None:
    def stated(content: str, cue: str) -> Statement:
        return Statement(
            "a", StatementKind.INDIRECT, (span(content, LONG_TOPICS),), cue=span(cue, LONG_TOPICS)
        )

    wildfires = stated("the wildfires wreaking havoc in the southern hills", "to discuss")
    roads = stated(
        "the plan to widen every road in the northern districts by spring", "spoke with reporters about"
    )
    assert names_a_topic(wildfires, LONG_TOPICS)
    assert not names_a_topic(roads, LONG_TOPICS)  # speaking about it may say something of it in a few words
    assert without_topics([wildfires, roads], LONG_TOPICS) == [roads]
    assert without_topics([wildfires, roads], LONG_TOPICS, "polnear") == [wildfires, roads]


ANTECEDENTS = (
    "Johnson was impeached over violations of the Act, which the Supreme Court later ruled to be "
    "unconstitutional. \u201cWe won,\u201d Cruz, who has proposed it, said. The plan, Roe said, would fail."
)


def test_the_noun_a_relative_clause_speaks_of_is_no_content_of_its_cue() -> None:
    def by(content: str, cue: str, source: str) -> Statement:
        kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
        return Statement(
            "a", kind, (span(content, ANTECEDENTS),), cue=span(cue, ANTECEDENTS), cue_lemma="say",
            source=span(source, ANTECEDENTS),
        )

    violations = by("violations of the Act", "later ruled", "the Supreme Court")
    which = by("which", "later ruled", "the Supreme Court")  # the clause's own content: after the pronoun
    won = by("\u201cWe won,\u201d", "said", "Cruz")  # quoted, and its source before "who"
    plan = by("The plan", "Roe said", "Roe")  # no relative pronoun between
    assert is_an_antecedent(violations, ANTECEDENTS)
    assert not any(is_an_antecedent(s, ANTECEDENTS) for s in (which, won, plan))
    found = [violations, won, plan]
    assert without_non_reports(found, ANTECEDENTS, voting_lemmas=VOTING_LEMMAS) == [won, plan]
    assert without_non_reports(found, ANTECEDENTS, "polnear", voting_lemmas=VOTING_LEMMAS) == found



PARTICIPLES = (
    "Several alleged accomplices were tried. Police suspected fraud. The critics' reported doubts grew."
)


def test_a_participle_before_a_noun_describes_it_and_reports_no_one() -> None:
    def by(content: str, cue: str, source: str) -> Statement:
        return Statement(
            "a", StatementKind.INDIRECT, (span(content, PARTICIPLES),), cue=span(cue, PARTICIPLES),
            cue_lemma="allege", source=span(source, PARTICIPLES),
        )

    accomplices = by("accomplices", "alleged", "Several")
    fraud = by("fraud", "suspected", "Police")  # its subject before it: a report
    doubts = by("doubts grew", "reported", "The critics'")  # after a possessive
    assert modifies_a_noun(accomplices, PARTICIPLES)
    assert modifies_a_noun(doubts, PARTICIPLES)
    assert not modifies_a_noun(fraud, PARTICIPLES)
    found = [accomplices, fraud, doubts]
    assert without_non_reports(found, PARTICIPLES, voting_lemmas=VOTING_LEMMAS) == [fraud]
    assert without_non_reports(found, PARTICIPLES, "polnear", voting_lemmas=VOTING_LEMMAS) == found


ELSEWHERE = (
    "The court heard the critics. Claims of discrimination contributed to the ruling. "
    "Roe said the port would close. Lund spoke first:\n\n\u201cWe are ready.\u201d"
)


def test_an_unquoted_content_whose_source_lies_in_another_sentence_names_no_one() -> None:
    def by(content: str, cue: str, source: str) -> Statement:
        kind = StatementKind.DIRECT if "\u201c" in content else StatementKind.INDIRECT
        return Statement(
            "a", kind, (span(content, ELSEWHERE),), cue=span(cue, ELSEWHERE), cue_lemma="claim",
            source=span(source, ELSEWHERE),
        )

    claims = by("discrimination", "Claims of", "the critics")
    port = by("the port would close", "said", "Roe")
    ready = by("\u201cWe are ready.\u201d", "spoke first", "Lund")  # a quotation after its speaker's line
    assert has_its_source_elsewhere(claims, ELSEWHERE)
    assert not any(has_its_source_elsewhere(s, ELSEWHERE) for s in (port, ready))
    found = [claims, port, ready]
    assert without_non_reports(found, ELSEWHERE, voting_lemmas=VOTING_LEMMAS) == [port, ready]
    assert without_non_reports(found, ELSEWHERE, "polnear", voting_lemmas=VOTING_LEMMAS) == found


RULE_NON_REPORTS = (
    "No group claimed responsibility for the bombing. The rule appears to allow the move. "
    "A group of men said to be from the club arrived. Police told us the bar was closed."
)


def test_the_rules_lose_what_reports_nothing_whatever_the_parse_under_the_standard_conventions() -> None:
    def stated(content: str, cue: str, source: str | None, lemma: str) -> Statement:
        return Statement("a", StatementKind.INDIRECT, (span(content, RULE_NON_REPORTS),),
                         cue=span(cue, RULE_NON_REPORTS), cue_lemma=lemma,
                         source=span(source, RULE_NON_REPORTS) if source else None)

    negative = stated("responsibility for the bombing", "claimed", "No group", "claim")
    hedge = stated("to allow the move", "appears", "The rule", "appear")
    raising = stated("to be from the club arrived", "said", "A group of men", "say")
    report = stated("the bar was closed", "told", "Police", "tell")
    found = [negative, hedge, raising, report]
    kept = without_non_reports_whatever_the_parse(found, RULE_NON_REPORTS, belief_lemmas={"believe"})
    assert kept == [report]
    assert without_non_reports_whatever_the_parse(
        found, RULE_NON_REPORTS, "polnear", belief_lemmas={"believe"}
    ) == found



SHARED = "The maker shared his experience on the forum. Others shared that the heads were heavy."


@pytest.mark.parametrize(("conventions", "lemmas"), [
    ("standard", [None, "share"]),
    ("polnear", ["share", "share"]),
])
def test_a_thing_shared_leaves_its_cue_without_lemma_only_under_the_standard_conventions(
    conventions: str, lemmas: list[str | None]
) -> None:
    tagger = FixedTagger({
        "content": pairs("his experience on the forum", "that the heads were heavy", text=SHARED),
        "cue": [(start, start + 6) for start in (SHARED.index("shared"), SHARED.rindex("shared"))],
        "source": pairs("The maker", "Others", text=SHARED),
    })
    lexicon = load_lexicon("en")
    found = learned_statements(
        Article("a", SHARED), tagger, rules=[], mentions=[], lemma_of_cue=lexicon.lemma_of_cue,
        belief_lemmas=lexicon.belief_lemmas(), clause_lemmas=lexicon.clause_lemmas(),
        voting_lemmas=VOTING_LEMMAS, that_clause_lemmas=lexicon.that_clause_lemmas(), conventions=conventions,
    )
    assert [s.cue_lemma for s in found] == lemmas


SWAPPED = "Figures from the city council show about 300 homes were flooded last year."


@pytest.mark.parametrize(("conventions", "source"), [
    ("standard", "Figures from the city council"),
    ("polnear", "the city council show"),
])
def test_a_source_holding_the_rules_cue_takes_the_rules_source_only_under_the_standard_conventions(
    conventions: str, source: str
) -> None:
    content = "about 300 homes were flooded last year"
    tagger = FixedTagger({
        "content": pairs(content, text=SWAPPED),
        "cue": pairs("Figures", text=SWAPPED),
        "source": pairs("the city council show", text=SWAPPED),
    })
    rule = Statement("a", StatementKind.INDIRECT, (span(content, SWAPPED),), cue=span("show", SWAPPED),
                     source=span("Figures from the city council", SWAPPED), cue_lemma="show")
    lexicon = load_lexicon("en")
    [found] = learned_statements(
        Article("a", SWAPPED), tagger, rules=[rule], mentions=[], lemma_of_cue=lexicon.lemma_of_cue,
        belief_lemmas=lexicon.belief_lemmas(), clause_lemmas=lexicon.clause_lemmas(),
        voting_lemmas=VOTING_LEMMAS, conventions=conventions,
    )
    assert found.cue is not None and found.source is not None
    assert (found.cue.text_of(SWAPPED), found.source.text_of(SWAPPED)) == ("Figures", source)
