"""Name matching: a lookup finds the referent a name continues and changes nothing itself."""

from __future__ import annotations

import pytest

from quotegraph.records import EntityKind
from quotegraph.resolve.matching import continued_referent, referent_by_given_name
from quotegraph.resolve.referents import Referent


def test_a_surname_finds_a_person_typed_organisation_without_retyping_it() -> None:
    # "Morgan Tsvangirai" (typed ORG once), then "Tsvangirai" as a person.
    typed = Referent("Morgan Tsvangirai", EntityKind.ORGANISATION, mentions=1)

    found = continued_referent([typed], {}, "Tsvangirai", EntityKind.PERSON)

    assert found is not None and found.referent is typed and found.kind is EntityKind.PERSON
    assert typed.kind is EntityKind.ORGANISATION  # the lookup leaves it; Chains applies it
    assert found.apply() is typed and typed.kind is EntityKind.PERSON


def test_a_full_name_finds_its_lone_surname_typed_organisation_without_retyping_it() -> None:
    # "Biden stumping for Clinton … Vice President Joe Biden".
    lone = Referent("Biden", EntityKind.ORGANISATION, mentions=1)

    found = continued_referent([lone], {}, "Joe Biden", EntityKind.PERSON)

    assert found is not None and found.referent is lone and found.kind is EntityKind.PERSON
    assert lone.kind is EntityKind.ORGANISATION


def test_a_full_name_ending_in_a_suffix_continues_its_surname_written_alone_before() -> None:
    # "Biden Calls Trump a Risk" (a headline), then "Vice President Joseph R. Biden Jr.".
    lone = Referent("Biden", EntityKind.PERSON, mentions=1)

    found = continued_referent([lone], {}, "Joseph R. Biden Jr.", EntityKind.PERSON)

    assert found is not None and found.referent is lone


def test_a_generational_suffix_still_tells_father_and_son_apart() -> None:
    father = Referent("Bob Casey Sr.", EntityKind.PERSON, mentions=1)

    assert continued_referent([father], {}, "Bob Casey Jr.", EntityKind.PERSON) is None


def test_a_full_name_with_a_known_given_name_finds_its_lone_surname_typed_a_place() -> None:
    # "1,200 Clinton emails" (typed GPE, a town's name) … "Hillary Clinton".
    lone = Referent("Clinton", EntityKind.STATE, mentions=1)

    found = continued_referent([lone], {}, "Hillary Clinton", EntityKind.PERSON)

    assert found is not None and found.referent is lone and found.kind is EntityKind.PERSON


def test_a_full_name_never_takes_over_a_country_or_a_place_without_a_known_given_name() -> None:
    country = Referent("Jordan", EntityKind.STATE, mentions=1)
    town = Referent("Zorvale", EntityKind.PLACE, mentions=1)

    assert continued_referent([country], {}, "Michael Jordan", EntityKind.PERSON) is None
    assert continued_referent([town], {}, "Qxv Zorvale", EntityKind.PERSON) is None


def test_a_longer_institution_name_is_reported_not_written() -> None:
    shorter = Referent("Search and Rescue Agency", EntityKind.ORGANISATION, mentions=1)

    found = continued_referent([shorter], {}, "National Search and Rescue Agency", EntityKind.ORGANISATION)

    assert found is not None and found.name == "National Search and Rescue Agency"
    assert shorter.name == "Search and Rescue Agency"
    assert found.apply().name == "National Search and Rescue Agency"


def test_a_plain_match_carries_no_correction() -> None:
    person = Referent("Mark Rutte", EntityKind.PERSON, mentions=1)

    found = continued_referent([person], {}, "Rutte", EntityKind.PERSON)

    assert found is not None and found.referent is person
    assert (found.kind, found.name) == (None, "")


def test_of_a_couple_of_unknown_sexes_mr_is_the_first_named_and_ms_the_second() -> None:
    first = Referent("Khizr Khan", EntityKind.PERSON, mentions=1, pair_rank=1)
    second = Referent("Ghazala Khan", EntityKind.PERSON, mentions=1, pair_rank=2)

    mister = continued_referent([first, second], {}, "Khan", EntityKind.PERSON, "m", honorific=True)
    missus = continued_referent([first, second], {}, "Khan", EntityKind.PERSON, "f", honorific=True)
    alone = continued_referent([first, second], {}, "Khan", EntityKind.PERSON)

    assert mister is not None and mister.referent is first
    assert missus is not None and missus.referent is second
    assert alone is not None and alone.referent is first


def test_a_lone_word_spelling_a_surname_with_one_other_letter_is_that_person() -> None:
    # "Houthi military spokesperson Yahya Sarea … Saree said" (the recogniser typed it ORG).
    spokesperson = Referent("Yahya Sarea", EntityKind.PERSON, mentions=1)

    found = continued_referent([spokesperson], {}, "Saree", EntityKind.ORGANISATION)

    assert found is not None and found.referent is spokesperson


@pytest.mark.parametrize(
    ("people", "word"),
    [
        (["Tom Lea"], "Lee"),  # under five letters: too short to tell a variant from another name
        (["Karel Novak"], "Nowak"),  # the first three letters differ
        (["Karel Novak"], "Novacek"),  # another length
        (["Ana Marten", "Bo Martin"], "Marton"),  # two people it could spell
        (["Tom Karel"], "Karen"),  # a given name of the lists names someone else
    ],
)
def test_a_spelling_variant_needs_one_person_a_long_word_one_opening(people: list[str], word: str) -> None:
    referents = [Referent(name, EntityKind.PERSON, mentions=1) for name in people]

    assert continued_referent(referents, {}, word, EntityKind.PERSON) is None


def test_after_mr_or_ms_a_word_opening_one_persons_name_is_a_family_name_written_first() -> None:
    # "The finance minister, Lou Jiwei, … Mr. Lou said"; "Kim Jong Un … Mr. Kim".
    lou, kim = Referent("Lou Jiwei", EntityKind.PERSON), Referent("Kim Jong Un", EntityKind.PERSON)

    assert referent_by_given_name([lou, kim], {}, "Mr. Lou", "Lou", kind=EntityKind.PERSON) is lou
    assert referent_by_given_name([lou, kim], {}, "Mr. Kim", "Kim", kind=EntityKind.PERSON) is kim


@pytest.mark.parametrize(
    ("people", "written"),
    [
        (["Sung Kim"], "Mr. Sung"),  # a given name the lists know follows: no family name first
        (["Trump Organization"], "Mr. Trump"),  # an institution word follows: no person's name
        (["Gao Junlan", "Gao Yu"], "Ms. Gao"),  # two people open with the word: which is not said
        (["Wang Wei Ming Tan"], "Mr. Wang"),  # four words: no family name written first
    ],
)
def test_a_family_name_written_first_needs_one_name_of_unknown_words_after_it(
    people: list[str], written: str
) -> None:
    referents = [Referent(name, EntityKind.PERSON) for name in people]
    word = written.rsplit(maxsplit=1)[-1]

    assert referent_by_given_name(referents, {}, written, word, kind=EntityKind.PERSON) is None


def test_a_family_name_written_first_keeps_the_sex_of_the_honorific() -> None:
    lou = Referent("Lou Jiwei", EntityKind.PERSON, gender="m")

    found = referent_by_given_name([lou], {}, "Ms. Lou", "Lou", kind=EntityKind.PERSON, gender="f")

    assert found is None
