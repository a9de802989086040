"""What the commands that extract share: reading inputs, progress, the failure report."""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import click

from quotegraph import settings
from quotegraph.errors import QuotegraphError
from quotegraph.ingest import FetchPolicy, keep_languages, read_articles, unique_articles
from quotegraph.learned import CONVENTIONS, DEFAULT_CONVENTIONS, MODELS, load_span_tagger, model_directory
from quotegraph.limits import DEFAULT_LIMITS, ArticleLimits
from quotegraph.records import Article, ArticleResult, Failure
from quotegraph.resolve import load_alias_table


class Probability(click.FloatRange):
    """A number from 0 to 1, such as a confidence threshold; NaN, which FloatRange lets through
    (every comparison with it is false), is refused too."""

    name = "probability"

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 1.", param, ctx)
        return number


@dataclass
class RunSummary:
    articles: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)
    # Read but deliberately not processed; each was announced on stderr when skipped.
    duplicates: list[Failure] = field(default_factory=list)
    other_languages: list[Failure] = field(default_factory=list)

    def report(self, *, statements: bool = True) -> None:
        """Print the summary and every failed document to stderr."""
        counts = [plural(self.articles, "article")]
        counts += [plural(self.statements, "statement")] if statements else []
        counts += [f"{len(self.failures)} failed"]
        counts += [f"{plural(len(self.duplicates), 'duplicate')} skipped"] if self.duplicates else []
        counts += [f"{len(self.other_languages)} skipped for language"] if self.other_languages else []
        click.echo(", ".join(counts), err=True)
        for failure in self.failures:
            click.echo(f"failed: {failure}", err=True)

    def skip_duplicate(self, article: Article, reason: str) -> None:
        self.duplicates.append(_skipped(article, reason, "duplicate"))

    def skip_language(self, article: Article, reason: str) -> None:
        self.other_languages.append(_skipped(article, reason, "language"))


def plural(count: int, noun: str) -> str:
    """ "1 statement", "2 statements". """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _skipped(article: Article, reason: str, why: str) -> Failure:
    skipped = Failure(article.origin or article.id, reason, article.id)
    click.echo(f"skipped ({why}): {skipped}", err=True)
    return skipped


@dataclass(frozen=True)
class ReadOptions:
    """How commands read their inputs: the options that `reading_options` adds."""

    dedup: bool = True
    languages: tuple[str, ...] = ("en",)  # empty: keep every language
    follow_links: bool = True
    fetch: FetchPolicy = field(default_factory=FetchPolicy)


class ModelChoice(click.ParamType):
    """rules, learned, or a directory of weights saved by `quotegraph train` (learned.model_directory)."""

    name = "|".join((*MODELS, "DIR"))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            model_directory(str(value))
        except QuotegraphError as error:
            self.fail(str(error), param, ctx)
        return str(value)


def extraction_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --aliases, --model and --conventions, shared by every command that extracts."""
    command = conventions_option(command)
    command = click.option(
        "--model", type=ModelChoice(), default="rules", show_default=True,
        help="Span boundaries from the rules, or from the learned tagger (quotegraph[learned]): "
        "the shipped weights (learned) or a directory saved by `quotegraph train`.",
    )(command)
    return click.option(
        "--aliases",
        type=click.Path(exists=True, dir_okay=False),
        default=None,
        help="Speaker alias file (CSV, or YAML with quotegraph[aliases]); overrides the name rules.",
    )(command)


def conventions_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --conventions: which of the learned tagger's reports count (learned.CONVENTIONS)."""
    return click.option(
        "--conventions", type=click.Choice(CONVENTIONS), default=DEFAULT_CONVENTIONS, show_default=True,
        help="Which reports count on the learned path: standard (CONVENTIONS.md: no negated reports, "
        "no agentless passives) or polnear (as PolNeAR's annotators counted them, to score against "
        "PolNeAR). The rules follow the standard conventions under both, but for nesting: under "
        "polnear they keep only the outermost of nested attributions.",
    )(command)


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the input options to a click command, which receives them as `reading: ReadOptions`."""
    return reading_options_with(dedup=True)(command)


def reading_options_with(*, dedup: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`reading_options` with another default for --dedup/--no-dedup."""
    return functools.partial(_add_reading_options, dedup_default=dedup)


def _add_reading_options(command: Callable[..., Any], *, dedup_default: bool) -> Callable[..., Any]:

    @functools.wraps(command)
    def with_options(
        *args: Any, dedup: bool, language: str, follow_links: bool, timeout: float, max_bytes: int,
        **kwargs: Any,
    ) -> Any:
        languages = () if language.strip().lower() == "any" else tuple(language.replace(" ", "").split(","))
        fetch = FetchPolicy(timeout_s=timeout, max_bytes=max_bytes)
        reading = ReadOptions(dedup=dedup, languages=languages, follow_links=follow_links, fetch=fetch)
        return command(*args, reading=reading, **kwargs)

    defaults = FetchPolicy()
    options = [
        click.option("--dedup/--no-dedup", default=dedup_default, show_default=True,
                     help="Skip exact and near-duplicate articles (reported, not silent)."),
        click.option("--language", default="en", show_default=True,
                     help="Keep articles in these languages (comma-separated), or 'any'."),
        click.option("--follow-links/--no-follow-links", default=True, show_default=True,
                     help="Fetch the page of each feed entry, or use the text the feed carries."),
        click.option("--timeout", type=float, default=defaults.timeout_s, show_default=True,
                     help="Seconds to wait for a server (to connect, and between reads)."),
        click.option("--max-bytes", type=int, default=defaults.max_bytes, show_default=True,
                     help="Largest page fetched, in bytes."),
    ]
    for option in reversed(options):
        with_options = option(with_options)
    return with_options


def limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --max-chars and --article-timeout to a click command, which receives `limits: ArticleLimits`."""

    @functools.wraps(command)
    def with_limits(*args: Any, max_chars: int, article_timeout: float, **kwargs: Any) -> Any:
        limits = ArticleLimits(max_chars=max_chars or None, timeout_s=article_timeout or None)
        return command(*args, limits=limits, **kwargs)

    # --article-timeout, not --timeout: `extract --timeout` already bounds the wait for a web server.
    options = [
        click.option("--max-chars", type=click.IntRange(min=0), default=DEFAULT_LIMITS.max_chars,
                     show_default=True,
                     help="Longest article processed, in characters; a longer one is reported as failed. "
                     "0: no limit."),
        click.option("--article-timeout", type=click.FloatRange(min=0), default=DEFAULT_LIMITS.timeout_s,
                     show_default=True,
                     help="Seconds one article may take; a slower one is reported as failed. 0: no limit."),
    ]
    for option in reversed(options):
        with_limits = option(with_limits)
    return with_limits


def read_inputs(
    inputs: Iterable[str], *, reading: ReadOptions, summary: RunSummary
) -> Iterator[Article | Failure]:
    """Articles and Failures from `inputs`, with other languages and duplicates skipped into `summary`."""
    items = read_articles(inputs, policy=reading.fetch, follow_links=reading.follow_links)
    if reading.languages:
        items = keep_languages(items, reading.languages, on_skip=summary.skip_language)
    if reading.dedup:
        items = unique_articles(items, on_duplicate=summary.skip_duplicate)
    return items


def extraction_results(
    inputs: Iterable[str],
    *,
    pipeline: str,
    summary: RunSummary,
    keep_going: bool = True,
    reading: ReadOptions | None = None,
    aliases: str | None = None,
    model: str = "rules",
    limits: ArticleLimits = DEFAULT_LIMITS,
    conventions: str = DEFAULT_CONVENTIONS,
) -> Iterator[ArticleResult]:
    """Results for every readable article; failures go to `summary` (or stop the run).

    Without `reading`, inputs are read as given: no language filter, no dedup.
    """
    # spaCy (and torch, where installed) take seconds to import: only the commands that parse pay for it.
    from quotegraph.nlp import load_pipeline  # noqa: PLC0415
    from quotegraph.process import process_articles  # noqa: PLC0415

    alias_table = load_alias_table(aliases)  # a bad file fails here, before any work is done
    tagger = load_span_tagger(model)  # so does a missing `learned` extra
    nlp = load_pipeline(pipeline)
    show_progress = sys.stderr.isatty()
    reading = reading or ReadOptions(dedup=False, languages=())
    items = read_inputs(inputs, reading=reading, summary=summary)
    for item in process_articles(
        items, nlp, tagger=tagger, aliases=alias_table, limits=limits, type_entities=settings.type_entities(),
        memory_zone=True,  # this run owns `nlp`
        conventions=conventions,
    ):
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
