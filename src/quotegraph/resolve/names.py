"""Canonical names: titles, honorifics, possessives, diacritics and transliteration variants.

A source as written ("NATO Secretary-General Mark Rutte", "Mark Rutte, NATO's secretary-general",
"Mr. Rutte") is split into the name, the role and the affiliation. Standard library only.
The marks around a name are in name_marks.py, the given-name lexicon in given_names.py, the
demonyms in demonyms.py and the tests of a role already split off in roles.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.given_names import FEMALE_GIVEN, MALE_GIVEN
from quotegraph.resolve.name_marks import strip_possessive, without_acronym, without_nickname

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. mx mx.".split()
)
FEMALE_HONORIFICS = frozenset("mrs mrs. ms ms. miss dame lady".split())
MALE_HONORIFICS = frozenset("mr mr. sir lord".split())
# Honorifics British usage puts before a given name alone: "Sir Keir" is Sir Keir Starmer.
GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})

# Role words that head a title ("the secretary-general", "Foreign Minister"); lower case.
ROLE_HEADS = frozenset(
    """
    president vice-president prime premier chancellor minister secretary secretary-general
    secretary-of-state spokesman spokeswoman spokesperson official officials chairman chairwoman
    chair chairperson director governor senator sen. sen sens. rep. rep reps. representative congressman
    congresswoman mayor ambassador envoy king queen prince princess emperor general admiral
    commander chief leader ceo head adviser advisor aide attorney judge justice speaker
    candidate nominee founder diplomat negotiator analyst economist professor lawyer fellow
    foreign defence defense interior finance deputy acting former state
    mp mep msp mla coach manager captain detective inspector sergeant constable superintendent
    executive cfo coo cto commissioner prosecutor sheriff del. delegate assemblyman assemblywoman
    councilman councilwoman alderman""".split()
)
# Role heads that name a person's office, not a body: "the leader", "the spokesman" (not "the state").
PERSON_ROLE_HEADS = ROLE_HEADS - frozenset(
    "foreign defence defense interior finance deputy acting former state chief head".split()
) | frozenset(
    # Offices only ever held by one person, never a body's name: "Taoiseach Micheál Martin".
    "taoiseach tánaiste tanaiste emir sultan sheikh pope ayatollah".split()
)
# Occupations news writes before a name like a title: "Ecologist Ryan Norris".
OCCUPATIONS = frozenset(
    """voter broadcaster presenter journalist reporter author writer novelist poet actor actress singer
    musician artist comedian filmmaker producer chef entrepreneur businessman businesswoman billionaire
    investor activist campaigner researcher scientist physicist chemist astronomer astronaut engineer
    surgeon physician doctor dr. nurse paramedic pilot historian academic lecturer teacher student
    loyalist resident witness survivor player striker goalkeeper defender midfielder athlete runner
    boxer cyclist swimmer rapper model designer architect economist co-author coauthor co-developer
    postdoctoral winner laureate champion medallist medalist finalist contestant veteran""".split()
)
# Words that only ever appear in a title before a name: never part of the name itself.
TITLE_WORDS = ROLE_HEADS | frozenset(
    """gov. gov lt. col. gen. adm. sgt. capt. pope sheikh cardinal archbishop bishop councillor
    mufti imam rabbi ayatollah pastor reverend cleric monsignor monsenor legislator lawmaker fellow
    councilor commissioner transport health education energy trade justice economy labour labor
    environment agriculture culture housing home treasury whip majority minority officer
    administrator treasurer coroner magistrate ombudsman counselor counsellor councilmember trooper
    colonel lieutenant corporal emir taoiseach tánaiste tanaiste editor registrar chaplain""".split()
) | OCCUPATIONS
# Titles that belong to a name of one word (a regnal name, or a peer's or royal's name the
# article gives without a given name): "Pope Francis", "King Abdullah II", "Prince Harry",
# "Lord Sugar" (ANNOTATING.md: a title stays when the article gives no first name).
REGNAL_TITLES = frozenset(
    """pope king queen emperor empress prince princess lord lady baron baroness duke duchess
    emir sultan""".split()
)
_REGNAL_NUMERAL = re.compile(r"[IVX]+")
_OCCUPATION_ENDING = re.compile(r"(?:ologist|ographer|ician|onomer)s?$", re.I)
OCCUPATION_ENDING = _OCCUPATION_ENDING  # "ecologist", "photographer": occupations by their ending
FEMALE_ROLES = frozenset("spokeswoman chairwoman congresswoman queen princess".split())
MALE_ROLES = frozenset("spokesman chairman congressman king prince".split())

SURNAME_PARTICLES = frozenset("de da di del della van von der den le la al el bin ibn ben dos das du".split())
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Jae-in", "Jong-un"
_TITLE_OBJECT = frozenset({"of", "to", "for", "at", "from"})
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii"})
# Parts of a hyphenated title that are no title alone: "President-elect", "Co-founder", "Editor-in-Chief".
_HYPHENED_TITLE_PARTS = frozenset({"elect", "vice", "co", "in", "at", "of", "designate"})
# Slashes stay inside a word: "Reuters/Ipsos", "AC/DC" are one name, not two.
_WORD = re.compile(r"[\w.\-'\u2019/]+")
# A list item's dash glued to the name that opens it ("-Philip Bump illustrates …"): no name
# starts with a dash, so the recogniser's run is read without it.
_LIST_DASHES = "-\u2013\u2014 "


@dataclass(frozen=True)
class ParsedName:
    """A mention split into its parts; empty strings where the mention has none."""

    name: str
    role: str = ""
    affiliation: str = ""
    gender: str = ""  # "m", "f" or ""
    institution: bool = False  # an organisation's whole name, titles and "The" kept


@lru_cache(maxsize=65536)  # called for every name pair the chains compare; pure in its argument
def fold(text: str) -> str:
    """Lower-case ASCII key of a name: accents stripped, transliteration variants merged.

    "Zelenskyy", "Zelensky", "Zelenskiy" and "Zelenskij" fold to one key; so do "Müller"
    and "Muller". The rules are the common Latin transliteration variants of East Slavic
    names (BGN/PCGN "-iy", ALA-LC "-ii", scholarly "-ij", Ukrainian passport "-yy").
    """
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.casefold())
    return " ".join(_fold_word(w) for w in words)


def _fold_word(word: str) -> str:
    # Only word endings: rewriting letters inside words ("kh" → "h") would merge real names
    # and make ids unreadable; rarer variants ("Qaddafi"/"Gadhafi") belong in the alias file.
    return re.sub(r"(?:yy|iy|ii|ij|yi)$", "y", word)


def slug(text: str) -> str:
    """The folded key with hyphens: the readable part of an entity id."""
    return fold(text).replace(" ", "-")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def is_title_word(word: str) -> bool:
    low = word.casefold().strip(",")
    if low in TITLE_WORDS or low in HONORIFICS or bool(_OCCUPATION_ENDING.search(low)):
        return True
    return _hyphenated_title(low)


def _hyphenated_title(low: str) -> bool:
    """A title written with hyphens ("Governor-General", "President-elect", "Vice-Chancellor",
    "Editor-in-Chief"): every part a title word or a joining word, one at least a title word.
    A hyphenated surname ("Ocasio-Cortez") has a part that is neither."""
    parts = low.split("-")
    if len(parts) < 2:
        return False
    titles = [p for p in parts if p in TITLE_WORDS]
    return bool(titles) and all(p in TITLE_WORDS or p in _HYPHENED_TITLE_PARTS for p in parts)


def split_name(text: str) -> ParsedName:
    """Name, role and affiliation of a name phrase such as "NATO Secretary-General Mark Rutte".

    The name is the run of capitalised words after the last title word; what comes before
    is the role, whose leading proper nouns or demonyms are the affiliation.
    """
    words = words_of(without_nickname(without_acronym(strip_possessive(text.lstrip(_LIST_DASHES)))))
    while words and words[0].casefold() in ("the", "a", "an", "former", "then"):
        words = words[1:]
    if len(words) >= 2 and words[-2].casefold() in HONORIFICS and is_title_word(words[-1]):
        # "Mr. King", "Ms. Judge": after an honorific comes a surname, even one that is a title word.
        return ParsedName(words[-1], "", "", _gender_of_prefix(words[-2:]))
    if all(is_title_word(w) for w in words):
        return ParsedName("", _title_case(" ".join(words)), "", _gender_of_prefix(words))  # "Minister"
    cut = _last_title_index(words)
    if cut < 0:
        cut = _before_given_name(words)  # "House Intelligence Committee Represenative Adam Schiff"
    if 0 <= cut < len(words) - 1 and words[cut + 1].casefold() in _TITLE_OBJECT:
        cut = _end_of_title_object(words, cut + 1)  # "Ambassador to the United Nations Nikki Haley"
    name_words = words[cut + 1 :] if cut >= 0 else words
    prefix = words[: cut + 1] if cut >= 0 else []
    gender = _gender_of_prefix(prefix) or gender_of_given(name_words[0] if name_words else "")
    honorific_free = [w for w in prefix if w.casefold() not in HONORIFICS]
    affiliation, role = split_role(" ".join(honorific_free))
    if _regnal(prefix, name_words):
        name_words = [prefix[-1][:1].upper() + prefix[-1][1:], *name_words]
    return ParsedName(" ".join(name_words), role, affiliation, gender)


def _regnal(prefix: list[str], name_words: list[str]) -> bool:
    """Whether the name is a regnal one that goes with its title: "Pope Francis", "King Charles III"."""
    if not prefix or prefix[-1].casefold() not in REGNAL_TITLES or not name_words:
        return False
    return len(name_words) == 1 or (len(name_words) == 2 and bool(_REGNAL_NUMERAL.fullmatch(name_words[1])))


# Offices that end a title and never a person's name: "Massachusetts Secretary" (of State …),
# "Turkish President", "New York Gov.". Not "King", "Judge", "Pope", "Bishop", "Speaker": surnames too.
_OFFICES = frozenset(
    """secretary secretary-general senator sen. governor gov. president vice-president prosecutor
    minister chancellor premier mayor ambassador spokesman spokeswoman spokesperson chairman
    chairwoman congressman congresswoman representative rep. commissioner""".split()
)


def office_without_name(name: str) -> bool:
    """ "Massachusetts Secretary", "Turkish President", "Special Prosecutor": capitalised words
    that end in an office and hold no given name are a title the recogniser cut from its holder's
    name ("Massachusetts Secretary[ of State William Galvin]") or a title alone, never a person."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _OFFICES:
        return False
    before = words[:-1]
    return all(w[:1].isupper() and not gender_of_given(w) and not is_hyphenated_given(w) for w in before)


def titled_name(name: str) -> bool:
    """A name kept with its title ("Lord Sugar", "Pope Francis"): the article gave no fuller name yet."""
    words = name.split()
    return len(untitled_words(words)) < len(words)


def untitled_words(words: list[str]) -> list[str]:
    """The words of a name kept with its title, without the title ("Prince Harry" → "Harry"), to
    look up whose name it is; other names unchanged."""
    return words[1:] if len(words) >= 2 and words[0].casefold() in REGNAL_TITLES else words


def _end_of_title_object(words: list[str], at: int) -> int:
    """Index of the last word of a title's object ("of Ukraine", "to the United Nations"): the
    person's name is what follows, from a known given name on, else its last two words."""
    for k in range(at + 1, len(words) - 1):
        if gender_of_given(words[k]):
            return k - 1
    return max(at, len(words) - 3)


def is_hyphenated_given(word: str) -> bool:
    """A hyphenated East Asian given name: "Man-kei", "Ki-moon", "Jae-in"."""
    return bool(_HYPHENATED_GIVEN.fullmatch(word))


# A party's member written before a name as a title is ("Democrat Hillary Clinton", "Republican
# Donald Trump"): a noun for a member, not the party's name ("the Republican Party").
PARTY_MEMBERS = frozenset("democrat republican independent conservative liberal tory libertarian".split())


def _before_given_name(words: list[str]) -> int:
    """Index of the word before a known given name that starts a two- or three-word name at
    the end of a longer run, else -1; a party's member or a possessive counts as such a run
    ("Democrat Hillary Clinton", "Twitter's Adam Sharp")."""
    member = len(words) in (3, 4) and words[0].casefold() in PARTY_MEMBERS
    # "Twitter's Adam Sharp": a body's possessive before a person's name is whose the person is.
    owner = len(words) in (3, 4) and words[0].endswith(("'s", "\u2019s"))
    for k in range(1 if member or owner else max(2, len(words) - 3), len(words) - 1):  # two words before it
        given = gender_of_given(words[k]) or is_hyphenated_given(words[k])  # "Man-kei Tam"
        if given and all(w[:1].isupper() for w in words[k:]):
            return k - 1
    return -1


def _last_title_index(words: list[str]) -> int:
    """Index of the last title/honorific word that still has a name word after it, else -1."""
    last = -1
    for k, word in enumerate(words[:-1]):
        if all(_is_generational(w) for w in words[k + 1 :]):
            break  # "Martin Luther King Jr.": a title word before "Jr." is the surname
        if is_title_word(word) or (k < len(words) - 2 and word.casefold() in DEMONYMS):
            last = k
    # "NATO Secretary-General Mark Rutte": NATO sits before the title and belongs to the role.
    return last


def _is_generational(word: str) -> bool:
    return word.casefold().strip(",").rstrip(".") in GENERATIONAL


def generational_suffix(name: str) -> str:
    """The "Jr."/"Sr."/"III" ending a person's name of two words or more, else ""."""
    words = name.split()
    return words[-1] if len(words) >= 3 and _is_generational(words[-1]) else ""


def split_role(phrase: str) -> tuple[str, str]:
    """(affiliation, role) of a role phrase: "NATO's secretary-general" → ("NATO", "Secretary-General")."""
    words = words_of(phrase)
    while words and words[0].casefold() in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    affiliation_words: list[str] = []
    while (
        words and not is_title_word(words[0]) and (words[0][:1].isupper() or words[0].casefold() in DEMONYMS)
    ):
        affiliation_words.append(strip_possessive(words.pop(0)))
    affiliation = " ".join(affiliation_words)
    affiliation = DEMONYMS.get(affiliation.casefold(), affiliation)
    return affiliation, _title_case(" ".join(words))


def _title_case(role: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in role.split("-")) if role else ""


def _gender_of_prefix(prefix: list[str]) -> str:
    for word in prefix:
        low = word.casefold()
        if low in FEMALE_HONORIFICS or low in FEMALE_ROLES:
            return "f"
        if low in MALE_HONORIFICS or low in MALE_ROLES:
            return "m"
    return ""


# The lists' names by their folded keys, as a word is looked up: "Oleksiy" folds to "oleksy"
# (fold merges the "-iy"/"-yy" transliterations), so the list's own spelling would never match.
_FEMALE_KEYS = frozenset(fold(name) for name in FEMALE_GIVEN)
_MALE_KEYS = frozenset(fold(name) for name in MALE_GIVEN)


def gender_of_given(word: str) -> str:
    """ "m" or "f" for a given name in the small built-in lists, else ""; also for a hyphenated
    given name whose two parts are given names of one sex ("Eva-Maria", "Hans-Peter"), which the
    lists cannot hold. Parts of two sexes ("Jean-Marie" is a man's) tell none."""
    low = fold(word)
    if low in _FEMALE_KEYS:
        return "f"
    if low in _MALE_KEYS:
        return "m"
    parts = low.split()  # fold() reads the hyphen as a space
    if "-" in word and len(parts) == 2:
        sexes = {_gender_of_key(part) for part in parts}
        return sexes.pop() if len(sexes) == 1 else ""
    return ""


def _gender_of_key(low: str) -> str:
    return "f" if low in _FEMALE_KEYS else "m" if low in _MALE_KEYS else ""


# Words after which a role speaks of someone else: "a strategist [for] Mrs. Clinton's campaign".
_ROLE_OBJECT_START = frozenset("for of to at with from by in on under".split())


def gender_of_role(role: str) -> str:
    """The gender a role's own words say ("spokeswoman", "Mrs."), never that of a person it
    names after a preposition or as a possessor ("a strategist for Mrs. Clinton's campaign",
    "Mr. Obama's chief of staff" say nothing of the strategist or the chief)."""
    words = words_of(role)
    own: list[str] = []
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        someone_named = word.casefold() in HONORIFICS and following[:1].isupper()
        if word.casefold() in _ROLE_OBJECT_START or someone_named:
            break
        own.append(word)
    return _gender_of_prefix(own)


def surname(name: str) -> str:
    """The last word of a person's name, which later mentions use alone ("Rutte"); the first
    in a Korean name written family name first ("Ban" of Ban Ki-moon)."""
    words = name.split()
    if len(words) == 2 and _HYPHENATED_GIVEN.fullmatch(words[1]):
        return words[0]
    if len(words) >= 2 and _is_generational(words[-1]):
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    elif len(words) >= 3 and _REGNAL_NUMERAL.fullmatch(words[-1]):
        words = words[:-1]  # "Benedict" of Pope Benedict XVI (not "X" of Malcolm X)
    if not words:
        return ""
    # "de Blasio" of Bill de Blasio, "von der Leyen": the particles belong to the surname.
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])
