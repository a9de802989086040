"""`quotegraph demo`: extraction over the short articles bundled with the package."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from quotegraph.cli import cli
from quotegraph.cli.extract import write_results
from quotegraph.cli.running import RunSummary, extraction_results
from quotegraph.defaults import DEFAULT_PIPELINE
from quotegraph.formats import FORMATS


def sample_paths() -> list[Path]:
    """The bundled sample articles (written for quotegraph; free to reuse)."""
    folder = resources.files("quotegraph") / "samples"
    return sorted(Path(str(folder / entry.name)) for entry in folder.iterdir() if entry.name.endswith(".txt"))


@cli.command()
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--pipeline", default=DEFAULT_PIPELINE, show_default=True, help="Installed spaCy pipeline.")
def demo(output_format: str, pipeline: str) -> None:
    """Extract statements from the sample articles bundled with quotegraph."""
    summary = RunSummary()
    paths = [str(p) for p in sample_paths()]
    results = extraction_results(paths, pipeline=pipeline, summary=summary)
    write_results(results, output_format, sys.stdout)
    summary.report()
    if summary.failures:
        sys.exit(1)
