"""Speaker resolution over hand-built records: no parser needed."""

from __future__ import annotations

import pytest
from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import Article, EntityKind, Statement, StatementKind
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.institutions import joined_institutions
from quotegraph.resolve.offices import state_body
from quotegraph.resolve.people import person_of_body
from quotegraph.resolve.resolved import Speaker
from quotegraph.resolve.surnames import (
    with_name_before_article,
    with_surnames,
    with_trailing_number,
    without_common_word_before_given,
    without_compound_parts,
    without_descriptor_before_name,
    without_headline_words,
    without_word_before_surname,
)


def test_pronouns_follow_gender_to_the_nearest_compatible_speaker() -> None:
    text = (
        "Senator Robert Hale warned that cuts loom. Governor Linda Cho disagreed. "
        "She said cuts are avoidable. He said they are not."
    )
    statements = [
        said(text, "cuts loom", "warned", "Senator Robert Hale", "warn"),
        said(text, "cuts are avoidable", "said", "She", "say"),
        said(text, "they are not", "said", "He", "say", nth=1),
    ]
    mentions = [
        name(text, "Senator Robert Hale"),
        name(text, "Governor Linda Cho"),
        pronoun(text, "She"),
        pronoun(text, "He"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Robert Hale", "Linda Cho", "Robert Hale"]
    assert resolved[0].role == "Senator"


def test_a_pronoun_with_no_compatible_antecedent_stays_unresolved() -> None:
    text = "Mark Ellison spoke first. She said the plan fails."
    statements = [said(text, "the plan fails", "said", "She", "say")]

    [statement] = resolve(text, statements, [name(text, "Mark Ellison"), pronoun(text, "She")])

    assert statement.speaker is None and statement.speaker_id is None


def test_a_reply_after_a_question_comes_from_the_other_person() -> None:
    text = "“Will you resign?” Okafor asked Reilly. “Never,” he replied."
    statements = [
        said(text, "Will you resign?", "asked", "Okafor", "ask"),
        said(text, "Never,", "replied", "he", "reply"),
    ]
    mentions = [name(text, "Okafor"), name(text, "Reilly", subject=False), pronoun(text, "he")]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Okafor", "Reilly"]
    assert [s.act for s in resolved] == ["ask", "state"]


def test_a_role_descriptor_refers_to_the_person_introduced_with_that_role() -> None:
    text = "NATO Secretary-General Mark Rutte arrived. The secretary-general said allies must pay."
    statements = [said(text, "allies must pay", "said", "The secretary-general", "say")]

    [statement] = resolve(text, statements, [name(text, "NATO Secretary-General Mark Rutte")])

    assert (statement.speaker, statement.role, statement.affiliation) == (
        "Mark Rutte",
        "Secretary-General",
        "NATO",
    )
    assert statement.speaker_kind is EntityKind.PERSON and statement.speaker_id == "person:mark-rutte"


def test_an_appositive_gives_the_role_a_later_descriptor_uses() -> None:
    text = (
        "Volodymyr Zelenskyy, the Ukrainian president, arrived. The Ukrainian president said ships must sail."
    )
    statements = [said(text, "ships must sail", "said", "The Ukrainian president", "say")]
    mention = name(text, "Volodymyr Zelenskyy", appositive=span(text, "the Ukrainian president"))

    [statement] = resolve(text, statements, [mention])

    assert statement.speaker == "Volodymyr Zelenskyy"
    assert (statement.role, statement.affiliation) == ("President", "Ukraine")


def test_a_capital_speaks_for_its_state_and_the_mention_is_kept() -> None:
    text = "The Kremlin said the sanctions are illegal."
    statements = [said(text, "the sanctions are illegal", "said", "The Kremlin", "say")]

    [statement] = resolve(text, statements, [name(text, "Kremlin", "ORG")])

    assert (statement.speaker, statement.speaker_kind, statement.speaker_id) == (
        "Russia",
        EntityKind.STATE,
        "state:russia",
    )
    assert statement.source is not None and statement.source.text_of(text) == "The Kremlin"


def test_a_seat_of_government_named_after_its_holder_is_the_state_not_a_person() -> None:
    text = "President Obama spoke. The Obama White House said the plan was final. Obama said so too."
    statements = [
        said(text, "the plan was final", "said", "The Obama White House", "say"),
        said(text, "so too", "said", "Obama", "say", nth=1, source_nth=2),
    ]
    mentions = [
        name(text, "President Obama"),
        name(text, "Obama White House", "PERSON"),
        name(text, "Obama", nth=2),
    ]

    seat, person = resolve(text, statements, mentions)

    assert (seat.speaker, seat.speaker_kind) == ("United States", EntityKind.STATE)
    assert (person.speaker, person.speaker_kind) == ("Obama", EntityKind.PERSON)


def test_george_washington_is_a_man_not_a_seat_of_government() -> None:
    text = "George Washington said the war was won."
    statements = [said(text, "the war was won", "said", "George Washington", "say")]

    [statement] = resolve(text, statements, [name(text, "George Washington")])

    assert (statement.speaker, statement.speaker_kind) == ("George Washington", EntityKind.PERSON)


def test_an_indefinite_description_is_an_anonymous_speaker_of_this_article_only() -> None:
    text = "A senior defence official said the withdrawal could begin."
    statements = [said(text, "the withdrawal could begin", "said", "A senior defence official", "say")]

    [statement] = resolve(text, statements, [])

    assert statement.speaker_kind is EntityKind.ANONYMOUS
    assert statement.speaker == "senior defence official"
    assert statement.speaker_id == "anonymous:a/senior-defence-official"


def test_the_company_refers_to_the_last_organisation_named() -> None:
    text = (
        "Nordwagen recalled cars. The company promised that owners would not pay. It expects costs to rise."
    )
    statements = [
        said(text, "that owners would not pay", "promised", "The company", "promise"),
        said(text, "costs to rise", "expects", "It", "expect"),
    ]
    mentions = [name(text, "Nordwagen", "ORG"), pronoun(text, "It")]

    resolved = resolve(text, statements, mentions)

    assert [(s.speaker, s.act) for s in resolved] == [("Nordwagen", "promise"), ("Nordwagen", "predict")]
    assert resolved[0].speaker_kind is EntityKind.ORGANISATION


def test_targets_are_the_cue_addressee_and_names_in_the_content_but_not_the_speaker() -> None:
    text = "Brandt told Zelenskyy that Germany and Brandt would help."
    statements = [said(text, "that Germany and Brandt would help", "told", "Brandt", "tell")]
    mentions = [
        name(text, "Brandt"),
        name(text, "Zelenskyy", subject=False, governor=span(text, "told"), dep="dobj"),
        name(text, "Germany", "GPE", subject=False),
        name(text, "Brandt", nth=1, subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert [(t.name, t.kind) for t in statement.targets] == [
        ("Zelenskyy", EntityKind.PERSON),
        ("Germany", EntityKind.STATE),
    ]
    assert statement.targets[0].mention == span(text, "Zelenskyy")


def test_the_same_person_under_different_spellings_gets_one_id_across_articles() -> None:
    first = "President Volodymyr Zelenskyy said the grain must move."
    second = "Volodymyr Zelenskiy said the ships must sail."
    [one] = resolve(
        first,
        [said(first, "the grain must move", "said", "President Volodymyr Zelenskyy", "say")],
        [name(first, "President Volodymyr Zelenskyy")],
    )
    [two] = resolve(
        second,
        [said(second, "the ships must sail", "said", "Volodymyr Zelenskiy", "say")],
        [name(second, "Volodymyr Zelenskiy")],
    )

    assert one.speaker_id == two.speaker_id == "person:volodymyr-zelensky"
    assert (one.speaker, two.speaker) == ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy")


def test_a_source_cut_inside_a_name_reaches_the_whole_name() -> None:
    text = "Egyptian foreign minister Sameh Shoukry said the deal was void."
    statements = [said(text, "the deal was void", "said", "Egyptian foreign minister Sameh", "say")]

    [statement] = resolve(text, statements, [name(text, "Sameh Shoukry")])

    assert statement.speaker == "Sameh Shoukry"


@pytest.mark.parametrize(
    "dateline", ["RENO, Nev. (AP) — ", "MACAU (Reuters) – ", "Dec 29 (Reuters) - ", "BEIJING (Xinhua) -- "]
)
def test_a_wire_dateline_opening_the_source_is_no_part_of_it(dateline: str) -> None:
    text = f"{dateline}Republican donor Sheldon Adelson said the race was open."
    source = f"{dateline}Republican donor Sheldon Adelson"
    statements = [said(text, "the race was open", "said", source, "say")]
    mentions = [name(text, dateline.partition(" (")[0].rstrip(","), "GPE"), name(text, "Sheldon Adelson")]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Sheldon Adelson", EntityKind.PERSON)


def test_a_plural_group_like_named_people_speaks_as_them() -> None:
    text = "Marco Rubio and Jeb Bush spoke. Even the biggest hawks, like Rubio and Bush, said it was wrong."
    source = "Even the biggest hawks, like Rubio and Bush"
    statements = [said(text, "it was wrong", "said", source, "say")]
    mentions = [name(text, full) for full in ("Marco Rubio", "Jeb Bush")]
    mentions += [name(text, last, nth=1) for last in ("Rubio", "Bush")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Marco Rubio and Jeb Bush"


def test_a_person_like_another_is_no_group() -> None:
    text = "Marco Rubio and Tom Tilton spoke. Rubio, like Tilton, said it was wrong."
    statements = [said(text, "it was wrong", "said", "Rubio, like Tilton", "say")]
    mentions = [name(text, full) for full in ("Marco Rubio", "Tom Tilton")]
    mentions += [name(text, last, nth=1) for last in ("Rubio", "Tilton")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Marco Rubio"


def test_a_group_that_names_a_body_among_it_speaks_as_that_body() -> None:
    text = "Several fact checkers, including The Washington Post, said the claim was false."
    source = "Several fact checkers, including The Washington Post"
    statements = [said(text, "the claim was false", "said", source, "say")]

    mentions = [name(text, "The Washington Post", "ORG", dep="pobj", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.ORGANISATION
    assert "Washington Post" in (statement.speaker or "")


def test_a_body_that_only_modifies_the_members_is_not_them() -> None:
    text = "Officials, including 51 State Department employees, said the policy failed."
    source = "Officials, including 51 State Department employees"
    statements = [said(text, "the policy failed", "said", source, "say")]

    mentions = [name(text, "State Department", "ORG", dep="compound", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "State Department"


def test_members_named_after_a_dash_speak_for_the_group() -> None:
    text = "Intelligence officials — including NSA Director Michael Rogers — said the hack was Russian."
    source = "Intelligence officials — including NSA Director Michael Rogers"
    statements = [said(text, "the hack was Russian", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "NSA", "ORG"), name(text, "Michael Rogers")])

    assert statement.speaker == "Michael Rogers"


def test_two_named_with_their_party_tags_speak_together() -> None:
    text = "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) endorsed Trump, saying he was best."
    source = "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.)"
    statements = [said(text, "he was best", "saying", source, "say")]
    mentions = [name(text, "Chris Collins"), name(text, "Duncan Hunter"), name(text, "Trump")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Chris Collins and Duncan Hunter"


def test_a_given_name_alone_is_the_person_the_article_labels_later() -> None:
    text = (
        "A Canadian, Dorian Fletcher, appeared in court. Dorian stayed in the station overnight. "
        "Dorian Fletcher had a licence. Dorian wrote that the attack was planned."
    )
    statements = [said(text, "the attack was planned", "wrote", "Dorian", "write", source_nth=2)]
    mentions = [
        name(text, "Dorian Fletcher", None, subject=False),
        name(text, "Dorian", None, nth=1),
        name(text, "Dorian Fletcher", nth=1),
        name(text, "Dorian", nth=3),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Dorian Fletcher"


def test_a_surname_labelled_a_person_takes_back_a_full_name_typed_as_an_organisation() -> None:
    text = "Mugabe beat Morgan Tsvangirai in 2002. Tsvangirai said the vote was rigged."
    statements = [said(text, "the vote was rigged", "said", "Tsvangirai", "say", source_nth=1)]
    mentions = [
        name(text, "Mugabe"),
        name(text, "Morgan Tsvangirai", "ORG", subject=False),
        name(text, "Tsvangirai", nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Morgan Tsvangirai"
    assert statement.speaker_kind is EntityKind.PERSON


def test_after_ms_a_full_name_typed_as_an_organisation_twice_is_the_person() -> None:
    text = (
        "Nadia Okafor passed three checks. Nadia Okafor moved to Ohio. "
        "Nobody saw what Ms. Okafor posted. Ms. Okafor said she supported it."
    )
    statements = [said(text, "she supported it", "said", "Ms. Okafor", "say", source_nth=1)]
    mentions = [
        name(text, "Nadia Okafor", "ORG"),
        name(text, "Nadia Okafor", "ORG", nth=1),
        name(text, "Ms. Okafor", subject=False),
        name(text, "Ms. Okafor", nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Nadia Okafor"
    assert statement.speaker_kind is EntityKind.PERSON


def test_after_ms_a_full_name_typed_as_an_organisation_once_is_the_person() -> None:
    text = (
        "Tavri Ranade, head of the commission, began a fast called Jan Andolan. "
        "Ms Ranade visited the hospital. She said the injuries were horrific. "
        "Ms Ranade demanded faster trials."
    )
    statements = [
        said(text, "the injuries were horrific", "said", "She", "say"),
        said(text, "faster trials", "demanded", "Ms Ranade", "demand", source_nth=1),
    ]
    mentions = [
        name(text, "Tavri Ranade", "ORG"),
        name(text, "Jan Andolan", "PERSON", subject=False),
        name(text, "Ms Ranade", "ORG"),
        pronoun(text, "She"),
        name(text, "Ms Ranade", "ORG", nth=1),
    ]

    pronominal, titled = resolve(text, statements, mentions)

    assert titled.speaker == "Tavri Ranade"
    assert titled.speaker_kind is EntityKind.PERSON
    assert pronominal.speaker == "Tavri Ranade"


def test_a_name_run_carried_over_a_comma_into_a_person_is_the_person() -> None:
    text = "His best friend at Lehigh, Bruce Turry, said the deal was bad. Mr. Turry said so again."
    statements = [
        said(text, "the deal was bad", "said", "His best friend at Lehigh, Bruce Turry", "say"),
        said(text, "so again", "said", "Mr. Turry", "say", nth=1),
    ]
    mentions = [name(text, "Lehigh, Bruce Turry", "ORG", subject=False), name(text, "Mr. Turry")]

    first, second = resolve(text, statements, mentions)

    assert first.speaker == "Bruce Turry"
    assert second.speaker == "Bruce Turry"


def test_a_full_name_takes_back_its_surname_typed_as_an_organisation_before_it() -> None:
    text = "Brafman stood up in court. Then Ben Brafman spoke. Brafman said the case was weak."
    statements = [said(text, "the case was weak", "said", "Brafman", "say", source_nth=2)]
    mentions = [
        name(text, "Brafman", "ORG"),
        name(text, "Ben Brafman", "PERSON"),
        name(text, "Brafman", "ORG", nth=2),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ben Brafman"
    assert statement.speaker_kind is EntityKind.PERSON


def test_a_person_named_in_a_role_lends_it_no_gender() -> None:
    text = (
        "Geoff Garin, a strategist for Mrs. Clinton's 2008 campaign, studied the polls. "
        "Mr. Garin said the gap was closing."
    )
    statements = [said(text, "the gap was closing", "said", "Mr. Garin", "say")]
    mentions = [
        name(text, "Geoff Garin", appositive=span(text, "a strategist for Mrs. Clinton's 2008 campaign")),
        name(text, "Clinton", subject=False),
        name(text, "Mr. Garin"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Geoff Garin"


def test_the_object_of_according_to_is_as_salient_as_a_subject() -> None:
    text = (
        "Mark Lopez said the virus had spread. According to Dr. Tom Frieden, the pandemic is "
        "unprecedented. He said no other virus had been tracked like this."
    )
    statements = [
        said(text, "the virus had spread", "said", "Mark Lopez", "say"),
        said(text, "no other virus had been tracked like this", "said", "He", "say", nth=1),
    ]
    mentions = [name(text, "Mark Lopez"), name(text, "Tom Frieden", subject=False), pronoun(text, "He")]

    resolved = resolve(text, statements, mentions)

    assert resolved[1].speaker == "Tom Frieden"


def test_the_father_of_a_named_family_is_its_one_man() -> None:
    text = (
        "Peter Osei and Grace Osei were sentenced on Friday. Judge Mary Lund spoke first. "
        "The father said he was sorry. The mother said she would appeal."
    )
    statements = [
        said(text, "he was sorry", "said", "The father", "say"),
        said(text, "she would appeal", "said", "The mother", "say"),
    ]
    mentions = [name(text, "Peter Osei"), name(text, "Grace Osei"), name(text, "Judge Mary Lund")]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Peter Osei", "Grace Osei"]


def test_the_father_stays_a_description_when_no_family_is_named() -> None:
    text = "Peter Osei and Mary Lund met on Friday. The father said he was sorry."
    statements = [said(text, "he was sorry", "said", "The father", "say")]

    [statement] = resolve(text, statements, [name(text, "Peter Osei"), name(text, "Mary Lund")])

    assert statement.speaker != "Peter Osei"


def test_a_document_by_an_unrecognised_name_is_that_name_s() -> None:
    text = "Averages compiled by Pollwatch Daily showed the senator ahead."
    statements = [said(text, "the senator ahead", "showed", "Averages compiled by Pollwatch Daily", "show")]

    [statement] = resolve(text, statements, [])

    assert statement.speaker == "Pollwatch Daily"


def test_a_document_by_described_people_is_no_name() -> None:
    text = "A survey by researchers at a clinic showed rising costs."
    statements = [said(text, "rising costs", "showed", "A survey by researchers at a clinic", "show")]

    [statement] = resolve(text, statements, [])

    assert statement.speaker != "researchers at a clinic"


def test_a_government_account_speaks_for_the_state() -> None:
    text = "Norway reported new cases. An official government Twitter account posted the figures."
    statements = [
        said(text, "the figures", "posted", "An official government Twitter account", "post"),
    ]

    [statement] = resolve(text, statements, [name(text, "Norway", "GPE")])

    assert statement.speaker == "Norway"


def test_a_state_s_law_speaks_for_the_state() -> None:
    text = "Norwegian law forbids the sale. The United States Constitution requires a census."
    statements = [
        said(text, "the sale", "forbids", "Norwegian law", "forbid"),
        said(text, "a census", "requires", "The United States Constitution", "require"),
    ]
    mentions = [name(text, "Norwegian", "NORP"), name(text, "United States Constitution", "LAW")]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Norway", "United States"]


def test_a_law_named_by_its_title_speaks_for_the_country_the_article_names() -> None:
    """ "Republic Act No. 3846 states …": a law's title names no speaker of its own; the law
    speaks for the state that made it (Wikinews: "Philippines")."""
    text = (
        "The Philippines ordered the network off the air. Republic Act No. 3846 states that no "
        "person shall operate a station without a franchise. Manila has not renewed it."
    )
    content = "no person shall operate a station without a franchise"
    statements = [said(text, content, "states", "Republic Act No. 3846", "state")]
    mentions = [name(text, "Philippines", "GPE"), name(text, "Republic Act No. 3846", "LAW")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Philippines"
    assert statement.speaker_kind is EntityKind.STATE


def test_a_law_s_title_naming_a_state_speaks_for_that_state() -> None:
    text = (
        "Mexico protested on Monday. In Austin, the Texas Constitution says the governor may veto "
        "any bill. Mexico said the law was unfair."
    )
    statements = [said(text, "the governor may veto any bill", "says", "the Texas Constitution", "say")]
    mentions = [
        name(text, "Mexico", "GPE"),
        name(text, "Austin", "GPE"),
        name(text, "Texas", "GPE"),
        name(text, "Mexico", "GPE", nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Texas"


def test_a_lower_case_act_is_no_law_s_title() -> None:
    """ "the act" in lower case may be any deed: no state speaks through it."""
    text = "Norway protested. The act says nothing about fishing."
    statements = [said(text, "nothing about fishing", "says", "The act", "say")]

    [statement] = resolve(text, statements, [name(text, "Norway", "GPE")])

    assert statement.speaker != "Norway"


def test_a_surname_the_recogniser_missed_is_the_namesake_the_article_names_most() -> None:
    text = (
        "Governor Paul Orsk vetoed the bill. Orsk has vetoed two bills. "
        "Orsk questioned the vote. His daughter Nina Orsk attended."
    )
    statements = [said(text, "the vote", "questioned", "Orsk", "question", source_nth=2)]
    # The third "Orsk" reached the resolver as no name mention: only the article's chains know it.
    mentions = [name(text, "Governor Paul Orsk"), name(text, "Orsk", nth=1), name(text, "Nina Orsk")]

    resolved = resolve(text, statements, mentions)

    assert resolved[0].speaker == "Paul Orsk"


@pytest.mark.parametrize(
    ("titled", "speaker"),
    [
        ("Former President Orsk", "Paul Orsk"),  # the namesake who holds the title
        ("President Orsk", "Paul Orsk"),
        ("Orsk", "Dana Orsk"),  # no title: the namesake named most
        ("Senator Orsk", "Dana Orsk"),  # a title neither holds tells them nothing
    ],
)
def test_a_title_before_a_surname_goes_to_the_namesake_who_holds_it(titled: str, speaker: str) -> None:
    # "Jeb Bush … his brother, former President George W. Bush … Former President Bush said"
    text = (
        "Dana Orsk campaigned with her brother, former President Paul Orsk. Dana Orsk spoke first. "
        f"Orsk praised the crowd. {titled} said the race was close."
    )
    statements = [said(text, "the race was close", "said", titled, "say")]
    mentions = [
        name(text, "Dana Orsk"),
        name(text, "President Paul Orsk", subject=False),
        name(text, "Dana Orsk", nth=1),
        name(text, "Orsk", nth=3),
        name(text, titled, nth=text.count(titled) - 1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == speaker


def test_a_vice_presidents_title_is_not_the_presidents() -> None:
    text = (
        "President Dana Orsk met her brother, Vice President Paul Orsk. Dana Orsk spoke first. "
        "President Orsk said the race was close."
    )
    statements = [said(text, "the race was close", "said", "President Orsk", "say")]
    mentions = [
        name(text, "President Dana Orsk"),
        name(text, "Vice President Paul Orsk", subject=False),
        name(text, "Dana Orsk", nth=1),
        name(text, "President Orsk"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Dana Orsk"


@pytest.mark.parametrize("owner", ["that report", "that 2013 report", "the report"])
def test_that_after_a_preposition_is_a_determiner_and_leaves_the_apposed_name(owner: str) -> None:
    # "One of the authors of that 2013 report, Ari Fleischer, said …": no relative clause.
    source = f"One of the authors of {owner}, Ana Ruiz,"
    text = f"The party published a report. {source} said the vote would test it."
    statements = [said(text, "the vote would test it", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Ana Ruiz", subject=False)])

    assert statement.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("The time frame in which the senators voted", "time frame"),
        ("a last-ditch tactic in which senators vote", "last-ditch tactic"),
    ],
)
def test_a_relative_clause_after_a_preposition_leaves_the_phrase_before_it(source: str, speaker: str) -> None:
    text = f"{source} suggests the bill will pass."
    statements = [said(text, "the bill will pass", "suggests", source, "suggest")]

    [statement] = resolve(text, statements, [])

    assert statement.speaker == speaker


def test_a_source_cut_after_a_common_noun_reaches_the_name_in_close_apposition() -> None:
    text = "Local radio station KVRX reported the bridge had closed."
    statements = [said(text, "the bridge had closed", "reported", "Local radio station", "report")]
    mentions = [name(text, "KVRX", "ORG", subject=False)]

    resolved = resolve(text, statements, mentions)

    assert resolved[0].speaker == "KVRX"


def test_a_lower_case_descriptor_the_recogniser_took_in_is_no_part_of_the_name() -> None:
    text = "The weekly Grenzbote first reported the sale. Grenzbote said the price was high."
    statements = [
        said(text, "the sale", "reported", "The weekly Grenzbote", "report"),
        said(text, "the price was high", "said", "Grenzbote", "say", source_nth=1),
    ]
    mentions = [name(text, "weekly Grenzbote", "ORG"), name(text, "Grenzbote", "ORG", nth=1)]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Grenzbote", "Grenzbote"]


def test_a_notice_speaks_for_whoever_issued_it() -> None:
    text = "Harbor Music Group's takedown notice claimed the tool broke copyright law."
    statements = [
        said(text, "the tool broke copyright law", "claimed", "Harbor Music Group's takedown notice", "claim")
    ]
    mentions = [name(text, "Harbor Music Group", "ORG", dep="poss")]

    resolved = resolve(text, statements, mentions)

    assert resolved[0].speaker == "Harbor Music Group"


def test_a_name_that_opens_its_sentence_as_the_topic_takes_the_next_pronouns() -> None:
    text = (
        "Professor Paul Reed argues the rule is void. He holds that courts must act.\n\n"
        "For Tom Baker, it matters little. While he believes the rule stands, he says nothing will change."
    )
    statements = [
        said(text, "the rule is void", "argues", "Professor Paul Reed", "argue"),
        said(text, "courts must act", "holds", "He", "hold"),
        said(text, "the rule stands", "believes", "he", "believe", source_nth=_nth_he(text, "he believes")),
        said(text, "nothing will change", "says", "he", "say", source_nth=_nth_he(text, "he says")),
    ]
    mentions = [
        name(text, "Professor Paul Reed"),
        pronoun(text, "He"),
        name(text, "Tom Baker", subject=False),
        pronoun(text, "he", nth=_nth_he(text, "he believes")),
        pronoun(text, "he", nth=_nth_he(text, "he says")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Paul Reed", "Paul Reed", "Tom Baker", "Tom Baker"]


def test_a_name_after_for_inside_a_sentence_is_no_topic() -> None:
    text = (
        "Professor Paul Reed argues the rule is void. He holds that courts must act.\n\n"
        "It matters little for Tom Baker, and he says nothing will change."
    )
    statements = [
        said(text, "the rule is void", "argues", "Professor Paul Reed", "argue"),
        said(text, "courts must act", "holds", "He", "hold"),
        said(text, "nothing will change", "says", "he", "say", source_nth=_nth_he(text, "he says")),
    ]
    mentions = [
        name(text, "Professor Paul Reed"),
        pronoun(text, "He"),
        name(text, "Tom Baker", subject=False),
        pronoun(text, "he", nth=_nth_he(text, "he says")),
    ]

    resolved = resolve(text, statements, mentions)

    assert resolved[-1].speaker == "Paul Reed"


def _nth_he(text: str, words: str) -> int:
    """Which occurrence of the letters "he" (also inside "the") begins `words`."""
    return text[: text.index(words)].count("he")


def test_his_father_is_the_one_relative_of_that_family_described_as_the_father() -> None:
    text = (
        "Sami Haddad drowned in 2015. Officials say his grieving father reported it late.\n\n"
        '"It hurts," said his father, Omar Haddad. His aunt, Rana Haddad, attended.'
    )
    statements = [
        said(text, "reported it late", "say", "his grieving father", "say"),
        said(text, "It hurts,", "said", "his father, Omar Haddad", "say"),
    ]
    mentions = [
        name(text, "Sami Haddad"),
        pronoun(text, "his"),
        name(text, "Omar Haddad", subject=False),
        name(text, "Rana Haddad", subject=False),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Omar Haddad", "Omar Haddad"]


def test_his_father_of_a_family_with_no_man_named_stays_a_description() -> None:
    text = "Sami Haddad drowned. Officials say his grieving father reported it late. Rana Haddad wept."
    statements = [said(text, "reported it late", "say", "his grieving father", "say")]
    mentions = [name(text, "Sami Haddad"), pronoun(text, "his"), name(text, "Rana Haddad")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "his grieving father"  # no man of the family is named


def test_a_given_name_after_a_kinship_word_is_a_person_whatever_its_label() -> None:
    text = "Jon Keller died on Saturday. According to his wife, Amanda, he had been ill for months."
    statements = [said(text, "he had been ill for months", "According to", "his wife, Amanda", "accord")]
    mentions = [name(text, "Jon Keller"), pronoun(text, "his"), name(text, "Amanda", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Amanda Keller", EntityKind.PERSON)


def test_the_object_of_according_to_ends_at_its_comma_when_a_verb_follows() -> None:
    text = "According to news agency Ledger, the justice minister, Omar Saleh, said the trial would start."
    source = "news agency Ledger, the justice minister, Omar Saleh"
    statements = [said(text, "the trial would start", "said", source, "say")]
    mentions = [name(text, "Ledger", "ORG", subject=False), name(text, "Omar Saleh")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Omar Saleh"


def test_according_to_with_its_content_after_the_comma_keeps_its_object() -> None:
    text = "According to news agency Ledger, the trial would start in May."
    statements = [said(text, "the trial would start in May", "According to", "news agency Ledger", "accord")]

    [statement] = resolve(text, statements, [name(text, "Ledger", "ORG", subject=False)])

    assert statement.speaker == "Ledger"


def test_a_given_name_after_a_business_partner_of_a_company_stays_no_person() -> None:
    text = "Apex Motors grew fast. Its partner, Amanda, said sales doubled."
    statements = [said(text, "sales doubled", "said", "Its partner, Amanda", "say")]
    mentions = [name(text, "Apex Motors", "ORG"), name(text, "Amanda", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is not EntityKind.PERSON


def test_the_couple_of_a_named_family_is_its_two_members() -> None:
    text = (
        "Ada Marlowe and Ben Marlowe opened the bakery in May. Judge Mary Lund spoke first. "
        "The couple said they would hire more staff."
    )
    statements = [said(text, "they would hire more staff", "said", "The couple", "say")]
    mentions = [name(text, "Ada Marlowe"), name(text, "Ben Marlowe"), name(text, "Judge Mary Lund")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ada Marlowe and Ben Marlowe"


def test_a_campaign_named_by_its_candidate_is_an_organisation() -> None:
    text = (
        "Senator Dana Whitlow entered the race in March. The Whitlow campaign said the debate was "
        "rigged. Whitlow's campaign said it would appeal. Her campaign said the polls were wrong."
    )
    statements = [
        said(text, "the debate was rigged", "said", "The Whitlow campaign", "say"),
        said(text, "it would appeal", "said", "Whitlow's campaign", "say"),
        said(text, "the polls were wrong", "said", "Her campaign", "say", nth=2),
    ]
    mentions = [name(text, "Senator Dana Whitlow"), name(text, "Whitlow"), name(text, "Whitlow", nth=1)]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Whitlow campaign"] * 3
    assert {s.speaker_kind for s in resolved} == {"organisation"}


def test_the_campaign_is_that_of_the_candidate_named_just_before() -> None:
    text = (
        "The Green Party met in May. For Green Party nominee Dana Whitlow, the summer began badly. "
        "According to the campaign, a storm destroyed her bus."
    )
    statements = [said(text, "a storm destroyed her bus", "According to", "the campaign", "according to")]
    mentions = [
        name(text, "Green Party", "ORG"),
        name(text, "Green Party", "ORG", nth=1, subject=False),
        name(text, "Dana Whitlow", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Whitlow campaign"


def test_an_apposition_after_a_bracketed_aside_names_the_described_person() -> None:
    text = (
        "Union general secretary Tom Reese spoke first. The general secretary of the ABC union "
        "(Association of Bus Crews), Lena Voss, said the plan fell short."
    )
    source = "The general secretary of the ABC union (Association of Bus Crews), Lena Voss"
    statements = [said(text, "the plan fell short", "said", source, "say")]
    mentions = [name(text, "Union general secretary Tom Reese"), name(text, "Lena Voss")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Lena Voss"


def test_a_name_that_modifies_a_described_head_gives_way_to_the_person_in_apposition() -> None:
    text = (
        "Hillary Clinton spoke in Iowa. Another Clinton ally, Agriculture Secretary Tom Vilsack, "
        "said the campaign was strong."
    )
    source = "Another Clinton ally, Agriculture Secretary Tom Vilsack,"
    statements = [said(text, "the campaign was strong", "said", source, "say")]
    mentions = [
        name(text, "Hillary Clinton"),
        name(text, "Clinton", nth=1, subject=False),
        name(text, "Agriculture Secretary Tom Vilsack", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Vilsack"


@pytest.mark.parametrize(
    ("source", "noun"),
    [
        ("Some Sanders supporters", "supporters"),
        ("Top Sanders strategists", "strategists"),
        ("Sanders allies", "allies"),
    ],
)
def test_a_name_right_before_a_followers_noun_says_whose_followers_speak(source: str, noun: str) -> None:
    text = f"Bernie Sanders spoke in Iowa. {source} said the campaign was strong."
    statements = [said(text, "the campaign was strong", "said", source, "say")]
    mentions = [name(text, "Bernie Sanders"), name(text, "Sanders", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Bernie Sanders"
    assert statement.speaker is not None and noun in statement.speaker


def test_a_person_joined_to_followers_still_speaks() -> None:
    text = "Bernie Sanders spoke in Iowa. Sanders and his supporters said the campaign was strong."
    source = "Sanders and his supporters"
    statements = [said(text, "the campaign was strong", "said", source, "say")]
    mentions = [name(text, "Bernie Sanders"), name(text, "Sanders", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Bernie Sanders"


def test_a_state_in_brackets_after_a_county_leaves_the_officer_named_after_it_the_speaker() -> None:
    text = "Maricopa County (Ariz.) Sheriff Joe Arpaio said the border was open."
    source = "Maricopa County (Ariz.) Sheriff Joe Arpaio"
    statements = [said(text, "the border was open", "said", source, "say")]
    mentions = [
        name(text, "Maricopa County", "GPE"),
        name(text, "Ariz.", "GPE", subject=False),
        name(text, "Sheriff Joe Arpaio"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Joe Arpaio"


def test_two_senators_with_their_states_in_brackets_speak_together() -> None:
    text = "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) said the bill was dead."
    source = "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)"
    statements = [said(text, "the bill was dead", "said", source, "say")]
    mentions = [
        name(text, "Sens. Rand Paul"),
        name(text, "Ky.", "GPE", subject=False),
        name(text, "Marco Rubio", subject=False),
        name(text, "Fla.", "GPE", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Rand Paul and Marco Rubio"


def test_a_name_opening_with_an_institution_word_is_the_institution_despite_an_office_word() -> None:
    text = "The runway was closed, according to the Directorate General of Civil Aviation."
    source = "the Directorate General of Civil Aviation"
    statements = [said(text, "The runway was closed", "according to", source, "according to")]
    mentions = [name(text, "Directorate General of Civil Aviation", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Directorate General of Civil Aviation"
    assert statement.speaker_kind == "organisation"


def test_a_body_named_after_its_state_s_possessive_is_that_body() -> None:
    text = "Chile's National Seismic Office reported that the quake was shallow."
    source = "Chile's National Seismic Office"
    statements = [said(text, "the quake was shallow", "reported", source, "report")]

    [statement] = resolve(text, statements, [name(text, "Chile", "GPE", dep="poss")])

    assert statement.speaker == "National Seismic Office"


def test_a_report_by_an_outlet_named_with_a_capital_the_keeps_it() -> None:
    text = "According to a recent report by The Beacon, the mine had flooded twice."
    source = "a recent report by The Beacon"
    statements = [said(text, "the mine had flooded twice", "According to", source, "according to")]

    [statement] = resolve(text, statements, [name(text, "Beacon", "LOC")])

    assert statement.speaker == "The Beacon"


def test_a_lone_given_name_typed_an_organisation_is_the_one_person_of_that_given_name() -> None:
    text = (
        "Harbour Minister Tariq Nawaz Qureshi said the port would reopen. "
        "Tariq also stated that no one was hurt."
    )
    statements = [
        said(text, "the port would reopen", "said", "Harbour Minister Tariq Nawaz Qureshi", "say"),
        said(text, "no one was hurt", "also stated", "Tariq", "state", source_nth=1),
    ]
    mentions = [name(text, "Harbour Minister Tariq Nawaz Qureshi"), name(text, "Tariq", "ORG", nth=1)]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Tariq Nawaz Qureshi", "Tariq Nawaz Qureshi"]


def test_an_initialism_typed_an_organisation_is_no_given_name() -> None:
    text = "Anchor Ben Carter said the vote was close. BEN also reported that turnout fell."
    statements = [said(text, "turnout fell", "also reported", "BEN", "report")]
    mentions = [name(text, "Anchor Ben Carter"), name(text, "BEN", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "BEN"


def test_a_title_from_a_place_before_a_name_stays_out_of_the_name() -> None:
    text = (
        "The bill came from United States Senator from Oregon Karen Lindqvist. "
        "Lindqvist said the measure would pass."
    )
    statements = [said(text, "the measure would pass", "said", "Lindqvist", "say")]
    mentions = [name(text, "Oregon Karen Lindqvist", None), name(text, "Lindqvist", None)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Karen Lindqvist"


def test_a_hyphenated_given_name_after_an_organisation_names_a_person() -> None:
    text = (
        "The law was criticised by Seoul director of Greenpeace Korea Ji-woo Kang. "
        "Kang said the law was a setback."
    )
    source = "Seoul director of Greenpeace Korea Ji-woo Kang"
    statements = [
        said(text, "The law", "was criticised by", source, "criticise"),
        said(text, "the law was a setback", "said", "Kang", "say"),
    ]
    mentions = [
        name(text, "Seoul", "GPE"),
        name(text, "Greenpeace Korea Ji-woo Kang", "ORG"),
        name(text, "Kang"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Ji-woo Kang", "Ji-woo Kang"]


def test_a_document_signed_by_a_titled_person_earlier_is_that_person_s() -> None:
    text = (
        "Governor Ana Torres spoke on Monday. A decree signed by the Governor took effect at noon. "
        "The decree bans fireworks in the city."
    )
    statements = [said(text, "fireworks in the city", "bans", "The decree", "ban")]

    [statement] = resolve(text, statements, [name(text, "Governor Ana Torres")])

    assert statement.speaker == "Ana Torres"


def test_a_document_published_by_a_named_body_earlier_is_that_body_s() -> None:
    text = "A report published by Oxfam appeared in May. The report found that hunger had doubled."
    statements = [said(text, "hunger had doubled", "found", "The report", "find")]

    [statement] = resolve(text, statements, [name(text, "Oxfam", "ORG")])

    assert statement.speaker == "Oxfam"


def test_an_unnamed_spokesperson_of_no_one_speaks_for_the_organisation_named_before() -> None:
    text = "The Harbour Authority closed the port on Monday. A spokesperson said the storm had passed."
    statements = [said(text, "the storm had passed", "said", "A spokesperson", "say")]

    [statement] = resolve(text, statements, [name(text, "The Harbour Authority", "ORG")])

    assert statement.speaker == "Harbour Authority"


def test_an_unlabelled_name_before_a_spokesperson_is_the_body_they_speak_for() -> None:
    text = "The train crashed on Sunday. A Harbourview Health spokesperson said two patients were stable."
    statements = [said(text, "two patients were stable", "said", "A Harbourview Health spokesperson", "say")]

    [statement] = resolve(text, statements, [name(text, "Harbourview Health", None, recognised=True)])

    assert statement.speaker == "Harbourview Health"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_gloss_between_dashes_in_a_source_is_no_part_of_it() -> None:
    text = "Finnish Pääministeri — Prime Minister — Anna Korpela said the law would pass."
    source = "Finnish Pääministeri — Prime Minister — Anna Korpela"
    statements = [said(text, "the law would pass", "said", source, "say")]
    mentions = [name(text, "Finnish Pääministeri", "ORG"), name(text, "Anna Korpela")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Anna Korpela"


def test_the_latter_is_the_second_of_the_two_named_before_and_the_former_the_first() -> None:
    text = (
        "Inquiries were opened by the Aviation Board and the Safety Agency, with the latter saying "
        "the site was closed. The former said the pilot was experienced."
    )
    statements = [
        said(text, "the site was closed", "saying", "the latter", "say"),
        said(text, "the pilot was experienced", "said", "The former", "say"),
    ]
    mentions = [
        name(text, "the Aviation Board", "ORG", subject=False),
        name(text, "the Safety Agency", "ORG", subject=False),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Safety Agency", "Aviation Board"]


def test_an_ad_is_whoever_the_sentence_before_says_ran_it() -> None:
    text = (
        "The Harbour Alliance says it will spend $150,000 on a TV ad in the district. "
        "The ad touts the mayor's record."
    )
    statements = [said(text, "the mayor's record", "touts", "The ad", "tout")]

    [statement] = resolve(text, statements, [name(text, "The Harbour Alliance", "ORG")])

    assert statement.speaker == "Harbour Alliance"


def test_a_document_from_a_named_body_earlier_is_that_body_s() -> None:
    text = (
        "MIAMI — The violence is the focus of a new television ad from Our Principles Fund. "
        "The ad concludes that the plan is reckless."
    )
    statements = [said(text, "that the plan is reckless", "concludes", "The ad", "conclude")]
    mentions = [name(text, "MIAMI", "ORG"), name(text, "Our Principles Fund", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Our Principles Fund"


def test_a_document_first_taken_up_with_the_is_the_lead_subject_s() -> None:
    text = (
        "Governor Ana Torres declared a state of emergency on Monday. Schools were closed.\n\n"
        "The proclamation said the roads were unsafe."
    )
    statements = [said(text, "the roads were unsafe", "said", "The proclamation", "say")]

    [statement] = resolve(text, statements, [name(text, "Governor Ana Torres")])

    assert statement.speaker == "Ana Torres"


def test_a_document_mentioned_before_without_its_issuer_is_not_the_lead_subject_s() -> None:
    text = (
        "Governor Ana Torres visited the coast on Monday. A proclamation was posted on the door.\n\n"
        "The proclamation said the roads were unsafe."
    )
    statements = [said(text, "the roads were unsafe", "said", "The proclamation", "say")]

    [statement] = resolve(text, statements, [name(text, "Governor Ana Torres")])

    assert statement.speaker != "Ana Torres"


def test_her_memoirs_are_hers_and_her_mother_named_more_fully_is_another_person() -> None:
    text = (
        "Actress Rosa Delmar died on Monday. Delmar was 95. "
        "Her widowed mother, Rosa Ines Delmar, raised her in Lima. "
        "According to her memoirs, Delmar loved the stage. She said her first role was her best."
    )
    statements = [
        said(text, "Delmar loved the stage", "According to", "her memoirs", "according to"),
        said(text, "her first role was her best", "said", "She", "say"),
    ]
    mentions = [
        name(text, "Actress Rosa Delmar"),
        name(text, "Delmar", nth=1),
        name(text, "Rosa Ines Delmar", subject=False),
        name(text, "Lima", "GPE", subject=False),
        name(text, "Delmar", nth=3),
        pronoun(text, "She"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Rosa Delmar", "Rosa Delmar"]


def test_a_book_mentioned_with_its_author_earlier_is_the_author_s() -> None:
    text = "A new book by Clara Voss came out on Tuesday. The book alleges that the mayor lied."
    statements = [said(text, "the mayor lied", "alleges", "The book", "allege")]

    [statement] = resolve(text, statements, [name(text, "Clara Voss")])

    assert statement.speaker == "Clara Voss"


def test_a_name_cut_after_a_titled_given_name_takes_the_capitalised_surname_after_it() -> None:
    text = "The finding surprised Research Fellow Tobin Why. Why said the stripes confuse flies."
    statements = [said(text, "the stripes confuse flies", "said", "Why", "say", source_nth=1)]
    mentions = [name(text, "Research Fellow Tobin", None, subject=False), name(text, "Why", None, nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tobin Why"


def test_a_government_official_speaks_for_the_state_but_a_nationality_official_stays_unnamed() -> None:
    text = (
        "Chile closed its border on Monday. A government official said the border would reopen soon. "
        "A Chilean official said trade had stopped."
    )
    statements = [
        said(text, "the border would reopen soon", "said", "A government official", "say"),
        said(text, "trade had stopped", "said", "A Chilean official", "say", nth=1),
    ]

    resolved = resolve(text, statements, [name(text, "Chile", "GPE")])

    assert resolved[0].speaker == "Chile"
    assert resolved[1].speaker != "Chile"


def test_the_palace_speaks_for_the_one_monarch_the_article_names() -> None:
    text = (
        "King Harald Ostberg opened parliament on Monday. The palace said the king would not "
        "attend the summit."
    )
    statements = [said(text, "the king would not attend the summit", "said", "The palace", "say")]

    [statement] = resolve(text, statements, [name(text, "King Harald Ostberg")])

    assert statement.speaker == "Harald Ostberg"


def test_one_word_and_a_party_name_after_the_are_one_party() -> None:
    text = "Dana Cole leads the Bread and Circus Party. The Bread and Circus Party said it would run."
    statements = [said(text, "it would run", "said", "The Bread and Circus Party", "say")]
    mentions = [
        name(text, "Dana Cole"),
        name(text, "Bread", None),
        name(text, "Circus Party", None),
        name(text, "Bread", None, nth=1),
        name(text, "Circus Party", None, nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Bread and Circus Party"


def test_a_couples_given_names_after_the_open_one_foundations_name() -> None:
    text = "Bill Hale spoke. A grant came from the Bill and Melinda Hale Foundation, which said it would."
    statements = [said(text, "it would", "said", "which", "say")]
    mentions = [
        name(text, "Bill Hale"),
        name(text, "Bill", "PERSON", nth=1),
        name(text, "Melinda Hale Foundation", "ORG"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Bill and Melinda Hale Foundation"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_an_initialism_and_a_name_after_the_stay_two_bodies() -> None:
    text = "The race was called by the AP and NBC News on Saturday."
    statements = [said(text, "The race", "was called by", "the AP and NBC News", "call")]
    mentions = [name(text, "AP", "ORG"), name(text, "NBC News", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "AP and NBC News"


def test_a_report_from_a_place_s_hospital_is_the_hospital_s() -> None:
    text = "Initial reports from Tver hospital said the patient was stable."
    source = "Initial reports from Tver hospital"
    statements = [said(text, "the patient was stable", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Tver", "GPE")])

    assert statement.speaker == "Tver hospital"


def test_a_state_s_office_named_by_its_title_is_its_holder_not_a_body() -> None:
    text = (
        "Prime Minister Boris Johnson met union leaders. Britain's Prime Minister said the strike "
        "must end."
    )
    statements = [said(text, "the strike must end", "said", "Britain's Prime Minister", "say")]

    [statement] = resolve(text, statements, [name(text, "Boris Johnson")])

    assert statement.speaker == "Boris Johnson"


def test_a_state_s_unnamed_office_holder_stays_a_description() -> None:
    text = "Britain's Prime Minister said the strike must end."
    statements = [said(text, "the strike must end", "said", "Britain's Prime Minister", "say")]

    [statement] = resolve(text, statements, [])

    assert statement.speaker_kind is not EntityKind.ORGANISATION


def test_a_state_s_body_ends_in_an_institution_word() -> None:
    assert state_body("Turkey's Disaster and Emergency Management Presidency") == Speaker(
        "Disaster and Emergency Management Presidency", EntityKind.ORGANISATION
    )
    assert state_body("Britain's Home Office") == Speaker("Home Office", EntityKind.ORGANISATION)
    assert state_body("Britain's Prime Minister") is None
    assert state_body("Britain's Prime Minister Boris Johnson") is None
    assert state_body("Russia's Foreign Minister Sergei Lavrov") is None


def test_a_title_opening_with_an_institution_word_before_a_surname_is_a_person() -> None:
    text = "Senate Majority Leader Schumer said the bill would pass. Council Leader Dawson said it would not."
    statements = [
        said(text, "the bill would pass", "said", "Senate Majority Leader Schumer", "say"),
        said(text, "it would not", "said", "Council Leader Dawson", "say"),
    ]
    mentions = [name(text, "Senate Majority Leader Schumer", None), name(text, "Council Leader Dawson", None)]

    resolved = resolve(text, statements, mentions)

    assert [(s.speaker, s.speaker_kind) for s in resolved] == [
        ("Schumer", EntityKind.PERSON),
        ("Dawson", EntityKind.PERSON),
    ]


def test_a_month_after_a_given_name_is_its_surname() -> None:
    text = "Theresa May said the deal was done."
    statements = [said(text, "the deal was done", "said", "Theresa May", "say")]

    [statement] = resolve(text, statements, [name(text, "Theresa")])

    assert statement.speaker == "Theresa May"


def test_a_month_before_a_date_is_no_surname() -> None:
    text = "Lawyers told Martin May 5 that the deal was done."

    assert [m.text for m in with_surnames([name(text, "Martin")], text)] == ["Martin"]


def test_two_bodies_joined_by_and_after_the_stay_two() -> None:
    text = (
        "The Pentagon declined to comment. The bill was opposed by the Pentagon and Justice Department "
        "and by the Senate and House Intelligence Committee, and the FBI and Justice Department said "
        "it was flawed."
    )
    mentions = [
        name(text, "Pentagon", "ORG"),
        name(text, "Pentagon", "ORG", nth=1),
        name(text, "Justice Department", "ORG"),
        name(text, "Senate", "ORG"),
        name(text, "House Intelligence Committee", "ORG"),
        name(text, "FBI", "ORG"),
        name(text, "Justice Department", "ORG", nth=1),
    ]

    joined = [m.text for m in joined_institutions(mentions, text)]

    assert "Pentagon and Justice Department" not in joined
    assert "Senate and House Intelligence Committee" not in joined
    assert "FBI and Justice Department" not in joined


def test_a_person_s_name_before_an_institution_noun_is_no_place_s_institution() -> None:
    text = "Donald Trump spoke on Monday. Reports from Trump university said enrolment had fallen."
    source = "Reports from Trump university"
    statements = [said(text, "enrolment had fallen", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Donald Trump"), name(text, "Trump", nth=1)])

    assert statement.speaker != "Trump university"


def test_a_chamber_and_a_party_s_members_after_the_stay_two() -> None:
    text = "The bill was opposed by the Senate and House Republicans on Tuesday."
    mentions = [name(text, "Senate", "ORG"), name(text, "House Republicans", "ORG")]

    assert [m.text for m in joined_institutions(mentions, text)] == ["Senate", "House Republicans"]


def test_he_after_a_sentence_opening_with_an_untagged_surname_is_that_person() -> None:
    # The tagger reads a surname that is also an English word ("Reed", "Trump") at a sentence's
    # start as a common noun or a verb: no name mention marks it, yet it is the new subject.
    text = (
        "Tom Reed and Sam Wolf campaigned on Monday. Wolf called the plan a betrayal. "
        "Reed stirred controversy at a rally in Dayton. He suggested voters stay at home."
    )
    statements = [
        said(text, "the plan a betrayal", "called", "Wolf", "call"),
        said(text, "voters stay at home", "suggested", "He", "suggest"),
    ]
    mentions = [
        name(text, "Tom Reed"),
        name(text, "Sam Wolf", subject=False),
        name(text, "Wolf", nth=1),
        name(text, "Dayton", "GPE", subject=False),
        pronoun(text, "He"),
    ]

    wolf, reed = resolve(text, statements, mentions)

    assert (wolf.speaker, reed.speaker) == ("Sam Wolf", "Tom Reed")


def test_who_after_an_apposition_to_a_person_is_that_person_not_a_name_inside_it() -> None:
    text = (
        "The survey was led by Anna Berg, a soil scientist and lecturer at Uppsala University, "
        "who said the results were clear."
    )
    statements = [said(text, "the results were clear", "said", "who", "say")]
    apposition = span(text, "a soil scientist and lecturer at Uppsala University")
    mentions = [
        name(text, "Anna Berg", subject=False, appositive=apposition),
        name(text, "Uppsala University", "ORG", subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Anna Berg"


def test_the_one_an_outlet_quoted_as_saying_is_the_speaker() -> None:
    text = (
        "The Herald quoted Tom Baxter, a former fire chief, as saying the station should never have closed. "
        "Reuters quoted the mayor as saying it would reopen."
    )
    statements = [
        said(text, "the station should never have closed", "saying", "The Herald", "say"),
        said(text, "it would reopen", "quoted", "Reuters", "quote", nth=1),
    ]
    mentions = [
        name(text, "The Herald", "ORG"),
        name(text, "Tom Baxter", subject=False),
        name(text, "Reuters", "ORG"),
    ]

    baxter, mayor = resolve(text, statements, mentions)

    assert baxter.speaker == "Tom Baxter"
    assert mayor.speaker != "Reuters"


def test_the_subject_of_a_relative_clause_does_not_take_the_topic_over() -> None:
    text = (
        "Tom Kale signed the pact on Monday. It set up a council in which Omar Diaz became deputy. "
        "He said the pact was fair."
    )
    statements = [said(text, "the pact was fair", "said", "He", "say")]
    mentions = [name(text, "Tom Kale"), name(text, "Omar Diaz"), pronoun(text, "He")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tom Kale"


def test_a_description_that_gives_a_name_after_it_is_that_person() -> None:
    text = (
        '"The fares are too high," said a commuter using the pseudonym Lena. '
        "Another rider named Paul Ross said the trains were late."
    )
    statements = [
        said(text, "The fares are too high,", "said", "a commuter", "say"),
        said(text, "the trains were late", "said", "Another rider", "say", nth=1),
    ]
    mentions = [name(text, "Lena", subject=False), name(text, "Paul Ross", subject=False)]

    lena, ross = resolve(text, statements, mentions)

    assert (lena.speaker, ross.speaker) == ("Lena", "Paul Ross")


def test_an_untagged_surname_two_people_bear_is_the_one_named_most() -> None:
    text = (
        "Tom Reed met his sister Ann Reed. Tom Reed and Sam Wolf campaigned on Monday. "
        "Wolf called the plan a betrayal. Reed stirred controversy at a rally. He suggested voters stay home."
    )
    statements = [
        said(text, "the plan a betrayal", "called", "Wolf", "call"),
        said(text, "voters stay home", "suggested", "He", "suggest"),
    ]
    mentions = [
        name(text, "Tom Reed"),
        name(text, "Ann Reed", subject=False),
        name(text, "Tom Reed", nth=1),
        name(text, "Sam Wolf", subject=False),
        name(text, "Wolf", nth=1),
        pronoun(text, "He"),
    ]

    _, reed = resolve(text, statements, mentions)

    assert reed.speaker == "Tom Reed"


def test_a_word_after_a_preposition_is_no_part_of_a_known_surname_after_it() -> None:
    text = (
        "Dan Walsh announced on Twitter that he would run. "
        "The next day on Twitter Walsh accused his brother of lying."
    )
    statements = [said(text, "his brother of lying", "accused", "Twitter Walsh", "accuse")]
    mentions = [name(text, "Dan Walsh"), name(text, "Twitter", "ORG"), name(text, "Twitter Walsh")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Dan Walsh"


def test_a_given_name_after_a_preposition_keeps_its_surname() -> None:
    text = "Dan Walsh spoke. The next day at Rosa Walsh's grave Rosa Walsh said she missed him."
    mentions = [name(text, "Dan Walsh"), name(text, "Rosa Walsh"), name(text, "Rosa Walsh", nth=1)]

    assert [m.text for m in without_word_before_surname(mentions, text)] == [m.text for m in mentions]


def test_a_month_before_a_known_surname_after_a_determiner_is_a_date() -> None:
    text = "Donald Trump spoke. At a June Trump campaign event, Brenda Johnson railed against it."
    mentions = [name(text, "Donald Trump"), name(text, "June Trump"), name(text, "Brenda Johnson")]

    cut = without_word_before_surname(mentions, text)

    assert [m.text for m in cut] == ["Donald Trump", "Trump", "Brenda Johnson"]


def test_capitalised_words_before_an_article_open_the_name_the_recogniser_cut_there() -> None:
    text = (
        "A spokesperson for Show Racism the Red Card, a charity, said blacking up was racist. "
        "Show Racism the Red Card would argue so."
    )
    source = "A spokesperson for Show Racism the Red Card"
    statements = [said(text, "blacking up was racist", "said", source, "say")]
    mentions = [name(text, "Show Racism", None), name(text, "Red Card", None)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Show Racism the Red Card"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_capitalised_function_word_in_mid_sentence_opens_the_name() -> None:
    text = "Toilet paper producer Who Gives a Crap said they had run out of stock."
    source = "Toilet paper producer Who Gives a Crap"
    statements = [said(text, "they had run out of stock", "said", source, "say")]

    [statement] = resolve(text, statements, [name(text, "Crap")])

    assert statement.speaker == "Who Gives a Crap"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Aides of Bill Clinton the Democrats praised said so.", "Democrats"),  # a given name
        ("On Monday the DOJ said so.", "DOJ"),  # a day, not in mid-sentence either
        ("He told Fox News the Pentagon knew. Fox News aired it.", "Pentagon"),  # also written alone
        ("She told Mayor Ann Lee the Council knew.", "Council"),  # a title and a given name
        ("It backed Rock the Vote on Tuesday.", "Vote"),  # one word: too little to tell
    ],
)
def test_words_before_an_article_that_name_something_else_stay_apart(text: str, written: str) -> None:
    assert [m.text for m in with_name_before_article([name(text, written, None)], text)] == [written]


def test_a_title_case_headline_gives_a_name_run_only_the_words_the_body_names() -> None:
    text = (
        "City Council Votes To Condemn Donald Trump Over Remarks\n\n"
        "The council voted on Tuesday. Donald Trump said the vote was a stunt."
    )
    mentions = [name(text, "Condemn Donald Trump"), name(text, "Donald Trump", nth=1)]

    cut = without_headline_words(mentions, text)

    assert [m.text for m in cut] == ["Donald Trump", "Donald Trump"]
    assert cut[0].span == span(text, "Donald Trump")


def test_a_headline_run_ends_in_the_name_the_body_writes_after_a_title() -> None:
    text = (
        "McCain Challenger Kelli Ward: Impeach The Attorney General\n\n"
        "Former State Senator Dr. Kelli Ward called for it. Senator John McCain did not."
    )
    mentions = [
        name(text, "McCain Challenger Kelli Ward"),
        name(text, "State Senator Dr. Kelli Ward"),
        name(text, "John McCain"),
    ]

    cut = without_headline_words(mentions, text)

    assert cut[0].text == "Kelli Ward"
    assert cut[0].span == span(text, "Kelli Ward")


def test_a_name_in_a_title_case_headline_takes_no_capitalised_word_after_it_as_surname() -> None:
    text = "Trump Is Like A Lawyer\u2019s Dumbest Client, Trevor Noah Says\n\nTrevor Noah said so."
    mentions = [name(text, "Trevor Noah"), name(text, "Trevor Noah", nth=1)]

    assert [m.text for m in with_surnames(mentions, text)] == ["Trevor Noah", "Trevor Noah"]


def test_a_title_case_line_inside_the_article_gives_a_name_run_only_the_words_the_body_names() -> None:
    text = (
        "The actors spoke about the awards on Monday night.\n\n"
        "Zoe Saldana Asked Men Everywhere To Redefine Masculinity\n\n"
        "Zoe Saldana, when asked, said men should listen more."
    )
    mentions = [name(text, "Zoe Saldana Asked Men"), name(text, "Zoe Saldana", nth=1)]

    cut = without_headline_words(mentions, text)

    assert [m.text for m in cut] == ["Zoe Saldana", "Zoe Saldana"]
    assert cut[0].span == span(text, "Zoe Saldana")


def test_a_given_name_in_a_title_case_line_inside_the_article_takes_no_word_after_it_as_surname() -> None:
    text = (
        "The actors spoke about the awards on Monday night.\n\n"
        "Zoe Questioned Why White Actors Play Characters Of Color\n\n"
        "Zoe Saldana said so. She questioned it. Zoe Marks agreed."
    )
    mentions = [name(text, "Zoe"), name(text, "Zoe", nth=1)]

    assert [m.text for m in with_surnames(mentions, text)] == ["Zoe", "Zoe Saldana"]


def test_a_given_name_in_a_title_case_list_inside_the_article_keeps_its_surname() -> None:
    text = (
        "The insiders spoke about the race on Monday night.\n\n"
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron\n\n"
        "Tim Albrecht said so. Brad Anderson agreed."
    )
    mentions = [name(text, "Brad"), name(text, "Brad Anderson", nth=1)]

    assert [m.text for m in with_surnames(mentions, text)] == ["Brad Anderson", "Brad Anderson"]


def test_a_run_in_a_title_case_list_inside_the_article_keeps_a_given_name_the_body_lacks() -> None:
    text = (
        "The insiders spoke about the race on Monday night.\n\n"
        "Iowa: Tim Albrecht, Matt Paul, Rob Barron, Jeff Boeyink\n\n"
        "Senator Rand Paul said so."
    )
    mentions = [name(text, "Matt Paul"), name(text, "Rand Paul")]

    assert [m.text for m in without_headline_words(mentions, text)] == ["Matt Paul", "Rand Paul"]


def test_a_headline_run_the_body_writes_whole_or_a_sentence_case_line_stays_whole() -> None:
    headline = "Breaking: Trump Campaign Hires New Manager\n\nThe Trump campaign said Trump agreed."
    sentence = "Officials said Condemn Donald Trump was wrong.\n\nDonald Trump said nothing."
    for text, written in ((headline, "Trump Campaign"), (sentence, "Condemn Donald Trump")):
        mentions = [name(text, written), name(text, "Trump", nth=1)]

        assert [m.text for m in without_headline_words(mentions, text)] == [written, "Trump"]


def test_a_common_word_before_a_known_surname_is_no_given_name() -> None:
    text = "Hillary Clinton spoke. Fascist Trump, the sign read. Donald Trump said a fascist would not win."
    mentions = [name(text, "Hillary Clinton"), name(text, "Fascist Trump"), name(text, "Donald Trump")]

    cut = without_word_before_surname(mentions, text)

    assert [m.text for m in cut] == ["Hillary Clinton", "Trump", "Donald Trump"]


@pytest.mark.parametrize(
    ("run", "opening"),
    [
        ("AG Mukasey", "Former AG Mukasey at rally: no. "),  # a title's abbreviation
        ("Senators Mukasey", "Together, Senators Mukasey and Cruz spoke. "),  # a title's plural
        ("Bashing Mukasey", "Bashing Mukasey may be job one. "),  # an -ing form
    ],
)
def test_a_word_in_a_form_no_given_name_takes_before_a_known_surname_is_no_given_name(
    run: str, opening: str
) -> None:
    text = f"{opening}Michael Mukasey said so."
    mentions = [name(text, run), name(text, "Michael Mukasey")]

    cut = without_word_before_surname(mentions, text)

    assert [m.text for m in cut] == ["Mukasey", "Michael Mukasey"]


def test_a_given_name_the_lists_lack_keeps_its_surname_before_a_namesake() -> None:
    text = "Bill Clinton spoke. Chelsea Clinton said the sandy beach was hers. Longtime Clinton aides agreed."
    mentions = [name(text, "Bill Clinton"), name(text, "Chelsea Clinton"), name(text, "Longtime Clinton")]

    # "Chelsea" is never written in lower case; nor here is "Longtime", which keeps its run too.
    assert [m.text for m in without_word_before_surname(mentions, text)] == [m.text for m in mentions]


def test_a_month_as_a_given_name_keeps_its_surname() -> None:
    text = "Tom Carter spoke. June Carter said she agreed."
    mentions = [name(text, "Tom Carter"), name(text, "June Carter")]

    assert [m.text for m in without_word_before_surname(mentions, text)] == ["Tom Carter", "June Carter"]


def test_a_person_of_a_body_read_as_a_title_is_the_person() -> None:
    text = '"The river is ours again," Lena Marsh of the Western Ute tribal water office told the crowd.'
    source = "Lena Marsh of the Western Ute tribal water office"
    statements = [said(text, "The river is ours again", "told", source, "tell")]
    mentions = [name(text, "Lena Marsh of the Western Ute", "WORK_OF_ART")]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Lena Marsh", EntityKind.PERSON)


def test_a_title_or_an_article_before_of_makes_no_person_of_a_body() -> None:
    assert person_of_body("Secretary General of the Western Ute Council") == ""
    assert person_of_body("The Lord of the Rings") == ""
    assert person_of_body("Lena Marsh of the Western Ute") == "Lena Marsh"


def test_a_country_as_a_given_name_is_a_person_when_the_surname_stands_alone() -> None:
    text = "Israel Okoro said he was ready. Okoro told reporters he felt strong. Mexico City said no."
    statements = [
        said(text, "he was ready", "said", "Israel Okoro", "say"),
        said(text, "he felt strong", "told", "Okoro", "tell"),
        said(text, "no", "said", "Mexico City", "say"),
    ]
    mentions = [name(text, "Israel Okoro", "GPE"), name(text, "Okoro", "GPE")]
    mentions.append(name(text, "Mexico City", "GPE"))

    first, second, city = resolve(text, statements, mentions)

    assert (first.speaker, first.speaker_kind) == ("Israel Okoro", EntityKind.PERSON)
    assert second.speaker == "Israel Okoro"
    assert city.speaker_kind is not EntityKind.PERSON



def test_an_unlabelled_name_with_the_article_is_the_organisation_the_company_means() -> None:
    text = (
        "A fire closed a paper plant in Dunmore. Crews of the Halvorsen Mills, its owner, arrived at "
        "noon. The company said that repairs would take a week."
    )
    statements = [said(text, "that repairs would take a week", "said", "The company", "state")]
    mentions = [name(text, "Halvorsen Mills", None, recognised=False)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Halvorsen Mills", EntityKind.ORGANISATION)


def test_the_party_is_the_party_named_last_though_named_less() -> None:
    text = (
        "The Social Democratic Workers' Party won the vote. The Social Democratic Workers' Party "
        "will lead talks. Later the Green Party met. The party said that it would join no coalition."
    )
    statements = [said(text, "that it would join no coalition", "said", "The party", "state")]
    mentions = [
        name(text, "Social Democratic Workers' Party", "ORG"),
        name(text, "Social Democratic Workers' Party", "ORG", nth=1),
        name(text, "Green Party", "ORG"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Green Party"


def test_an_unlabelled_name_after_in_is_a_place_not_a_person() -> None:
    text = "Floods hit farms in Dunmore, officials said. Dunmore warned that roads would close."
    statements = [said(text, "that roads would close", "warned", "Dunmore", "warn")]
    mentions = [name(text, "Dunmore", None, recognised=False, nth=k) for k in (0, 1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.PLACE


def test_a_two_word_family_name_or_its_first_word_alone_is_the_person() -> None:
    text = (
        "President Iván Ruiz Ortega spoke. Ruiz Ortega said the vote was fair. Ruiz said it was final."
    )
    statements = [
        said(text, "the vote was fair", "said", "Ruiz Ortega", "say", source_nth=1),
        said(text, "it was final", "said", "Ruiz", "say", nth=1, source_nth=2),
    ]
    mentions = [
        name(text, "President Iván Ruiz Ortega"),
        name(text, "Ruiz Ortega", nth=1),
        name(text, "Ruiz", nth=2),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Iván Ruiz Ortega", "Iván Ruiz Ortega"]


def test_a_time_the_parser_ran_into_the_source_names_no_one() -> None:
    text = (
        "Maren Holt spoke in Leeds. Holt last week said the plan would fail. "
        "Holt on Sunday night said it was over."
    )
    statements = [
        said(text, "the plan would fail", "said", "Holt last week", "say"),
        said(text, "it was over", "said", "Holt on Sunday night", "say"),
    ]
    # The parser read neither "Holt" after the first as a name of its own.
    mentions = [name(text, "Maren Holt")]

    speakers = [s.speaker for s in resolve(text, statements, mentions)]

    assert speakers == ["Maren Holt", "Maren Holt"]


@pytest.mark.parametrize(
    ("surname_alone", "full_name"),
    [
        ("Mark-Viverito", "Melissa Mark-Viverito"),
        ("Rees-Mogg", "Jacob Rees-Mogg"),
        ("Biden", "Joseph R. Biden Jr."),  # a generational suffix ends the full name
        ("Kellner", "Tomas A. Kellner III"),
        ("Wasserman Schultz", "Debbie Wasserman Schultz"),  # a family name of two words
    ],
)
def test_a_surname_written_alone_before_the_full_name_is_that_person(
    surname_alone: str, full_name: str
) -> None:
    text = (
        f"Standing with activists, {surname_alone} pillories rivals. Speaker {full_name} said the law "
        f"was bad. Later, {surname_alone} said it was over."
    )
    statements = [
        said(text, "the law was bad", "said", f"Speaker {full_name}", "say"),
        said(text, "it was over", "said", surname_alone, "say", source_nth=2),
    ]
    mentions = [
        name(text, surname_alone, None, subject=False),
        name(text, f"Speaker {full_name}"),
        name(text, surname_alone, nth=2),
    ]

    speakers = [s.speaker for s in resolve(text, statements, mentions)]

    assert speakers == [full_name, full_name]


def test_a_son_named_with_jr_is_not_the_father_known_by_surname_alone() -> None:
    text = "Grell said rivals lie. Tomas Grell Jr. said the law was bad. Later, Tomas Grell said it was over."
    statements = [
        said(text, "rivals lie", "said", "Grell", "say"),
        said(text, "the law was bad", "said", "Tomas Grell Jr.", "say", nth=1),
        said(text, "it was over", "said", "Tomas Grell", "say", nth=2, source_nth=1),
    ]
    mentions = [
        name(text, "Grell"),
        name(text, "Tomas Grell Jr."),
        name(text, "Tomas Grell", nth=1),
    ]

    speakers = [s.speaker for s in resolve(text, statements, mentions)]

    assert speakers == ["Tomas Grell", "Tomas Grell Jr.", "Tomas Grell"]


def test_an_outlets_possessive_before_a_persons_name_is_whose_the_person_is() -> None:
    text = "As Breitbart's Joel Pollak reported, the plan failed. Pollak said it was over."
    statements = [
        said(text, "the plan failed", "reported", "Breitbart's Joel Pollak", "report"),
        said(text, "it was over", "said", "Pollak", "say"),
    ]
    mentions = [name(text, "Breitbart's Joel Pollak", "ORG"), name(text, "Pollak", "ORG", nth=1)]

    resolved = resolve(text, statements, mentions)

    assert [(s.speaker, s.speaker_kind) for s in resolved] == [("Joel Pollak", EntityKind.PERSON)] * 2
    assert resolved[0].affiliation == "Breitbart"


def test_a_definite_epithet_takes_up_the_person_named_before_like_a_pronoun() -> None:
    text = (
        "Dana Whitlow spoke in Ohio on Monday. Whitlow said the plant would stay open. "
        "Later the real estate mogul said taxes were too high."
    )
    statements = [
        said(text, "the plant would stay open", "said", "Whitlow", "say"),
        said(text, "taxes were too high", "said", "the real estate mogul", "say", nth=1),
    ]
    mentions = [name(text, "Dana Whitlow"), name(text, "Whitlow", nth=1)]

    statement = resolve(text, statements, mentions)[1]

    assert (statement.speaker, statement.speaker_kind) == ("Dana Whitlow", EntityKind.PERSON)


def test_an_office_alone_takes_up_the_person_named_before_unless_titled_otherwise() -> None:
    text = (
        "Senator Ann Ortiz met Gov. Tom Reyes in Austin. Ortiz said the bill would pass. "
        "The former secretary of state said the talks were useful. The senator said it was late."
    )
    statements = [
        said(text, "the bill would pass", "said", "Ortiz", "say"),
        said(text, "the talks were useful", "said", "The former secretary of state", "say", nth=1),
        said(text, "it was late", "said", "The senator", "say", nth=2),
    ]
    mentions = [
        name(text, "Senator Ann Ortiz"),
        name(text, "Gov. Tom Reyes", subject=False),
        name(text, "Ortiz", nth=1),
    ]

    _, secretary, senator = resolve(text, statements, mentions)

    assert secretary.speaker is None or secretary.speaker_kind is not EntityKind.PERSON
    assert (senator.speaker, senator.speaker_kind) == ("Ann Ortiz", EntityKind.PERSON)


def test_an_epithet_with_a_demonym_or_an_unnamed_office_stays_a_description() -> None:
    text = (
        "Tom Keller said the border would close. The Turkish president said it would not. "
        "The judge said the case was closed."
    )
    statements = [
        said(text, "the border would close", "said", "Tom Keller", "say"),
        said(text, "it would not", "said", "The Turkish president", "say", nth=1),
        said(text, "the case was closed", "said", "The judge", "say", nth=2),
    ]

    _, president, judge = resolve(text, statements, [name(text, "Tom Keller")])

    assert president.speaker_kind is not EntityKind.PERSON
    assert judge.speaker_kind is not EntityKind.PERSON


def test_an_epithet_passes_over_a_person_it_cannot_describe_to_the_next() -> None:
    text = (
        "Rival Ann Ortiz spoke in Ohio. Then Sen. Tom Reyes started a petition aimed at Ortiz. "
        "The former secretary of state said the wage was fine for now."
    )
    statements = [said(text, "the wage was fine for now", "said", "The former secretary of state", "say")]
    mentions = [
        name(text, "Ann Ortiz"),
        name(text, "Sen. Tom Reyes"),
        name(text, "Ortiz", nth=1, subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Ann Ortiz", EntityKind.PERSON)


def test_an_office_holder_s_epithet_takes_up_one_who_holds_an_office() -> None:
    text = (
        "Gov. Ray Dunn spoke in Concord. Sen. Kelly Marsh said she reserves the right to reconsider. "
        "The Republican incumbent said that her position is genuine."
    )
    statements = [
        said(text, "she reserves the right to reconsider", "said", "Sen. Kelly Marsh", "say"),
        said(text, "that her position is genuine", "said", "The Republican incumbent", "say", nth=1),
    ]
    mentions = [name(text, "Gov. Ray Dunn"), name(text, "Sen. Kelly Marsh")]

    _, incumbent = resolve(text, statements, mentions)

    assert incumbent.speaker == "Kelly Marsh"


def test_the_article_s_own_words_for_a_person_always_fit_its_epithet() -> None:
    text = (
        "Club president and billionaire businessman Tom Keller won. "
        "Keller told supporters the race was hard. The billionaire businessman said it was beautiful."
    )
    statements = [
        said(text, "the race was hard", "told", "Keller", "tell"),
        said(text, "it was beautiful", "said", "The billionaire businessman", "say"),
    ]
    mentions = [
        name(text, "Club president and billionaire businessman Tom Keller"),
        name(text, "Keller", nth=1),
    ]

    _, businessman = resolve(text, statements, mentions)

    assert businessman.speaker == "Tom Keller"


def test_a_tenure_before_an_office_is_no_part_of_it() -> None:
    text = (
        "President Ivan Petrov will vouch for Ann Ortiz in Philadelphia. Rival Ann Ortiz is there too. "
        "“Nothing prepares you,” the two-term president will say."
    )
    statements = [said(text, "Nothing prepares you,", "say", "the two-term president", "say")]
    mentions = [
        name(text, "President Ivan Petrov"),
        name(text, "Ann Ortiz", subject=False),
        name(text, "Rival Ann Ortiz", subject=True),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ivan Petrov"


def test_a_title_word_opening_a_body_the_recogniser_read_elsewhere_as_org_makes_no_person() -> None:
    text = (
        "The firm reported its work to the Justice Department. Later the Justice Department said "
        "it would review the filings. The Justice Department's guidelines say disclosure is required."
    )
    statements = [
        said(text, "it would review the filings", "said", "the Justice Department", "say", source_nth=1),
        said(text, "disclosure is required", "say", "The Justice Department's guidelines", "say"),
    ]
    mentions = [
        name(text, "Justice Department", None, subject=False),  # a sentence the recogniser never read
        name(text, "Justice Department", "ORG", nth=1),
        name(text, "Justice Department", "ORG", nth=2),
    ]

    for statement in resolve(text, statements, mentions):
        assert (statement.speaker, statement.speaker_kind) == ("Justice Department", EntityKind.ORGANISATION)


def test_an_epithet_never_takes_up_an_office_holder_or_a_person_of_another_party() -> None:
    text = (
        "Republican Senator Tom Keller met President Ivan Petrov. Petrov said the talks went well. "
        "The New York businessman said the deal was close. Keller said it was not. "
        "The Democratic front-runner said the vote would wait."
    )
    statements = [
        said(text, "the talks went well", "said", "Petrov", "say"),
        said(text, "the deal was close", "said", "The New York businessman", "say", nth=1),
        said(text, "it was not", "said", "Keller", "say", nth=2, source_nth=1),
        said(text, "the vote would wait", "said", "The Democratic front-runner", "say", nth=3),
    ]
    mentions = [
        name(text, "Republican Senator Tom Keller"),
        name(text, "President Ivan Petrov", subject=False),
        name(text, "Petrov", nth=1),
        name(text, "Keller", nth=1),
    ]

    _, businessman, _, front_runner = resolve(text, statements, mentions)

    assert businessman.speaker_kind is not EntityKind.PERSON
    assert front_runner.speaker_kind is not EntityKind.PERSON


def test_a_party_s_member_with_the_takes_up_the_person_just_named_though_tagged_a_group() -> None:
    text = (
        "House Speaker Tom Keller says the bill is dead. "
        "The Wisconsin Republican says in a statement that the vote will wait."
    )
    statements = [
        said(text, "the bill is dead", "says", "House Speaker Tom Keller", "say"),
        said(text, "the vote will wait", "says", "The Wisconsin Republican", "say", nth=1),
    ]
    mentions = [name(text, "House Speaker Tom Keller"), name(text, "Wisconsin Republican", "NORP")]

    _, republican = resolve(text, statements, mentions)

    assert (republican.speaker, republican.speaker_kind) == ("Tom Keller", EntityKind.PERSON)


def test_a_party_s_member_never_takes_up_a_person_of_the_other_party() -> None:
    text = "Democratic Senator Ann Ortiz said the bill was dead. The Republican said the vote would wait."
    statements = [
        said(text, "the bill was dead", "said", "Democratic Senator Ann Ortiz", "say"),
        said(text, "the vote would wait", "said", "The Republican", "say"),
    ]
    mentions = [name(text, "Democratic Senator Ann Ortiz"), name(text, "Republican", "NORP")]

    _, republican = resolve(text, statements, mentions)

    assert republican.speaker_kind is not EntityKind.PERSON


def test_an_unlabelled_name_after_a_body_s_possessive_is_that_body_s_person() -> None:
    text = "The debate was heated. The New Republic's Jeet Heer wrote that the party had lost its way."
    statements = [said(text, "the party had lost its way", "wrote", "The New Republic's Jeet Heer", "write")]
    unlabelled = name(text, "Jeet Heer", None, recognised=True)
    mentions = [name(text, "New Republic", "GPE", subject=False), unlabelled]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Jeet Heer", EntityKind.PERSON)


def test_a_surname_alone_takes_the_one_given_name_written_before_it_anywhere() -> None:
    text = 'She spoke on "The Rachel Maddow Show" on Thursday. Maddow said the race was close.'
    statements = [said(text, "the race was close", "said", "Maddow", "say")]
    show = name(text, "The Rachel Maddow Show", "WORK_OF_ART", subject=False)
    mentions = [show, name(text, "Maddow", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Rachel Maddow"


def test_a_surname_alone_keeps_it_when_two_given_names_or_another_namesake_go_before_it() -> None:
    two = "The Tom Keller Prize and the Ann Keller Fund met. Keller said the race was close."
    namesake = "Mr. Keller met Ann Keller. Keller said the race was close."

    of_two = resolve(two, [said(two, "the race was close", "said", "Keller", "say", source_nth=2)], [
        name(two, "Keller", nth=2)
    ])[0]
    namesake_mentions = [
        name(namesake, "Mr. Keller"),
        name(namesake, "Ann Keller", subject=False),
        name(namesake, "Keller", nth=2),
    ]
    statement = said(namesake, "the race was close", "said", "Keller", "say", source_nth=2)
    of_namesake = resolve(namesake, [statement], namesake_mentions)[0]

    assert of_two.speaker == "Keller"
    assert of_namesake.speaker != "Ann Keller"


def test_one_word_the_apposition_calls_a_site_or_a_company_is_a_body_not_a_person() -> None:
    text = (
        "Zwitter, the social networking site that lets users post short messages, fell. "
        "Zwitter said its users were loyal. He said the deal would close."
    )
    statements = [
        said(text, "its users were loyal", "said", "Zwitter", "say", source_nth=1),
        said(text, "the deal would close", "said", "He", "say", nth=1),
    ]
    described = span(text, "the social networking site that lets users post")
    site = name(text, "Zwitter", "PERSON", appositive=described)
    mentions = [site, name(text, "Zwitter", "PERSON", nth=1)]

    body, pronoun = resolve(text, statements, mentions)

    assert (body.speaker, body.speaker_kind) == ("Zwitter", EntityKind.ORGANISATION)
    assert pronoun.speaker is None


def test_a_known_given_name_before_an_apposition_stays_a_person() -> None:
    text = "Jordan, the site's founder, spoke. Maria, a company director, said sales rose."
    statements = [said(text, "sales rose", "said", "Maria", "say")]
    mentions = [name(text, "Maria", "PERSON", appositive=span(text, "a company director"))]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.PERSON


def test_a_given_name_that_is_a_common_word_before_a_labelled_surname_is_part_of_the_name() -> None:
    text = "“It is costly,” said Will Doyle, a professor. Doyle said each year counts. Will Ray Smith run?"
    statements = [
        said(text, "It is costly", "said", "Will Doyle, a professor", "say"),
        said(text, "each year counts", "said", "Doyle", "say", nth=1, source_nth=1),
    ]
    mentions = [name(text, "Doyle"), name(text, "Doyle", nth=1), name(text, "Ray Smith", subject=False)]

    first, second = resolve(text, statements, mentions)

    assert first.speaker == second.speaker == "Will Doyle"


def test_a_name_after_a_person_s_possessive_and_a_place_before_an_apposition_keep_their_kinds() -> None:
    text = (
        "Supplies reached flood-ravaged Lousiana, a Baton Rouge newspaper said. Phyllis Schlafly died. "
        "Schlafly's Final Column says the party lost its way."
    )
    statements = [said(text, "the party lost its way", "says", "Schlafly's Final Column", "say")]
    place = name(text, "Lousiana", "GPE", subject=False, appositive=span(text, "a Baton Rouge newspaper"))
    mentions = [
        place,
        name(text, "Phyllis Schlafly"),
        name(text, "Schlafly", nth=1, subject=False),
        name(text, "Final Column", None, recognised=True),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Final Column"
    assert Chains(Article(id="a", text=text), mentions).referent_at(place).kind is not EntityKind.ORGANISATION


def test_an_office_takes_up_the_holder_named_last_not_the_one_introduced_last() -> None:
    text = (
        "Senator Ann Ortiz spoke in March. Senator Joe Brandt backed a rival bill. "
        "Reporters pressed Ortiz on the vote. The senator said she had the numbers."
    )
    statements = [said(text, "she had the numbers", "said", "The senator", "say")]
    mentions = [
        name(text, "Senator Ann Ortiz"),
        name(text, "Senator Joe Brandt"),
        name(text, "Ortiz", nth=1, subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ann Ortiz"


def test_the_sex_a_pronoun_shows_stays_with_the_person_it_took_up() -> None:
    text = (
        "Senator Robert Hale spoke first. Deja Stewart met him later. "
        "She said the plan fails. He said it works."
    )
    statements = [
        said(text, "the plan fails", "said", "She", "say"),
        said(text, "it works", "said", "He", "say"),
    ]
    mentions = [
        name(text, "Senator Robert Hale"),
        name(text, "Deja Stewart"),
        pronoun(text, "She"),
        pronoun(text, "He"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Deja Stewart", "Robert Hale"]


def test_a_poll_by_two_pollsters_joined_by_a_slash_is_theirs_together() -> None:
    text = "A new CNN/ORC poll found the race tied."
    statements = [said(text, "the race tied", "found", "A new CNN/ORC poll", "find")]

    [statement] = resolve(text, statements, [name(text, "CNN", "ORG")])

    assert statement.speaker == "CNN/ORC"


@pytest.mark.parametrize("tail", [",", " —", " -", ":"])
def test_the_punctuation_a_source_span_ends_in_is_no_part_of_the_speaker(tail: str) -> None:
    # The learned tagger's sources often take in the comma or dash after the phrase.
    text = f"Several RNC members and officials{tail} for their part, said the rules are fair."
    statements = [said(text, "the rules are fair", "said", f"Several RNC members and officials{tail}", "say")]

    [statement] = resolve(text, statements, [name(text, "RNC", "ORG")])

    assert statement.speaker == "RNC members and officials"


def test_a_common_word_before_a_given_name_leaves_the_name_where_the_article_writes_it_low() -> None:
    text = (
        "It was her year. Supervisor of Elections Susan Bucher said the elections ran well. "
        "Bucher told MSNBC's Morning Joe on Monday that Guests of Honour Cherie and Sean Hale, "
        "who felt honoured, had come. Cherie said so."
    )
    mentions = [
        name(text, "Elections Susan Bucher"),
        name(text, "Morning Joe"),
        name(text, "Honour Cherie"),
    ]

    cut = [m.text for m in without_common_word_before_given(mentions, text)]

    # "honour" is never written low as a word here ("honoured" is not it): Honour Cherie stays.
    assert cut == ["Susan Bucher", "Morning Joe", "Honour Cherie"]
    text = text.replace("who felt honoured", "an honour")
    mentions = [name(text, "Honour Cherie")]
    assert [m.text for m in without_common_word_before_given(mentions, text)] == ["Cherie"]


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        ("Senators Ted Cruz and Marco Rubio criticized the deal.", "Senators Ted Cruz", "Ted Cruz"),
        (
            "It pointed to Senators Harry Reid of Nevada, Elizabeth Warren and others.",
            "Senators Harry Reid",
            "Harry Reid",
        ),
        (
            "Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley spoke.",
            "Democrats Hillary Clinton",
            "Hillary Clinton",
        ),
        # A person's name the recogniser labelled needs no given name the lists know before a list.
        (
            "Celebrities Julianne Moore, Kerry Washington and Amy Schumer signed.",
            "Celebrities Julianne Moore",
            "Julianne Moore",
        ),
        # No list after it: a given name ending in "s" the lists lack, or a lone member of a group.
        (
            "It recounts the trade for Nicholas Gary Powers, the pilot.",
            "Nicholas Gary Powers",
            "Nicholas Gary Powers",
        ),
        ("Republicans Cory Gardner said no.", "Republicans Cory Gardner", "Republicans Cory Gardner"),
        # "-ss", "-us", "-is" end names, not plurals.
        ("Francis Gary Powers and Rudolf Abel were traded.", "Francis Gary Powers", "Francis Gary Powers"),
    ],
)
def test_a_plural_before_a_list_of_names_is_the_group_of_the_people_listed(
    text: str, run: str, expected: str
) -> None:
    mentions = [name(text, run, "PERSON")]

    assert [m.text for m in without_common_word_before_given(mentions, text)] == [expected]


def test_an_office_the_recogniser_cut_from_its_holder_names_no_person() -> None:
    # The recogniser splits "Massachusetts Secretary" from "State William Galvin": the first part
    # is a title, so a source spanning both is the holder, no person called "Massachusetts Secretary".
    text = "Massachusetts Secretary of State William Galvin said turnout was high."
    statements = [
        said(text, "turnout was high", "said", "Massachusetts Secretary of State William Galvin", "say")
    ]
    office = name(text, "Massachusetts Secretary", None)
    mentions = [office, name(text, "State William Galvin", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "William Galvin"
    assert Chains(Article(id="a", text=text), mentions).referent_at(office) is None


def test_a_station_named_with_a_number_is_named_whole() -> None:
    # "News 12": the recogniser's run stops before the number that ends the station's name.
    text = "Indeed, News 12 reported, only buildings adjacent to the break were without water."
    content = "only buildings adjacent to the break were without water"
    statements = [said(text, content, "reported", "News 12", "report")]

    [statement] = resolve(text, statements, [name(text, "News", None)])

    assert statement.speaker == "News 12"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Local news affiliate ABC 7 is reporting that a sign was hacked.", "ABC 7"),
        ("A newly formed super PAC called Future 45 ran its first ads.", "Future 45"),
        ("The good news for Rubio is that Rule 40 is something the party can change.", "Rule 40"),
    ],
)
def test_a_number_right_after_a_name_ends_it(text: str, piece: str) -> None:
    word = piece.split(maxsplit=1)[0]

    assert [m.text for m in with_trailing_number([name(text, word, "ORG")], text)] == [piece]


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        ("The poll had Clinton 48, Trump 41 among voters.", "Clinton", "PERSON"),  # a poll's figures
        ("Rupert Murdoch helped start Fox News 20 years ago.", "Fox News", "ORG"),  # a span of time
        ("The vote is set for Nov. 8 in every state.", "Nov.", None),  # a date
        ("Support for Pew 2016 data was broad.", "Pew", "ORG"),  # four digits: a year
        ("The mayor won California 52 percent to 48.", "California", "GPE"),  # a share
        ("He said Sanders 30-point lead was gone.", "Sanders", "ORG"),  # a score
    ],
)
def test_a_number_that_counts_or_dates_is_no_name(text: str, piece: str, label: str | None) -> None:
    assert [m.text for m in with_trailing_number([name(text, piece, label)], text)] == [piece]


def test_a_descriptor_run_into_a_name_leaves_the_name_with_the_label_given_elsewhere() -> None:
    text = "Tennis great Billie Jean King remembered Ali as fun. Billie Jean King said he was kind."
    statements = [said(text, "Ali as fun", "remembered", "great Billie Jean King", "remember")]
    run = name(text, "Tennis great Billie Jean King", "WORK_OF_ART")

    [cut] = without_descriptor_before_name([run])
    [statement] = resolve(text, statements, [run, name(text, "Billie Jean King", nth=1)])

    assert (cut.text, cut.entity_label) == ("Billie Jean King", None)
    assert cut.span.text_of(text) == "Billie Jean King"
    assert statement.speaker == "Billie Jean King"


@pytest.mark.parametrize(
    "piece",
    [
        "Bank of America Merrill Lynch",
        "Mayor Bill de Blasio",
        "Toilet paper Who Gives a Crap",
        "NBA star Wade",  # one word after the descriptor: a name the cut could not tell
    ],
)
def test_lower_case_words_joining_one_name_or_before_one_word_stay(piece: str) -> None:
    text = f"Yesterday {piece} spoke."

    assert [m.text for m in without_descriptor_before_name([name(text, piece, "ORG")])] == [piece]


def test_a_name_the_article_also_writes_without_the_number_keeps_its_run() -> None:
    # "A Boeing 707 cargo plane … Boeing said": the maker named alone, the number its model's.
    text = "A Boeing 707 cargo plane crashed near Karaj. Boeing said it was ready to help."

    assert [m.text for m in with_trailing_number([name(text, "Boeing", "ORG")], text)] == ["Boeing"]


def test_a_quotation_going_on_from_a_statement_has_its_speaker_and_no_source() -> None:
    text = (
        "Governor Linda Cho toured the port. “We will rebuild,” she said. “The bridge will reopen in May.” "
        "“Nobody knows who wrote this.”"
    )
    tagged = said(text, "“We will rebuild,”", "said", "she", "say")
    going_on = Statement(
        "a", StatementKind.DIRECT, (span(text, "“The bridge will reopen in May.”"),),
        continued_source=tagged.source, sentence=2,
    )
    nobodys = span(text, "“Nobody knows who wrote this.”")
    untagged = Statement("a", StatementKind.DIRECT, (nobodys,), sentence=3)
    mentions = [name(text, "Governor Linda Cho"), pronoun(text, "she")]

    first, second, third = resolve(text, [tagged, going_on, untagged], mentions)

    assert second.source is None and second.cue is None and second.continued_source == first.source
    assert (second.speaker, second.speaker_id, second.speaker_kind, second.role) == (
        first.speaker, first.speaker_id, first.speaker_kind, first.role
    ) == ("Linda Cho", "person:linda-cho", EntityKind.PERSON, "Governor")
    assert second.speaker_gender == first.speaker_gender and second.act == "predict"  # its own words
    assert third.speaker is None and third.speaker_id is None  # a quotation going on from no one


@pytest.mark.parametrize(
    ("text", "run", "kept"),
    [
        ("Caucus-goers were slightly more likely to back him.", "Caucus", False),
        ("It traced four different Sanders-linked accounts.", "Sanders", False),
        ("Anti-TPP activists say the deal is dead.", "Anti", False),
        ("Pro-Clinton super PAC Priorities USA Action announced a buy.", "Pro", False),
        ("Most Mexican-American voters agreed.", "Mexican", False),
        # A name of its own before the hyphen: a station, a body, a hyphenated name's first part.
        ("He told WKOW-TV of Madison.", "WKOW", True),
        ("The Post-SurveyMonkey poll found a tie.", "Post", True),
        ("Then Ban Ki-moon Li spoke.", "Ki", True),
        ("Los Angeles-based attorney Edgar Martirosyan said so.", "Los Angeles", True),
    ],
)
def test_a_name_cut_out_of_a_compound_word_names_no_one(text: str, run: str, kept: bool) -> None:
    mentions = [name(text, run, "ORG")]

    assert (without_compound_parts(mentions, text) == mentions) is kept


def test_a_nationality_the_recogniser_labels_is_a_prefix_before_a_capitalised_part() -> None:
    text = "She won most African-American voters."
    mentions = [name(text, "African", "NORP")]

    assert without_compound_parts(mentions, text) == []


def test_a_group_named_by_a_compound_speaks_as_the_group_not_as_its_first_part() -> None:
    # The recogniser labels "Caucus" a person: without the rule the group's speaker was "Caucus".
    text = "Caucus-goers were slightly more likely to say the economy was their top issue."
    content = "the economy was their top issue"
    statements = [said(text, content, "say", "Caucus-goers", "say")]

    [statement] = resolve(text, statements, [name(text, "Caucus", "PERSON")])

    assert statement.speaker == "Caucus-goers"


def test_a_definite_office_takes_up_the_person_before_it_over_a_holder_named_later() -> None:
    text = (
        "Dana Whitlow spoke in Ohio on Monday. Whitlow said the plant would stay open. "
        "The senator said taxes were too high. Later, Sen. Ann Ortiz spoke."
    )
    statements = [
        said(text, "the plant would stay open", "said", "Whitlow", "say"),
        said(text, "taxes were too high", "said", "The senator", "say", nth=1),
    ]
    mentions = [name(text, "Dana Whitlow"), name(text, "Whitlow", nth=1), name(text, "Sen. Ann Ortiz")]

    statement = resolve(text, statements, mentions)[1]

    assert statement.speaker == "Dana Whitlow"  # not the senator the article names only later


def test_a_poll_is_no_issue_of_the_subject_it_measured_but_of_the_one_that_ran_it() -> None:
    text = (
        "Harbor Research conducted a poll in May. Dana Whitlow leads in the poll. "
        "The poll found that voters were undecided."
    )
    statements = [said(text, "voters were undecided", "found", "The poll", "find")]
    mentions = [name(text, "Harbor Research", "ORG"), name(text, "Dana Whitlow")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Research"  # not Whitlow, whom it measured


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("one of his lawyers", "Kyle Rittenhouse"),  # one of his lawyers speaks for him, as they would
        ("some of Rittenhouse's lawyers", "Kyle Rittenhouse"),
        ("none of his lawyers", None),  # no one spoke
    ],
)
def test_one_of_a_definite_group_speaks_as_the_group(source: str, speaker: str | None) -> None:
    opening = source[0].upper() + source[1:]
    text = f"Kyle Rittenhouse was released on bond.\n\n{opening} said the teenager would plead not guilty."
    statements = [said(text, "the teenager would plead not guilty", "said", opening, "say")]
    mentions = [name(text, "Kyle Rittenhouse")]
    if "Rittenhouse's" in source:
        mentions.append(name(text, "Rittenhouse", nth=1))

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker if statement.speaker_kind is EntityKind.PERSON else None) == speaker


def test_a_definite_occupation_takes_up_the_person_spoken_of() -> None:
    text = (
        "Dana Whitlow spoke in Ohio on Monday. Whitlow said the plant would stay open. "
        "The retired neurosurgeon said taxes were too high."
    )
    statements = [
        said(text, "the plant would stay open", "said", "Whitlow", "say"),
        said(text, "taxes were too high", "said", "The retired neurosurgeon", "say", nth=1),
    ]
    mentions = [name(text, "Dana Whitlow"), name(text, "Whitlow", nth=1)]

    statement = resolve(text, statements, mentions)[1]

    assert (statement.speaker, statement.speaker_kind) == ("Dana Whitlow", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("A surgeon at the clinic met Dana Whitlow.", "The surgeon"),  # brought in unnamed
        ("Dana Whitlow met surgeons at the clinic.", "The surgeon"),  # one of several
        ("Dana Whitlow spoke in Ohio.", "This reporter"),  # the writer
        ("Gov. Dana Whitlow spoke in Ohio.", "The surgeon"),  # an office holder is no surgeon
    ],
)
def test_an_occupation_stays_a_description_where_the_article_does_not_say_who(
    opening: str, source: str
) -> None:
    text = f"{opening} Whitlow said the plant would stay open. {source} said taxes were too high."
    statements = [
        said(text, "the plant would stay open", "said", "Whitlow", "say"),
        said(text, "taxes were too high", "said", source, "say", nth=1),
    ]
    subject = opening.startswith("Dana")
    mentions = [name(text, "Dana Whitlow", subject=subject), name(text, "Whitlow", nth=1)]

    statement = resolve(text, statements, mentions)[1]

    assert statement.speaker_kind is not EntityKind.PERSON


def test_a_party_s_member_with_the_is_an_epithet_though_its_words_were_chained_as_a_person() -> None:
    text = (
        "Republican Sen. Tom Keller says the loose talk skips over the facts. "
        "The Arizona Republican says such methods are inhumane."
    )
    statements = [
        said(text, "the loose talk skips over the facts", "says", "Republican Sen. Tom Keller", "say"),
        said(text, "such methods are inhumane", "says", "The Arizona Republican", "say", nth=1),
    ]
    mentions = [name(text, "Republican Sen. Tom Keller"), name(text, "Arizona Republican", "PERSON")]

    _, republican = resolve(text, statements, mentions)

    assert (republican.speaker, republican.speaker_kind) == ("Tom Keller", EntityKind.PERSON)


def test_the_candidate_is_the_person_the_article_says_became_one_not_the_last_named() -> None:
    text = (
        "A year ago it seemed unlikely Tom Keller would become the Republican presidential candidate. "
        "Former Mexican president Luis Ortega said the wall was useless. "
        "At a rally the candidate implied the judge was biased."
    )
    statements = [
        said(text, "the wall was useless", "said", "Former Mexican president Luis Ortega", "say"),
        said(text, "the judge was biased", "implied", "the candidate", "imply"),
    ]
    mentions = [name(text, "Tom Keller"), name(text, "Former Mexican president Luis Ortega")]

    _, candidate = resolve(text, statements, mentions)

    assert candidate.speaker == "Tom Keller"


def test_a_quoted_term_introduces_no_person_whose_surname_a_platform_would_be() -> None:
    text = (
        "Some accounts give their location as ''Wilayat Twitter,'' a joke. Militants posted on "
        "Twitter for years. Twitter said that it had suspended the accounts. The company said the "
        "work would go on."
    )
    statements = [
        said(text, "that it had suspended the accounts", "said", "Twitter", "say", source_nth=2),
        said(text, "the work would go on", "said", "The company", "say", nth=1),
    ]
    mentions = [
        name(text, "Wilayat Twitter", subject=False, dep="pobj"),
        name(text, "Twitter", nth=1, subject=False, dep="pobj"),
        name(text, "Twitter", nth=2),
    ]

    first, second = resolve(text, statements, mentions)

    assert first.speaker == "Twitter"
    assert first.speaker_kind is EntityKind.ORGANISATION
    assert second.speaker == "Twitter"


def test_a_content_starts_after_the_apposed_name_its_source_takes_back() -> None:
    text = "According to her boyfriend, Ashton Matheny, they had planned to marry in June."
    content = "Ashton Matheny, they had planned to marry in June"
    statements = [said(text, content, "According to", "her boyfriend", "accord")]
    mentions = [name(text, "Ashton Matheny", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.source is not None
    assert statement.source.text_of(text).startswith("her boyfriend, Ashton Matheny")
    assert [part.text_of(text) for part in statement.content] == ["they had planned to marry in June"]
