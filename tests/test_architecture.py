"""The layers of docs/architecture.md, checked on the imports of src/quotegraph (read as text).

Stages never import each other; only the composers put them together; nothing imports an
entry point but the CLI. A new module must be placed in a layer here before it is used.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "quotegraph"

LEAVES = {"records", "errors", "defaults", "settings", "dedup", "limits", "formats", "confidence", "wire"}
STAGES = {"ingest", "nlp", "extraction", "learned", "resolve", "store"}
COMPOSERS = {
    "process", "predict", "api", "evaluate", "_eval_table", "_eval_units", "_eval_counts", "_eval_files",
    "charts", "__init__",
}
ENTRY_POINTS = {"cli", "serve", "batch", "__main__"}

# What each layer may import besides itself.
ALLOWED = {
    **{leaf: LEAVES for leaf in LEAVES},
    **{stage: LEAVES for stage in STAGES},
    **{composer: LEAVES | STAGES | COMPOSERS for composer in COMPOSERS},
    "serve": LEAVES | {"store", "charts"},
    "batch": LEAVES | STAGES | COMPOSERS,
    "cli": LEAVES | STAGES | COMPOSERS | {"serve", "batch"},
    "__main__": {"cli"},
}


def unit_of(path: Path) -> str:
    """The top-level module or package a file belongs to."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def imported_units(path: Path) -> set[str]:
    units = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "quotegraph":
                units.add(parts[1] if len(parts) > 1 else "__init__")
    return units


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    assert {unit_of(path) for path in SOURCES} <= set(ALLOWED)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_the_layers_below_it(path: Path) -> None:
    unit = unit_of(path)
    forbidden = imported_units(path) - ALLOWED[unit] - {unit}

    assert not forbidden, f"{unit} must not import {sorted(forbidden)}"


@pytest.mark.parametrize("stage", sorted(STAGES - {"nlp", "extraction"}))
def test_spacy_stays_in_nlp_extraction_and_process(stage: str) -> None:
    for path in (PACKAGE / stage).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
        modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not any(m == "spacy" or m.startswith("spacy.") for m in modules), path
