"""Attributions as unit ranges, and the conditions that match a prediction to a gold one.

Private to quotegraph.evaluate. Units follow ../shared/eval/score.py (after citron,
github bbc/citron, citron/utils.py): a character span covers every token it touches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ROLES = ("cue", "source", "content")
TYPES = ("direct", "indirect", "mixed", "null")
UNITS = ("token", "char")

# A regex approximation of spaCy's English tokenizer where it matters for span edges, kept
# identical to score.py's so token indices agree: abbreviations, numbers with separators, the
# clitics n't 's 're 've 'll 'd 'm as their own tokens, "..." and "--" as one token.
TOKEN_PATTERN = re.compile(
    r"""
      (?:[A-Za-z]\.){2,}
    | \d+(?:[.,:]\d+)*
    | [^\W\d_]+(?=n['\u2019]t\b)
    | n['\u2019]t\b
    | (?<=\w)['\u2019](?:s|re|ve|ll|d|m)\b
    | \w+
    | \.{2,} | -{2,}
    | \S
    """,
    re.VERBOSE | re.IGNORECASE,
)

Range = tuple[int, int]  # [start, end) in units (tokens or non-space characters)
Ranges = tuple[Range, ...]


# --------------------------------------------------------------------------------------------
# Character spans → unit ranges
# --------------------------------------------------------------------------------------------


def merge_ranges(ranges: Iterable[Range]) -> Ranges:
    """`ranges` sorted, with ranges that overlap or touch joined into one."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def count_units(ranges: Ranges) -> int:
    return sum(end - start for start, end in ranges)


def shared_units(first: Ranges, second: Ranges) -> int:
    """Units that lie in both `first` and `second` (summed pairwise, as score.py does)."""
    total = 0
    for start1, end1 in first:
        for start2, end2 in second:
            total += max(0, min(end1, end2) - max(start1, start2))
    return total


def _token_owners(text: str) -> list[int]:
    owners = [-1] * len(text)
    for index, match in enumerate(TOKEN_PATTERN.finditer(text)):
        owners[match.start() : match.end()] = [index] * (match.end() - match.start())
    return owners


def _character_owners(text: str) -> list[int]:
    owners = [-1] * len(text)
    index = 0
    for position, character in enumerate(text):
        if not character.isspace():
            owners[position] = index
            index += 1
    return owners


class Units:
    """Maps character spans of one text onto unit ranges (tokens, or non-space characters)."""

    def __init__(self, text: str, unit: str = "token") -> None:
        if unit not in UNITS:
            raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
        self.text = text
        self.owners = _token_owners(text) if unit == "token" else _character_owners(text)

    def ranges(self, pairs: Iterable[Sequence[int]] | None) -> Ranges:
        """The merged unit ranges that the [start, end] character pairs cover."""
        found = (self._range(int(pair[0]), int(pair[1])) for pair in pairs or ())
        return merge_ranges(r for r in found if r is not None)

    def _range(self, start: int, end: int) -> Range | None:
        """Units from the one holding the first non-space character to the one holding the last."""
        text = self.text
        start, end = max(start, 0), min(end, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        return (self.owners[start], self.owners[end - 1] + 1)


# --------------------------------------------------------------------------------------------
# Attributions and the conditions that match them
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution as unit ranges, with its gold type and speaker names."""

    cue: Ranges
    source: Ranges
    content: Ranges
    type: str
    speakers: tuple[str, ...]
    act: str | None = None

    @classmethod
    def from_dict(cls, units: Units, data: Mapping[str, Any]) -> Attribution:
        kind = data.get("type")
        names = [data.get("speaker"), *(data.get("speaker_aliases") or ())]
        act = data.get("act")
        return cls(
            cue=units.ranges(data.get("cue")),
            source=units.ranges(data.get("source")),
            content=units.ranges(data.get("content")),
            type=kind if kind in TYPES else "null",
            speakers=tuple(n for n in names if isinstance(n, str) and n.strip()),
            act=act if isinstance(act, str) and act else None,
        )


def cues_overlap(predicted: Ranges, gold: Ranges) -> bool:
    """citron's are_overlapping_spans(pred, gold) over range lists; two empty cues overlap.

    Its test (pred.start <= gold.end) also accepts a predicted cue starting where the gold ends.
    """
    if not predicted and not gold:
        return True
    return any(ps <= ge and pe > gs for ps, pe in predicted for gs, ge in gold)


def sources_agree(predicted: Ranges, gold: Ranges) -> bool:
    """Sources agree when they share a unit, or when both are empty."""
    if not predicted and not gold:
        return True
    return shared_units(predicted, gold) > 0


def contents_share(predicted: Attribution, gold: Attribution) -> bool:
    return shared_units(predicted.content, gold.content) > 0


Condition = Callable[[Attribution, Attribution], bool]

# Keys are the dotted names of the figures they produce.
CONDITIONS: dict[str, Condition] = {
    "cue.exact": lambda p, g: p.cue == g.cue,
    "content.exact": lambda p, g: cues_overlap(p.cue, g.cue) and p.content == g.content,
    "source.exact": lambda p, g: cues_overlap(p.cue, g.cue) and p.source == g.source,
    "quote.exact": lambda p, g: p.cue == g.cue and p.source == g.source and p.content == g.content,
    "content.exact_any_cue": lambda p, g: p.content == g.content,
    "content.partial": contents_share,
    "source.with_content.exact": lambda p, g: p.content == g.content and sources_agree(p.source, g.source),
    "source.with_content.partial": lambda p, g: contents_share(p, g) and sources_agree(p.source, g.source),
}


def _name_words(name: str) -> tuple[str, ...]:
    """Case-, accent- and punctuation-folded words of a speaker name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return tuple(re.findall(r"[a-z0-9]+", ascii_name.casefold()))


def speakers_equal(predicted: str, gold_names: Iterable[str]) -> bool:
    """True when, folded, the name equals a gold name or alias ("Rutte" is not "Mark Rutte")."""
    words = _name_words(predicted)
    return bool(words) and any(words == _name_words(gold_name) for gold_name in gold_names)


def speakers_agree(predicted: str, gold_names: Iterable[str]) -> bool:
    """True when, folded, one name equals the other or ends it at a word ("Rutte" ~ "Mark Rutte")."""
    words = _name_words(predicted)
    if not words:
        return False
    for gold_name in gold_names:
        gold_words = _name_words(gold_name)
        if not gold_words:
            continue
        short, long = sorted((words, gold_words), key=len)
        if long[len(long) - len(short) :] == short:
            return True
    return False
