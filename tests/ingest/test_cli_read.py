from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.nlp import DEFAULT_PIPELINE

from .conftest import PAGES


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder with an article, a copy of it, another article, a French one and an index page."""
    for name in ("news-article.html", "blog-post.html", "french-article.html", "section-index.html"):
        shutil.copy(PAGES / name, tmp_path / name)
    shutil.copy(PAGES / "news-article.html", tmp_path / "reprint.html")
    return tmp_path


def test_ingest_writes_articles_jsonl_and_reports_failures_duplicates_and_languages(pages: Path) -> None:
    result = CliRunner().invoke(cli, ["read", str(pages)])

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["blog-post", "news-article"]
    assert lines[1]["outlet"] == "The Coastal Gazette" and lines[1]["published"] == "2024-03-05"
    french = pages / "french-article.html"
    assert f"skipped (language): {french}: language fr, not en" in result.stderr
    assert f"skipped (duplicate): {pages / 'reprint.html'}: same text as news-article" in result.stderr
    assert "2 articles, 1 failed, 1 duplicate skipped, 1 skipped for language" in result.stderr
    assert f"failed: {pages / 'section-index.html'}: no main text found" in result.stderr
    assert result.exit_code == 1  # a document failed


def test_ingest_without_dedup_or_language_filter_keeps_everything_readable(pages: Path) -> None:
    result = CliRunner().invoke(cli, ["read", str(pages), "--no-dedup", "--language", "any"])

    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["blog-post", "french-article", "news-article", "reprint"]
    assert "4 articles, 1 failed" in result.stderr and "skipped" not in result.stderr


def test_ingest_output_reads_back_as_articles_jsonl(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    CliRunner().invoke(cli, ["read", str(pages / "blog-post.html"), "-o", str(out)])

    again = CliRunner().invoke(cli, ["read", str(out), "-o", str(tmp_path / "again.jsonl")])

    assert again.exit_code == 0
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


@pytest.mark.model
@pytest.mark.skipif(not spacy.util.is_package(DEFAULT_PIPELINE), reason="pipeline not installed")
def test_extract_reads_html_and_carries_date_and_outlet_to_its_output(pages: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(pages / "news-article.html"), "--format", "jsonl"])

    [line] = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert (line["outlet"], line["published"]) == ("The Coastal Gazette", "2024-03-05")
    assert any(a["speaker"] == "Tom Reyes" for a in line["attributions"])
