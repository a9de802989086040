"""`quotegraph --help` and every command's --help start without importing spaCy, torch or the extras."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.ingest.jsonl import KNOWN_KEYS

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = (
    "spacy", "thinc", "torch", "transformers", "trafilatura", "pyarrow", "pyspark", "fastapi", "datasketch",
)
_PROBE = """
import json, sys
from click.testing import CliRunner
from quotegraph.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "modules": sorted(sys.modules)}))
"""


def modules_after(*args: str) -> set[str]:
    """The modules a fresh interpreter has imported after running `quotegraph ARGS`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env,
                          check=True)
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["exit"] == 0
    return {name.split(".")[0] for name in report["modules"]}


@pytest.mark.parametrize("command", [[], ["extract"], ["spark"], ["evaluate"], ["serve"], ["train"]])
def test_help_imports_nothing_heavy(command: list[str]) -> None:
    assert sorted(modules_after(*command, "--help") & set(HEAVY)) == []


def test_the_spark_command_offers_the_input_formats_the_job_reads() -> None:
    from quotegraph.batch.inputs import INPUT_FORMATS
    from quotegraph.cli.spark import INPUT_FORMATS as OFFERED

    assert OFFERED == INPUT_FORMATS


def test_extract_help_names_every_jsonl_key_it_reads() -> None:
    help_text = CliRunner().invoke(cli, ["extract", "--help"]).output
    unnamed = [key for key in KNOWN_KEYS - {"attributions"} if f'"{key}"' not in help_text.replace("\n", " ")]
    assert unnamed == []
