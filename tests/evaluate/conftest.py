"""Shared paths for the evaluator tests: the hand-written fixture and score.py, where present."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
GOLD = FIXTURES / "gold.jsonl"
PRED = FIXTURES / "pred.jsonl"

# CI checks the repository out beside ../shared; engineers' worktrees use /work/shared.
SCORE_PY_CANDIDATES = (REPO_ROOT.parent / "shared" / "eval" / "score.py", Path("/work/shared/eval/score.py"))


def find_score_py() -> Path | None:
    return next((path for path in SCORE_PY_CANDIDATES if path.is_file()), None)


@pytest.fixture(scope="session")
def score_py() -> Path:
    """Path of the reference scorer; the test is skipped where ../shared is absent."""
    path = find_score_py()
    if path is None:
        pytest.skip("../shared/eval/score.py not found")
    return path


@pytest.fixture(scope="session")
def score_module(score_py: Path) -> ModuleType:
    """The reference scorer imported from its file, for in-process comparisons."""
    spec = importlib.util.spec_from_file_location("reference_score", score_py)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_benchmark(path: Path) -> ModuleType:
    """A script of benchmarks/ imported from its file. It is registered in sys.modules under its
    own name first, since dataclasses look their module up there."""
    spec = importlib.util.spec_from_file_location(f"{path.stem}_benchmark", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
