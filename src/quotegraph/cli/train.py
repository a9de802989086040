"""`quotegraph train`: fine-tune the learned span tagger on attribution JSONL."""

from __future__ import annotations

import time
from pathlib import Path

import click

from quotegraph.cli import cli
from quotegraph.errors import MissingExtra
from quotegraph.learned import learned_available


@cli.command()
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Training documents (attribution JSONL, ../shared/eval/FORMAT.md).")
@click.option("--dev", "dev_path", type=click.Path(exists=True, dir_okay=False),
              help="Dev documents: figures after each epoch; the best epoch is saved.")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Directory for the weights.")
@click.option("--epochs", type=int, default=4, show_default=True,
              help="Passes over the training set; 4 fit in about an hour on 2 CPU cores.")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--lr", "learning_rate", type=float, default=2e-4, show_default=True,
              help="Peak learning rate.")
@click.option("--layers", type=click.IntRange(1, 6), default=6, show_default=True,
              help="Encoder layers kept (fewer: faster and less accurate).")
@click.option("--cases/--no-cases", default=True, show_default=True,
              help="Feed each wordpiece's casing to the (uncased) encoder.")
@click.option("--init", type=click.Path(exists=True, file_okay=False), default=None,
              help="Train further from the weights saved in this directory (their layers and cases).")
@click.option("--threads", type=int, default=2, show_default=True, help="CPU threads for torch.")
@click.option("--device", default="cpu", show_default=True, help="torch device, e.g. cpu or cuda.")
@click.option("--limit", type=int, default=0, help="Train on the first N documents only (0: all).")
def train(
    *, train_path: str, dev_path: str | None, output: str, epochs: int, seed: int, learning_rate: float,
    layers: int, cases: bool, init: str | None, threads: int, device: str, limit: int,
) -> None:
    """Fine-tune the span tagger used by `extract --model learned`; prints dev figures per epoch.

    Example: quotegraph train --train polnear/train.jsonl --dev polnear/dev.jsonl -o tagger/
    """
    if not learned_available():
        raise MissingExtra("torch", "learned", "quotegraph train")
    from quotegraph.learned.training import TrainSettings, format_figures  # noqa: PLC0415 - torch
    from quotegraph.learned.training import train as train_tagger  # noqa: PLC0415

    settings = TrainSettings(epochs=epochs, seed=seed, learning_rate=learning_rate, layers=layers,
                             cases=cases, threads=threads, device=device, limit=limit, init=init or "")
    started = time.perf_counter()
    best = train_tagger(Path(train_path), Path(dev_path) if dev_path else None, Path(output), settings,
                        report=lambda line: click.echo(line, err=False))
    minutes = (time.perf_counter() - started) / 60
    figures = f"; dev {format_figures(best)}" if dev_path else ""
    click.echo(f"saved to {output} after {minutes:.1f} min{figures}")
