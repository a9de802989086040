"""What the commands that extract share: reading inputs, progress, the failure report."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import click

from quotegraph.ingest import read_articles
from quotegraph.nlp import load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import ArticleResult, Failure


@dataclass
class RunSummary:
    articles: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)

    def report(self) -> None:
        """Print the summary and every failed document to stderr."""
        click.echo(
            f"{self.articles} articles, {self.statements} statements, {len(self.failures)} failed",
            err=True,
        )
        for failure in self.failures:
            click.echo(f"failed: {failure}", err=True)


def extraction_results(
    inputs: Iterable[str], *, pipeline: str, summary: RunSummary, keep_going: bool = True
) -> Iterator[ArticleResult]:
    """Results for every readable article; failures go to `summary` (or stop the run)."""
    nlp = load_pipeline(pipeline)
    show_progress = sys.stderr.isatty()
    for item in process_articles(read_articles(inputs), nlp):
        if isinstance(item, Failure):
            summary.failures.append(item)
            click.echo(f"error: {item}", err=True)
            if not keep_going:
                return
            continue
        summary.articles += 1
        summary.statements += len(item.statements)
        if show_progress and summary.articles % 10 == 0:
            click.echo(f"\r{summary.articles} articles, {summary.statements} statements", err=True, nl=False)
        yield item
    if show_progress and summary.articles >= 10:
        click.echo("", err=True)
