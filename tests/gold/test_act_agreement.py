"""The second act annotation stays tied to the gold set, and its agreement is computed right."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "act_agreement.py"
_spec = importlib.util.spec_from_file_location("act_agreement", BENCHMARK)
assert _spec is not None and _spec.loader is not None
act_agreement = importlib.util.module_from_spec(_spec)
sys.modules["act_agreement"] = act_agreement
_spec.loader.exec_module(act_agreement)


def test_every_second_annotation_labels_a_gold_attribution_of_dev(capsys: pytest.CaptureFixture[str]) -> None:
    assert act_agreement.main([]) == 0
    assert "208 attributions in 18 articles" in capsys.readouterr().out


def test_a_line_that_fits_no_gold_attribution_is_an_error_naming_it(tmp_path: Path) -> None:
    second = tmp_path / "second.jsonl"
    row = {"id": "wn-x", "content": [[0, 4]], "act": "state"}
    second.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"second\.jsonl:1: no gold attribution of wn-x"):
        act_agreement.main(["--second", str(second)])


def test_kappa_is_one_for_full_agreement_and_zero_for_chance() -> None:
    assert act_agreement.cohen_kappa([("state", "state"), ("warn", "warn")]) == 1.0
    chance = [("state", "state"), ("state", "warn"), ("warn", "state"), ("warn", "warn")]
    assert act_agreement.cohen_kappa(chance) == 0.0


def test_several_gold_files_give_a_line_for_the_articles_of_each(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golds = []
    for name, act in (("one", "warn"), ("two", "praise")):
        gold = tmp_path / f"{name}.jsonl"
        document = {"id": f"wn-{name}", "text": "abcdef",
                    "attributions": [{"content": [[0, 3]], "act": act},
                                     {"content": [[3, 6]], "act": "state"}]}
        gold.write_text(json.dumps(document) + "\n", encoding="utf-8")
        golds += ["--gold", str(gold)]
    second = tmp_path / "second.jsonl"
    rows = [{"id": "wn-one", "content": [[0, 3]], "act": "warn"},
            {"id": "wn-one", "content": [[3, 6]], "act": "state"},
            {"id": "wn-two", "content": [[0, 3]], "act": "state"}]
    second.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert act_agreement.main([*golds, "--second", str(second)]) == 0
    out = capsys.readouterr().out
    assert "3 attributions in 2 articles: acts equal 2 (0.667)" in out
    assert "one.jsonl: 2 attributions in 1 articles: acts equal 2 (1.000)" in out
    assert "two.jsonl: 1 attributions in 1 articles: acts equal 0 (0.000)" in out
    assert "gold praise → second state" in out


def test_every_held_out_second_annotation_labels_a_gold_attribution_of_test_or_train(
        capsys: pytest.CaptureFixture[str]) -> None:
    gold = BENCHMARK.parents[1] / "gold" / "wikinews"
    arguments = ["--gold", str(gold / "test.jsonl"), "--gold", str(gold / "train.jsonl")]
    for part in (1, 2):
        arguments += ["--second", str(gold / "agreement" / f"acts_second_annotator_heldout_{part}.jsonl")]
    assert act_agreement.main(arguments) == 0
    out = capsys.readouterr().out
    assert "660 attributions in 60 articles" in out
    assert "test.jsonl: 303 attributions in 29 articles" in out
