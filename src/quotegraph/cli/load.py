"""`quotegraph load`: the Spark job's Parquet into the SQLite store (the store's one writer)."""

from __future__ import annotations

from pathlib import Path

import click

from quotegraph.cli import cli
from quotegraph.errors import MissingExtra


@cli.command()
@click.argument("parquet", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The store to add the statements to (created if missing).")
def load(parquet: Path, db_path: Path) -> None:
    """Add the statements of a `quotegraph spark` OUTPUT folder (PARQUET) to the store.

    Article texts are not in the Parquet: stored articles keep their statements' words at
    their offsets, and spaces between them.

    Example: quotegraph load out/ --db quotes.sqlite
    """
    from quotegraph.batch.load import results_from_parquet  # noqa: PLC0415 - needs pyarrow

    try:
        from quotegraph.store import Store  # noqa: PLC0415 - built separately; optional here
    except ImportError:
        raise MissingExtra("`quotegraph load` needs quotegraph.store, which this install lacks") from None
    from quotegraph.cli.store import ExtractorCheck  # noqa: PLC0415 - needs the store, as above

    articles = statements = 0
    with Store.open(db_path) as store:
        check = ExtractorCheck(store, db_path)
        for result in results_from_parquet(parquet):
            check(result)
            store.add(result)
            articles += 1
            statements += len(result.statements)
    click.echo(f"loaded {articles} articles, {statements} statements into {db_path}", err=True)
