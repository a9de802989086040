"""An article's text as HTML with every statement's content marked, coloured by speaker."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

PALETTE_SIZE = 8  # colours sp-0 … sp-7 in style.css


@dataclass(frozen=True, slots=True)
class SpeakerColour:
    key: str
    label: str
    colour: int


def speaker_key(statement: dict[str, Any]) -> str:
    return statement["speaker_id"] or f"source:{statement['source'] or '?'}"


def speaker_label(statement: dict[str, Any]) -> str:
    if statement["speaker"]:
        return str(statement["speaker"])
    return f"{statement['source']} (unresolved)" if statement["source"] else "unknown speaker"


def speaker_colours(statements: list[dict[str, Any]]) -> dict[str, SpeakerColour]:
    """One colour per speaker, in order of first appearance, so neighbours differ."""
    colours: dict[str, SpeakerColour] = {}
    for statement in statements:
        key = speaker_key(statement)
        if key not in colours:
            colours[key] = SpeakerColour(key, speaker_label(statement), len(colours) % PALETTE_SIZE)
    return colours


def hover_text(statement: dict[str, Any]) -> str:
    """What hovering a highlight shows: speaker, act and targets."""
    targets = ", ".join(t["name"] for t in statement["targets"]) or "—"
    return f"{speaker_label(statement)} · act: {statement['act'] or 'unclassified'} · about: {targets}"


def highlighted_text(text: str, statements: list[dict[str, Any]]) -> Markup:
    """`text`, escaped, with <mark> around each statement part.

    Parts may overlap (a quote inside a reported statement); each stretch is marked for the
    statement that starts last, the innermost, and lists the others in data-also.
    """
    colours = speaker_colours(statements)
    parts = [(start, end, s) for s in statements for start, end in s["content_offsets"]]
    cuts = sorted({0, len(text), *(p[0] for p in parts), *(p[1] for p in parts)})
    html = []
    for start, end in pairwise(cuts):
        covering = [s for a, b, s in parts if a <= start and end <= b]
        piece = escape(text[start:end])
        html.append(_mark(piece, covering, colours) if covering else piece)
    return Markup("").join(html)


def _mark(piece: Markup, covering: list[dict[str, Any]], colours: dict[str, SpeakerColour]) -> Markup:
    inner = max(covering, key=lambda s: (s["content_offsets"][0][0], s["id"]))
    colour = colours[speaker_key(inner)].colour
    also = " ".join(str(s["uid"]) for s in covering if s is not inner)
    return Markup(
        '<mark class="statement sp-{}" data-statement="{}" data-also="{}" title="{}" tabindex="0">{}</mark>'
    ).format(colour, inner["uid"], also, hover_text(inner), piece)
