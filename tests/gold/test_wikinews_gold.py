"""The Wikinews gold set: every span is the text its annotation names, and the JSONL is current."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .conftest import GOLD

FOLDER = GOLD / "wikinews"


def annotations() -> list[Path]:
    return sorted((FOLDER / "annotations").glob("*.yaml"))


def committed(split: str) -> list[dict[str, Any]]:
    lines = (FOLDER / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("path", annotations(), ids=lambda p: p.stem)
def test_every_span_is_the_text_its_annotation_names(builder: ModuleType, path: Path) -> None:
    text = (FOLDER / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
    for written in yaml.safe_load(path.read_text(encoding="utf-8"))["attributions"]:
        found = builder.attribution_record(text, written)
        for role in ("content", "source", "cue"):
            words = [builder.Snippet.parse(s).words for s in builder.as_list(written.get(role))]
            assert sorted(text[start:end] for start, end in found[role]) == sorted(words), (role, written)


def test_the_jsonl_files_are_built_from_the_annotations(builder: ModuleType) -> None:
    built = builder.build(FOLDER)

    for split in builder.SPLITS:
        rebuilt = json.loads(json.dumps(built[split]))
        assert committed(split) == rebuilt, f"rerun: python gold/build.py {FOLDER}"


def test_the_set_is_modern_varied_and_large_enough(builder: ModuleType) -> None:
    documents = committed("dev") + committed("test")
    kinds = Counter(d["kind"] for d in documents)

    assert len(committed("dev")) >= 40 and len(committed("test")) >= 20
    assert sum(len(d["attributions"]) for d in documents) >= 600
    assert len(kinds) >= 12, kinds
    every = documents + committed("train")
    assert all(date.fromisoformat(d["published"]) >= date(2015, 1, 1) for d in every)
    assert all(d["url"].startswith("https://en.wikinews.org/wiki/") for d in every)
    assert all(d["licence"] == builder.LICENCE for d in every)


def test_no_article_is_in_two_splits() -> None:
    urls = [d["url"] for split in ("train", "dev", "test") for d in committed(split)]
    assert len(urls) == len(set(urls))
