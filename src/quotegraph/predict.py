"""Predictions for gold documents: quotegraph's extraction over their texts, in the
attribution JSONL shape of ../shared/eval/FORMAT.md (what quotegraph.evaluate scores).

Shared by `quotegraph evaluate` and benchmarks/, so both measure the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quotegraph.formats import result_dict
from quotegraph.learned import DEFAULT_CONVENTIONS, SpanTagger
from quotegraph.process import process_articles
from quotegraph.records import Article, ArticleResult, Failure

if TYPE_CHECKING:  # spaCy objects are only passed through to process_articles
    from spacy.language import Language

__all__ = ["Predictions", "articles_of", "predict_documents"]


@dataclass
class Predictions:
    """Predicted documents keyed by id, and the documents that failed (they predict nothing)."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)


def articles_of(documents: Mapping[str, Mapping[str, Any]]) -> Iterator[Article]:
    """An Article per gold document, its text taken exactly as the gold offsets refer to it."""
    for doc_id, document in documents.items():
        yield Article(id=doc_id, text=document["text"], outlet=document.get("outlet"), origin=doc_id)


def predict_documents(
    documents: Mapping[str, Mapping[str, Any]],
    nlp: Language,
    *,
    tagger: SpanTagger | None = None,
    type_entities: bool = True,
    conventions: str = DEFAULT_CONVENTIONS,
) -> Predictions:
    """Run every stage over the gold texts (with the learned `tagger`, if given); one document each.

    `conventions`: "polnear" to score against PolNeAR (see process_articles)."""
    articles = articles_of(documents)
    return collect(
        process_articles(articles, nlp, tagger=tagger, type_entities=type_entities, conventions=conventions)
    )


def collect(results: Iterable[ArticleResult | Failure]) -> Predictions:
    """Results and failures sorted into Predictions."""
    predictions = Predictions()
    for item in results:
        if isinstance(item, Failure):
            predictions.failures.append(item)
        else:
            document = result_dict(item)
            predictions.documents[document["id"]] = document
    return predictions
