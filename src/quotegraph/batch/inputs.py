"""Which inputs the Spark job reads, and how: JSONL lines, Parquet rows, or files for the ingest readers.

Plain Python: the plan is made on the driver before Spark starts reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quotegraph.errors import InvalidInput
from quotegraph.ingest import reader_for

INPUT_FORMATS = ("auto", "jsonl", "parquet")


def plan_inputs(inputs: Iterable[str], input_format: str = "auto") -> dict[str, list[str]]:
    """Inputs grouped by how Spark reads them: "jsonl", "parquet" and "files" (ingest readers).

    With `input_format` "jsonl" or "parquet", every input is read so, whatever its name: for
    cluster folders such as s3a://bucket/articles/ whose names say nothing.
    """
    inputs = list(inputs)
    plan: dict[str, list[str]] = {"jsonl": [], "parquet": [], "files": []}
    if input_format != "auto":
        plan[input_format] = inputs
        return plan
    for item in inputs:
        if "://" in item and not item.startswith("file://"):
            plan[_kind_of(item)].append(item)  # a cluster path: trust its suffix
            continue
        path = Path(item.removeprefix("file://"))
        if not path.exists():
            raise InvalidInput(item, "no such file or directory")
        if path.is_dir() and _is_parquet_dataset(path):
            plan["parquet"].append(str(path))
        elif path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                kind = _kind_of(str(file), strict=False)
                if kind:
                    plan[kind].append(str(file))
        else:
            plan[_kind_of(str(path))].append(str(path))
    if not any(plan.values()):
        raise InvalidInput(", ".join(inputs), "no readable articles (.jsonl, .parquet, .txt, …) found")
    return plan


def _is_parquet_dataset(path: Path) -> bool:
    return any(path.glob("*.parquet")) or (path / "_SUCCESS").exists()


def _kind_of(name: str, *, strict: bool = True) -> str:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if lower.endswith(".parquet"):
        return "parquet"
    if reader_for(Path(name)) is not None:
        return "files"
    if not strict:
        return ""
    raise InvalidInput(name, "no reader for this file type (WARC needs the ingest WARC reader installed)")
