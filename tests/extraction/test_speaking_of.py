""""speak of" as a cue, and a quotation after a tag that holds a report of its own."""

from __future__ import annotations

import pytest

from quotegraph.extraction import extract_statements
from quotegraph.records import StatementKind
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


TAG_WITH_A_REPORT = (
    "“This is in their heads,” Caddell said, speaking of Clinton’s health issue. "
    "“It is one of the things worrying them.”"
)


def test_a_quotation_after_the_tag_continues_the_quoted_statement_not_the_report_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = TAG_WITH_A_REPORT
    statements = extract_statements(nlp(text), article_id="t", split_continuations=False)
    by_cue = {s.cue.text_of(text): s for s in statements if s.cue is not None}
    assert [p.text_of(text) for p in by_cue["said"].content] == [
        "“This is in their heads,”",
        "“It is one of the things worrying them.”",
    ]
    assert [p.text_of(text) for p in by_cue["speaking of"].content] == ["Clinton’s health issue"]
    assert by_cue["speaking of"].kind is StatementKind.INDIRECT
