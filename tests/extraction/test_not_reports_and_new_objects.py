"""Cue verbs that report nothing in these uses (a candidacy sought, an aspect, a word's meaning),
and objects and infinitives that some cues take as content."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from tests.extraction.docs import parsed_doc
from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


def cues(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [cue for _, cue, _ in found(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator sought the party's nomination in 2016.",
        "The farmers' party is seeking ballot access in four more states.",
        "The governor is seeking a second term.",
        "She is seeking re-election in November.",
        "He sought public office twice.",
        "Flooding in the valley continued to disrupt rail services on Friday.",
        'The term "heatwave" refers to several days of unusually hot weather.',
        # an infinitive after a noun of chance, attempt or means: a report tried or possible
        "Searchers renewed their efforts to find the ship, which was last seen near the coast.",
        "The senator had the opportunity to comment on the bill but declined.",
        "Sanders is under pressure to offer more specifics on his plans.",
        "The minister made an attempt to find a compromise.",
        # finding oneself or a way; founding
        "The senator found himself in trouble after the vote.",
        "The weapons would eventually find their way into the hands of rebels.",
        "Sanders found ways to press his agenda.",
        "Nega helped found the movement in 2008.",
        # a thing located, by someone who is no inquirer
        "Border Patrol agents found the tunnels under the fence.",
        "The mayor found a new home in the suburbs.",
        # an event convened, or anything called off
        "The prime minister called a snap election for June.",
        "The union called a strike on Monday.",
        "Several businesses have called off projects with him.",
        # a post filled, or a name given
        "The candidate named the governor of Ohio as his running mate.",
        'The army named the offensive "Operation Spring Shield".',
        # a text read, named and not quoted
        "The judge read his decision aloud.",
        "The clerk read all 767 pages of the amendment.",
        # an informant cited, not what it says
        "The paper cited sources close to the investigation.",
        # a name kept at a distance
        'The U.S. armed the so-called "rebels" in the north.',
        # a thing shown or a result posted, not words said
        "Sanders posted an overwhelming victory in New Hampshire.",
        "She was known for posting pictures of herself on Instagram.",
        "Drudge posted a report from The Hill as the top story.",
        # a response made by a deed
        "The party responded by blocking his access to the voter data.",
        # set phrases of the writer's
        "That said, the senator cannot win the nomination outright.",
        "All told, up to five million people could be eligible.",
        "The plan was, to say the least, ambitious.",
        # a question the writer puts
        "((WSS)) Why did you agree to be his running mate? How do you complement him on the ticket?",
        "In what states should voters expect to see the ticket on the ballot?",
        "Do you support the new law?",
    ],
)
def test_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert cues(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union is seeking a review of the contract.", "is seeking"),
        ("The fund is seeking access to the records.", "is seeking"),
        ("The firm is seeking office space downtown.", "is seeking"),
        ("The union is seeking a shorter term for the contract.", "is seeking"),
        ("The minister continued to deny that the talks had failed.", "continued"),
        ("The mayor referred to the stadium as a waste of money.", "referred to"),
        ("The mayor renewed her pledge to cut fares.", "pledge"),
        ("The jury found him guilty.", "found"),
        ("The inquiry found that the police had failed.", "found"),
        ("The researchers found high levels of lead in the water.", "found"),
        ("Investigators found no evidence of a bomb.", "found"),
        ("The survey finds Clinton with a small lead over Sanders.", "finds"),
        ("The Associated Press called the election for Biden.", "called"),
        ("He named both the PKK and the YPG as terrorists.", "named"),
        ("The mayor called the vote rigged.", "called"),
        ('The sign read "Fascist Trump".', "read"),
        (  # the parser leaves the opening mark to the verb and takes the clause's subject for its object
            "Their statement also read \"imposition of citizenship over the islanders' objections violates"
            ' fundamental principles of self-determination."',
            "also read",
        ),
        ("The agency cited officials as saying the plant was hit.", "cited"),
        ("The airline cancelled flights, citing security concerns.", "citing"),
        ('He called the plan "a disgrace."', "called"),
        ('He asked: "Did you agree to the plan?"', "asked:"),
        (  # a question inside prose asks of a report, as PolNeAR annotates it
            "He attacked loopholes that help others. But has he called for changing the ones that help him?",
            "called for",
        ),
        ('The astronaut posted "Today we went to the Moon!" on Twitter.', "posted"),
        ("He tweeted that the talks had failed.", "tweeted"),
        ("The ministry responded by saying the report was false.", "saying"),
        ("He responded by using the example of Chicago to prove that the ban fails.", "responded by"),
        ("The minister responded that the report was false.", "responded"),
    ],
)
def test_still_reports(nlp, text, cue) -> None:  # type: ignore[no-untyped-def]
    assert cue in cues(nlp, text)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor advised residents of the coast to leave.", "residents of the coast to leave", "advised"),
        ("Both governments have alleged foreign involvement.", "foreign involvement", "have alleged"),
        ("The driver admitted his guilt in two thefts.", "his guilt", "admitted"),
        ("The firm admitted the charges against it.", "the charges against it", "admitted"),
        ("The council wrote to the ministry asking to delay the vote.", "to delay the vote", "asking"),
        ("China, Iran, and Russia have pledged funds for the rebuilding.", "funds", "have pledged"),
        ("The senator pledged his support to the campaign.", "his support", "pledged"),
    ],
)
def test_content_of_new_objects(nlp, text, content, cue) -> None:  # type: ignore[no-untyped-def]
    assert any(c.startswith(content) and k == cue for c, k, _ in found(nlp, text)), found(nlp, text)


def test_per_opening_a_sentence_names_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Per the new rules, drivers must carry a permit at all times."
    assert found(nlp, text) == [("drivers must carry a permit at all times", "Per", "the new rules")]


@pytest.mark.parametrize(
    "text",
    ["The fare rose to three euros per ride last year.", "The fee is ten dollars per day, the council said."],
)
def test_per_inside_a_sentence_cues_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "per" not in [cue for _, cue, _ in found(nlp, text)]


def test_a_verb_joined_by_or_to_a_negated_one_is_negated(nlp) -> None:  # type: ignore[no-untyped-def]
    cues_found = cues(nlp, "The coach did not confirm or deny the rumours, and vowed to stay on.")
    assert "deny" not in cues_found and "vowed" in cues_found


def test_a_name_misread_as_a_verb_still_speaks() -> None:
    """ "Trump called …": the parser reads the name as the verb "trump" and the cue as a modifier
    (the parse written by hand, as the pinned parser gave it)."""
    text = "Trump called the sentence unjust."
    doc = parsed_doc(
        text,
        [
            ("Trump", "NNP", "nsubj", 4),
            ("called", "VBN", "acl", 0),
            ("the", "DT", "det", 3),
            ("sentence", "NN", "oprd", 1),
            ("unjust", "JJ", "ROOT", 4),
            (".", ".", "punct", 4),
        ],
    )
    found_here = [
        (s.content[0].text_of(text), s.source.text_of(text) if s.source else "")
        for s in extract_statements(doc, article_id="t")
    ]
    assert found_here == [("the sentence unjust", "Trump")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "The charter specifies that members serve four years.",
            ("that members serve four years", "specifies", "The charter"),
        ),
        (
            "The minister affirmed her support for the treaty.",
            ("her support for the treaty", "affirmed", "The minister"),
        ),
        ("The coach lauded the team for its patience.", ("the team for its patience", "lauded", "The coach")),
    ],
)
def test_reporting_verbs_give_content_and_source(nlp, text, statement) -> None:  # type: ignore[no-untyped-def]
    assert statement in found(nlp, text), found(nlp, text)


def test_pledged_delegates_are_no_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    # "pledged delegates", bound by the primaries: the parser may read the adjective as a verb
    text = "She won pledged delegates in Ohio and the popular vote."
    assert "pledged" not in cues(nlp, text), found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company admitted two new members to the board.",
        "The school admitted 300 students into the programme.",
        "The hospital admitted the patient on Monday.",
    ],
)
def test_admitting_someone_in_reports_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "admitted" not in cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Per capita income rose sharply last year, and wages fell.",
        "Per cent figures are rounded, so the totals may differ.",
        "Per annum, the fee is small.",
    ],
)
def test_latin_per_names_no_source(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert "Per" not in cues(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Per se, the law bans nothing new, critics argue.",
        "Per the report, the law bans nothing new, critics argue.",
    ],
)
def test_per_never_suppresses_another_cue(nlp, text) -> None:  # type: ignore[no-untyped-def]
    statements = found(nlp, text)
    assert [(cue, source) for _, cue, source in statements] == [("argue", "critics")], statements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per Reuters, the talks collapsed on Monday.", "Reuters"),
        ("Per his lawyer, the singer will appeal.", "his lawyer"),
    ],
)
def test_per_before_a_name_or_possessive(nlp, text, source) -> None:  # type: ignore[no-untyped-def]
    assert [(cue, s) for _, cue, s in found(nlp, text)] == [("Per", source)]
