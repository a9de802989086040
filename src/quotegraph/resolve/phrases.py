"""The parts of a source phrase that decide who it names, found from its words alone.

"Carlisle's father, Tom" has a possessor ("Carlisle"), a head ("father") and an appositive
("Tom"); "a spokesperson for Highland Council" has a head and a complement ("Highland
Council"); "a Kremlin spokesman" has a modifier ("Kremlin"). Every part is a character range
relative to the start of the phrase, so the mentions inside each part can be told apart.
Words only: no parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DETERMINERS = frozenset(
    "a an the this that these those one two three four several some many most other another".split()
)
POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())
# Prepositions that end a description's head: "spokesman [for] the ministry", "lawyers [for] Blake".
HEAD_ENDING = frozenset("for of at to from by with in on representing close familiar".split())
KIN = frozenset(
    """father mother son daughter brother sister husband wife parents parent widow widower uncle
    aunt cousin grandfather grandmother grandson granddaughter stepfather stepmother partner
    fiance fiancee niece nephew""".split()
)
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())
# Who a description speaks for: "his office", "lawyers for Blake", "a ministry spokesman".
PROXIES = SPOKESPEOPLE | frozenset(
    "office lawyer lawyers attorney attorneys counsel representative representatives publicist".split()
)
# Bodies a possessor owns and speaks through: "Trump's campaign" speaks for Trump.
OWNED = frozenset("campaign team administration camp government website account plan proposal".split())
# Which complement names whom a proxy or a document speaks for: "lawyers [for] Blake", "a
# report [by] the IMF" (but "polls [in] Virginia", "an analysis [of] super PACs" name no issuer).
PROXY_PREPOSITIONS = frozenset({"for", "of", "to", "representing", "from"})
ISSUER_PREPOSITIONS = frozenset({"by", "from", "for"})
# Documents and results speak for whoever issued them: "a report by the IMF", "a YouGov poll".
DOCUMENTS = frozenset(
    """report reports poll polls survey surveys study studies statement document documents letter
    memo data figures analysis filing records results findings census review audit assessment
    forecast ruling judgment verdict indictment complaint post tweet release guidelines statistics
    decision announcement estimate estimates projections database result average averages notice notices
    decree decrees paper papers research book books memoir memoirs autobiography proclamation
    proclamations directive directives memorandum numbers excerpt excerpts motion motions policy
    framework summary transcript lawsuit petition communique communiqué bulletin advisory affidavit
    testimony editorial article essay email emails message messages video footage manifesto count
    tally tallies op-ed column suit suits ad ads advertisement advertisements imaging imagery""".split()
)
# Participles after which "by" names who got hold of a document, not who issued it: "a letter
# from the American Legion [obtained by] The Associated Press" is the Legion's.
RECEIVING_PARTICIPLES = frozenset("obtained seen reviewed received acquired viewed".split())
# One legal action, which news names by several words: "the lawsuit … the suit … the complaint".
LEGAL_FILINGS = frozenset("lawsuit lawsuits suit suits complaint complaints motion motions".split())


def document_key(head: str) -> str:
    """The head a later source takes up an earlier one by: itself, or "lawsuit" for any legal filing."""
    return "lawsuit" if head in LEGAL_FILINGS else head


# Words after which "of" or "for" continues a name: "Department of Transportation".
INSTITUTION_WORDS = frozenset(
    """department ministry university institute bank court office commission council committee board
    school college centre center society association agency authority service union league federation
    foundation museum academy church party organisation organization bureau administration""".split()
)
# Prepositions inside institutions' names: "Department of Transportation", "Committee on Finance".
NAME_JOINERS = frozenset("of for on to".split())
# Past participles without "-ed" that follow a document's noun: "a tweet sent from", "a book written by".
IRREGULAR_PARTICIPLES = frozenset(
    "sent written given made taken shown drawn put read left held brought sold spoken seen known".split()
)
# Words of when or where a document came out, between its participle and "by": "a memo posted
# [online] by", "data released [Friday] by", "disclosures filed [Sunday night] by".
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
RELEASE_TIMES = WEEKDAYS | frozenset(
    """today yesterday tonight night morning afternoon evening online earlier later last this week
    weekend month year""".split()
)
EMPHATIC = frozenset("itself himself herself themselves".split())
PARTITIVES = frozenset("part parts much some most all portions portion one".split())
_WORD = re.compile(r"[\w.\-'\u2019]+")
_APPOSITIVE_BREAK = re.compile(r",|\s[\u2013\u2014-]\s|\(")
_AFTER_ASIDE = re.compile(r"\s*,")
# An aside that says where a document came from: "Satellite imaging from 2017, [from] the United Nations".
_ISSUER_ASIDE = re.compile(r"(?:from|by)\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class Part:
    """A character range [start, end) of the phrase, and its text."""

    start: int
    end: int
    text: str

    def __bool__(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True)
class SourcePhrase:
    """A source phrase split into the parts that decide whom it names."""

    head: str  # the head noun, lower case: "spokesman", "father", "report"
    determiner: str  # "a", "the", "his", "" …
    possessor: Part  # "Carlisle" in "Carlisle's father"; "his" in "his office"
    modifiers: Part  # "Kremlin" in "a Kremlin spokesman"
    core: Part  # the modifiers and the head: "Kremlin spokesman", "Kemi Badenoch"
    complement: Part  # "Highland Council" in "a spokesperson for Highland Council"
    preposition: str  # the word before the complement, lower case: "for"
    agent: Part  # "the Royal Pharmaceutical Society" in "a survey published in 2017 by the …"
    appositive: Part  # "Tom" in "Carlisle's father, Tom"

    @property
    def definite(self) -> bool:
        return self.determiner in ("the", "this", "that", "these", "those") or bool(self.possessor)


_EMPTY = Part(0, 0, "")


def parse_source(text: str, names: list[tuple[int, int]] | None = None) -> SourcePhrase:
    """The head, determiner, possessor, modifiers, complement and appositive of a source phrase.

    `names` are the [start, end) ranges of the names in it: a preposition inside one ("Citizens
    for Tax Justice") ends no head.
    """
    core_end = _core_end(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, 0, core_end)]
    if words and words[-1][2].casefold().endswith(("'s", "\u2019s", "s'", "s\u2019")):
        # the whole phrase owns what it says: "[the president's] claims" names the president
        start, _, written = words[-1]
        end = _strip_possessive_end(text, words[-1])
        words[-1] = (start, end, written[: end - start])
    if not words:
        return SourcePhrase("", "", _EMPTY, _EMPTY, _EMPTY, _EMPTY, "", _EMPTY, _appositive(text, core_end))
    first = 0
    determiner = ""
    possessor = _EMPTY
    owner = _possessor_end(words)
    if owner is not None:
        possessor = _part(text, words[0][0], _strip_possessive_end(text, words[owner]))
        determiner, first = "'s", owner + 1
    elif words[0][2].casefold() in POSSESSIVE_DETERMINERS:
        possessor = _part(text, words[0][0], words[0][1])
        determiner, first = words[0][2].casefold(), 1
    elif words[0][2].casefold() in DETERMINERS:
        determiner, first = words[0][2].casefold(), 1
    head_at = _head_index(words, first, names or [])
    head = words[head_at][2].casefold() if head_at >= first else ""
    modifiers = _part(text, words[first][0], words[head_at - 1][1]) if head_at > first else _EMPTY
    # The complement follows the preposition that ended the head: "for [the ministry]", also
    # after an adverb ("researchers mostly [from] Penn State").
    ends = head_at + 1 < len(words) and words[head_at + 1][2].casefold() in HEAD_ENDING
    at = head_at + 2 if ends else head_at + 3
    complement = _part(text, words[at][0], core_end) if at < len(words) else _EMPTY
    preposition = words[at - 1][2].casefold() if complement else ""
    if preposition == "by" and words[at - 2][2].casefold() in RECEIVING_PARTICIPLES:
        complement, preposition = _EMPTY, ""  # "an email obtained by Citizens United" is not theirs
    core = _part(text, words[first][0], words[head_at][1]) if head_at >= first else _EMPTY
    agent = _agent(text, words, head_at)
    return SourcePhrase(
        head,
        determiner,
        possessor,
        modifiers,
        core,
        complement,
        preposition,
        agent,
        _appositive(text, core_end),
    )


def issuer_aside(phrase: SourcePhrase) -> Part:
    """The issuer an aside opened by "from" or "by" names: "Satellite imaging from 2017, [from
    the United Nations],"; the head's own complement there is a date or a place."""
    aside = phrase.appositive
    found = _ISSUER_ASIDE.match(aside.text) if aside else None
    if found is None:
        return _EMPTY
    return Part(aside.start + found.end(), aside.end, aside.text[found.end() :])


def _agent(text: str, words: list[tuple[int, int, str]], head_at: int) -> Part:
    """What follows "by" after the head: a document's issuer ("a post by Amy Cook"); never whoever
    a receiving participle says got hold of it ("a memo seen by Reuters")."""
    for k in range(head_at + 1, len(words) - 1):
        if words[k][2].casefold() == "by":
            if words[k - 1][2].casefold() in RECEIVING_PARTICIPLES:
                return _EMPTY
            return _part(text, words[k + 1][0], words[-1][1])
    return _EMPTY


def _core_end(text: str) -> int:
    found = _APPOSITIVE_BREAK.search(text)
    return found.start() if found else len(text)


def _possessor_end(words: list[tuple[int, int, str]]) -> int | None:
    """Index of the word that ends a possessor ("Carlisle's", "the ministry's"), else None."""
    for k, (_, _, word) in enumerate(words[:-1]):
        # "scientists from China's university": a possessive after a preposition is the
        # complement's ("part of the judge's statement" is the statement, a part of it).
        if word.casefold() in HEAD_ENDING and not (k == 1 and words[0][2].casefold() in PARTITIVES):
            return None
        if word.casefold().endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return k
    return None


def _strip_possessive_end(text: str, word: tuple[int, int, str]) -> int:
    start, end, written = word
    cut = 2 if written.casefold().endswith(("'s", "\u2019s")) else 1
    return max(start, end - cut)


def _head_index(words: list[tuple[int, int, str]], first: int, names: list[tuple[int, int]]) -> int:
    """The head: the last word before a preposition that ends it, else the last word. A
    preposition inside a name ("Florida Department of Transportation official Troy Roberts")
    ends nothing."""
    for k in range(first + 1, len(words)):
        inside = _inside_name(words, k) or any(a < words[k][0] < b for a, b in names)
        if words[k][2].casefold() in HEAD_ENDING and not inside:
            before = _before_reflexive(words, first, k - 1)
            released = _document_released(words, first, before)
            return _before_participle(words, first, before) if released is None else released
    last = _before_reflexive(words, first, len(words) - 1)
    released = _document_released(words, first, last)
    return last if released is None else released


def _before_reflexive(words: list[tuple[int, int, str]], first: int, head_at: int) -> int:
    """ "the study [itself]", "the minister [herself]": an emphatic pronoun stresses the noun
    before it, which stays the head."""
    return head_at - 1 if head_at > first and words[head_at][2].casefold() in EMPHATIC else head_at


def _document_released(words: list[tuple[int, int, str]], first: int, head_at: int) -> int | None:
    """ "a memo posted online by", "data released Friday by", "Guidelines recently issued by", "The
    report published Tuesday": the document a participle follows, after the time or place it came
    out, is the head; None where no document's noun comes before a participle."""
    k = head_at
    while k > max(first, head_at - 2) and words[k][2].casefold() in RELEASE_TIMES:
        k -= 1
    if k <= first or not _participle(words[k][2]):
        return None
    k -= 1
    if k > first and words[k][2].islower() and words[k][2].endswith("ly"):
        k -= 1  # "recently issued"
    return k if words[k][2].casefold() in DOCUMENTS else None


def _participle(word: str) -> bool:
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES)


def _before_participle(words: list[tuple[int, int, str]], first: int, head_at: int) -> int:
    """ "a survey [published] in 2017": the noun a participle follows is the head."""
    word = words[head_at][2]
    # "researchers [mostly] from Penn State": an adverb before the preposition is no head either;
    # nor an irregular participle ("a tweet [sent] from her account", "a letter [written] by").
    participle = word.endswith(("ed", "ly")) or word in IRREGULAR_PARTICIPLES
    if head_at > first and word.islower() and participle:
        return head_at - 1
    return head_at


def _inside_name(words: list[tuple[int, int, str]], k: int) -> bool:
    """ "Department [of] Transportation": an institution's name goes on; "Doug Miller [of]
    Milltech Marine" does not."""
    before, after = words[k - 1][2], words[k + 1][2] if k + 1 < len(words) else ""
    if words[k][2].casefold() not in NAME_JOINERS:  # "the Aam Aadmi Party [in] Goa" is the party
        return False
    return before[:1].isupper() and after[:1].isupper() and before.casefold() in INSTITUTION_WORDS


def _appositive(text: str, core_end: int) -> Part:
    # A bracket gives another name or an aside ("Pennsylvania State University (Penn State)"),
    # never the person a description stands for; an apposition may follow it ("the general
    # secretary of the RMT union (National Union of …), Mick Cash").
    if core_end < len(text) and text[core_end] == "(":
        closing = text.find(")", core_end)
        after = _AFTER_ASIDE.match(text, closing + 1) if closing > 0 else None
        core_end = after.end() - 1 if after else len(text)
    if core_end >= len(text):
        return _EMPTY
    start = core_end + 1
    while start < len(text) and not text[start].isalnum():
        start += 1
    found = _APPOSITIVE_BREAK.search(text, start)
    return _part(text, start, found.start() if found else len(text))


def _part(text: str, start: int, end: int) -> Part:
    return Part(start, end, text[start:end]) if start < end else _EMPTY
