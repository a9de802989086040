"""benchmarks/speakers.py: the held-out train articles are scored, never listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import REPO_ROOT, load_benchmark

SCRIPT = REPO_ROOT / "benchmarks" / "speakers.py"


def test_the_held_out_subset_holds_the_listed_train_articles_only(tmp_path: Path) -> None:
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps({"id": i, "text": i, "attributions": []}) + "\n" for i in "abc"))
    ids = tmp_path / "ids.txt"
    ids.write_text("a\nc\n")

    subset = load_benchmark(SCRIPT).held_out_subset(train, ids)

    assert [json.loads(line)["id"] for line in subset.read_text().splitlines()] == ["a", "c"]


def test_the_listed_held_out_articles_are_train_articles() -> None:
    script = load_benchmark(SCRIPT)
    train_ids = {json.loads(line)["id"] for line in script.SETS["wikinews-train"].read_text().splitlines()}
    held_out = set(script.HELD_OUT_IDS.read_text().split())

    assert held_out and held_out <= train_ids


def test_misses_of_the_held_out_articles_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = load_benchmark(SCRIPT).main(["--set", "wikinews-train-heldout", "--show-misses", "5"])

    assert code == 1
    assert "figures only" in capsys.readouterr().err
