"""Crash safety: a killed ingest loses nothing committed, leaves no partial article, and a rerun
gives the same database as a clean run. A second writer is refused, never interleaved."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

from quotegraph.store import Store
from tests.robust.conftest import canonical_dump, run_quotegraph, start_quotegraph, stored_articles


def wait_for_articles(db_path: Path, at_least: int, process: Any, timeout: float = 240) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        count = stored_articles(db_path)
        if count >= at_least:
            return count
        time.sleep(0.01)
    raise AssertionError(f"ingest stored fewer than {at_least} articles (exit code {process.poll()})")


def articles_stored_whole(killed: dict[str, Any], clean: dict[str, Any]) -> None:
    """Each article in the killed run's database has exactly the statements a clean run gives it."""
    stored_ids = {row[0] for row in killed["articles"]}
    assert stored_ids, "the kill came before the first commit"
    for table in ("statements", "targets"):
        expected = [row for row in clean[table] if row[0] in stored_ids]
        assert killed[table] == expected, f"{table} of a stored article differ from a clean run's"


def test_ingest_killed_mid_run_and_rerun_equals_a_clean_run(
    articles_jsonl: Path, clean_dump: dict[str, Any], tmp_path: Path
) -> None:
    db_path = tmp_path / "crash.db"
    process = start_quotegraph("ingest", articles_jsonl, "--db", db_path)
    try:
        wait_for_articles(db_path, 3, process)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    killed = canonical_dump(db_path)
    assert len(killed["articles"]) < 30, "the run ended before the kill: nothing was interrupted"
    articles_stored_whole(killed, clean_dump)

    rerun = run_quotegraph("ingest", articles_jsonl, "--db", db_path)

    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(killed['articles'])} unchanged" in rerun.stderr  # committed work was kept, not redone
    assert canonical_dump(db_path) == clean_dump


def test_a_second_ingest_into_a_database_being_written_is_refused(
    articles_jsonl: Path, clean_dump: dict[str, Any], tmp_path: Path
) -> None:
    db_path = tmp_path / "busy.db"
    with Store.open(db_path, exclusive=True):  # this test's process is the first writer
        refused = run_quotegraph("ingest", articles_jsonl, "--db", db_path)

    assert refused.returncode == 1
    [message] = refused.stderr.strip().splitlines()
    assert message == (
        f"Error: {db_path}: another quotegraph process is writing to it (it holds {db_path}.lock); "
        "wait for it to finish, or write to another database"
    )
    assert stored_articles(db_path) == 0

    after = run_quotegraph("ingest", articles_jsonl, "--db", db_path)  # the lock went with its holder
    assert after.returncode == 0, after.stderr
    assert canonical_dump(db_path) == clean_dump


def test_two_ingests_started_together_never_corrupt_the_database(
    articles_jsonl: Path, clean_dump: dict[str, Any], tmp_path: Path
) -> None:
    db_path = tmp_path / "race.db"
    first = start_quotegraph("ingest", articles_jsonl, "--db", db_path)
    second = start_quotegraph("ingest", articles_jsonl, "--db", db_path)
    outcomes = []
    for process in (first, second):
        _, stderr = process.communicate(timeout=300)
        outcomes.append((process.returncode, stderr))

    refused = [stderr for code, stderr in outcomes if code == 1]
    assert all(code in (0, 1) for code, _ in outcomes)
    assert len(refused) <= 1  # one was refused, or (if one finished first) they ran one after the other
    assert all("another quotegraph process is writing to it" in stderr for stderr in refused)
    assert canonical_dump(db_path) == clean_dump
