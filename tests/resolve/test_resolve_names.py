"""Canonical names: folding, titles, roles and affiliations."""

from __future__ import annotations

import pytest

from quotegraph.resolve.name_marks import fills_a_quotation
from quotegraph.resolve.names import (
    fold,
    gender_of_given,
    gender_of_role,
    office_without_name,
    slug,
    split_name,
    split_role,
    surname,
)
from quotegraph.resolve.roles import is_role


@pytest.mark.parametrize(
    "variant", ["Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskij", "ZELENSKYY", "Zelenskii"]
)
def test_transliterations_of_one_name_fold_to_one_key(variant: str) -> None:
    assert fold(variant) == fold("Zelensky")


@pytest.mark.parametrize(("a", "b"), [("Jiménez", "Jimenez"), ("Müller", "Muller"), ("Łukasz", "Lukasz")])
def test_diacritics_fold_away(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_different_names_keep_different_keys() -> None:
    assert fold("Mark Rutte") != fold("Mark Ruttle")
    assert slug("Volodymyr Zelenskyy") == "volodymyr-zelensky"


@pytest.mark.parametrize(
    ("written", "name", "role", "affiliation"),
    [
        ("NATO Secretary-General Mark Rutte", "Mark Rutte", "Secretary-General", "NATO"),
        ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President", "Ukraine"),
        ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "Russia"),
        ("Transport Minister Peter Lindqvist", "Peter Lindqvist", "Transport Minister", ""),
        ("Mr. Rutte", "Rutte", "", ""),
        ("Ms. Marsh's", "Marsh", "", ""),
        ("Ursula von der Leyen", "Ursula von der Leyen", "", ""),
        # a list item's dash glued to the name that opens it ("-Philip Bump illustrates …")
        ("-Philip Bump", "Philip Bump", "", ""),
        ("\u2014Sen. Ted Cruz", "Ted Cruz", "Sen.", ""),
        ("Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez", "", ""),
    ],
)
def test_name_phrases_split_into_name_role_and_affiliation(
    written: str, name: str, role: str, affiliation: str
) -> None:
    parsed = split_name(written)

    assert (parsed.name, parsed.role, parsed.affiliation) == (name, role, affiliation)


@pytest.mark.parametrize(
    ("phrase", "affiliation", "role"),
    [
        ("NATO's secretary-general", "NATO", "Secretary-General"),
        ("the Ukrainian president", "Ukraine", "President"),
        ("a Kremlin spokesman", "Kremlin", "Spokesman"),
    ],
)
def test_appositive_roles_split_into_affiliation_and_role(phrase: str, affiliation: str, role: str) -> None:
    assert split_role(phrase) == (affiliation, role)


@pytest.mark.parametrize(
    ("written", "expected"), [("Dr. Priya Natarajan", "f"), ("Ms. Natarajan", "f"), ("Mr. Hughes", "m")]
)
def test_honorifics_give_gender(written: str, expected: str) -> None:
    assert split_name(written).gender == expected


def test_surname_skips_generational_suffix() -> None:
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Rutte") == "Rutte"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr. King", "King"),  # a surname that is also a title word
        ('Marcia "Cia" Price', "Marcia Price"),  # a nickname is no part of the canonical name
        ("Reuters/Ipsos", "Reuters/Ipsos"),  # a slash joins one name
        ("Secretary of State Antony Blinken", "Antony Blinken"),
        ("Labour MP Jane Smith", "Jane Smith"),
        ("Lawmaker Rosa Vidal", "Rosa Vidal"),  # titles of office and honour before the name
        ("Monsignor Tomas Brandt", "Tomas Brandt"),
        ("Wellcome Trust Senior Research Fellow Alan Moor", "Alan Moor"),
        ("Oxfam International Wing-sze Lau", "Wing-sze Lau"),  # a hyphenated given name starts it
        ("Chief Executive Officer Dana Brook", "Dana Brook"),  # an officer's title
        ("Coroner Ruth Ellery", "Ruth Ellery"),
        ("Treasurer Owen Gale", "Owen Gale"),
        ("Colonel Idris Bello", "Idris Bello"),
        ("Governor-General Alan Firth", "Alan Firth"),  # a hyphenated title
        ("President-elect Maria Soto", "Maria Soto"),
        ("Vice-Chancellor Ian Croft", "Ian Croft"),
        ("Rep. Lena Ocasio-Brandt", "Lena Ocasio-Brandt"),  # a hyphenated surname stays
        ("Rev. Samuel Otis King Jr.", "Samuel Otis King Jr."),  # a title word before "Jr." is a surname
    ],
)
def test_canonical_names_keep_the_name_and_only_the_name(written: str, name: str) -> None:
    assert split_name(written).name == name


@pytest.mark.parametrize(
    ("role", "ok"),
    [
        ("62", False),
        ("aged 62", False),
        ("35-year-old", False),
        ("Secretary-General", True),
        ("2024 presidential nominee of the Green Party", True),  # a year dates the office
        ("the 45th governor", True),
    ],
)
def test_an_age_is_not_a_role(role: str, ok: bool) -> None:
    assert is_role(role) is ok


def test_a_korean_name_written_family_name_first_has_its_first_word_as_surname() -> None:
    assert surname("Ban Ki-moon") == "Ban"
    assert surname("Joseph R. Biden Jr.") == "Biden"


@pytest.mark.parametrize(
    ("written", "name", "role"),
    [
        ("Pope Leo", "Pope Leo", "Pope"),
        ("King Harald V", "King Harald V", "King"),
        ("Queen Margrethe", "Queen Margrethe", "Queen"),
        ("the king", "", "King"),  # a title alone names nobody
    ],
)
def test_a_regnal_name_keeps_its_title(written: str, name: str, role: str) -> None:
    parsed = split_name(written)

    assert (parsed.name, parsed.role) == (name, role)


@pytest.mark.parametrize(
    ("role", "gender"),
    [
        ("strategist for Mrs. Clinton's 2008 campaign", ""),
        ("Mr. Obama's chief of staff", ""),
        ("spokeswoman for Mr. Trump", "f"),
        ("Chairwoman", "f"),
        ("Mrs.", "f"),
    ],
)
def test_a_role_says_the_gender_of_its_own_words_not_of_a_person_it_names(role: str, gender: str) -> None:
    assert gender_of_role(role) == gender


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Democrat Hillary Clinton", "Hillary Clinton"),
        ("Republican Donald Trump", "Donald Trump"),
        ("Reps. Chris Collins", "Chris Collins"),
    ],
)
def test_a_party_member_word_or_plural_title_before_a_name_is_no_part_of_it(written: str, name: str) -> None:
    assert split_name(written).name == name


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("Carly", "f"),
        ("Dianne", "f"),
        ("Trish", "f"),
        ("Greg", "m"),
        ("Arturo", "m"),
        ("Andy", "m"),
        ("Gwendolyn", "f"),
    ],
)
def test_frequent_given_names_tell_a_persons_sex(given: str, gender: str) -> None:
    assert gender_of_given(given) == gender


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("Eva-Maria", "f"),
        ("Hans-Peter", "m"),
        ("Anne-Marie", "f"),
        # Parts of two sexes, or a part no list holds, tell none: "Jean-Marie" is a man's name.
        ("Jean-Marie", ""),
        ("Mark-Anne", ""),
        ("Dodd-Frank", ""),
        ("Mark-Viverito", ""),
    ],
)
def test_a_hyphenated_given_name_of_two_given_names_of_one_sex_is_of_it(given: str, gender: str) -> None:
    assert gender_of_given(given) == gender


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Senate Intelligence Ranking Democrat Dianne Feinstein", "Dianne Feinstein"),
        ("New York City Public Advocate Trish James", "Trish James"),
    ],
)
def test_a_run_of_capitalised_words_before_a_known_given_name_is_no_part_of_the_name(
    written: str, person: str
) -> None:
    assert split_name(written).name == person


@pytest.mark.parametrize(
    ("given", "variant"), [("Oleksiy", "Oleksii"), ("Andriy", "Andrii"), ("Yuriy", "Yurii")]
)
def test_a_listed_given_name_is_known_in_every_transliteration(given: str, variant: str) -> None:
    # The lists hold "oleksiy"; the lookup folds "-iy"/"-ii" to "-y", and so must the lists.
    assert gender_of_given(given) == gender_of_given(variant) == "m"


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Massachusetts Secretary", True),  # "Massachusetts Secretary[ of State William Galvin]"
        ("Turkish President", True),
        ("New York Gov.", True),
        ("Special Prosecutor", True),
        ("Peter T. King", False),  # a surname that is also a title word: not an office of the list
        ("Olivia Pope", False),
        ("Paul Secretary", False),  # a given name: a person, whatever the last word
        ("Governor", False),  # one word: split_name reads it as a role already
    ],
)
def test_words_ending_in_an_office_without_a_given_name_are_no_person(name: str, office: bool) -> None:
    assert office_without_name(name) is office


@pytest.mark.parametrize(
    ("text", "name", "filled"),
    [
        ("put their location as ''Wilayat Twitter,'' or the province", "Wilayat Twitter", True),
        ("Since then, the “Jane The Virgin” actress has", "Jane The Virgin", True),
        ("a sign that read ‘Ana Ruiz’ hung there", "Ana Ruiz", True),
        ("“Ana Ruiz’s plan is bad,” he said", "Ana Ruiz", False),  # a possessive, not a closing mark
        ("“Ana Ruiz said it first,” he said", "Ana Ruiz", False),
        ("as Ana Ruiz said", "Ana Ruiz", False),
    ],
)
def test_a_name_that_fills_a_quotation_is_told_apart(text: str, name: str, filled: bool) -> None:
    start = text.index(name)
    assert fills_a_quotation(text, start, start + len(name)) is filled
