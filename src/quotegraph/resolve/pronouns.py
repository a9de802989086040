"""Which referent a pronoun source stands for: "he", "she", "they", "it", "I".

The most salient compatible referent mentioned before it: agreement in gender, number and animacy,
recency, subject preference and the previous statement's speaker (Lappin & Leass 1994 salience
factors; Mitkov 1998), with quote-turn alternation after a question (He et al. 2013). Apart
from speakers.py because it reads the discourse (what was said before, by whom), not the source
phrase itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quotegraph.records import Article, CharSpan, EntityKind, Mention, MentionKind, Statement, StatementKind
from quotegraph.resolve.animacy import is_thing
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.issuers import RESEARCHERS
from quotegraph.resolve.names import ROLE_HEADS, surname, words_of
from quotegraph.resolve.people import FUNCTION_WORDS
from quotegraph.resolve.phrases import KIN, SPOKESPEOPLE
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker, description, head_word, of_referent
from quotegraph.resolve.unnamed_plurals import several_people

MALE, FEMALE = frozenset({"he", "him", "his"}), frozenset({"she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their"})
# What "they" never takes up: one person, a country, a place.
PLURAL_EXCLUDED = frozenset({EntityKind.PERSON, EntityKind.STATE, EntityKind.PLACE})
# What a description of a person whose sex it does not say takes up: "he" or "she" alike.
ANY_PERSON = "he or she"

# Plural descriptions that may stand for one named person ("the researchers" of a study with one
# named author): "they" after them is that person too.
PLURAL_VOICES = RESEARCHERS | frozenset("team lawyers attorneys representatives parents".split())
NEUTER = frozenset({"it", "its"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Who issues documents, and so whom a document named as a subject stands for when "it" takes it
# up ("The ad says … It makes no mention of Clinton" is its sponsor's): never a place or a group the
# article leaves unnamed.
ISSUER_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.STATE})
# How many sentences back a document subject stays what "it" takes up: its own or the next.
DOCUMENT_REACH = 1
# What a subject named after the last statement gains over that statement's speaker (whose
# bonus is 3): "Zelensky declined… Honcharuk filed his resignation. He said…" is Honcharuk.
TOPIC_SHIFT = 2.5
# A name a sentence introduces after "there is" or "one is" is as salient as a subject: "One is
# Denis Kovalchuk, a student. He said…", "Then there's Axelrod. … he wrote" (Lappin & Leass 1994
# weigh such an existential predicate nearly as highly as a subject). Other predicates stay
# objects: "all times are Eastern Standard Time", "Shays was pro John Kasich".
_INTRODUCING = re.compile(
    r"(?:[.!?][\"'\u2019\u201d)]*\s+|\n)(?:(?:But|And|Then|So|Now)\s+)?"
    r"(?:[Tt]here(?:'s|\u2019s|\s+(?:is|was|are|were))"
    r"|(?:[Oo]ne|[Aa]nother|[Tt]he other|[Tt]he first|[Tt]he last)(?:\s+[a-z]+)?"
    r"\s+(?:is|was|remains|remained))"
    r"(?:\s*[-\u2013\u2014:,])?\s+(?:also\s+)?(?:[A-Z][a-z]+\.?\s+)?$"
)
REPLY_LEMMAS = frozenset({"reply", "answer", "respond", "retort", "counter"})
# Between two people named as one subject: "and", commas, a possessive and role words
# ("Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, …").
CONJOINING = frozenset(
    "and his her their the fellow respectively counterpart counterparts colleague colleagues".split()
)
_GAP_WORD = re.compile(r"[\w'\u2019-]+")
_GAP_REST = re.compile(r"[\s,]*")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to (?:[A-Z][\w.'\u2019-]* ){0,5}$")
# A name a sentence opens with as its topic: "For Martin, it makes no difference", "As for Cho, …".
# The subject of a relative clause is embedded, less salient than its sentence's own subject
# (Lappin & Leass 1994): "Mugabe agreed to power-sharing in which [Tsvangirai] became prime minister".
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|whose|where)\s+$")
# A sentence that opens with a capitalised word and a verb in lower case: "Trump stirred controversy".
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?])[\"'\u2019\u201d]?\s+|\n)([A-Z][\w'\u2019-]+) (?=[a-z]+ )")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]*\s")
# A sentence that opens with a person's possession as its subject is about that person: "Mr.
# Trump's temperament came under scrutiny: He was challenged…", "Indeed, Francis' message is to
# call on all Christians… He has challenged his own bishops" (centering theory ranks the
# possessor of the subject with the subject: Gordon et al. 1993; Poesio et al. 2004).
_SENTENCE_START = re.compile(
    r"(?:^|[.!?][\"'\u2019\u201d)]*\s+|\n)(?:(?:But|And|Yet|Still|So)\s+|[A-Z][a-z]+,\s+)?$"
)
_POSSESSED_THING = re.compile(r"(?:'s?|\u2019s?)\s+([a-z][\w-]*)\b")
# People named by whom they stand to, not by their office or kin: "Trump's rival", "his friend".
RELATIONS = frozenset(
    "rival rivals opponent opponents friend friends ally allies successor predecessor".split()
)
# Only punctuation between a content part and the source after it: the cue interrupts the content.
_INTERRUPTED = re.compile(r"[\s,:;\"'\u2019\u201d\u2014\u2013-]*")
# A subordinating word right before a subject: its clause is not the one the content asserts.
_SUBORDINATED = re.compile(
    r"\b(?:until|when|whenever|if|unless|because|after|before|while|as|since|though|although|that|who|which"
    r"|where|once|whether)\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
_TOPIC_FRAME = re.compile(r"(?:[.!?][\"'\u2019\u201d]?\s+|\n)(?:As for|For) (?:[A-Z][\w.'\u2019-]* ){0,3}$")


# Whom "asked" asks, then a question word: "asked Sanders whether", "asked Admiral Harris how".
_QUESTION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:[A-Z][\w.'\u2019-]*|him|her|them)\s+"
    r"(?:whether|if|how|what|why|when|who|where|which)\b"
)


@dataclass
class Said:
    """A speaker as the discourse left it, for the salience of later pronouns."""

    speaker: Speaker
    at: int
    sentence: int
    paragraph: int
    cue_lemma: str
    head: str = ""  # the source's head noun: a later "the lawyers" is the earlier "lawyers for Blake"
    end: int = -1  # where the statement ends: its content's subjects are what was said, no new topic
    question: bool = False  # it asks someone it names a question ("asked Sanders whether")


class Pronouns:
    """Resolves the pronoun sources of one article against what it said before."""

    def __init__(
        self,
        article: Article,
        mentions: list[Mention],
        chains: Chains,
        history: list[Said],
        study_authors: Callable[[], Speaker | None],
        *,
        described: Callable[[Mention], Speaker | None] = lambda mention: None,
    ) -> None:
        self.author = article.author
        self.text = article.text
        self.mentions = mentions
        self.chains = chains
        self.history = history  # the resolver's, appended to as it goes
        self.study_authors = study_authors
        self.described = described  # what a subject's description resolves to, as a source would
        self._unnamed: list[tuple[Mention, Speaker]] | None = None
        self._documents: list[Mention] | None = None
        self._issuers: dict[int, Speaker | None] = {}  # a document subject's issuer, by where it starts
        self._research_voices: set[str] = set()  # study authors a research-team subject stands for
        self._several: set[int] = set()  # where unnamed subjects naming several people start
        self._groups: list[tuple[Mention, int, Speaker]] | None = None
        self._untagged: list[tuple[int, Referent]] | None = None
        self._apposed: set[int] | None = None
        self._heads: set[int] | None = None

    def of(self, text: str, statement: Statement) -> Speaker | None:
        word = text.casefold()
        if word in FIRST_PERSON:
            author = self.author
            return Speaker(author, EntityKind.PERSON) if author and word in ("i", "me") else None
        if word not in MALE | FEMALE | PLURAL | NEUTER:
            return None
        assert statement.source is not None
        found = self.antecedent(word, statement, statement.source.start)
        person = found.referent if found is not None and found.kind is EntityKind.PERSON else None
        if person is not None and not person.gender and word in MALE | FEMALE:
            # "Deja Stewart … she called him …": the sex the pronoun shows is the person's from
            # now on, so that a later "he" looks elsewhere (coreference chains share their
            # attributes: Lee et al. 2013, Stanford's sieves).
            person.gender = "m" if word in MALE else "f"
        return found

    def antecedent(
        self, pronoun: str, statement: Statement, at: int, *, admits: Callable[[Speaker], bool] | None = None
    ) -> Speaker | None:
        """The most salient compatible referent mentioned before `at`; with `admits`, of those it admits."""
        excluded = self._turn_taker(statement)
        best: tuple[tuple[float, int, int], Speaker] | None = None
        candidates = self._candidates(at, statement)  # first: it fills self._research_voices
        plural_voices = {said.speaker.name for said in self.history if said.head in PLURAL_VOICES}
        plural_voices |= self._research_voices
        documented: set[str] = set()
        if pronoun in NEUTER:
            candidates, documented = self._with_documents(candidates, at, statement)
        for candidate, score, (named_at, named) in candidates:
            agrees = _agrees(pronoun, candidate) or (pronoun in PLURAL and candidate.name in plural_voices)
            agrees = agrees or candidate.name in documented
            if not agrees or (excluded is not None and candidate.name == excluded):
                continue
            if pronoun in PLURAL and is_thing(candidate):
                continue  # "The results show that Catholic Republicans … They're less hostile"
            if admits is not None and not admits(candidate):
                continue
            # Of equally salient referents a subject wins, and of two subjects the nearer (Lappin &
            # Leass 1994 break ties by proximity): "When Ann Lee visited, Tom Ray was working. He…";
            # of others, one whose salience a mention gave before one whose salience is only that
            # of an earlier speaker ("the president, Kerry Perry, released a statement: … USOC
            # head Scott Blackmun also released one in which he apologized").
            key = (score, named_at, named)
            if best is None or key > best[0]:
                best = (key, candidate)
        return best[1] if best else None

    def _turn_taker(self, statement: Statement) -> str | None:
        """After a question, a reply comes from someone other than the one who asked: one said
        with a verb of replying, or a quotation that comes next after a question put to someone
        named ("Conroy asked Sanders whether … “Sure it is,” he said"). A question put to no one
        named may be the asker's own ("Paul asked how it is conservative … “You can't be …,” he
        argued")."""
        if not self.history or self.history[-1].cue_lemma != "ask":
            return None
        asked = self.history[-1]
        if (statement.cue_lemma or "") in REPLY_LEMMAS:
            return asked.speaker.name
        reply = statement.kind is StatementKind.DIRECT and statement.sentence - asked.sentence <= 2
        return asked.speaker.name if asked.question and reply else None

    def _candidates(self, at: int, statement: Statement) -> list[tuple[Speaker, float, tuple[int, int]]]:
        """Each referent before `at` with its salience, where a name last named it as a subject
        (-1: none, or not as a subject) and whether a name mention gave it that salience (1) or
        something else, an earlier statement's speaker above all (0)."""
        scored: dict[str, tuple[Speaker, float]] = {}
        named_at: dict[str, int] = {}
        named: set[str] = set()
        # "Cook said the iPhone sold well. It said…": a subject inside the last statement's
        # content is what was said about, no topic taken over since the statement.
        last_said = max(self.history[-1].at, self.history[-1].end) if self.history else -1
        said_before = self._named_before_cue(statement)
        for mention in self.chains.names_between(0, at):
            referent = self.chains.referent_at(mention)
            if referent is None or _quoted_in(mention, statement) or said_before(mention):
                continue
            # "According to Dr. Tom Frieden, …": the object of "according to" is a speaker.
            before = self.text[max(0, mention.span.start - 80) : mention.span.start]
            subject = (
                (mention.is_subject or self._apposed_to_subject(mention) or _introduced(self.text, mention))
                and not _RELATIVE_BEFORE.search(before)
            ) or bool(_ACCORDING_BEFORE.search(before)) or self._framed(mention)
            subject = subject or self._owns_opening(mention)
            score = _salience(statement.sentence - mention.sentence, subject, mention.in_quote)
            if subject and not mention.in_quote and mention.span.start > last_said:
                score += TOPIC_SHIFT  # a new subject since the last statement takes the topic over
            previous = scored.get(referent.name)
            if previous is not None and previous[1] > score:
                continue  # a weaker later mention (in a quotation, not a subject) keeps the salience
            scored[referent.name] = (of_referent(referent), score)
            named_at[referent.name] = mention.span.start if subject else -1
            named.add(referent.name)
        for mention, group in self._coordinated_subjects(at):
            score = _salience(statement.sentence - mention.sentence, True, mention.in_quote)
            if mention.span.start > last_said:
                score += TOPIC_SHIFT
            scored.setdefault(group.name, (group, score))
        for mention, speaker in self._unnamed_subjects():
            if mention.span.start < at and not said_before(mention):
                score = _salience(statement.sentence - mention.sentence, True, mention.in_quote)
                took_topic = speaker.name in self._research_voices or mention.span.start in self._several
                if took_topic and mention.span.start > last_said:
                    # "The team collected… They found", "Mexican officials conducted polling… The
                    # outreach, they said": people named as a subject since took the topic over
                    score += TOPIC_SHIFT
                previous = scored.get(speaker.name)
                if previous is None or previous[1] < score:
                    scored[speaker.name] = (speaker, score)
        self._score_untagged(scored, at, last_said)
        for k, said in enumerate(self.history):
            bonus = 3.0 if k == len(self.history) - 1 else 1.5
            score = _salience(statement.sentence - said.sentence, True, False) + bonus
            previous = scored.get(said.speaker.name)
            if previous is None or previous[1] < score:
                scored[said.speaker.name] = (said.speaker, score)
                named.discard(said.speaker.name)
        return [
            (speaker, score, (named_at.get(name, -1), int(name in named)))
            for name, (speaker, score) in scored.items()
        ]

    def _with_documents(
        self, candidates: list[tuple[Speaker, float, tuple[int, int]]], at: int, statement: Statement
    ) -> tuple[list[tuple[Speaker, float, tuple[int, int]]], set[str]]:
        """ "Sanders is releasing a new ad … The ad says … It makes no mention of Clinton": "it"
        takes up a document named as a subject in its sentence or the one before as a subject
        would be taken up (Lappin & Leass 1994), and a document speaks for whoever issued it
        (CONVENTIONS), so the candidate is its issuer, at the document's salience where that is
        higher; with the names of the issuers so admitted, whatever their kind."""
        said_before = self._named_before_cue(statement)
        last_said = max(self.history[-1].at, self.history[-1].end) if self.history else -1
        scored = {speaker.name: (speaker, score, place) for speaker, score, place in candidates}
        documented: set[str] = set()
        for mention in self._document_subjects():
            distance = statement.sentence - mention.sentence
            if mention.span.start >= at or distance > DOCUMENT_REACH or said_before(mention):
                continue
            issuer = self._issuer_of(mention)
            if issuer is None:
                continue
            score = _salience(distance, True, mention.in_quote)
            if mention.span.start > last_said:
                score += TOPIC_SHIFT
            documented.add(issuer.name)
            previous = scored.get(issuer.name)
            if previous is None or previous[1] < score:
                scored[issuer.name] = (issuer, score, (mention.span.start, 0))
        return list(scored.values()), documented

    def _document_subjects(self) -> list[Mention]:
        """Subjects naming a document ("The ad", "the report"), once per article."""
        if self._documents is None:
            self._documents = [
                mention
                for mention in self.mentions
                if mention.kind is MentionKind.NOMINAL
                and mention.is_subject
                and (words := [w.casefold() for w in words_of(mention.text)])
                and description(mention.text, words, "").kind is EntityKind.ARTIFACT
            ]
        return self._documents

    def _issuer_of(self, mention: Mention) -> Speaker | None:
        """The named voice a document subject resolves to as a source would ("The ad says" is its
        sponsor's); read when a pronoun after it first needs it, so that the statements before
        it are known, and kept."""
        if mention.span.start not in self._issuers:
            issuer = self.described(mention)
            named = issuer is not None and issuer.kind in ISSUER_KINDS and self._named_near(issuer, mention)
            self._issuers[mention.span.start] = issuer if named else None
        return self._issuers[mention.span.start]

    def _named_near(self, issuer: Speaker, document: Mention) -> bool:
        """Whether a name of the issuer stands in the document's sentence or the one before ("Sanders
        is releasing a new ad … The ad says", "Ryan's statement was"): an issuer found farther
        off (a body the article named paragraphs before) is a guess "it" does not rest on."""
        return issuer.referent is not None and any(
            mention.sentence >= document.sentence - 1 and self.chains.referent_at(mention) is issuer.referent
            for mention in self.chains.names_between(0, document.span.end)
        )

    def _score_untagged(self, scored: dict[str, tuple[Speaker, float]], at: int, last_said: int) -> None:
        """Adds the people that sentences before `at` open with, untagged, as subjects."""
        for offset, referent in self._untagged_subjects():
            if offset >= at:
                break
            score = _salience(len(_SENTENCE_END.findall(self.text, offset, at)), True, False)
            if offset > last_said:
                score += TOPIC_SHIFT
            previous = scored.get(referent.name)
            if previous is None or previous[1] < score:
                scored[referent.name] = (of_referent(referent), score)

    def _untagged_subjects(self) -> list[tuple[int, Referent]]:
        """Sentences that open with a person's surname the tagger read as a common noun or a verb
        ("Trump stirred controversy. He suggested…"): no name mention marks that subject, so
        they are found on the text, once per article. Only a surname one person of the article
        bears (or, of namesakes, the one named most), and only where no name mention starts."""
        if self._untagged is None:
            people: dict[str, Referent | None] = {}
            for referent in self.chains.referents:
                if referent.kind is EntityKind.PERSON and " " in referent.name:
                    key = surname(referent.name)
                    people[key] = _named_most(people.get(key), referent) if key in people else referent
            starts = {m.span.start for m in self.chains.names}
            self._untagged = [
                (found.start(1), person)
                for found in _SENTENCE_OPENING.finditer(self.text)
                if found.start(1) not in starts and (person := people.get(found.group(1))) is not None
            ]
        return self._untagged

    def _named_before_cue(self, statement: Statement) -> Callable[[Mention], bool]:
        """Whether a mention is named inside what the statement says before its source and cue
        ("With one more day until voters head to the polls, they argued, …"): no one so named is
        who says it, except the subject of the content's own clause, whom indirect speech often
        names for the speaker's "I" ("Ms. Olivieri found skating to be a salve, she said"). The
        parts and their own subjects are found once per statement, not once per candidate."""
        kept = [(part, self._own_subject(part)) for part in _parts_before_source(self.text, statement)]

        def said_before(mention: Mention) -> bool:
            start = mention.span.start
            part_subject = next((subject for part, subject in kept if part.start <= start < part.end), None)
            return part_subject is not None and start != part_subject

        return said_before

    def _own_subject(self, part: CharSpan) -> int:
        """Where the first subject of the content part's own clause starts; -1 where none (a
        subordinate clause's subject is never it)."""
        inside = [
            m.span.start
            for m in self.mentions
            if m.is_subject and part.start <= m.span.start < part.end and not self._subordinate(m)
        ]
        return min(inside, default=-1)

    def _subordinate(self, mention: Mention) -> bool:
        """Whether a subordinating word opens the clause right before the mention: "until voters"."""
        return bool(_SUBORDINATED.search(self.text, max(0, mention.span.start - 20), mention.span.start))

    def _apposed_to_subject(self, mention: Mention) -> bool:
        return mention.span.start in self._apposed_to_subjects()

    def _apposed_to_subjects(self) -> set[int]:
        """Where the names in apposition to a subject start: "Amtrak's CEO, Richard Anderson,
        held CSX responsible; he stated…" makes Richard Anderson the subject the parser gave to
        "CEO". Once per article."""
        if self._apposed is None:
            self._apposed = {
                named.span.start
                for mention in self.mentions
                if mention.is_subject and mention.appositive is not None
                for named in self.chains.names_between(mention.appositive.start, mention.appositive.end)
                # the apposition's head, not a name modifying its noun ("Christyn Gionfriddo, a
                # Neptune native and Centenary College graduate, …": the college is no subject;
                # "Sen. Bernie Sanders of Vermont", "Guadalupe Potocacetpl, 35," still are)
                if not _modifies_a_noun(self.text[named.span.end : mention.appositive.end])
            }
        return self._apposed

    def _framed(self, mention: Mention) -> bool:
        """A name that opens its sentence as the topic ("For Martin, it makes no difference. While
        he believes…"): as salient as a subject."""
        start = mention.span.start
        before = ("\n" if start <= 40 else "") + self.text[max(0, start - 40) : start]
        return self.text[mention.span.end : mention.span.end + 1] == "," and bool(_TOPIC_FRAME.search(before))

    def _owns_opening(self, mention: Mention) -> bool:
        """A name whose possession opens its sentence, a thing rather than a person ("Mr. Trump's
        temperament came under scrutiny"): as salient as a subject. Not "Trump's lawyer" or
        "Clinton's husband", a person of their own whom the sentence is about."""
        if mention.dep != "poss":
            return False
        start = mention.span.start
        before = ("\n" if start <= 40 else "") + self.text[max(0, start - 40) : start]
        possessed = _POSSESSED_THING.match(self.text, mention.span.end)
        return (
            possessed is not None
            and bool(_SENTENCE_START.search(before))
            and possessed.group(1) not in ROLE_HEADS | KIN | SPOKESPEOPLE | RELATIONS
            and possessed.start(1) not in self._person_heads()
        )

    def _person_heads(self) -> set[int]:
        """Where the head words of the article's descriptions of someone who may speak start
        ("Trump's lawyer", "Sanders's campaign", "Rubio's opponents"), once per article."""
        if self._heads is None:
            self._heads = {
                mention.head.start
                for mention in self.mentions
                if mention.kind is MentionKind.NOMINAL
                and (words := [w.casefold() for w in words_of(mention.text)])
                and description(mention.text, words, "").kind not in (EntityKind.UNKNOWN, EntityKind.ARTIFACT)
            }
        return self._heads

    def _coordinated_subjects(self, at: int) -> list[tuple[Mention, Speaker]]:
        """ "Sameh Shoukry and his Greek counterpart, Nikos Dendias, met…": people named together
        as one subject, a group that a later "they" takes up (Lappin & Leass 1994 count a
        conjoined noun phrase as one plural referent). Those whose verb comes by `at`."""
        if self._groups is None:
            self._groups = self._subject_groups()
        return [(mention, group) for mention, verb_start, group in self._groups if verb_start <= at]

    def _subject_groups(self) -> list[tuple[Mention, int, Speaker]]:
        """Every coordinated subject of the article, with where its verb starts, once per article."""
        groups: list[tuple[Mention, int, Speaker]] = []
        for mention in self.chains.names:
            referent = self.chains.referent_at(mention)
            verb = mention.governor
            if not mention.is_subject or referent is None or referent.kind is not EntityKind.PERSON:
                continue
            if verb is None or verb.start <= mention.span.end:
                continue
            people = [referent]
            last = mention
            for other in self.chains.names_between(mention.span.end, verb.start):
                person = self.chains.referent_at(other)
                if person is None or person.kind is not EntityKind.PERSON:
                    continue
                if not _conjoined(self.text[last.span.end : other.span.start]):
                    break
                if person not in people:
                    people.append(person)
                last = other
            joined = " and " in self.text[mention.span.end : last.span.start]
            if len(people) > 1 and joined:
                group = Speaker(" and ".join(p.name for p in people), EntityKind.GROUP)
                groups.append((mention, verb.start, group))
        return groups

    def _unnamed_subjects(self) -> list[tuple[Mention, Speaker]]:
        """Subjects naming a group or organisation without a name ("the ministry"), once per article."""
        if self._unnamed is None:
            self._unnamed = []
            for mention in self.mentions:
                unnamed = mention.kind is MentionKind.NOMINAL or (
                    mention.kind is MentionKind.NAME and self.chains.referent_at(mention) is None
                )
                words = [w.casefold() for w in words_of(mention.text)]
                if unnamed and mention.is_subject and words:  # a bare "%" or "—" has no words
                    authors = self._research_team_of(mention)
                    if authors is not None:
                        self._research_voices.add(authors.name)
                        self._unnamed.append((mention, authors))
                        continue
                    speaker = description(mention.text, words, "")
                    several = several_people(speaker, head_word(words))
                    if several:
                        self._several.add(mention.span.start)
                    if several or speaker.kind in (EntityKind.GROUP, EntityKind.ORGANISATION):
                        self._unnamed.append((mention, self._named_for(mention) or speaker))
        return self._unnamed

    def _named_for(self, mention: Mention) -> Speaker | None:
        """ "The network refused… they said", "The couple encouraged… They felt": the body or the
        people an unnamed subject's description resolves to, as it would as a source, so that
        "they" takes up the name, not the description; never one person, whom "they" is not."""
        found = self.described(mention)
        return found if found is not None and found.kind is not EntityKind.PERSON else None

    def _research_team_of(self, mention: Mention) -> Speaker | None:
        """ "The team", "the researchers", "The study's lead authors" as a subject: in an article
        that reports a study, its authors, whom a later "they" takes up."""
        head = mention.head.text_of(self.text).casefold()
        if head not in RESEARCHERS | {"team"}:
            return None
        return self.study_authors()


def _introduced(text: str, mention: Mention) -> bool:
    """Whether the sentence introduces the name: "One is Denis Kovalchuk", "Then there's Axelrod"."""
    start = mention.span.start
    before = ("\n" if start <= 80 else "") + text[max(0, start - 80) : start]
    return bool(_INTRODUCING.search(before))


def _named_most(one: Referent | None, other: Referent) -> Referent | None:
    """Of two namesakes, the one the article names more often (as a surname goes to him: "Trump"
    after Donald and Melania Trump); neither when they are named as often."""
    if one is None or one.mentions == other.mentions:
        return None
    return one if one.mentions > other.mentions else other


def _modifies_a_noun(after_name: str) -> bool:
    """Whether the words after a name in an apposition make it a noun's modifier: a common noun
    follows it ("Centenary College graduate"), not a function word ("whom"), a comma or an age."""
    found = _NEXT_WORD.match(after_name)
    return found is not None and found.group(1) not in FUNCTION_WORDS


def _conjoined(gap: str) -> bool:
    """Whether only "and", commas, a possessive and role words ("his Greek counterpart") lie
    between two names: no verb, no relative clause."""
    if not _GAP_REST.fullmatch(_GAP_WORD.sub("", gap)):
        return False
    words = _GAP_WORD.findall(gap)
    allowed = CONJOINING | KIN | ROLE_HEADS
    return all(w.casefold() in allowed or w[:1].isupper() for w in words)


def _quoted_in(mention: Mention, statement: Statement) -> bool:
    """Whether a name lies in what the statement itself quotes. Such a name is no antecedent of
    the statement's pronoun source: "''Rubio is not going after the person who is winning,'' he
    said" is not Rubio speaking of himself (who says a quotation is rarely named in it). Only a
    quotation, a direct statement's or a quoted part of one, counts: an indirect content's span
    may reach back over its sentence's own subject."""
    if statement.kind is not StatementKind.DIRECT and not mention.in_quote:
        return False
    return any(part.start <= mention.span.start < part.end for part in statement.content)


def _parts_before_source(text: str, statement: Statement) -> list[CharSpan]:
    """The parts of the statement's content that come right before its source, the cue set in
    the middle of the content: "With one more day until voters head to the polls, they argued,
    there was little opportunity…". None where the source has no content part just before it,
    as after a clause that only frames the cue ("When the senators met, they said …"), which is
    no content."""
    source = statement.source
    if source is None:
        return []
    return [
        part
        for part in statement.content
        if part.end <= source.start and _INTERRUPTED.fullmatch(text, part.end, source.start) is not None
    ]


def _salience(sentence_distance: int, is_subject: bool, in_quote: bool) -> float:
    """Recency first, then subjects; names inside quotations are weaker antecedents."""
    return -1.0 * max(sentence_distance, 0) + (1.0 if is_subject else 0.0) - (2.0 if in_quote else 0.0)


def _agrees(pronoun: str, speaker: Speaker) -> bool:
    gender = speaker.referent.gender if speaker.referent else ""
    if pronoun in MALE | FEMALE | {ANY_PERSON}:
        wanted = {"m"} if pronoun in MALE else {"f"} if pronoun in FEMALE else {"m", "f"}
        # Only a person by evidence ("Volvo", guessed a person, is no "she").
        referent = speaker.referent
        evidence = referent is None or referent.evidence or bool(gender) or " " in referent.name
        return speaker.kind is EntityKind.PERSON and (not gender or gender in wanted) and evidence
    if pronoun in NEUTER:
        return speaker.kind in (EntityKind.ORGANISATION, EntityKind.STATE, EntityKind.ARTIFACT)
    # News writes "it" for a country and never "they" for a country or a place: "they" after
    # "protests spread from Broad Street … they said" is the protesters, not the street (no "they"
    # of the Wikinews gold sets or of the hand-read PolNeAR labels is a state or a place).
    return speaker.kind not in PLURAL_EXCLUDED


def asks_a_question(statement: Statement, text: str) -> bool:
    """Whether a statement of asking puts a question to someone it names: "asked Sanders whether
    …", "asked Trump how high …", "asked him if …"; not a request ("asked her to call") nor a
    question put to no one named ("Paul also asked how …", "asks, “Any questions?”")."""
    if statement.cue_lemma != "ask" or statement.cue is None:
        return False
    return bool(_QUESTION_AFTER.match(text, statement.cue.end))
