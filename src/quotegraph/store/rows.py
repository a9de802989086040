"""Records → rows: how an ArticleResult becomes rows of the store's tables."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from quotegraph.dedup import quote_id, speaker_key
from quotegraph.records import (
    ArticleResult,
    CharSpan,
    EntityKind,
    Mention,
    MentionKind,
    Provenance,
    Statement,
    Target,
    quotegraph_version,
)
from quotegraph.store.ids import offsets_json, statement_uid

__all__ = [
    "EntityRow",
    "article_row",
    "entity_id_for",
    "entity_rows",
    "statement_row",
    "target_rows",
    "text_hash",
]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entity_id_for(statement: Statement) -> str | None:
    """The speaker's entity id (quotegraph.dedup.speaker_key, which the Spark job uses too)."""
    return speaker_key(statement.speaker_id, statement.speaker)


def article_row(result: ArticleResult) -> dict[str, Any]:
    """The articles row of `result`, with its provenance (only the version, when it has none)."""
    article = result.article
    provenance = result.provenance or Provenance(quotegraph_version())
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "origin": article.origin,
        "text": article.text,
        "text_hash": text_hash(article.text),
        "quotegraph_version": provenance.quotegraph,
        "pipeline": provenance.pipeline,
        "extractor": provenance.extractor,
        "lexicon": provenance.lexicon,
        "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _span_text(span: CharSpan | None, text: str) -> str | None:
    return span.text_of(text) if span is not None else None


def statement_row(
    statement: Statement,
    position: int,
    result: ArticleResult,
    *,
    uid: str | None = None,
    aliases: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The `statements` row; `uid` from ids.statement_uids (default: the statement's own, as if
    no earlier statement of the article had the same offsets), `aliases` the speaker's names."""
    text = result.article.text
    speaker_id = entity_id_for(statement)
    content = statement.content_text(text)
    return {
        "article_id": result.article.id,
        "position": position,
        "speaker_id": speaker_id,
        "speaker": statement.speaker,
        "speaker_kind": statement.speaker_kind.value if statement.speaker_kind else None,
        "role": statement.role,
        "affiliation": statement.affiliation,
        "source": _span_text(statement.source, text),
        "source_start": statement.source.start if statement.source else None,
        "source_end": statement.source.end if statement.source else None,
        "cue": _span_text(statement.cue, text),
        "cue_lemma": statement.cue_lemma,
        "cue_start": statement.cue.start if statement.cue else None,
        "cue_end": statement.cue.end if statement.cue else None,
        "act": statement.act,
        "type": statement.kind.value,
        "negated": int(statement.negated),
        "content": content,
        "content_offsets": json.dumps([part.as_pair() for part in statement.content]),
        "paragraph": statement.paragraph,
        "sentence": statement.sentence,
        "confidence": statement.confidence,
        "published": result.article.published,
        "outlet": result.article.outlet,
        "quote_id": quote_id(statement.kind.value, speaker_id, content),
        "uid": uid or statement_uid(result.article.id, offsets_json(statement.content)),
        "speaker_gender": statement.speaker_gender.value,
        "speaker_gender_evidence": statement.speaker_gender_evidence,
        "speaker_names": speaker_names(statement, text, aliases),
    }


def speaker_names(statement: Statement, text: str, aliases: tuple[str, ...]) -> str:
    """What the search box finds the speaker by: name and aliases, or the source when unresolved."""
    if statement.speaker is None:
        return _span_text(statement.source, text) or ""
    return " ".join(dict.fromkeys((statement.speaker, *aliases)))


def target_rows(statement_id: int, targets: tuple[Target, ...]) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for target in targets:  # one row per entity: the first mention stands for the rest
        rows.setdefault(
            target.entity_id,
            {
                "statement_id": statement_id,
                "entity_id": target.entity_id,
                "name": target.name,
                "kind": target.kind.value,
                "mention_start": target.mention.start if target.mention else None,
                "mention_end": target.mention.end if target.mention else None,
            },
        )
    return list(rows.values())


@dataclass(slots=True)
class EntityRow:
    id: str
    name: str
    kind: str = EntityKind.UNKNOWN.value
    role: str | None = None
    affiliation: str | None = None
    aliases: set[str] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "aliases": sorted(self.aliases or ()),
        }


def entity_rows(result: ArticleResult) -> list[EntityRow]:
    """Every speaker and target the result names, with the names it was written as."""
    names = mention_names(result.mentions)
    found: dict[str, EntityRow] = {}
    for statement in result.statements:
        speaker_id = entity_id_for(statement)
        if speaker_id:
            row = found.setdefault(
                speaker_id, EntityRow(speaker_id, statement.speaker or speaker_id, aliases=set())
            )
            _merge_speaker(row, statement, names)
        for target in statement.targets:
            row = found.setdefault(target.entity_id, EntityRow(target.entity_id, target.name, aliases=set()))
            if row.kind == EntityKind.UNKNOWN.value:
                row.kind = target.kind.value
            _add_alias(row, target.mention, names)
    return list(found.values())


def _merge_speaker(row: EntityRow, statement: Statement, names: dict[CharSpan, str]) -> None:
    if statement.speaker_kind and row.kind == EntityKind.UNKNOWN.value:
        row.kind = statement.speaker_kind.value
    row.role = row.role or statement.role
    row.affiliation = row.affiliation or statement.affiliation
    if statement.source in names and row.aliases is not None:
        row.aliases.add(names[statement.source])


def _add_alias(row: EntityRow, span: CharSpan | None, names: dict[CharSpan, str]) -> None:
    if span in names and row.aliases is not None:
        row.aliases.add(names[span])


def mention_names(mentions: tuple[Mention, ...]) -> dict[CharSpan, str]:
    return {m.span: m.text for m in mentions if m.kind is MentionKind.NAME}
