"""Canonical speakers on short news articles through the pinned pipeline: the fullest name, the
right part of the source phrase, and the body or person a description speaks for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, EntityKind, Statement

pytestmark = pytest.mark.model


def statements_of(nlp: Language, text: str) -> list[Statement]:
    [result] = list(process_articles([Article(id="a", text=text)], nlp))
    assert isinstance(result, ArticleResult)
    return list(result.statements)


def speaker_of(statements: list[Statement], text: str, source: str) -> Statement:
    """The statement whose source is written `source`."""
    found = [s for s in statements if s.source and s.source.text_of(text) == source]
    assert found, f"no statement with source {source!r}"
    return found[0]


STRIKE = (
    "Rail strike talks collapse\n\n"
    "Transport Secretary Louise Haigh said on Monday that the offer was final.\n\n"
    "Haigh told the BBC that the unions had been given every chance. Ms Haigh added: "
    '"We have gone as far as we can."\n\n'
    "The International Association of Machinists and Aerospace Workers said its members would walk "
    "out on Friday.\n\n"
    "Sir Keir Starmer, the prime minister, said he backed his minister. Sir Keir said the strike "
    "would hurt passengers.\n\n"
    "The prime minister also said the government had done nothing wrong.\n\n"
    "Mick Lynch, 62, the general secretary of the RMT, said the minister had lied to the public."
)


def test_surnames_honorifics_and_roles_take_the_fullest_name(nlp: Language) -> None:
    statements = statements_of(nlp, STRIKE)

    assert {s.speaker for s in statements[:3]} == {"Louise Haigh"}
    for source in ("Sir Keir", "The prime minister"):
        assert speaker_of(statements, STRIKE, source).speaker == "Keir Starmer"


def test_an_organisation_name_is_not_cut_at_of_or_and(nlp: Language) -> None:
    name = "International Association of Machinists and Aerospace Workers"
    statement = speaker_of(statements_of(nlp, STRIKE), STRIKE, f"The {name}")

    assert statement.speaker == name
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_an_age_is_never_a_role(nlp: Language) -> None:
    source = "Mick Lynch, 62, the general secretary of the RMT,"
    statement = speaker_of(statements_of(nlp, STRIKE), STRIKE, source)

    assert statement.speaker == "Mick Lynch"
    assert statement.role and "62" not in statement.role


BUDGET = (
    "Opposition attacks budget\n\n"
    "Kemi Badenoch, the leader of the Conservative Party, said the budget would cost jobs.\n\n"
    "The Conservative leader said the chancellor had broken her promises.\n\n"
    "Chancellor Rachel Reeves rejected the criticism. Reeves said the plan would bring growth.\n\n"
    "A Treasury spokesperson said the figures had been checked.\n\n"
    "Her spokesperson said she would not resign."
)


def test_a_party_leader_speaks_as_the_person_not_the_party(nlp: Language) -> None:
    statements = statements_of(nlp, BUDGET)

    first = speaker_of(statements, BUDGET, "Kemi Badenoch, the leader of the Conservative Party,")
    leader = speaker_of(statements, BUDGET, "The Conservative leader")

    assert (first.speaker, first.speaker_kind) == ("Kemi Badenoch", EntityKind.PERSON)
    assert (leader.speaker, leader.speaker_kind) == ("Kemi Badenoch", EntityKind.PERSON)


def test_an_unnamed_spokesperson_speaks_for_their_body_or_their_principal(nlp: Language) -> None:
    statements = statements_of(nlp, BUDGET)

    assert speaker_of(statements, BUDGET, "A Treasury spokesperson").speaker == "Treasury"
    assert speaker_of(statements, BUDGET, "Her spokesperson").speaker == "Rachel Reeves"


TRIBUTE = (
    "Family pays tribute to climber\n\n"
    "The family of Emma Carlisle, 27, who died on Ben Nevis on Saturday, paid tribute to her.\n\n"
    "Carlisle's father, Tom, said she had loved the mountains since she was a child.\n\n"
    "A spokesperson for Highland Council said the path would be closed until further notice."
)


def test_a_relative_named_by_given_name_takes_the_family_name(nlp: Language) -> None:
    statements = statements_of(nlp, TRIBUTE)

    assert speaker_of(statements, TRIBUTE, "Carlisle's father, Tom,").speaker == "Tom Carlisle"
    council = speaker_of(statements, TRIBUTE, "A spokesperson for Highland Council")
    assert council.speaker == "Highland Council"


KREMLIN = (
    "Kremlin rejects talks offer\n\n"
    "Dmitry Peskov, the Kremlin spokesman, told reporters that Moscow had received no formal proposal.\n\n"
    'A Kremlin spokesman later said the offer was "a provocation".\n\n'
    "Ukrainian President Volodymyr Zelensky said Russia had violated the Budapest Memorandum.\n\n"
    "His office said he would travel to Washington next week.\n\n"
    "A report by the International Monetary Fund said the war had cut Ukraine's output by a third.\n\n"
    "A poll by the Kyiv International Institute of Sociology found that most Ukrainians opposed any "
    "territorial concessions."
)


def test_a_spokesperson_named_in_the_article_is_that_person(nlp: Language) -> None:
    statement = speaker_of(statements_of(nlp, KREMLIN), KREMLIN, "A Kremlin spokesman")

    assert statement.speaker == "Dmitry Peskov"


def test_an_office_speaks_for_its_holder_and_documents_for_their_issuer(nlp: Language) -> None:
    statements = statements_of(nlp, KREMLIN)

    assert speaker_of(statements, KREMLIN, "His office").speaker == "Volodymyr Zelensky"
    report = speaker_of(statements, KREMLIN, "A report by the International Monetary Fund")
    poll = speaker_of(statements, KREMLIN, "A poll by the Kyiv International Institute of Sociology")
    assert report.speaker == "International Monetary Fund"
    assert poll.speaker == "Kyiv International Institute of Sociology"


COURT = (
    "Court hears appeal\n\n"
    "Lawyers for the former minister Andrew Blake argued on Tuesday that the conviction was unsafe.\n\n"
    "The lawyers said the jury had been misdirected.\n\n"
    "A spokesman for the Crown Prosecution Service said the case had been properly brought.\n\n"
    "Judge Helen Price said she would give her ruling next month. Mrs Price added that the court "
    "would sit again on Friday."
)


def test_lawyers_speak_for_their_client_also_when_named_again_by_description(nlp: Language) -> None:
    statements = statements_of(nlp, COURT)

    lawyers = speaker_of(statements, COURT, "Lawyers for the former minister Andrew Blake")
    assert lawyers.speaker == "Andrew Blake"
    assert speaker_of(statements, COURT, "The lawyers").speaker == "Andrew Blake"
    cps = speaker_of(statements, COURT, "A spokesman for the Crown Prosecution Service")
    assert cps.speaker == "Crown Prosecution Service"


TITLES = (
    "Talks in Riyadh\n\n"
    "Secretary of State Antony Blinken said the talks had been productive.\n\n"
    "Labour MP Jane Smith said the policy was a disgrace.\n\n"
    'State Del. Marcia "Cia" Price said the count was fair.'
)


def test_titles_party_words_and_nicknames_stay_out_of_the_name(nlp: Language) -> None:
    statements = statements_of(nlp, TITLES)

    assert [(s.speaker, s.speaker_kind) for s in statements] == [
        ("Antony Blinken", EntityKind.PERSON),
        ("Jane Smith", EntityKind.PERSON),
        ("Marcia Price", EntityKind.PERSON),
    ]


INSTITUTIONS = (
    "Vaccine supplies run short\n\n"
    "The World Health Organization (WHO) said on Monday that stocks had fallen by half.\n\n"
    "The WHO added that deliveries would resume in March.\n\n"
    "According to The Guardian, the shortfall began in January.\n\n"
    "The Committee to Protect Journalists said two reporters had been detained.\n\n"
    "Reuters and Al Jazeera reported that the border had been closed.\n\n"
    "An official from the Ministry of Health said the figures were accurate."
)


def test_institutions_keep_their_whole_name_and_their_acronym_names_them(nlp: Language) -> None:
    statements = statements_of(nlp, INSTITUTIONS)

    assert speaker_of(statements, INSTITUTIONS, "The WHO").speaker == "World Health Organization"
    assert speaker_of(statements, INSTITUTIONS, "The Guardian").speaker == "The Guardian"
    committee = speaker_of(statements, INSTITUTIONS, "The Committee to Protect Journalists")
    assert committee.speaker == "Committee to Protect Journalists"
    official = speaker_of(statements, INSTITUTIONS, "An official from the Ministry of Health")
    assert official.speaker == "Ministry of Health"


def test_two_sources_named_with_and_speak_together(nlp: Language) -> None:
    statement = speaker_of(statements_of(nlp, INSTITUTIONS), INSTITUTIONS, "Reuters and Al Jazeera")

    assert statement.speaker == "Reuters and Al Jazeera"


ROUND = (
    "Ferry operator fined\n\n"
    "A survey published on Friday by the Maritime Safety Agency found that most ferries were late.\n\n"
    "The government said the fines would be collected this year. The judge in the case, "
    "Helen Okafor, said the operator had ignored repeated warnings.\n\n"
    "Finnish officials met the operator on Tuesday. The operator's chief executive, Timo Salo, "
    "filed an appeal. He said the company had done nothing wrong."
)


def test_documents_speak_for_whoever_they_are_by(nlp: Language) -> None:
    statements = statements_of(nlp, ROUND)

    source = "A survey published on Friday by the Maritime Safety Agency"
    assert speaker_of(statements, ROUND, source).speaker == "Maritime Safety Agency"


def test_a_name_in_apposition_after_the_source_is_the_speaker(nlp: Language) -> None:
    statement = speaker_of(statements_of(nlp, ROUND), ROUND, "The judge in the case, Helen Okafor,")

    assert statement.speaker == "Helen Okafor"


def test_a_pronoun_goes_to_the_subject_named_since_the_last_statement(nlp: Language) -> None:
    statements = statements_of(nlp, ROUND)

    last = statements[-1]
    assert last.source is not None and last.source.text_of(ROUND) == "He"
    assert (last.speaker, last.act) == ("Timo Salo", "deny")


def test_an_organisation_named_for_its_members_keeps_them_in_its_name(nlp: Language) -> None:
    text = "The strike will go on, according to the National Nurses' Federation of Kenya (NNFK)."
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "National Nurses' Federation of Kenya"


def test_a_state_that_owns_a_body_is_no_part_of_its_name(nlp: Language) -> None:
    text = "The vaccine is safe, according to the Philippines' Department of Health."
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Department of Health"


def test_a_title_word_inside_an_organisations_name_makes_no_person(nlp: Language) -> None:
    text = "The U.S. Justice Department said on Friday that the inquiry would continue."
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "U.S. Justice Department"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_weekday_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    text = "Police confirmed on Tuesday Mariana Lopes was arrested. Lopes said she was innocent."
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "Lopes").speaker == "Mariana Lopes"


def test_a_number_between_name_words_belongs_to_the_name(nlp: Language) -> None:
    text = "The Group 4 Collective said on Monday that the road would reopen."
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Group 4 Collective"


def test_a_body_named_for_two_fields_keeps_both(nlp: Language) -> None:
    text = (
        "The Oregon Department of Fish and Wildlife opened an inquiry. The department said the "
        "salmon had died of heat."
    )
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Oregon Department of Fish and Wildlife"


def test_the_company_is_never_a_public_body_named_before_it(nlp: Language) -> None:
    text = (
        "The Texas Department of Transportation closed the road. The company said the repairs "
        "would take a week."
    )
    [statement] = statements_of(nlp, text)

    assert statement.speaker != "Texas Department of Transportation"


def test_a_given_name_joined_to_a_full_name_by_and_shares_its_surname(nlp: Language) -> None:
    text = (
        "The costume makers Maria and Tom Keller held a panel on Saturday.\n\n"
        "Maria, known as Red, recalled her first costume."
    )
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Maria Keller"


def test_a_couple_sharing_a_surname_after_and_speaks_as_both(nlp: Language) -> None:
    text = (
        "The costume makers Maria and Tom Keller held a panel on Saturday. The couple said they "
        "had learned from their failures."
    )
    [statement] = statements_of(nlp, text)

    assert statement.speaker == "Maria Keller and Tom Keller"



def test_a_prize_winner_before_a_name_is_a_title(nlp: Language) -> None:
    text = "Festival opens\n\nGrammy winner Billie Eilish said she was thrilled."
    [statement] = statements_of(nlp, text)

    assert (statement.speaker, statement.speaker_kind) == ("Billie Eilish", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("first", "description", "speaker"),
    [
        ("Northwind Airways cancelled 40 flights on Monday.", "The carrier", "Northwind Airways"),
        ("The Financial Services Authority fined a bank.", "The regulator", "Financial Services Authority"),
        ("Kestrel Motor Corporation recalled its vans.", "The automaker", "Kestrel Motor Corporation"),
    ],
)
def test_a_business_or_regulator_noun_takes_up_the_body_named_before(
    nlp: Language, first: str, description: str, speaker: str
) -> None:
    text = f"Markets\n\n{first} {description} said demand had fallen sharply."
    statement = speaker_of(statements_of(nlp, text), text, description)

    assert statement.speaker == speaker


def test_a_subject_inside_the_last_statement_s_content_takes_no_topic_over(nlp: Language) -> None:
    text = (
        "Outbreak\n\nThe Ministry of Health said cases rose. Health Minister Ada Brill said the World "
        "Health Organization had been warned. It said hospitals were coping."
    )
    statement = speaker_of(statements_of(nlp, text), text, "It")

    assert statement.speaker == "Ministry of Health"


def test_a_surname_that_is_a_title_word_written_alone_is_the_person(nlp: Language) -> None:
    text = "Hearing\n\nSenator Nora King questioned the nominee. King said the answers were evasive."
    statement = speaker_of(statements_of(nlp, text), text, "King")

    assert statement.speaker == "Nora King"


def test_a_lone_name_after_a_kinship_word_takes_the_family_name_in_every_mention(nlp: Language) -> None:
    text = (
        "Flood\n\nMarta Kowalczyk and her husband Piotr lost their home in the flood. "
        "Piotr said the water rose within minutes."
    )
    statement = speaker_of(statements_of(nlp, text), text, "Piotr")

    assert statement.speaker == "Piotr Kowalczyk"


def test_a_group_noun_takes_up_the_body_named_in_the_sentence_before(nlp: Language) -> None:
    # The name is typed by the recogniser, which reads the sentences before a source naming nobody.
    text = "Border\n\nHamas fired rockets into Israel on Monday. The group said the attack was a warning."
    statement = speaker_of(statements_of(nlp, text), text, "The group")

    assert statement.speaker == "Hamas"


def test_of_namesakes_named_as_often_a_surname_goes_to_the_one_more_often_a_subject(nlp: Language) -> None:
    text = (
        "Inquiry\n\nTom Baker, the brother of the singer Ella Baker, said the family was shocked. "
        "Baker said they wanted answers."
    )
    statement = speaker_of(statements_of(nlp, text), text, "Baker")

    assert statement.speaker == "Tom Baker"


def test_a_surname_that_is_also_a_given_name_continues_the_person_of_that_surname(nlp: Language) -> None:
    text = (
        "Ballot challenge\n\nTwo objectors, Lawrence Joyce and William Graham, had challenged the bid. "
        "Reached by phone on Tuesday, Joyce told reporters he is not planning an appeal."
    )
    statement = speaker_of(statements_of(nlp, text), text, "Joyce")

    assert statement.speaker == "Lawrence Joyce"


def test_mrs_after_mr_of_the_same_surname_is_the_woman_named_in_full(nlp: Language) -> None:
    text = (
        "Campaign\n\nHillary Clinton has a clearer path to the nomination. "
        "He attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism. "
        "Mrs. Clinton said she would win."
    )
    statement = speaker_of(statements_of(nlp, text), text, "Mrs. Clinton")

    assert statement.speaker == "Hillary Clinton"


def test_after_ms_the_first_of_two_family_names_is_the_person_named_in_full(nlp: Language) -> None:
    text = (
        "Bank\n\n''Guarantees are good when you have a good venture,'' said Melba Acosta Febo, "
        "the president of the bank. ''We need Chapter 9,'' said Ms. Acosta."
    )
    statement = speaker_of(statements_of(nlp, text), text, "Ms. Acosta")

    assert statement.speaker == "Melba Acosta Febo"


def test_a_couple_of_unknown_given_names_shares_the_surname_husband_first(nlp: Language) -> None:
    text = (
        "The parents, Khizr and Ghazala Khan, spoke at the convention. Mr. Khan said the candidate "
        "had sacrificed nothing. Ms. Khan said she had been too upset to speak."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "Mr. Khan").speaker == "Khizr Khan"
    assert speaker_of(statements, text, "Ms. Khan").speaker == "Ghazala Khan"


def test_a_surname_before_and_a_full_name_keeps_its_own_person(nlp: Language) -> None:
    text = (
        "Donald Trump spoke in Ohio. Trump and Ramona Okafor later met donors. Okafor said the race "
        "was over."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "Okafor").speaker == "Ramona Okafor"
    assert all(s.speaker != "Trump Okafor" for s in statements)


def test_the_magazine_is_the_outlet_the_article_called_a_magazine(nlp: Language) -> None:
    text = (
        "The study appeared in Science magazine on Monday. Pfizer Inc. said it was pleased. "
        "The magazine said the study was peer-reviewed."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "The magazine").speaker == "Science"


def test_the_website_after_other_sites_were_named_is_the_one_named_last(nlp: Language) -> None:
    text = (
        "Marine Traffic's website showed the ship off Jakarta on Tuesday. VesselFinder listed no "
        "results for the last month. Vessel Tracker's database had no sighting of the ship; the "
        "website said the signal was false."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "the website").speaker == "Vessel Tracker"


def test_the_suit_is_the_lawsuit_its_filer_brought(nlp: Language) -> None:
    text = (
        "The lawsuit filed by a former staffer named Bradley Podliska alleges that he was fired "
        "unfairly. The suit claims that the committee damaged his reputation."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "The suit").speaker == "Bradley Podliska"


def test_a_motion_after_the_lead_named_a_lawsuit_is_not_the_lead_subjects(nlp: Language) -> None:
    text = (
        "On Monday, attorneys general from sixteen states filed a lawsuit against the emergency "
        "that President Donald Trump declared last Friday.\n\n"
        "The motion claims the declaration is unconstitutional."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "The motion").speaker != "Donald Trump"


def test_a_relative_named_after_a_kinship_word_is_of_its_sex_and_takes_the_honorific(nlp: Language) -> None:
    text = (
        "Saeed Abedini was freed on Saturday. His wife, Naghmeh Abedini, said she was happy. "
        "Mrs. Abedini said he had changed."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "Mrs. Abedini").speaker == "Naghmeh Abedini"


def test_a_surname_with_an_irish_prefix_the_recogniser_split_off_stays_in_the_name(nlp: Language) -> None:
    text = (
        "Former Maryland Gov. Martin O\u2019Malley said the race was over. O\u2019Malley said he would "
        "campaign on."
    )
    statements = statements_of(nlp, text)

    # The stages read the typographic apostrophe inside the name as a plain one (nlp.as_read).
    full = "Martin O'Malley"
    assert speaker_of(statements, text, "Former Maryland Gov. Martin O\u2019Malley").speaker == full
    assert speaker_of(statements, text, "O\u2019Malley").speaker == full


def test_a_common_word_a_name_run_takes_in_before_a_given_name_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "The band took the lead in the charts this year.\n\n"
        "Lead Paul Andrew Marsh said the tour would go on. Marsh added that tickets had sold out."
    )
    statements = statements_of(nlp, text)

    assert speaker_of(statements, text, "Lead Paul Andrew Marsh").speaker == "Paul Andrew Marsh"
