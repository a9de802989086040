"""Mentions of possible speakers and targets, as records for resolve/."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.records import CharSpan, Mention, MentionKind, Statement

PRONOUNS = frozenset(
    "i me my mine we us our ours you your he him his she her hers it its they them their theirs".split()
)
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def find_mentions(doc: Doc, statements: list[Statement], *, ner: object | None = None) -> list[Mention]:
    """Names, pronouns and subject noun phrases, in text order."""
    labels = _entity_labels(doc, ner) if ner is not None else {}
    paragraph_starts = _paragraph_starts(doc.text)  # read once: spaCy rebuilds it per access
    mentions: list[Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.tag_ in NAME_TAGS:
            j = i
            while j + 1 < len(doc) and doc[j + 1].tag_ in NAME_TAGS and doc[j + 1].whitespace_ is not None:
                j += 1
            mentions.append(_mention(doc, i, j, MentionKind.NAME, labels, paragraph_starts))
            i = j + 1
            continue
        if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            mentions.append(_mention(doc, i, i, MentionKind.PRONOUN, labels, paragraph_starts))
        elif token.dep_ in SUBJECT_DEPS and token.tag_ in ("NN", "NNS"):
            left = min(t.i for t in token.subtree if (t.i <= token.i and t.dep_ in ("det", "amod", "compound", "poss", "nummod")) or t.i == token.i)
            mentions.append(_mention(doc, left, token.i, MentionKind.NOMINAL, labels, paragraph_starts))
        i += 1
    return mentions


def _mention(doc: Doc, first: int, last: int, kind: MentionKind, labels: dict[int, str], paragraph_starts: list[int]) -> Mention:
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    head = doc[last]
    from bisect import bisect_right

    return Mention(
        span=CharSpan(start, end),
        text=str(doc[first : last + 1].text),
        kind=kind,
        head=CharSpan(head.idx, head.idx + len(head.text)),
        sentence=_sentence_index(doc, first),
        paragraph=bisect_right(paragraph_starts, start) - 1,
        entity_label=labels.get(last),
        is_subject=_is_subject(head),
    )


def _is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS or (token.dep_ == "compound" and token.head.dep_ in SUBJECT_DEPS)


def _sentence_index(doc: Doc, i: int) -> int:
    from bisect import bisect_right

    starts = doc.user_data.get("quotegraph_sentence_starts")
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data["quotegraph_sentence_starts"] = starts
    return max(bisect_right(starts, i) - 1, 0)


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for k, char in enumerate(text):
        if char == "\n" and k + 1 < len(text) and text[k + 1] != "\n":
            starts.append(k + 1)
    return starts


def _entity_labels(doc: Doc, ner: object) -> dict[int, str]:
    """Entity label per token index, from the doc's own entities or by running `ner`."""
    if not doc.ents and callable(ner):
        doc = ner(doc)
    return {token.i: ent.label_ for ent in doc.ents for token in ent}
