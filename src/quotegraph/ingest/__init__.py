"""Inputs → Articles. No spaCy here.

`read_articles` picks a reader by file type and yields an `Article` for every document it
can read and a `Failure` for every one it cannot, so a batch carries on and nothing is
silently lost.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotegraph.ingest.jsonl import articles_from_jsonl
from quotegraph.ingest.text import article_from_text, read_text_file
from quotegraph.records import Article, Failure

__all__ = ["Reader", "article_from_text", "read_articles", "register_reader"]

Reader = Callable[[Path], Iterator[Article | Failure]]

# Suffix → reader. Other stages (HTML, WARC, feeds) register theirs here.
_READERS: dict[str, Reader] = {}


def register_reader(suffixes: Iterable[str], reader: Reader) -> None:
    """Use `reader` for files whose name ends with one of `suffixes` (".html", ".warc.gz")."""
    for suffix in suffixes:
        _READERS[suffix.lower()] = reader


def _read_jsonl_file(path: Path) -> Iterator[Article | Failure]:
    with path.open("rb") as handle:
        yield from articles_from_jsonl(handle, origin=str(path))


def _read_txt_file(path: Path) -> Iterator[Article | Failure]:
    yield read_text_file(path)


register_reader([".jsonl", ".ndjson"], _read_jsonl_file)
register_reader([".txt", ".text", ".md"], _read_txt_file)


def reader_for(path: Path) -> Reader | None:
    """The reader registered for the longest suffix `path` ends with, if any."""
    name = path.name.lower()
    matches = [suffix for suffix in _READERS if name.endswith(suffix)]
    return _READERS[max(matches, key=len)] if matches else None


def read_articles(inputs: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Articles from files, directories (read recursively) and "-" (standard input, plain text)."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin()
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_directory(path)
        elif not path.exists():
            yield Failure(str(path), "no such file or directory")
        else:
            yield from _read_file(path)


def _read_directory(directory: Path) -> Iterator[Article | Failure]:
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if reader_for(path) is not None:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Article | Failure]:
    reader = reader_for(path)
    if reader is None:
        # Unknown suffix: treat as plain text, which reports binary content clearly.
        reader = _read_txt_file
    try:
        yield from reader(path)
    except OSError as error:
        yield Failure(str(path), f"cannot read: {error.strerror or error}")


def _read_stdin() -> Iterator[Article | Failure]:
    data = sys.stdin.buffer.read()
    try:
        yield article_from_text(data, article_id="stdin", origin="<stdin>")
    except ValueError as error:
        yield Failure("<stdin>", str(error))
