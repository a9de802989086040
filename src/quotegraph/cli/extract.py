"""`quotegraph extract`: statements from files, as a table, JSONL or CSV."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

import click

from quotegraph.cli import cli
from quotegraph.cli.running import (
    Probability,
    ReadOptions,
    RunSummary,
    extraction_options,
    extraction_results,
    limit_options,
    plural,
    reading_options,
)
from quotegraph.defaults import DEFAULT_PIPELINE
from quotegraph.formats import FORMATS, csv_text, jsonl_line, table_lines
from quotegraph.limits import ArticleLimits
from quotegraph.records import ArticleResult

_KIND_COLOURS = {"direct": "green", "indirect": "cyan", "mixed": "yellow"}
# A speaker longer than this (a whole noun phrase used as the source) is shortened at a word boundary.
_SPEAKER_WIDTH = 32


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file (default: stdout).",
)
@click.option(
    "--keep-going/--fail-fast", default=True, show_default=True, help="Go on after a failed document."
)
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True, help="Installed spaCy pipeline.")
@click.option(
    "--min-confidence",
    type=Probability(),
    default=0.0,
    show_default=True,
    metavar="P",
    help="Leave out the statements whose confidence (the calibrated probability that they are "
    "attributions) is under P. With --model learned (standard conventions) those under 0.2 "
    "are left out already.",
)
@extraction_options
@reading_options
@limit_options
def extract(
    inputs: tuple[str, ...], *, output_format: str, output: IO[str], keep_going: bool, pipeline: str,
    min_confidence: float, aliases: str | None, model: str, conventions: str, reading: ReadOptions,
    limits: ArticleLimits,
) -> None:
    """Extract attributed statements from INPUTS: files (.txt, .jsonl, .html, .warc[.gz], feeds,
    .urls lists), directories, http(s) URLs or -.

    A .jsonl file holds one article per line: "text", "id", and as metadata "published" (or
    "publish_date", "date"), "title" (or "headline"), "url", "outlet" (or "source"), "author" and
    "language". Other keys are ignored, and named in one warning per file.

    Example: quotegraph extract articles.jsonl --format jsonl -o statements.jsonl
    """
    summary = RunSummary()
    results = extraction_results(
        inputs, pipeline=pipeline, summary=summary, keep_going=keep_going, reading=reading, aliases=aliases,
        model=model, limits=limits, conventions=conventions,
    )
    write_results(confident_only(results, min_confidence, summary), output_format, output)
    summary.report()
    if summary.failures:
        sys.exit(1)


def confident_only(
    results: Iterator[ArticleResult], threshold: float, summary: RunSummary
) -> Iterator[ArticleResult]:
    """Each result without its statements under `threshold`; the summary counts those written."""
    for result in results:
        kept = tuple(s for s in result.statements if s.confidence >= threshold)
        summary.statements -= len(result.statements) - len(kept)
        yield result if len(kept) == len(result.statements) else replace(result, statements=kept)


def write_results(results: Iterator[ArticleResult], output_format: str, output: IO[str]) -> None:
    header = True
    for result in results:
        if output_format == "jsonl":
            output.write(jsonl_line(result))
        elif output_format == "csv":
            output.write(csv_text([result], header=header))
            header = False
        else:
            write_table(result, output)
        output.flush()


def write_table(result: ArticleResult, output: IO[str]) -> None:
    colour = output.isatty() if hasattr(output, "isatty") else False
    title = result.article.title or result.article.id
    heading = f"── {title} ({plural(len(result.statements), 'statement')})"
    output.write((click.style(heading, bold=True) if colour else heading) + "\n")
    rows = [(_fit(speaker, _SPEAKER_WIDTH), cue, act, kind, content)
            for speaker, cue, act, kind, content in table_lines(result)]
    # Columns as wide as this article's longest entry: a cue is never cut ("has also rejected").
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(4)]
    for row in rows:
        line = "  " + " ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        line += " " + row[4]
        output.write((click.style(line, fg=_KIND_COLOURS.get(row[3])) if colour else line) + "\n")


def _fit(text: str, width: int) -> str:
    """`text`, or its first words that fit in `width` followed by "…": shortened, never cut mid-word."""
    if len(text) <= width:
        return text
    head = text[: width - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + "…"
