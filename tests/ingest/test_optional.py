"""The core reads text and JSONL without the ingest extra; HTML then names the extra to install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quotegraph.errors import MissingExtra
from quotegraph.ingest import read_articles
from quotegraph.records import Article

from .conftest import PAGES


@pytest.fixture
def without_ingest_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("trafilatura", "warcio", "warcio.archiveiterator", "feedparser", "httpx"):
        monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError


@pytest.mark.usefixtures("without_ingest_extra")
def test_text_is_read_without_the_extra(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rutte said so.", encoding="utf-8")

    [article] = read_articles([tmp_path / "a.txt"])

    assert isinstance(article, Article)


@pytest.mark.usefixtures("without_ingest_extra")
@pytest.mark.parametrize("source", [str(PAGES / "blog-post.html"), "http://127.0.0.1:9/page"])
def test_html_and_urls_name_the_extra_to_install(source: str) -> None:
    with pytest.raises(MissingExtra, match=r"pip install 'quotegraph\[ingest\]'"):
        list(read_articles([source]))
