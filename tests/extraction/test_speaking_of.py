""""speak of" as a cue."""

from __future__ import annotations

import pytest

from tests.extraction.found import found

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every day, Francis spoke of the malaise in Mexican society.",
            ("the malaise in Mexican society", "spoke of", "Francis"),
        ),
        (
            "The US statement spoke of an imminent incursion into northeast Syria.",
            ("an imminent incursion into northeast Syria", "spoke of", "The US statement"),
        ),
    ],
)
def test_what_is_spoken_of_is_the_content(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Patel spoke with Wikinews about the campaign.",
        "Lam also spoke on the economy.",
        "He spoke to reporters on Monday.",
        "From Israel, Secretary of State Mike Pompeo spoke at the convention.",
    ],
)
def test_a_talk_with_someone_or_on_a_topic_reports_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in found(nlp, text) if f[1].startswith("spoke")] == []
