"""The speaker's gender, from what the article itself says about the speaker.

Evidence, counted once per place in the text:

- a pronoun the speaker was resolved from ("he said", "she added");
- an honorific before a mention of the speaker's name ("Mr Rutte", "Ms. Lopes", "Sir Keir",
  "Dame Joan");
- a gendered role word in the speaker's title, appositive or description ("chairwoman",
  "spokesman", "actress", "a spokeswoman said", "Ana Lopes, the union's chairwoman").

Never from a first-name list: a given name says nothing certain about a person, and a list
would carry its makers' assumptions into every count (the Gender Gap Tracker, Asr et al. 2021,
falls back on such lists; quotegraph leaves the speaker `unknown` instead). The majority of the
evidence decides; a tie, conflicting or none leaves `unknown`. Only persons and anonymous
speakers ("a spokeswoman") get a gender: "she" may refer to a ship or a country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quotegraph.records import Article, CharSpan, EntityKind, Mention, MentionKind, SpeakerGender, Statement

__all__ = ["GenderEvidence", "gender_evidence", "with_speaker_gender"]

FEMALE, MALE = SpeakerGender.FEMALE, SpeakerGender.MALE

PRONOUNS = {
    **dict.fromkeys(("she", "her", "hers", "herself"), FEMALE),
    **dict.fromkeys(("he", "him", "his", "himself"), MALE),
}
HONORIFICS = {
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "madam", "madame", "mme"), FEMALE),
    **dict.fromkeys(("mr", "sir", "lord", "monsieur"), MALE),
}
# Role words that name the gender. Neutral words ("actor", "chair", "spokesperson") and words
# often used for everyone ("alderman" in some cities) are left out on purpose.
_ROLES = {
    FEMALE: """chairwoman spokeswoman congresswoman councilwoman assemblywoman businesswoman
    stateswoman sportswoman policewoman anchorwoman camerawoman countrywoman alderwoman
    actress waitress stewardess heiress hostess princess duchess countess baroness empress
    queen marchioness headmistress mistress abbess nun mother grandmother wife widow daughter
    sister aunt niece girlfriend fiancee bride woman girl lady madam matriarch""",
    MALE: """chairman spokesman congressman councilman assemblyman businessman statesman sportsman
    policeman anchorman cameraman countryman prince duke baron emperor king marquess headmaster
    abbot monk priest father grandfather husband widower son brother uncle nephew boyfriend
    fiance groom man boy gentleman patriarch""",
}
ROLE_WORDS = {word: gender for gender, words in _ROLES.items() for word in words.split()}
# Kinds that may be a person: a named person, or an anonymous one ("a spokeswoman").
PERSON_KINDS = frozenset({EntityKind.PERSON, EntityKind.ANONYMOUS})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TITLE_WINDOW = 40  # characters before a name searched for "Ms", "chairwoman …"


@dataclass(frozen=True, slots=True)
class GenderEvidence:
    """What the article shows about one speaker: the places (offsets) that say female or male."""

    female: frozenset[int] = frozenset()
    male: frozenset[int] = frozenset()

    def verdict(self) -> tuple[SpeakerGender, int]:
        """(gender, how many places support it): the majority, or (unknown, 0) on a tie."""
        female, male = len(self.female), len(self.male)
        if female > male:
            return FEMALE, female
        if male > female:
            return MALE, male
        return SpeakerGender.UNKNOWN, 0


def with_speaker_gender(
    article: Article, statements: Sequence[Statement], mentions: Sequence[Mention]
) -> list[Statement]:
    """`statements` with speaker_gender and speaker_gender_evidence set, per speaker in the article."""
    evidence = gender_evidence(article.text, statements, mentions)
    resolved = []
    for statement in statements:
        found = evidence.get(_speaker_key(statement)) if _can_have_gender(statement) else None
        gender, count = found.verdict() if found else (SpeakerGender.UNKNOWN, 0)
        resolved.append(replace(statement, speaker_gender=gender, speaker_gender_evidence=count))
    return resolved


def gender_evidence(
    text: str, statements: Sequence[Statement], mentions: Sequence[Mention]
) -> dict[str, GenderEvidence]:
    """Evidence per speaker (by speaker id, else name), pooled over all their statements."""
    places: dict[str, dict[SpeakerGender, set[int]]] = defaultdict(lambda: {FEMALE: set(), MALE: set()})
    names = [m for m in mentions if m.kind is MentionKind.NAME]
    full_names = _full_names_by_surname(names)
    for statement in statements:
        if not _can_have_gender(statement):
            continue
        found = places[_speaker_key(statement)]
        speaker_names = [m for m in names if _names_speaker(m.text, statement.speaker or "", full_names)]
        for gender, at in _statement_cues(text, statement, speaker_names):
            found[gender].add(at)
    return {
        key: GenderEvidence(frozenset(found[FEMALE]), frozenset(found[MALE])) for key, found in places.items()
    }


def _can_have_gender(statement: Statement) -> bool:
    return statement.speaker is not None and statement.speaker_kind in PERSON_KINDS


def _speaker_key(statement: Statement) -> str:
    return statement.speaker_id or statement.speaker or ""


def _statement_cues(
    text: str, statement: Statement, speaker_names: Sequence[Mention]
) -> Iterable[tuple[SpeakerGender, int]]:
    """(gender, offset) for each cue this statement's source and the speaker's name mentions give."""
    if statement.source is not None:
        yield from _source_cues(
            text, statement.source, described=statement.speaker_kind is EntityKind.ANONYMOUS
        )
    if statement.speaker_kind is EntityKind.PERSON:
        for mention in speaker_names:
            yield from _name_cues(text, mention)


def _source_cues(text: str, source: CharSpan, *, described: bool) -> Iterable[tuple[SpeakerGender, int]]:
    """A pronoun source ("she"); for an anonymous speaker, the words of its description ("a
    spokesman"). A named speaker's titles are read at their name mentions instead: the words of
    a source such as "Stein spokeswoman Melezia Figueroa" may describe someone else."""
    written = source.text_of(text)
    pronoun = PRONOUNS.get(written.strip().casefold())
    if pronoun is not None:
        yield pronoun, source.start
    elif described:
        yield from _word_cues(written, source.start, {**ROLE_WORDS, **HONORIFICS})


def _name_cues(text: str, mention: Mention) -> Iterable[tuple[SpeakerGender, int]]:
    """An honorific or role word in the name mention, just before it, or in its appositive."""
    yield from _word_cues(mention.text, mention.span.start, {**ROLE_WORDS, **HONORIFICS})
    yield from _title_before(text, mention.span.start)
    for span in (mention.premodifier, mention.appositive):
        if span is not None:
            yield from _word_cues(span.text_of(text), span.start, ROLE_WORDS)


def _title_before(text: str, start: int) -> Iterable[tuple[SpeakerGender, int]]:
    """Honorifics and role words running straight into the name: "union chairwoman Ana Lopes",
    "said Ms Lopes". The run stops at any other lower-case word, so "the wife of Rutte" gives
    nothing for Rutte."""
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - TITLE_WINDOW)
    words = list(_WORD.finditer(text, window_start, start))
    for match in reversed(words):
        word = match.group().casefold()
        gender = HONORIFICS.get(word) or ROLE_WORDS.get(word)
        if gender is not None:
            yield gender, match.start()
        elif match.group().islower():
            return


def _word_cues(
    words: str, offset: int, vocabulary: dict[str, SpeakerGender]
) -> Iterable[tuple[SpeakerGender, int]]:
    for match in _WORD.finditer(words):
        gender = vocabulary.get(match.group().casefold())
        if gender is not None:
            yield gender, offset + match.start()


def _names_speaker(written: str, speaker: str, full_names: dict[str, set[str]]) -> bool:
    """Whether a name mention names the speaker: the full name, or the surname alone or titled
    when no one else in the article has it ("Mrs. Clinton" is not Bill Clinton's where Hillary
    Clinton is named too)."""
    words, name = _plain_words(written), _plain_words(speaker)
    if not words or not name:
        return False
    if [w.casefold() for w in words] == [w.casefold() for w in name]:
        return True
    surname = name[-1].casefold()
    others = full_names.get(surname, set()) - {" ".join(name).casefold()}
    return words[-1].casefold() == surname and len(words) == 1 and not others


def _full_names_by_surname(names: Sequence[Mention]) -> dict[str, set[str]]:
    """Surname → the full names (two words or more, honorifics left out) the article uses."""
    found: dict[str, set[str]] = defaultdict(set)
    for mention in names:
        words = _plain_words(mention.text)
        if len(words) >= 2:
            found[words[-1].casefold()].add(" ".join(words).casefold())
    return found


def _plain_words(name: str) -> list[str]:
    """The words of a name without honorifics or a possessive: "Mr. Obama's" → ["Obama"]."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in name.split()]
    return [w for w in words if w.casefold().rstrip(".") not in HONORIFICS]
