"""Bodies named by their parts: police forces, countries the recogniser took for organisations,
institutions whose names the recogniser's runs cut up."""

from __future__ import annotations

import pytest
from resolve_records import name, pronoun, resolve, said, sentence_of, span

from quotegraph.records import CharSpan, EntityKind, Mention, MentionKind
from quotegraph.resolve.institutions import joined_institutions


def test_plain_police_is_the_one_force_the_article_names() -> None:
    text = (
        "Northamptonshire police were able to trace the car.\n\n"
        "The driver later left the country, police said on Saturday."
    )
    statements = [said(text, "The driver later left the country", "said", "police", "say")]
    mentions = [name(text, "Northamptonshire", "GPE")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Northamptonshire Police"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def test_a_citys_police_is_its_force_not_the_city() -> None:
    text = "Cologne police said on Monday that 90 complaints had been filed."
    statements = [said(text, "90 complaints had been filed", "said", "Cologne police", "say")]
    mentions = [name(text, "Cologne", "GPE")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Cologne Police"
    assert statement.speaker_kind is EntityKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "source", "town", "state"),
    [
        (
            "According to police in Baytown, Texas, the driver had been drinking.",
            "police in Baytown, Texas",
            "Baytown",
            "Texas",
        ),
        (
            "A woman in Worcester, Massachusetts, said she had waited two hours to vote.",
            "A woman in Worcester, Massachusetts,",
            "Worcester",
            "Massachusetts",
        ),
    ],
)
def test_a_state_after_a_town_only_locates_it(text: str, source: str, town: str, state: str) -> None:
    """The people of a town the source names are the town's, not the state's that locates it."""
    content = "the driver had been drinking" if "driver" in text else "she had waited two hours to vote"
    cue = "According to" if text.startswith("According") else "said"
    statements = [said(text, content, cue, source, "say")]
    mentions = [name(text, town, "GPE", dep="pobj"), name(text, state, "GPE", dep="appos")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != state
    assert statement.speaker_kind is not EntityKind.STATE


@pytest.mark.parametrize(
    ("source", "place", "label"),
    [
        ("Chicago residents", "Chicago", "GPE"),
        ("An Iowa voter", "Iowa", "GPE"),
        ("Verizon executives", "Verizon", "GPE"),
    ],
)
def test_people_from_a_place_are_not_the_place(source: str, place: str, label: str) -> None:
    text = f"{source} said the plan would not work."
    statements = [said(text, "the plan would not work", "said", source, "say")]
    mentions = [name(text, place, label)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != place
    assert statement.speaker_kind is not EntityKind.STATE


@pytest.mark.parametrize(
    ("source", "place", "speaker"),
    [("The U.S. government", "U.S.", "United States"), ("U.S. lobbying records", "U.S.", "United States")],
)
def test_a_states_government_and_records_speak_as_the_state(source: str, place: str, speaker: str) -> None:
    text = f"{source} said the plan would not work."
    statements = [said(text, "the plan would not work", "said", source, "say")]
    mentions = [name(text, place, "GPE")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == speaker


def test_police_named_later_by_their_command_is_the_force() -> None:
    text = (
        "The attack was terrorist-related, the police said.\n\n"
        "Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command, spoke later."
    )
    statements = [said(text, "The attack was terrorist-related", "said", "the police", "say")]
    mentions = [name(text, "Alexis Boon"), name(text, "Metropolitan Police Counter Terrorism Command", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Metropolitan Police"


def test_a_commissioner_for_police_and_crime_names_no_force() -> None:
    text = (
        "The county's Police and Crime Commissioner Stephen Mold met the family.\n\n"
        "The driver later left the country, police said."
    )
    statements = [said(text, "The driver later left the country", "said", "police", "say")]
    mentions = [name(text, "Police and Crime Commissioner Stephen Mold")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "police"


def test_a_country_the_recogniser_called_an_organisation_is_a_state() -> None:
    text = (
        "The government of Samoa closed all schools. According to government reports, "
        "54 children have died."
    )
    statements = [said(text, "54 children have died", "According to", "government reports", "according to")]
    mentions = [name(text, "Samoa", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Samoa"
    assert statement.speaker_kind is EntityKind.STATE


def test_institution_names_cut_by_a_verb_or_a_list_are_joined() -> None:
    text = (
        "The Committee to Protect Journalists said so. The United Nations Educational, Scientific "
        "and Cultural Organization (UNESCO) agreed."
    )
    mentions = [
        name(text, "Committee", None),
        name(text, "Journalists", None),
        name(text, "United Nations Educational", "ORG"),
        name(text, "Scientific", None),
        name(text, "Cultural Organization", "ORG"),
        name(text, "UNESCO", "ORG"),
    ]

    joined = joined_institutions(mentions, text)

    assert [m.text for m in joined if m.kind is MentionKind.NAME] == [
        "Committee to Protect Journalists",
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
    ]


def test_people_listed_before_an_organisation_are_not_joined_to_it() -> None:
    text = "Smith, Jones and the Labour Party met."
    mentions = [name(text, "Smith"), name(text, "Jones"), name(text, "Labour Party", "ORG")]

    assert [m.text for m in joined_institutions(mentions, text)] == ["Smith", "Jones", "Labour Party"]


def test_names_joined_by_a_lower_case_for_are_one_bodys_name() -> None:
    text = "The Club for Growth and Alternative for Germany spoke. Young Americans for Freedom agreed."
    mentions = [
        name(text, "Club", None),
        name(text, "Growth", None),
        name(text, "Alternative", None),
        name(text, "Germany", "GPE"),
        name(text, "Young Americans", "NORP"),
        name(text, "Freedom", None),
    ]

    joined = joined_institutions(mentions, text)

    assert [m.text for m in joined] == [
        "Club for Growth",
        "Alternative for Germany",
        "Young Americans for Freedom",
    ]
    assert {m.entity_label for m in joined} == {"ORG"}


def test_a_person_place_date_or_title_before_for_is_no_bodys_name() -> None:
    text = (
        "Ann Lee for Trump. Paris for Spain. Tuesday for Obama. Deputy Minister for Finance. "
        "Velt for Olson's campaign. Mork for Wednesday. Bloggers for Donald Trump. Brom For Norway."
    )
    mentions = [
        name(text, "Ann Lee", None),
        name(text, "Trump", None),
        name(text, "Paris", "GPE"),
        name(text, "Spain", "GPE"),
        name(text, "Tuesday", "DATE"),
        name(text, "Obama", None),
        name(text, "Deputy Minister", None),
        name(text, "Finance", None),
        name(text, "Velt", None),
        name(text, "Olson", None),
        name(text, "Mork", None),
        name(text, "Wednesday", None),
        name(text, "Bloggers", None),
        name(text, "Donald Trump", None),
        name(text, "Brom", None),
        name(text, "Norway", "GPE"),
    ]

    joined = joined_institutions(mentions, text)

    assert [m.text for m in joined] == [m.text for m in mentions]


def test_a_common_word_opening_a_sentence_before_for_is_no_bodys_name() -> None:
    text = "Support for Norway grew. The support was broad."
    mentions = [name(text, "Support", None), name(text, "Norway", "GPE")]

    assert [m.text for m in joined_institutions(mentions, text)] == ["Support", "Norway"]


def test_a_capitalised_without_or_against_opens_a_bodys_name_with_the_words_before() -> None:
    text = (
        "The nurses said Nurses Without Limits would meet the group Parents Against Noise.\n"
        "Voters Come Out Against Bramley Today"
    )
    mentions = [name(text, "Limits", None), name(text, "Noise", "ORG"), name(text, "Bramley", None)]

    joined = joined_institutions(mentions, text)

    # the second line is in title case, a headline's: its "Against" opens no name
    assert [m.text for m in joined] == ["Nurses Without Limits", "Parents Against Noise", "Bramley"]
    assert [m.entity_label for m in joined] == ["ORG", "ORG", None]


def test_researchers_from_a_bracketed_university_are_the_study_authors() -> None:
    text = (
        "Researchers mostly from Pennsylvania State University (Penn State) reported the coating.\n\n"
        '"It works," said study co-author Tak-Sing Wong. "It lasts," said co-developer Jing Wang.\n\n'
        "They reported that the coating repels bacteria."
    )
    statements = [
        said(text, "the coating", "reported", "Researchers mostly from Pennsylvania State University (Penn "
             "State)", "report"),
        said(text, "It works,", "said", "study co-author Tak-Sing Wong", "say"),
        said(text, "It lasts,", "said", "co-developer Jing Wang", "say"),
        said(text, "the coating repels bacteria", "reported", "They", "report", nth=1),
    ]
    mentions = [
        name(text, "Pennsylvania State University", "ORG"),
        name(text, "Penn State", None),
        name(text, "Tak-Sing Wong", premodifier=span(text, "study co-author")),
        name(text, "Jing Wang", premodifier=span(text, "co-developer")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == [
        "Tak-Sing Wong and Jing Wang", "Tak-Sing Wong", "Jing Wang", "Tak-Sing Wong and Jing Wang"
    ]


def test_an_occupation_joined_to_a_title_makes_the_person_the_study_author() -> None:
    text = (
        "Scientists from the University of Bristol say zebras confuse flies.\n\n"
        "Results showed the flies hovered over both animals.\n\n"
        '"Stripes may dazzle flies," said study co-author and Royal Society Research Fellow Martin How. '
        'The president and Senator Ana Ruiz met. "We agreed," said lawyer and Senator Ana Ruiz.'
    )
    statements = [
        said(text, "zebras confuse flies", "say", "Scientists from the University of Bristol", "say"),
        said(text, "the flies hovered over both animals", "showed", "Results", "show"),
        said(text, "Stripes may dazzle flies,", "said", "study co-author", "say"),
    ]
    mentions = [
        name(text, "University of Bristol", "ORG"),
        name(text, "Martin How", premodifier=span(text, "Royal Society Research Fellow")),
        name(text, "Ana Ruiz", premodifier=span(text, "Senator")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Martin How"] * 3


def test_a_described_role_joined_to_a_title_is_another_person() -> None:
    text = (
        "Researchers from Leeds University reported the finding. The researcher and Professor Ana Ruiz "
        "met study co-author Tom Baker."
    )
    statements = [said(text, "the finding", "reported", "Researchers from Leeds University", "report")]
    mentions = [
        name(text, "Leeds University", "ORG"),
        name(text, "Ana Ruiz", premodifier=span(text, "Professor")),
        name(text, "Tom Baker", premodifier=span(text, "study co-author")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Tom Baker"]


def test_an_office_described_before_its_holder_is_named_is_the_one_holder() -> None:
    text = (
        "A federal judge in Texas ruled that the draft was unconstitutional.\n\n"
        "U.S. District Judge Gray Miller wrote that times had changed.\n\n"
        "A Turkish official said the pipeline was unnecessary. Avinoam Idan, a former security "
        "official, disagreed."
    )
    statements = [
        said(text, "the draft was unconstitutional", "ruled", "A federal judge in Texas", "rule"),
        said(text, "times had changed", "wrote", "U.S. District Judge Gray Miller", "write"),
        said(text, "the pipeline was unnecessary", "said", "A Turkish official", "say"),
    ]
    mentions = [
        name(text, "U.S. District Judge Gray Miller"),
        name(text, "Avinoam Idan", appositive=span(text, "a former security official")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Gray Miller", "Gray Miller", "Turkish official"]


def test_scientists_of_a_study_and_they_are_its_one_named_author_but_some_scientists_are_not() -> None:
    text = (
        "Scientists from Tsinghua University and the Chinese Academy of Sciences reported the finding.\n\n"
        '"Our work shows it," said co-author Jing-Shan Zhao.\n\n'
        "They found that faster birds flapped more. Some scientists believe flight began in trees."
    )
    statements = [
        said(text, "the finding", "reported", "Scientists from Tsinghua University and the Chinese "
             "Academy of Sciences", "report"),
        said(text, "Our work shows it,", "said", "co-author Jing-Shan Zhao", "say"),
        said(text, "faster birds flapped more", "found", "They", "find"),
        said(text, "flight began in trees", "believe", "Some scientists", "believe"),
    ]
    mentions = [
        name(text, "Tsinghua University", "ORG"),
        name(text, "Chinese Academy of Sciences", "ORG"),
        name(text, "Jing-Shan Zhao", premodifier=span(text, "co-author")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Jing-Shan Zhao"] * 3 + ["scientists"]


def test_a_source_cut_at_a_hyphen_is_read_whole() -> None:
    text = (
        '"They are part of daily life," said study co-author Professor Carl Lipo of Binghamton University. '
        'Another co-author, engineering professor Julian Marshall, said "we have seen it before."'
    )
    statements = [
        said(text, "They are part of daily life,", "said", "study co", "say"),
        said(text, "we have seen it before.", "said", "Another co", "say", nth=1),
    ]
    mentions = [
        name(text, "Professor Carl Lipo"),
        name(text, "Binghamton University", "ORG"),
        name(text, "Julian Marshall"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Carl Lipo", "Julian Marshall"]
    assert [s.source.text_of(text) for s in resolved if s.source] == [  # written whole
        "study co-author Professor Carl Lipo of Binghamton University",
        "Another co-author, engineering professor Julian Marshall,",
    ]


def test_a_party_in_a_place_is_the_party_and_a_movement_keeps_its_noun() -> None:
    text = (
        "Goa mourned. The Aam Aadmi Party in Goa said he was a gentleman. "
        "The Yemen-based Houthi movement claimed responsibility for the attacks."
    )
    statements = [
        said(text, "he was a gentleman", "said", "The Aam Aadmi Party in Goa", "say"),
        said(text, "responsibility for the attacks", "claimed", "The Yemen-based Houthi movement", "claim"),
    ]
    mentions = [
        name(text, "Goa", None),
        name(text, "Aam Aadmi Party", "ORG"),
        name(text, "Goa", None, nth=1, dep="pobj"),
        name(text, "Houthi", "ORG", dep="compound"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Aam Aadmi Party", "Houthi movement"]


def test_an_organisation_of_two_places_keeps_both_and_a_research_team_is_the_authors() -> None:
    text = (
        "The militant Islamic State of Iraq and the Levant claimed the attacks. Study co-author Tak-Sing "
        "Wong wrote the paper with the Office of Naval Research. According to the research team, the "
        "coating lasts."
    )
    statements = [
        said(text, "the attacks", "claimed", "The militant Islamic State of Iraq and the Levant", "claim"),
        said(text, "the coating lasts", "According to", "the research team", "according to"),
    ]
    mentions = [
        name(text, "Islamic State of Iraq", "ORG"),
        name(text, "Levant", "GPE"),
        name(text, "Tak-Sing Wong", premodifier=span(text, "Study co-author")),
        name(text, "Office of Naval Research", "ORG"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Islamic State of Iraq and the Levant", "Tak-Sing Wong"]


def test_a_newspaper_the_recogniser_took_for_a_people_keeps_its_the() -> None:
    text = "Various activities are planned, according to the newspaper The Hindu."
    statements = [said(text, "Various activities are planned", "according to", "The Hindu", "according to")]
    mentions = [name(text, "Hindu", "NORP")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "The Hindu"
    assert statement.speaker_kind is EntityKind.ORGANISATION


def _nominal(text: str, piece: str, head: str) -> Mention:
    """A subject noun phrase without a name ("The team"), its head word given."""
    where = span(text, piece)
    head_at = text.index(head, where.start)
    return Mention(
        span=where,
        text=piece,
        kind=MentionKind.NOMINAL,
        head=CharSpan(head_at, head_at + len(head)),
        sentence=sentence_of(text, where.start),
        paragraph=text[: where.start].count("\n\n"),
        is_subject=True,
    )


def test_a_study_with_a_lead_author_speaks_as_its_lead() -> None:
    text = (
        '"The reefs recover," said study co-author Ana Lima. Lead author Tomas Berg said "slowly."\n\n'
        "The researchers said the corals need cooler water."
    )
    statements = [
        said(text, "The reefs recover,", "said", "study co-author Ana Lima", "say"),
        said(text, "slowly.", "said", "Lead author Tomas Berg", "say", nth=1),
        said(text, "the corals need cooler water", "said", "The researchers", "say", nth=2),
    ]
    mentions = [
        name(text, "Ana Lima", premodifier=span(text, "study co-author")),
        name(text, "Tomas Berg", premodifier=span(text, "Lead author")),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Ana Lima", "Tomas Berg", "Tomas Berg"]


def test_they_after_a_research_team_subject_is_the_study_s_author() -> None:
    text = (
        '"We were surprised," said lead author Maria Ortiz.\n\n'
        "The team sampled forty lakes. Local anglers had noticed thin fish. "
        "They found the lakes had warmed."
    )
    statements = [
        said(text, "We were surprised,", "said", "lead author Maria Ortiz", "say"),
        said(text, "the lakes had warmed", "found", "They", "find"),
    ]
    mentions = [
        name(text, "Maria Ortiz", premodifier=span(text, "lead author")),
        _nominal(text, "The team", "team"),
        _nominal(text, "Local anglers", "anglers"),
        pronoun(text, "They"),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Maria Ortiz", "Maria Ortiz"]


def test_they_after_a_team_is_no_author_when_the_article_names_none() -> None:
    text = "The team sampled forty lakes. Local anglers had noticed thin fish. They found the lakes warmed."
    statements = [said(text, "the lakes warmed", "found", "They", "find")]
    mentions = [
        _nominal(text, "The team", "team"),
        _nominal(text, "Local anglers", "anglers"),
        pronoun(text, "They"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Local anglers"  # no study author: the latest plural subject


def test_a_document_signed_by_a_title_alone_is_the_titled_person_s() -> None:
    text = "Pope Francis issued a new law. The decree signed by the Pope said bishops must report abuse."
    statements = [said(text, "bishops must report abuse", "said", "The decree signed by the Pope", "say")]
    mentions = [name(text, "Pope Francis")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Pope Francis"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Her campaign's statement", "Lopez campaign"),
        ("The campaign's statement", "Lopez campaign"),
        ("Her office's statement", "Maria Lopez"),
        ("Her lawyers' motion", "Maria Lopez"),
        ("A spokesman for the campaign", "Lopez campaign"),
        ("A statement from her campaign", "Lopez campaign"),
        ("Lawyers for her campaign", "Lopez campaign"),
    ],
)
def test_a_part_naming_one_who_speaks_for_someone_speaks_for_whom_it_would(source: str, speaker: str) -> None:
    text = f"Senator Maria Lopez lost to the Green Party by ten votes. {source} said the count was flawed."
    statements = [said(text, "the count was flawed", "said", source, "say")]
    mentions = [name(text, "Senator Maria Lopez"), name(text, "the Green Party", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == speaker


def test_a_named_writer_s_document_released_by_an_office_is_still_the_writer_s() -> None:
    source = "a Harbor Watch report released by the governor's office"
    text = f"Governor Ann Cole spent $80,000 on tickets, according to {source}."
    statements = [said(text, "Governor Ann Cole spent $80,000 on tickets", "according to", source, "accord")]
    mentions = [name(text, "Governor Ann Cole"), name(text, "Harbor Watch", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Watch"


def test_a_document_obtained_by_an_outlet_is_its_sender_s_not_the_outlet_s() -> None:
    source = "A letter from the American Legion obtained by The Associated Press"
    text = f"{source} warns that the emblem is misused."
    statements = [said(text, "the emblem is misused", "warns", source, "warn")]
    mentions = [
        name(text, "the American Legion", "ORG", subject=False),
        name(text, "The Associated Press", "ORG"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "American Legion"


def test_a_document_named_before_as_obtained_by_an_outlet_is_not_the_outlet_s() -> None:
    text = (
        "Ruth Ade campaigned in Iowa. A memo obtained by Reuters reached voters on Friday. "
        "The memo says the caucus rules changed."
    )
    statements = [said(text, "the caucus rules changed", "says", "The memo", "say")]
    mentions = [name(text, "Ruth Ade"), name(text, "Reuters", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "Reuters"


def test_the_government_before_the_country_is_named_is_the_state_of_the_demonym() -> None:
    text = "Serbians marched for a fourth night. The government announced new curfews."
    statements = [said(text, "new curfews", "announced", "The government", "announce")]

    [statement] = resolve(text, statements, [])

    assert (statement.speaker, statement.speaker_kind) == ("Serbia", EntityKind.STATE)


def test_the_government_is_the_country_named_later_when_no_demonym_came_before() -> None:
    text = "The government announced new curfews. Protests in Serbia went on."
    statements = [said(text, "new curfews", "announced", "The government", "announce")]

    [statement] = resolve(text, statements, [name(text, "Serbia", "GPE", subject=False)])

    assert statement.speaker == "Serbia"


def test_an_unlabelled_initialism_before_a_document_is_its_issuer_and_no_apposition() -> None:
    text = "According to SEC records, Dana Cole's fund lost money in March."
    statements = [said(text, "Dana Cole's fund lost money", "According to", "SEC records", "accord")]
    mentions = [name(text, "SEC", None), name(text, "Dana Cole")]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("SEC", EntityKind.ORGANISATION)


def test_the_announcement_is_whoever_announced_in_an_earlier_sentence() -> None:
    text = "Harbor Labs announced a new policy on Monday. The announcement also said fees would fall."
    statements = [said(text, "fees would fall", "said", "The announcement", "say")]

    [statement] = resolve(text, statements, [name(text, "Harbor Labs", "ORG")])

    assert statement.speaker == "Harbor Labs"


def test_the_reports_take_up_what_the_sentence_before_says_was_published() -> None:
    # The noun "reports" was used far back of another outlet; what the sentence before says The
    # New York Times published is nearer, and the reports take it up.
    text = (
        "Matt Drudge reported the rumour in May. Trump received criticism. "
        "The New York Times published allegations about his tax returns. "
        "The reports indicated Trump paid little tax."
    )
    statements = [said(text, "Trump paid little tax", "indicated", "The reports", "indicate")]
    mentions = [name(text, "Matt Drudge"), name(text, "Trump"), name(text, "The New York Times", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "The New York Times"


def test_a_document_whose_noun_the_sentence_before_uses_is_not_taken_from_a_publishing_verb() -> None:
    # "The statement" is the one Harbor Labs issued, named by its noun, not what Jane Doe wrote.
    text = (
        "Harbor Labs issued a statement on Monday, after Jane Doe wrote a blog post. "
        "The statement said fees would fall."
    )
    statements = [said(text, "fees would fall", "said", "The statement", "say")]
    mentions = [name(text, "Harbor Labs", "ORG"), name(text, "Jane Doe")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Labs"


def test_reported_numbers_a_motion_and_excerpts_speak_for_their_issuers() -> None:
    text = (
        "Numbers reported by the Associated Press show 400 cases. "
        "Harbor Labs filed a motion on Monday. The motion claims the rule is void. "
        "Excerpts from Jane Doe's book revealed the plan."
    )
    statements = [
        said(text, "400 cases", "show", "Numbers reported by the Associated Press", "show"),
        said(text, "the rule is void", "claims", "The motion", "claim"),
        said(text, "the plan", "revealed", "Excerpts from Jane Doe's book", "reveal"),
    ]
    mentions = [
        name(text, "Associated Press", "ORG", subject=False),
        name(text, "Harbor Labs", "ORG"),
        name(text, "Jane Doe", subject=False),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Associated Press", "Harbor Labs", "Jane Doe"]


def test_a_communique_footage_and_an_editorial_speak_for_their_issuers() -> None:
    text = (
        "The Interior Ministry issued a communique on Sunday. The communique said ten soldiers died. "
        "Footage broadcast by Harbor TV showed the damage. "
        "An editorial by Harbor Press called the strike unjust."
    )
    statements = [
        said(text, "ten soldiers died", "said", "The communique", "say"),
        said(text, "the damage", "showed", "Footage broadcast by Harbor TV", "show"),
        said(text, "the strike unjust", "called", "An editorial by Harbor Press", "call"),
    ]
    mentions = [
        name(text, "Interior Ministry", "ORG"),
        name(text, "Harbor TV", "ORG", subject=False),
        name(text, "Harbor Press", "ORG", subject=False),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Interior Ministry", "Harbor TV", "Harbor Press"]


def test_a_part_of_a_document_speaks_as_the_document() -> None:
    text = (
        '"We were surprised," said lead author Maria Ortiz. '
        "According to the conclusion of the study, the lakes warmed."
    )
    statements = [
        said(text, "We were surprised,", "said", "lead author Maria Ortiz", "say"),
        said(text, "the lakes warmed", "According to", "the conclusion of the study", "accord"),
    ]
    mentions = [name(text, "Maria Ortiz", premodifier=span(text, "lead author"))]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved] == ["Maria Ortiz", "Maria Ortiz"]


def test_a_tally_a_piece_in_an_outlet_and_the_results_of_a_poll_speak_for_their_issuers() -> None:
    text = (
        "Ana Ruiz has 1,401 delegates, according to a tally by the Associated Press. "
        "A new article in Politico said the race was over. "
        "According to early results of the exit poll conducted by Edison Research, voters were angry. "
        "A report in March said turnout fell."
    )
    statements = [
        said(text, "1,401 delegates", "according to", "a tally by the Associated Press", "accord"),
        said(text, "the race was over", "said", "A new article in Politico", "say"),
        said(text, "voters were angry", "According to",
             "early results of the exit poll conducted by Edison Research", "accord"),
        said(text, "turnout fell", "said", "A report in March", "say"),
    ]
    mentions = [
        name(text, "Ana Ruiz"),
        name(text, "Associated Press", "ORG", subject=False),
        name(text, "Politico", "ORG", subject=False),
        name(text, "Edison Research", "ORG", subject=False),
        name(text, "March", "DATE", subject=False),
    ]

    resolved = resolve(text, statements, mentions)

    assert [s.speaker for s in resolved][:3] == ["Associated Press", "Politico", "Edison Research"]
    assert resolved[3].speaker != "March"


def test_a_role_in_capitals_before_a_proxy_is_no_body() -> None:
    text = "Apex hired Dana Cole in May. A CEO spokesperson said the deal was off."
    statements = [said(text, "the deal was off", "said", "A CEO spokesperson", "say")]
    mentions = [name(text, "Apex", "ORG"), name(text, "Dana Cole", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "CEO"


def test_they_after_an_unnamed_subject_takes_the_body_its_description_names() -> None:
    text = (
        "Harbor Labs sold its plant in May. Its rivals grew. Prices rose. "
        "The company cut jobs in June. They said demand had fallen."
    )
    statements = [said(text, "demand had fallen", "said", "They", "say")]
    mentions = [
        name(text, "Harbor Labs", "ORG"),
        _nominal(text, "The company", "company"),
        pronoun(text, "They"),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Labs"  # not "company", the description


def test_a_government_named_by_its_leader_is_the_state() -> None:
    text = (
        "Chilean President Ana Novak met farmers in Chile on Monday. "
        "The Novak administration announced new subsidies."
    )
    statements = [said(text, "new subsidies", "announced", "The Novak administration", "announce")]
    mentions = [
        name(text, "Ana Novak"),
        name(text, "Chile", "GPE", subject=False),
        name(text, "Novak", nth=1, subject=False),
    ]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Chile", EntityKind.STATE)


def test_a_presidency_named_by_its_president_in_an_article_naming_no_country_is_american() -> None:
    text = "Ana Novak won the election. The Novak administration announced new subsidies."
    statements = [said(text, "new subsidies", "announced", "The Novak administration", "announce")]
    mentions = [name(text, "Ana Novak"), name(text, "Novak", nth=1, subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("United States", EntityKind.STATE)


def test_a_government_named_by_its_leader_in_an_article_naming_no_country_stays_unknown() -> None:
    text = "Ana Novak won the election. The Novak government announced new subsidies."
    statements = [said(text, "new subsidies", "announced", "The Novak government", "announce")]
    mentions = [name(text, "Ana Novak"), name(text, "Novak", nth=1, subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker != "United States"


def test_a_short_form_in_brackets_names_the_institution_it_follows() -> None:
    text = (
        "The Lakeside Fire and Rescue Authority (LakeFire) said the blaze was out. "
        "The racing league Northern Speed Circuit (Northern) confirmed the race. LakeFire warned of smoke."
    )
    statements = [
        said(text, "the blaze was out", "said", "The Lakeside Fire and Rescue Authority (LakeFire)", "say"),
        said(text, "the race", "confirmed", "The racing league Northern Speed Circuit (Northern)", "confirm"),
        said(text, "of smoke", "warned", "LakeFire", "warn", source_nth=1),
    ]
    mentions = [
        name(text, "Lakeside Fire and Rescue Authority", "ORG"),
        # the recogniser saw the sentence and labelled nothing in it, nor the short form
        name(text, "Northern Speed Circuit", None, recognised=True),
        name(text, "LakeFire", "PERSON", nth=1),
    ]

    fire, league, warned = resolve(text, statements, mentions)

    assert fire.speaker == warned.speaker == "Lakeside Fire and Rescue Authority"
    assert (league.speaker, league.speaker_kind) == ("Northern Speed Circuit", EntityKind.ORGANISATION)


def test_a_publication_the_recogniser_took_for_a_place_keeps_its_the() -> None:
    text = "After the speech, The Globe reported that the senator had left early."
    statements = [said(text, "the senator had left early", "reported", "The Globe", "report")]
    mentions = [name(text, "Globe", "LOC")]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("The Globe", EntityKind.ORGANISATION)


def test_a_post_sent_from_a_persons_account_is_theirs() -> None:
    text = "Senator Maria Lopez spoke on Friday. A post sent from Lopez's account said the vote was rigged."
    statements = [said(text, "the vote was rigged", "said", "A post sent from Lopez's account", "say")]
    mentions = [name(text, "Maria Lopez"), name(text, "Lopez", nth=1, subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Maria Lopez"


def test_where_a_party_works_is_no_part_of_its_name() -> None:
    text = "The governing Progressive Union in Portugal welcomed the ruling."
    source = "The governing Progressive Union in Portugal"
    statements = [said(text, "the ruling", "welcomed", source, "welcome")]
    mentions = [name(text, "Progressive Union in Portugal", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Progressive Union"


def test_a_nations_people_with_the_are_its_state_but_without_it_a_group() -> None:
    text = "The Peruvians said the border post was shelled. Peruvians abroad said they would vote."
    statements = [
        said(text, "the border post was shelled", "said", "The Peruvians", "say"),
        said(text, "they would vote", "said", "Peruvians abroad", "say", nth=1),
    ]
    mentions = [name(text, "Peruvians", "NORP"), name(text, "Peruvians", "NORP", nth=1)]

    side, abroad = resolve(text, statements, mentions)

    assert (side.speaker, side.speaker_kind) == ("Peru", EntityKind.STATE)
    assert abroad.speaker_kind is not EntityKind.STATE


def test_a_body_named_by_its_place_is_what_its_noun_takes_up_later() -> None:
    text = "Bishop Ana Ruiz of the Tarlac diocese retired in May. The diocese said she would stay in Tarlac."
    statements = [said(text, "she would stay in Tarlac", "said", "The diocese", "say")]
    mentions = [name(text, "Ana Ruiz"), name(text, "Tarlac", "NORP", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert (statement.speaker, statement.speaker_kind) == ("Tarlac diocese", EntityKind.ORGANISATION)


def test_an_ordinal_before_a_court_is_part_of_its_name() -> None:
    text = "The 9th Circuit Court of Appeals declined the request, which the judges called premature."
    statements = [said(text, "the request", "declined", "The 9th Circuit Court of Appeals", "decline")]
    mentions = [name(text, "Circuit Court of Appeals", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "9th Circuit Court of Appeals"


def test_a_date_after_on_is_no_part_of_a_body_name() -> None:
    text = "The lawsuit was filed by the Puerto Rico Senate on Sunday. The Senate said the oath was void."
    statements = [said(text, "the oath was void", "said", "The Senate", "say")]
    mentions = [
        name(text, "Puerto Rico Senate", "ORG"),
        name(text, "Sunday", "DATE"),
        name(text, "Senate", "ORG", nth=1),
    ]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Puerto Rico Senate"


def test_the_words_before_of_continue_the_body_named_whole() -> None:
    text = (
        "The Supreme Court of Puerto Rico issued a ruling on Wednesday.\n\n"
        "In its ruling, the Supreme Court found the law unconstitutional."
    )
    statements = [said(text, "the law unconstitutional", "found", "the Supreme Court", "find")]
    mentions = [name(text, "Supreme Court of Puerto Rico", "ORG"), name(text, "Supreme Court", "ORG", nth=1)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Supreme Court of Puerto Rico"


def test_an_organisation_noun_skips_a_body_whose_name_says_it_is_of_another_kind() -> None:
    text = (
        "Marla Diaz founded Harbor Watch in 2014. Its members met at Temple University on Monday. "
        "The group said the river had to be cleaned."
    )
    statements = [said(text, "the river had to be cleaned", "said", "The group", "say")]
    mentions = [name(text, "Marla Diaz"), name(text, "Harbor Watch", "ORG", subject=False),
                name(text, "Temple University", "ORG", subject=False)]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "Harbor Watch"  # a university is no group


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("The unanimous court", "Supreme Court"),
        ("The opposing court", "opposing court"),  # another body than the one named
    ],
)
def test_a_body_noun_after_lower_case_words_takes_up_the_body_of_that_noun(source: str, speaker: str) -> None:
    text = f"The Supreme Court heard the case in March.\n\n{source} decided their actions did not qualify."
    statements = [said(text, "their actions did not qualify", "decided", source, "decide")]
    mentions = [name(text, "The Supreme Court", "ORG")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == speaker


def test_remarks_owned_by_a_possessive_are_the_owner_s_and_unowned_remarks_name_no_one() -> None:
    text = (
        "Bureau director Tom Hale spoke to reporters on Wednesday. His remarks indicated that the "
        "messages were private. The remarks suggested that the inquiry would widen."
    )
    statements = [
        said(text, "the messages were private", "indicated", "His remarks", "indicate"),
        said(text, "the inquiry would widen", "suggested", "The remarks", "suggest"),
    ]
    mentions = [name(text, "Tom Hale", premodifier=span(text, "Bureau director"))]

    resolved = resolve(text, statements, mentions)

    assert resolved[0].speaker == "Tom Hale"
    assert resolved[1].speaker != "Tom Hale"


def test_words_owned_by_a_pronoun_inside_a_clause_are_left_as_written() -> None:
    text = (
        "Ana Ruiz spoke first on Friday. Then Tom Hale took the stage, and he spent much of his "
        "speech praising the new mayor."
    )
    statements = [said(text, "the new mayor", "praising", "his speech", "praise")]
    mentions = [name(text, "Ana Ruiz"), name(text, "Tom Hale")]

    [statement] = resolve(text, statements, mentions)

    assert statement.speaker == "his speech"
