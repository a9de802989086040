"""Shared paths for the evaluator tests: the hand-written fixture and score.py, where present."""

from __future__ import annotations

import importlib.util
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
