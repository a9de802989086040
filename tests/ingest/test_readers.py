"""Reading articles from text and JSONL files: every bad document is reported, none is lost."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from quotegraph.ingest import read_articles
from quotegraph.records import Article, Failure


def test_jsonl_lines_become_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "a1", "text": "One.", "url": "https://example.org/a1", "published": "2024-05-01"}\n'
        "\n"
        '{"id": "a2", "text": "Two.", "attributions": [{"content": [[0, 3]]}]}\n',
        encoding="utf-8",
    )
    items = list(read_articles([path]))
    assert [i.id for i in items if isinstance(i, Article)] == ["a1", "a2"]
    assert isinstance(items[0], Article) and items[0].url == "https://example.org/a1"
    assert items[0].published == "2024-05-01"


@pytest.mark.parametrize(
    ("document", "field", "value"),
    [
        ({"date": "2024-05-01"}, "published", "2024-05-01"),
        ({"publish_date": "2024-05-02", "date": "2024-01-01"}, "published", "2024-05-02"),
        ({"published": "2024-05-03", "publish_date": "2024-01-01"}, "published", "2024-05-03"),
        ({"headline": "Budget passes"}, "title", "Budget passes"),
        ({"title": "", "headline": "Budget passes"}, "title", "Budget passes"),
        ({"source": "Daily Courier"}, "outlet", "Daily Courier"),
        ({"outlet": "Courier", "source": "Daily Courier"}, "outlet", "Courier"),
        ({"url": "https://example.org/b"}, "url", "https://example.org/b"),
    ],
)
def test_jsonl_reads_the_usual_metadata_names(
    tmp_path: Path, document: dict[str, str], field: str, value: str
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Kern said so.", **document}) + "\n", encoding="utf-8")
    [article] = read_articles([path])
    assert isinstance(article, Article) and getattr(article, field) == value


def test_jsonl_keys_it_ignores_are_named_once_per_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        {"id": "a", "text": "One.", "tags": ["x"], "date": "2024-05-01", "attributions": []},
        {"id": "b", "text": "Two.", "category": "politics", "tags": []},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="quotegraph.ingest"):
        assert len(list(read_articles([path]))) == 2
    assert caplog.messages == [f"{path}: ignored keys category, tags (not article metadata; "
                               "see quotegraph extract --help)"]


def test_jsonl_with_only_known_keys_warns_of_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "a.jsonl"
    line = {"id": "a", "text": "One.", "published": "2024-05-01", "title": "T", "url": "u", "outlet": "o",
            "author": "A", "language": "en", "attributions": []}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="quotegraph.ingest"):
        list(read_articles([path]))
    assert caplog.messages == []


def test_each_bad_jsonl_line_is_one_failure_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "Fine."}\n'
        b"not json\n"
        b'{"id": "x"}\n'
        b'{"id": "y", "text": 42}\n'
        b"[1, 2]\n"
        b'{"id": "z", "text": "\xff\xfe"}\n'
        b'{"id": "last", "text": "Also fine."}\n'
    )
    items = list(read_articles([path]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [i.id for i in items if isinstance(i, Article)] == ["ok", "last"]
    assert [f.origin for f in failures] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    reasons = [f.reason for f in failures]
    assert reasons[0].startswith("not JSON")
    assert reasons[1] == "no 'text' key"
    assert reasons[2] == "'text' is int, not a string"
    assert reasons[3].startswith("expected a JSON object")
    assert reasons[4] == "not UTF-8 text"


def test_text_files_binary_files_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Hello.\r\nWorld.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    items = list(
        read_articles(
            [
                tmp_path / "good.txt",
                tmp_path / "binary.txt",
                tmp_path / "latin1.txt",
                tmp_path / "missing.txt",
            ]
        )
    )
    assert isinstance(items[0], Article) and items[0].text == "Hello.\nWorld."
    assert [str(i) for i in items[1:]] == [
        f"{tmp_path / 'binary.txt'}: binary data, not text",
        f"{tmp_path / 'latin1.txt'}: not UTF-8 text (byte 3: b'\\xe9')",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_directories_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    assert [i.id for i in read_articles([tmp_path]) if isinstance(i, Article)] == ["a", "b"]
