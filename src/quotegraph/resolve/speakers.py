"""Who each statement's source refers to, within one article.

Rules, tried in order on the source as written:
1. a person named as the head of the source ("NATO Secretary-General Mark Rutte", "Mr. Rutte",
   "Rutte, who…"), or in apposition to a description ("A Kremlin spokesman, Dmitry Peskov");
   two named with "and" speak together ("Reuters and NBC");
2. descriptions (descriptions.py): roles, spokespeople, offices, lawyers, documents;
3. capitals and seats of government for their state ("Moscow", "the Kremlin"), mention kept;
4. other names: organisations and states;
5. pronouns (pronouns.py): the most salient compatible referent before them — agreement in
   gender and number, recency, subject preference and the previous statement's speaker (Lappin &
   Leass 1994 salience factors; Mitkov 1998), with quote-turn alternation after a question (He et
   al. 2013).
The source span is mended first (source_spans.py) where the parser cut or displaced it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from quotegraph.records import Article, CharSpan, EntityKind, Mention, MentionKind, Statement, StatementKind
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.descriptions import DESCRIBED_HEADS, Descriptions, partisan_epithet
from quotegraph.resolve.entities import metonym_of
from quotegraph.resolve.groups import counted_group
from quotegraph.resolve.institutions import ORGANISATION_WORDS, institution_name
from quotegraph.resolve.issuers import study_author
from quotegraph.resolve.kinds import guess_kind
from quotegraph.resolve.localities import place_called
from quotegraph.resolve.names import TITLE_WORDS, gender_of_given, split_name, surname, words_of
from quotegraph.resolve.offices import GOVERNMENT_WORDS, state_body
from quotegraph.resolve.phrases import (
    DOCUMENTS,
    INSTITUTION_WORDS,
    KIN,
    PROXIES,
    Part,
    SourcePhrase,
    document_key,
    parse_source,
)
from quotegraph.resolve.pronouns import (
    FEMALE,
    FIRST_PERSON,
    MALE,
    NEUTER,
    PLURAL,
    Pronouns,
    Said,
    asks_a_question,
)
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker, of_referent
from quotegraph.resolve.roles import is_occupation_noun
from quotegraph.resolve.source_spans import SourceSpans

__all__ = ["SpeakerResolver"]

# A relative clause ends the source phrase, with the preposition that opens it ("a tactic [in
# which] parties …", "Rage, [for which] Trump gave access"); "that" after a preposition is a
# determiner ("One of the authors of that report, Ari Fleischer,"), no relative pronoun.
_PREPOSITIONS = "in|of|for|on|at|from|with|by|to|about|under|through|during|into|over"
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{word})" for word in _PREPOSITIONS.split("|"))
_RELATIVE = re.compile(
    rf",?\s+(?:(?:{_PREPOSITIONS})\s+)?(?:who|whom|which|whose)\b.*$|{_NOT_AFTER_PREPOSITION},?\s+that\b.*$",
    re.S,
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# "the former" is the first of the last two entities named, "the latter" the second.
ORDINAL_REFERENCES = {"the former": 0, "the latter": 1}
# A few of a group that a possessor or "the" makes definite: "[one of ]his lawyers", "[some of ]the
# company's lawyers"; never "none of" (no one spoke) nor "one of them" (a pronoun of its own).
_PARTITIVE = re.compile(
    r"(?:one|two|three|some|several|many|most|a few) of "
    r"(?=(?:his|her|their|its|the|these|those)\s|[A-Z][\w.&-]*(?:'s|\u2019s)\s)",
    re.IGNORECASE,
)
# Words that may stand before a name in an appositive: "the party's leader, [former MP] Jo Cox".
_ROLE_GAP = re.compile(r"(?:(?!(?:by|who|which|that|and|or|with)\b)[\w.'\u2019-]+(?<!ed)(?<!ing)\s+){0,4}")
# A group that names members after a comma or a dash: "Democrats -- including Clinton --",
# "Other prominent Republicans, like Richard Armitage"; "like" only after a plural ("Rubio, like
# Tilton," compares two people).
_INCLUDING = re.compile(
    r"(?:(?:,|\s[\u2013\u2014]|\s--)\s+(?:including|among them|such as)|(?<=s),\s+like)\s+"
)
# A name in apposition right after a source that stops before it: "The judge[, Bernard Schwartz,]".
_APPOSITION_AFTER = re.compile(r"\s*,\s*")
_AND = re.compile(r",?\s+and\s+")
# A plural noun right after a body's name makes the name its modifier: "51 State Department employees".
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|has|is|says|does)\b)[a-z]+s\b")
# A group's own noun after its name: "the Kurdish movement", "the Houthi rebels".
BODY_NOUNS = frozenset("movement militia party front alliance coalition rebels".split())
_BODY_NOUN = re.compile(rf"\s+({'|'.join(sorted(BODY_NOUNS))})\b")
# Heads through which a state itself speaks: its government and its bodies ("the U.S. government",
# "the Texas legislature"), and a group's body noun.
_STATE_SPEAKS_AS = (
    GOVERNMENT_WORDS | INSTITUTION_WORDS | ORGANISATION_WORDS | BODY_NOUNS | {"legislature", "military"}
)
_POLICE_AFTER = re.compile(r"\s+[Pp]olice")
# People named by whom they stand with or against, who speak as themselves, never as that person:
# "Clinton supporters", "a Sanders aide", "Trump critics".
_FOLLOWER_NOUNS = """supporter backer aide adviser advisor strategist loyalist donor fan critic opponent
    rival friend staffer surrogate confidant associate operative voter delegate""".split()
FOLLOWERS = frozenset([*_FOLLOWER_NOUNS, *(noun + "s" for noun in _FOLLOWER_NOUNS), "ally", "allies"])
_WORD = re.compile(r"[\w'\u2019-]+")
_ASIDE = re.compile(r"(?<=\S)\s*\((?![A-Z]{2,}\)?$)[^)]*\)?\s*$")
# An American politician's party and state in brackets: " (R-N.Y.)", " (D-Calif.)", " (I-Vt.)"; or
# the state alone, after a senator's name or a county's: "Maricopa County (Ariz.) Sheriff Joe Arpaio".
_PARTY_TAG = re.compile(r"\s\((?:[RDI]-[A-Z][\w. ]{0,14}|[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.)\)")
# Commas and dashes a source span ends in ("RNC members and officials,", "people —"): the
# learned tagger's sources often take in the punctuation after the phrase, which names no one.
_TRAILING_SEPARATOR = re.compile(r"(?<=\S)[\s,;:\u2013\u2014-]+$")
# An aside between dashes inside a source: "Irish Taoiseach — Prime Minister — Leo Varadkar".
_DASH_ASIDE = re.compile(r"(?<=\S)\s[\u2013\u2014]\s[^\u2013\u2014]+\s[\u2013\u2014]\s(?=\S)")
# A time the parser ran into the source: "Trump last week", "Sanders during a Sunday", "Clinton
# defenders today", "The report published Tuesday" name no one by their time.
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_AFTER = re.compile(
    rf",?\s+(?:(?:on|during|in|at|this|last|next|early|late|a)\s+)*"
    rf"(?:{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:this|last|next)\s+(?:week|weekend|month|year|morning|afternoon|evening|night)"
    r"|yesterday|today|tonight)\s*$"
)


class SpeakerResolver:
    """Resolves the sources of one article's statements, in text order."""

    def __init__(
        self, article: Article, mentions: list[Mention], chains: Chains, cues: Sequence[CharSpan] = ()
    ) -> None:
        self.article = article
        self.text = article.text
        self.mentions = mentions
        self.chains = chains
        self.spans = SourceSpans(self.text, mentions, chains, cues)
        self.history: list[Said] = []
        self.pronouns = Pronouns(
            article, mentions, chains, self.history, self._study_authors, described=self._described_subject
        )
        self.descriptions = Descriptions(self.text, chains, self.pronouns.antecedent, self._earlier)

    def resolve(self, statement: Statement) -> Speaker | None:
        """The speaker of `statement`; None when its source is absent or unresolvable."""
        speaker = self._speaker_of(statement)
        if speaker is not None and statement.source is not None:
            self.history.append(
                Said(
                    speaker,
                    statement.source.start,
                    statement.sentence,
                    statement.paragraph,
                    statement.cue_lemma or "",
                    parse_source(statement.source.text_of(self.text)).head,
                    max(span.end for span in (*statement.content, statement.source)),
                    asks_a_question(statement, self.text),
                )
            )
        return speaker

    def written_source(self, statement: Statement, cues: Sequence[CharSpan] = ()) -> CharSpan | None:
        """The statement's source span as it is to be recorded: the one the parser took, mended
        where it cut or displaced the speaker (source_spans.py), so that the record shows the
        phrase the speaker was read from; `cues` are the article's cues, whose statements the
        source leaves out. A continued quotation has none of its own."""
        if statement.source is None:
            return None
        return self.spans.written(statement.source, statement.cue, cues)

    def _study_authors(self) -> Speaker | None:
        return self.descriptions.issuers.study_authors()

    def _described_subject(self, mention: Mention) -> Speaker | None:
        """What an unnamed subject ("the network", "the couple") names, read as a source."""
        source = Statement(
            self.article.id, StatementKind.INDIRECT, (mention.span,), source=mention.span,
            sentence=mention.sentence, paragraph=mention.paragraph,
        )
        return self._speaker_of(source)

    def _earlier(self, head: str) -> Speaker | None:
        key = document_key(head)  # "The lawsuit alleges … the suit claims": one filing, one filer
        return next((said.speaker for said in reversed(self.history) if document_key(said.head) == key), None)

    def _speaker_of(self, statement: Statement) -> Speaker | None:
        if statement.source is None:
            return None
        source = self.spans.mended(statement.source, statement.cue)
        statement = replace(statement, source=source)
        # "Mayor of London Sadiq Khan (no relation)": an aside in brackets names nobody.
        written = _TRAILING_SEPARATOR.sub("", source.text_of(self.text))
        text = _without_time(_ASIDE.sub("", _RELATIVE.sub("", written)).strip())
        # "Irish Taoiseach — Prime Minister — Leo Varadkar": a gloss between dashes is no part of
        # the phrase; blanked, so that the name after it is the head and offsets stay.
        text = _DASH_ASIDE.sub(lambda aside: " " * len(aside.group(0)), text)
        # "Reps. Chris Collins (R-N.Y.) and Duncan Hunter": a party's tag after a name is no part
        # of the phrase either (two named with "and" read as one phrase).
        text = _PARTY_TAG.sub(lambda tag: " " * len(tag.group(0)), text).rstrip()
        # "US", "WHO", "IT" in capitals are initialisms (the United States, the World Health
        # Organization), never the pronouns their letters spell.
        initialism = len(text) > 1 and text.isupper()
        if text.casefold() in FIRST_PERSON | MALE | FEMALE | PLURAL | NEUTER and not initialism:
            return self.pronouns.of(text, statement)  # unresolved stays None, never the pronoun itself
        if text.casefold() in RELATIVE_PRONOUNS and not initialism:
            antecedent = self.spans.antecedent_of_relative(source)
            return self._speaker_of(replace(statement, source=antecedent)) if antecedent else None
        partitive = _PARTITIVE.match(text)
        if partitive and parse_source(text[partitive.end() :]).head in PROXIES | DOCUMENTS:
            # "one of his lawyers", "one of her ads": one of those who speak for someone, or of
            # what someone issued, speaks for whom they all would ("his lawyers" are his).
            rest = CharSpan(source.start + partitive.end(), source.end)
            if self.spans.mended(rest, statement.cue).start >= rest.start:  # never back over "one of"
                return self._speaker_of(replace(statement, source=rest))
        if text.casefold() in ORDINAL_REFERENCES:
            return self._of_two_named(ORDINAL_REFERENCES[text.casefold()], source.start, statement.sentence)
        inside = [
            m
            for m in self.chains.names_between(source.start, source.start + len(text))
            if source.contains(m.span)
        ]
        names = [(m.span.start - source.start, m.span.end - source.start) for m in inside]
        phrase = parse_source(text, names=names)
        return self._named(phrase, inside, statement) or self._unnamed_source(phrase, text, inside, statement)

    def _of_two_named(self, which: int, at: int, sentence: int) -> Speaker | None:
        """ "the FAA and the NTSB, with the latter confirming": of the last two entities named
        before `at` in its sentence or the one before, the second ("the latter") or the first
        ("the former")."""
        named: list[Referent] = []
        for mention in reversed(self.chains.names_between(0, at)):
            referent = self.chains.referent_at(mention)
            if mention.sentence < sentence - 1 or len(named) == 2:
                break
            if referent is not None and referent.kind is not EntityKind.PLACE and referent not in named:
                named.append(referent)
        return of_referent(named[1 - which]) if len(named) == 2 else None

    def _named(self, phrase: SourcePhrase, inside: list[Mention], statement: Statement) -> Speaker | None:
        """A person the source names as its head, in apposition, or two named with "and"."""
        assert statement.source is not None
        naming = self._naming_mentions(phrase, inside, statement.source)
        core = _shifted(phrase.core, statement.source.start)
        if phrase.head in DESCRIBED_HEADS:
            # "a Twitter post by Amy Cook": a name modifying a described head is not the speaker.
            naming = [m for m in naming if m.span.end >= core.end]
        # "Clinton supporters", "a Sanders aide": the person only says whose followers speak
        naming = [m for m in naming if not self._person_modifies(phrase, m, core)]
        if partisan_epithet(phrase) and not phrase.appositive:
            # "Sen. John McCain says … The Arizona Republican survived": a party's member with "the"
            # is an epithet, though the recogniser took its words for a name and chains a person
            naming = [m for m in naming if m.span.end < core.end]
        if phrase.appositive and self._names_modify_head(phrase, naming, statement.source):
            # "Another Clinton ally, Agriculture Secretary Tom Vilsack": the ally speaks, named after
            # the comma; Clinton only says whose ally (PolNeAR train: 1 firing, right).
            naming = []
        return (
            self._included(inside, statement.source)
            or self._coordinated(phrase, naming, statement.source)
            or self._named_person(naming, statement.source)
            or self._appositive_person(phrase, inside, statement)
        )

    def _names_modify_head(self, phrase: SourcePhrase, naming: list[Mention], source: CharSpan) -> bool:
        """Whether the names in the head's words all stand before a common noun that heads them
        ("[Clinton] ally", "a [Kremlin] critic"): they say whose or what, not who speaks."""
        core = _shifted(phrase.core, source.start)
        head_word = self.text[core.end - len(phrase.head) : core.end]
        return bool(naming) and head_word.islower() and all(m.span.end < core.end for m in naming)

    def _unnamed_source(
        self, phrase: SourcePhrase, text: str, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """A source that names no person as such: a description, a capital, an organisation."""
        assert statement.source is not None
        source = statement.source
        if phrase.preposition == "of" and _not_described(phrase.head) and phrase.complement:
            # "the hypothesis of the report", "the text of the decree": the document speaks, and so
            # does a document of another ("early results of the exit poll conducted by Edison").
            if parse_source(phrase.complement.text).head in DOCUMENTS:
                document = _shifted(phrase.complement, source.start)
                return self._speaker_of(replace(statement, source=document))
        core = _shifted(phrase.core, source.start)
        naming = self._naming_mentions(phrase, inside, source)
        # "Mr. King" ends in a name of the article, not in the role word "king".
        described = (phrase.head in DESCRIBED_HEADS or study_author(phrase)) and not any(
            _starts_in(core, m) and m.span.end >= core.end and self.chains.referent_at(m) for m in naming
        )
        # "The Wisconsin Republican says": a party's member, though tagged as a group's name
        described = described or partisan_epithet(phrase)
        if described and not state_body(text):
            # "the Conservative leader" left unresolved is a description, never the party.
            found = self.descriptions.described(phrase, inside, statement)
            return found or self.descriptions.offices.descriptor(text, source.start)
        # Names outside the head's words, but not a possessor or a preposition's object, nor the
        # state that only locates a place ("a woman in Worcester, [Massachusetts]").
        others = [
            m
            for m in inside
            if m.dep not in ("pobj", "poss")
            and m.kind is MentionKind.NAME
            and not self._locates_place(m, inside)
        ]
        # The head's own words name it: "Airfleets, a database …", "Crystal C'Bearing of the office".
        named = text[: phrase.core.end] if phrase.core else text
        described_as = text[: phrase.appositive.start].rstrip(" ,") if phrase.appositive else text
        return (
            self.descriptions.offices.law_of_state(phrase)
            or self.descriptions.offices.state_of_named_law(described_as, inside)
            or counted_group(phrase, self.chains, source.start, statement.sentence)
            or _metonym(named)
            or self._owned_untyped_name(phrase, inside, source)
            or self._place_police(phrase, naming, source)
            or self._named_other(
                [
                    m
                    for m in _head_first([m for m in naming if _starts_in(core, m)], core) + others
                    if not (self._place_modifies(phrase, m, core) or self._person_modifies(phrase, m, core))
                ]
            )
            or self.descriptions.offices.known_name(named)
            or self._untyped_name(named, inside, source)
            or place_called(phrase, self.text, source.start)
            or self._occupation(phrase, described_as, statement)
            or self.descriptions.offices.descriptor(described_as, source.start)
        )

    def _occupation(self, phrase: SourcePhrase, text: str, statement: Statement) -> Speaker | None:
        """ "the actress": the person the article titles so ("actress Denise Crosby"), else the
        person it is talking about (Descriptions.occupation_epithet)."""
        assert statement.source is not None
        if phrase.determiner != "the" or not is_occupation_noun(phrase.head):
            return None  # "this reporter" is the writer, "a reporter" someone new
        words = [w.casefold() for w in words_of(text)]
        titled = self.descriptions.offices.by_role(words, statement.source.start, organisations=False)
        return titled or self.descriptions.occupation_epithet(phrase, statement)

    def _naming_mentions(
        self, phrase: SourcePhrase, inside: list[Mention], source: CharSpan
    ) -> list[Mention]:
        """Names that can be the speaker: the head's own words, and after a title the words after
        its preposition ("Secretary of State Antony Blinken"); never a possessor ("Ukraine's")."""
        core = _shifted(phrase.core, source.start)
        complement = _shifted(phrase.complement, source.start)
        # After a title, its object may hold the name, unless an apposition names the holder.
        title = phrase.head in TITLE_WORDS and phrase.head not in PROXIES and not phrase.appositive
        return _head_first(
            [
                m
                for m in inside
                if m.kind is MentionKind.NAME
                and (_starts_in(core, m) or (title and _starts_in(complement, m)))
            ],
            core,
        )

    def _included(self, inside: list[Mention], source: CharSpan) -> Speaker | None:
        """ "Many generals, including General Ulysses Grant,": of a group that names some of its
        members, the members named are the speakers the article identifies."""
        found = _INCLUDING.search(self.text, source.start, source.end)
        if found is None:
            return None
        if self._named_person_before(found.start()):
            return None  # "Sanders, like Clinton,": a person compared, no group
        people: list[Referent] = []
        bodies: list[Referent] = []
        for mention in inside:
            referent = self.chains.referent_at(mention)
            if referent is None or mention.span.start < found.end():
                continue
            if referent.kind is EntityKind.PERSON and referent.evidence and referent not in people:
                people.append(referent)
            elif referent.kind is EntityKind.ORGANISATION and referent not in bodies:
                if not _PLURAL_AFTER.match(self.text, mention.span.end):  # "State Department employees"
                    bodies.append(referent)
        # "Several fact checkers, including The Washington Post": members that are bodies speak
        # too, when no person is named among them.
        members = people or bodies
        if len(members) == 1:
            return of_referent(members[0])
        return Speaker(" and ".join(p.name for p in members), EntityKind.GROUP) if members else None

    def _party_tag_until(self, mention: Mention, at: int) -> bool:
        """Whether only a party's tag lies between the name and `at`: "Collins (R-N.Y.)"."""
        return _PARTY_TAG.fullmatch(self.text, mention.span.end, at) is not None

    def _named_person_before(self, at: int) -> bool:
        """Whether a person's name ends right before `at` (the comma before "like")."""
        for mention in self.chains.names_between(max(0, at - 80), at):
            referent = self.chains.referent_at(mention)
            if mention.span.end == at and referent is not None and referent.kind is EntityKind.PERSON:
                return True
        return False

    def _coordinated(self, phrase: SourcePhrase, naming: list[Mention], source: CharSpan) -> Speaker | None:
        """ "Reuters and NBC", "Mr. Kerry and Mr. Obama": two named heads joined by "and" speak together."""
        core = _shifted(phrase.core, source.start)
        joined = _AND.search(self.text, core.start, core.end)
        if joined is None:
            return None
        # "Chris Collins (R-N.Y.) and Duncan Hunter": a party's tag may stand before the "and".
        left = [m for m in naming if m.span.end == joined.start() or self._party_tag_until(m, joined.start())]
        right = [m for m in naming if m.span.start >= joined.end() and m.span.end == core.end]
        referents = [self.chains.referent_at(side[0]) for side in (left, right) if side]
        if len(referents) != 2 or None in referents:
            return None
        first, second = (r for r in referents if r is not None)
        if first is second or (first.kind is EntityKind.PERSON) != (second.kind is EntityKind.PERSON):
            return None
        return Speaker(f"{first.name} and {second.name}", EntityKind.GROUP)

    def _appositive_person(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "A spokesman for the ministry, Jane Doe": a person named in apposition to a description,
        also when the source stops before the apposition.

        After a kinship word a lone given name takes the family name ("Carlisle's father, Tom" is
        Tom Carlisle, as the gold conventions have it).
        """
        assert statement.source is not None
        mention = self._apposed_name(phrase, inside, statement.source)
        referent = self.chains.referent_at(mention) if mention is not None else None
        # "his wife, Amanda": after a kinship word a known given name is a person, whatever the
        # recogniser typed it.
        given = referent is not None and phrase.head in KIN and _given_name_alone(referent)
        if referent is None or (referent.kind is not EntityKind.PERSON and not given) or not phrase.head:
            return None
        # "Baloch and Waseem's mother, Anwar": of two children, whose family name is not said.
        one_relative = " and " not in (phrase.possessor.text or phrase.complement.text)
        if phrase.head in KIN and len(referent.name.split()) == 1 and one_relative:
            part = phrase.possessor or phrase.complement
            relative = self.descriptions.entity_of_part(part, inside, statement)
            if relative is not None and relative.kind is EntityKind.PERSON:
                full = f"{referent.name} {surname(relative.name)}"
                return Speaker(full, EntityKind.PERSON, referent=referent)
        if referent.kind is not EntityKind.PERSON:
            return None  # "its partner, Jordan": a given name typed otherwise counts only with a family name
        return of_referent(referent)

    def _apposed_name(self, phrase: SourcePhrase, inside: list[Mention], source: CharSpan) -> Mention | None:
        if phrase.appositive:
            appositive = _shifted(phrase.appositive, source.start)
            named = [
                m
                for m in inside
                if m.kind is MentionKind.NAME
                and _starts_in(appositive, m)
                and _ROLE_GAP.fullmatch(self.text[appositive.start : m.span.start])
            ]
            return named[0] if named else None
        core = _shifted(phrase.core, source.start)
        if any(m.span.end == core.end for m in inside):
            return None  # the source is a name itself: "Mark Rutte, …" stops where it should
        after = _APPOSITION_AFTER.match(self.text, source.end)
        if after is None or after.end() == source.end or phrase.head in DOCUMENTS:
            return None  # "According to FEC records, De La Fuente's committee…": a document has no name
        found = next((m for m in self.chains.names_between(after.end(), after.end() + 1)), None)
        # "The judge, Bernard Schwartz, said" names the judge; "…, Schwartz's ruling" begins a clause.
        possessive = found is not None and self.text[found.span.end : found.span.end + 2] in ("'s", "\u2019s")
        return None if possessive else found

    def _named_person(self, naming: list[Mention], source: CharSpan) -> Speaker | None:
        for mention in naming:
            referent = self.chains.referent_at(mention)
            if referent is not None and referent.kind is EntityKind.PERSON:
                parsed = split_name(self._name_phrase(mention, source))
                return of_referent(referent, parsed.role, parsed.affiliation)
        return None

    def _name_phrase(self, mention: Mention, source: CharSpan) -> str:
        """The mention with the words before it in the source ("Ukrainian President …"), up to a comma."""
        before = self.text[source.start : mention.span.start]
        return before.rsplit(",", 1)[-1] + mention.text

    def _place_modifies(self, phrase: SourcePhrase, mention: Mention, core: CharSpan) -> bool:
        """ "Chicago residents", "an Iowa voter", "New York Democratic voters": a state's or
        place's name before the common noun that heads the source only says where the people
        are from; they are not the state. A state's government, bodies and documents still
        speak as the state ("the U.S. government", "U.S. lobbying records")."""
        referent = self.chains.referent_at(mention)
        if referent is None or referent.kind not in (EntityKind.STATE, EntityKind.PLACE):
            return False
        if mention.span.end >= core.end or not phrase.head.islower():
            return False
        # Only words between the name and the head: "the United States and other countries" joins
        # the state to others, and "a Monmouth poll out Monday" is still its issuer's poll.
        between = self.text[mention.span.end : core.end].casefold().split()
        if not between or {"and", "or"} & set(between):
            return False
        if not all(_WORD.fullmatch(w) for w in between):
            return False
        return not any({w, w.removesuffix("s")} & (_STATE_SPEAKS_AS | DOCUMENTS) for w in between)

    def _person_modifies(self, phrase: SourcePhrase, mention: Mention, core: CharSpan) -> bool:
        """ "Clinton supporters", "Top Sanders strategists", "a Trump aide": a person's name right
        before a noun for people who stand with or against them says whose they are; they speak
        for themselves, unnamed, as "Clinton's supporters" do, not as the person (PolNeAR train:
        the possessive forms were already descriptions, the bare name before the noun the person)."""
        if phrase.head not in FOLLOWERS:
            return False
        referent = self.chains.referent_at(mention)
        if referent is None or referent.kind is not EntityKind.PERSON:
            return False
        head_start = core.end - len(phrase.head)
        right_before = self.text[mention.span.end : head_start] == " "
        return right_before and self.text[head_start : core.end] == phrase.head

    def _locates_place(self, mention: Mention, inside: list[Mention]) -> bool:
        """ "police in Baytown, [Texas]", "a woman in Worcester, [Massachusetts]": a state's or
        place's name right after a place's name and a comma says where that place is; the people
        are the place's, not the state's."""
        if not self._is_place(mention):
            return False
        before = [m for m in inside if m.span.end <= mention.span.start]
        if not before or not self._is_place(before[-1]):
            return False
        return self.text[before[-1].span.end : mention.span.start] == ", "  # "Baytown[, ]Texas"

    def _is_place(self, mention: Mention) -> bool:
        referent = self.chains.referent_at(mention)
        return referent is not None and referent.kind in (EntityKind.STATE, EntityKind.PLACE)

    def _place_police(self, phrase: SourcePhrase, naming: list[Mention], source: CharSpan) -> Speaker | None:
        """ "Cologne police" → Cologne Police: a place's name right before "police" names its
        force, as the conventions write "Northamptonshire police" (not the place, nor the state)."""
        if phrase.head != "police":
            return None
        core = _shifted(phrase.core, source.start)
        for mention in naming:
            referent = self.chains.referent_at(mention)
            place = referent is not None and referent.kind in (EntityKind.STATE, EntityKind.PLACE)
            if place and _POLICE_AFTER.fullmatch(self.text, mention.span.end, core.end):
                return Speaker(f"{mention.text} Police", EntityKind.ORGANISATION)
        return None

    def _named_other(self, naming: list[Mention]) -> Speaker | None:
        for mention in naming:
            referent = self.chains.referent_at(mention)
            if referent is not None:
                return self._with_body_noun(mention, referent)
        return None

    def _with_body_noun(self, mention: Mention, referent: Referent) -> Speaker:
        """ "the Houthi movement": a group's name with the noun that makes it a body."""
        noun = _BODY_NOUN.match(self.text, mention.span.end)
        one_word = referent.kind is EntityKind.ORGANISATION and " " not in referent.name  # "Houthi" (ORG)
        if noun and (referent.kind in (EntityKind.GROUP, EntityKind.UNKNOWN) or one_word):
            return Speaker(f"{referent.name} {noun.group(1)}", EntityKind.ORGANISATION)
        return of_referent(referent)

    def _owned_untyped_name(
        self, phrase: SourcePhrase, inside: list[Mention], source: CharSpan
    ) -> Speaker | None:
        """ "The New Republic's Jeet Heer", "Breitbart's Jeet Heer": a name of two or three
        capitalised words after a body's possessive, which the recogniser read and left
        unlabelled, is the body's person, as the same name alone would be ("Okafor said")."""
        if not phrase.possessor or not phrase.core or phrase.complement or phrase.appositive:
            return None
        owners = [m for m in inside if m.span.start - source.start < phrase.possessor.end]
        owner = self.chains.referent_at(owners[0]) if owners else None
        if owner is None or owner.kind is EntityKind.PERSON:
            return None  # "Schlafly's Final Column" is a person's work, no person
        core = _shifted(phrase.core, source.start)
        whole = [m for m in inside if m.kind is MentionKind.NAME and m.span == core]
        if len(whole) != 1 or whole[0].entity_label or self.chains.referent_at(whole[0]) is not None:
            return None
        words = whole[0].text.split()
        capitalised = all(w[:1].isupper() for w in words) and not any(w.isupper() for w in words)
        if not 2 <= len(words) <= 3 or not capitalised or guess_kind(whole[0].text) is not EntityKind.PERSON:
            return None
        return Speaker(whole[0].text, EntityKind.PERSON)

    def _untyped_name(self, text: str, inside: list[Mention], source: CharSpan) -> Speaker | None:
        """ "Okafor said": a source that is one name no chain typed is a person more often than
        not; "The Verge" keeps its "The"."""
        whole = [m for m in inside if m.kind is MentionKind.NAME and m.span.start <= source.start + 4]
        if not whole or whole[0].span.end < source.start + len(text):
            return None
        name = split_name(text).name
        kind = guess_kind(name)
        if whole[0].entity_label in ("ORG", "FAC") or text.startswith("The "):
            return Speaker(institution_name(self.text, source.start, text), EntityKind.ORGANISATION)
        if whole[0].entity_label:
            return None
        return Speaker(name, kind) if name and len(name.split()) <= 3 else None


def _without_time(text: str) -> str:
    """The source without a time after it: "Trump last week" is Trump; a day that ends a name
    stays ("The view of Super Tuesday")."""
    found = _TIME_AFTER.search(text)
    if found is None or found.start() == 0:
        return text
    word_before = text[: found.start()].rsplit(maxsplit=1)[-1]
    day_alone = found.group().strip(", ")[:1].isupper() and not found.group().startswith(",")
    return text if day_alone and word_before[:1].isupper() else text[: found.start()]


def _given_name_alone(referent: Referent) -> bool:
    """A referent named by one known given name ("Amanda"), whatever its kind."""
    return " " not in referent.name and bool(gender_of_given(referent.name))


def _head_first(mentions: list[Mention], core: CharSpan) -> list[Mention]:
    """The mentions nearest the head first: "SpaceX founder [Elon Musk]", "the Yemen-based
    [Houthi] movement"."""
    return sorted(mentions, key=lambda m: abs(core.end - m.span.end))


def _metonym(text: str) -> Speaker | None:
    found = metonym_of(text)
    return Speaker(*found) if found else None


def _shifted(part: Part, offset: int) -> CharSpan:
    return CharSpan(part.start + offset, part.end + offset)


def _starts_in(span: CharSpan, mention: Mention) -> bool:
    return span.start <= mention.span.start < span.end


def _not_described(head: str) -> bool:
    """A head whose "of" complement may speak for it: any but a description's, where a document's
    own counts ("results of the poll" speaks as the poll)."""
    return head not in DESCRIBED_HEADS or head in DOCUMENTS
