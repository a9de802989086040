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


def test_a_surname_of_the_gold_name_is_a_short_name() -> None:
    script = load_benchmark(SCRIPT)
    gold = {"speaker": "Tristan Smith", "source": [[0, 5]]}

    cause = script.wrong_speaker_cause("Smith said so.", None, gold, [{"speaker": "Smith"}])

    assert cause == "surname or short name"


def test_a_longer_name_ending_in_the_gold_name_has_extra_words_not_a_short_name() -> None:
    script = load_benchmark(SCRIPT)
    gold = {"speaker": "Rhodesia", "source": [[0, 5]]}

    cause = script.wrong_speaker_cause("which declared", None, gold, [{"speaker": "Southern Rhodesia"}])

    assert cause == "title or extra words"


def test_a_description_ending_in_a_gold_alias_is_a_description_resolved_wrongly() -> None:
    script = load_benchmark(SCRIPT)
    text = "The opinion of the Court read that the oath was void."
    gold = {"speaker": "Supreme Court of Puerto Rico", "speaker_aliases": ["the Court"], "source": [[0, 24]]}
    hit = {"speaker": "opinion of the Court", "source": [[0, 24]]}

    cause = script.wrong_speaker_cause(text, script.Units(text), gold, [hit])

    assert cause == "description → wrong entity"
