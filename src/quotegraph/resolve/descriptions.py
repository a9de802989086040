"""Who a description stands for: "the prime minister", "a Kremlin spokesman", "his office",
"lawyers for Blake", "a report by the IMF", "the company".

The gold conventions (../shared/eval/CONVENTIONS.md) say where each points: a role to the person
the article names in it; a spokesperson to the one the article names for the same body, else to
the body; an office, a spokesperson or lawyers of a named person to that person; a document,
poll or set of results to whoever issued it; a government to its state. Descriptions that name
nobody ("a senior official", "protesters") stay descriptions: anonymous, a group or a document.

This module reads the source phrase (its head, possessor, modifiers, complement) and sends each
description to its rule; the lookups it ends in live beside it: offices.py (a role's holder, an
organisation noun's body, a government's state), issuers.py (a document's issuer, a study's
authors), kin.py (relatives by family name) and resolved.py (a description that names nobody).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol

from quotegraph.records import CharSpan, EntityKind, Mention, MentionKind, SpeakerGender, Statement
from quotegraph.resolve.campaigns import candidate_campaign
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.entities import metonym_of
from quotegraph.resolve.gender import ROLE_WORDS
from quotegraph.resolve.groups import counted_group
from quotegraph.resolve.issuers import (
    RESEARCH,
    RESEARCHERS,
    Issuers,
    names_no_issuer,
    research_team,
    study_author,
)
from quotegraph.resolve.kin import COUPLES, family_member, names_a_relative, relative_of
from quotegraph.resolve.kinds import guess_kind, is_known_state
from quotegraph.resolve.names import (
    PERSON_ROLE_HEADS,
    ROLE_HEADS,
    fold,
    split_name,
    surname,
    words_of,
)
from quotegraph.resolve.offices import (
    GOVERNMENT_WORDS,
    QUALIFIERS,
    Offices,
    offices_in,
    parties_of,
    proper_name,
    state_of_government,
)
from quotegraph.resolve.people import looks_like_person
from quotegraph.resolve.phrases import (
    DOCUMENTS,
    INSTITUTION_WORDS,
    ISSUER_PREPOSITIONS,
    KIN,
    LEGAL_FILINGS,
    OWNED,
    PROXIES,
    PROXY_PREPOSITIONS,
    SPOKESPEOPLE,
    Part,
    SourcePhrase,
    issuer_aside,
    parse_source,
)
from quotegraph.resolve.pronouns import ANY_PERSON, ISSUER_KINDS
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker, of_referent
from quotegraph.resolve.roles import is_occupation_noun

PRONOUNS = frozenset("he him his she her hers it its they them their".split())
# Pieces an outlet publishes: "an article in Politico" is Politico's.
PUBLISHED_PIECES = frozenset("article articles editorial column op-ed report".split())
# Outlets: "the website" is the one named last, even after another outlet was "the website".
MEDIA_NOUNS = frozenset("website site publication newspaper paper outlet magazine broadcaster".split())
# Officials of a named body speak for it ("an official from TfL"): the conventions' "a ministry
# spokesman" read for the other words news uses.
OFFICIALS = frozenset("official officials representative representatives".split())
# Heads whose description is resolved as such, never through a name that modifies them.
OFFICERS = frozenset({"officer"})
PRESIDENCY = "administration"
AMERICA = "United States"
# Nouns news uses for a person it has named, in place of the name: "the candidate", "the mogul".
EPITHETS = frozenset(
    """contender front-runner frontrunner challenger incumbent businessman businesswoman
    billionaire mogul tycoon magnate lawmaker legislator politician""".split()
)
# Epithets for one running in a race, which news gives a candidate it names again and again.
RACE_EPITHETS = frozenset("candidate nominee contender front-runner frontrunner challenger".split())
# Epithets for one who holds an office, which holding another never rules out ("Sen. Kelly Ayotte …
# The Republican incumbent"); the others name no office ("President Putin … the businessman").
OFFICE_EPITHETS = frozenset("incumbent lawmaker legislator politician".split())
_NO_OFFICE_EPITHETS = EPITHETS - OFFICE_EPITHETS
# A party's member, which news calls a person it has just named: "House Speaker Paul Ryan says …
# The Wisconsin Republican says". Only the two parties news writes so; "the Independent" is a paper.
PARTISANS = frozenset("republican democrat".split())
# Offices that speak for their state: "the president of Turkey", unnamed, is Turkey's voice
# (CONVENTIONS: a state and the bodies that speak for it); "the mayor of Yartsevo" is no state's.
HEADS_OF_STATE = frozenset("president prime premier king queen monarch emir sultan chancellor".split())
# Offices whose holder news names before it calls them by the office alone; "the judge", "the
# prosecutor" and "the officer" are left out, as news often leaves their holders unnamed.
TOPIC_OFFICES = frozenset(
    """president vice-president candidate nominee senator governor congressman congresswoman mayor
    secretary secretary-of-state minister leader speaker chairman chairwoman justice""".split()
)
# What someone said, named by its speaker's possessive: "Starr's remarks suggested", "His remarks
# indicated", "Her vow to go after companies" are theirs, as a document is its issuer's
# (CONVENTIONS); without an owner ("the remarks") they name no one.
UTTERANCES = frozenset(
    "remarks comments speech speeches criticism criticisms vow vows pledge pledges".split()
)
DESCRIBED_HEADS = (
    KIN | PROXIES | OWNED | DOCUMENTS | PERSON_ROLE_HEADS | OFFICIALS | OFFICERS | RESEARCHERS | COUPLES
    | EPITHETS | PARTISANS | UTTERANCES
)
# How long someone has served or lived, which news writes before an office it names them by: "the
# two-term president", "the first-term senator", "the 43-year-old former congressman".
_TENURE = re.compile(r"\w+-terms?|longtime|long-time|\d+-year-old")
_TWO_DESCRIBED = re.compile(r"\band (?:the|a|an|his|her)\b", re.IGNORECASE)
INSTITUTION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_INITIALISM = re.compile(r"[A-Z]{2,6}")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"'\u2019\u201d)]*$")
_NAME_WORDS = r"[A-Z][\w.&-]*(?:\s(?:(?:of|the)\s)?[A-Z][\w.&-]*)*"  # "University of Texas", "Rock the Vote"
_JOINT_NAME = re.compile(rf"{_NAME_WORDS}/{_NAME_WORDS}")
# Places an institution runs, which news names by their place: "Omsk hospital".
FACILITIES = frozenset("hospital clinic airport prison".split())
# A place's institution named by a common noun: "Omsk hospital", "the Kabul airport", "Leeds
# council"; a government is its state's, not a body of its own ("the Trump administration").
LOCAL_INSTITUTION_NOUNS = FACILITIES | (INSTITUTION_WORDS - GOVERNMENT_WORDS)
_LEGAL_FILING = re.compile(rf"\b(?:{'|'.join(sorted(LEGAL_FILINGS))})\b", re.IGNORECASE)
_LOCAL_INSTITUTION = re.compile(r"(?:the )?((?:[A-Z][\w'\u2019-]+ ){1,3}([a-z]+))")


# The resolver's own answers a description may need: a pronoun's antecedent at an offset (of the
# candidates `admits` lets through), and the speaker of the latest statement whose source had the
# same head ("the lawyers").
class Antecedent(Protocol):
    def __call__(
        self, pronoun: str, statement: Statement, at: int, *, admits: Callable[[Speaker], bool] | None = None
    ) -> Speaker | None: ...


Earlier = Callable[[str], "Speaker | None"]


class Descriptions:
    """Resolves the descriptions of one article against its name chains."""

    def __init__(self, text: str, chains: Chains, antecedent: Antecedent, earlier: Earlier) -> None:
        self.text = text
        self.chains = chains
        self.antecedent = antecedent
        self.earlier = earlier
        self.offices = Offices(text, chains)
        self.issuers = Issuers(text, chains, self.offices)

    def described(self, phrase: SourcePhrase, inside: list[Mention], statement: Statement) -> Speaker | None:
        """Who a description stands for, or None when the article does not say."""
        assert statement.source is not None
        head = phrase.head
        if head in SPOKESPEOPLE:
            return self._spokesperson(phrase, inside, statement)
        if head in PROXIES | OWNED and not research_team(phrase):
            campaign = candidate_campaign(
                phrase, self.chains, statement, lambda part: self.entity_of_part(part, inside, statement)
            ) or self._leaders_government(phrase, inside, statement)
            campaign = campaign or self._presidency(phrase, statement)
            return campaign or self._represented(phrase, inside, statement, PROXY_PREPOSITIONS)
        if head in DOCUMENTS | RESEARCHERS | {"team"} or study_author(phrase):
            return self._issued(phrase, inside, statement)
        if head in OFFICIALS | OFFICERS | UTTERANCES:
            # "an official from TfL" speaks for the body; "His remarks" are the owner's words
            speaks_for = self._speaker_of_words if head in UTTERANCES else self._official_of
            return speaks_for(phrase, inside, statement)
        roles = PERSON_ROLE_HEADS | EPITHETS | PARTISANS
        if head in roles and (phrase.definite or phrase.modifiers):
            return self._role_holder(phrase, inside, statement)
        return (
            family_member(phrase, self.chains.referents)
            or self._relative_of(phrase, inside, statement)
            # "Tom Hale and Ana Ruiz … the couple": two people named together, whatever their names
            or counted_group(phrase, self.chains, statement.source.start, statement.sentence)
        )

    def _speaker_of_words(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "Mr. Comey's comments", "His remarks indicated": the named person, body or state whose
        possessive owns the words; None for words no one named owns. A possessive pronoun only
        where it opens the sentence, taking up the one the sentences before spoke of: inside a
        clause it is that clause's own subject's ("the former president, who spent much of his
        speech", "he spent much of his own speech"), whom the antecedent's salience does not see."""
        assert statement.source is not None
        possessor = phrase.possessor
        if not possessor:
            return None
        pronoun = possessor.text.strip().casefold() in PRONOUNS
        if pronoun and not _opens_sentence(self.text, statement.source.start):
            return None
        owner = self.entity_of_part(possessor, inside, statement)
        return owner if owner is not None and owner.kind in ISSUER_KINDS else None

    def _role_holder(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "the prime minister", "the NATO chief", "the candidate": the person named in the
        role, else the one affiliated with the body that modifies it, else the person the
        description takes up."""
        assert statement.source is not None
        if phrase.head not in PERSON_ROLE_HEADS:
            return self._epithet_of_topic(phrase, statement)
        # "the two-term president" is whoever the article titles president: a tenure is no office's word
        modifiers = (w.casefold() for w in words_of(phrase.modifiers.text))
        words = [*(w for w in modifiers if not _TENURE.fullmatch(w)), phrase.head]
        state = self._state_of_office(phrase, inside, statement)
        if state is not None:
            # "The president of Turkey": Turkey's holder, never another state's president
            # named nearer; unnamed, a head of state speaks for the state.
            holder = self.offices.holder_for_state(words, state, statement.source.start)
            if holder is not None or set(words) & HEADS_OF_STATE:
                return holder or state
        return (
            self.offices.by_role(words, statement.source.start)
            # "Sanders said … the senator said. … Sen. Claire McCaskill": a definite role takes
            # up the person the article is talking about before a holder it names only later.
            or self._epithet_of_topic(phrase, statement)
            or self.offices.by_role(words, statement.source.start, ahead=True)
            or self._by_affiliation(phrase, inside, statement)
        )

    def _state_of_office(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """The state after an office's "of": "the president of Turkey", "the king of Spain"."""
        if phrase.preposition != "of" or not proper_name(phrase.complement.text):
            return None
        found = self.entity_of_part(phrase.complement, inside, statement)
        return found if found is not None and found.kind is EntityKind.STATE else None

    def _epithet_of_topic(self, phrase: SourcePhrase, statement: Statement) -> Speaker | None:
        """ "Trump said … In a later tweet, the candidate boasted", "the real estate mogul
        declined": a definite description news uses in place of a person it has named, a role or
        an epithet no name in the article carries, takes that person up as "he" or "she" would
        (the most salient person before it), passing over one whose titles name another office
        ("Gov. John Kasich … the senator", "President Putin … the New York businessman") or
        another party ("the Democratic front-runner" is no Republican) for the next: "Sen. Bernie
        Sanders started a petition … aimed at Clinton. The former secretary of state has
        supported" is Clinton, not no one."""
        assert statement.source is not None
        if not _bare_epithet(phrase):
            return None
        return self._person_spoken_of(phrase, statement)

    def occupation_epithet(self, phrase: SourcePhrase, statement: Statement) -> Speaker | None:
        """ "“Aileen Cosplay” … she offers … The cosplayer explained", "Carson … The retired
        neurosurgeon said": a definite occupation that no name of the article carries takes up the
        person the article is talking about, as an epithet does; never where the article brought
        someone in by that noun unnamed ("a surgeon at the clinic … the surgeon said") or spoke of
        several ("surgeons")."""
        assert statement.source is not None
        if phrase.determiner != "the" or not (is_occupation_noun(phrase.head) and _bare_definite(phrase)):
            return None
        if _brought_in_unnamed(self.text[: statement.source.start], phrase.head):
            return None
        return self._person_spoken_of(phrase, statement)

    def _person_spoken_of(self, phrase: SourcePhrase, statement: Statement) -> Speaker | None:
        """The most salient person before the description that it may describe (_may_be_described)."""
        assert statement.source is not None
        gender = ROLE_WORDS.get(phrase.head)
        pronoun = ANY_PERSON if gender is None else ("she" if gender is SpeakerGender.FEMALE else "he")
        at = statement.source.start

        def admits(person: Speaker) -> bool:
            return self._may_take_up(person, phrase)

        found = self.antecedent(pronoun, statement, at, admits=admits)
        referent = found.referent if found is not None else None
        return found if referent is not None and referent.kind is EntityKind.PERSON else None

    def _may_take_up(self, candidate: Speaker, phrase: SourcePhrase) -> bool:
        """Whether neither what the article says of `candidate` (_may_be_described) nor how it
        titles them ("former" or not) rules the description out."""
        if _ruled_out(candidate, phrase):
            return False
        person = candidate.referent
        if person is not None and _named_in_passing_for_a_race(person, phrase):
            return False
        described = offices_in([phrase.head])
        if person is None or not described:
            return True
        # "George W. Bush … President Bush's record … the former president" is not the one the
        # article titles "President" and never "former President"; nor, the other way round,
        # "former President Bill Clinton" "the president"
        former = "former" in fold(phrase.modifiers.text).split()
        return not self.offices.titled_otherwise(person, described, former=former)

    def _leaders_government(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "the Trump administration", "the Johnson government": a government named by its
        leader is the state it governs (CONVENTIONS: a state and the bodies that speak for it),
        as "the administration" alone would be; "Trump's administration" still speaks for Trump."""
        if phrase.head not in GOVERNMENT_WORDS or phrase.possessor or not phrase.modifiers:
            return None
        leader = self.entity_of_part(phrase.modifiers, inside, statement)
        if leader is None or leader.kind is not EntityKind.PERSON or statement.source is None:
            return None
        # "Turkish President Recep Tayyip Erdoğan … the Erdoğan administration": the state the
        # leader's titles name, before any country the article names more often.
        own = self.offices.state_of_person(leader.referent) if leader.referent is not None else None
        if own is not None:
            return own
        if phrase.head == PRESIDENCY:
            # "the Obama administration" in an article about Syria: a presidency named by its
            # president is American usage (elsewhere news says "government"), so the United
            # States, not the country the article names most.
            return self.offices.known_name(AMERICA) or Speaker(AMERICA, EntityKind.STATE)
        return self.offices.organisation_by_noun({phrase.head}, statement.source.start, head=phrase.head)

    def _presidency(self, phrase: SourcePhrase, statement: Statement) -> Speaker | None:
        """ "President Obama … the administration insisted": "the administration" alone is the
        presidency of the president the article names last, so that president's state, not the
        country it names most (Iran, in an article on a prisoner swap with Iran). The state his
        titles name, else, as "administration" is American usage, the United States where the
        article names it; None where no president is named."""
        alone = phrase.head == PRESIDENCY and _bare_definite(phrase) and not phrase.modifiers
        if not alone or statement.source is None:
            return None
        president = self.offices.by_role(["president"], statement.source.start, organisations=False)
        if president is None or president.referent is None:
            return None
        return self.offices.state_of_person(president.referent) or self.offices.known_name(AMERICA)

    def _relative_of(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "his surviving father" of a person the article names (kin.py)."""
        if not names_a_relative(phrase):
            return None
        relative = self.entity_of_part(phrase.possessor, inside, statement)
        return relative_of(phrase, relative, self.chains.referents)

    def _official_of(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "an official from TfL", "the Food and Agriculture Organization's chief veterinary
        officer": a named body's unnamed official speaks for the body."""
        if phrase.head in OFFICIALS and phrase.preposition in ("from", "of", "at", "for"):
            return self._named_in(phrase.complement, inside, statement)
        government = [w for w in words_of(phrase.modifiers.text) if w.casefold() in GOVERNMENT_WORDS]
        if phrase.head in OFFICIALS and government and statement.source is not None:
            # "a government official": the state, as "the government" would be (never "a Turkish
            # official" or "officials" alone, whom the article leaves unnamed).
            noun = government[0].casefold()
            return self.offices.organisation_by_noun({noun}, statement.source.start, head=noun)
        if phrase.possessor and phrase.determiner == "'s":
            return self._named_in(phrase.possessor, inside, statement)
        return None

    def _issued(self, phrase: SourcePhrase, inside: list[Mention], statement: Statement) -> Speaker | None:
        """A document's issuer, a study's or its researchers' authors."""
        assert statement.source is not None
        if research_team(phrase) or study_author(phrase):
            # "the research team", "study co-author": the study's authors, not a body
            return self.issuers.study_authors()
        if phrase.head in RESEARCHERS:
            # "the researchers", "scientists from the university": the study's authors; "Some
            # scientists", "Scientists" alone: others in the field.
            if not (phrase.definite or phrase.complement):
                return None
            authors = self.issuers.study_authors()
            return authors or self._represented(phrase, inside, statement, ISSUER_PREPOSITIONS)
        if phrase.head in RESEARCH and names_no_issuer(phrase):
            # "a study", "the research paper", "the study" after "a study published by Jane Doe":
            # the study the article reports is its authors', before any earlier document or body
            # a common noun might take up ("the paper" is no newspaper here).
            found = self.issuers.study_authors()
            if found is not None:
                return found
        found = self._represented(phrase, inside, statement, ISSUER_PREPOSITIONS)
        if found is None and phrase.definite:
            found = self.issuers.issuer_before(phrase.head, statement.source.start)
        if found is None and phrase.definite and phrase.head not in RESEARCH and names_no_issuer(phrase):
            found = self._issuer_of_the_lead(phrase.head, statement.source.start)
        return found

    def _issuer_of_the_lead(self, head: str, at: int) -> Speaker | None:
        """ "Trump declared a national emergency. […] The proclamation said": a document the
        article takes up with "the" and never mentioned before records the act its lead sentence
        reports, so the lead's subject issued it."""
        # "filed a lawsuit against the emergency Trump declared. […] The motion claims": a legal
        # filing taken up by another of its words was mentioned before, and is the filer's.
        if re.search(rf"\b{re.escape(head.rstrip('s'))}", self.text[:at], re.I):
            return None
        if head in LEGAL_FILINGS and _LEGAL_FILING.search(self.text, 0, at):
            return None
        for mention in self.chains.names:
            if mention.sentence > 0:
                return None
            referent = self.chains.referent_at(mention)
            if mention.is_subject and referent is not None and referent.kind in ISSUER_KINDS:
                return of_referent(referent)
        return None

    def _spokesperson(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """The spokesperson the article names for the same body (or its only one), else the body."""
        body = self._represented(phrase, inside, statement, PROXY_PREPOSITIONS)
        named = [r for r in self.chains.referents if r.kind is EntityKind.PERSON and _speaks_for_others(r)]
        if body is not None:
            same = [r for r in named if _affiliation_is(r, body)]
            return of_referent(same[-1]) if same else body
        unlabelled = _unlabelled_body(phrase)
        if unlabelled is not None:
            return unlabelled
        says_whose = any(
            any(w.isalpha() and w.casefold() not in ("senior", "official", "chief") for w in words_of(p.text))
            for p in (phrase.possessor, phrase.complement, phrase.modifiers)
        )
        if says_whose:
            return None
        if len(named) == 1:
            return of_referent(named[0])
        # "The Task Force released a statement. A spokesperson told…": an unnamed spokesperson
        # whose phrase names no one speaks for the organisation the sentences before named.
        at = statement.source.start if statement.source else 0
        return None if named else self.offices.last_named_organisation(at)

    def _represented(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement, prepositions: frozenset[str]
    ) -> Speaker | None:
        """Whom a proxy or document speaks for: "his office", "lawyers for Blake", "an IMF report",
        "a survey published by the Royal Pharmaceutical Society"."""
        issued = prepositions is ISSUER_PREPOSITIONS
        outlet = self._outlet_of_piece(phrase, inside, statement) if issued else None
        complement = phrase.complement if phrase.preposition in prepositions else None
        agent = phrase.agent if prepositions is ISSUER_PREPOSITIONS else None
        # "a Twitter post by Amy Cook": who the document is by comes before where it appeared.
        aside = issuer_aside(phrase) if issued and phrase.head in DOCUMENTS else None
        parts = (agent, phrase.possessor, phrase.modifiers, complement, aside)
        joint = _joint_pollsters(phrase.modifiers.text) if phrase.head in DOCUMENTS else None
        found = outlet or joint or _outlet(agent)
        # "a Watchdog report released by the governor's office": who released a document may not
        # be who wrote it, so only its possessor and complement are read as speaking for another.
        found = found or self._entity_of_parts(parts, inside, statement, (phrase.possessor, complement))
        if found is not None:
            return found
        issuer = agent or (complement if phrase.preposition == "by" else None)
        if issuer and proper_name(issuer.text):
            # "averages measured by RealClearPolitics": a name after "by" that the recogniser
            # missed is still whoever issued the document.
            name = issuer.text.strip().removeprefix("the ")
            return Speaker(name, guess_kind(name))
        if phrase.definite:
            at = statement.source.start if statement.source else 0
            if phrase.head in MEDIA_NOUNS and not phrase.possessor:
                # "the website": the site named last, even when an earlier "the website" was another
                named = self.offices.organisation_by_noun({phrase.head}, at, head=phrase.head)
                return named or self.earlier(phrase.head)
            earlier = self.earlier(phrase.head)
            if earlier is not None:
                return earlier
            if phrase.head in OWNED and not phrase.possessor:
                return self.offices.organisation_by_noun({phrase.head}, at, head=phrase.head)
        return None

    def _described_part(self, part: Part, inside: list[Mention], statement: Statement) -> Speaker | None:
        """ "The campaign's statement", "a spokesman for the campaign", "his lawyers' motion": a part
        that is itself one who speaks for someone (a campaign, an office, lawyers) speaks for whom
        it would as a source of its own ("the campaign said" is the candidate's), not for whatever
        organisation its noun alone might find ("the campaign" is no Red Cross named last)."""
        assert statement.source is not None
        described = parse_source(part.text)
        if described.head not in PROXIES | OWNED:
            return None
        span = _shifted(part, statement.source.start)
        within = [m for m in inside if span.contains(m.span)]
        return self.described(described, within, replace(statement, source=span))

    def _outlet_of_piece(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "a new article in Politico", "an op-ed in The Washington Post": a piece in an outlet is
        the outlet's; never a place's or a state's ("a report in Iowa")."""
        if not _published_in(phrase):
            return None
        outlet = self.entity_of_part(phrase.complement, inside, statement)
        return outlet if outlet is not None and outlet.kind is EntityKind.ORGANISATION else None

    def _entity_of_parts(
        self,
        parts: tuple[Part | None, ...],
        inside: list[Mention],
        statement: Statement,
        proxies: tuple[Part | None, ...] = (),
    ) -> Speaker | None:
        """The entity the first part that names one names; one of `proxies` that describes one who
        speaks for someone ("the campaign's", "for his office") as that one would."""
        for part in parts:
            if not part:
                continue
            proxy = any(part is p for p in proxies)
            described = self._described_part(part, inside, statement) if proxy else None
            found = described or self.entity_of_part(part, inside, statement)
            if found is not None:
                return found
        return None

    def _named_in(self, part: Part, inside: list[Mention], statement: Statement) -> Speaker | None:
        """The body a name in `part` stands for ("officials from TfL"), never a description."""
        assert statement.source is not None
        span = _shifted(part, statement.source.start)
        for mention in inside:
            referent = self.chains.referent_at(mention) if _starts_in(span, mention) else None
            if referent is not None and referent.kind in (EntityKind.ORGANISATION, EntityKind.STATE):
                return of_referent(referent)
        found = metonym_of(part.text)
        return Speaker(*found) if found else None

    def entity_of_part(self, part: Part, inside: list[Mention], statement: Statement) -> Speaker | None:
        """The entity a part of a source names: a name, a capital, a pronoun, a role, "the ministry"."""
        if not part:
            return None
        assert statement.source is not None
        span = _shifted(part, statement.source.start)
        local = _local_institution(part.text, span, inside, self.chains)
        if local:
            # "reports from Omsk hospital": the place's institution, not the place.
            return Speaker(local, EntityKind.ORGANISATION)
        for mention in inside:
            referent = self.chains.referent_at(mention) if _starts_in(span, mention) else None
            if referent is not None and referent.kind is not EntityKind.PLACE:
                return of_referent(referent)
        text = part.text.strip()
        if text.casefold() in PRONOUNS:
            return self.antecedent(text.casefold(), statement, statement.source.start)
        words = [w.casefold() for w in words_of(text)]
        found = _metonym(text) or self.offices.known_name(text) or state_of_government(words)
        if found is None and len(words) == 1 and words[0] in DEMONYMS:
            found = Speaker(DEMONYMS[words[0]], EntityKind.STATE)  # "a Russian spokesman"
        if found is None:
            found = _unresolved_name(span, inside)
        if found is None and words and (words[-1] in PERSON_ROLE_HEADS or _title_alone(text)):
            found = self._title_holder(words, text, span.start, statement)
        if found is None and _INITIALISM.fullmatch(text) and text.casefold() not in ROLE_HEADS:
            # "FEC records", "a CDC spokesperson": an initialism the recogniser left unlabelled
            # still names a body ("CEO" is a role, no body).
            found = Speaker(text, EntityKind.ORGANISATION)
        if found is None and words:
            wanted = {w for w in (fold(w) for w in words) if w not in ("the", "a", "an")}
            # "an official government Twitter account": the government's, whatever else modifies it.
            government = next((w for w in words if w in GOVERNMENT_WORDS), "")
            if government:
                wanted, head = {government}, government
            else:
                head = words[-1]
            found = self.offices.organisation_by_noun(wanted, span.start, head=head) if wanted else None
        return found

    def _title_holder(self, words: list[str], text: str, at: int, statement: Statement) -> Speaker | None:
        """ "the Pope", "the Chancellor": a title alone is the one person of the article holding
        it; "Al Gore's exile … the former vice president's spokeswoman": an office no name of the
        article carries takes up the person spoken of, as the description alone would (never a
        campaign's word: "the Democratic nominee's campaign" may be anyone's)."""
        found = self.offices.by_role(words, at, ahead=True)
        if found is None and offices_in(words[-1:]):
            found = self._epithet_of_topic(parse_source(text), statement)
        return found

    def _by_affiliation(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "the NATO chief" → the one person of the article affiliated with NATO."""
        body = self.entity_of_part(phrase.modifiers, inside, statement)
        if body is None or body.kind is EntityKind.PERSON:
            return None
        people = [
            r for r in self.chains.referents if r.kind is EntityKind.PERSON and _affiliation_is(r, body)
        ]
        return of_referent(people[0]) if len(people) == 1 else None


def _ruled_out(candidate: Speaker, phrase: SourcePhrase) -> bool:
    """Whether what the article says of `candidate` rules the description out (_may_be_described)."""
    person = candidate.referent
    return person is not None and person.kind is EntityKind.PERSON and not _may_be_described(person, phrase)


def _may_be_described(person: Referent, phrase: SourcePhrase) -> bool:
    """Whether nothing the article says of `person` rules the description out: a party is the
    person's ("the Democratic front-runner" is no Republican); the article's own words for them
    ("billionaire businessman Donald Trump") always fit; an office is one the person holds, or any
    when the article gives them none ("Sen. Ted Cruz" is no governor); an epithet that names no
    office fits no holder of one ("President Putin" is no businessman), unless a former one."""
    roles = person.role_words()
    # "the Wisconsin Republican" names a party by its head
    wanted = parties_of([*fold(phrase.modifiers.text).split(), phrase.head])
    parties = parties_of(roles)
    if wanted and parties and not wanted & parties:
        return False
    held, described = offices_in(roles), offices_in([phrase.head])
    if described & held and _qualified_otherwise(phrase, roles):
        return False
    if phrase.head in roles:
        return True
    if held and described and not held & described:
        return False
    no_office = phrase.head in _NO_OFFICE_EPITHETS or is_occupation_noun(phrase.head)
    return not (held and no_office and "former" not in roles)


def _named_in_passing_for_a_race(person: Referent, phrase: SourcePhrase) -> bool:
    """Whether a race's epithet ("the presumptive Democratic presidential nominee", "the GOP
    front-runner") meets a person the article names once, never so and in no office: news calls
    by such an epithet a candidate it names again and again, or one it titles by the office they
    hold ("Sen. Marco Rubio"); "FBI General Counsel James A. Baker wrote …
    the legal wrangling that the presumptive Democratic presidential nominee has tried to put
    behind her" is Clinton, named fifteen times)."""
    if phrase.head not in RACE_EPITHETS or person.kind is not EntityKind.PERSON:
        return False
    roles = person.role_words()
    return person.mentions <= 1 and phrase.head not in roles and not offices_in(roles)


def _qualified_otherwise(phrase: SourcePhrase, roles: set[str]) -> bool:
    """Whether the description qualifies the office as the person's titles do not: "the vice
    president" is not President Obama, "the deputy minister" not the minister. "Former" is left
    out: titles drop it ("former President Bill Clinton" is titled "President")."""
    qualifiers = set(fold(phrase.modifiers.text).split()) & (QUALIFIERS - {"former"})
    return bool(qualifiers - roles)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` starts a sentence: the text's start, a new line, or after a full stop, question
    or exclamation mark (and any closing quotation mark or bracket)."""
    before = text[:at].rstrip(" ")
    return not before or before.endswith("\n") or bool(_SENTENCE_END_BEFORE.search(before))


def _brought_in_unnamed(before: str, head: str) -> bool:
    """Whether the text before brings in someone by the noun with a determiner that introduces
    ("an actor", "another surgeon") or speaks of several ("surgeons")."""
    noun = re.escape(head)
    introduced = rf"\b(?:(?:an?|one|another)\s+(?:[\w'-]+\s+){{0,3}}?{noun}|{noun}s)\b"
    return bool(re.search(introduced, before, re.I))


def _bare_epithet(phrase: SourcePhrase) -> bool:
    """ "the candidate", "The former secretary of state", "the presumptive Republican nominee",
    "the Kentucky Republican": "the" or "this" before a person's noun, with no owner, no
    apposition and nothing after it but an office's own "of" ("of state"); never a demonym's ("the
    Turkish president", which news writes of someone not named yet) or an office that news leaves
    unnamed ("the judge")."""
    return phrase.head in EPITHETS | TOPIC_OFFICES | PARTISANS and _bare_definite(phrase)


def _bare_definite(phrase: SourcePhrase) -> bool:
    """ "the" or "this" before a noun, with no owner, no apposition, no demonym, nothing after it
    but an office's own "of", and no "and" joining a second description."""
    if phrase.determiner not in ("the", "this") or phrase.possessor or phrase.appositive:
        return False
    if _TWO_DESCRIBED.search(phrase.modifiers.text):
        return False  # "The Kentucky Republican and the New York businessman" are two
    complement = phrase.complement.text
    if complement and not (phrase.preposition == "of" and re.fullmatch(r"[a-z]+", complement)):
        return False
    return not _names_a_nation(words_of(phrase.modifiers.text))


def partisan_epithet(phrase: SourcePhrase) -> bool:
    """ "the Wisconsin Republican", "the Republican": a party's member with "the" is an epithet for a
    person, even where the recogniser tagged the words as a group's name."""
    return phrase.determiner in ("the", "this") and phrase.head in PARTISANS


def _unlabelled_body(phrase: SourcePhrase) -> Speaker | None:
    """ "a Palmetto Health spokesperson": a name of two words or more before a spokesperson that
    names nothing the article typed (the recogniser left it unlabelled) is the body they speak
    for; never a person's name ("a Tom Reyes spokesman"), a demonym or a state's name."""
    text = phrase.modifiers.text.strip()
    words = text.split()
    if phrase.possessor or phrase.complement or len(words) < 2 or not proper_name(text):
        return None
    if looks_like_person(text) or _names_a_nation(words):
        return None
    return Speaker(text, EntityKind.ORGANISATION)


def _names_a_nation(words: Iterable[str]) -> bool:
    """Whether a word is a demonym or a state's name ("the French minister", "a Ukraine spokesman")."""
    return any(w.casefold() in DEMONYMS or is_known_state(w) for w in words)


def _metonym(text: str) -> Speaker | None:
    found = metonym_of(text)
    return Speaker(*found) if found else None


def _unresolved_name(span: CharSpan, inside: list[Mention]) -> Speaker | None:
    """ "a Treasury spokesperson": a name the chains could not type, taken as the body it names
    when the recogniser saw an institution in it."""
    for mention in inside:
        named = mention.kind is MentionKind.NAME and mention.entity_label in INSTITUTION_LABELS
        if _starts_in(span, mention) and named:
            name = split_name(mention.text).name or mention.text
            return Speaker(name.removeprefix("the ").strip(), EntityKind.ORGANISATION)
    return None


def _joint_pollsters(modifiers: str) -> Speaker | None:
    """ "a CNN/ORC poll", "the latest Reuters/Ipsos poll": two names joined by a slash before a
    document's noun issued it together, under the joint name news gives it (an organisation
    keeps its whole name, slash included), not under the first name alone."""
    found = _JOINT_NAME.search(modifiers)
    return Speaker(found.group(0), EntityKind.ORGANISATION) if found else None


def _outlet(agent: Part | None) -> Speaker | None:
    """ "a report by The Atlantic": a capital "The" mid-phrase is part of an outlet's name."""
    if agent and agent.text.startswith("The ") and proper_name(agent.text):
        return Speaker(agent.text.strip(), EntityKind.ORGANISATION)
    return None


def _published_in(phrase: SourcePhrase) -> bool:
    """A piece written in a name: "a new article in Politico"."""
    # "an earlier report in a New Hampshire paper" names a place, no outlet: only a name counts.
    published = phrase.preposition == "in" and phrase.head in PUBLISHED_PIECES
    return published and proper_name(phrase.complement.text)


def _title_alone(text: str) -> bool:
    """A capitalised title with no name: "the Pope", "the Prime Minister"."""
    parsed = split_name(text)
    return not parsed.name and bool(parsed.role) and parsed.role[:1].isupper()
def _affiliation_is(referent: Referent, body: Speaker) -> bool:
    affiliation = referent.affiliation or " ".join(
        w for aff, role in referent.roles for w in (aff, role) if w
    )
    metonym = metonym_of(affiliation)
    names = {fold(metonym[0])} if metonym else set()
    names |= {fold(affiliation), fold(surname(affiliation))}
    return fold(body.name) in names or any(
        fold(body.name) in fold(f"{aff} {role}") for aff, role in referent.roles
    )

def _speaks_for_others(referent: Referent) -> bool:
    words = referent.role_words()
    return bool(words & SPOKESPEOPLE) or {"press", "secretary"} <= words


def _shifted(part: Part, offset: int) -> CharSpan:
    return CharSpan(part.start + offset, part.end + offset)


def _starts_in(span: CharSpan, mention: Mention) -> bool:
    return span.start <= mention.span.start < span.end


def _local_institution(text: str, span: CharSpan, inside: list[Mention], chains: Chains) -> str:
    """ "Omsk hospital": the name of a place's institution, a place's name before an institution
    noun, else "". A person's or a people's name before the noun is no place ("Trump university",
    "the Labour party"); the recogniser's type of the place itself varies."""
    found = _LOCAL_INSTITUTION.fullmatch(text.strip())
    if found is None or found.group(2) not in LOCAL_INSTITUTION_NOUNS:
        return ""
    for mention in inside:
        referent = chains.referent_at(mention) if _starts_in(span, mention) else None
        if referent is not None and referent.kind in (EntityKind.PERSON, EntityKind.GROUP):
            return ""
    return found.group(1)
