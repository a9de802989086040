"""Memory over long runs: spaCy's memory zone keeps the vocabulary from growing with new words,
and is only used where the run owns the pipeline."""

from __future__ import annotations

from typing import Any

import quotegraph
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult


def novel_articles(prefix: str, count: int = 12) -> list[Article]:
    """Articles full of words no vocabulary has seen."""
    return [
        Article(
            id=f"{prefix}{k}", text=f"“Vrolq{prefix}{k} is ready,” Zembra{prefix}{k}x said on Plimday{k}."
        )
        for k in range(count)
    ]


def test_the_memory_zone_frees_the_words_a_run_adds(nlp: Any) -> None:
    before = len(nlp.vocab.strings)
    zoned = list(process_articles(novel_articles("zoned"), nlp, memory_zone=True))
    after_zoned = len(nlp.vocab.strings)
    unzoned = list(process_articles(novel_articles("kept"), nlp))
    after_unzoned = len(nlp.vocab.strings)

    assert all(isinstance(r, ArticleResult) and r.statements for r in zoned + unzoned)
    assert after_zoned - before <= 5
    assert after_unzoned - after_zoned >= 24  # at least two new words per article stay


def test_runs_nested_in_another_run_over_the_same_pipeline_work(nlp: Any) -> None:
    # The library's default (no zone): extract() inside a loop over extract_many() is safe.
    texts = [f"“We won {k} games,” Berg{k} said. Novak{k} said that Lind{k} would stay." for k in range(6)]
    alone = [quotegraph.extract(text, nlp=nlp) for text in texts]

    for k, result in enumerate(quotegraph.extract_many([("text", t) for t in texts], nlp=nlp, batch_size=2)):
        inner = quotegraph.extract(f"Kask{k} said that Vahr{k} would go.", nlp=nlp)
        assert isinstance(result, ArticleResult), result
        assert list(result.statements) == alone[k]
        assert inner
