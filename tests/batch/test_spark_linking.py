"""Surname-only speakers linked across the job's articles, as the store links them."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pyspark", reason="the Spark tests need the extra: pip install 'quotegraph[spark]'")

from quotegraph.batch.load import statement_from_row
from quotegraph.batch.spark import dedup_quotes, link_surname_speakers, spark_session
from quotegraph.dedup import quote_id, quote_key

COLUMNS = (
    "article_id string, speaker_id string, speaker string, type string, quote string, quote_key string, "
    "quote_id string, published_date string"
)
RETREAT = "“We will not retreat,”"


def row(article_id: str, speaker_id: str, speaker: str, quote: str | None, day: str) -> tuple:
    kind = "direct" if quote else "indirect"
    key = quote_key(quote) if quote else None
    content = quote or "they met"
    return (article_id, speaker_id, speaker, kind, content, key, quote_id(kind, speaker_id, content), day)


ROWS = [
    row("a1", "person:zelensky", "Zelensky", RETREAT, "2025-03-01"),
    row("a2", "person:volodymyr-zelensky", "Volodymyr Zelensky", RETREAT, "2025-03-02"),
    row("a3", "person:smith", "Smith", None, "2025-03-03"),
    row("a4", "person:jane-smith", "Jane Smith", None, "2025-03-04"),
    row("a5", "person:john-smith", "John Smith", None, "2025-03-05"),
]


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17 on PATH (apt-get install openjdk-17-jre-headless)")
    session = spark_session("local[1]", config={"spark.sql.shuffle.partitions": "1"})
    yield session
    session.stop()


def test_a_surname_speaks_as_the_only_full_name_the_job_has_seen(spark) -> None:  # type: ignore[no-untyped-def]
    linked = link_surname_speakers(spark.createDataFrame(ROWS, COLUMNS))

    rows = {row["article_id"]: row.asDict() for row in linked.collect()}

    a1 = rows["a1"]
    assert (a1["speaker_id"], a1["speaker"]) == ("person:volodymyr-zelensky", "Volodymyr Zelensky")
    assert (rows["a1"]["linked_from"], rows["a1"]["linked_from_name"]) == ("person:zelensky", "Zelensky")
    assert rows["a3"]["speaker_id"] == "person:smith"  # two Smiths: the surname stays as written
    assert rows["a2"]["linked_from"] is None


def test_quotes_are_counted_under_the_linked_speaker(spark) -> None:  # type: ignore[no-untyped-def]
    statements = link_surname_speakers(spark.createDataFrame(ROWS, COLUMNS)).withColumn("position", _zero())
    for column in ("url", "outlet"):
        statements = statements.withColumn(column, _none())

    [quote] = dedup_quotes(statements).collect()

    assert (quote["speaker_id"], quote["count"]) == ("person:volodymyr-zelensky", 2)


def test_the_loader_gives_the_store_the_speaker_as_written() -> None:
    row = {
        "article_id": "a1", "type": "direct", "content": [[0, 5]], "cue": None, "cue_lemma": None,
        "source": None, "paragraph": 0, "sentence": 0, "confidence": 1.0, "speaker_kind": "person",
        "speaker": "Volodymyr Zelensky", "speaker_id": "person:volodymyr-zelensky", "role": None,
        "affiliation": None, "act": "state", "negated": False, "targets": [],
        "linked_from": "person:zelensky", "linked_from_name": "Zelensky",
    }

    statement = statement_from_row(row)

    assert (statement.speaker_id, statement.speaker) == ("person:zelensky", "Zelensky")


def _zero():  # type: ignore[no-untyped-def]
    from pyspark.sql import functions

    return functions.lit(0)


def _none():  # type: ignore[no-untyped-def]
    from pyspark.sql import functions

    return functions.lit(None).cast("string")
