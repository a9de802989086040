"""Plain-text articles: one file, one article."""

from __future__ import annotations

from pathlib import Path

from quotegraph.records import Article, Failure

# A text file with NUL bytes in its first kilobytes is binary (the heuristic git and grep use).
_BINARY_SNIFF_BYTES = 8000


def decode_text(data: bytes) -> str:
    """UTF-8 text of `data` without a byte-order mark; ValueError says why it is not text."""
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise ValueError("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"not UTF-8 text (byte {error.start}: {data[error.start : error.start + 1]!r})"
        ) from None
    return text.removeprefix("\ufeff")


def normalize_newlines(text: str) -> str:
    """Text with "\\r\\n" and "\\r" line ends as "\\n", the only change made before offsets count."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_text(data: bytes | str, *, article_id: str, origin: str) -> Article:
    """An Article from raw text; ValueError when the bytes are not UTF-8 text."""
    text = data if isinstance(data, str) else decode_text(data)
    return Article(id=article_id, text=normalize_newlines(text), origin=origin)


def read_text_file(path: Path) -> Article | Failure:
    """The article in a .txt file, its id the file name without suffix."""
    try:
        return article_from_text(path.read_bytes(), article_id=path.stem, origin=str(path))
    except ValueError as error:
        return Failure(str(path), str(error))
