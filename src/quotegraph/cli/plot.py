"""`quotegraph plot`: the web UI's pictures as SVG or PNG files, drawn offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from quotegraph.cli import cli
from quotegraph.cli.store import search_filters, split_filters
from quotegraph.store import Store
from quotegraph.store.aggregates import INTERVALS, SPLITS, VOICES


@cli.command()
@click.argument("chart", type=click.Choice(["timeline", "network", "voices"]))
@search_filters
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="SQLite database file.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The picture: FILE.svg or FILE.png.")  # fmt: skip
@click.option("--interval", type=click.Choice(list(INTERVALS)), default="month", show_default=True,
              help="timeline: statements per day, week or month.")  # fmt: skip
@click.option("--split", type=click.Choice(list(SPLITS)), default="none", show_default=True,
              help="timeline: one colour per speaker or act (the 8 largest; the rest as other).")  # fmt: skip
@click.option("--min-count", type=click.IntRange(1), default=2, show_default=True,
              help="network: leave out links with fewer statements.")  # fmt: skip
@click.option("--top", type=click.IntRange(1, 1000), default=60, show_default=True,
              help="network: draw the heaviest links only.")  # fmt: skip
@click.option("--by", type=click.Choice(["gender", "kind"]), default="gender", show_default=True,
              help="voices: share of statements by speaker gender or speaker kind.")  # fmt: skip
def plot(chart: str, db_path: Path, output: Path, **options: Any) -> None:
    """Draw CHART for the statements matching TEXT and the filters (search's) into an SVG or PNG.

    timeline: statements per day, week or month; network: speakers → whom they talk about
    (edge width = statements, colour = warm vs hostile acts, node size = statements);
    voices: per outlet and month, the share of statements by speaker gender or kind.
    Needs the `plot` extra (vl-convert, which draws without a browser).

    Example: quotegraph plot timeline troops --interval week --split speaker --db quotes.db -o troops.png
    """
    from quotegraph.charts import chart_spec, write_chart  # noqa: PLC0415 - vl-convert only when drawing

    filters, chosen = split_filters(options)
    with Store.open(db_path, read_only=True) as store:
        spec = chart_spec(store, chart, filters, **chart_options(chart, chosen))
    written = write_chart(spec, output)
    click.echo(f"{chart} written to {output} ({written:,} bytes)", err=True)


def chart_options(chart: str, options: dict[str, Any]) -> dict[str, Any]:
    """The options of `options` that `chart` takes, in the store's names."""
    if chart == "timeline":
        return {"interval": options["interval"], "split": options["split"]}
    if chart == "network":
        return {"min_count": options["min_count"], "top": options["top"]}
    by = {"gender": "speaker_gender", "kind": "speaker_kind"}[options["by"]]
    assert by in VOICES
    return {"by": by}
