"""Results → the formats people and tools read: attribution JSONL, CSV, a terminal table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from quotegraph.records import Article, ArticleResult, CharSpan, Statement, Target

FORMATS = ("table", "jsonl", "csv")


def _pairs(span: CharSpan | None) -> list[list[int]]:
    return [span.as_pair()] if span is not None else []


def target_dict(target: Target) -> dict[str, Any]:
    return {
        "name": target.name,
        "id": target.entity_id,
        "kind": target.kind.value,
        "mention": target.mention.as_pair() if target.mention else None,
    }


def statement_dict(statement: Statement, text: str) -> dict[str, Any]:
    """One attribution in ../shared/eval/FORMAT.md's shape, plus quotegraph's own keys."""
    return {
        "content": [part.as_pair() for part in statement.content],
        "source": _pairs(statement.source),
        "cue": _pairs(statement.cue),
        "type": statement.kind.value,
        "speaker": statement.speaker,
        "speaker_id": statement.speaker_id,
        "speaker_kind": statement.speaker_kind.value if statement.speaker_kind else None,
        "speaker_gender": statement.speaker_gender.value,
        "speaker_gender_evidence": statement.speaker_gender_evidence,
        "role": statement.role,
        "affiliation": statement.affiliation,
        "act": statement.act,
        "negated": statement.negated,
        "targets": [target_dict(t) for t in statement.targets],
        "cue_lemma": statement.cue_lemma,
        "paragraph": statement.paragraph,
        "sentence": statement.sentence,
        "confidence": round(statement.confidence, 3),
        "quote": statement.content_text(text),
        "source_text": statement.source.text_of(text) if statement.source else None,
        "cue_text": statement.cue.text_of(text) if statement.cue else None,
    }


def article_metadata(article: Article) -> dict[str, Any]:
    keys = ("url", "outlet", "title", "author", "published", "language")
    return {key: getattr(article, key) for key in keys if getattr(article, key) is not None}


def result_dict(result: ArticleResult) -> dict[str, Any]:
    """One output line: the document id, its metadata and its attributions."""
    text = result.article.text
    return {
        "id": result.article.id,
        **article_metadata(result.article),
        "attributions": [statement_dict(s, text) for s in result.statements],
    }


def jsonl_line(result: ArticleResult) -> str:
    return json.dumps(result_dict(result), ensure_ascii=False) + "\n"


CSV_COLUMNS = (
    "article_id", "speaker", "speaker_id", "source", "cue", "act", "type", "content",
    "targets", "paragraph", "sentence", "confidence", "content_offsets", "speaker_gender",
    "speaker_gender_evidence",
)


def csv_rows(results: Iterable[ArticleResult]) -> Iterable[dict[str, Any]]:
    for result in results:
        text = result.article.text
        for s in result.statements:
            yield {
                "article_id": s.article_id,
                "speaker": s.speaker or "",
                "speaker_id": s.speaker_id or "",
                "source": s.source.text_of(text) if s.source else "",
                "cue": s.cue.text_of(text) if s.cue else "",
                "act": s.act or "",
                "type": s.kind.value,
                "content": s.content_text(text),
                "targets": "; ".join(t.name for t in s.targets),
                "paragraph": s.paragraph,
                "sentence": s.sentence,
                "confidence": round(s.confidence, 3),
                "content_offsets": " ".join(f"{p.start}-{p.end}" for p in s.content),
                "speaker_gender": s.speaker_gender.value,
                "speaker_gender_evidence": s.speaker_gender_evidence,
            }


def csv_text(results: Iterable[ArticleResult], *, header: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    if header:
        writer.writeheader()
    writer.writerows(csv_rows(results))
    return buffer.getvalue()


def table_lines(result: ArticleResult, *, width: int = 100) -> list[tuple[str, str, str, str, str]]:
    """Rows of (speaker, cue, act, type, content) with long contents shortened to `width`."""
    text = result.article.text
    rows = []
    for s in result.statements:
        speaker = s.speaker or (s.source.text_of(text) if s.source else "?")
        content = " ".join(s.content_text(text).split())
        if len(content) > width:
            content = content[: width - 1] + "…"
        rows.append((speaker, s.cue.text_of(text) if s.cue else "", s.act or "", s.kind.value, content))
    return rows
