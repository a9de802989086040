from __future__ import annotations

import pytest

from quotegraph.ingest import DuplicateFinder, content_hash, unique_articles
from quotegraph.records import Article, Failure

WIRE = (
    "Dock workers at the northern harbour voted on Monday to walk out next week, after talks over new "
    "night-shift rotas broke down for the third time this year. “We have been patient for eleven months, "
    "and patience has run out,” said Tom Reyes, who chairs the dockers’ union branch. He added that the "
    "vote had been close to unanimous. The harbour authority said it regretted the decision and would "
    "keep the terminals open with managers and agency staff, a plan the union called unworkable and "
    "unsafe. Shipping lines warned that a week-long stoppage would divert freight to rival ports along "
    "the coast, where capacity is already tight before the spring season begins."
)
OTHER = (
    "The city council approved next year's budget shortly before midnight on Tuesday, on a vote of seven "
    "to four, after a debate that lasted almost six hours. Opposition councillors said the plan relied on "
    "optimistic forecasts for parking revenue and warned that reserves would be exhausted within two years. "
    "According to the city treasurer, the budget raises spending by three per cent, mostly on road repairs."
)


def skipped_by(
    items: list[Article | Failure], finder: DuplicateFinder | None = None
) -> list[tuple[str, str]]:
    skipped: list[tuple[str, str]] = []
    list(unique_articles(items, on_duplicate=lambda a, why: skipped.append((a.id, why)), finder=finder))
    return skipped


def test_content_hash_ignores_whitespace_case_and_punctuation() -> None:
    assert content_hash("We will  win,\n Rutte said.") == content_hash("we will win rutte said")
    assert content_hash("We will win") != content_hash("We will lose")


def test_exact_copy_with_other_whitespace_and_case_is_a_duplicate_of_the_first() -> None:
    copy = WIRE.upper().replace(". ", ".\n\n")

    assert skipped_by([Article("wire", WIRE), Article("copy", copy)]) == [("copy", "same text as wire")]


def test_near_copy_with_a_new_last_sentence_is_a_duplicate() -> None:
    near = WIRE.replace("before the spring season begins.", "this spring, a spokesman for the lines added.")

    [(article_id, reason)] = skipped_by([Article("wire", WIRE), Article("reprint", near)])

    assert article_id == "reprint" and reason.startswith("near copy of wire (estimated similarity 0.")


def test_different_articles_and_failures_pass() -> None:
    items: list[Article | Failure] = [Article("a", WIRE), Failure("x", "no main text"), Article("b", OTHER)]
    passed = list(unique_articles(items, on_duplicate=lambda a, why: None))

    assert passed == items


def test_half_rewritten_article_is_not_a_near_copy() -> None:
    sentences = WIRE.split(". ")
    half = ". ".join(sentences[: len(sentences) // 2]) + ". " + OTHER

    assert skipped_by([Article("wire", WIRE), Article("mixed", half)]) == []


def test_without_near_matching_only_exact_copies_are_found() -> None:
    near = WIRE.replace("season begins", "season starts")
    finder = DuplicateFinder(near=False)

    assert skipped_by([Article("wire", WIRE), Article("near", near), Article("same", WIRE)], finder) == [
        ("same", "same text as wire")
    ]


@pytest.mark.parametrize("text", ["Rutte said so.", "“We will win,” Rutte said on Tuesday in The Hague."])
def test_short_texts_are_matched_exactly_only(text: str) -> None:
    assert skipped_by([Article("a", text), Article("b", text + " Yes.")]) == []


def test_texts_without_words_are_never_duplicates() -> None:
    texts = {"empty": "", "blank": "  \n ", "marks": "“ ” \" '", "dots": "…"}
    wordless = [Article(article_id, text) for article_id, text in texts.items()]

    assert skipped_by([*wordless, Article("again", "")]) == []
