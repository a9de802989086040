"""Acts that the cue's surroundings decide: attributions by a named outlet, a need as the cue's
object, a measure as the object of a decree verb, a content whose verb runs on after it, and
content acts that a describing clause or a wh-clause takes back."""

from __future__ import annotations

import pytest

from quotegraph.records import Article, CharSpan, Statement, StatementKind
from quotegraph.resolve import resolve_statements
from quotegraph.resolve.acts import speech_act
from quotegraph.resolve.content_acts import act_of_content

CUE_CASES = [
    # lemma, cue, after, content, rest → act
    ("as quoted by", "as quoted by", " the paper", "“The tender was rigged from the start.”", "", "accuse"),
    ("as reported by", "as reported by", " the agency", "“We will rebuild every school.”", "", "promise"),
    ("issue", "issued", " ", "a statement condemning the raid as a disgrace", "", "accuse"),
    ("express", "expressed", " ", "outrage at the scandalous delay", "", "accuse"),
    ("express", "expressed", " ", "gratitude to the volunteers", "", "praise"),
    ("express", "expressed", " ", "concern that the levee could collapse", "", "warn"),
    ("echo", "echoed", " ", "the mayor's view that the budget was fair", "", "state"),
    ("stress", "stressed", " ", "the need for an independent inquiry", "", "demand"),
    ("underline", "underlined", " the importance of talks", "", "", "demand"),
    ("note", "noted", " ", "that the need for beds had fallen", "", "state"),  # reports a need
    ("note", "noted", " ", "the bridge had reopened", "", "state"),
    ("declare", "declared", " a curfew on Friday, ", "keeping residents indoors after dark", "", "demand"),
    ("declare", "declared", " ", "the season open", "", "state"),
    ("claim", "claimed", " ", "the new levy", " is unconstitutional and illegal.", "accuse"),
    ("claim", "claimed", " ", "the new levy", " on Monday.", "claim"),
]


@pytest.mark.parametrize("case", CUE_CASES, ids=lambda case: f"{case[1]} {case[2]}{case[3]}")
def test_acts_from_the_cue_surroundings(case: tuple[str, str, str, str, str, str]) -> None:
    lemma, cue, after, content, rest, act = case
    assert speech_act(lemma, cue, " ", after, content, rest=rest)[0] == act


CONTENT_CASES = [
    # content, direct → act of the content (None: it only states)
    ("“Some tunnels, where all loose rock needs to be cleared, stay shut for weeks.”", True, None),
    ("“Rules which must be followed are posted at the gate.”", True, None),
    ("“The council must clear the tunnels before winter.”", True, "demand"),
    ("“If you must drive, take the coast road.”", True, "demand"),  # the command after the condition
    ("“Crews ran towards danger to pull people out.”", True, None),
    ("she said she had received death threats after the vote", False, None),
    ("“I hope that the Transport Ministry will reopen the line.”", True, "demand"),
    ("“We hope Anna Berg will come home and face the court.”", True, "demand"),
    ("“I hope it will be sunny on Sunday.”", True, "belief"),
    ("“There is a real danger of floods this week.”", True, "warn"),
    ("“Nobody has said whether the tapes should be released.”", True, None),
    ("“The story is not taught like it should be.”", True, None),
    ("“The tapes should be released.”", True, "demand"),
    ("“I would be very happy if the union were to return to the table.”", True, "demand"),
    ("“We'd appreciate it if drivers kept off the bridge.”", True, "demand"),
    ("it would be wrong for him to comment on the trial", False, None),
    ("the river would be high for a week", False, "predict"),
    ("it would be “unwise” to comment on the trial", False, None),
    ("“We consider how the virus spreads between cattle.”", True, None),
    ("“We consider the verdict a fair one.”", True, "belief"),
]


@pytest.mark.parametrize("case", CONTENT_CASES, ids=lambda case: case[0])
def test_acts_of_content_in_describing_clauses(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


WORD_SENSE_CASES = [
    # words whose act-bearing sense is not the one used; content, direct → act
    ("“Rising seas threaten farmers on low-lying islands.”", True, None),
    ("“He is lying about the budget.”", True, "accuse"),
    ("“The ministry should have known about the leak.”", True, "accuse"),
    ("“The mayor has a huge bully pulpit.”", True, None),
    ("“Thank God nobody was hurt.”", True, None),
    ("he was not worried about the contempt resolution", False, None),
    ("“They treat the voters with contempt.”", True, "accuse"),
    ("“Thank you to every volunteer.”", True, "praise"),
    ("police were looking for a man with an outstanding warrant", False, None),
    ("“Her work on the bridge was outstanding.”", True, "praise"),
    ("“The nurses are under tremendous pressure.”", True, None),
    ("“The nurses did a tremendous job.”", True, "praise"),
    ("“We remember the early days of the housing crisis.”", True, None),
    ("she could not attend the hearing because of a flight delay", False, None),
    ("she could attend the hearing next week", False, "intention"),
    ("“He would not have done that to a friend.”", True, None),
    ("“We would not sign that deal.”", True, "reject"),
    ("“I'll tell you, the roads are a mess.”", True, None),
    ("“I will tell the committee everything.”", True, "promise"),
]


@pytest.mark.parametrize("case", WORD_SENSE_CASES, ids=lambda case: case[0])
def test_words_in_a_sense_that_does_no_act(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


def test_a_commitment_in_a_condition_promises_nothing() -> None:
    assert act_of_content("“We will rebuild the pier.”", direct=True) == "promise"
    assert act_of_content("“If we will rebuild the pier, the council pays.”", direct=True) != "promise"


def test_a_role_disowned_rejects() -> None:
    assert act_of_content("“It is not for the board to judge their motives.”", direct=True) == "reject"
    assert act_of_content("“It is not for me to say.”", direct=True) == "reject"


def test_have_to_before_a_noun_phrase_is_no_obligation() -> None:
    memo = "the memo is as close as the public will ever have to an apology"
    assert act_of_content(memo, direct=False) != "demand"
    assert act_of_content("“It has to do with the weather.”", direct=True) is None
    assert act_of_content("“The council has to act now.”", direct=True) == "demand"


INACTION_CASES = [
    ("“The ministry did nothing while the river rose.”", "accuse"),
    ("the regulator was not doing enough to protect savers", "accuse"),
    ("“The league turned a blind eye to the abuse.”", "accuse"),
    ("“The world remains silent while the camps grow.”", "accuse"),
    ("“The relief came too little, too late.”", "accuse"),
    ("“We can do nothing but wait for the water to drop.”", None),
    ("“I did nothing but sleep all weekend.”", None),
    ("“They cut the route without any regard for the villages.”", "accuse"),
    ("“Paying the judges in cash is an act that conflicts with our constitution.”", "accuse"),
    ("“The gifts were wholly inappropriate.”", "accuse"),
    ("the real purpose of the audit was to silence the mayor", "accuse"),
    ("“The real reason for the delay is the weather.”", None),  # an explanation, no motive imputed
    ("“The old gauges are inappropriate for use at sea.”", None),
    ("“He moved the plant with no thought as to who paid for it.”", "accuse"),
    ("“The governor will likely lose this case in court.”", "predict"),  # an outcome, no harm warned of
    ("“Families will lose their homes.”", "warn"),
]


@pytest.mark.parametrize("case", INACTION_CASES, ids=lambda case: case[0])
def test_blame_for_doing_nothing_accuses(case: tuple[str, str | None]) -> None:
    content, act = case
    assert act_of_content(content, direct=content.startswith("“")) == act


def test_a_quotation_without_a_cue_acts_by_its_words() -> None:
    text = "“The council must reopen the bridge.” “It was a clear day.”"
    article = Article(id="a", text=text, origin="a")
    first, second = CharSpan(0, 37), CharSpan(38, len(text))
    statements = [Statement("a", StatementKind.DIRECT, (span,)) for span in (first, second)]
    acts = [statement.act for statement in resolve_statements(article, statements, [])]
    assert acts == ["demand", "state"]


FORETOLD_HARM_CASES = [
    ("closing the clinics would put enormous hardship on rural families", "warn"),
    ("“Labels like that can be really damaging to the children.”", "warn"),
    ("“A second dam failure could bring chaos to the valley.”", "warn"),
    ("“The new wells could prevent suffering next summer.”", "predict"),  # a harm taken away
    ("“The fund will reduce hardship for the families.”", "predict"),
    ("“We can talk about the violence of that winter.”", None),  # no harm foretold by the modal
]


@pytest.mark.parametrize("case", FORETOLD_HARM_CASES, ids=lambda case: case[0])
def test_a_harm_a_modal_foretells_warns(case: tuple[str, str | None]) -> None:
    content, act = case
    assert act_of_content(content, direct=content.startswith("“")) == act


NOT_A_FORECAST_CASES = [
    # content, direct → act: "likely" compared or before a noun phrase, and questions about what will be
    ("voters under thirty were more likely to vote by mail", False, None),
    ("the IDs most likely to be held by drivers were accepted", False, None),
    ("“The server was hacked by a foreign government, likely the Chinese.”", True, None),
    ("prices are likely to keep rising", False, "predict"),
    ("“A loss is increasingly likely.”", True, "predict"),
    ("“The odds are more likely than not that the seat stays empty.”", True, "predict"),
    ("“The real question is how the governor will play with farmers.”", True, None),
    ("the poll asked who they would vote for in March", False, None),
    ("they do not know how many rabbis will ultimately take part", False, None),
    ("the storm would reach land on Friday", False, "predict"),
]


@pytest.mark.parametrize("case", NOT_A_FORECAST_CASES, ids=lambda case: case[0])
def test_tendencies_and_questions_foretell_nothing(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


TOPIC_OR_FORETOLD_NEED_CASES = [
    # content, direct → act: a danger that is only the topic, and a need foretold (no demand)
    ("he briefed the committee about the threat on Monday", False, None),
    ("“We continue to face the threat from the north.”", True, None),
    ("the troops were sent to counter terrorist threats in the region", False, None),
    ("the governor could pose a threat to the reserve", False, "warn"),
    ("“There is a real danger of floods this week.”", True, "warn"),
    ("“The ministry is going to have to grapple with the backlog.”", True, None),
    ("“He'll have to keep the campaign going.”", True, "predict"),
    ("“The ministry has to grapple with the backlog.”", True, "demand"),
]


@pytest.mark.parametrize("case", TOPIC_OR_FORETOLD_NEED_CASES, ids=lambda case: case[0])
def test_a_danger_talked_about_or_a_need_foretold(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


NEGATED_PRAISE_AND_POSSIBILITY_CASES = [
    # content, direct → act: contentment denied praises nothing; what a person could do is no aim
    ("“We're not happy with it, obviously.”", True, None),
    ("he was not very pleased with the board", False, None),
    ("“We are happy with the result.”", True, "praise"),
    ("“Just with a little new information, we could see that his brand takes a hit.”", True, None),
    ("“In the north he could get forty percent.”", True, None),
    ("that she could attend the hearing after all", False, "intention"),
    ("they might end up winning the seat", False, None),
    ("he might rename the monument", False, "intention"),
]


@pytest.mark.parametrize("case", NEGATED_PRAISE_AND_POSSIBILITY_CASES, ids=lambda case: case[0])
def test_contentment_denied_and_a_mere_possibility(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


NO_FAULT_CASES = [
    # content, direct → act: a violent attack, a call for attention, a statistical margin find no fault
    ("“It was the worst terrorist attack on our soil in years.”", True, None),
    ("“This is an attack on the free press.”", True, "accuse"),
    ("“We cannot ignore the changes to the energy market.”", True, None),
    ("the ministry ignored the warnings for months", False, "accuse"),
    ("support fell to 41 percent, outside the poll's margin of error", False, None),
    ("the count was an error by the clerk", False, "accuse"),
]


@pytest.mark.parametrize("case", NO_FAULT_CASES, ids=lambda case: case[0])
def test_words_of_fault_in_a_sense_that_finds_none(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


OWN_VOTE_CASES = [
    # content, direct → act: one's own vote to come intends; refusing one still rejects
    ("“I have never voted in a primary, but I'm going to vote in this one.”", True, "intention"),
    ("“I will be voting for the mayor in March.”", True, "intention"),
    ("they would vote in the Democratic primary", False, "intention"),
    ("“I will not vote for him.”", True, "reject"),
    ("“I will fight for you.”", True, "promise"),
]


@pytest.mark.parametrize("case", OWN_VOTE_CASES, ids=lambda case: case[0])
def test_ones_own_vote_to_come_is_an_intention(case: tuple[str, bool, str | None]) -> None:
    content, direct, act = case
    assert act_of_content(content, direct=direct) == act


def test_the_source_as_written_reaches_the_act() -> None:
    text = "Critics say the plan favours donors. Parents say the plan favours donors."
    article = Article(id="a", text=text, origin="a")
    statements = [
        Statement(
            "a", StatementKind.INDIRECT, (CharSpan(start + 12, start + 35),),
            cue=CharSpan(start + 8, start + 11), cue_lemma="say", source=CharSpan(start, start + 7),
        )
        for start in (0, 37)
    ]
    assert {s.content_text(text) for s in statements} == {"the plan favours donors"}
    acts = [statement.act for statement in resolve_statements(article, statements, [])]
    assert acts == ["accuse", "state"]


@pytest.mark.parametrize(
    ("content", "direct", "act"),
    [("Cruz will “leave here with momentum”", False, "predict"),
     ("they “would not consider requests of this nature”", False, "reject"),
     ("the candidate was not “qualified” for the office", False, "accuse"),
     ("he will “try to form a stable government”", False, "intention"),
     # reported words with no act keep none, marks or not
     ("the mayor “visited the site” on Monday", False, None)],
)
def test_quotation_marks_inside_reported_speech_leave_its_grammar_whole(
    content: str, direct: bool, act: str | None
) -> None:
    assert act_of_content(content, direct=direct) == act


def test_a_content_that_closes_its_sentence_has_no_rest() -> None:
    # what follows the label's closing mark is the next sentence's: its "fraud" accuses no one here
    text = 'Biden called Antifa an "idea." Trump repeated his claims of fraud.'
    article = Article(id="a", text=text, origin="a")
    start = text.index("Antifa")
    statement = Statement(
        "a", StatementKind.INDIRECT, (CharSpan(start, text.index(" Trump")),),
        cue=CharSpan(6, 12), cue_lemma="call", source=CharSpan(0, 5),
    )
    assert statement.content_text(text) == 'Antifa an "idea."'
    [resolved] = resolve_statements(article, [statement], [])
    assert resolved.act == "state"


def test_a_quotation_closed_by_an_editors_bracketed_stop_has_no_rest() -> None:
    # "[.]" ends the quotation's sentence as "." does: the next sentence's "harassing" is not its words
    text = ('Ms Lee told the press, "People have long been accused of spreading germs[.]" '
            "There had been reports of people harassing travellers.")
    article = Article(id="a", text=text, origin="a")
    start = text.index('"People')
    statement = Statement(
        "a", StatementKind.DIRECT, (CharSpan(start, text.index(" There")),),
        cue=CharSpan(7, 11), cue_lemma="tell", source=CharSpan(0, 6),
    )
    assert statement.content_text(text).endswith('germs[.]"')
    [resolved] = resolve_statements(article, [statement], [])
    assert resolved.act == "state"


@pytest.mark.parametrize(
    ("content", "act"),
    [# a thing named by what is to be done to it calls on no one
     ("“The Clinton team has done what they need to do,”", None),
     ("“It's all pie in the sky, what he has to offer,”", None),
     ("“We are doing everything we need to do,”", None),
     # "you'd have to" imagines, as "would have to" does; no need asks for nothing
     ("“You'd have to be insane,”", None),
     ("he saw no need to change anything about his campaign", None),
     # pointed at, the deed is still called for or promised
     ("“That's what my two friends should take a look at.”", "demand"),
     ("“That's what we're going to do between now and November.”", "promise"),
     ("“Congress needs to act now,”", "demand")],
)
def test_a_modal_in_a_free_relative_calls_for_nothing(content: str, act: str | None) -> None:
    assert act_of_content(content, direct=content.startswith("“")) == act
