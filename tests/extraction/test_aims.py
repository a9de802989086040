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


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause with its pronoun: what the noun is for
        "The Koch operation - which aims to spend almost $900 million before the November elections - "
        "is now considering abandoning Trump.",
        "Republicans, who aim to keep the Senate, spent heavily.",
        # a relative clause without one, which the parser reads as the verb of a second subject
        "But the gap between Mr. Trump and the party he now aims to lead yawned as wide as ever "
        "across the convention.",
        # coordinated with the verb of a relative clause
        "The Common Core standards outline which math and English skills students should be able to "
        "demonstrate at each grade level and aim to boost students' proficiency in critical thinking.",
        # a participle after a noun, with a gerund: a purpose, not an intention reported
        "Donald Trump and Paul Ryan pledged to work together despite their differences after a meeting "
        "Thursday aimed unifying a party torn over Trump's rise.",
    ],
)
def test_aim_that_describes_what_a_thing_is_for_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(cue not in ("aims", "aim", "aimed", "now aims") for _, cue, _ in found(nlp, text))
