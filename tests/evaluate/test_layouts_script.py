"""benchmarks/layouts.py: each layout changes one character for one, so gold offsets hold."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import REPO_ROOT, load_benchmark

SCRIPT = REPO_ROOT / "benchmarks" / "layouts.py"
TEXT = (
    'The mayor said "we will rebuild the bridge by May," and added that the city\'s budget would '
    "cover it, though the council's chair, who spoke later, was less sure of the date.\n\n"
    "'Not this year,' she said."
)


def test_typographic_marks_open_and_close_by_the_character_before() -> None:
    text = load_benchmark(SCRIPT).typographic(TEXT)
    assert "said \u201cwe will rebuild the bridge by May,\u201d and" in text
    assert "city\u2019s budget" in text
    assert text.endswith("\u2018Not this year,\u2019 she said.")


def test_wrapped_lines_stay_within_the_width_and_paragraphs_stay_apart() -> None:
    text = load_benchmark(SCRIPT).wrapped(TEXT, width=40)
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 2
    assert all(len(line) <= 40 for line in text.split("\n"))
    assert paragraphs[0].count("\n") >= 3
    assert text.replace("\n", " ").replace("  ", "\n\n") == TEXT


def test_variant_files_keep_ids_spans_and_lengths(tmp_path: Path) -> None:
    script = load_benchmark(SCRIPT)
    gold = tmp_path / "gold.jsonl"
    attribution = {"content": [[10, 20]], "source": [[4, 9]], "cue": [[10, 14]]}
    gold.write_text(json.dumps({"id": "a", "text": TEXT, "attributions": [attribution]}) + "\n")

    path = script.variant_file(gold, script.LAYOUTS["both"], tmp_path, "both")

    [document] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert document["id"] == "a" and document["attributions"] == [attribution]
    assert len(document["text"]) == len(TEXT) and document["text"] != TEXT
