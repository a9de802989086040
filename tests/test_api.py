"""The public Python interface."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.process import chunk_text
from quotegraph.records import Article, ArticleResult, Failure
from tests.conftest import HAS_PIPELINE


def test_public_names_are_sorted_and_importable() -> None:
    assert quotegraph.__all__ == sorted(quotegraph.__all__)
    for name in quotegraph.__all__:
        assert hasattr(quotegraph, name)


def test_chunks_cover_the_text_exactly_and_cut_at_paragraphs() -> None:
    text = ("Paragraph one is here.\n\n" * 50) + "x" * 30
    chunks = chunk_text(text, 100)
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 100 for _, piece in chunks)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)
    assert all(piece.endswith("\n") for _, piece in chunks[:-1])


@pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")
def test_extract_returns_records_with_offsets() -> None:
    text = "“We will win,” Rutte said."
    [statement] = quotegraph.extract(text)
    assert statement.content[0].text_of(text) == "“We will win,”"
    assert statement.speaker == "Rutte"


@pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")
def test_extract_many_streams_in_order_and_keeps_ids_and_failures() -> None:
    items = [("a", "“Yes,” Ann said."), Failure("in.jsonl:2", "not JSON"), Article("b", "No quotes here.")]
    results = list(quotegraph.extract_many(items))
    assert [r.article.id if isinstance(r, ArticleResult) else r.origin for r in results] == [
        "a",
        "in.jsonl:2",
        "b",
    ]


@pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")
def test_long_articles_are_split_and_offsets_refer_to_the_whole_text() -> None:
    from quotegraph.nlp import load_pipeline
    from quotegraph.process import process_articles

    paragraph = "“We will win,” Rutte said.\n\n"
    text = paragraph * 40
    [result] = list(process_articles([Article("long", text)], load_pipeline(), max_chunk_chars=200))
    assert isinstance(result, ArticleResult)
    assert len(result.statements) == 40
    assert all(s.content[0].text_of(text) == "“We will win,”" for s in result.statements)


@pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")
def test_resolve_reads_a_line_broken_phrase_as_the_parser_did_and_the_article_stays_as_written() -> None:
    # The break inside "cautiously optimistic" is a wrap: the act reads the phrase on one line.
    text = 'The mayor said on Tuesday that he remained "cautiously\noptimistic" a deal would be reached.'
    [result] = quotegraph.extract_many([Article("wrapped", text)])
    assert isinstance(result, ArticleResult)
    assert result.article.text == text
    [statement] = result.statements
    assert statement.act == "belief"
