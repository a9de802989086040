"""What the search page shows: the form's values, checked filters, facets, pages, highlights."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from quotegraph.errors import InvalidQuery
from quotegraph.store import StatementFilters, Store
from quotegraph.store.fulltext import MARK_END, MARK_START, parse_text
from quotegraph.store.search import KNOWN_VALUES, SORTS, check_min_confidence, find_statements, stored_acts

__all__ = [
    "CONFIDENCE_CHOICES", "FIELDS", "PAGE_SIZE", "SearchForm", "highlighted", "page_count", "page_links",
]  # fmt: skip

PAGE_SIZE = 20
MAX_PAGE = 10_000
# The form's fields, in the order they appear; "q" is the text box.
FIELDS = (
    "q",
    "speaker",
    "about",
    "act",
    "type",
    "speaker_kind",
    "speaker_gender",
    "outlet",
    "since",
    "until",
    "min_confidence",
)
LABELS = {
    "q": "words", "speaker": "speaker", "about": "about", "act": "act", "type": "type",
    "speaker_kind": "speaker kind", "speaker_gender": "gender", "outlet": "outlet", "since": "since",
    "until": "until", "min_confidence": "confidence at least",
}  # fmt: skip
# The thresholds the form offers; on never-read news, statements scored 0.9 or more are right
# 96 % of the time (docs/extraction.md, "Confidence"). Any other value from the URL is kept too.
CONFIDENCE_CHOICES = ("0.5", "0.7", "0.8", "0.9")


@dataclass
class SearchForm:
    """The search as the user asked for it (the query string), and what it finds."""

    values: dict[str, str]
    sort: str = "newest"
    page: int = 1
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query: dict[str, str]) -> SearchForm:
        values = {name: query.get(name, "").strip()[:500] for name in FIELDS}
        form = cls(values, sort=query.get("sort", "newest"))
        if form.sort not in SORTS:
            form.errors.append(f"unknown sort {form.sort[:20]!r}; use one of: {', '.join(SORTS)}")
            form.sort = "newest"
        page = query.get("page", "1")
        if not page.isdigit() or not 1 <= int(page) <= MAX_PAGE:
            form.errors.append(f"page must be a number from 1 to {MAX_PAGE}, not {page[:20]!r}")
        else:
            form.page = int(page)
        form.check_confidence()
        return form

    def check_confidence(self) -> None:
        """An error, in the store's words, for a min_confidence that is not a number from 0 to 1."""
        value = self.values["min_confidence"]
        if not value:
            return
        try:
            check_min_confidence(float(value))
        except (ValueError, InvalidQuery):
            self.errors.append(f"min_confidence must be a number from 0 to 1, not {value[:20]!r}")

    @property
    def filters(self) -> StatementFilters:
        chosen: dict[str, Any] = {("text" if k == "q" else k): v or None for k, v in self.values.items()}
        if chosen["min_confidence"] is not None:
            chosen["min_confidence"] = float(chosen["min_confidence"])  # checked by from_query
        return StatementFilters(**chosen)

    def query(self, **changes: str | None) -> str:
        """This search's query string with `changes` (None removes a field), page 1 unless given."""
        merged: dict[str, Any] = {k: v for k, v in self.values.items() if v}
        if self.sort != "newest":
            merged["sort"] = self.sort
        for name, value in changes.items():
            merged.pop(name, None)
            if value:
                merged[name] = value
        return urlencode(merged)

    def run(self, store: Store, facets: dict[str, Any]) -> list[dict[str, Any]]:
        """The page of hits, with `highlighted` contents; notes for the user along the way."""
        if self.values["q"]:
            note = parse_text(self.values["q"]).note
            if note:
                self.notes.append(note)
        if facets["counted"] < facets["total"]:
            self.notes.append(
                f"The counts beside the results cover the {facets['counted']:,} statements stored last"
                f" of the {facets['total']:,} found; narrow the search for exact counts."
            )
        hits = find_statements(
            store.db, self.filters, limit=PAGE_SIZE, offset=(self.page - 1) * PAGE_SIZE, sort=self.sort
        )
        marked = store.highlights(self.values["q"], [h["id"] for h in hits]) if self.values["q"] else {}
        for hit in hits:
            hit["highlighted"] = highlighted(marked.get(hit["id"], hit["content"]))
        return hits

    def choices(self, store: Store) -> dict[str, list[str]]:
        """The valid values of each checked filter, for the form's drop-down lists."""
        found = {name: list(values) for name, values in KNOWN_VALUES.items()}
        found["act"] = sorted(set(found["act"]) | set(stored_acts(store.db)))
        return found

    def chips(self, names: dict[str, str]) -> list[dict[str, str]]:
        """The filters in force, each with a link that removes it; entity ids shown by name."""
        return [
            {"label": LABELS[k], "value": names.get(v, v), "remove": self.query(**{k: None})}
            for k, v in self.values.items()
            if v
        ]


def highlighted(text: str) -> Markup:
    """`text` escaped, with the full-text index's match markers turned into <mark> elements."""
    escaped = str(escape(text))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def page_links(page: int, pages: int) -> list[int | None]:
    """Page numbers to show: the first, the last, two either side of `page`; None for a gap."""
    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    links: list[int | None] = []
    for number in shown:
        if links and links[-1] is not None and number - links[-1] > 1:
            links.append(None)
        links.append(number)
    return links


def page_count(total: int) -> int:
    return max(1, math.ceil(total / PAGE_SIZE))
