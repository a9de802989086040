"""Which earlier referent of an article a new name mention continues.

The matching passes of name chains (Lee et al. 2013, Stanford's sieve coreference: "exact
match", "relaxed head match"): the same name, a surname or nickname of a person, the given name
of exactly one person, an institution's acronym, initials, head word or shorter name. Kept apart
from chains.py, which reads each mention and decides its kind: these functions only look up the
referents found so far. Where a match shows that a referent was read wrongly (a person the
recogniser typed an organisation, an institution first named by a shorter name) they say so in
the Continuation they return, and Chains applies it: a lookup changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotegraph.records import EntityKind
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.institutions import ORGANISATION_WORDS, initials, institution_key
from quotegraph.resolve.kinds import is_known_state
from quotegraph.resolve.names import HONORIFICS, fold, gender_of_given, is_title_word, surname, words_of
from quotegraph.resolve.people import by_nickname, same_person
from quotegraph.resolve.referents import Referent

COUNTRY_KEYS = frozenset(fold(country) for country in DEMONYMS.values())
SURNAME_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss".split())


@dataclass(frozen=True)
class Continuation:
    """The earlier referent a name continues, and what the match shows about it: `kind`, the
    kind it really has ("Morgan Tsvangirai" typed ORG is a person once "Tsvangirai" is one),
    `name`, a fuller name it goes by ("the Search and Rescue Agency" named before "the National
    Search and Rescue Agency"); empty where the referent stands as it is."""

    referent: Referent
    kind: EntityKind | None = None
    name: str = ""

    def apply(self) -> Referent:
        """The referent, retyped and renamed as the match shows."""
        if self.kind is not None:
            self.referent.kind = self.kind
        if self.name:
            self.referent.name = self.name
        return self.referent


def exact_referent(referents: list[Referent], name: str) -> Referent | None:
    """The latest referent with this very name (folded)."""
    key = fold(name)
    return next((r for r in reversed(referents) if fold(r.name) == key), None)


def known_surname(referents: list[Referent], name: str) -> bool:
    """A person of the article has this surname, and the name's given names do not clash
    ("Beyond Trump", a heading, is not Donald Trump)."""
    return any(r.kind is EntityKind.PERSON and same_person(r.name, name) for r in referents)


def continued_referent(
    referents: list[Referent],
    acronyms: dict[str, Referent],
    name: str,
    kind: EntityKind,
    gender: str = "",
    *,
    honorific: bool = False,
    title: str = "",
) -> Continuation | None:
    """The referent this name continues: same name, or for people the same surname and no
    clash of given name or gender ("Mr. Obama" is not Michelle Obama). `honorific`: the mention
    is written "Mr./Ms. Surname", which names a person for certain; `title`: the title written
    before it ("President" of "Former President Bush"), which tells namesakes apart."""
    key = institution_key(name)
    for referent in reversed(referents):
        if institution_key(referent.name) == key and not _sex_clash(referent, gender):
            return Continuation(referent)
    if is_known_state(name):
        return None
    institution = _continuing(_institution_of(referents, acronyms, name)) or _same_institution(
        referents, name, kind
    )
    if institution is not None:
        return institution
    # A surname links back to the person even when the recogniser typed it otherwise
    # ("Lindqvist" as ORG): labels on single words are the least reliable. Of two namesakes
    # the one mentioned most so far wins, then the one more often a subject ("Tom Baker, the
    # brother of Ella Baker, said … Baker said" is Tom), the later one on a tie.
    people = [
        r
        for r in referents
        if r.kind is EntityKind.PERSON
        and (same_person(r.name, name) or by_nickname(r, name))
        and (not gender or r.gender in ("", gender))
    ]
    # A place is not the short form of an institution named after it ("Jakarta" is not The
    # Jakarta Post).
    place = kind in (EntityKind.STATE, EntityKind.PLACE)
    if not people and honorific and len(name.split()) == 1:
        people = _by_paternal_surname(referents, name, gender)
    if not people and len(name.split()) == 1:
        people = _by_spelling_variant(referents, name)
    if not people and kind is EntityKind.PERSON:
        return (
            _person_typed_as_organisation(referents, acronyms, name, honorific=honorific)
            if len(name.split()) == 1
            else _surname_typed_as_organisation(referents, acronyms, name)
        )
    if people or kind is EntityKind.PERSON or place or len(name.split()) != 1:
        most_salient = max(reversed(people), key=lambda r: _namesake_salience(r, gender, title), default=None)
        return _continuing(most_salient)
    # "Peabody" after "Peabody Energy", "Ford" after "Ford Motor Company".
    key = fold(name)
    institutions = (r for r in reversed(referents) if r.kind is EntityKind.ORGANISATION)
    return _continuing(next((r for r in institutions if institution_key(r.name).split()[0] == key), None))


def _namesake_salience(person: Referent, gender: str, title: str = "") -> tuple[bool, bool, int, int, bool]:
    """How strongly a name points at `person` among namesakes: a title they hold first, then a
    sex known to agree, then how often and how often as a subject the article names them, then
    the order of a couple."""
    agrees, in_pair_order = _sex_known_to_agree(person, gender), _named_in_pair_order(person, gender)
    return _holds_title(person, title), agrees, person.mentions, person.subjects, in_pair_order


# Words that make another office of a title, or none: "Vice President" is not "President".
_TITLE_QUALIFIERS = frozenset("vice deputy assistant acting former ex then first".split())


def _holds_title(person: Referent, title: str) -> bool:
    """ "Jeb Bush … his brother, former President George W. Bush … Former President Bush said":
    a title before a surname is the namesake's whose roles hold its words, and no qualifier
    that makes another office of it ("Vice President Biden" holds no "President Biden")."""
    words = {w for w in fold(title).split() if is_title_word(w)} - _TITLE_QUALIFIERS
    if not words:
        return False
    held = person.role_words()
    qualifiers = (held & _TITLE_QUALIFIERS) - {"former", "ex", "then"}
    return words <= held and not qualifiers - set(fold(title).split())


def _sex_known_to_agree(person: Referent, gender: str) -> bool:
    """ "Saeed Abedini … his wife, Naghmeh Abedini … Mrs. Abedini": after "Mr./Mrs./Ms." the
    namesake known to be of that sex is the one meant, before one whose sex nothing says."""
    return bool(gender) and person.gender == gender


def _named_in_pair_order(person: Referent, gender: str) -> bool:
    """ "Khizr and Ghazala Khan … Mr. Khan … Ms. Khan": of a couple named with one surname whose
    given names say no sex, English names the husband first ("Mr. and Mrs. Khan"), so a surname
    alone or after "Mr." is the first of them, after "Mrs./Ms." the second, when nothing else
    (mentions, subjects) tells them apart."""
    return person.pair_rank == (2 if gender == "f" else 1)


def _continuing(referent: Referent | None) -> Continuation | None:
    """A referent found as it stands, or nothing found."""
    return Continuation(referent) if referent is not None else None


def _by_paternal_surname(referents: list[Referent], word: str, gender: str) -> list[Referent]:
    """ "Melba Acosta Febo … Ms. Acosta": after "Mr./Ms." a word that is the second-last of a
    person's three-word name, and no given name, is the first of a two-word family name (the
    Spanish paternal surname), whatever the given name before it (people.py asks for a given
    name it knows when no honorific says the word is a surname)."""
    if gender_of_given(word):
        return []
    key = fold(word)
    return [
        r
        for r in referents
        if r.kind is EntityKind.PERSON
        and len(r.name.split()) == 3
        and fold(r.name.split()[1]) == key
        and (not gender or r.gender in ("", gender))
    ]


def _by_spelling_variant(referents: list[Referent], word: str) -> list[Referent]:
    """ "Houthi spokesperson Yahya Sarea … Saree said": a lone word no person's surname matches
    is the one person named in full whose surname it spells with one other letter (a
    transliteration written two ways), of five letters or more and the same first three; never
    a given name of the lists, which names someone else ("Karen" is not Tom Karel)."""
    key = fold(word)
    if len(key) < 5 or gender_of_given(word) or not word[:1].isupper() or word.isupper():
        return []
    named_in_full = [r for r in referents if r.kind is EntityKind.PERSON and len(r.name.split()) > 1]
    people = [r for r in named_in_full if _one_letter_apart(fold(surname(r.name)), key)]
    return people if len(people) == 1 else []


def _one_letter_apart(known: str, key: str) -> bool:
    """Two words of the same length, the same first three letters, and one letter different."""
    if len(known) != len(key) or known[:3] != key[:3]:
        return False
    return sum(a != b for a, b in zip(known, key, strict=True)) == 1


def _sex_clash(referent: Referent, gender: str) -> bool:
    """ "Mr. Clinton … Mrs. Clinton": the same surname with another sex is another person (a
    couple, siblings), though the names are equal once the honorifics are gone."""
    return referent.kind is EntityKind.PERSON and bool(gender) and referent.gender not in ("", gender)


def _person_typed_as_organisation(
    referents: list[Referent], acronyms: dict[str, Referent], surname_alone: str, *, honorific: bool = False
) -> Continuation | None:
    """ "Morgan Tsvangirai" (typed ORG by the recogniser), then "Tsvangirai" as a person: a
    name of two or three words without an institution word, mentioned once (one ORG label
    is a slip; a name typed ORG again and again is an organisation), whose last word a
    person's mention repeats, was that person. After "Mr./Ms." the count does not matter
    ("Tashfeen Malik" typed ORG twice, then "Ms. Malik"): no organisation is called Ms."""
    key = fold(surname_alone)
    for referent in reversed(referents):
        words = referent.name.split()
        personal = 2 <= len(words) <= 3 and not any(fold(w) in ORGANISATION_WORDS for w in words)
        personal = personal and (referent.mentions == 1 or honorific)
        named = all(w[:1].isupper() for w in words) and fold(words[-1]) == key
        abbreviated = referent in acronyms.values()
        if referent.kind is EntityKind.ORGANISATION and personal and named and not abbreviated:
            return Continuation(referent, kind=EntityKind.PERSON)
    return None


def _surname_typed_as_organisation(
    referents: list[Referent], acronyms: dict[str, Referent], full_name: str
) -> Continuation | None:
    """ "Biden stumping for Clinton … Vice President Joe Biden": a surname written alone before
    the full name, which the recogniser typed ORG (a lone word with little context), was the
    person the full name names, when it is one capitalised word, no initialism and no
    institution word; to be retyped a person, so that the full name and the later surnames join it."""
    key = fold(surname(full_name))
    # "Clinton emails … Hillary Clinton": a surname the recogniser typed a place (a town of
    # that name) is the person when a known given name opens the full name; never a country's
    # name ("Jordan … Michael Jordan").
    given = bool(gender_of_given(full_name.split(maxsplit=1)[0]))
    for referent in reversed(referents):
        word = referent.name
        lone = " " not in word and word[:1].isupper() and not word.isupper()
        body = fold(word) in ORGANISATION_WORDS or referent in acronyms.values()
        place = referent.kind in (EntityKind.STATE, EntityKind.PLACE) and given and not _a_country(word)
        if (referent.kind is EntityKind.ORGANISATION or place) and lone and not body and fold(word) == key:
            return Continuation(referent, kind=EntityKind.PERSON)
    return None


def _a_country(word: str) -> bool:
    """A state's name, also one that is a given name too ("Jordan", "Chad", "Georgia")."""
    return is_known_state(word) or fold(word) in COUNTRY_KEYS


def _institution_of(referents: list[Referent], acronyms: dict[str, Referent], name: str) -> Referent | None:
    """ "WHO" → World Health Organization (its acronym or initials); "Court" alone → the
    latest institution named with that word ("Supreme Court of the United Kingdom")."""
    words = name.split()
    if len(words) != 1:
        return None
    institutions = [r for r in reversed(referents) if r.kind is EntityKind.ORGANISATION]
    short_of = acronyms.get(fold(name))
    if short_of is not None and short_of.kind is EntityKind.ORGANISATION:
        # "the California Department of Forestry and Fire Protection (CalFire)": a short form
        # the article gave in brackets names the institution, in capitals or not (not the
        # place that ends a name cut short: "Transport for London (TfL)").
        return short_of
    if name.isupper() and len(name) > 1:
        found = acronyms.get(fold(name))
        return found or next((r for r in institutions if fold(name) in initials(r.name)), None)
    if name.casefold() in ORGANISATION_WORDS:
        return next((r for r in institutions if name.casefold() in r.name.casefold().split()[1:]), None)
    return None


def _same_institution(referents: list[Referent], name: str, kind: EntityKind) -> Continuation | None:
    """ "the Search and Rescue Agency" is the National Search and Rescue Agency named before
    (and the other way round): one institution's name ending the other's; it goes by the longer.
    So is "the Supreme Court" after "the Supreme Court of Puerto Rico": a name that is an earlier
    one's words before "of" (a later, fuller name does not rename it: "Supreme Court" first is
    no court of a place named after it)."""
    key = institution_key(name)
    if kind is not EntityKind.ORGANISATION or len(key.split()) < 2:
        return None
    for referent in reversed(referents):
        other = institution_key(referent.name)
        ends = other.endswith(" " + key) or key.endswith(" " + other)
        if referent.kind is EntityKind.ORGANISATION and (ends or _before_of(other) == key):
            return Continuation(referent, name=name if len(name) > len(referent.name) else "")
    return None


def _before_of(key: str) -> str:
    """ "supreme court" of "supreme court of puerto rico": the words of an institution's name
    before its "of", which news writes alone for the body once it has named it whole; "" when
    no "of" follows two words or more."""
    head, of, _ = key.partition(" of ")
    return head if of and " " in head else ""


def given_name_of_one(referents: list[Referent], name: str) -> bool:
    """Whether a lone name is the given name of exactly one person named in full."""
    key = fold(name)
    people = [r for r in referents if r.kind is EntityKind.PERSON and len(r.name.split()) > 1]
    return len(name.split()) == 1 and sum(fold(r.name.split()[0]) == key for r in people) == 1


def referent_by_given_name(
    referents: list[Referent],
    labels: dict[str, str],
    written: str,
    name: str,
    *,
    kind: EntityKind,
    gender: str = "",
) -> Referent | None:
    """ "Sir Keir" → Keir Starmer, "Dr Meerjady" → Meerjady Sabrina Flora: a lone name that is
    the given name of exactly one person of the article (a person by evidence, not by a guess)
    and nobody's surname. Also a lone given name the recogniser typed an organisation
    ("Hardeep" after "Hardeep Singh Puri"): its label says it names someone, not whom."""
    # Not an initialism or an institution word: "CNN", "Parliament" name no person.
    # A group's label ("Tamim" as NORP, after "Emir Tamim bin Hamad Al Thani") is a slip too.
    mistyped = (
        kind in (EntityKind.ORGANISATION, EntityKind.GROUP)
        and not name.isupper()
        and fold(name) not in ORGANISATION_WORDS
    )
    if len(name.split()) != 1 or (kind not in (EntityKind.PERSON, EntityKind.UNKNOWN) and not mistyped):
        return None
    key = fold(name)
    people = [r for r in referents if r.kind is EntityKind.PERSON and len(r.name.split()) > 1]
    if any(fold(surname(r.name)) == key for r in people):
        return None
    # A person by evidence anywhere in the article: the recogniser may label the full name
    # only after the given name's first lone use ("Brenton" before "Brenton Tarrant" is labelled).
    given = [
        r
        for r in people
        if fold(r.name.split()[0]) == key and (r.evidence or labels.get(fold(r.name)) == "PERSON")
    ]
    honorifics = {w.casefold() for w in words_of(written)} & HONORIFICS
    if honorifics & SURNAME_HONORIFICS:
        # "Mr. Obama": after Mr, Mrs or Ms comes a surname, which may be written first ("Mr. Lou").
        return _family_name_first(people, key, gender)
    honorific = bool(honorifics)
    agrees = len(given) == 1 and (not gender or given[0].gender in ("", gender))
    if agrees and (honorific or kind is EntityKind.PERSON or mistyped):
        return given[0]
    return None


def _family_name_first(people: list[Referent], key: str, gender: str) -> Referent | None:
    """ "Lou Jiwei … Mr. Lou", "Kim Jong Un … Mr. Kim": after "Mr./Ms." comes a surname, so a
    word that opens the name of exactly one person of two or three words, none of the words
    after it a given name the lists know or an institution word, is that person's family name
    written first (Chinese, Korean, Vietnamese order). The sex of the honorific must not clash."""
    found = [
        r
        for r in people
        if len(r.name.split()) <= 3
        and fold(r.name.split()[0]) == key
        and not any(gender_of_given(w) or fold(w) in ORGANISATION_WORDS for w in r.name.split()[1:])
    ]
    if len(found) != 1 or (gender and found[0].gender not in ("", gender)):
        return None
    return found[0]
