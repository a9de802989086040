"""Titles that belong to a name, offices held by one person, and names whose parts the
recogniser split or mistyped (sentences written for these tests)."""

from __future__ import annotations

from resolve_records import name, resolve, said

from quotegraph.records import EntityKind, Mention, MentionKind
from quotegraph.resolve.institutions import joined_institutions
from quotegraph.resolve.names import split_name, surname


def test_an_office_held_by_one_person_outweighs_an_organisation_label() -> None:
    text = "Taoiseach Micheál Martin said the budget would pass."
    statements = [said(text, "the budget would pass", "said", "Taoiseach Micheál Martin", "say")]
    mentions = [name(text, "Taoiseach Micheál Martin", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Micheál Martin"
    assert statement.speaker_kind is EntityKind.PERSON


def test_a_given_name_typed_a_group_is_the_one_person_of_that_given_name() -> None:
    text = "Emir Tamim bin Hamad Al Thani hosted the talks. Tamim said the talks were useful."
    statements = [said(text, "the talks were useful", "said", "Tamim", "say", source_nth=1)]
    mentions = [name(text, "Emir Tamim bin Hamad Al Thani"), name(text, "Tamim", "NORP", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Tamim bin Hamad Al Thani"


def test_a_papal_name_keeps_its_title_and_its_name_alone_links_back() -> None:
    text = "Pope Benedict XVI wrote to the bishops. Benedict said the choice was his own."
    statements = [said(text, "the choice was his own", "said", "Benedict", "say")]
    mentions = [name(text, "Pope Benedict XVI"), name(text, "Benedict", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Pope Benedict XVI"
    assert surname("Pope Benedict XVI") == "Benedict"
    assert surname("Malcolm X") == "X"


def test_a_royal_or_peer_named_by_one_name_keeps_the_title() -> None:
    assert split_name("Prince Harry").name == "Prince Harry"
    assert split_name("Lord Sugar").name == "Lord Sugar"
    assert split_name("Prince Mohammed bin Salman").name == "Mohammed bin Salman"
    assert split_name("Sir Keir").name == "Keir"


def test_a_peer_s_title_gives_way_to_the_given_name_the_article_writes() -> None:
    text = "Lord Sugar opened the factory. Alan Sugar, its founder, said sales were up."
    statements = [said(text, "sales were up", "said", "Alan Sugar, its founder", "say")]
    mentions = [name(text, "Lord Sugar"), name(text, "Alan Sugar")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Alan Sugar"


def test_a_list_after_an_institution_s_of_is_part_of_its_name() -> None:
    text = "The National Union of Rail, Maritime and Transport Workers said the strike would go ahead."
    mentions = [
        name(text, "National Union of Rail", "ORG"),
        name(text, "Maritime", None),
        name(text, "Transport Workers", "ORG"),
    ]

    [joined] = joined_institutions(mentions, text)

    assert joined.text == "National Union of Rail, Maritime and Transport Workers"


def test_a_source_the_parser_began_inside_a_name_reaches_the_name_s_start() -> None:
    text = "The National Union of Rail, Maritime and Transport Workers said the strike would go ahead."
    statements = [said(text, "the strike would go ahead", "said", "Maritime and Transport Workers", "say")]
    mentions = [
        name(text, "National Union of Rail", "ORG"),
        name(text, "Maritime", None),
        name(text, "Transport Workers", "ORG"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "National Union of Rail, Maritime and Transport Workers"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_bodies_listed_after_a_ministry_stay_apart() -> None:
    text = "The Ministry of Defence, Google and Microsoft signed the contract."
    mentions = [
        name(text, "Ministry of Defence", "ORG"),
        name(text, "Google", "ORG"),
        name(text, "Microsoft", "ORG"),
    ]

    joined: list[Mention] = joined_institutions(mentions, text)

    names = [m.text for m in joined if m.kind is MentionKind.NAME]
    assert names == ["Ministry of Defence", "Google", "Microsoft"]


def test_a_title_with_a_given_name_is_the_one_person_named_in_full_with_it() -> None:
    text = "The party chose Princess Ana Mahidol. Princess Ana said she had given up her titles."
    statements = [said(text, "she had given up her titles", "said", "Princess Ana", "say", source_nth=1)]
    mentions = [name(text, "Princess Ana Mahidol"), name(text, "Princess Ana", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ana Mahidol"
