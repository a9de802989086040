"""A rule statement whose content the tagger tagged only in a fragment joins the learned ones."""

from __future__ import annotations

from quotegraph.learned.fragments import with_rule_reports_of_fragments
from quotegraph.records import CharSpan, Statement, StatementKind

TEXT = "The Taliban have claimed responsibility. Lund said the vote was rigged. Ann can seek to run again."


def span(part: str) -> CharSpan:
    start = TEXT.index(part)
    return CharSpan(start, start + len(part))


def statement(content: str, cue: str | None, source: str) -> Statement:
    return Statement(
        "a", StatementKind.INDIRECT, (span(content),), cue=span(cue) if cue else None, source=span(source)
    )


CLAIM = statement("responsibility", "have claimed", "The Taliban")
LUND = statement("the vote was rigged", "said", "Lund")
SEEK = statement("to run again", "can seek", "Ann")


def tagged(*parts: str) -> dict[str, list[tuple[int, int]]]:
    return {"content": [(span(p).start, span(p).end) for p in parts], "source": [], "cue": []}


def test_a_rule_report_whose_one_word_content_the_tagger_tagged_is_kept() -> None:
    spans = tagged("responsibility", "the vote was rigged")
    assert with_rule_reports_of_fragments([LUND], [CLAIM, LUND], spans, TEXT) == [CLAIM, LUND]


def test_a_rule_report_the_tagger_tagged_nothing_of_is_not_kept() -> None:
    spans = tagged("the vote was rigged")
    assert with_rule_reports_of_fragments([LUND], [CLAIM, LUND], spans, TEXT) == [LUND]


def test_a_rule_report_a_learned_statement_covers_is_not_kept_twice() -> None:
    assert with_rule_reports_of_fragments([LUND], [LUND], tagged("the vote"), TEXT) == [LUND]


def test_a_tagged_function_word_alone_is_no_agreement() -> None:
    spans = tagged("to", "the vote was rigged")
    assert with_rule_reports_of_fragments([LUND], [SEEK, LUND], spans, TEXT) == [LUND]


def test_a_rule_statement_without_a_cue_is_not_kept() -> None:
    cueless = statement("responsibility", None, "The Taliban")
    assert with_rule_reports_of_fragments([], [cueless], tagged("responsibility"), TEXT) == []


def test_a_tagged_pronoun_or_name_alone_is_no_agreement() -> None:
    accused = statement("Lund", "said", "The Taliban")
    assert with_rule_reports_of_fragments([], [accused], tagged("Lund"), TEXT) == []
    it = statement("to run again", "can seek", "Ann")
    assert with_rule_reports_of_fragments([], [it], tagged("run"), TEXT) == [it]
