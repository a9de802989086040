"""The Spark job's ledger: what it read and wrote, checked so that no document is lost or doubled.

Plain Python (no engine): the job counts, `check_ledger` compares, `write_summary` keeps the
counts beside the output.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


class LedgerMismatch(RuntimeError):
    """The job's counts do not add up: a document was lost or doubled. A bug, not a user error."""


@dataclass(frozen=True)
class JobSummary:
    """What a job read and wrote; `documents` = with_statements + without_statements + errors."""

    input_rows: int
    documents: int
    with_statements: int
    without_statements: int
    errors: int
    statements: int
    entities: int
    quotes: int

    def line(self) -> str:
        return (f"{self.documents} documents: {self.with_statements} with statements, "
                f"{self.without_statements} without, {self.errors} failed; {self.statements} statements, "
                f"{self.quotes} distinct quotes")


def check_ledger(summary: JobSummary, *, failed: int, statements_claimed: int,
                  rows_are_documents: bool) -> None:
    problems = []
    if rows_are_documents and summary.input_rows != summary.documents:
        problems.append(f"{summary.input_rows} input rows but {summary.documents} documents")
    if summary.documents != summary.with_statements + summary.without_statements + summary.errors:
        problems.append("documents != with statements + without statements + errors")
    if failed != summary.errors:
        problems.append(f"{failed} failed documents but {summary.errors} error rows")
    if statements_claimed != summary.statements:
        problems.append(f"documents claim {statements_claimed} statements, table has {summary.statements}")
    if problems:
        raise LedgerMismatch("; ".join(problems))


def write_summary(summary: JobSummary, output: str) -> None:
    if "://" in output and not output.startswith("file://"):
        return  # a cluster file system: the summary is printed by the caller instead
    path = Path(output.removeprefix("file://")) / "summary.json"
    path.write_text(json.dumps(asdict(summary), indent=2) + "\n", encoding="utf-8")
