"""The store's statements as files: JSONL, CSV, or Parquet (needs the `parquet` extra)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from quotegraph.errors import QuotegraphError

__all__ = ["EXPORT_COLUMNS", "EXPORT_FORMATS", "csv_lines", "export_rows", "jsonl_lines"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_COLUMNS = (
    "id", "article_id", "position", "published", "outlet", "title", "url", "speaker_id", "speaker",
    "speaker_kind", "role", "affiliation", "source", "cue", "cue_lemma", "act", "type", "negated",
    "content", "content_offsets", "targets", "paragraph", "sentence", "confidence", "quote_id",
    "uid", "speaker_gender", "speaker_gender_evidence",
)  # fmt: skip


def export_rows(rows: Iterable[dict[str, Any]], path: Path, output_format: str) -> int:
    """Write `rows` (Store.statement_rows()) to `path`; returns how many were written."""
    if output_format not in EXPORT_FORMATS:
        raise QuotegraphError(
            f"unknown export format {output_format!r}; use one of {', '.join(EXPORT_FORMATS)}"
        )
    selected = (_select(row) for row in rows)
    if output_format == "parquet":
        return _write_parquet(selected, path)
    with path.open("w", encoding="utf-8", newline="") as output:
        if output_format == "csv":
            writer = csv.DictWriter(output, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            return sum(1 for row in selected if writer.writerow(row) is not None)
        return sum(1 for row in selected if output.write(json.dumps(row, ensure_ascii=False) + "\n"))


def csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`rows` (Store.statement_rows()) as CSV text, the header first, a chunk per row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(_select(row))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`rows` (Store.statement_rows()) as JSON lines."""
    for row in rows:
        yield json.dumps(_select(row), ensure_ascii=False) + "\n"


def _select(row: dict[str, Any]) -> dict[str, Any]:
    selected = {column: row.get(column) for column in EXPORT_COLUMNS}
    selected["negated"] = bool(selected["negated"])
    return selected


def _write_parquet(rows: Iterator[dict[str, Any]], path: Path, batch_size: int = 50_000) -> int:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional, heavy: only Parquet export needs it
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError:
        raise QuotegraphError("Parquet export needs pyarrow: pip install 'quotegraph[parquet]'") from None
    integers = {"id": pa.int64(), "position": pa.int32(), "paragraph": pa.int32(), "sentence": pa.int32(),
                "speaker_gender_evidence": pa.int32()}  # fmt: skip
    types = {**integers, "negated": pa.bool_(), "confidence": pa.float64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in EXPORT_COLUMNS])
    written = 0
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, batch_size)):  # bounded memory on large stores
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written
