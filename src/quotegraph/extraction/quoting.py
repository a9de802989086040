"""Fitting found contents to quotation marks: snapping, adjacent quotes, continuations."""

from __future__ import annotations

import re
from bisect import bisect_right

from quotegraph.extraction.quotes import Quotation
from quotegraph.records import CharSpan, StatementKind


class QuotationIndex:
    """The article's quotations, searchable by offset."""

    def __init__(self, text: str, quotations: list[Quotation]) -> None:
        self.text = text
        self.quotations = quotations
        self.parts = sorted(part for q in quotations for part in q.parts)
        self._starts = [part.start for part in self.parts]
        self._paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", text)]
        self.mask = bytearray(len(text))
        for part in self.parts:
            self.mask[part.start : part.end] = b"\x01" * (part.end - part.start)

    def paragraph_at(self, offset: int) -> int:
        """Number of paragraphs (runs of line breaks) before `offset`."""
        return bisect_right(self._paragraph_starts, offset) - 1

    def part_at(self, offset: int) -> CharSpan | None:
        """The quotation part holding character `offset`, if any."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and self.parts[k].start <= offset < self.parts[k].end:
            return self.parts[k]
        return None

    def quotation_of(self, part: CharSpan) -> Quotation | None:
        for quotation in self.quotations:
            if part in quotation.parts:
                return quotation
        return None

    def first_after(
        self, offset: int, *, within: int, gap: str | None = " \n\t\u00a0:,\u2014-"
    ) -> Quotation | None:
        """The quotation starting within `within` characters after `offset`, with only characters
        of `gap` in between (any, when `gap` is None)."""
        k = bisect_right(self._starts, offset)
        if k >= len(self.parts):
            return None
        part = self.parts[k]
        between = self.text[offset : part.start]
        if part.start - offset <= within and (gap is None or not between.strip(gap)):
            return self.quotation_of(part)
        return None

    def last_before(self, offset: int, *, within: int, gap: str = "") -> Quotation | None:
        """The quotation whose last part closes within `within` characters before `offset`, with
        only white space and characters of `gap` in between."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        part = self.parts[k]
        between = self.text[part.end : offset]
        if part.end > offset or offset - part.end > within or between.strip().strip(gap).strip():
            return None
        quotation = self.quotation_of(part)
        return quotation if quotation is not None and quotation.parts[-1] == part else None

    def kind_of(self, content: tuple[CharSpan, ...]) -> StatementKind:
        """DIRECT when all its letters and digits are quoted, MIXED when some, else INDIRECT."""
        inside = outside = 0
        for part in content:
            for offset in range(part.start, part.end):
                if self.text[offset].isalnum():
                    if self.mask[offset]:
                        inside += 1
                    else:
                        outside += 1
        if inside and not outside:
            return StatementKind.DIRECT
        return StatementKind.MIXED if inside else StatementKind.INDIRECT


def snap_to_quotations(content: tuple[CharSpan, ...], index: QuotationIndex) -> tuple[CharSpan, ...]:
    """Content whose edges fall inside a quotation, widened to that quotation's marks.

    A clausal complement parsed inside a quotation covers only part of it (the parser's
    sentence ends where the quoted sentence does); the annotation takes the whole quotation.
    """
    snapped: list[CharSpan] = []
    for part in content:
        start, end = part.start, part.end
        first = index.part_at(start)
        last = index.part_at(max(end - 1, start))
        if first is not None:
            start = min(start, first.start)
        if last is not None:
            end = max(end, last.end)
        if first is not None and first == last:
            quotation = index.quotation_of(first)
            if quotation is not None and len(quotation.parts) > 1:
                snapped.extend(quotation.parts)
                continue
        snapped.append(CharSpan(start, end))
    return merge_parts(snapped)


def merge_parts(parts: list[CharSpan]) -> tuple[CharSpan, ...]:
    """Sorted parts with overlapping ones merged."""
    merged: list[CharSpan] = []
    for part in sorted(parts):
        if merged and part.start <= merged[-1].end:
            merged[-1] = CharSpan(merged[-1].start, max(merged[-1].end, part.end))
        else:
            merged.append(part)
    return tuple(merged)
