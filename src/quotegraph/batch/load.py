"""The Spark job's Parquet → ArticleResults, for the one process that writes the store.

The job does not copy article texts (the corpus is already stored once), so the Article of a
loaded result carries a *skeleton* text: as long as the original, with every statement's
content, cue and source at their own offsets and spaces elsewhere. Every offset and every
quote stays exact; the words between statements are not there.

Reads one published_date partition at a time, so memory follows the largest day, not the
corpus. Needs pyarrow (the `[spark]` extra); never Spark itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotegraph.batch import provenance_from_row
from quotegraph.errors import InvalidInput, MissingExtra
from quotegraph.records import (
    Article,
    ArticleResult,
    CharSpan,
    EntityKind,
    SpeakerGender,
    Statement,
    StatementKind,
    Target,
)

__all__ = ["results_from_parquet", "skeleton_text", "statement_from_row"]

_PART_SEPARATOR = " … "  # how formats.statement_dict joins content parts into "quote"
_METADATA_KEYS = ("url", "outlet", "title", "author", "published", "language")


def results_from_parquet(output: str | Path) -> Iterator[ArticleResult]:
    """Every document the job processed without error, with its statements and provenance, day by day."""
    parquet = _pyarrow_parquet()
    output = Path(output)
    if not (output / "documents").is_dir():
        raise InvalidInput(str(output), "not a `quotegraph spark` output folder (no documents/ inside)")
    for day_folder in sorted((output / "documents").glob("published_date=*")):
        day = day_folder.name.removeprefix("published_date=")
        documents = parquet.read_table(day_folder).to_pylist()
        statements_folder = output / "statements" / day_folder.name
        statements = parquet.read_table(statements_folder).to_pylist() if statements_folder.is_dir() else []
        yield from _results_of_day(documents, statements, day)


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet  # noqa: PLC0415 - optional extra
    except ImportError:
        raise MissingExtra("loading Parquet needs pyarrow: pip install 'quotegraph[spark]'") from None
    return pyarrow.parquet


def _results_of_day(documents: list[dict[str, Any]], statements: list[dict[str, Any]],
                    day: str) -> Iterator[ArticleResult]:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in statements:
        by_article.setdefault(row["article_id"], []).append(row)
    for document in documents:
        if document["status"] != "ok":
            continue
        rows = sorted(by_article.get(document["id"], []), key=lambda r: r["position"])
        metadata = {key: document.get(key) for key in _METADATA_KEYS}
        article = Article(id=document["id"], text=skeleton_text(rows), origin=f"parquet:{day}", **metadata)
        found = tuple(statement_from_row(row) for row in rows)
        yield ArticleResult(article, found, provenance=provenance_from_row(document))


def skeleton_text(rows: list[dict[str, Any]]) -> str:
    """A text in which each statement's content, cue and source stand at their offsets."""
    pieces = [piece for row in rows for piece in _placed_pieces(row)]
    text = [" "] * max((start + len(piece) for start, piece in pieces), default=0)
    for start, piece in pieces:
        text[start : start + len(piece)] = piece
    return "".join(text)


def _placed_pieces(row: dict[str, Any]) -> Iterator[tuple[int, str]]:
    quote, cursor = row["quote"], 0
    for start, end in row["content"]:
        yield start, quote[cursor : cursor + end - start]
        cursor += end - start + len(_PART_SEPARATOR)
    for key, text_key in (("cue", "cue_text"), ("source", "source_text")):
        if row[key] and row[text_key] is not None:
            yield row[key][0][0], row[text_key]


def statement_from_row(row: dict[str, Any]) -> Statement:
    """The Statement a statements row was written from (formats.statement_dict, inverted).

    A speaker the job linked from a surname comes back as written: the store links surnames
    itself, over everything it holds (quotegraph.store.linking).
    """
    speaker_id, speaker = row["speaker_id"], row["speaker"]
    if row.get("linked_from"):
        speaker_id, speaker = row["linked_from"], row.get("linked_from_name") or speaker
    return Statement(
        article_id=row["article_id"],
        kind=StatementKind(row["type"]),
        content=tuple(CharSpan(start, end) for start, end in row["content"]),
        cue=_span(row["cue"]),
        cue_lemma=row["cue_lemma"],
        source=_span(row["source"]),
        paragraph=row["paragraph"],
        sentence=row["sentence"],
        confidence=row["confidence"],
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_kind=EntityKind(row["speaker_kind"]) if row["speaker_kind"] else None,
        # Absent from Parquet written before speaker_gender existed.
        speaker_gender=SpeakerGender(row.get("speaker_gender") or SpeakerGender.UNKNOWN),
        speaker_gender_evidence=row.get("speaker_gender_evidence") or 0,
        role=row["role"],
        affiliation=row["affiliation"],
        act=row["act"],
        negated=row["negated"],
        targets=tuple(_target(t) for t in row["targets"] or ()),
    )


def _span(pairs: list[list[int]] | None) -> CharSpan | None:
    return CharSpan(*pairs[0]) if pairs else None


def _target(row: dict[str, Any]) -> Target:
    mention = row["mention"]
    return Target(name=row["name"], entity_id=row["id"], kind=EntityKind(row["kind"]),
                  mention=CharSpan(*mention) if mention else None)
