"""What a user gets for each kind of bad input (docs/reliability.md, one test per row there
that no other test file already checks from the command line)."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quotegraph.cli import cli
from tests.conftest import HAS_PIPELINE
from tests.robust.conftest import run_quotegraph, start_quotegraph, stored_articles

pytestmark = pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")

QUOTE = "“We will win,” Rutte said."


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def assert_one_failure(result: Result, line: str) -> None:
    """Exit 1, the document named once as it fails and once in the final list, no traceback."""
    assert result.exit_code == 1, result.output
    assert f"error: {line}" in result.stderr
    assert f"failed: {line}" in result.stderr
    assert "Traceback" not in result.output


def test_empty_files_give_no_statements_and_no_error(tmp_path: Path) -> None:
    text = run("extract", write(tmp_path / "empty.txt", ""))
    lines = run("extract", write(tmp_path / "empty.jsonl", ""))

    assert text.exit_code == 0 and "1 article, 0 statements, 0 failed" in text.stderr
    assert lines.exit_code == 0 and "0 articles, 0 statements, 0 failed" in lines.stderr


def test_text_that_is_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", b"caf\xe9 said")

    assert_one_failure(run("extract", path), f"{path}: not UTF-8 text (byte 3: b'\\xe9')")


def test_a_text_field_that_is_not_a_string_is_one_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "ok", "text": QUOTE}, {"id": "n", "text": 42}))

    result = run("extract", path, "--format", "jsonl")

    assert_one_failure(result, f"{path}:2: 'text' is int, not a string")
    assert json.loads(result.stdout)["id"] == "ok"


def test_another_language_is_skipped_and_announced_but_not_a_failure(tmp_path: Path) -> None:
    dutch = "“Wij gaan winnen,” zei Rutte tegen de verslaggevers. De minister zei dat de gesprekken doorgaan."
    path = write(tmp_path / "nl.jsonl", jsonl({"id": "nl", "text": dutch}))

    result = run("extract", path)

    assert result.exit_code == 0
    assert f"skipped (language): {path}:1: language nl, not en" in result.stderr
    assert "0 failed, 1 skipped for language" in result.stderr


def test_an_article_over_max_chars_is_a_failure_and_the_others_are_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl", jsonl({"id": "huge", "text": QUOTE * 100}, {"id": "ok", "text": QUOTE})
    )

    result = run("extract", path, "--format", "jsonl", "--max-chars", "1000")

    assert_one_failure(result, f"{path}:1: too long: 2,600 characters, over the limit of 1,000 per article")
    assert json.loads(result.stdout)["id"] == "ok"


def test_an_article_over_its_time_limit_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "slow", "text": QUOTE}))

    result = run("extract", path, "--article-timeout", "0.000001")

    assert_one_failure(result, f"{path}:1: took longer than the time limit of 1e-06 s per article")


def test_limits_can_be_switched_off(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "ok", "text": QUOTE}))

    result = run("ingest", path, "--db", tmp_path / "q.db", "--max-chars", "0", "--article-timeout", "0")

    assert result.exit_code == 0, result.output


def test_a_missing_input_file_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"

    assert_one_failure(run("extract", path), f"{path}: no such file or directory")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A web server on loopback: /empty.html has no main text, anything else is 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/empty.html":
                body = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404, "File not found")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens


def test_an_unreachable_url_is_one_failure() -> None:
    url = f"http://127.0.0.1:{closed_port()}/story.html"

    result = run("extract", url)

    assert_one_failure(result, f"{url}: cannot fetch: ")
    assert "Connection refused" in result.stderr


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/gone.html", "HTTP 404 File not found"), ("/empty.html", "no main text found (index page, paywall")],
)
def test_http_errors_and_pages_without_text_are_one_failure(site: str, path: str, reason: str) -> None:
    assert_one_failure(run("extract", site + path), f"{site}{path}: {reason}")


def test_a_truncated_warc_is_one_failure_naming_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cut.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1"
    )

    assert_one_failure(run("extract", path), f"{path}: damaged or truncated archive after 0 records")


def test_a_feed_that_is_not_xml_is_one_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "news.rss", "this is not xml <rss")

    assert_one_failure(run("extract", path), f"{path}: not an RSS/Atom feed")


DatabaseSetup = Callable[[Path], None]


def not_a_database(path: Path) -> None:
    path.write_text("just some text", encoding="utf-8")


def newer_schema(path: Path) -> None:
    assert run("ingest", write(path.with_suffix(".jsonl"), ""), "--db", path).exit_code == 0
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2099-01-01')")
    db.close()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (not_a_database, "{db}: cannot open as a quotegraph database: file is not a database"),
        (newer_schema, "{db}: schema version 99 was written by a newer quotegraph (this one knows up to"),
    ],
)
def test_a_database_that_cannot_be_written_is_one_line_before_any_work(
    tmp_path: Path, setup: DatabaseSetup, message: str
) -> None:
    db = tmp_path / "q.db"
    setup(db)

    result = run("ingest", write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": QUOTE})), "--db", db)

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: " + message.format(db=db))
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_database_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "absent" / "q.db"

    result = run("ingest", write(tmp_path / "a.jsonl", ""), "--db", db)

    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {db}: cannot open for writing: "
        "cannot create its lock file q.db.lock (No such file or directory)\n"
    )


def test_ctrl_c_keeps_the_committed_articles_and_a_rerun_finishes(
    articles_jsonl: Path, tmp_path: Path
) -> None:
    db = tmp_path / "q.db"
    process = start_quotegraph("ingest", articles_jsonl, "--db", db)
    try:
        while stored_articles(db) < 2 and process.poll() is None:
            pass
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    kept = stored_articles(db)

    assert process.returncode == 1 and stderr.strip().endswith("Aborted!")
    assert "Traceback" not in stderr
    assert 2 <= kept < 30

    rerun = run_quotegraph("ingest", articles_jsonl, "--db", db)
    assert (
        rerun.returncode == 0 and f"{30 - kept} articles added or changed, {kept} unchanged" in rerun.stderr
    )
