"""What kind of entity a name mention is: the recogniser's label read as a kind, a guess for a
name it never saw, and the institutions whose names hold a person's title word.

Apart from chains.py because descriptions and speakers guess kinds too, without the chains.
"""

from __future__ import annotations

from quotegraph.records import EntityKind, Mention
from quotegraph.resolve.demonyms import DEMONYMS
from quotegraph.resolve.entities import STATES, metonym_of
from quotegraph.resolve.institutions import INSTITUTION_END_WORDS, ORGANISATION_WORDS
from quotegraph.resolve.names import ParsedName, fold

LABEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANISATION,
    "GPE": EntityKind.STATE,
    "NORP": EntityKind.GROUP,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
}
# Plural nouns that headlines and sentence starts capitalise ("Protesters blocked…").
GROUP_WORDS = frozenset(
    """protesters critics voters republicans democrats residents analysts experts economists lawmakers
    supporters opponents leaders observers investors scientists activists doctors workers unions
    allies farmers police officials""".split()
)
DEMONYM_KEYS = frozenset(fold(d) for d in DEMONYMS)
# Head words of companies' and public bodies' names that are no person's surname and no office a
# name of the recogniser's ORGANISATION_WORDS would misread: "Federal Aviation Administration",
# "Pacific Gas and Electric", "Combined Joint Task Force", "Our Principles PAC" (a political action
# committee).
GUESSED_ORGANISATION_WORDS = frozenset(
    """administration authority force forces electric energy airlines airways railway railways
    utilities telecom pharmaceuticals holdings industries pac""".split()
)
# Last words of the names of bodies that run a building, never alone: "Hartford Hospital", "the
# Rosenstiel School" ("the hospital" alone is a description, no body's name).
BUILDING_BODY_WORDS = frozenset("hospital clinic school".split())
# Every word that makes an unlabelled name an organisation's (guess_kind).
GUESSED_HEADS = INSTITUTION_END_WORDS | GUESSED_ORGANISATION_WORDS
# Last words of streets', districts' and buildings' names, never a person's surname: "Wall
# Street", "Downing Street", "Madison Avenue", "Silicon Valley" (news names a trade by its street),
# "Blenheim Palace" ("Hill", "Park", "Lake", "Hall" and "Castle" are also surnames).
STREET_WORDS = frozenset(
    "street avenue road boulevard lane square valley palace plaza airport stadium".split()
)
NON_ENTITY_LABELS = frozenset(
    "DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY WORK_OF_ART LAW EVENT LANGUAGE PRODUCT".split()
)


def opens_institution(written: str, parsed: ParsedName) -> bool:
    """ "Directorate General of Civil Aviation": a name that opens with an institution word and
    whose office word "of" continues, or that ends in an institution word, is the institution.
    A title and a name after it stay a person: "Senate Majority Leader Schumer"."""
    words = written.removeprefix("The ").split()
    if not words or fold(words[0]) not in ORGANISATION_WORDS:
        return False
    return parsed.role.split()[-1:] == ["of"] or fold(words[-1]) in INSTITUTION_END_WORDS


def headed_by_institution_word(mention: Mention, written: str, label: str | None = None) -> bool:
    """ "The U.S. Justice Department", "the Catholic Bishops' Conference": an organisation the
    recogniser found whose last word is an institution word is that institution, though a word
    inside it is also a person's title ("Justice", "Bishop"). `label`: the one the recogniser gave
    the same name elsewhere, for a mention it never read."""
    words = written.split()
    headed = bool(words) and fold(words[-1]) in INSTITUTION_END_WORDS
    return (mention.entity_label or label) == "ORG" and headed


def kind_of_label(label: str, name: str) -> EntityKind | None:
    if label in NON_ENTITY_LABELS or (label == "NORP" and fold(name) in DEMONYM_KEYS):
        return None  # dates, numbers; "Ukrainian", "European": adjectives, not entities
    return LABEL_KINDS.get(label, EntityKind.UNKNOWN)


def is_known_state(name: str) -> bool:
    return fold(name) in STATES or metonym_of(name) is not None


def is_initialism(words: list[str]) -> bool:
    """ "NTSB", and "PG E" or "AT T": an initialism whose '&' the name reader dropped. A person's
    initials keep their full stops or come with a surname ("J. K. Rowling")."""
    letters = "".join(words)
    return letters.isalpha() and letters.isupper() and len(letters) > 1 and max(map(len, words)) > 1


def guess_kind(name: str) -> EntityKind:
    """Kind of a name no entity recogniser labelled: acronyms and institution words are
    organisations, a street's or a district's name a place, any other a person."""
    words = name.split()
    if len(words) == 1 and name.casefold() in GROUP_WORDS:
        return EntityKind.GROUP
    if (len(words) == 1 and name.isupper() and len(name) > 1) or is_initialism(words):
        return EntityKind.ORGANISATION
    if any(w.casefold() in GUESSED_HEADS for w in words):
        return EntityKind.ORGANISATION
    if len(words) > 1 and words[-1].casefold() in BUILDING_BODY_WORDS:
        return EntityKind.ORGANISATION
    if len(words) > 1 and words[-1].casefold() in STREET_WORDS:
        return EntityKind.PLACE  # "No Wall Street executive has been prosecuted," he noted: not Wall Street
    return EntityKind.PERSON
