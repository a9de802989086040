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
from dataclasses import dataclass, replace

from quotegraph.records import Article, CharSpan, EntityKind, Mention, MentionKind, Statement
from quotegraph.resolve.chains import GROUP_WORDS, Chains, Referent, guess_kind
from quotegraph.resolve.entities import metonym_of
from quotegraph.resolve.names import (
    DEMONYMS,
    PERSON_ROLE_HEADS,
    ROLE_HEADS,
    TITLE_WORDS,
    fold,
    split_name,
    split_role,
    surname,
    words_of,
)
from quotegraph.resolve.phrases import (
    DOCUMENTS,
    ISSUER_PREPOSITIONS,
    KIN,
    OWNED,
    PROXIES,
    PROXY_PREPOSITIONS,
    SPOKESPEOPLE,
    Part,
    SourcePhrase,
    parse_source,
)

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
# Heads whose description is resolved as such, never through a name that modifies them.
DESCRIBED_HEADS = KIN | PROXIES | OWNED | DOCUMENTS | PERSON_ROLE_HEADS
GOVERNMENT_WORDS = frozenset("government authorities administration regime cabinet".split())
# Words that make another office of a role: the vice-president is not the president.
QUALIFIERS = frozenset("vice deputy assistant former acting shadow junior under".split())
ROLE_SYNONYMS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gop": "republican",
    "democrat": "democratic",
    "pm": "prime",
}
INSTITUTION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
REPLY_LEMMAS = frozenset({"reply", "answer", "respond", "retort", "counter"})
_RELATIVE = re.compile(r",?\s+(?:who|which|that|whose)\b.*$", re.S)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Words that may stand before a name in an appositive: "the party's leader, [former MP] Jo Cox".
_ROLE_GAP = re.compile(r"(?:(?!(?:by|who|which|that|and|or|with)\b)[\w.'\u2019-]+(?<!ed)(?<!ing)\s+){0,4}")
_RELATIVE_GAP = re.compile(r"[\s,\u2013\u2014-]*")


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
    head: str = ""  # the source's head noun: a later "the lawyers" is the earlier "lawyers for Blake"


class SpeakerResolver:
    """Resolves the sources of one article's statements, in text order."""

    def __init__(self, article: Article, mentions: list[Mention], chains: Chains) -> None:
        self.article = article
        self.text = article.text
        self.mentions = mentions
        self.chains = chains
        self.history: list[_Said] = []
        self._unnamed: list[tuple[Mention, Speaker]] | None = None

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
                    parse_source(statement.source.text_of(self.text)).head,
                )
            )
        return speaker

    def _speaker_of(self, statement: Statement) -> Speaker | None:
        if statement.source is None:
            return None
        source = statement.source
        text = _RELATIVE.sub("", source.text_of(self.text)).strip()
        if text.casefold() in FIRST_PERSON | MALE | FEMALE | PLURAL | NEUTER:
            return self._pronoun(text, statement)  # unresolved stays None, never the pronoun itself
        if text.casefold() in RELATIVE_PRONOUNS:
            antecedent = self._antecedent_of_relative(source)
            return self._speaker_of(replace(statement, source=antecedent)) if antecedent else None
        phrase = parse_source(text)
        inside = [
            m
            for m in self.chains.names_between(source.start, source.start + len(text))
            if source.contains(m.span)
        ]
        naming = self._naming_mentions(phrase, inside, source)
        core = _shifted(phrase.core, source.start)
        # "Mr. King" ends in a name of the article, not in the role word "king".
        described = phrase.head in DESCRIBED_HEADS and not any(
            _starts_in(core, m) and m.span.end >= core.end and self.chains.referent_at(m) for m in naming
        )
        found = (
            self._named_person(naming, source)
            or self._appositive_person(phrase, inside, statement)
            or (self._described(phrase, inside, statement) if described else None)
        )
        if found is not None or described:
            # "the Conservative leader" left unresolved is a description, never the party.
            return found or self._descriptor(text, source.start)
        # Names outside the head's words, but not a possessor or a preposition's object.
        others = [m for m in inside if m.dep not in ("pobj", "poss") and m.kind is MentionKind.NAME]
        return (
            self._metonym(text)
            or self._named_other([m for m in naming if _starts_in(core, m)] + others)
            or self._known_name(text)
            or self._untyped_name(text, inside, source)
            or self._descriptor(text, source.start)
        )

    def _untyped_name(self, text: str, inside: list[Mention], source: CharSpan) -> Speaker | None:
        """ "Okafor said": a source that is one name no chain typed is a person more often than not."""
        whole = [m for m in inside if m.kind is MentionKind.NAME and m.span.start == source.start]
        if not whole or whole[0].span.end < source.start + len(text) or whole[0].entity_label:
            return None
        name = split_name(text).name
        return Speaker(name, guess_kind(name)) if name and len(name.split()) <= 3 else None

    def _naming_mentions(
        self, phrase: SourcePhrase, inside: list[Mention], source: CharSpan
    ) -> list[Mention]:
        """Names that can be the speaker: the head's own words, and after a title the words after
        its preposition ("Secretary of State Antony Blinken"); never a possessor ("Ukraine's")."""
        core = _shifted(phrase.core, source.start)
        complement = _shifted(phrase.complement, source.start)
        title = phrase.head in TITLE_WORDS and phrase.head not in PROXIES
        return [
            m
            for m in inside
            if m.kind is MentionKind.NAME
            and (_starts_in(core, m) or (title and _starts_in(complement, m)))
        ]

    def _appositive_person(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "A spokesman for the ministry, Jane Doe": a person named in apposition to a description.

        After a kinship word a lone given name takes the family name ("Carlisle's father, Tom" is
        Tom Carlisle, as the gold conventions have it).
        """
        assert statement.source is not None
        if not phrase.appositive:
            return None
        appositive = _shifted(phrase.appositive, statement.source.start)
        named = [
            m
            for m in inside
            if m.kind is MentionKind.NAME
            and _starts_in(appositive, m)
            and _ROLE_GAP.fullmatch(self.text[appositive.start : m.span.start])
        ]
        referent = self.chains.referent_at(named[0]) if named else None
        if referent is None or referent.kind is not EntityKind.PERSON or not phrase.head:
            return None
        if phrase.head in KIN and len(referent.name.split()) == 1:
            relative = self._entity_of_part(phrase.possessor or phrase.complement, inside, statement)
            if relative is not None and relative.kind is EntityKind.PERSON:
                full = f"{referent.name} {surname(relative.name)}"
                return Speaker(full, EntityKind.PERSON, referent=referent)
        return self._of_referent(referent)

    def _described(self, phrase: SourcePhrase, inside: list[Mention], statement: Statement) -> Speaker | None:
        """Who a description stands for: a spokesperson's name or body, an office's or a lawyer's
        client, a document's issuer, a role's holder."""
        assert statement.source is not None
        at = statement.source.start
        if phrase.head in SPOKESPEOPLE:
            return self._spokesperson(phrase, inside, statement)
        if phrase.head in PROXIES | OWNED:
            return self._represented(phrase, inside, statement, PROXY_PREPOSITIONS)
        if phrase.head in DOCUMENTS:
            return self._represented(phrase, inside, statement, ISSUER_PREPOSITIONS)
        if phrase.head in PERSON_ROLE_HEADS and (phrase.definite or phrase.modifiers):
            words = [w.casefold() for w in words_of(phrase.modifiers.text)] + [phrase.head]
            return self._by_role(words, at, ahead=True) or self._by_affiliation(phrase, inside, statement)
        return None

    def _spokesperson(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """The spokesperson the article names for the same body (or its only one), else the body."""
        body = self._represented(phrase, inside, statement, PROXY_PREPOSITIONS)
        named = [r for r in self.chains.referents if r.kind is EntityKind.PERSON and _speaks_for_others(r)]
        if body is not None:
            same = [r for r in named if self._affiliation_is(r, body)]
            return self._of_referent(same[-1]) if same else body
        says_whose = any(
            any(w.isalpha() and w.casefold() not in ("senior", "official", "chief") for w in words_of(p.text))
            for p in (phrase.possessor, phrase.complement, phrase.modifiers)
        )
        return self._of_referent(named[0]) if len(named) == 1 and not says_whose else None

    def _represented(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement, prepositions: frozenset[str]
    ) -> Speaker | None:
        """Whom a proxy or document speaks for: "his office", "lawyers for Blake", "an IMF report"."""
        complement = phrase.complement if phrase.preposition in prepositions else None
        for part in (phrase.possessor, phrase.modifiers, complement):
            found = self._entity_of_part(part, inside, statement) if part else None
            if found is not None:
                return found
        if phrase.definite:
            earlier = [said for said in self.history if said.head == phrase.head]
            if earlier:
                return earlier[-1].speaker
        return None

    def _entity_of_part(self, part: Part, inside: list[Mention], statement: Statement) -> Speaker | None:
        """The entity a part of a source names: a name, a capital, a pronoun, a role, "the ministry"."""
        if not part:
            return None
        assert statement.source is not None
        span = _shifted(part, statement.source.start)
        for mention in inside:
            referent = self.chains.referent_at(mention) if _starts_in(span, mention) else None
            if referent is not None and referent.kind is not EntityKind.PLACE:
                return self._of_referent(referent)
        text = part.text.strip()
        if text.casefold() in MALE | FEMALE | PLURAL | NEUTER:
            return self._antecedent(text.casefold(), statement, statement.source.start)
        words = [w.casefold() for w in words_of(text)]
        found = self._metonym(text) or self._known_name(text) or _state_of_government(words)
        if found is None and len(words) == 1 and words[0] in DEMONYMS:
            found = Speaker(DEMONYMS[words[0]], EntityKind.STATE)  # "a Russian spokesman"
        if found is None:
            found = self._unresolved_name(span, inside)
        if found is None and words and words[-1] in PERSON_ROLE_HEADS:
            found = self._by_role(words, span.start, ahead=True)
        if found is None and words:
            wanted = {w for w in (fold(w) for w in words) if w not in ("the", "a", "an")}
            found = self._organisation_by_noun(wanted, span.start) if wanted else None
        return found

    def _unresolved_name(self, span: CharSpan, inside: list[Mention]) -> Speaker | None:
        """ "a Treasury spokesperson": a name the chains could not type, taken as the body it names
        when the recogniser saw an institution in it."""
        for mention in inside:
            named = mention.kind is MentionKind.NAME and mention.entity_label in INSTITUTION_LABELS
            if _starts_in(span, mention) and named:
                name = split_name(mention.text).name or mention.text
                return Speaker(name.removeprefix("the ").strip(), EntityKind.ORGANISATION)
        return None

    def _affiliation_is(self, referent: Referent, body: Speaker) -> bool:
        affiliation = referent.affiliation or " ".join(
            w for aff, role in referent.roles for w in (aff, role) if w
        )
        metonym = metonym_of(affiliation)
        names = {fold(metonym[0])} if metonym else set()
        names |= {fold(affiliation), fold(surname(affiliation))}
        return fold(body.name) in names or any(
            fold(body.name) in fold(f"{aff} {role}") for aff, role in referent.roles
        )

    def _by_affiliation(
        self, phrase: SourcePhrase, inside: list[Mention], statement: Statement
    ) -> Speaker | None:
        """ "the NATO chief" → the one person of the article affiliated with NATO."""
        body = self._entity_of_part(phrase.modifiers, inside, statement)
        if body is None or body.kind is EntityKind.PERSON:
            return None
        people = [
            r for r in self.chains.referents if r.kind is EntityKind.PERSON and self._affiliation_is(r, body)
        ]
        return self._of_referent(people[0]) if len(people) == 1 else None

    def _antecedent_of_relative(self, pronoun: CharSpan) -> CharSpan | None:
        """ "Jeb Bush, who announced…": the mention right before a relative pronoun, the longest
        of those ending there, when only commas or dashes lie between."""
        best: Mention | None = None
        for mention in self.mentions:
            if mention.span.start >= pronoun.start:
                break
            gap = self.text[mention.span.end : pronoun.start]
            if _RELATIVE_GAP.fullmatch(gap) and (best is None or mention.span.end > best.span.end):
                best = mention
        return best.span if best is not None else None

    def _known_name(self, text: str) -> Speaker | None:
        """A source the tagger did not see as a name ("Santos blamed…") but the article did."""
        key = fold(split_name(text).name)
        for referent in reversed(self.chains.referents):
            if key and (key == fold(referent.name) or key == fold(surname(referent.name))):
                return self._of_referent(referent)
        return None

    def _named_person(self, naming: list[Mention], source: CharSpan) -> Speaker | None:
        for mention in naming:
            referent = self.chains.referent_at(mention)
            if referent is not None and referent.kind is EntityKind.PERSON:
                parsed = split_name(self._name_phrase(mention, source))
                return self._of_referent(referent, parsed.role, parsed.affiliation)
        return None

    def _name_phrase(self, mention: Mention, source: CharSpan) -> str:
        """The mention with the words before it in the source ("Ukrainian President …"), up to a comma."""
        before = self.text[source.start : mention.span.start]
        return before.rsplit(",", 1)[-1] + mention.text

    def _metonym(self, text: str) -> Speaker | None:
        found = metonym_of(text)
        if found is None:
            return None
        name, kind = found
        return Speaker(name, kind)

    def _named_other(self, naming: list[Mention]) -> Speaker | None:
        for mention in naming:
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
        for mention in self.chains.names_between(0, at):
            referent = self.chains.referent_at(mention)
            if referent is None:
                continue
            score = _salience(statement.sentence - mention.sentence, mention.is_subject, mention.in_quote)
            scored[referent.name] = (self._of_referent(referent), score)
        for mention, speaker in self._unnamed_subjects():
            if mention.span.start < at:
                score = _salience(statement.sentence - mention.sentence, True, mention.in_quote)
                scored.setdefault(speaker.name, (speaker, score))
        for k, said in enumerate(self.history):
            bonus = 3.0 if k == len(self.history) - 1 else 1.5
            score = _salience(statement.sentence - said.sentence, True, False) + bonus
            previous = scored.get(said.speaker.name)
            if previous is None or previous[1] < score:
                scored[said.speaker.name] = (said.speaker, score)
        return list(scored.values())

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
                    speaker = _description(mention.text, words, "")
                    if speaker.kind in (EntityKind.GROUP, EntityKind.ORGANISATION):
                        self._unnamed.append((mention, speaker))
        return self._unnamed

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

    def _by_role(self, words: list[str], at: int, *, ahead: bool = False) -> Speaker | None:
        """ "the secretary-general" → the latest person before `at` whose role holds those words;
        with `ahead`, failing that, the first one introduced after it."""
        wanted = set(fold(" ".join(w for w in words if w not in ("the", "this", "that"))).split())
        wanted = {_role_key(w) for w in wanted}
        if not wanted:
            return None
        if fold(words[-1]) in ORGANISATION_NOUNS:  # "the campaign" is no person's role
            return self._organisation_by_noun(wanted, at)
        before = [r for r in reversed(self.chains.referents) if r.first < at]
        after = [r for r in self.chains.referents if r.first >= at] if ahead else []
        person_role = words[-1] in PERSON_ROLE_HEADS  # "the president" is a person, never a state
        for referent in before + after:
            if person_role and referent.kind is not EntityKind.PERSON:
                continue
            roles = {_role_key(w) for w in referent.role_words()}
            # "the Democratic presidential nominee" is not the vice-presidential one.
            if roles and wanted <= roles and not (roles & QUALIFIERS) - wanted:
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


def _shifted(part: Part, offset: int) -> CharSpan:
    return CharSpan(part.start + offset, part.end + offset)


def _starts_in(span: CharSpan, mention: Mention) -> bool:
    return span.start <= mention.span.start < span.end


def _state_of_government(words: list[str]) -> Speaker | None:
    """ "the Finnish government", "Russian authorities": the state itself (CONVENTIONS: a state
    and the bodies that speak for it)."""
    words = [w for w in words if w not in ("the", "a", "an")]
    if len(words) == 2 and words[0] in DEMONYMS and words[1] in GOVERNMENT_WORDS:
        return Speaker(DEMONYMS[words[0]], EntityKind.STATE)
    return None


def _speaks_for_others(referent: Referent) -> bool:
    words = referent.role_words()
    return bool(words & SPOKESPEOPLE) or {"press", "secretary"} <= words


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


def _role_key(word: str) -> str:
    """A role word as descriptors and titles share it: demonyms as states, "Gov." as governor."""
    key = _demonym_key(word)
    return ROLE_SYNONYMS.get(key, key)
