"""Who issued a document and who wrote a study: "a report by the IMF", "WHO guidelines", "the
statement", "the study", "the researchers".

A document speaks for whoever issued it (CONVENTIONS.md): the name written before its noun, the
agent after it ("the decree signed by the Pope"), or the subject of the sentence that issued it
earlier ("Harbor Labs announced … The announcement said"). A study and its researchers speak as
the authors the article names, its lead author alone when one is named as such. Apart from
descriptions.py because these read the article's text around the document's noun, not the
source phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from quotegraph.records import EntityKind, Mention
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.names import words_of
from quotegraph.resolve.offices import Offices
from quotegraph.resolve.phrases import RECEIVING_PARTICIPLES, SourcePhrase
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import Speaker, of_referent

# A study's words and its people: "the study", "the researchers" are the authors the article names.
RESEARCH = frozenset("study studies findings research paper data results report analysis survey".split())
RESEARCHERS = frozenset(
    """researchers scientists authors team archaeologists biologists ecologists astronomers
    physicists chemists geologists palaeontologists paleontologists""".split()
)
# Roles of a study's authors ("study co-author Professor Carl Lipo", "lead author Maninder Thind").
AUTHOR_ROLES = frozenset("author co-author coauthor co-developer developer researcher".split())
# Heads of a source that is a study's author: "study co-author", "the lead author".
STUDY_AUTHORS = frozenset("author co-author coauthor co-developer".split())
# Words that make an author the study's voice: the gold conventions name its lead author.
LEAD_ROLES = frozenset("lead co-lead colead first".split())
_STUDY_BY = re.compile(r"\b(?:study|research|paper|project)\b[^.]*?\b(?:by|between|led by)\s", re.I)
# A capitalised name, possessive or not, right before a noun: "WHO guidelines", "the IMF's report".
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)(?:'s|\u2019s)? $")
# "by", after a participle or not, right after a document's noun: "the decree [signed by ]the
# Pope", "a book [by ]Mary Trump".
_BY_AGENT = re.compile(r"\s+(?:([a-z]+ed) )?(?:by|from) (?:the )?")
_TITLE_AFTER = re.compile(r"([A-Z][a-z]+)\b(?! [A-Z])")
_SENTENCE_START = re.compile(r"[.!?\n]\s*(?=\S)")
# Verbs that make a document public under its issuer's name: "The Times [published] allegations",
# "Slaughter [wrote] in an email", "Mook [wrote]".
_PUBLISHED = re.compile(r"\b(?:published|released|issued|put out|posted|wrote)\b")
# Polls are about the people a sentence makes its subject ("Clinton leads in a new poll",
# "Trump gained, according to a survey"): only one who ran or released the poll issued it.
POLLS = frozenset("poll polls survey surveys".split())
_POLLED = re.compile(r"\b(?:conducted|commissioned|ran|carried out|took|released|published|issued|put out)\b")


class Issuers:
    """Finds the issuers of documents and the authors of studies in one article."""

    def __init__(self, text: str, chains: Chains, offices: Offices) -> None:
        self.text = text
        self.chains = chains
        self.offices = offices

    def study_authors(self) -> Speaker | None:
        """The authors of the study an article reports: people titled as its authors ("study
        co-author Carl Lipo"), else those it is said to be by ("a project between A and B")."""
        people = [r for r in self.chains.referents if r.kind is EntityKind.PERSON and r.evidence]
        authors = [r for r in people if r.role_words() & AUTHOR_ROLES]
        if not authors:
            named_by = self._named_after(_STUDY_BY)
            authors = [r for r in people if r in named_by]
        if not authors:
            return None
        # "Co-lead author Sam Wilson" and "study co-author Seth John": the study speaks as its lead.
        authors = [r for r in authors if r.role_words() & LEAD_ROLES] or authors
        if len(authors) == 1:
            return of_referent(authors[0])
        return Speaker(" and ".join(r.name for r in authors), EntityKind.GROUP)

    def _named_after(self, pattern: re.Pattern[str]) -> list[Referent]:
        """People named in the rest of each sentence after `pattern`."""
        found: list[Referent] = []
        for match in pattern.finditer(self.text):
            end = self.text.find(".", match.end())
            for mention in self.chains.names_between(match.end(), end if end > 0 else len(self.text)):
                referent = self.chains.referent_at(mention)
                if referent is not None and referent not in found:
                    found.append(referent)
        return found

    def issuer_before(self, head: str, at: int) -> Speaker | None:
        """ "The statement said…": whoever the sentence that mentioned the statement earlier names
        as its subject ("The White House issued a statement")."""
        stem = head.rstrip("s")
        # "GitHub announced … The announcement also mentioned": the verb of the document's noun
        # issued it too, for every such noun with a verb of its own ("reported" a report,
        # "agreed" an agreement); a verb of three letters or fewer is left out.
        verb = stem.removesuffix("ment").removesuffix("e")
        said = rf"|\b{re.escape(verb)}e?d\b" if len(verb) > 3 else ""
        mentioned = list(re.finditer(rf"\b{re.escape(stem)}s?\b{said}", self.text[:at], re.I))
        for found in reversed(mentioned + self._published_just_before(mentioned, at)):
            owner = self._named_owner(found.start()) or self._agent_after(found.end())
            if owner is not None:
                return owner
            starts = self._sentence_starts_before(found.start())
            sentence_start = starts[-1] if starts else 0
            subject = self._subject_before(sentence_start, found.start())
            if subject is not None and self._issued_by_subject(head, subject[0], found):
                return of_referent(subject[1])
        return None

    def _subject_before(self, start: int, end: int) -> tuple[Mention, Referent] | None:
        """The last name between `start` and `end` that is a subject, and whom it names."""
        for mention in reversed(self.chains.names_between(start, end)):
            referent = self.chains.referent_at(mention)
            if referent is not None and mention.is_subject and referent.kind is not EntityKind.PLACE:
                return mention, referent
        return None

    def _issued_by_subject(self, head: str, subject: Mention, found: re.Match[str]) -> bool:
        """Whether the subject of the sentence that mentioned a document issued it: always but for
        a poll, which only a subject that ran or released it issued ("Gallup conducted a poll")."""
        return head not in POLLS or bool(_POLLED.search(self.text, subject.span.end, found.end()))

    def _published_just_before(self, mentioned: list[re.Match[str]], at: int) -> list[re.Match[str]]:
        """ "The New York Times published allegations about his tax returns. The reports
        indicated": a document the sentence before `at` (or its own, up to `at`) does not name by
        its noun takes up the last thing that stretch says was published, released or written,
        nearer than any earlier use of the noun (Lappin & Leass 1994: recency)."""
        # One character past `at`, so that a source opening its sentence counts that sentence's start.
        starts = self._sentence_starts_before(at + 1)
        window = starts[-2] if len(starts) > 1 else 0
        if any(found.start() >= window for found in mentioned):
            return []
        published = list(_PUBLISHED.finditer(self.text, window, at))
        return published[-1:]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, read once for all the article's documents."""
        return [m.end() for m in _SENTENCE_START.finditer(self.text)]

    def _sentence_starts_before(self, at: int) -> list[int]:
        """The starts of the sentences that open before `at`."""
        return self.sentence_starts[: bisect_left(self.sentence_starts, at)]

    def _agent_after(self, at: int) -> Speaker | None:
        """ "the decree [signed by the Pope]", "a book [by Mary Trump]": the agent right after a
        document's noun issued it."""
        found = _BY_AGENT.match(self.text, at)
        if found is None or found.group(1) in RECEIVING_PARTICIPLES:
            return None  # "the letter [obtained by] the AP" is no letter of the AP's
        for mention in self.chains.names_between(found.end(), found.end() + 5):
            referent = self.chains.referent_at(mention)
            if referent is not None and referent.kind is not EntityKind.PLACE:
                return of_referent(referent)
        title = _TITLE_AFTER.match(self.text, found.end())
        return self.offices.by_role([title.group(1).casefold()], at, ahead=True) if title else None

    def _named_owner(self, at: int) -> Speaker | None:
        """The name written right before a document's noun: "[WHO] guidelines", "[the ministry's]
        report" name its issuer."""
        before = _OWNER_BEFORE.search(self.text, max(0, at - 80), at)
        if before is None:
            return None
        for mention in self.chains.names_between(before.start(), at):
            referent = self.chains.referent_at(mention)
            if mention.span.end == before.start(1) + len(before.group(1)) and referent is not None:
                return of_referent(referent) if referent.kind is not EntityKind.PLACE else None
        return self.offices.known_name(before.group(1))


def research_team(phrase: SourcePhrase) -> bool:
    """ "the research team", "an international team of scientists": a study's authors."""
    if phrase.head != "team":
        return False
    said = {w.casefold() for w in words_of(phrase.modifiers.text)}
    if phrase.preposition == "of":
        said |= {w.casefold() for w in words_of(phrase.complement.text)}
    return bool(said & (RESEARCH | RESEARCHERS))


def study_author(phrase: SourcePhrase) -> bool:
    """ "study co-author", "the lead author": an author of the study the article reports, when the
    phrase says so ("study", "lead", "the") and names nobody else's ("an author of the book")."""
    if phrase.head not in STUDY_AUTHORS or phrase.complement or phrase.possessor or phrase.appositive:
        return False
    said = {w.casefold() for w in words_of(phrase.modifiers.text)}
    return bool(said & (RESEARCH | LEAD_ROLES)) or (phrase.determiner == "the" and not said)


def names_no_issuer(phrase: SourcePhrase) -> bool:
    """A research noun that says nobody's: no possessor, agent or complement, and no name among
    its modifiers ("a new study", "the research paper"; not "a Harvard study")."""
    if phrase.possessor or phrase.agent or phrase.complement:
        return False
    return not any(w[:1].isupper() for w in phrase.modifiers.text.split())
