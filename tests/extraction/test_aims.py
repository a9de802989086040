""""aim" with a to-infinitive reports the intention of its subject ("Jorgensen aimed [to gain
entry]"): PolNeAR counts intentions, and in PolNeAR train 9 of its 17 uses with "to" head a gold cue.
Texts written for the test, parsed by the pinned pipeline."""

from __future__ import annotations

import pytest

from tests.extraction.found import found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "With the access secured, Jorgensen aimed to gain entry to the presidential debates.",
            ("to gain entry to the presidential debates", "aimed", "Jorgensen"),
        ),
        (
            "The campaign team is aiming to cut down on his delegate margin.",
            ("to cut down on his delegate margin", "is aiming", "The campaign team"),
        ),
    ],
)
def test_the_to_infinitive_is_the_intention(nlp, text: str, statement: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, text) == [statement]


def test_aim_at_a_target_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert found(nlp, "The soldiers aimed at the fence.") == []
