"""`quotegraph extract`: statements from files, as a table, JSONL or CSV."""

from __future__ import annotations

import sys
from typing import IO

import click

from quotegraph.cli import cli
from quotegraph.cli.running import (
    ReadOptions,
    RunSummary,
    extraction_options,
    extraction_results,
    limit_options,
    reading_options,
)
from quotegraph.formats import FORMATS, csv_text, jsonl_line, table_lines
from quotegraph.limits import ArticleLimits
from quotegraph.nlp import DEFAULT_PIPELINE
from quotegraph.records import ArticleResult

_KIND_COLOURS = {"direct": "green", "indirect": "cyan", "mixed": "yellow"}


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
@extraction_options
@reading_options
@limit_options
def extract(
    inputs: tuple[str, ...], *, output_format: str, output: IO[str], keep_going: bool, pipeline: str,
    aliases: str | None, model: str, reading: ReadOptions, limits: ArticleLimits,
) -> None:
    """Extract attributed statements from INPUTS: files (.txt, .jsonl, .html, .warc[.gz], feeds,
    .urls lists), directories, http(s) URLs or -.

    Example: quotegraph extract articles.jsonl --format jsonl -o statements.jsonl
    """
    summary = RunSummary()
    results = extraction_results(
        inputs, pipeline=pipeline, summary=summary, keep_going=keep_going, reading=reading, aliases=aliases,
        model=model, limits=limits,
    )
    write_results(results, output_format, output)
    summary.report()
    if summary.failures:
        sys.exit(1)


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
    output.write(
        click.style(f"── {title} ({len(result.statements)} statements)\n", bold=True)
        if colour
        else f"── {title} ({len(result.statements)} statements)\n"
    )
    for speaker, cue, act, kind, content in table_lines(result):
        line = f"  {speaker[:28]:<28} {cue[:14]:<14} {act[:10]:<10} {kind:<8} {content}"
        output.write((click.style(line, fg=_KIND_COLOURS.get(kind)) if colour else line) + "\n")


from collections.abc import Iterator  # noqa: E402
