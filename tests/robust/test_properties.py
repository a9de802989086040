"""Property-based tests of the extraction core on hostile text (see hostile.py for the pieces).

Invariants: processing never raises and never fails an article; every span lies inside the
text and covers more than white space; the content parts of a statement do not overlap;
results do not depend on batch size, nor on `extract` versus `extract_many`; offsets
survive the chunking of long texts.

The "ci" profile (the default) is derandomised and small so CI stays short and never flaky;
QUOTEGRAPH_HYPOTHESIS_PROFILE=long explores more (benchmarks/fuzz.py goes further still).
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotegraph
from quotegraph.ingest.text import normalize_newlines
from quotegraph.process import chunk_text, process_articles
from quotegraph.records import Article, ArticleResult
from tests.robust.hostile import CLAIMS, ODDITIES, SPEAKERS, TEMPLATES, comparable, violations

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=40, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=2_000, **_COMMON)
PROFILE = settings.get_profile(os.environ.get("QUOTEGRAPH_HYPOTHESIS_PROFILE", "ci"))

realistic = st.builds(
    lambda template, claim, speaker: template.format(claim=claim, speaker=speaker),
    st.sampled_from(TEMPLATES),
    st.sampled_from(CLAIMS),
    st.sampled_from(SPEAKERS),
)
any_unicode = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)  # no lone surrogates
controls = st.text(
    st.characters(include_characters="\t\n\r\x0b\x0c", categories=["Cc", "Cf", "Zs", "Zl", "Zp"]),
    min_size=1,
    max_size=8,
)
quote_marks = st.text(st.sampled_from(list("“”\"'‘’«»„「」‹›`")), min_size=1, max_size=6)
piece = st.one_of(realistic, realistic, st.sampled_from(ODDITIES), any_unicode, controls, quote_marks)
separator = st.sampled_from([" ", "", "\n", "\n\n", "\u00a0", "\u200b"])
hostile = st.lists(st.tuples(piece, separator), max_size=14).map(
    lambda pairs: "".join(p + s for p, s in pairs)
)
nbsp_paragraphs = st.lists(
    st.sampled_from(["\u00a0", "\u00a0\u00a0", " \u00a0 ", "\u2007", "\u202f"]), min_size=1, max_size=6
).map("\n\n".join)
huge_paragraph = st.tuples(realistic, st.integers(200, 1500)).map(
    lambda pair: " ".join([pair[0]] * (pair[1] // max(len(pair[0]), 1) + 1))
)


def process_one(text: str, nlp: Any, **options: Any) -> ArticleResult:
    [result] = list(process_articles([Article(id="p", text=text)], nlp, **options))
    assert violations(result) == []
    assert isinstance(result, ArticleResult)
    return result


@PROFILE
@given(text=st.one_of(hostile, nbsp_paragraphs))
def test_hostile_text_keeps_every_span_invariant(nlp: Any, text: str) -> None:
    process_one(text, nlp)


@PROFILE
@given(text=huge_paragraph)
def test_a_huge_paragraph_keeps_every_span_invariant(nlp: Any, text: str) -> None:
    process_one(text, nlp)


@PROFILE
@given(texts=st.lists(hostile, min_size=2, max_size=6))
def test_results_do_not_depend_on_batch_size_or_memory_zone(nlp: Any, texts: list[str]) -> None:
    articles = [Article(id=f"a{k}", text=text) for k, text in enumerate(texts)]

    one_by_one = [comparable(r) for r in process_articles(articles, nlp, batch_size=1)]
    all_at_once = [comparable(r) for r in process_articles(articles, nlp, batch_size=len(articles))]
    # As the CLI runs: each batch in spaCy's memory zone.
    zoned = [comparable(r) for r in process_articles(articles, nlp, batch_size=3, memory_zone=True)]

    assert one_by_one == all_at_once == zoned


@PROFILE
@given(texts=st.lists(hostile, min_size=1, max_size=4))
def test_extract_and_extract_many_agree(nlp: Any, texts: list[str]) -> None:
    alone = [quotegraph.extract(text, nlp=nlp) for text in texts]
    # extract() normalises line ends as the file readers do; extract_many takes texts as given.
    pairs = [("text", normalize_newlines(text)) for text in texts]

    many = [list(result.statements) for result in quotegraph.extract_many(pairs, nlp=nlp, batch_size=3)]

    assert alone == many


@PROFILE
@given(
    paragraphs=st.lists(st.one_of(realistic, hostile), min_size=2, max_size=12),
    chunk_chars=st.integers(40, 400),
)
def test_offsets_survive_chunking(nlp: Any, paragraphs: list[str], chunk_chars: int) -> None:
    text = "\n\n".join(paragraphs)
    chunked = process_one(text, nlp, max_chunk_chars=chunk_chars)
    # Each chunk on its own, its statements moved by the chunk's offset, must find the same spans.
    expected = set()
    for offset, chunk in chunk_text(text, chunk_chars):
        for statement in process_one(chunk, nlp).statements:
            expected.add(spans_of(statement, offset, text, chunk))

    assert {spans_of(s, 0, text, text) for s in chunked.statements} == expected


def spans_of(statement: Any, offset: int, text: str, seen: str) -> tuple[Any, ...]:
    """Kind and spans, moved by `offset`; asserts each covers in `text` what it covered in `seen`."""
    spans = [("content", part) for part in statement.content]
    spans += [("cue", statement.cue), ("source", statement.source)]
    moved = []
    for role, span in spans:
        if span is None:
            moved.append((role, None))
            continue
        assert span.shifted(offset).text_of(text) == span.text_of(seen)
        moved.append((role, span.shifted(offset)))
    return (statement.kind, *moved)
