"""quotegraph.evaluate against ../shared/eval/score.py: the same JSON and the same table."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from quotegraph.cli import cli
from quotegraph.evaluate import read_attribution_file, render_table, score_documents

from .conftest import GOLD, PRED

OPTION_SETS = {
    "tokens": [],
    "characters": ["--unit", "char"],
    "citron-strict": ["--citron-strict"],
}


def reference_output(score_py: Path, *args: str) -> str:
    run = subprocess.run(
        [sys.executable, str(score_py), *args], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    return run.stdout


def our_figures(options: list[str], gold: Path = GOLD, pred: Path = PRED) -> dict:
    return score_documents(
        read_attribution_file(gold),
        read_attribution_file(pred, need_text=False),
        unit="char" if "char" in options else "token",
        citron_strict="--citron-strict" in options,
    )


@pytest.mark.parametrize("options", OPTION_SETS.values(), ids=OPTION_SETS.keys())
def test_json_is_exactly_what_score_py_prints(score_py: Path, options: list[str]) -> None:
    expected = reference_output(score_py, str(GOLD), str(PRED), "--json", *options)

    assert json.dumps(our_figures(options)) + "\n" == expected


@pytest.mark.parametrize("options", OPTION_SETS.values(), ids=OPTION_SETS.keys())
def test_table_is_exactly_what_score_py_prints(score_py: Path, options: list[str]) -> None:
    expected = reference_output(score_py, str(GOLD), str(PRED), *options)

    assert render_table(our_figures(options)) + "\n" == expected


def test_cli_with_pred_prints_what_score_py_prints(score_py: Path) -> None:
    for flags in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--pred", str(PRED), *flags])

        assert result.exit_code == 0, result.output
        assert result.stdout == reference_output(score_py, str(GOLD), str(PRED), *flags)


def test_gold_against_itself_matches_score_py(score_py: Path) -> None:
    expected = reference_output(score_py, str(GOLD), str(GOLD), "--json")

    assert json.dumps(our_figures([], GOLD, GOLD)) + "\n" == expected


def test_fixture_exercises_every_figure() -> None:
    # Guards the fixture itself: a figure that is 0 or 1 everywhere would hide a difference.
    figures = our_figures([])

    assert set(figures["recall_by_type"]) == {"direct", "indirect", "mixed", "null"}
    assert figures["speaker"]["gold_with_speaker"] > 0
    assert 0 < figures["speaker"]["precision_on_matched"] < 1
    assert 0 < figures["content"]["exact"]["f1"] < 1
    assert 0 < figures["source"]["on_matched_content"]["partial"]["share"] < 1
    documents = figures["documents"]
    assert documents["gold_without_prediction"] and documents["predicted_not_in_gold"]
    assert documents["text_mismatch"]
    assert our_figures(["--citron-strict"])["source"]["overlap"] != figures["source"]["overlap"]
    assert our_figures(["--unit", "char"])["content"]["exact"] != figures["content"]["exact"]


# Random attributions over the fixture's texts, scored in process by both implementations.
TEXTS = {doc_id: doc["text"] for doc_id, doc in read_attribution_file(GOLD).items()}
NAMES = ["Berg", "Anna Berg", "de Vries", "Piet de Vries", "Rutte", ""]


def pairs(length: int) -> st.SearchStrategy[list[list[int]]]:
    pair = st.tuples(st.integers(-2, length + 2), st.integers(-2, length + 2)).map(list)
    return st.lists(pair, max_size=3)


def attributions(length: int) -> st.SearchStrategy[list[dict]]:
    attribution = st.fixed_dictionaries(
        {"content": pairs(length), "source": pairs(length), "cue": pairs(length)},
        optional={
            "type": st.sampled_from(["direct", "indirect", "mixed", None, "other"]),
            "speaker": st.sampled_from(NAMES),
            "speaker_aliases": st.lists(st.sampled_from(NAMES), max_size=2),
        },
    )
    return st.lists(attribution, max_size=4)


@st.composite
def documents(draw: st.DrawFn, *, with_text: bool) -> dict:
    found = {}
    for doc_id, text in TEXTS.items():
        if not with_text and draw(st.booleans()):
            continue  # a gold document without a prediction
        found[doc_id] = {"id": doc_id, "attributions": draw(attributions(len(text)))}
        if with_text:
            found[doc_id]["text"] = text
    return found


@settings(max_examples=80, deadline=None)
@given(
    gold=documents(with_text=True),
    predicted=documents(with_text=False),
    strict=st.booleans(),
    unit=st.sampled_from(["token", "char"]),
)
def test_random_attributions_score_as_in_score_py(
    score_module: ModuleType, gold: dict, predicted: dict, strict: bool, unit: str
) -> None:
    expected = score_module.score(gold, predicted, unit, strict)
    ours = score_documents(gold, predicted, unit=unit, citron_strict=strict)

    assert json.dumps(ours) == json.dumps(expected)


def test_fixture_files_are_what_their_builder_writes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_fixture", GOLD.parent / "build_fixture.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)

    builder.write(tmp_path / "gold.jsonl", builder.gold())
    builder.write(tmp_path / "pred.jsonl", builder.predictions())

    assert (tmp_path / "gold.jsonl").read_text(encoding="utf-8") == GOLD.read_text(encoding="utf-8")
    assert (tmp_path / "pred.jsonl").read_text(encoding="utf-8") == PRED.read_text(encoding="utf-8")
