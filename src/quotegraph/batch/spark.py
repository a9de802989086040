"""The Spark job: article partitions → `run_partition` on the executors → Parquet tables.

    OUTPUT/documents/   every input document: id, status (ok/error), statements, metadata, and
                        what produced it (quotegraph version, extractor, lexicon, pipeline)
    OUTPUT/statements/  one row per statement, the CLI's JSONL fields, quote_key and quote_id
    OUTPUT/entities/    one row per speaker or target per article
    OUTPUT/errors/      id, origin, reason
    OUTPUT/quotes/      quote-centric dedup: one row per quote id (the same words from one
                        speaker), the id a store that loads this output gives the quote

Across articles, a speaker named by surname alone speaks as the one full-named person the job
has seen with that surname (quotegraph.store.linking, as the store does); the statements keep
the id and name they were written with in `linked_from` and `linked_from_name`.

The first three are partitioned by published_date ("unknown" when absent).

Executors run the same code as the CLI, with one pipeline per Python worker (Spark reuses
workers across tasks). PySpark is imported lazily: it is the optional extra `[spark]`. Which
inputs are read how is planned in batch.inputs, and the counts are checked in batch.ledger,
both plain Python.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotegraph.batch import TABLES, run_partition
from quotegraph.batch.inputs import plan_inputs
from quotegraph.batch.ledger import JobSummary, LedgerMismatch, check_ledger, write_summary
from quotegraph.dedup import quote_id
from quotegraph.errors import InvalidInput, MissingExtra
from quotegraph.learned import DEFAULT_CONVENTIONS, MODELS, check_conventions, check_model
from quotegraph.limits import DEFAULT_LIMITS, ArticleLimits
from quotegraph.nlp import DEFAULT_PIPELINE
from quotegraph.resolve import NO_ALIASES, AliasTable
from quotegraph.store.linking import surname_links

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["JobSummary", "LedgerMismatch", "plan_inputs", "run_job", "spark_session"]

INPUT_COLUMNS = ("path", "line", "origin", "id", "text", "url", "outlet", "title", "author", "published",
                 "language")
_ROWS_SCHEMA = "table string, payload string"
_TARGET = "struct<name:string,id:string,kind:string,mention:array<int>>"
_METADATA = "url string, outlet string, title string, author string, published string, language string"
SCHEMAS = {
    "documents": (
        f"id string, published_date string, status string, statements int, {_METADATA}, "
        "quotegraph_version string, extractor string, lexicon string, pipeline string"
    ),
    "statements": (
        f"article_id string, position int, published_date string, {_METADATA}, "
        "content array<array<int>>, source array<array<int>>, cue array<array<int>>, type string, "
        "speaker string, speaker_id string, speaker_kind string, speaker_gender string, "
        "speaker_gender_evidence int, role string, affiliation string, "
        f"act string, negated boolean, targets array<{_TARGET}>, cue_lemma string, paragraph int, "
        "sentence int, confidence double, quote string, source_text string, cue_text string, "
        "quote_key string, quote_id string"
    ),
    "entities": (
        "article_id string, published_date string, relation string, entity_id string, name string, "
        "kind string, role string, affiliation string, statements int"
    ),
    "errors": "id string, origin string, reason string",
}
PARTITIONED_BY_DATE = ("documents", "statements", "entities")


def spark_session(master: str | None = "local[*]", *, app_name: str = "quotegraph",
                  config: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession; `master=None` keeps what spark-submit chose.

    In local mode the workers get this interpreter and this quotegraph, so an editable or
    PYTHONPATH install works without packaging.
    """
    SparkSession = _pyspark().sql.SparkSession
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        _share_interpreter_with_local_workers()
        builder = builder.master(master).config("spark.ui.enabled", "false")
        # Local mode needs no network; binding to loopback also works where the host name does not resolve.
        for key in ("spark.driver.host", "spark.driver.bindAddress"):
            builder = builder.config(key, "127.0.0.1")
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _pyspark() -> Any:
    try:
        import pyspark.sql  # noqa: PLC0415 - optional extra, imported only when a job runs
    except ImportError:
        raise MissingExtra("the Spark job needs PySpark: pip install 'quotegraph[spark]'") from None
    return pyspark


def _share_interpreter_with_local_workers() -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    package_root = str(Path(__file__).resolve().parents[2])  # the folder holding quotegraph/
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if package_root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([package_root, *filter(None, paths)])


def read_input_rows(spark: SparkSession, plan: dict[str, list[str]]) -> DataFrame:
    """One row per input document (JSONL line, Parquet row) or per file, in INPUT_COLUMNS."""
    functions = _pyspark().sql.functions
    frames = []
    if plan["jsonl"]:
        lines = spark.read.option("lineSep", "\n").text(plan["jsonl"])
        frames.append(lines.where(functions.trim("value") != "").select(
            functions.col("value").alias("line"), functions.input_file_name().alias("origin")))
    if plan["parquet"]:
        frames.append(_parquet_rows(spark, plan["parquet"]))
    if plan["files"]:
        frames.append(spark.createDataFrame([(p,) for p in plan["files"]], "path string"))
    rows = frames[0]
    for frame in frames[1:]:
        rows = rows.unionByName(frame, allowMissingColumns=True)
    for column in INPUT_COLUMNS:
        if column not in rows.columns:
            rows = rows.withColumn(column, functions.lit(None).cast("string"))
    return rows.select(*INPUT_COLUMNS)


def _parquet_rows(spark: SparkSession, paths: list[str]) -> DataFrame:
    frame = spark.read.parquet(*paths)
    if "text" not in frame.columns:
        raise InvalidInput(", ".join(paths), f"Parquet input needs a 'text' column; it has {frame.columns}")
    present = [c for c in INPUT_COLUMNS if c in frame.columns and c not in ("path", "line")]
    return frame.select(*(frame[c].cast("string").alias(c) for c in present))


def extract_batches(
    batches: Iterator[pd.DataFrame], *, pipeline: str, batch_size: int,
    limits: ArticleLimits = DEFAULT_LIMITS, model: str = "rules", aliases: AliasTable = NO_ALIASES,
    rows_per_frame: int = 2000, conventions: str = DEFAULT_CONVENTIONS,
) -> Iterator[pd.DataFrame]:
    """mapInPandas body: Arrow batches of input rows → (table, JSON payload) frames.

    One generator spans all of a partition's batches, so spaCy's own batching is not cut at
    Arrow batch edges. JSON keeps one output schema for four tables; the driver parses it.
    """
    import pandas as pd  # noqa: PLC0415 - present wherever PySpark's Arrow path runs

    def rows() -> Iterator[dict[str, Any]]:
        for frame in batches:
            for record in frame.to_dict("records"):
                yield {k: v for k, v in record.items() if isinstance(v, str)}  # drops None and NaN

    out: list[tuple[str, str]] = []
    extracted = run_partition(rows(), pipeline=pipeline, model=model, aliases=aliases, batch_size=batch_size,
                              limits=limits, conventions=conventions)
    for row in extracted:
        table = row.pop("table")
        out.append((table, json.dumps(_renamed(row), ensure_ascii=False)))
        if len(out) >= rows_per_frame:
            yield pd.DataFrame(out, columns=["table", "payload"])
            out = []
    if out:
        yield pd.DataFrame(out, columns=["table", "payload"])


def _renamed(row: dict[str, Any]) -> dict[str, Any]:
    # SQL-friendly names: "index" is a keyword in DuckDB and Spark SQL.
    if "index" in row:
        row["position"] = row.pop("index")
    return row


def extract_rows(rows: DataFrame, *, pipeline: str = DEFAULT_PIPELINE, batch_size: int = 16,
                 limits: ArticleLimits = DEFAULT_LIMITS, model: str = "rules",
                 aliases: AliasTable = NO_ALIASES, conventions: str = DEFAULT_CONVENTIONS) -> DataFrame:
    """(table, payload) rows for every input row, computed on the executors.

    The alias table goes to the executors with the task; each Python worker loads `model`'s
    tagger once (a directory of weights must be readable at the same path on every worker).
    """
    body = partial(extract_batches, pipeline=pipeline, batch_size=batch_size, limits=limits, model=model,
                   aliases=aliases, conventions=conventions)
    return rows.mapInPandas(body, schema=_ROWS_SCHEMA)


def table(extracted: DataFrame, name: str) -> DataFrame:
    """The typed rows of one table out of the extracted (table, payload) rows."""
    functions = _pyspark().sql.functions
    parsed = functions.from_json("payload", SCHEMAS[name]).alias("row")
    return extracted.where(functions.col("table") == name).select(parsed).select("row.*")


def link_surname_speakers(frame: DataFrame, *, id_column: str = "speaker_id",
                          name_column: str = "speaker", where: Any = None) -> DataFrame:
    """`frame` with surname-only speakers replaced by the one full-named person with that surname
    among the rows' persons; `linked_from` and `linked_from_name` keep what was written.

    The distinct persons are few beside the rows, so they are linked on the driver and the links
    joined back as a broadcast table.
    """
    f = _pyspark().sql.functions
    persons = frame.where(f.col(id_column).startswith("person:"))
    if where is not None:
        persons = persons.where(where)
    found = persons.select(id_column, name_column).distinct().collect()
    links = surname_links((row[0], row[1]) for row in found if row[1])
    table_schema = "linked_from string, link_id string, link_name string"
    rows = [(surname, full_id, full_name) for surname, (full_id, full_name) in sorted(links.items())]
    links_table = frame.sparkSession.createDataFrame(rows, table_schema)
    linked = frame.join(f.broadcast(links_table), frame[id_column] == links_table["linked_from"], "left")
    if where is not None:  # rows the condition leaves out (targets) are never relinked
        linked = linked.withColumn("linked_from", f.when(where, f.col("linked_from")))
    is_linked = f.col("linked_from").isNotNull()
    linked = (
        linked.withColumn("linked_from_name", f.when(is_linked, f.col(name_column)))
        .withColumn(id_column, f.coalesce(f.when(is_linked, f.col("link_id")), f.col(id_column)))
        .withColumn(name_column, f.coalesce(f.when(is_linked, f.col("link_name")), f.col(name_column)))
        .drop("link_id", "link_name")
    )
    if "quote_id" in frame.columns:  # a linked quote is the full name's quote, as in the store
        new_id = f.udf(_quote_id_of_row, "string")(f.col("type"), f.col(id_column), f.col("quote"))
        linked = linked.withColumn("quote_id", f.when(is_linked, new_id).otherwise(f.col("quote_id")))
    return linked


def _quote_id_of_row(kind, speaker_id, quote):  # type: ignore[no-untyped-def]
    # No type hints: Spark would read them as a pandas UDF's and warn.
    return quote_id(kind, speaker_id, quote)


def dedup_quotes(statements: DataFrame) -> DataFrame:
    """One row per quote id (the same direct quote from one speaker): count, first seen, occurrences.

    The statements' quote_id is the store's (quotegraph.dedup.quote_id), so `id` and `count`
    here are the `id` and `occurrences` of the quotes table of a store that loads this output.
    """
    f = _pyspark().sql.functions
    occurrence = f.struct("published_date", "article_id", "position", "url", "outlet", "quote")
    return (
        statements.where(f.col("quote_id").isNotNull())
        .groupBy(f.col("quote_id").alias("id"))
        .agg(
            f.first("quote_key").alias("quote_key"),  # one key per id: the id hashes it
            f.count(f.lit(1)).alias("count"),
            f.countDistinct("article_id").alias("articles"),
            f.min(occurrence).alias("first_seen"),  # "unknown" sorts after every date
            f.first("speaker", ignorenulls=True).alias("speaker"),
            f.first("speaker_id", ignorenulls=True).alias("speaker_id"),
            f.sort_array(f.collect_list(occurrence)).alias("occurrences"),
        )
        .withColumn("quote", f.col("first_seen.quote"))
    )


def run_job(spark: SparkSession, inputs: Iterable[str], output: str, *, partitions: int | None = None,
            pipeline: str = DEFAULT_PIPELINE, batch_size: int = 16, input_format: str = "auto",
            limits: ArticleLimits = DEFAULT_LIMITS, model: str = "rules",
            aliases: AliasTable = NO_ALIASES, conventions: str = DEFAULT_CONVENTIONS) -> JobSummary:
    """Extract statements from `inputs` into Parquet tables under `output`; check the ledger.

    Articles over `limits` (the CLI's defaults unless given) land in the errors table. `model`,
    `conventions` and `aliases` are the CLI's --model, --conventions and (loaded) --aliases.

    Raises:
        InvalidInput: an input that does not exist or that no reader reads.
        QuotegraphError, MissingExtra: `model` is not a model, or its extra is not installed.
        LedgerMismatch: the counts do not add up (a document lost or doubled).
    """
    output = output.rstrip("/")
    directory = check_model(model)  # before Spark starts its executors
    check_conventions(conventions)
    if directory is not None and model not in MODELS:
        model = str(directory)  # a relative path means the driver's working directory

    plan = plan_inputs(inputs, input_format)
    rows = read_input_rows(spark, plan)
    partitions = partitions or spark.sparkContext.defaultParallelism * 2
    spread = rows.repartition(partitions)  # one JSONL file is one partition; spread it over every core
    storage = _pyspark().StorageLevel.MEMORY_AND_DISK
    extracted = extract_rows(spread, pipeline=pipeline, batch_size=batch_size, limits=limits, model=model,
                             aliases=aliases, conventions=conventions).persist(storage)
    try:
        tables = {name: table(extracted, name) for name in TABLES}
        tables["statements"] = link_surname_speakers(tables["statements"])
        speakers = _pyspark().sql.functions.col("relation") == "speaker"
        tables["entities"] = link_surname_speakers(
            tables["entities"], id_column="entity_id", name_column="name", where=speakers
        )
        for name, frame in tables.items():
            _write(frame, f"{output}/{name}", by_date=name in PARTITIONED_BY_DATE)
        _write(dedup_quotes(tables["statements"]), f"{output}/quotes", by_date=False)
        summary = _summary(spark, rows, extracted, output, rows_are_documents=not plan["files"])
    finally:
        extracted.unpersist()
    write_summary(summary, output)
    return summary


def _write(frame: DataFrame, path: str, *, by_date: bool) -> None:
    writer = frame.write.mode("overwrite")
    if by_date:
        writer = writer.partitionBy("published_date")
    writer.parquet(path)


def _summary(spark: SparkSession, rows: DataFrame, extracted: DataFrame, output: str,
             *, rows_are_documents: bool) -> JobSummary:
    """Counts for the ledger, in three small jobs: input rows, rows per table, document outcomes."""
    f = _pyspark().sql.functions
    per_table = extracted.groupBy("table").count().collect()
    written: dict[str, int] = {row["table"]: row["count"] for row in per_table}
    ok = f.col("status") == "ok"
    outcomes = table(extracted, "documents").agg(
        f.sum(f.when(ok & (f.col("statements") > 0), 1).otherwise(0)).alias("with"),
        f.sum(f.when(ok & (f.col("statements") == 0), 1).otherwise(0)).alias("without"),
        f.sum(f.when(f.col("status") == "error", 1).otherwise(0)).alias("failed"),
        f.sum("statements").alias("claimed"),
    ).first()
    if outcomes is None:  # an aggregate without grouping always has one row
        raise LedgerMismatch("the documents table could not be counted")
    summary = JobSummary(
        input_rows=rows.count(),
        documents=written.get("documents", 0),
        with_statements=outcomes["with"] or 0,
        without_statements=outcomes["without"] or 0,
        errors=written.get("errors", 0),
        statements=written.get("statements", 0),
        entities=written.get("entities", 0),
        quotes=spark.read.parquet(f"{output}/quotes").count(),  # from the Parquet footers
    )
    check_ledger(summary, failed=outcomes["failed"] or 0, statements_claimed=outcomes["claimed"] or 0,
                  rows_are_documents=rows_are_documents)
    return summary
