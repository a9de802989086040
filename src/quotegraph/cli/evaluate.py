"""`quotegraph evaluate`: extraction scored against gold attributions, as ../shared/eval/score.py scores."""

from __future__ import annotations

import json
import sys

import click

from quotegraph import settings
from quotegraph.cli import cli
from quotegraph.cli.running import ModelChoice, conventions_option
from quotegraph.defaults import DEFAULT_PIPELINE
from quotegraph.evaluate import read_attribution_file, render_table, score_documents


@cli.command()
@click.argument("gold_path", metavar="GOLD.jsonl", type=click.Path(dir_okay=False))
@click.option("--pred", "pred_path", type=click.Path(dir_okay=False),
              help="Score this prediction file instead of running extraction.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (score.py --json's shape).")
@click.option("--unit", type=click.Choice(["token", "char"]), default="token", show_default=True,
              help="Compare tokens (as citron) or non-space characters.")
@click.option("--citron-strict", is_flag=True, help="Citron's pairwise overlap sums, swapped all-spans P/R.")
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True, help="Installed spaCy pipeline.")
@click.option("--model", type=ModelChoice(), default="rules", show_default=True,
              help="Span boundaries from the rules, the learned tagger (quotegraph[learned]), or a "
              "directory saved by `quotegraph train`.")
@conventions_option
def evaluate(  # keyword-only: click passes options by name
    *, gold_path: str, pred_path: str | None, as_json: bool, unit: str, citron_strict: bool, pipeline: str,
    model: str, conventions: str,
) -> None:
    """Score quotegraph's extraction over the texts of GOLD.jsonl against its attributions.

    Documents are in ../shared/eval/FORMAT.md's shape. Failed documents count as predicting
    nothing, are listed on stderr, and make the exit code 1.

    Example: quotegraph evaluate ../shared/corpora/polnear/dev.jsonl --json
    """
    from quotegraph.learned import load_span_tagger  # noqa: PLC0415
    from quotegraph.nlp import load_pipeline  # noqa: PLC0415  (spaCy: seconds to import)
    from quotegraph.predict import Predictions, predict_documents  # noqa: PLC0415

    gold = read_attribution_file(gold_path)
    if pred_path:
        predictions = Predictions(read_attribution_file(pred_path, need_text=False))
    else:
        tagger = load_span_tagger(model)
        predictions = predict_documents(
            gold, load_pipeline(pipeline), tagger=tagger, type_entities=settings.type_entities(),
            conventions=conventions,
        )
    figures = score_documents(gold, predictions.documents, unit=unit, citron_strict=citron_strict)
    click.echo(json.dumps(figures) if as_json else render_table(figures))
    for failure in predictions.failures:
        click.echo(f"failed: {failure}", err=True)
    if predictions.failures:
        sys.exit(1)
