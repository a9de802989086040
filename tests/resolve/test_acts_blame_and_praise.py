"""Blame and praise in the shapes round 27 added: a record called a failure, a person called
dangerous, politics played, a third party said not to be honest or fair, and a quoted label that a
general lexicon scores well."""

from __future__ import annotations

import pytest

from quotegraph.resolve.acts import speech_act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Clinton represents a continuation of the same failed policies,”", "accuse"),
     ("“Well look, he was a failed candidate,”", "accuse"),
     ("“It will be the latest example of the failed Obama-Clinton foreign policy,”", "accuse"),
     ("“politicians that have failed the American people for far too long,”", "accuse"),
     ("“This is simple -- what Trump is saying is dangerous,”", "accuse"),
     ("“He's dangerous to our country!”", "accuse"),
     ("his vote is a signal he wants to play politics", "accuse"),
     ("“It would be a dereliction of duty by the department,”", "accuse"),
     ("she is not honest and trustworthy", "accuse"),
     ("Cruz was “not a real conservative on immigration.”", "accuse"),
     ("“All she went through -- it's not fair.”", "accuse"),
     ("Trump was a “proven failure” in business", "accuse"),
     ("“She just made it up,”", "accuse"),
     ("“We've seen a lack of specificity and an unwillingness to go deep into policy.”", "accuse"),
     ("“My father would be so appalled at these candidates.”", "accuse"),
     ("“I am disturbed by his lack of background on these issues.”", "accuse"),
     ("the security culture was generally lacking in the kind of care found elsewhere", "accuse"),
     # a coup that failed, one's own failures, a dangerous place or moment find fault with no one
     ("the professor was accused of coordinating last month's failed coup attempt", "state"),
     ("“We have many failed ventures,”", "state"),
     ("“Our failed policy experiments taught us a lot,”", "state"),
     ("“This is a very dangerous political moment in our country,”", "state"),
     # one's own want of readiness or fairness owns it
     ("“I'm not ready to support him,”", "state"),
     ("“We weren't fair to them,”", "state"),
     ("“I'm unwilling to wait any longer,”", "state"),
     ("the lack of an adequate warning made it worse", "state"),
     ("because of Clinton's lack of support from young voters, “she does need him,”", "state")],
)
def test_a_failed_record_a_dangerous_or_unfair_party_and_politics_accuse(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("lemma", "content", "act"),
    [("call", "it a “circus”", "accuse"),
     ("describe", "the speech as “flat” and lacking energy", "accuse"),
     # a label scored well, even mildly, praises
     ("describe", "Trump as “kind”", "praise"),
     ("call", "it a “great meeting.”", "praise"),
     ("call", "him a “nice guy”", "praise")],
)
def test_a_quoted_label_after_a_pronoun_or_as_is_judged_by_its_valence(
    lemma: str, content: str, act: str
) -> None:
    cue = {"call": "called", "describe": "described"}[lemma]
    assert speech_act(lemma, cue, " ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“To the visitors' credit, they have made big improvements since last season.”", "praise"),
     ("“The mayor, to her credit, kept the shelters open all night.”", "praise"),
     ("“The crews never get the credit they deserve.”", "praise"),
     ("“Hanna deserves a lot of credit for the rescue.”", "praise"),
     ("“Nobody knows who deserves credit for the rescue.”", "state"),
     ("“The bank cut his line of credit last year.”", "state")],
)
def test_credit_given_for_a_deed_praises(content: str, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“The nickname exists thanks to a former governor.”", "state"),
     ("“The fire was contained, thanks to the rain.”", "state"),
     ("“Thanks to everyone who turned out tonight.”", "praise"),
     ("she sent her thanks to the rescuers", "praise"),
     ("“He thanks the volunteers every year.”", "praise")],
)
def test_thanks_to_inside_a_clause_gives_a_cause(content: str, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "direct", "act"),
    [("“I particularly want to commend the volunteers, who kept the shelter open,”", True, "praise"),
     ("she applauded him and his supporters for their patience", False, "praise"),
     ("“We salute every firefighter who went in.”", True, "praise"),
     ("“It is wrong to praise a dictator.”", True, "accuse"),
     ("“The mayor's praise of the plan surprised the council.”", True, "state")],
)
def test_the_speakers_own_commendation_praises(content: str, direct: bool, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=direct)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“This is an organized effort to destroy Western civilization,”", "accuse"),
     ("that the announcement suggested an effort to hurt Clinton ahead of the vote", "accuse"),
     ("the panel was created to hurt her political prospects", "accuse"),
     ("“the first thing she does is try to destroy the person,”", "accuse"),
     # an attack plotted is a deed the police report, and a harm to come warns of it
     ("there was a possible attempt to attack the parade", "state"),
     ("“The storm will hurt the harvest,”", "warn")],
)
def test_a_purpose_of_harm_imputed_to_a_deed_accuses(content: str, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("lemma", "content", "act"),
    [("describe", "himself as “a consistent conservative.”", "state"),
     ("characterize", "herself as a “change warrior” who “saved the company.”", "state"),
     ("call", "himself “the people's candidate”", "state"),
     ("describe", "him as “a total stiff”", "accuse"),
     ("call", "her “a wonderful friend”", "praise")],
)
def test_a_label_the_speaker_puts_on_themself_judges_no_one(lemma: str, content: str, act: str) -> None:
    cue = {"call": "called", "describe": "described", "characterize": "characterizes"}[lemma]
    assert speech_act(lemma, cue, "", " ", content)[0] == act


@pytest.mark.parametrize(
    ("cue", "content", "act"),
    [("reiterated his claim", "that Mrs. Clinton had bullied the women who spoke out", "accuse"),
     ("repeated the by-now-familiar claims", "that the governor is unqualified", "accuse"),
     # a claim that names no wrongdoer, or finds no fault, stays a claim
     ("repeated his claim", "that the election was rigged", "claim"),
     ("repeated his claim", "that crime has gone down 20 percent", "claim")],
)
def test_a_claim_noun_in_the_cue_accuses_as_the_verb_would(cue: str, content: str, act: str) -> None:
    assert speech_act("reiterate", cue, "", " ", content)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("the crash was “likely” Iran's doing", "accuse"),
     ("“It was the government's doing.”", "accuse"),
     # a pronoun's "is doing" and a name's "is doing" with an object report what someone does
     ("“He's doing his own thing,”", "state"),
     ("“That's why he's doing so well in the polls.”", "state"),
     ("“Trump's doing it the Bernie Sanders way,”", "state")],
)
def test_a_harm_called_a_partys_doing_accuses(content: str, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Sanders' attack was an attack on Obama,”", "accuse"),
     ("“It is an attack on the free press,”", "accuse"),
     # an armed attack named by its day or by its target's proper name is an event
     ("“I laid flowers for the victims of the attack on the Pulse nightclub,”", "state"),
     ("“The rifle used in the attack on Sunday was bought legally,”", "state")],
)
def test_an_armed_attack_named_by_day_or_place_blames_no_one(content: str, act: str) -> None:
    assert speech_act("say", "said", "", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("the Republicans' refusal to consider Obama's nomination of Merrick Garland", "accuse"),
     ("business mogul Donald Trump’s refusal to disavow the Ku Klux Klan could disqualify him", "accuse"),
     ("that Sanders’ plan grows out of a kind of childish naivete that fails to acknowledge tough realities",
      "accuse"),
     ("the senators were failing to show leadership", "accuse"),
     ("it was offensive to Native Americans", "accuse"),
     ("“But he has really been offensive to those of us who did know him.”", "accuse"),
     ("many voters found it offensive", "accuse"),
     ("“They’re bringing crime. They’re rapists.”", "accuse"),
     ("“We have a referee who is a hater of Jane Roe, a hater.”", "accuse"),
     # a refusal to comment only replies; offensive content and a military offensive only name a kind
     ("the ministry's refusal to comment on the report", "state"),
     ("the site removed offensive content overnight", "state"),
     ("the army's offensive was launched on Monday", "state")],
)
def test_a_failure_or_refusal_offensive_conduct_and_names_of_crime_accuse(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("the way the Clinton operation disparaged women who complained", "accuse"),
     ("“Mexicans laugh at our tragedies,”", "accuse"),
     ("Mr. Trump has already imperiled the nation he aspires to lead", "accuse"),
     ("“The Chinese people have had enough of U.S. politicians' deeds betraying their words,”", "accuse"),
     ("“Israel was sold out by Kerry and Obama,”", "accuse"),
     ("“But if he continues this he's really dishonoring that support.”", "accuse"),
     ("“This is them trying to whistle past the graveyard, pretending like Donald Trump isn't happening,”",
      "accuse"),
     ("Ms. Brainard's donations “call into question the political independence” of the bank", "accuse"),
     ("“Donald is very thin-skinned,”", "accuse"),
     # a promise not to disparage, a clause against it, a demeanor, one's own pretence, a harm denied,
     # illicit goods, a deal called bad (a negotiating stance as often as a charge)
     ("staffers promise not to “demean or disparage publicly” Trump", "state"),
     ("the contract includes a no-disparagement clause", "state"),
     ("“His normal demeanor is grumpy,”", "state"),
     ("“So I just kept quiet and pretended nothing had happened.”", "state"),
     ("their living standards were not imperiled", "state"),
     ("“I'm not calling into question anything he said,”", "state"),
     ("“We laughed at the jokes,”", "state"),
     ("police seized illicit drugs worth $2 million", "state"),
     ("“No deal is better than a bad deal,”", "state")],
)
def test_contempt_harm_and_betrayal_laid_at_a_partys_door_accuse(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("she had “steady hands, but most of all, she has a good heart.”", "praise"),
     ("Trump is the “kind-hearted and caring” man who saved her family's farm", "praise"),
     ("“He was calm. Assured. But also kind-hearted and comforting.”", "praise"),
     ("“I give my victory to my mother, who inspired me to study.”", "praise"),
     # a heart as an organ, and what inspired a thing, praise no one
     ("“The patient had a weak heart,”", "state"),
     ("“It was the warmest year on record,”", "state"),
     ("the design was inspired by a bridge in Paris", "state")],
)
def test_a_good_heart_and_an_example_set_praise(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Jeb Bush spent a fortune on a Super Bowl ad. He is a weak candidate!”", "accuse"),
     ("“She's weak, she's ineffective,”", "accuse"),
     ("“When we're dealing with these animals we can't be soft and weak like our politicians.”", "accuse"),
     # a weak month, weak spots and a weak currency find fault with no one
     ("the weak August and September performance was a blip", "state"),
     ("he looked through the accounts for weak spots", "state"),
     ("“the dollar is weak against the euro,”", "state"),
     ("Sales were weak in the third quarter", "state")],
)
def test_a_person_or_leader_called_weak_accuses(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Using the word ‘self-deportation’ ― I mean, it's a horrific comment to make,”", "accuse"),
     ("“This ad that Trump released today is horrific in my mind,”", "accuse"),
     ("“she's made a bad decision in avoiding Louisiana since the waters receded,”", "accuse"),
     # one's own bad decision owns it; bad choices in general are no one's
     ("“I made a bad decision and I regret it,”", "state"),
     ("he had learned how bad choices could drag down even those who seemed destined to rise", "state")],
)
def test_a_partys_words_or_choice_judged_bad_accuse(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“It is clear that the current Administration is kicking the can down the road,”", "accuse"),
     ("“It did sound like he was, you know, talking out of both sides of his mouth,”", "accuse"),
     ("“Some staffer screwed up. Let's move on,”", "accuse"),
     ("“Anyone claiming that the economy is in decline is peddling fiction,”", "accuse"),
     ("“And let's dispel once and for all with this fiction that Obama doesn't know what he's doing,”",
      "accuse"),
     ("“No one could push this under the carpet,”", "accuse"),
     ("that the governor's aides were “dragging their feet.”", "accuse"),
     ("“He's definitely using it as a dog whistle to his supporters,”", "accuse"),
     ("“They are sucking trillions of dollars out of our country,”", "accuse"),
     ("“Our jobs are being sucked out of our states,”", "accuse"),
     ("“The Republicans are sucking all the oxygen out of the room,”", "state"),
     # one's own mistake, a fear of making one, a comparison, a tactic and a crime reported find no fault
     ("“I screwed up and I apologise,”", "state"),
     ("“I can't mess this up for him,”", "state"),
     ("“The senator can do a lot of damage by cherry-picking in the cities,”", "state"),
     ("police arrested two drug peddlers at the station", "state"),
     ("“He dropped the ball over the line in the last minute,”", "state")],
)
def test_a_figure_of_speech_of_blame_accuses(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“I've always liked Hillary.”", "praise"),
     ("“Of the four, I like Jane Roe the best.”", "praise"),
     # another's liking is told, a liking held back or conceded before a turn praises no one
     ("“My uncle really likes Mr. Trump.”", "state"),
     ("“I can't say that I like him or dislike him,”", "state"),
     ("“I like Paul, but these are horrible times for our country,”", "state"),
     ("“I like the new stadium,”", "state")],
)
def test_the_speakers_own_liking_for_a_person_praises(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“Sheldon knows that nobody will be more loyal to Israel than the senator.”", "praise"),
     ("“There has never been a man or a woman more qualified than Hillary Clinton to serve,”", "praise"),
     ("“Jobs, jobs, jobs. Nobody did it better.”", "praise"),
     # put above everyone else for a fault, or for nothing
     ("“No one is more to blame for this mess than the governor,”", "accuse"),
     ("“Nobody came to the meeting,”", "state")],
)
def test_someone_put_above_everyone_else_is_praised(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=True)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("the mayor had done it purely for political gain", "accuse"),
     ("the senator voted for it out of personal interest", "accuse"),
     ("the coach resigned for personal reasons", "state"),
     ("the meeting was for personal reasons and does not constitute an endorsement", "state")],
)
def test_a_private_reason_imputes_no_motive(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content)[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“He is just so bad at this job,”", "accuse"),
     ("“She's a fake, and everyone here knows it,”", "accuse"),
     ("“You're very rude, and that is the end of it,”", "accuse"),
     ("“The mayor is nice enough, but he's so terrible at budgets,”", "accuse"),
     ("the senator was “substantially weaker” than the party had hoped", "state"),
     ("Governor Smith was “awful” on the stage", "accuse"),
     # a feeling or a plight judges no one; nor does a reported "he", often the speaker himself
     ("“They were angry, and they were sick of waiting,”", "state"),
     ("“He was in prison for two years,”", "state"),
     ("“When you leave your home, you are insecure for a long time,”", "state"),
     ("he was a fake in those years, he admitted", "state"),
     # a name after a preposition is no subject, and a headline's capitals judge nothing
     ("the reaction to Mayor Lee has been rejection across the city", "state"),
     ("Why the Old Bridge Was a Bad Idea", "state")],
)
def test_a_third_party_judged_ill_with_be_is_accused(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "accuses"),
    [("the former governor was responsible for the deaths of the miners", True),
     ("the agency is partly responsible for the crisis at the border", True),
     ("the contractor was responsible for the bridge's collapse", True),
     # a duty or a good one answers for finds no fault (one's own may be claimed)
     ("the firm is responsible for the security of most of the state's prisons", False),
     ("she was responsible for cleaning up the voter files", False),
     ("his volunteers are responsible for the higher turnout", False)],
)
def test_a_party_answerable_for_a_harm_is_accused_not_for_a_duty(content: str, accuses: bool) -> None:
    assert (speech_act("say", "said", " ", " ", content)[0] == "accuse") is accuses


@pytest.mark.parametrize(
    ("content", "act"),
    [("the gang leaders are nothing but criminals", "accuse"),
     ("the mayor's aides acted like common criminals", "accuse"),
     # the law's own "criminal" names a field, not a wrongdoer
     ("“It would be hard to fit the case into the existing criminal laws,”", "state"),
     ("“I never wanted to file a criminal complaint,”", "state"),
     ("the bill includes criminal penalties for selling the devices", "state")],
)
def test_criminals_accuse_the_law_s_criminal_field_does_not(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("that the trade decisions of Governor Lee and Mayor Ruiz caused the collapse of the mills", "accuse"),
     ("“It's hard to say how much Senator Hale contributed to the town's financial ruin,”", "accuse"),
     ("“His policies have created chaos on the border,”", "accuse"),
     ("“They brought nothing but division to this city,”", "accuse"),
     # a harm with no party behind it, or one foretold, lays no blame; a reported "he" is often the
     # speaker himself
     ("“The storm caused widespread damage across the county,”", "state"),
     ("the virus caused the deaths of thousands", "state"),
     ("“His policies will cause a crisis,”", "warn"),
     ("he had caused the crash by braking late, he admitted", "state")],
)
def test_a_harm_a_party_caused_is_laid_at_its_door(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“You have severed the ability to raise the children you brought into this world,”", "accuse"),
     ("“Instead of answering me, you attacked the governor on television,”", "accuse"),
     ("“We trusted her, and she abandoned the whole team,”", "accuse"),
     # a plight, a contest lost, a verb of saying, a deed taken back, or reported speech's "he"
     ("“She died trying to protect her pupils,”", "state"),
     ("“In the city she crushed him by twenty points,”", "state"),
     ("“I don't think he abandoned his family,”", "state"),
     ("he attacked the plan in a speech", "state")],
)
def test_a_third_partys_deed_ill_done_told_in_a_quotation_accuses(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act


@pytest.mark.parametrize(
    ("content", "act"),
    [("“The Radical Left Democrats have failed on all fronts, so now they are suing,”", "accuse"),
     ("that Mayor Ruiz abandoned the miners when the pit closed", "accuse"),
     ("that Senator Hale exploited the flood victims for votes", "accuse"),
     # what the police, a court or an army does to a suspect or a foe is news, not blame; a deed
     # taken back, or one suffered, blames no one
     ("that Local Police arrested two men near the station", "state"),
     ("that Nigerian troops killed thirty militants in the raid", "state"),
     ("that the Daily Courier broke the story of the standoff", "state"),
     ("“I don't believe Senator Hale exploited anyone,”", "state"),
     ("that Governor Lee suffered a stroke last week", "state")],
)
def test_a_named_partys_deed_ill_done_accuses_in_reported_speech_too(content: str, act: str) -> None:
    assert speech_act("say", "said", " ", " ", content, direct=content.startswith("“"))[0] == act
