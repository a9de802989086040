"""`quotegraph read`: pages, URLs, feeds and web archives → articles JSONL, no extraction."""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from quotegraph.cli import cli
from quotegraph.cli.running import ReadOptions, RunSummary, read_inputs, reading_options
from quotegraph.formats import article_metadata
from quotegraph.records import Article, Failure


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default: stdout).")
@reading_options
def read(inputs: tuple[str, ...], output: IO[str], reading: ReadOptions) -> None:
    """Read INPUTS into articles JSONL (id, text, url, outlet, title, author, published, language).

    INPUTS are files (.html, .warc[.gz], .arc[.gz], .rss/.atom/.xml feeds, .urls lists, .txt,
    .jsonl), directories, http(s) URLs or -. The output is what `quotegraph extract` reads.

    Example: quotegraph read https://example.org/news.rss -o articles.jsonl
    """
    summary = RunSummary()
    for item in read_inputs(inputs, reading=reading, summary=summary):
        if isinstance(item, Failure):
            summary.failures.append(item)
            click.echo(f"error: {item}", err=True)
            continue
        summary.articles += 1
        output.write(article_line(item))
        output.flush()
    summary.report(statements=False)
    if summary.failures:
        sys.exit(1)


def article_line(article: Article) -> str:
    """One line of articles JSONL, the format ingest/jsonl.py reads back."""
    fields = {"id": article.id, **article_metadata(article), "text": article.text}
    return json.dumps(fields, ensure_ascii=False) + "\n"
