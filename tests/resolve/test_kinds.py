from __future__ import annotations

import pytest
from resolve_records import name, pronoun, resolve, said, span

from quotegraph.records import Article, EntityKind
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.kinds import guess_kind


@pytest.mark.parametrize(
    "name",
    ["Northfield Transit Authority", "Regional Aviation Administration", "Joint Task Force North",
     "Harbour Safety Board", "AT T", "NTSB", "Better Streets PAC", "Harbour Rising Pac"],
)
def test_unlabelled_institution_heads_and_initialisms_are_organisations(name: str) -> None:
    assert guess_kind(name) is EntityKind.ORGANISATION


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Hartford Hospital", EntityKind.ORGANISATION), ("Rosenstiel School", EntityKind.ORGANISATION),
     ("Blenheim Palace", EntityKind.PLACE), ("Freedom Plaza", EntityKind.PLACE)],
)
def test_unlabelled_names_of_buildings_are_their_bodies_or_places(name: str, kind: EntityKind) -> None:
    assert guess_kind(name) is kind


def test_a_lone_building_word_is_no_body() -> None:
    assert guess_kind("hospital") is EntityKind.PERSON  # a description: resolved.py decides


@pytest.mark.parametrize("label", ["GPE", "PERSON", None])
def test_a_web_address_is_an_organisation_whatever_its_label(label: str | None) -> None:
    text = "Harlow.com.au said the race was open."
    statements = [said(text, "the race was open", "said", "Harlow.com.au", "say")]

    [statement] = resolve(text, statements, [name(text, "Harlow.com.au", label)])

    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_body_named_after_a_person_is_no_person() -> None:
    text = "The Ana Ruiz Foundation said the race was open."
    statements = [said(text, "the race was open", "said", "Ana Ruiz Foundation", "say")]

    [statement] = resolve(text, statements, [name(text, "Ana Ruiz Foundation", "ORG")])

    assert statement.speaker_kind is EntityKind.ORGANISATION


@pytest.mark.parametrize("name", ["Okafor", "Maren Holt", "J K"])
def test_unlabelled_names_without_such_words_stay_people(name: str) -> None:
    assert guess_kind(name) is EntityKind.PERSON


def test_a_name_labelled_org_in_two_sentences_is_a_body_though_it_opens_with_a_given_name() -> None:
    text = "Grace Harbour listed the ship on Monday. Later, Grace Harbour said the ship had left."
    statements = [said(text, "the ship had left", "said", "Grace Harbour", "say", source_nth=1)]
    mentions = [name(text, "Grace Harbour", "ORG"), name(text, "Grace Harbour", "ORG", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Grace Harbour"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_given_name_still_makes_a_person_of_a_name_labelled_org_once() -> None:
    text = "Grace Harbour said the ship had left."
    statements = [said(text, "the ship had left", "said", "Grace Harbour", "say")]

    [statement] = resolve(text, statements, [name(text, "Grace Harbour", "ORG")])

    assert statement.speaker_kind is EntityKind.PERSON


def test_a_second_field_the_recogniser_took_for_a_person_stays_in_the_body_name() -> None:
    text = "The Carver School of Marine and Polar Science said the ice is thinning."
    source = "The Carver School of Marine and Polar Science"
    statements = [said(text, "the ice is thinning", "said", source, "say")]
    mentions = [name(text, "Carver School of Marine", "ORG"), name(text, "Polar Science", "PERSON")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Carver School of Marine and Polar Science"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_an_occupation_before_a_name_the_recogniser_labelled_org_makes_a_person() -> None:
    text = "Voter Kitty Lam told reporters the queue was long."
    statements = [said(text, "the queue was long", "told", "Voter Kitty Lam", "tell")]

    [statement] = resolve(text, statements, [name(text, "Voter Kitty Lam", "ORG")])

    assert statement.speaker == "Kitty Lam"
    assert statement.speaker_kind is EntityKind.PERSON


@pytest.mark.parametrize("name", ["Wall Street", "Madison Avenue", "Silicon Valley"])
def test_unlabelled_streets_and_districts_are_places(name: str) -> None:
    assert guess_kind(name) is EntityKind.PLACE


def test_a_street_is_no_antecedent_of_she() -> None:
    text = 'Maren Holt spoke on Monday. Wall Street feared her plan. "No banker was charged," she noted.'
    statements = [said(text, "No banker was charged,", "noted", "she", "note")]
    mentions = [name(text, "Maren Holt"), name(text, "Wall Street", None), pronoun(text, "she")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Maren Holt"


def test_a_team_named_after_its_leader_is_a_body_that_takes_none_of_the_leaders_mentions() -> None:
    text = (
        "Holt's chance. Team Holt sees the vote as a second chance for Maren Holt. "
        "Later, Holt said the vote was fair."
    )
    statements = [said(text, "the vote was fair", "said", "Holt", "say", source_nth=2)]
    mentions = [
        name(text, "Holt", None, subject=False),
        name(text, "Team Holt", None),
        name(text, "Maren Holt", subject=False),
        name(text, "Holt", nth=3),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Maren Holt"


@pytest.mark.parametrize(
    "medium",
    [
        "Ana Ruiz wrote on Zwitter that she would run.",
        "Ana Ruiz posted a photo to Zwitter.",
        "Ana Ruiz deleted her Zwitter account.",
        "The gossip site Zwitter set a trap for Ana Ruiz.",
        "Zwitter reported that Ana Ruiz would run.",
        "According to Zwitter, Ana Ruiz would run.",
        "A post by Ana Ruiz trended on Zwitter.",
        "Ana Ruiz made her announcement in a post on Zwitter.",
        "Zwitter's database lists Ana Ruiz.",
        "Ana Ruiz, whose Zwitter bio is short, ran.",
        "Website Zwitter followed Ana Ruiz.",
        "Greek daily Zwitter followed Ana Ruiz.",
    ],
)
def test_a_name_written_as_a_medium_or_an_outlet_is_no_antecedent_of_she(medium: str) -> None:
    text = f'{medium} Zwitter said the race was open. "I am ready," she said.'
    statements = [
        said(text, "the race was open", "said", "Zwitter", "say", source_nth=text.count("Zwitter") - 1),
        said(text, "I am ready,", "said", "she", "say", nth=1),
    ]
    mentions = [name(text, "Ana Ruiz")] + [
        name(text, "Zwitter", "PERSON", nth=k) for k in range(text.count("Zwitter"))
    ]
    mentions.append(pronoun(text, "she", nth=text.count("she") - 1))

    outlet, pronoun_statement = resolve(text, statements, mentions)

    assert (outlet.speaker, outlet.speaker_kind) == ("Zwitter", EntityKind.ORGANISATION)
    assert pronoun_statement.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "business",
    [
        "Drugmaker Quorvex fired Ana Ruiz.",
        "Store chains Halden and Quorvex hired Ana Ruiz.",
        "Ana Ruiz met Quorvex's chief executive.",
        "Ana Ruiz bought shares of Quorvex.",
        "Ana Ruiz sued Quorvex Inc. in May.",
    ],
)
@pytest.mark.parametrize("label", ["PERSON", "PRODUCT"])
def test_a_name_written_as_a_business_is_the_company_the_company_takes_up(business: str, label: str) -> None:
    text = f"{business} Quorvex cut prices. The company said the cuts were lasting."
    statements = [said(text, "the cuts were lasting", "said", "The company", "say")]
    mentions = [name(text, "Ana Ruiz")] + [
        name(text, "Quorvex", label, nth=k, subject=False) for k in range(text.count("Quorvex"))
    ]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Quorvex", EntityKind.ORGANISATION)


@pytest.mark.parametrize(
    "business",
    [
        "Shares of Quorvex fell as Ana Ruiz left.",
        "Ana Ruiz met Quorvex's chief executive.",
        "Drugmaker Quorvex fired Ana Ruiz.",
    ],
)
@pytest.mark.parametrize("label", [None, "GPE", "NORP"])
def test_a_business_the_recogniser_left_unlabelled_or_took_for_a_place_is_the_company(
    business: str, label: str | None
) -> None:
    # "Shares of Wayfair fell … The retailer said": the article's clues make a company of a
    # name the recogniser left unlabelled (though it read it) or took for a place or a people.
    text = f"{business} Quorvex cut prices. The retailer said the cuts were lasting."
    statements = [said(text, "the cuts were lasting", "said", "The retailer", "say")]
    mentions = [name(text, "Ana Ruiz")] + [
        name(text, "Quorvex", label, nth=k, subject=False, recognised=True)
        for k in range(text.count("Quorvex"))
    ]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Quorvex", EntityKind.ORGANISATION)


def test_a_word_that_opens_a_companys_longer_name_leaves_the_company_to_that_name() -> None:
    # "Valeant … Valeant Pharmaceuticals International … shares of Valeant … the company said":
    # the short form alone becomes no second company.
    text = (
        "Ana Ruiz bet on Valeant.\n\nHer bet, Valeant Pharmaceuticals International, fell. "
        "Shares of Valeant fell again. The company said the cuts were lasting."
    )
    statements = [said(text, "the cuts were lasting", "said", "The company", "say")]
    mentions = [name(text, "Ana Ruiz"), name(text, "Valeant", None, recognised=True, subject=False)]
    mentions += [name(text, "Valeant Pharmaceuticals International", "ORG", subject=False)]
    mentions += [name(text, "Valeant", None, nth=2, recognised=True, subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Valeant Pharmaceuticals International"


@pytest.mark.parametrize("label", [None, "GPE"])
def test_a_state_or_a_name_without_business_clues_is_no_company(label: str | None) -> None:
    text = "Ana Ruiz visited Quorvex on Monday. Shares of Halden fell. Quorvex said the cuts were lasting."
    statements = [said(text, "the cuts were lasting", "said", "Quorvex", "say", source_nth=1)]
    mentions = [name(text, "Ana Ruiz")]
    mentions += [name(text, "Quorvex", label, nth=k, recognised=True) for k in range(2)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is not EntityKind.ORGANISATION


@pytest.mark.parametrize(
    "person",
    [
        "Ana Ruiz and Quorvex met the company lawyers.",  # no business noun right before the name
        "Quorvex's spokesman met Ana Ruiz.",  # a person has a spokesman too
        "Quorvex's stock answer bored Ana Ruiz.",  # an answer, no share
    ],
)
def test_a_name_without_a_business_of_its_own_stays_a_person(person: str) -> None:
    text = f"{person} Quorvex said the cuts were lasting."
    last = text.count("Quorvex") - 1
    statements = [said(text, "the cuts were lasting", "said", "Quorvex", "say", source_nth=last)]
    mentions = [name(text, "Ana Ruiz")] + [name(text, "Quorvex", nth=k) for k in range(last + 1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.PERSON


def test_one_word_in_capitals_labelled_a_person_is_the_company_the_company_takes_up() -> None:
    text = (
        "Shoppers queued on Monday. QUORVEX said it would limit sales. "
        "The company said staff would be paid."
    )
    statements = [
        said(text, "it would limit sales", "said", "QUORVEX", "say"),
        said(text, "staff would be paid", "said", "The company", "say"),
    ]

    resolved = resolve(text, statements, [name(text, "QUORVEX")])

    assert [(s.speaker, s.speaker_kind) for s in resolved] == [("QUORVEX", EntityKind.ORGANISATION)] * 2


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        # a headline in capitals names the person the article names
        ("RUIZ WINS\n\nAna Ruiz won the vote. RUIZ said she was grateful.", "RUIZ"),
        # a person's initials
        ("Ana Ruiz met the prince. AOR said the talks went well.", "AOR"),
    ],
)
def test_capitals_of_a_persons_name_or_initials_stay_a_person(text: str, capitals: str) -> None:
    last = text.count(capitals) - 1
    content = text.split(" said ")[1].rstrip(".")
    statements = [said(text, content, "said", capitals, "say", source_nth=last)]
    mentions = [name(text, "Ana Ruiz")] + [name(text, capitals, nth=k) for k in range(last + 1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.PERSON


@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_name_after_a_role_in_lower_case_is_a_person_though_labelled_a_body(label: str) -> None:
    text = "Medics Abroad field co-ordinator Zendo Verhoek said the camp was bombed."
    source = "Medics Abroad field co-ordinator Zendo Verhoek"
    statements = [said(text, "the camp was bombed", "said", source, "say")]
    role = span(text, "Medics Abroad field co-ordinator")
    mentions = [name(text, "Medics Abroad", "ORG"), name(text, "Zendo Verhoek", label, premodifier=role)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Zendo Verhoek", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("Medics Abroad chief strategist", EntityKind.PERSON),
        ("Medics Abroad's", EntityKind.ORGANISATION),  # an owner owns things as often as people
        ("the new", EntityKind.ORGANISATION),  # no role
    ],
)
def test_only_a_role_before_a_name_labelled_a_body_makes_it_a_persons(before: str, kind: EntityKind) -> None:
    text = f"As {before} Zendo Verhoek wrote, the camp was bombed."
    statements = [said(text, "the camp was bombed", "wrote", "Zendo Verhoek", "write")]
    mentions = [name(text, "Zendo Verhoek", "ORG", premodifier=span(text, before.removeprefix("the ")))]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is kind


def test_a_name_of_words_written_in_lower_case_stays_a_things_after_a_role() -> None:
    text = "As the planner Verhoek Plan said, the camp was bombed. The plan failed."
    statements = [said(text, "the camp was bombed", "said", "Verhoek Plan", "say")]
    mentions = [name(text, "Verhoek Plan", "ORG", premodifier=span(text, "planner"))]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.ORGANISATION


@pytest.mark.parametrize(
    "person",
    [
        "Costa reported from Washington.",  # a reporter's byline
        "Senator Costa told reporters he would run.",  # a title before the name
        "Ana Costa said she would run.",  # a given name before it
        "Ines Ruiz told Costa she would run.",  # told, as people are
    ],
)
def test_a_person_who_reports_or_is_told_stays_a_person(person: str) -> None:
    text = f"{person} Costa said the race was open."
    statements = [said(text, "the race was open", "said", "Costa", "say", source_nth=text.count("Costa") - 1)]
    mentions = [name(text, "Costa", "PERSON", nth=k) for k in range(text.count("Costa"))]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker_kind is EntityKind.PERSON


@pytest.mark.parametrize("place", ["the town of Zell Dorn, Ohio.", "Zell Dorn, in Ohio, and in Zell Dorn."])
def test_a_name_written_as_a_place_is_no_antecedent_of_she(place: str) -> None:
    text = f'Ana Ruiz visited {place} Later Zell Dorn flooded. "We need help," she said.'
    statements = [said(text, "We need help,", "said", "she", "say")]
    mentions = [name(text, "Ana Ruiz")] + [
        name(text, "Zell Dorn", "PERSON", nth=k) for k in range(text.count("Zell Dorn"))
    ]
    mentions.append(pronoun(text, "she"))

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Ana Ruiz"


def test_a_lower_case_noun_is_no_surname_of_a_name_it_ends() -> None:
    text = "Rosa Vale praised Port Avon City officials. The city said the pipes were old."
    statements = [said(text, "the pipes were old", "said", "The city", "say")]
    mentions = [name(text, "Rosa Vale"), name(text, "Port Avon City", "PERSON")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Port Avon City"


def test_a_seat_of_government_that_stands_for_a_body_is_that_body_not_a_state() -> None:
    text = "The Pentagon said the drill was over."
    pentagon = name(text, "Pentagon", "ORG")

    referent = Chains(Article(id="a", text=text), [pentagon]).referent_at(pentagon)

    assert referent is not None
    assert (referent.name, referent.kind) == ("United States Department of Defense", EntityKind.ORGANISATION)


@pytest.mark.parametrize(
    ("body", "kind"), [("Harlow Party", EntityKind.ORGANISATION), ("Harlow Union", EntityKind.STATE)]
)
def test_a_name_the_recogniser_took_for_a_place_is_a_body_when_a_body_word_ends_it(
    body: str, kind: EntityKind
) -> None:
    text = f"The {body} said the vote was over."
    statements = [said(text, "the vote was over", "said", f"The {body}", "say")]

    [statement] = resolve(text, statements, [name(text, body, "GPE")])

    assert statement.speaker_kind is kind  # a union may be a state's name ("Soviet Union")



@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ('Rep. Steve Israel spoke on Monday. "We need help," Israel said.', "Steve Israel", "Israel"),
        ('Jeremy Paris came. "We are ready," Paris, who used to work there, said.', "Jeremy Paris", "Paris"),
    ],
)
def test_a_country_or_capital_after_a_person_named_with_it_is_that_persons_surname(
    text: str, full: str, short: str
) -> None:
    statements = [said(text, text.split('"')[1], "said", short, "say", source_nth=1)]
    mentions = [name(text, full), name(text, short, "GPE", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == full


@pytest.mark.parametrize(
    "text",
    [
        'Rep. Steve Israel went home. Aid came in Israel. "We need help," Israel said.',  # a place
        'Rep. Steve Israel went home. "We need help," the Israel said.',  # "the": the place
    ],
)
def test_a_country_written_as_a_place_or_after_the_is_no_persons_surname(text: str) -> None:
    last = text.count("Israel") - 1
    statements = [said(text, "We need help,", "said", "Israel", "say", source_nth=last)]
    mentions = [name(text, "Steve Israel")] + [name(text, "Israel", "GPE", nth=k) for k in range(1, last + 1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Steve Israel"


@pytest.mark.parametrize("label", [None, "FAC"])
def test_a_full_name_whose_surname_stands_alone_is_a_person_though_the_surname_was_taken_for_a_place(
    label: str | None,
) -> None:
    text = 'Odel Varnik spoke at the hall. "We are shocked," Varnik said.'
    statements = [said(text, "We are shocked,", "said", "Varnik", "say", source_nth=1)]
    # The recogniser read the full name (recognised) and left it unlabelled or took it for a building.
    mentions = [name(text, "Odel Varnik", label, recognised=True), name(text, "Varnik", "GPE", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Odel Varnik", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Fort Varnik lay quiet. Varnik said the roads were shut.", "Fort Varnik"),  # a place's word
        ("Odel Varnik lay quiet. The council said the roads were shut.", "Odel Varnik"),  # no surname alone
        ("Odel Varnik lay quiet. The roads of Varnik were shut.", "Odel Varnik"),  # alone, but no speaker
        ("Great Varnik lay quiet. Varnik said the varnik was shut.", "Great Varnik"),  # a common word
    ],
)
def test_a_building_is_no_person_unless_its_last_word_stands_alone(text: str, full: str) -> None:
    alone = [name(text, "Varnik", "GPE", nth=1)] if text.count("Varnik") > 1 else []
    mentions = [name(text, full, "FAC"), *alone]

    referent = Chains(Article(id="a", text=text), mentions).referent_at(mentions[0])

    assert referent is None or referent.kind is not EntityKind.PERSON
