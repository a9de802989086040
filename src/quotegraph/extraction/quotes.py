"""Quotation-mark spans in raw text: curly and straight, guillemets, nested, unbalanced.

Works on characters, not tokens, so it needs no model and never fails an article: a mark
that cannot be paired is skipped. Following the PolNeAR conversion, a line break closes an
open quotation, and a quotation left open at the end of a paragraph that the next paragraph
reopens is one multi-paragraph quotation (the convention of English news: reopen each
paragraph, close once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotegraph.records import CharSpan

# Opening mark → the marks that may close it.
_PAIRED = {
    "\u201c": "\u201d\u201c\"",  # “ … ” (and “ … “ or “ … " as some outlets type it)
    "\u201e": "\u201c\u201d",  # „ … “ and „ … ”
    "\u00ab": "\u00bb",  # « … »
    "\u2039": "\u203a",  # ‹ … ›
}
_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"  # ‘ … ’, only outside double quotes
_OPEN_CONTEXT = " \t\n([{\u2014\u2013-/:;,\u00a0"
# Every character that can start an opening mark: lines are searched for these, not walked.
_MARK_START = re.compile("[" + re.escape("".join(_PAIRED) + "\"'" + _SINGLE_OPEN) + "]")


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: its parts (one per paragraph) including the marks."""

    parts: tuple[CharSpan, ...]

    @property
    def span(self) -> CharSpan:
        return CharSpan(self.parts[0].start, self.parts[-1].end)


def find_quotations(text: str) -> list[Quotation]:
    """Quotations in `text`, in order; multi-paragraph ones as one Quotation with several parts."""
    quotations: list[Quotation] = []
    pending: list[CharSpan] = []  # parts of a quotation still open at the last paragraph end
    offset = 0
    for line in text.split("\n"):
        spans, open_at_end = _quotes_in_line(line)
        spans = [span.shifted(offset) for span in spans]
        if pending and spans and spans[0].start == offset + _leading_space(line):
            quotations.append(Quotation((*pending, spans[0])))
            spans = spans[1:]
            pending = []
        elif pending and line.strip():
            quotations.append(Quotation(tuple(pending)))
            pending = []
        for index, span in enumerate(spans):
            if open_at_end and index == len(spans) - 1:
                pending = [span]
            else:
                quotations.append(Quotation((span,)))
        offset += len(line) + 1
    if pending:
        quotations.append(Quotation(tuple(pending)))
    return quotations


def _leading_space(line: str) -> int:
    return len(line) - len(line.lstrip())


def _quotes_in_line(line: str) -> tuple[list[CharSpan], bool]:
    """Quote spans in one line, and whether the last one is still open at the line's end."""
    spans: list[CharSpan] = []
    i = 0
    while (found := _MARK_START.search(line, i)) is not None:
        i = found.start()
        closers, width = _opening_at(line, i)
        if closers is None:
            i += 1
            continue
        end = _closing_after(line, i + width, closers, width)
        if end is None:
            if _looks_like_quote_start(line, i + width):
                spans.append(CharSpan(i, len(line.rstrip())))
                return spans, True
            i += width
            continue
        spans.append(CharSpan(i, end))
        i = end
    return spans, False


def _opening_at(line: str, i: int) -> tuple[str | None, int]:
    """(closing marks, mark width) when an opening mark starts at `i`, else (None, 0)."""
    char = line[i]
    if char in _PAIRED:
        return _PAIRED[char], 1
    if line.startswith("''", i) and _is_opening_context(line, i):
        return "''", 2
    if char == '"' and _is_opening_context(line, i):
        return '"\u201d', 1  # " … " (and " … ” as some outlets type it)
    if char == _SINGLE_OPEN:
        return _SINGLE_CLOSE, 1
    return None, 0


def _is_opening_context(line: str, i: int) -> bool:
    before_ok = i == 0 or line[i - 1] in _OPEN_CONTEXT or line[i - 1] in _PAIRED
    after = line[i + 1 : i + 3].lstrip("'")
    return before_ok and bool(after) and not after[0].isspace()


def _looks_like_quote_start(line: str, i: int) -> bool:
    return i < len(line) and not line[i].isspace()


def _closing_after(line: str, start: int, closers: str, width: int) -> int | None:
    """End offset (after the mark) of the mark closing a quotation opened before `start`."""
    if closers == "''":
        found = line.find("''", start)
        return found + 2 if found >= 0 else None
    if closers == _SINGLE_CLOSE:
        return _closing_single(line, start)
    j = start
    while j < len(line):
        nested = _nested_end(line, j, closers)
        if nested is not None:
            j = nested  # skip a quotation inside this one: “He said "no" twice”, "a “safe” seat"
        elif line[j] in closers:
            return j + 1
        else:
            j += 1
    return None


def _nested_end(line: str, j: int, closers: str) -> int | None:
    """Where a quotation of the other kind of mark opening at `j` ends, when one does: a
    straight mark that opens (“He said "no" twice”) or a curly one inside straight marks."""
    if line[j] == '"' and '"' in closers and "\u201d" in closers and closers[0] != '"':
        opens = j + 1 < len(line) and line[j + 1].isalnum() and (j == 0 or not line[j - 1].isalnum())
        close = line.find('"', j + 1) if opens else -1
    elif line[j] == "\u201c" and closers[0] == '"':
        close = line.find("\u201d", j + 1)
    else:
        return None
    return close + 1 if close >= 0 else None


def _closing_single(line: str, start: int) -> int | None:
    """A closing ’ that is not an apostrophe: not between two letters ("don’t")."""
    j = line.find(_SINGLE_CLOSE, start)
    while j >= 0:
        after = line[j + 1 : j + 2]
        if not (after.isalpha() and line[j - 1 : j].isalpha()):
            return j + 1
        j = line.find(_SINGLE_CLOSE, j + 1)
    return None
