"""One test per construction the extraction covers, on short texts written for the test."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import Statement, StatementKind


def found(nlp, text: str, *, split: bool = True) -> list[Statement]:  # type: ignore[no-untyped-def]
    return extract_statements(nlp(text), article_id="t", split_continuations=split)


def parts(statement: Statement, text: str) -> list[str]:
    return [part.text_of(text) for part in statement.content]


CASES = [
    # (text, content parts, cue, source, kind)
    ("“We will win,” Rutte said.", ["“We will win,”"], "said", "Rutte", "direct"),
    ('"It is over," said Mark Rutte.', ['"It is over,"'], "said", "Mark Rutte", "direct"),
    (
        "“A deal is close,” she said, “but not done.”",
        ["“A deal is close,”", "“but not done.”"],
        "said",
        "she",
        "direct",
    ),
    ('She told reporters: "We are ready."', ['"We are ready."'], "told", "She", "direct"),
    (
        "Rutte said that the alliance would stand firm.",
        ["that the alliance would stand firm"],
        "said",
        "Rutte",
        "indirect",
    ),
    (
        "Local police warned residents in the area to stay indoors.",
        ["residents in the area to stay indoors"],
        "warned",
        "Local police",
        "indirect",
    ),
    (
        "The president vowed support for the rebels.",
        ["support for the rebels"],
        "vowed",
        "The president",
        "indirect",
    ),
    (
        "According to the ministry, the talks failed.",
        ["the talks failed"],
        "According to",
        "the ministry",
        "indirect",
    ),
    (
        "Trump, who spoke in Ohio on Monday, said the election was rigged.",
        ["the election was rigged"],
        "said",
        "Trump, who spoke in Ohio on Monday,",
        "indirect",
    ),
    (
        "The plan was announced by the ministry on Friday.",
        ["The plan"],
        "was announced",
        "the ministry",
        "indirect",
    ),
    (
        "The president rejected the idea of a ceasefire.",
        ["the idea of a ceasefire"],
        "rejected",
        "The president",
        "indirect",
    ),
    ("Merkel ruled out new sanctions.", ["new sanctions"], "ruled out", "Merkel", "indirect"),
    (
        "The senator said the bill was “dead on arrival” in the House.",
        ["the bill was “dead on arrival” in the House"],
        "said",
        "The senator",
        "mixed",
    ),
    (
        "Acts of protest, Mr. Obama said, are acts of patriotism.",
        ["Acts of protest", "are acts of patriotism"],
        "said",
        "Mr. Obama",
        "indirect",
    ),
    # An aside with whom it was said to and when: the clause goes on after it.
    (
        "The solution, the partner told them, was simple.",
        ["The solution", "was simple"],
        "told",
        "the partner",
        "indirect",
    ),
    (
        "The plan, the mayor said on Monday, is a disaster.",
        ["The plan", "is a disaster"],
        "said",
        "the mayor",
        "indirect",
    ),
    # A tag opened by "as" before the clause it reports, which the parser makes an adverbial.
    (
        "As The Times reported, the talks failed on Monday.",
        ["the talks failed on Monday"],
        "reported",
        "The Times",
        "indirect",
    ),
    (
        "But as the paper noted in an editorial, the plan is far too costly.",
        ["the plan is far too costly"],
        "noted",
        "the paper",
        "indirect",
    ),
    # An answer or pro-form after "say" stands for what was said (polls report so).
    (
        "Asked if the plan was fair, 46 percent of voters said yes.",
        ["yes"],
        "said",
        "46 percent of voters",
        "indirect",
    ),
    ("He said no to the war in Iraq.", ["no to the war in Iraq"], "said", "He", "indirect"),
    # …but not where the tag ends the sentence: an opening adverb is no part of what was said.
    (
        "However, the museum said in a statement, “We have no plans to show it.”",
        ["“We have no plans to show it.”"],
        "said",
        "the museum",
        "direct",
    ),
    # The parser ends a sentence at a quoted "!" or "?", leaving the cue without a complement.
    ("“We will win!” Rutte said.", ["“We will win!”"], "said", "Rutte", "direct"),
    ("“We will win!” he said.", ["“We will win!”"], "said", "he", "direct"),
    ("“Will we win?” Mark Rutte asked.", ["“Will we win?”"], "asked", "Mark Rutte", "direct"),
    ('"We will win!" Rutte said.', ['"We will win!"'], "said", "Rutte", "direct"),
    # PolNeAR's source for a cue in a relative clause is the relative pronoun.
    (
        "The tariffs hurt farmers, who say the plan has failed.",
        ["the plan has failed"],
        "say",
        "who",
        "indirect",
    ),
    # A participle clause's speaker is the subject of the clause it modifies, passive or not.
    (
        "After saying her foot was swollen, she was taken to hospital.",
        ["her foot was swollen"],
        "saying",
        "she",
        "indirect",
    ),
    # "appeared to" a reporting verb keeps its source (PolNeAR: "seemed to blame").
    (
        "The minister appeared to blame the unions.",
        ["to blame the unions"],
        "appeared",
        "The minister",
        "indirect",
    ),
    # A tag after its clause, with the subject after the verb.
    (
        "Prices rose by 5 percent last year, reported the Times.",
        ["Prices rose by 5 percent last year"],
        "reported",
        "the Times",
        "indirect",
    ),
    ("The storm will reach the coast, warned the agency.", ["The storm will reach the coast"], "warned",
     "the agency", "indirect"),
    # What an object is called, hung off the object rather than the verb.
    (
        "The World Health Organization has classified the outbreak of COVID-19 disease as a pandemic.",
        ["the outbreak of COVID-19 disease as a pandemic"],
        "has classified",
        "The World Health Organization",
        "indirect",
    ),
    # Condolences given are a statement (the Wikinews gold's convention).
    ("The mayor gave his condolences via Twitter.", ["his condolences"], "gave", "The mayor", "indirect"),
    # The same tag after a passive clause.
    ("Prices were raised in March, reported the Times.", ["Prices were raised in March"], "reported",
     "the Times", "indirect"),
    # An inverted tag interrupting its clause, which a subjectless predicate after it takes up again.
    (
        "The bomb was placed in a market, stated the minister, and was left outside a cafe.",
        ["The bomb was placed in a market", "and was left outside a cafe"],
        "stated",
        "the minister",
        "indirect",
    ),
    (
        "The fire started in the kitchen, said the mayor, and spread to the roof.",
        ["The fire started in the kitchen", "and spread to the roof"],
        "said",
        "the mayor",
        "indirect",
    ),
    # A preposition the verb takes its content through joins the cue (PolNeAR: "calling for").
    ("The union called for a strike.", ["a strike"], "called for", "The union", "indirect"),
    # What something is called goes with it.
    (
        "The senator called the statement “offensive and outlandish.”",
        ["the statement “offensive and outlandish.”"],
        "called",
        "The senator",
        "mixed",
    ),
    # The subject of the copula, through the adjective ("likely to say").
    (
        "Voters are more likely to say that the economy is weak.",
        ["that the economy is weak"],
        "to say",
        "Voters",
        "indirect",
    ),
    # Scare quotes inside the reported clause's subject do not make its verb a tag ("X, he said").
    (
        'The mayor said the "reckless" governor attacked the council over the budget.',
        ['the "reckless" governor attacked the council over the budget'],
        "said",
        "The mayor",
        "mixed",
    ),
    # "about" with a gerund after a cue that takes a clause: the clause without its subject.
    (
        "The singer tweeted about missing her family on the tour.",
        ["missing her family on the tour"],
        "tweeted about",
        "The singer",
        "indirect",
    ),
    # "claim" with a to-infinitive claims what its subject did or is.
    (
        "The union claimed to represent most of the dock workers.",
        ["to represent most of the dock workers"],
        "claimed",
        "The union",
        "indirect",
    ),
]


@pytest.mark.parametrize(("text", "content", "cue", "source", "kind"), CASES, ids=[c[0][:40] for c in CASES])
def test_construction(nlp, text: str, content: list[str], cue: str, source: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    [statement] = found(nlp, text)
    assert parts(statement, text) == content
    assert statement.cue is not None and statement.cue.text_of(text) == cue
    assert statement.source is not None and statement.source.text_of(text) == source
    assert statement.kind is StatementKind(kind)


def test_colon_introduced_quote_in_the_next_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said:\n\n“We will rebuild the bridge.”"
    [statement] = found(nlp, text)
    assert parts(statement, text) == ["“We will rebuild the bridge.”"]
    assert statement.cue is not None and statement.cue.text_of(text) == "said:"


def test_multi_paragraph_quote_is_one_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The report said:\n\n“Costs rose sharply.\n\n“Nobody expected it.”"
    [statement] = found(nlp, text)
    assert parts(statement, text) == ["“Costs rose sharply.", "“Nobody expected it.”"]


def test_quote_continuing_in_the_next_sentence_joins_its_statement_as_polnear_does(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” the coach said. “We will win on Sunday.”"
    [statement] = found(nlp, text, split=False)
    assert parts(statement, text) == ["“We are ready,”", "“We will win on Sunday.”"]


def test_quote_continuing_in_the_next_sentence_is_a_statement_of_its_own_with_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” the coach said. “We will win on Sunday.”"
    tagged, going_on = found(nlp, text)
    assert parts(tagged, text) == ["“We are ready,”"] and tagged.cue is not None
    assert parts(going_on, text) == ["“We will win on Sunday.”"]
    assert going_on.cue is None and going_on.cue_lemma is None and going_on.source is None
    assert going_on.continued_source == tagged.source and going_on.kind is StatementKind.DIRECT


def test_a_quotation_the_tag_interrupts_stays_one_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” the coach said, “and we will win on Sunday.”"
    assert [len(s.content) for s in found(nlp, text)] == [2]


def test_cue_inside_a_quotation_is_not_a_statement_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“I think we can win,” Lindqvist said."
    [statement] = found(nlp, text)
    assert statement.source is not None and statement.source.text_of(text) == "Lindqvist"


def test_nested_attribution_keeps_only_the_outermost(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Reardon criticized Mr. Lamport for saying that a minimum wage is bad for business."
    statements = found(nlp, text)
    assert [s.source.text_of(text) for s in statements if s.source] == ["Reardon"]


def test_dash_tag_names_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Imagination is more important than knowledge.” ― Albert Einstein"
    [statement] = found(nlp, text)
    assert statement.source is not None and statement.source.text_of(text) == "Albert Einstein"
    assert statement.kind is StatementKind.DIRECT


def test_headline_colon_line(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sanders: Clinton needs to focus on the economy.\n\nThe race goes on."
    [statement] = found(nlp, text)
    assert statement.source is not None and statement.source.text_of(text) == "Sanders"
    assert parts(statement, text) == ["Clinton needs to focus on the economy"]


def test_a_quote_before_a_sentence_whose_verb_has_an_object_is_not_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We lost.” Rutte said nothing."
    # not Rutte's: a sentence said with no tag, a statement with no cue or source
    assert [(parts(s, text), s.cue, s.source) for s in found(nlp, text)] == [(["“We lost.”"], None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "It seems that the talks have failed.",  # evidential verbs have no source (PolNeAR)
        "The economy seems to be slowing.",
        "It is hard to know where the donors will go.",  # the copula's "it" is nobody
    ],
)
def test_attributions_without_a_source(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    [statement] = found(nlp, text)
    assert statement.source is None, statement.source.text_of(text)


def test_the_one_asked_is_not_the_source_of_the_question(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Asked what a firm commitment looks like, Devine replied: “We are a long way off.”"
    sources = {s.cue.text_of(text): s.source and s.source.text_of(text) for s in found(nlp, text) if s.cue}
    assert sources == {"replied:": "Devine"}  # the reporter's question is no attribution (CONVENTIONS.md)


@pytest.mark.parametrize("text", ["", "   ", "\u00a0", "\n\n\u00a0\n", "“", "He said “", "”He“ said"])
def test_empty_and_odd_texts_give_no_error(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for statement in found(nlp, text):
        assert all(0 <= p.start <= p.end <= len(text) for p in statement.content)


def test_offsets_stay_inside_the_text_and_parts_do_not_overlap(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“One,” he said, “two.” She added that three was “the number.” According to him, four."
    for statement in found(nlp, text):
        for a, b in zip(statement.content, statement.content[1:], strict=False):
            assert a.end <= b.start
        assert all(0 <= p.start < p.end <= len(text) for p in statement.content)


def _by_cue(statements: list[Statement], text: str) -> dict[str, tuple[list[str], str | None]]:
    return {
        s.cue.text_of(text): (parts(s, text), s.source and s.source.text_of(text))
        for s in statements
        if s.cue is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry rejected the plan, calling it a provocation.",
            {"rejected": (["the plan"], "The ministry"), "calling": (["it a provocation"], "The ministry")},
        ),
        (
            "The coach spoke for an hour on Sunday, calling the referee a disgrace.",
            {"calling": (["the referee a disgrace"], "The coach")},
        ),
    ],
)
def test_a_participle_clause_reports_its_own_complement_not_its_host(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _by_cue(found(nlp, text), text) == expected


def test_reports_in_absolute_participle_clauses_are_each_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "with A calling X and B calling Y": B's clause is no content of A's, nor its "and"."""
    text = (
        "Union leaders condemned the offer, with Maria Diaz of Texas calling the pay rise “an insult”"
        " and Sam Cole of Utah calling the talks “a waste of time”."
    )
    assert [(parts(s, text), s.source and s.source.text_of(text)) for s in found(nlp, text)] == [
        (["the offer"], "Union leaders"),
        (["the pay rise “an insult”"], "Maria Diaz of Texas"),
        (["the talks “a waste of time”"], "Sam Cole of Utah"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two people died in the fire; no deaths were reported on the ground, with local media reporting"
        " no-one was in the houses.",
    ],
)
def test_a_tag_the_parser_hangs_off_the_clause_after_it_without_a_comma(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """ "with local media reporting [no-one was in the houses]": no comma closes the tag."""
    statements = [s for s in found(nlp, text) if s.cue and s.cue.text_of(text) == "reporting"]
    assert [(parts(s, text), s.source and s.source.text_of(text)) for s in statements] == [
        (["no-one was in the houses"], "local media")
    ]


def test_a_tag_opened_by_a_subordinator_or_with_an_object_reports_no_clause_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = ("When he spoke, the crowd cheered.", "With police reporting the fire, crews rushed to the scene")
    for text in texts:
        contents = [" ".join(parts(s, text)) for s in found(nlp, text)]
        assert not any("cheered" in content or "rushed" in content for content in contents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coach said the team was ready, while the captain said it needed more time.",
            {
                "said": (["the team was ready"], "The coach"),
                "said ": (["it needed more time"], "the captain"),
            },
        ),
        (
            "Lund said the offer was fair, after the union promised to study it.",
            {"said": (["the offer was fair"], "Lund"), "promised": (["to study it"], "the union")},
        ),
    ],
)
def test_a_report_set_beside_another_is_its_own_attribution(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    statements = sorted(found(nlp, text), key=lambda s: s.content[0].start)
    got = [(s.cue and s.cue.text_of(text), parts(s, text), s.source and s.source.text_of(text))
           for s in statements]
    assert got == [(cue.strip(), content, source) for cue, (content, source) in expected.items()]


def test_a_report_coordinated_by_and_stays_in_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Berg noted that the first debate went badly, and some worried about his health."
    [statement] = found(nlp, text)
    assert parts(statement, text) == ["that the first debate went badly, and some worried about his health"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("“Yes,” he said.", "“Yes,”", "said", "he"),
        ("“No,” said the minister.", "“No,”", "said", "the minister"),
        ("“Absolutely,” she told reporters.", "“Absolutely,”", "told", "she"),
        ("“Never!” the coach shouted.", "“Never!”", "shouted", "the coach"),
        ("“Why now?” Lund, 54, asked the audience.", "“Why now?”", "asked", "Lund, 54,"),
        ('"Why now?" Lund, 54, asked the audience.', '"Why now?"', "asked", "Lund, 54,"),
        ('"We will win," Lund, 54, told the audience.', '"We will win,"', "told", "Lund, 54,"),
        ("She told the crowd on Monday, “We will not give up.”", "“We will not give up.”", "told", "She"),
        ("The mayor said on Tuesday:\n\n“We will rebuild.”", "“We will rebuild.”", "said", "The mayor"),
    ],
)
def test_a_quotation_laid_out_beside_its_tag(nlp, text: str, content: str, cue: str, source: str) -> None:  # type: ignore[no-untyped-def]
    statements = [s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text).rstrip(":") == cue]
    got = [(parts(s, text), s.source and s.source.text_of(text)) for s in statements]
    assert got == [([content], source)]


@pytest.mark.parametrize(
    "text",
    [
        "Quoting the “phony system,” Lund attacked the moderator.",  # a phrase of the sentence
        "“We are done,”\n\nLund attacked the moderator.",  # the quotation ends the paragraph before
        "The mayor said, “We will rebuild,” adding that the bridge would reopen.",  # "adding" has no tag
    ],
)
def test_a_quotation_that_is_not_beside_a_tag_is_not_its_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for statement in found(nlp, text):
        if statement.cue is not None and statement.cue.text_of(text) in ("attacked", "adding"):
            assert not any(part.text_of(text).startswith("“") for part in statement.content)


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” he told reporters.\n\n“The bridge will reopen in May.”",
        "“We will rebuild,” the mayor said at a press conference outside the town hall on Tuesday.\n\n"
        "“The bridge will reopen in May.”",
        "“We will rebuild,” the mayor told reporters on Tuesday. “The bridge will reopen in May.”",
        "“We will rebuild,” the mayor said on NBC's “Meet the Press” on Sunday."
        " “The bridge will reopen in May.”",
        "“We will rebuild,” the mayor told ABC's “Good Morning America.” “The bridge will reopen in May.”",
    ],
)
def test_a_quotation_after_its_statements_cue_sentence_continues_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    [statement] = found(nlp, text, split=False)
    assert parts(statement, text) == ["“We will rebuild,”", "“The bridge will reopen in May.”"]
    assert statement.source is not None and statement.kind is StatementKind.DIRECT
    tagged, going_on = found(nlp, text)
    assert parts(tagged, text) == ["“We will rebuild,”"]
    assert parts(going_on, text) == ["“The bridge will reopen in May.”"]
    assert going_on.cue is None and going_on.source is None and going_on.continued_source == tagged.source


def test_a_quotation_said_in_the_tag_is_no_title_and_the_next_one_does_not_continue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will rebuild,” the mayor said, calling the flood “a test for us all.” “The bridge reopens.”"
    said = [s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text) == "said"]
    assert [parts(s, text) for s in said] == [["“We will rebuild,”"]]


def test_a_quotation_after_another_sentence_does_not_continue_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will rebuild,” he said. The crowd cheered. “The bridge will reopen in May.”"
    statement, untagged = found(nlp, text)
    assert parts(statement, text) == ["“We will rebuild,”"]
    assert parts(untagged, text) == ["“The bridge will reopen in May.”"] and untagged.source is None


def test_an_untagged_quotation_after_a_reported_speech_event_continues_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor also criticised the plan. “It is a disaster. Nobody asked us.”"
    [statement] = found(nlp, text, split=False)
    assert parts(statement, text) == ["the plan", "“It is a disaster. Nobody asked us.”"]
    assert statement.source is not None and statement.source.text_of(text) == "The mayor"
    report, going_on = found(nlp, text)
    assert parts(report, text) == ["the plan"] and report.kind is StatementKind.INDIRECT
    assert parts(going_on, text) == ["“It is a disaster. Nobody asked us.”"] and going_on.cue is None
    assert going_on.source is None and going_on.continued_source == report.source
    assert going_on.kind is StatementKind.DIRECT


def test_a_quotation_with_its_own_tag_does_not_continue_an_indirect_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said the plan would fail. “It is a disaster,” the councillor said."
    assert ["the plan would fail"] in [parts(s, text) for s in found(nlp, text)]


def test_an_untagged_quotation_opening_the_next_paragraph_continues_an_indirect_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor criticised the plan.\n\n“It is a disaster.”"
    assert [parts(s, text) for s in found(nlp, text, split=False)] == [["the plan", "“It is a disaster.”"]]
    assert [parts(s, text) for s in found(nlp, text)] == [["the plan"], ["“It is a disaster.”"]]


def test_a_quotation_after_another_sentence_does_not_continue_an_indirect_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor criticised the plan. The crowd cheered. “It is a disaster.”"
    assert [(parts(s, text), s.source is None) for s in found(nlp, text)] == [
        (["the plan"], False), (["“It is a disaster.”"], True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Underwhelmed with her role, she left the series. “This is not what I wanted. I had no lines.”",
            ["“This is not what I wanted. I had no lines.”"],
        ),
        ("The crowd cheered.\n\n“Who is going to pay for it?”", ["“Who is going to pay for it?”"]),
        ("Voters called the slogan “a joke.” Then they left.", []),  # a phrase of the sentence
        ("The “reform” failed. “Fix it” was the motto.", []),  # a scare quote, a subject
        ("The show is called “Lost.” It ran for six years.", []),  # one word
    ],
)
def test_a_quotation_that_is_a_sentence_of_its_own_with_no_tag_is_a_statement(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    untagged = [s for s in found(nlp, text) if s.cue is None]
    assert [parts(s, text) for s in untagged] == ([expected] if expected else [])
    assert all(s.source is None and s.kind is StatementKind.DIRECT for s in untagged)


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_that_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Then the mayor turned to the needs of the town:\n\n“A bridge, a school and a doctor.”"
    [statement] = found(nlp, text)
    assert parts(statement, text) == ["“A bridge, a school and a doctor.”"]
    assert statement.cue is not None and statement.cue.text_of(text) == ":"
    assert statement.source is not None and statement.source.text_of(text) == "the mayor"


def test_a_report_after_an_inverted_tag_is_not_the_clause_taken_up_again(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fire started in the kitchen, said the mayor, and added that nobody was hurt."
    tagged = next(s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text) == "said")
    assert parts(tagged, text) == ["The fire started in the kitchen"]


def test_a_second_deed_of_the_same_subject_is_not_an_inverted_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The firm cut 500 jobs, and warned the unions about more cuts."
    assert all(s.source is None or s.source.text_of(text) != "the unions" for s in found(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The president signed the bill on Monday.",  # a signature
        "The senators voted for the amendment.",  # a vote
        "The two sides agreed to a ceasefire.",  # accepting a deal
        "The two sides agreed a ceasefire on Friday.",
        "The two leaders met to discuss trade.",  # a speech event without content
        "The mayor discussed the findings with the council.",  # only its topic
        "The ministry issued a statement on Tuesday.",
        "The company did not respond to requests for comment.",
        "Monday saw armed police search the building.",  # a time says nothing
        "The following election saw a narrow victory for the party.",
        "It was the memorandum that saw Ukraine give up its weapons.",
        "The company has not yet revealed the price.",  # negated
        "Priests are required to report abuse to the police.",  # a report demanded, not made
        "The minister is expected to announce the budget on Friday.",
        "The agency routinely discloses its budget.",  # habitual
        "Three men were charged with fraud.",  # an agentless passive has no source
        "The storm, known as Dorian, reached the coast.",
        "When asked about the budget, the mayor left the room.",  # the reporter's question
        "The mayor gave a speech on Monday.",  # "give" reports only condolences
        "The mayor gave the council a list of names.",
        "He was given a car by his father.",  # nor in the passive
    ],
)
def test_deeds_and_speech_events_without_content_are_not_statements(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Over 100 doctors signed an open letter urging the council to act.", "signed"),
        ("Lund agreed with the mayor.", "agreed"),
        ("The union agreed to study the offer.", "agreed"),
        ("The minister did not want to stay.", "did"),  # a negated wish is still an attitude
    ],
)
def test_a_signature_or_agreement_that_says_something_is_a_statement(nlp, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert cue in [s.cue.text_of(text).split()[0] for s in found(nlp, text) if s.cue is not None]


def test_talk_about_what_was_said_is_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor discussed the vote, which had been rigged."
    assert ["the vote, which had been rigged"] in [parts(s, text) for s in found(nlp, text)]


def test_writing_about_a_noun_names_a_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "The singer wrote about feminism on her blog.") == []


def test_talk_over_an_indirect_question_names_its_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the interview the mayor discussed why she left the party and how the vote went."
    assert found(nlp, text) == []
    text = "The mayor discussed how she joined the council and what she sees as its duties."
    assert found(nlp, text) == []


def test_calling_for_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cengiz addressed reporters in New York, calling for the killers to be brought to justice."
    statements = [s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text) == "calling for"]
    assert [parts(s, text) for s in statements] == [["the killers to be brought to justice"]]


def test_as_reported_by_reports_the_clause_it_modifies_not_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The museum will close, as reported by the Daily News."
    for statement in found(nlp, text):
        if statement.cue is not None and statement.cue.text_of(text) == "as reported by":
            assert parts(statement, text) == ["The museum will close"]


def test_a_colon_introduces_the_quotation_after_it_in_the_same_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coach turned to the season ahead: “We will win the league.”"
    [statement] = [s for s in found(nlp, text) if parts(s, text) == ["“We will win the league.”"]]
    assert statement.source is not None and statement.source.text_of(text) == "The coach"


def test_the_quotation_a_cue_introduces_wins_over_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Berg told the press in an interview, "We will appeal." By Tuesday the court had not ruled.'
    statements = [s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text) == "told"]
    assert [parts(s, text) for s in statements] == [['"We will appeal."']]


def test_an_editorial_bracket_ends_a_tagged_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We must stand up for each other[,]" Baloch wrote on social media.'
    [statement] = found(nlp, text)
    assert parts(statement, text) == ['"We must stand up for each other[,]"']


def test_a_hard_wrapped_paragraph_is_one_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor said on Tuesday that the bridge would be\nrebuilt by the end of the year, and that"
        " the city\nwould pay for it.\n\n“We have no choice,” she told\nreporters."
        " “The old bridge is\nunsafe.”"
    )
    statements = found(nlp, text, split=False)
    assert [parts(s, text) for s in statements] == [
        ["that the bridge would be\nrebuilt by the end of the year, and that the city\nwould pay for it"],
        ["“We have no choice,”", "“The old bridge is\nunsafe.”"],
    ]


def test_a_paragraph_without_quotation_marks_after_a_cue_and_colon_is_its_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor added:\n\nIt is typical of her. She knows nothing.\n\nThe race goes on."
    [statement] = found(nlp, text)
    assert parts(statement, text) == ["It is typical of her. She knows nothing"]
    assert statement.source is not None and statement.source.text_of(text) == "The governor"


def test_what_is_said_in_an_interview_transcript_is_not_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Berg answered our questions.\n\n((WN)) Why do birds migrate?\n\n"
        "LB: We think they follow the food.\n\n((WN)) What next?\n\nLB: The team says it will count them."
    )
    assert found(nlp, text) == []  # neither the answers ("LB: …") nor what they report


def test_an_answer_running_over_several_paragraphs_is_still_the_interview(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Berg answered our questions.\n\n((WN)) Why do birds migrate?\n\n"
        "((LB)) We think they follow the food.\n\nThe farmers told us they would plant later.\n\n"
        "((WN)) What next?\n\n((LB)) We count them.\n\nThe mayor said the park would close."
    )
    statements = found(nlp, text)
    # the second paragraph of an answer is the interview; prose after the last turn is not
    assert [s.cue.text_of(text) for s in statements if s.cue is not None] == ["said"]


def test_a_name_given_by_no_one_is_not_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, 'He specialised in a process called "exfiltration."') == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor urged residents to leave the city.", "urged", "residents to leave the city"),
        ("The coach told his players to rest on Sunday.", "told", "his players to rest on Sunday"),
        (
            "Lund said after the meeting he would not accept the offer.",
            "said",
            "after the meeting he would not accept the offer",  # the parser attaches "after" inside
        ),
    ],
)
def test_complements_the_parser_attaches_elsewhere(nlp, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    statements = [s for s in found(nlp, text) if s.cue is not None and s.cue.text_of(text) == cue]
    assert [parts(s, text) for s in statements] == [[content]]


def test_a_clause_after_as_with_an_object_of_its_own_tags_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "As Trump attacked Clinton, the crowd chanted loudly."
    assert all("chanted" not in part for s in found(nlp, text) for part in parts(s, text))


def test_a_headline_say_in_title_case_is_no_short_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Obama: Americans Will Say No to Trump."
    assert all(s.cue_lemma != "say" for s in found(nlp, text))
