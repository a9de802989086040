"""What a finished statement looks like, as the features the calibrated confidence reads.

Every feature is a general property of the statement and its article (how extraction found
it, its type, the class of its cue, quotation marks, length, the kind of its source and
speaker, agreement between the two extraction paths): never a word, name or article of the
gold it was fitted on. Standard library only.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from quotegraph.records import CharSpan, Statement

__all__ = ["ROUTES", "route_of", "statement_features"]

# The fixed per-route confidence extraction gives each rule statement (extraction/__init__.py
# _CONFIDENCE, extraction/patterns.py) names how it was found; routes sharing a value read as one.
ROUTES = {0.85: "quote", 0.8: "parse", 0.75: "aside", 0.6: "loose", 0.5: "colon line", 0.4: "no source"}

_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019'"
_OPENING = "\"\u201c\u00ab\u201e\u2018'( "
_SENTENCE_END = ".!?"
_NEUTRAL_CUES = frozenset({"say", "tell"})
_LAYOUT_CUES = frozenset({":", "―", "—", "-"})
_PRONOUNS = frozenset(
    "i me we us you he him she her it they them this that these those who which one".split()
)
_DETERMINERS = frozenset("the a an this that these those its his her their our some many several".split())
_ACT_GROUPS = {
    "state": "state", "claim": "state", "belief": "attitude", "intention": "attitude", "ask": "ask",
}


def statement_features(
    statement: Statement,
    text: str,
    *,
    among: Sequence[Statement],
    rules: Sequence[Statement],
    belief_lemmas: Collection[str] = (),
) -> dict[str, float]:
    """The features of `statement` (a finished one, resolved) in `text`, by name.

    `among` are the statements of its article that the run returns; `rules` the rules' own
    statements, still carrying the confidence extraction gave them (for the rules path, the
    statements before resolution; for the learned path, the rules' statements it read as hints).
    `belief_lemmas` are the lexicon's belief cues (cue_classes.tsv).
    """
    content = _content_text(statement, text)
    words = len(content.split())
    features = {
        f"route={route_of(statement, rules)}": 1.0,
        f"type={statement.kind.value}": 1.0,
        f"cue={_cue_class(statement.cue_lemma, belief_lemmas)}": 1.0,
        f"act={_ACT_GROUPS.get(statement.act or '', 'other' if statement.act else 'none')}": 1.0,
        f"source={_source_kind(statement, text)}": 1.0,
        f"speaker={statement.speaker_kind.value if statement.speaker_kind else 'none'}": 1.0,
        "content words (log)": math.log1p(words),
        "content under 4 words": float(words < 4),
        "quotation marks in content": float(any(mark in content for mark in _QUOTE_MARKS)),
        "question mark in content": float("?" in content),
        "speaker unresolved": float(statement.speaker is None),
        "negated": float(statement.negated),
        "starts a sentence": float(_starts_sentence(text, statement.content[0].start)),
        "ends a sentence": float(_ends_sentence(text, statement.content[-1].end)),
        "cue inside quotation marks": float(
            statement.cue is not None and _inside_quotation(text, statement.cue.start)
        ),
        "cue in present tense": float(_present_tense(statement, text)),
        "first paragraph": float(statement.paragraph == 0),
        "rules give the same content": float(any(r.content == statement.content for r in rules)),
        "other statements on the content": float(min(_sharing(statement, among), 3)),
    }
    return {name: value for name, value in features.items() if value}


def route_of(statement: Statement, rules: Sequence[Statement]) -> str:
    """How the rules found `statement`'s content: the route of the rule statement with the same
    content, else of the one overlapping it most, else "none" (a content the rules did not find)."""
    same = [r for r in rules if r.content == statement.content]
    if same:
        return _route(same[0].confidence)
    overlapping = [(_overlap(r.content, statement.content), r) for r in rules]
    best = max(overlapping, key=lambda pair: pair[0], default=(0, None))
    return _route(best[1].confidence) if best[1] is not None and best[0] > 0 else "none"


def _route(confidence: float) -> str:
    return ROUTES.get(round(confidence, 2), "other")


def _overlap(first: Sequence[CharSpan], second: Sequence[CharSpan]) -> int:
    return sum(max(0, min(a.end, b.end) - max(a.start, b.start)) for a in first for b in second)


def _sharing(statement: Statement, among: Sequence[Statement]) -> int:
    """How many other statements of the article overlap `statement`'s content."""
    return sum(
        1 for other in among
        if other is not statement and _overlap(other.content, statement.content) > 0
    )


def _content_text(statement: Statement, text: str) -> str:
    return " ".join(part.text_of(text) for part in statement.content)


def _cue_class(lemma: str | None, belief_lemmas: Collection[str]) -> str:
    """"say" (say, tell: neutral), "belief" (cue_classes.tsv), "layout" (a colon or dash before a
    name), "phrase" (several words: "according to"), "verb" (any other), "none" (no cue)."""
    if not lemma:
        return "none"
    if lemma in _NEUTRAL_CUES:
        return "say"
    if lemma in belief_lemmas:
        return "belief"
    if lemma in _LAYOUT_CUES:
        return "layout"
    return "phrase" if " " in lemma or "_" in lemma else "verb"


def _source_kind(statement: Statement, text: str) -> str:
    """"none", "pronoun" ("she"), "name" ("Mark Rutte", "the Kremlin") or "description"
    ("a senior official", "the ministry"). A quotation that goes on from the statement before
    ("“A,” he said. “B.”") is read by the source it goes on from, which names its speaker."""
    source = statement.speaker_source
    if source is None:
        return "none"
    words = source.text_of(text).split()
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    named = [w for w in words if w.lower() not in _DETERMINERS]
    return "name" if named and all(w[:1].isupper() for w in named[:2]) else "description"


def _starts_sentence(text: str, start: int) -> bool:
    """Whether only opening marks and spaces lie between a sentence end (or the text's start) and `start`."""
    at = start
    while at > 0 and text[at - 1] in _OPENING:
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_END + "\n:"


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the content ends a sentence: a sentence end within it or just after it, past closing marks."""
    tail = text[max(end - 3, 0) : end + 3]
    stripped = tail.strip(_QUOTE_MARKS + " ")
    return (
        end >= len(text.rstrip())
        or any(mark in stripped for mark in _SENTENCE_END)
        or "\n" in text[end : end + 2]
    )


def _inside_quotation(text: str, at: int) -> bool:
    """Whether an odd number of quotation marks opens before `at` in its paragraph."""
    before = text[text.rfind("\n\n", 0, at) + 1 : at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _present_tense(statement: Statement, text: str) -> bool:
    """Whether the cue is a present-tense verb ("says", "tells"), as in a headline or lede."""
    if statement.cue is None:
        return False
    word = statement.cue.text_of(text).split()[0].lower() if statement.cue.text_of(text).split() else ""
    return word.endswith("s") and not word.endswith("ss") and word != "was"
