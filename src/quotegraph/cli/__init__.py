"""The `quotegraph` command: thin wrappers over the library, one module per command."""

from __future__ import annotations

import logging
from typing import Any

import click

from quotegraph.errors import QuotegraphError


class QuotegraphGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuotegraphError as error:  # the user's problem: one line, exit 1; bugs keep a traceback
            raise click.ClickException(str(error)) from error


class _WarningLines(logging.Handler):
    """The library's warnings (e.g. JSONL keys it ignored) as one `warning:` line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


@click.group(cls=QuotegraphGroup)
@click.version_option(package_name="quotegraph")
def cli() -> None:
    """Turn news articles into a searchable record of who said what, about whom, when."""
    ingest_log = logging.getLogger("quotegraph.ingest")
    if not any(isinstance(handler, _WarningLines) for handler in ingest_log.handlers):
        ingest_log.addHandler(_WarningLines(logging.WARNING))


def main() -> None:
    cli()


def _register() -> None:
    # Each command module adds itself to `cli`; imported here so `quotegraph --help` lists all.
    from quotegraph.cli import demo, evaluate, extract, load, plot, read, serve, spark, store, train  # noqa: F401, PLC0415


_register()
