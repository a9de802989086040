"""Article-level dedup: exact copies by content hash, near copies by MinHash/LSH.

Wire stories are republished with a changed headline, a trimmed last paragraph or an
outlet's own boilerplate; counting their quotes once per copy inflates every voice. The
first copy read is kept and each later one is reported as a duplicate of it. Near copies
are found with MinHash over word 5-gram shingles (Broder, 1997, "On the resemblance and
containment of documents") and LSH banding from `datasketch`, then confirmed by the
estimated Jaccard similarity so an LSH false positive is not dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from quotegraph.records import Article, Failure

SHINGLE_WORDS = 5
NUM_PERM = 128
DEFAULT_THRESHOLD = 0.8
# Fewer shingles than this and a MinHash says little; such short texts are matched exactly only.
MIN_SHINGLES = 10

_WORD = re.compile(r"\w+")

OnDuplicate = Callable[[Article, str], None]


def content_words(text: str) -> list[str]:
    """The case-folded words of `text`: what both the hash and the shingles are made of."""
    return _WORD.findall(text.casefold())


def content_hash(text: str) -> str:
    """SHA-256 of the words of `text`, so whitespace, punctuation and case do not matter."""
    return _digest(content_words(text))


def _digest(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


class DuplicateFinder:
    """Remembers articles seen and tells which earlier one a new article copies.

    Without `datasketch` installed only exact copies are found (`near` is then False).
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, near: bool = True) -> None:
        self.threshold = threshold
        self._hashes: dict[str, str] = {}
        datasketch = _import_datasketch() if near else None
        self.near = datasketch is not None
        self._datasketch: Any = datasketch
        self._lsh: Any = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM) if datasketch else None
        self._signatures: dict[str, Any] = {}
        self._ids: dict[str, str] = {}

    def duplicate_reason(self, article: Article) -> str | None:
        """Which earlier article `article` copies, and how closely; None for a new article.

        A new article is remembered, so later copies of it are found. A text without words (empty,
        only punctuation or quotation marks) copies nothing and is not remembered: all such texts
        hash alike, and they would otherwise be dropped as copies of the first one.
        """
        words = content_words(article.text)
        if not words:
            return None
        digest = _digest(words)
        if digest in self._hashes:
            return f"same text as {self._hashes[digest]}"
        self._hashes[digest] = article.id
        return self._near_original(article.id, words) if self.near else None

    def _near_original(self, article_id: str, words: list[str]) -> str | None:
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
        if len(shingles) < MIN_SHINGLES:
            return None
        signature = self._datasketch.MinHash(num_perm=NUM_PERM)
        signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
        for key in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[key])
            if similarity >= self.threshold:
                return f"near copy of {self._ids[key]} (estimated similarity {similarity:.2f})"
        key = f"k{len(self._signatures)}"  # article ids may repeat across inputs; LSH keys may not
        self._lsh.insert(key, signature)
        self._signatures[key] = signature
        self._ids[key] = article_id
        return None


def _import_datasketch() -> Any:
    try:
        import datasketch  # noqa: PLC0415 - optional, and slow to import (numpy, scipy)
    except ImportError:
        return None
    return datasketch


def unique_articles(
    items: Iterable[Article | Failure], *, on_duplicate: OnDuplicate, finder: DuplicateFinder | None = None
) -> Iterator[Article | Failure]:
    """`items` without exact and near duplicates of articles earlier in the stream.

    Each duplicate is reported to `on_duplicate` with the reason naming the article it
    copies, so a run summary can list it rather than drop it silently.
    """
    finder = finder or DuplicateFinder()
    for item in items:
        if isinstance(item, Article) and (reason := finder.duplicate_reason(item)) is not None:
            on_duplicate(item, reason)
            continue
        yield item
