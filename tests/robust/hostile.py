"""Hostile text and the invariants every result must keep, shared by the property tests and
benchmarks/fuzz.py (which imports this module), so both check the same things.

The fragments are written for these tests: realistic English quotation sentences, mixed
with what breaks naive code — control characters, unbalanced, nested and mixed quotation
marks, right-to-left and CJK scripts, emoji, zero-width characters, NBSP-only paragraphs.
"""

from __future__ import annotations

import itertools
import random

from quotegraph.records import ArticleResult, CharSpan, Failure, Statement

SPEAKERS = ("Rutte", "she", "the minister", "Dr. Amal Haddad", "a spokesman", "Zelenskyy", "they", "Li Wei")
CLAIMS = (
    "We will win",
    "the talks are over",
    "nobody knew",
    "taxes would rise next year",
    "it was “a disaster”",
    "this is not 'over'",
    "",
    "ça ne marche pas",
)
TEMPLATES = (
    "“{claim},” {speaker} said.",
    '"{claim}," {speaker} said.',
    "{speaker} said that {claim}.",
    "According to {speaker}, {claim}.",
    "“{claim},” {speaker} said, “and {claim}.”",
    "{speaker} told reporters: “{claim}.”",
    "{speaker}: “{claim}”",
    "“{claim}” — {speaker}",
    "«{claim}», {speaker} a dit.",
    "„{claim}“, sagte {speaker}.",
    "「{claim}」と{speaker}は言った。",
    "‘{claim},’ {speaker} added.",
    "{speaker} said “{claim}",
    "{claim},” {speaker} said.",
    "He said that “{claim} ‘and {claim}” ’ {speaker} said.",
    "{speaker} denied that {claim}, adding that {claim}.",
)
ODDITIES = (
    "\u00a0",  # no-break space
    "\u00a0\u00a0\u00a0\n",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e\u200f",  # left-to-right and right-to-left marks
    "\u2028",  # line separator
    "\ufeff",  # a byte-order mark in the middle of text
    "\x00",
    "\x07\x08\x1b[31m",
    "\t\r\n",
    "\n\n",
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "「", "」", "‹", "›", "''", "``",
    "“““", "”””", "«“‘'\"",
    "قال الرئيس إن المحادثات انتهت.",  # Arabic
    "אמר השר כי „השיחות הסתיימו“.",  # Hebrew
    "他说：“我们会赢。”",  # Chinese
    "彼は「勝つ」と言った。",  # Japanese
    "👍🏽", "👨‍👩‍👧", "🇳🇱", "😀" * 5,
    "e\u0301\u0301\u0301",  # combining marks piled up
    "Ⅻ ﬁ ẞ İ",  # characters whose case mappings change length
    "\U0001d400\U0001d401",  # astral-plane letters
    "-", "—", "–", ":", ";", "...", "…", "(", ")", "[", "]",
    "said", "according to", "he said", "told",
)


def realistic_sentence(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    return template.format(claim=rng.choice(CLAIMS), speaker=rng.choice(SPEAKERS))


def random_code_points(rng: random.Random, length: int) -> str:
    """Any code points but surrogates (text read from files is always valid Unicode)."""
    picked = []
    while len(picked) < length:
        point = rng.choice((rng.randrange(0x80), rng.randrange(0x3000), rng.randrange(0x110000)))
        if not 0xD800 <= point <= 0xDFFF:
            picked.append(chr(point))
    return "".join(picked)


def hostile_text(rng: random.Random, *, max_pieces: int = 12) -> str:
    """A text of realistic quotation sentences, oddities and random code points, in any mix."""
    pieces = []
    for _ in range(rng.randrange(max_pieces + 1)):
        roll = rng.random()
        if roll < 0.45:
            pieces.append(realistic_sentence(rng))
        elif roll < 0.85:
            pieces.append(rng.choice(ODDITIES))
        else:
            pieces.append(random_code_points(rng, rng.randrange(1, 20)))
    separators = (" ", "", "\n", "\n\n", "\u00a0")
    return "".join(piece + rng.choice(separators) for piece in pieces)


def statement_spans(statement: Statement) -> list[tuple[str, CharSpan]]:
    spans = [("content", part) for part in statement.content]
    spans += [("cue", statement.cue)] if statement.cue else []
    spans += [("source", statement.source)] if statement.source else []
    spans += [("target", t.mention) for t in statement.targets if t.mention is not None]
    return spans


def violations(result: ArticleResult | Failure) -> list[str]:
    """Why `result` breaks an invariant; empty when it keeps them all.

    A Failure is a violation here: for these texts it means a stage raised.
    """
    if isinstance(result, Failure):
        return [f"failure: {result.reason}"]
    text = result.article.text
    found = []
    for number, statement in enumerate(result.statements):
        if not statement.content:
            found.append(f"statement {number}: no content")
        for role, span in statement_spans(statement):
            if span.end > len(text):
                found.append(f"statement {number}: {role} {span} ends past the text ({len(text)})")
            elif not span.text_of(text).strip():
                found.append(f"statement {number}: {role} {span} covers only {span.text_of(text)!r}")
        parts = sorted(statement.content)
        for before, after in itertools.pairwise(parts):
            if before.overlaps(after):
                found.append(f"statement {number}: content parts {before} and {after} overlap")
    return found


def comparable(result: ArticleResult | Failure) -> object:
    """What must not change with batch size: statements with their speakers, or the failure."""
    if isinstance(result, Failure):
        return ("failure", result.article_id, result.reason)
    return (result.article.id, result.statements)
