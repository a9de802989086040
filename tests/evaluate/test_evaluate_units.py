"""quotegraph.evaluate on its own: units, agreement rules, reading files, floors."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from quotegraph.errors import InvalidInput
from quotegraph.evaluate import (
    Units,
    read_attribution_file,
    score_documents,
    shortfalls,
    speakers_agree,
)

from .conftest import GOLD

TEXT = "They won't pay 1,000 dollars to the U.S. agency... ever."


def tokens_of(text: str, part: str) -> tuple[tuple[int, int], ...]:
    start = text.index(part)
    return Units(text).ranges([[start, start + len(part)]])


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("They", ((0, 1),)),
        ("won't", ((1, 3),)),  # wo + n't
        ("1,000", ((4, 5),)),  # one number, not three tokens
        ("U.S.", ((8, 9),)),  # an abbreviation is one token
        ("...", ((10, 11),)),
        (" pay ", ((3, 4),)),  # whitespace at the edges is ignored
        ("ollar", ((5, 6),)),  # a span inside a word covers the word
    ],
)
def test_spans_become_the_tokens_they_touch(part: str, expected: tuple[tuple[int, int], ...]) -> None:
    assert tokens_of(TEXT, part) == expected


def test_pairs_are_sorted_and_touching_ones_merged() -> None:
    units = Units("a b c d e")

    assert units.ranges([[4, 5], [0, 1], [2, 3]]) == ((0, 3),)
    assert units.ranges([[6, 7], [0, 1]]) == ((0, 1), (3, 4))
    assert units.ranges([[3, 2], [1, 1], [-5, 0]]) == ()  # empty or inverted pairs cover nothing


def test_character_units_skip_spaces() -> None:
    assert Units("ab cd", unit="char").ranges([[1, 4]]) == ((1, 3),)
    with pytest.raises(ValueError, match="unit"):
        Units("ab", unit="word")


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("Rutte", ["Mark Rutte"], True),
        ("MARK rutte", ["Mark Rutte"], True),
        ("Mark Rutte", ["Rutte"], True),
        ("Zoë Ördög", ["Zoe Ordog"], True),  # accents folded
        ("Rutte", ["Mark Rutter"], False),  # a word boundary, not a suffix
        ("Mark", ["Mark Rutte"], False),  # a first name is not enough
        ("Trump", ["Donald Trump Jr."], False),
        ("Junior", ["Donald Trump Jr.", "Don Junior"], True),  # aliases count
        ("...", ["..."], False),
    ],
)
def test_speaker_names_agree(predicted: str, gold: list[str], agree: bool) -> None:
    assert speakers_agree(predicted, gold) is agree


def all_prf(figures: dict) -> list[dict]:
    groups = [figures["content"], figures["cue"], figures["quote"], figures["spans"]]
    found = [m for group in groups for m in group.values()]
    source = figures["source"]
    return [*found, source["exact"], source["overlap"], *source["with_content"].values()]


def test_gold_against_itself_scores_one_everywhere() -> None:
    gold = read_attribution_file(GOLD)

    figures = score_documents(gold, copy.deepcopy(gold))

    assert all((m["precision"], m["recall"], m["f1"]) == (1.0, 1.0, 1.0) for m in all_prf(figures))
    assert figures["speaker"]["recall"] == 1.0


def test_recall_by_type_is_one_when_gold_scores_itself() -> None:
    gold = read_attribution_file(GOLD)

    by_type = score_documents(gold, gold)["recall_by_type"]

    for kind, figures in by_type.items():
        assert {name: v for name, v in figures.items() if name != "gold"} == dict.fromkeys(
            ["content_exact", "content_exact_any_cue", "content_partial", "content_source_partial",
             "content_overlap"], 1.0
        ), kind


def test_no_predictions_score_zero_and_are_counted() -> None:
    gold = read_attribution_file(GOLD)

    figures = score_documents(gold, {})

    assert all(m["precision"] == m["recall"] == m["f1"] == 0.0 for m in all_prf(figures))
    assert figures["documents"]["gold_without_prediction"] == len(gold)


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_attribution(attribution: dict) -> str:
    return json.dumps({"id": "b", "text": "x", "attributions": [attribution]})


GOOD = json.dumps({"id": "a", "text": "He said so.", "attributions": []})


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "not JSON"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps({"text": "x"}), "no string 'id'"),
        (json.dumps({"id": "b"}), "no string 'text'"),
        (json.dumps({"id": "b", "text": 5}), "no string 'text'"),
        (json.dumps({"id": "a", "text": "x"}), "duplicate id 'a'"),
        (json.dumps({"id": "b", "text": "x", "attributions": {}}), "'attributions' is not a list"),
        (with_attribution({"content": [1, 2]}), "attribution 0: 'content'"),
        (with_attribution({"cue": [["1", 2]]}), "attribution 0: 'cue'"),
        (with_attribution({"source": [[1, 2, 3]]}), "attribution 0: 'source'"),
        (with_attribution({"speaker_aliases": "X"}), "'speaker_aliases' is not a list"),
    ],
)
def test_a_bad_line_is_named_with_its_file_and_number(tmp_path: Path, bad_line: str, reason: str) -> None:
    path = write_lines(tmp_path, GOOD, "", bad_line)

    with pytest.raises(InvalidInput, match=reason) as raised:
        read_attribution_file(path)

    assert str(raised.value).startswith(f"{path}:3: ")


def test_prediction_files_may_omit_text(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps({"id": "a", "attributions": []}))

    assert read_attribution_file(path, need_text=False) == {"a": {"id": "a", "attributions": []}}
    with pytest.raises(InvalidInput, match="no string 'text'"):
        read_attribution_file(path)


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"missing\.jsonl: cannot read"):
        read_attribution_file(tmp_path / "missing.jsonl")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        read_attribution_file(binary)


def test_shortfalls_name_each_figure_below_its_floor() -> None:
    gold = read_attribution_file(GOLD)
    figures = score_documents(gold, {})

    lines = shortfalls(figures, {"content.overlap.f1": 0.5, "documents.gold": 1, "spans.cue.recall": 0.0})

    assert lines == ["content.overlap.f1 = 0.0000 is below its floor 0.5000"]
    with pytest.raises(InvalidInput, match=r"no figure named 'content\.overlap\.f2'"):
        shortfalls(figures, {"content.overlap.f2": 0.5})
    with pytest.raises(InvalidInput, match="not a number"):
        shortfalls(figures, {"content.overlap": 0.5})


def _one_statement_document(speaker: str | None, act: str | None, aliases: list[str] | None = None) -> dict:
    attribution: dict = {"content": [[0, 12]], "source": [[14, 19]], "cue": [[20, 24]]}
    if speaker is not None:
        attribution["speaker"] = speaker
    if aliases is not None:
        attribution["speaker_aliases"] = aliases
    if act is not None:
        attribution["act"] = act
    return {"id": "d", "text": "“We will go,” Rutte said.", "attributions": [attribution]}


@pytest.mark.parametrize(
    ("predicted", "recall", "canonical"),
    [("Mark Rutte", 1.0, 1.0), ("Rutte", 1.0, 0.0), ("PM Rutte", 1.0, 1.0), ("Tom", 0.0, 0.0)],
)
def test_a_surname_agrees_but_is_not_canonical(predicted: str, recall: float, canonical: float) -> None:
    gold = _one_statement_document("Mark Rutte", None, aliases=["PM Rutte"])
    figures = score_documents({"d": gold}, {"d": _one_statement_document(predicted, None)})["speaker"]

    assert (figures["recall"], figures["canonical_recall"]) == (recall, canonical)


def test_act_agreement_takes_the_act_of_the_overlapping_prediction() -> None:
    gold = _one_statement_document("Mark Rutte", "promise")
    agree = score_documents({"d": gold}, {"d": _one_statement_document(None, "promise")})["act"]
    differ = score_documents({"d": gold}, {"d": _one_statement_document(None, "state")})["act"]

    assert (agree["gold_with_act"], agree["found"], agree["agreement"]) == (1, 1, 1.0)
    assert (differ["found"], differ["agreement"]) == (1, 0.0)
