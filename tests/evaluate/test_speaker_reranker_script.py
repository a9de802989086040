"""benchmarks/speaker_reranker.py: trains on the read train articles only, and labels and
decides as the experiment says."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import REPO_ROOT, load_benchmark

SCRIPT = REPO_ROOT / "benchmarks" / "speaker_reranker.py"


def test_training_articles_leave_out_the_held_out_ids(tmp_path: Path) -> None:
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps({"id": i, "text": i, "attributions": []}) + "\n" for i in "abc"))
    ids = tmp_path / "ids.txt"
    ids.write_text("a\nc\n")

    assert list(load_benchmark(SCRIPT).read_train(train, ids)) == ["b"]


def test_an_unnamed_source_labels_only_the_rules_description_right() -> None:
    script = load_benchmark(SCRIPT)
    resolved = script.Resolved(
        "officials",
        [
            script.Candidate("officials", {"description_speaker": 1.0}),
            script.Candidate("Reuters", {"description_speaker": 0.0}),
        ],
        "description",
    )
    item = script.Predicted(((0, 3),), "officials", resolved, named_gold=[], unnamed_gold=True)

    assert script.labels_of(item) == [1, 0]


def test_a_named_gold_speaker_labels_the_candidate_of_its_name() -> None:
    script = load_benchmark(SCRIPT)
    resolved = script.Resolved(
        "Rutte", [script.Candidate("Rutte", {}), script.Candidate("Mark Rutte", {})], "surname"
    )
    item = script.Predicted(((0, 3),), "Rutte", resolved, named_gold=[{("mark", "rutte")}])

    assert script.labels_of(item) == [0, 1]


def test_another_candidate_replaces_the_rules_choice_only_beyond_the_margin() -> None:
    script = load_benchmark(SCRIPT)
    resolved = script.Resolved(
        "the company", [script.Candidate("the company", {}), script.Candidate("Acme", {})], "description"
    )
    item = script.Predicted(((0, 3),), "the company", resolved, scores=[0.0, 1.0])

    assert script.chosen(item, lambda kind: 0.5, 99.0) == "Acme"
    assert script.chosen(item, lambda kind: 1.5, 99.0) == "the company"
