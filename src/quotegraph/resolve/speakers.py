"""Who each statement's source refers to, within one article.

Rules, tried in order on the source as written:
1. a person named in the source ("NATO Secretary-General Mark Rutte", "Mr. Rutte", "Rutte, who…");
2. capitals and seats of government for their state ("Moscow", "the Kremlin"), mention kept;
3. other names: organisations and states;
4. pronouns: the most salient compatible referent before them — agreement in gender and number,
   recency, subject preference and the previous statement's speaker (Lappin & Leass 1994 salience
   factors; Mitkov 1998), with quote-turn alternation after a question (He et al. 2013);
5. role descriptors ("the secretary-general", "the Ukrainian president") to the person introduced
   with that role; indefinite ones ("a senior official") are anonymous, plurals are groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotegraph.records import Article, CharSpan, EntityKind, Mention, MentionKind, Statement
from quotegraph.resolve.chains import GROUP_WORDS, Chains, Referent, guess_kind
from quotegraph.resolve.entities import metonym_of
from quotegraph.resolve.names import DEMONYMS, ROLE_HEADS, fold, split_name, split_role, surname, words_of

MALE, FEMALE = frozenset({"he", "him", "his"}), frozenset({"she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their"})
NEUTER = frozenset({"it", "its"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
INDEFINITE = frozenset("a an one some several two three many few another other most".split())
ANONYMOUS_HEADS = frozenset(
    """official officials source sources aide aides spokesman spokeswoman spokesperson person people
    insider insiders diplomat diplomats adviser advisers advisor advisors someone witness witnesses
    member members staffer staffers officer officers""".split()
)
GROUP_HEADS = GROUP_WORDS | frozenset({"polls"})
ARTIFACT_HEADS = frozenset(
    "report poll survey study statement document letter memo data figures analysis filing records".split()
)
# Definite descriptions news uses for an organisation it has just named (Lee et al. 2013 would
# leave these to head match; in news "the company" is almost always the last company named).
ORGANISATION_NOUNS = frozenset(
    """company firm carmaker airline group bank ministry agency alliance party union government
    campaign committee council department organisation organization charity club retailer""".split()
)
REPLY_LEMMAS = frozenset({"reply", "answer", "respond", "retort", "counter"})
_RELATIVE = re.compile(r",?\s+(?:who|which|that|whose)\b.*$", re.S)


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: a referent of the article, or a description that names nobody."""

    name: str
    kind: EntityKind
    role: str = ""
    affiliation: str = ""
    referent: Referent | None = None


@dataclass
class _Said:
    """A speaker as the discourse left it, for the salience of later pronouns."""

    speaker: Speaker
    at: int
    sentence: int
    paragraph: int
    cue_lemma: str


class SpeakerResolver:
    """Resolves the sources of one article's statements, in text order."""

    def __init__(self, article: Article, mentions: list[Mention], chains: Chains) -> None:
        self.article = article
        self.text = article.text
        self.mentions = mentions
        self.chains = chains
        self.history: list[_Said] = []

    def resolve(self, statement: Statement) -> Speaker | None:
        """The speaker of `statement`; None when its source is absent or unresolvable."""
        speaker = self._speaker_of(statement)
        if speaker is not None and statement.source is not None:
            self.history.append(
                _Said(
                    speaker,
                    statement.source.start,
                    statement.sentence,
                    statement.paragraph,
                    statement.cue_lemma or "",
                )
            )
        return speaker

    def _speaker_of(self, statement: Statement) -> Speaker | None:
        if statement.source is None:
            return None
        source = statement.source
        text = _RELATIVE.sub("", source.text_of(self.text)).strip()
        inside = [
            m for m in self.mentions if source.contains(m.span) and m.span.start < source.start + len(text)
        ]
        if text.casefold() in FIRST_PERSON | MALE | FEMALE | PLURAL | NEUTER:
            return self._pronoun(text, statement)  # unresolved stays None, never the pronoun itself
        return (
            self._named_person(inside, source)
            or self._metonym(text)
            or self._named_other(inside)
            or self._known_name(text)
            or self._descriptor(text, source.start)
        )

    def _known_name(self, text: str) -> Speaker | None:
        """A source the tagger did not see as a name ("Santos blamed…") but the article did."""
        key = fold(split_name(text).name)
        for referent in reversed(self.chains.referents):
            if key and (key == fold(referent.name) or key == fold(surname(referent.name))):
                return self._of_referent(referent)
        return None

    def _named_person(self, inside: list[Mention], source: CharSpan) -> Speaker | None:
        for mention in inside:
            referent = self.chains.referent_at(mention)
            if mention.kind is not MentionKind.NAME or self._governed_by_preposition(mention):
                continue
            if referent is not None and referent.kind is EntityKind.PERSON:
                parsed = split_name(self._name_phrase(mention, source))
                return self._of_referent(referent, parsed.role, parsed.affiliation)
        return None

    def _name_phrase(self, mention: Mention, source: CharSpan) -> str:
        """The mention with the words before it in the source ("Ukrainian President …"), up to a comma."""
        before = self.text[source.start : mention.span.start]
        return before.rsplit(",", 1)[-1] + mention.text

    def _governed_by_preposition(self, mention: Mention) -> bool:
        """ "a spokesman for Rutte": a name after a preposition is not the speaker."""
        return mention.dep == "pobj"

    def _metonym(self, text: str) -> Speaker | None:
        found = metonym_of(text)
        if found is None:
            return None
        name, kind = found
        return Speaker(name, kind)

    def _named_other(self, inside: list[Mention]) -> Speaker | None:
        for mention in inside:
            if mention.kind is not MentionKind.NAME or self._governed_by_preposition(mention):
                continue
            referent = self.chains.referent_at(mention)
            if referent is not None:
                return self._of_referent(referent)
        return None

    def _of_referent(self, referent: Referent, role: str = "", affiliation: str = "") -> Speaker:
        return Speaker(
            referent.name, referent.kind, role or referent.role, affiliation or referent.affiliation, referent
        )

    def _pronoun(self, text: str, statement: Statement) -> Speaker | None:
        word = text.casefold()
        if word in FIRST_PERSON:
            author = self.article.author
            return Speaker(author, EntityKind.PERSON) if author and word in ("i", "me") else None
        if word not in MALE | FEMALE | PLURAL | NEUTER:
            return None
        assert statement.source is not None
        return self._antecedent(word, statement, statement.source.start)

    def _antecedent(self, pronoun: str, statement: Statement, at: int) -> Speaker | None:
        """The most salient compatible referent mentioned before `at`."""
        excluded = self._turn_taker(statement)
        best: tuple[float, Speaker] | None = None
        for candidate, score in self._candidates(at, statement):
            if not _agrees(pronoun, candidate) or (excluded is not None and candidate.name == excluded):
                continue
            if best is None or score > best[0]:
                best = (score, candidate)
        return best[1] if best else None

    def _turn_taker(self, statement: Statement) -> str | None:
        """After a question, a reply comes from someone other than the one who asked."""
        if (
            (statement.cue_lemma or "") in REPLY_LEMMAS
            and self.history
            and self.history[-1].cue_lemma == "ask"
        ):
            return self.history[-1].speaker.name
        return None

    def _candidates(self, at: int, statement: Statement) -> list[tuple[Speaker, float]]:
        scored: dict[str, tuple[Speaker, float]] = {}
        for mention in self.mentions:
            if mention.span.start >= at or mention.kind is not MentionKind.NAME:
                continue
            referent = self.chains.referent_at(mention)
            if referent is None:
                continue
            score = _salience(statement.sentence - mention.sentence, mention.is_subject, mention.in_quote)
            scored[referent.name] = (self._of_referent(referent), score)
        for mention in self.mentions:
            unnamed = mention.kind is MentionKind.NOMINAL or (
                mention.kind is MentionKind.NAME and self.chains.referent_at(mention) is None
            )
            words = [w.casefold() for w in words_of(mention.text)]
            # A mention without a word ("👨‍👩‍👧", punctuation) describes no one (found by benchmarks/fuzz.py).
            if unnamed and mention.span.start < at and mention.is_subject and words:
                speaker = _description(mention.text, words, "")
                if speaker.kind in (EntityKind.GROUP, EntityKind.ORGANISATION):
                    score = _salience(statement.sentence - mention.sentence, True, mention.in_quote)
                    scored.setdefault(speaker.name, (speaker, score))
        for k, said in enumerate(self.history):
            bonus = 3.0 if k == len(self.history) - 1 else 1.5
            score = _salience(statement.sentence - said.sentence, True, False) + bonus
            previous = scored.get(said.speaker.name)
            if previous is None or previous[1] < score:
                scored[said.speaker.name] = (said.speaker, score)
        return list(scored.values())

    def _descriptor(self, text: str, at: int) -> Speaker | None:
        words = [w.casefold() for w in words_of(text)]
        if not words:
            return None
        head = _head_word(words)
        if words[0] in ("the", "this", "that") or words[0].endswith(("'s", "\u2019s")):
            found = self._by_role(words, at)
            if found is not None:
                return found
        return _description(text, words, head)

    def _by_role(self, words: list[str], at: int) -> Speaker | None:
        """ "the secretary-general" → the latest person before `at` whose role holds those words."""
        wanted = set(fold(" ".join(w for w in words if w not in ("the", "this", "that"))).split())
        wanted = {_demonym_key(w) for w in wanted}
        if not wanted:
            return None
        for referent in reversed(self.chains.referents):
            if referent.first >= at:
                continue
            roles = {_demonym_key(w) for w in referent.role_words()}
            if roles and wanted <= roles:
                return self._of_referent(referent)
        return self._organisation_by_noun(wanted, at)

    def _organisation_by_noun(self, wanted: set[str], at: int) -> Speaker | None:
        """ "the ministry" → "the Ministry of Defence"; "the company" → the latest company named."""
        organisations = [
            r for r in self.chains.referents if r.first < at and r.kind is EntityKind.ORGANISATION
        ]
        for referent in reversed(organisations):
            if wanted <= set(fold(referent.name).split()):
                return self._of_referent(referent)
        if organisations and len(wanted) == 1 and wanted <= ORGANISATION_NOUNS:
            return self._of_referent(organisations[-1])
        return None


def _salience(sentence_distance: int, is_subject: bool, in_quote: bool) -> float:
    """Recency first, then subjects; names inside quotations are weaker antecedents."""
    return -1.0 * max(sentence_distance, 0) + (1.0 if is_subject else 0.0) - (2.0 if in_quote else 0.0)


def _agrees(pronoun: str, speaker: Speaker) -> bool:
    gender = speaker.referent.gender if speaker.referent else ""
    if pronoun in MALE | FEMALE:
        wanted = "m" if pronoun in MALE else "f"
        return speaker.kind is EntityKind.PERSON and gender in ("", wanted)
    if pronoun in NEUTER:
        return speaker.kind in (EntityKind.ORGANISATION, EntityKind.STATE, EntityKind.ARTIFACT)
    return speaker.kind is not EntityKind.PERSON


def _head_word(words: list[str]) -> str:
    """The head of a descriptor: the last word before a preposition ("spokesman for the Kremlin")."""
    for k, word in enumerate(words):
        if word in ("for", "of", "at", "from", "with", "in", "by", "close", "familiar") and k > 0:
            return words[k - 1]
    return words[-1]


def _description(text: str, words: list[str], head: str) -> Speaker:
    """A speaker named only by a description: anonymous, a group, a document or an organisation."""
    head = head or _head_word(words)
    descriptor = " ".join(text.split()[1:] if words[0] in INDEFINITE | {"the"} else text.split())
    affiliation, role = split_role(descriptor)
    if head in ARTIFACT_HEADS:
        return Speaker(descriptor, EntityKind.ARTIFACT)
    if head in ANONYMOUS_HEADS or (head in ROLE_HEADS and words[0] in INDEFINITE):
        return Speaker(descriptor, EntityKind.ANONYMOUS, role, affiliation)
    if head in GROUP_HEADS or (head.endswith("s") and words[0] not in ("the",) and head not in ROLE_HEADS):
        return Speaker(descriptor, EntityKind.GROUP)
    if head in ROLE_HEADS:
        return Speaker(descriptor, EntityKind.ANONYMOUS, role, affiliation)
    kind = guess_kind(descriptor)
    return Speaker(descriptor, kind if kind is EntityKind.ORGANISATION else EntityKind.UNKNOWN)


def _demonym_key(word: str) -> str:
    return fold(DEMONYMS.get(word, word))
