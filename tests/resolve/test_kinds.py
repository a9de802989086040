from __future__ import annotations

import pytest

from quotegraph.records import EntityKind
from quotegraph.resolve.kinds import guess_kind


@pytest.mark.parametrize(
    "name",
    ["Northfield Transit Authority", "Regional Aviation Administration", "Joint Task Force North",
     "Harbour Safety Board", "AT T", "NTSB"],
)
def test_unlabelled_institution_heads_and_initialisms_are_organisations(name: str) -> None:
    assert guess_kind(name) is EntityKind.ORGANISATION


@pytest.mark.parametrize("name", ["Okafor", "Maren Holt", "J K"])
def test_unlabelled_names_without_such_words_stay_people(name: str) -> None:
    assert guess_kind(name) is EntityKind.PERSON
