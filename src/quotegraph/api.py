"""The Python interface: `extract(text)` for one text, `extract_many(articles)` for batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language

from quotegraph import settings
from quotegraph.ingest import article_from_text
from quotegraph.learned import DEFAULT_CONVENTIONS, load_span_tagger
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, Failure, Statement


@cache
def default_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The pipeline loaded once per process (spaCy pipelines take about a second to load)."""
    return load_pipeline(name)


def extract(
    text: str,
    *,
    article_id: str = "text",
    nlp: Language | None = None,
    model: str = "rules",
    conventions: str = DEFAULT_CONVENTIONS,
) -> list[Statement]:
    """Statements in `text`, in text order, with speakers resolved within the text.

    `model` "learned" (or a directory saved by `quotegraph train`) places span boundaries with
    the learned tagger; it needs quotegraph[learned] and raises MissingExtra without it.
    `conventions` "polnear" counts the tagger's reports as PolNeAR does (process_articles).
    """
    article = article_from_text(text, article_id=article_id, origin=article_id)
    [result] = list(extract_many([article], nlp=nlp, model=model, conventions=conventions))
    if isinstance(result, Failure):
        raise ValueError(str(result))
    return list(result.statements)


def extract_many(
    articles: Iterable[Article | Failure | tuple[str, str]],
    *,
    nlp: Language | None = None,
    batch_size: int = 16,
    model: str = "rules",
    conventions: str = DEFAULT_CONVENTIONS,
) -> Iterator[ArticleResult | Failure]:
    """Stream results for many articles (Articles or (id, text) pairs), keeping their ids.

    Failures passed in (from a reader) come out in their place, so nothing is lost.
    """
    items = (
        item if isinstance(item, Article | Failure) else Article(id=item[0], text=item[1], origin=item[0])
        for item in articles
    )
    tagger = load_span_tagger(model)  # before any work: an unknown model or missing extra fails here
    return process_articles(
        items, nlp or default_pipeline(), tagger=tagger, batch_size=batch_size,
        type_entities=settings.type_entities(), conventions=conventions,
    )
