"""`quotegraph spark`: the Spark job, locally or under spark-submit."""

from __future__ import annotations

import click

from quotegraph.cli import cli
from quotegraph.cli.running import extraction_options, limit_options
from quotegraph.defaults import DEFAULT_PIPELINE
from quotegraph.limits import ArticleLimits

# quotegraph.batch.inputs.INPUT_FORMATS, written out: quotegraph.batch imports spaCy
# (tests/cli/test_startup.py checks that the two agree).
INPUT_FORMATS = ("auto", "jsonl", "parquet")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.argument("output", nargs=1)
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions to split the input into  [default: 2 × cores].")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master URL; 'submit' keeps the one spark-submit set.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles per spaCy batch on each worker.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="How to read INPUTS; auto goes by file names (.jsonl, .parquet, .txt, .warc.gz).")
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True, help="Installed spaCy pipeline.")
@extraction_options
@limit_options
def spark(
    *, inputs: tuple[str, ...], output: str, partitions: int | None, master: str, batch_size: int,
    input_format: str, pipeline: str, aliases: str | None, model: str, conventions: str,
    limits: ArticleLimits,
) -> None:
    """Extract statements from INPUTS (.jsonl, Parquet with id/text, .txt, WARC) into Parquet at OUTPUT.

    Writes OUTPUT/documents, OUTPUT/statements and OUTPUT/entities (partitioned by
    published_date), OUTPUT/errors, OUTPUT/quotes and OUTPUT/summary.json.

    Example: quotegraph spark articles.jsonl out/ --partitions 8
    """
    from quotegraph.batch.spark import plan_inputs, run_job, spark_session  # noqa: PLC0415  (spaCy)
    from quotegraph.resolve import load_alias_table  # noqa: PLC0415

    plan_inputs(inputs, input_format)  # bad paths fail here, before Spark takes its seconds to start
    alias_table = load_alias_table(aliases)  # so does a bad alias file; the executors get the table
    session = spark_session(None if master == "submit" else master)
    try:
        summary = run_job(session, inputs, output, partitions=partitions, pipeline=pipeline,
                          batch_size=batch_size, input_format=input_format, limits=limits, model=model,
                          aliases=alias_table, conventions=conventions)
    finally:
        session.stop()
    click.echo(summary.line(), err=True)
