"""Article text → wordpieces with character offsets, windows, and BIO labels per role.

Needs only the `tokenizers` package (no torch, no spaCy): gold spans are character offsets
(../shared/eval/FORMAT.md), so labels come straight from the wordpieces' offsets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROLES = ("source", "cue", "content")
OUTSIDE, BEGIN, INSIDE = 0, 1, 2  # BIO, one tag sequence per role: spans of different roles nest
TAGS = ("O", "B", "I")

Spans = dict[str, list[tuple[int, int]]]  # role → (start, end) character ranges


@dataclass(frozen=True, slots=True)
class Wordpieces:
    """The wordpieces of one article: vocabulary ids and [start, end) character offsets."""

    ids: tuple[int, ...]
    offsets: tuple[tuple[int, int], ...]
    cases: tuple[int, ...] = ()  # CASES class per wordpiece: what the uncased vocabulary forgets

    def __len__(self) -> int:
        return len(self.ids)


def load_tokenizer(encoder_dir: Path) -> Any:
    """The encoder's fast tokenizer, without truncation or padding (we window ourselves)."""
    from tokenizers import Tokenizer  # noqa: PLC0415 - optional dependency

    tokenizer = Tokenizer.from_file(str(Path(encoder_dir) / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def wordpieces(tokenizer: Any, text: str) -> Wordpieces:
    """Every wordpiece of `text`, specials left out, with offsets into `text`."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    offsets = tuple(tuple(o) for o in encoding.offsets)
    return Wordpieces(tuple(encoding.ids), offsets, case_classes(text, offsets))


# The encoder is uncased, so "Bush" the speaker and "bush" the plant, or a sentence's first word,
# look alike to it; a learned embedding per class gives the tagger that signal back.
CASES = ("lower", "title", "upper", "quote")  # index = the class id fed to the encoder as its token type
_QUOTE_CHARS = frozenset("\"“”‘’«»„'`")


def case_classes(text: str, offsets: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """Per wordpiece, the casing of the whole word it belongs to (so "##ton" of "Clinton" is title)."""
    classes = []
    for start, end in offsets:
        if end - start == 1 and text[start] in _QUOTE_CHARS:
            classes.append(3)
            continue
        word_start, word_end = start, end
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        word = text[word_start:word_end]
        classes.append(2 if len(word) > 1 and word.isupper() else 1 if word[:1].isupper() else 0)
    return tuple(classes)


def windows(length: int, size: int, stride: int) -> list[tuple[int, int]]:
    """[start, end) wordpiece ranges of at most `size` that cover `range(length)`, `stride` apart."""
    if length <= size:
        return [(0, length)]
    starts = [*range(0, length - size, stride), length - size]
    return [(start, start + size) for start in starts]


def gold_spans(attributions: Iterable[dict[str, Any]]) -> Spans:
    """Distinct character ranges per role; a discontinuous span gives one range per part."""
    spans: Spans = {role: [] for role in ROLES}
    for attribution in attributions:
        for role in ROLES:
            for start, end in attribution.get(role) or []:
                if end > start and (start, end) not in spans[role]:
                    spans[role].append((start, end))
    return {role: sorted(ranges) for role, ranges in spans.items()}


def bio_tags(offsets: Sequence[tuple[int, int]], ranges: Sequence[tuple[int, int]]) -> list[int]:
    """One BIO tag per wordpiece; where ranges of one role overlap, the earlier, longer one wins."""
    tags = [OUTSIDE] * len(offsets)
    starts, ends = [a for a, _ in offsets], [b for _, b in offsets]  # both ascend: wordpieces are in order
    for start, end in sorted(ranges, key=lambda r: (r[0], -r[1])):
        inside = range(bisect_right(ends, start), bisect_left(starts, end))  # a < end and start < b
        if not inside or any(tags[k] != OUTSIDE for k in inside):
            continue
        tags[inside[0]] = BEGIN
        for k in inside[1:]:
            tags[k] = INSIDE
    return tags


def best_tags(scores: Sequence[Sequence[float]]) -> list[int]:
    """The most likely BIO sequence under per-wordpiece log-probabilities (O, B, I), with no I after O.

    Taking each wordpiece's most likely tag lets an I follow an O, which starts or cuts a span
    where the tagger was unsure; forbidding that transition (Viterbi) raised every role's dev F1
    by 1-2 points, content most.
    """
    if not scores:
        return []
    back: list[tuple[int, int, int]] = []
    o, b, i = scores[0][OUTSIDE], scores[0][BEGIN], float("-inf")  # a span cannot open with I
    for score in scores[1:]:
        best_any = max(o, b, i)
        came_any = OUTSIDE if best_any == o else BEGIN if best_any == b else INSIDE
        came_i = BEGIN if b >= i else INSIDE
        back.append((came_any, came_any, came_i))  # predecessors of O, B and I
        o, b, i = best_any + score[OUTSIDE], best_any + score[BEGIN], max(b, i) + score[INSIDE]
    tag = max((o, OUTSIDE), (b, BEGIN), (i, INSIDE))[1]
    tags = [tag]
    for came in reversed(back):
        tag = came[tag]
        tags.append(tag)
    return tags[::-1]


def decode_tags(tags: Sequence[int], offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of the B I* runs in `tags` (an I after O starts a run too)."""
    ranges: list[tuple[int, int]] = []
    current: list[int] | None = None
    for k, tag in enumerate(tags):
        if tag == BEGIN or (tag == INSIDE and current is None):
            if current is not None:
                ranges.append((current[0], current[1]))
            current = [offsets[k][0], offsets[k][1]]
        elif tag == INSIDE and current is not None:
            current[1] = offsets[k][1]
        elif current is not None:
            ranges.append((current[0], current[1]))
            current = None
    if current is not None:
        ranges.append((current[0], current[1]))
    return ranges


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) so it neither begins nor ends inside a word."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
