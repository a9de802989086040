"""The article's own outlet as a source: the writer's doings, no one's reported words."""

from __future__ import annotations

from quotegraph.records import Article, Statement

# Double quotation marks of any style: a content with one quotes someone.
QUOTATION_MARKS = "\"“”«»„"


def without_the_outlets_own(statements: list[Statement], article: Article) -> list[Statement]:
    """`statements` less those whose source is the article's own outlet and whose content quotes
    no one: "Wikinews sought [expert input]", "Wikinews notes [that access is not restored]",
    "Wikinews talked to [some of those involved]". The writer's own questions, findings and
    doings are no one's reported words (CONVENTIONS.md: a reporter's question is no
    attribution). A quotation is kept: the outlet may be what a quoted speaker's words reached
    ("Wikinews learned [that she was one of the “Estrada Sisters”]" holds her words)."""
    outlet = (article.outlet or "").strip().casefold()
    if not outlet:
        return statements
    return [s for s in statements if not _the_outlets_own(s, outlet, article.text)]


def _the_outlets_own(statement: Statement, outlet: str, text: str) -> bool:
    source = statement.source.text_of(text).strip().casefold() if statement.source else ""
    by_outlet = outlet in (source, (statement.speaker or "").strip().casefold())
    return by_outlet and not any(mark in statement.content_text(text) for mark in QUOTATION_MARKS)
