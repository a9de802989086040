"""`quotegraph ingest`, `search`, `quotes` and `export`: the store from the command line."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    reading_options_with,
)
from quotegraph.defaults import DEFAULT_PIPELINE
from quotegraph.limits import ArticleLimits
from quotegraph.records import SPEECH_ACTS, ArticleResult
from quotegraph.store import EXPORT_FORMATS, StatementFilters, Store, export_rows
from quotegraph.store.fulltext import parse_text
from quotegraph.store.search import SORTS, count_statements, find_statements

_DB = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="SQLite database file.",
)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_DB
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True, help="Installed spaCy pipeline.")
@click.option("--force", is_flag=True, help="Store again even articles whose text is unchanged.")
@extraction_options
# Near-duplicate articles are kept by default here: a reprint of wire copy is what gives a
# quote its occurrences (the store skips an exactly repeated text by its hash anyway).
@reading_options_with(dedup=False)
@limit_options
def ingest(
    inputs: tuple[str, ...], *, db_path: Path, pipeline: str, force: bool, aliases: str | None, model: str,
    conventions: str, reading: ReadOptions, limits: ArticleLimits,
) -> None:
    """Extract statements from INPUTS and add them to the database (created if absent).

    Articles already stored with the same text are skipped; a changed article replaces its
    statements. Each article is committed on its own, so an interrupted run can be rerun.
    One ingest at a time per database: a second is refused while the first runs.

    Example: quotegraph ingest articles.jsonl --db quotes.db
    """
    summary = RunSummary()
    changed = 0
    with Store.open(db_path, exclusive=True) as store:
        results = extraction_results(
            inputs, pipeline=pipeline, summary=summary, reading=reading, aliases=aliases, model=model,
            limits=limits, conventions=conventions,
        )
        check = ExtractorCheck(store, db_path)
        for result in results:
            check(result)
            changed += store.add(result, force=force)
    summary.report()
    unchanged = summary.articles - changed
    click.echo(f"{plural(changed, 'article')} added or changed, {unchanged} unchanged", err=True)
    if summary.failures:
        sys.exit(1)


class ExtractorCheck:
    """Warns once, in one line, when a run adds articles of another extractor than the store holds.

    Statements of the rules and of the learned tagger (or of two taggers) differ in their
    boundaries, so a store that mixes them counts and compares unlike things.
    """

    def __init__(self, store: Store, db_path: Path) -> None:
        # None: stored before quotegraph recorded extractors; nothing to compare with.
        self.stored = {e for e in store.extractors() if e is not None}
        self.db_path = db_path
        self.warned = False

    def __call__(self, result: ArticleResult) -> None:
        extractor = result.provenance.extractor if result.provenance else None
        others = sorted(e for e in self.stored if e != extractor)
        if self.warned or extractor is None or not others:
            return
        click.echo(f"warning: {self.db_path} holds articles extracted with {' and '.join(others)}; "
                   f"these are extracted with {extractor}", err=True)
        self.warned = True


@cli.command()
@_DB
def info(db_path: Path) -> None:
    """What produced the articles in the database: quotegraph version, extractor (rules, or learned
    with the digest of the tagger's weights), lexicon digest and spaCy pipeline, with counts.

    Example: quotegraph info --db quotes.db
    """
    with Store.open(db_path, read_only=True) as store:
        click.echo(f"{db_path}: schema {store.schema_version()}")
        for row in store.provenance():
            fields = [f"quotegraph {row['quotegraph_version']}"] + [
                f"{name} {row[name] or 'not recorded'}" for name in ("extractor", "lexicon", "pipeline")
            ]
            click.echo(f"{row['articles']:>8} articles: " + ", ".join(fields))


SEARCH_COLUMNS = (
    "published", "speaker", "act", "type", "content", "outlet", "article_id",
    "quote_id", "occurrences", "first_seen",
)  # fmt: skip


def search_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """TEXT and the filter options `search`, `export` and `plot` share, gathered into `filters`."""
    options = [
        click.argument("text", required=False),
        click.option("--speaker", help="Speaker: entity id, name, last name, or the source as written."),
        click.option("--about", help="A target the statement is about: entity id or name."),
        click.option("--act", help=f"Speech act: {', '.join(SPEECH_ACTS)}."),
        click.option("--type", "statement_type", help="direct, indirect or mixed."),
        click.option("--speaker-kind", help="person, organisation, state, group, anonymous, …"),
        click.option("--speaker-gender", help="female, male or unknown."),
        click.option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", help="Up to and including this date."),
        click.option("--outlet", help="Outlet name."),
        click.option(
            "--min-confidence", type=Probability(), metavar="P",
            help="Only statements whose confidence (calibrated probability, 0 to 1) is at least P.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def filters_from(text: str | None, statement_type: str | None, **options: Any) -> StatementFilters:
    return StatementFilters(text=text, type=statement_type, **options)


_FILTER_OPTIONS = ("text", "speaker", "about", "act", "statement_type", "speaker_kind", "speaker_gender",
                   "since", "until", "outlet", "min_confidence")  # fmt: skip


def split_filters(options: dict[str, Any]) -> tuple[StatementFilters, dict[str, Any]]:
    """(the search filters, the command's other options) from click's keyword arguments."""
    chosen = {name: options.pop(name) for name in _FILTER_OPTIONS}
    return filters_from(**chosen), options


@cli.command()
@search_filters
@_DB
@click.option("--sort", type=click.Choice(SORTS), default="newest", show_default=True,
              help="relevance: best match to TEXT first.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table")
def search(db_path: Path, output_format: str, limit: int, sort: str, **options: Any) -> None:
    """Statements in the database matching TEXT and the filters.

    TEXT matches all its words and "quoted phrases" in the statement or its speaker's names,
    word stems included ("troop" finds "troops"); end a word with * for a prefix ("negotiat*").
    A direct quote repeated across articles shows how often and since when ("3× since
    2024-06-09"); jsonl and csv carry quote_id, occurrences and first_seen.

    Example: quotegraph search troops --speaker Rutte --since 2024-06 --db quotes.db
    """
    filters, _ = split_filters(options)
    note = parse_text(filters.text).note if filters.text else None
    if note:
        click.echo(note, err=True)
    with Store.open(db_path, read_only=True) as store:
        hits = find_statements(store.db, filters, limit=limit, sort=sort)
        total = count_statements(store.db, filters)
    write_hits(hits, output_format, sys.stdout)
    click.echo(f"{len(hits)} of {total} statements", err=True)


def write_hits(hits: list[dict[str, Any]], output_format: str, output: Any) -> None:
    write_rows(hits, output_format, output, columns=SEARCH_COLUMNS, table_line=_hit_line)


def _hit_line(hit: dict[str, Any]) -> str:
    who = hit["speaker"] or hit["source"] or "?"
    content = " ".join(hit["content"].split()) + repeated(hit)
    return f"{hit['published'] or '':<10}  {who[:24]:<24}  {hit['act'] or '':<10}  {content}"


def write_rows(
    rows: list[dict[str, Any]],
    output_format: str,
    output: Any,
    *,
    columns: tuple[str, ...],
    table_line: Callable[[dict[str, Any]], str],
) -> None:
    """Rows as JSON lines, as CSV with `columns`, or as the table `table_line` draws, one line each."""
    if output_format == "jsonl":
        for row in rows:
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif output_format == "csv":
        writer = csv.DictWriter(output, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            output.write(table_line(row) + "\n")


def repeated(hit: dict[str, Any]) -> str:
    """ "  (3× since 2024-06-09)" for a quote seen in several statements, else nothing."""
    if hit["occurrences"] < 2:
        return ""
    return f"  ({hit['occurrences']}× since {hit['first_seen'] or 'undated'})"


QUOTE_COLUMNS = ("id", "speaker", "occurrences", "first_seen", "last_seen", "content", "speaker_id")


@cli.command()
@click.argument("text", required=False)
@_DB
@click.option("--speaker-id", help="Only this speaker's quotes (an entity id).")
@click.option(
    "--min-occurrences",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Seen at least this often.",
)
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table")
def quotes(
    text: str | None,
    db_path: Path,
    *,
    speaker_id: str | None,
    min_occurrences: int,
    limit: int,
    output_format: str,
) -> None:
    """The most repeated quotes: the same direct quote from one speaker across articles.

    TEXT keeps the quotes whose words match. Each quote's occurrences are listed by
    `quotegraph serve` at /quotes/ID and /api/quotes/ID.

    Example: quotegraph quotes troops --db quotes.db
    """
    with Store.open(db_path, read_only=True) as store:
        found = store.quotes(text, speaker_id=speaker_id, min_occurrences=min_occurrences, limit=limit)
    write_quotes(found, output_format, sys.stdout)
    click.echo(f"{len(found)} quotes", err=True)


def write_quotes(found: list[dict[str, Any]], output_format: str, output: Any) -> None:
    write_rows(found, output_format, output, columns=QUOTE_COLUMNS, table_line=_quote_line)


def _quote_line(quote: dict[str, Any]) -> str:
    content = " ".join(quote["content"].split())
    when, who = quote["first_seen"] or "undated", quote["speaker"][:24]
    return f"{quote['occurrences']:>4}×  {when:<10}  {who:<24}  {content}  {quote['id']}"


@cli.command()
@search_filters
@_DB
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(db_path: Path, output_format: str, output: Path, **options: Any) -> None:
    """Write the statements matching TEXT and the filters (default: all), with their article's
    date, outlet and URL, to one file. The filters are search's.

    Example: quotegraph export --db quotes.db --format parquet -o statements.parquet
    """
    filters, _ = split_filters(options)
    with Store.open(db_path, read_only=True) as store:
        written = export_rows(store.statement_rows(filters), output, output_format)
    click.echo(f"{written} statements written to {output}", err=True)
