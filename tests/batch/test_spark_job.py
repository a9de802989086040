"""The Spark job in local mode: the CLI's statements, every document accounted for, dedup."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.api import extract_many
from quotegraph.batch import content_id
from quotegraph.cli import cli
from quotegraph.errors import InvalidInput, MissingExtra
from quotegraph.formats import result_dict, statement_dict
from quotegraph.learned import learned_available
from quotegraph.records import Article
from quotegraph.store import Store
from tests.batch.corpus import BAD_LINES, GOOD

pq = pytest.importorskip("pyarrow.parquet", reason="the Spark tests need the [spark] extra (pyarrow)")
pytest.importorskip("pyspark", reason="the Spark tests need the extra: pip install 'quotegraph[spark]'")

from quotegraph.batch.spark import plan_inputs, run_job, spark_session  # noqa: E402

PARQUET_ARTICLES = [
    {"id": "pq-1", "text": "“Trains will run on time,” said Tom Berg, the transport minister.",
     "published": "2024-03-01"},
    {"id": "pq-2", "text": None, "published": None},
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, corpus_file: Path) -> list[Path]:
    import pyarrow as pa

    folder = tmp_path_factory.mktemp("inputs")
    pq.write_table(pa.Table.from_pylist(PARQUET_ARTICLES), folder / "articles.parquet")
    memos = folder / "memos"
    memos.mkdir()
    (memos / "memo.txt").write_text(GOOD[2]["text"], encoding="utf-8")
    write_warc(memos / "crawl.warc.gz")
    return [corpus_file, folder / "articles.parquet", memos]


WARC_URL = "https://harbour.example/2024/03/02/ferry-fares"
WARC_PAGE = """<html><head><title>Ferry fares to rise</title>
<meta property="article:published_time" content="2024-03-02"></head>
<body><nav>Home | News | Sport</nav><article><h1>Ferry fares to rise</h1>
<p>The harbour board approved higher ferry fares on Friday after a long debate.</p>
<p>“Nobody wants to pay more, but the boats are forty years old,” said Lena Holt, the board's chair.</p>
<p>Commuters said the rise would hurt families who cross twice a day.</p>
</article><footer>Contact us</footer></body></html>"""


def write_warc(path: Path) -> None:
    """A web archive as a crawler writes it: a request, an HTML response, and an image response."""
    from io import BytesIO

    warcio = pytest.importorskip("warcio", reason="the WARC input needs the [ingest] extra")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as handle:
        writer = warcio.warcwriter.WARCWriter(handle, gzip=True)
        for record_type, content_type, body in [("request", None, b""),
                                                ("response", "text/html; charset=utf-8", WARC_PAGE.encode()),
                                                ("response", "image/png", b"\x89PNG")]:
            headers = None
            if record_type == "request":
                headers = StatusAndHeaders("GET / HTTP/1.1", [], protocol="")
            else:
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            url = WARC_URL if content_type != "image/png" else "https://harbour.example/logo.png"
            writer.write_record(writer.create_warc_record(url, record_type, payload=BytesIO(body),
                                                          http_headers=headers))


@pytest.fixture(scope="module")
def job(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory, nlp):  # type: ignore[no-untyped-def]
    """Runs the job once for the module: 2 local cores, 3 partitions, so documents cross partitions."""
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17 on PATH (apt-get install openjdk-17-jre-headless)")
    output = tmp_path_factory.mktemp("job") / "out"
    session = spark_session("local[2]", config={"spark.sql.shuffle.partitions": "2"})
    try:
        summary = run_job(session, [str(p) for p in inputs], str(output), partitions=3)
    finally:
        session.stop()
    return summary, output


def read(output: Path, name: str) -> list[dict]:
    return pq.read_table(output / name).to_pylist()


def cli_attributions(*paths: Path) -> dict[str, list[dict]]:
    options = ["--format", "jsonl", "--no-dedup", "--language", "any"]
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), *options])
    return {line["id"]: line["attributions"] for line in map(json.loads, result.stdout.splitlines())}


def job_attributions(rows: list[dict], keys: set[str]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["article_id"], r["position"])):
        grouped.setdefault(row["article_id"], []).append({k: row[k] for k in keys})
    return grouped


def test_statements_equal_the_clis_record_for_record(job, inputs: list[Path], nlp) -> None:
    _, output = job
    expected = cli_attributions(inputs[0], inputs[2])
    parquet_article = Article(id="pq-1", text=PARQUET_ARTICLES[0]["text"], published="2024-03-01")
    expected["pq-1"] = result_dict(next(extract_many([parquet_article], nlp=nlp)))["attributions"]
    keys = {key for found in expected.values() for a in found for key in a}

    found = job_attributions(read(output, "statements"), keys)

    assert sum(map(len, expected.values())) > 5
    assert found == {doc_id: a for doc_id, a in expected.items() if a}


def test_failed_documents_land_in_the_errors_table(job) -> None:
    _, output = job
    errors = {row["id"]: row["reason"] for row in read(output, "errors")}
    assert errors == {
        content_id(BAD_LINES[0].encode()): "not JSON (Expecting value at column 1)",
        "no-text": "no 'text' key",
        "text-is-a-number": "'text' is int, not a string",
        "pq-2": "no 'text'",
    }


def test_no_document_is_dropped(job) -> None:
    summary, output = job
    documents = read(output, "documents")
    articles = len(GOOD) + 1 + 1 + 1  # the JSONL's good articles, pq-1, memo.txt, the WARC's page
    assert summary.documents == len(documents) == articles + len(BAD_LINES) + 1 == summary.input_rows
    assert summary.documents == summary.with_statements + summary.without_statements + summary.errors
    assert summary.errors == len(BAD_LINES) + 1
    assert {d["id"] for d in documents if d["status"] == "ok" and d["statements"] == 0} == {"weather"}
    assert json.loads((output / "summary.json").read_text())["documents"] == summary.documents


def test_statements_are_partitioned_by_published_day(job) -> None:
    _, output = job
    days = sorted(p.name for p in (output / "statements").iterdir() if p.is_dir())
    assert days == [f"published_date={d}" for d in ("2023-11-20", "2024-03-01", "2024-03-02", "unknown")]


def test_one_quote_reprinted_by_two_outlets_is_one_row(job) -> None:
    _, output = job
    quotes = {row["quote_key"]: row for row in read(output, "quotes")}
    strike = quotes["we will not go back until the port pays us fairly"]
    assert strike["count"] == 2
    assert strike["speaker"] == "Anna Kovacs"
    assert strike["first_seen"]["article_id"] == "harbour-1"
    assert [o["article_id"] for o in strike["occurrences"]] == ["harbour-1", "harbour-2"]


def test_web_archive_pages_are_extracted_with_their_metadata(job) -> None:
    _, output = job
    rows = [r for r in read(output, "statements") if r["url"] == WARC_URL]
    holt = [r for r in rows if r["speaker"] == "Lena Holt"]
    assert len(holt) == 1 and holt[0]["quote"].startswith("“Nobody wants to pay more")
    assert holt[0]["published_date"] == "2024-03-02" and holt[0]["title"] == "Ferry fares to rise"


def test_entities_table_lists_speakers(job) -> None:
    _, output = job
    speakers = {(r["article_id"], r["name"]) for r in read(output, "entities") if r["relation"] == "speaker"}
    assert ("harbour-1", "Anna Kovacs") in speakers


def test_missing_input_is_a_user_error_before_spark_starts(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["spark", str(tmp_path / "nowhere.jsonl"), str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_unreadable_file_type_is_refused(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.bin"
    crawl.write_bytes(b"\x00")
    with pytest.raises(InvalidInput, match="no reader"):
        plan_inputs([str(crawl)])


def test_without_pyspark_the_job_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(MissingExtra, match=r"quotegraph\[spark\]"):
        spark_session()


def test_loaded_parquet_gives_back_the_clis_attributions(job, inputs: list[Path]) -> None:
    from quotegraph.batch.load import results_from_parquet

    _, output = job
    expected = cli_attributions(inputs[0], inputs[2])

    loaded = {r.article.id: [statement_dict(s, r.article.text) for s in r.statements]
              for r in results_from_parquet(output)}

    assert set(loaded) == set(expected) | {"pq-1"}  # every article read without error, none twice
    assert {doc_id: loaded[doc_id] for doc_id in expected} == expected


def store_available() -> bool:
    return importlib.util.find_spec("quotegraph.store") is not None


@pytest.mark.skipif(not store_available(), reason="quotegraph.store is not in this tree yet")
def test_load_adds_the_parquet_to_the_store(job, tmp_path: Path) -> None:
    _, output = job
    result = CliRunner().invoke(cli, ["load", str(output), "--db", str(tmp_path / "quotes.sqlite")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "quotes.sqlite").stat().st_size > 0


@pytest.mark.skipif(store_available(), reason="the store is installed, so load does not refuse")
def test_load_without_the_store_says_so(job, tmp_path: Path) -> None:
    _, output = job
    result = CliRunner().invoke(cli, ["load", str(output), "--db", str(tmp_path / "quotes.sqlite")])
    assert result.exit_code == 1
    assert "needs quotegraph.store" in result.output


# The names the alias file gives, so a test can see that the table reached the executors.
ALIASES = "name,aliases,wikidata\nAnna Kovacs,Kovacs|A. Kovacs,Q4000001\n"
# The learned model when its extra is installed: its tagger must reach the executors too.
MODEL = "learned" if learned_available() else "rules"


def stored_quotes(path: Path) -> dict[str, tuple[int, str | None, str | None, str]]:
    """id → (occurrences, first seen, last seen, speaker id) of every quote in the store at `path`."""
    with Store.open(path, read_only=True) as store:
        rows = store.db.execute("SELECT id, occurrences, first_seen, last_seen, speaker_id FROM quotes")
        return {row[0]: tuple(row[1:]) for row in rows}


def stored_quote_ids(path: Path) -> dict[tuple[str, int], str | None]:
    with Store.open(path, read_only=True) as store:
        rows = store.db.execute("SELECT article_id, position, quote_id FROM statements")
        return {(row[0], row[1]): row[2] for row in rows}


@pytest.mark.slow  # a Spark job of its own, through the CLI, and the learned tagger on its workers
def test_spark_then_load_gives_the_quotes_table_of_ingest(corpus_file: Path, tmp_path: Path, nlp) -> None:
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17 on PATH (apt-get install openjdk-17-jre-headless)")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(ALIASES, encoding="utf-8")
    options = ["--model", MODEL, "--aliases", str(aliases)]
    output, loaded, ingested = tmp_path / "out", tmp_path / "loaded.db", tmp_path / "ingested.db"

    spark = CliRunner().invoke(cli, ["spark", str(corpus_file), str(output), "--master", "local[2]",
                                     "--partitions", "3", *options])
    assert spark.exit_code == 0, spark.output
    load = CliRunner().invoke(cli, ["load", str(output), "--db", str(loaded)])
    assert load.exit_code == 0, load.output
    ingest = CliRunner().invoke(cli, ["ingest", str(corpus_file), "--db", str(ingested), "--language", "any",
                                      *options])
    assert ingest.exit_code == 1  # the corpus's bad lines fail, as they do in the Spark job's errors table

    quotes = stored_quotes(ingested)
    assert quotes == stored_quotes(loaded)
    assert stored_quote_ids(loaded) == stored_quote_ids(ingested)
    strike = [q for q in quotes.values() if q[0] == 2]
    assert strike == [(2, "2024-03-01", "2024-03-02T08:30:00Z", "wikidata:Q4000001")]  # Kovacs, aliased
    spark_quotes = {row["id"]: row["count"] for row in read(output, "quotes")}
    assert spark_quotes == {quote_id: found[0] for quote_id, found in quotes.items()}
    loaded_info, ingested_info = (CliRunner().invoke(cli, ["info", "--db", str(db)]).stdout.splitlines()[1:]
                                  for db in (loaded, ingested))
    assert loaded_info == ingested_info and f"extractor {MODEL}" in loaded_info[0]  # provenance kept too
