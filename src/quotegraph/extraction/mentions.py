"""Mentions of possible speakers and targets, as records for resolve/.

Names are runs of proper nouns (name_runs.py: joined across hyphens and name particles such as
"von der"); pronouns, subject noun phrases and the nouns relative pronouns stand for complete the list.
The entity recogniser is costly (run over whole articles it takes as long as the tagger and
parser together), so it only reads the names, with a few tokens of context, of the sentences
that hold a statement's source (and the two before a source that names nobody, where what it
takes up is named) and of the first sentence naming each name found inside a statement's content
(its targets) that those did not label. resolve/ spreads a name's label
to its other mentions and guesses the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any, cast

from spacy.attrs import DEP, NORM, TAG
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from quotegraph.extraction.name_runs import (
    COMMON_NOUN_TAGS,
    NAME_TAGS,
    NICKNAME_QUOTES,
    capitalised_common_nouns,
    name_runs,
)
from quotegraph.extraction.spans import positions_where, sentence_starts
from quotegraph.records import CharSpan, Mention, MentionKind, Statement

PRONOUNS = frozenset(
    "i me my mine we us our ours you your he him his she her hers it its they them their theirs".split()
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det"})
# Labels that make a word in capitals the tagger took for a common noun a name ("IKEA" ORG);
# "CEO" or "DNA" get none.
CAPITALISED_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT"})
# The recogniser's own tok2vec (4 layers of window 1) sees 4 tokens either side of a word.
NER_CONTEXT = 4
_PARAGRAPH_BREAK = re.compile(r"\n(?=[^\n])")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def find_mentions(doc: Doc, statements: Sequence[Statement], *, ner: Any | None = None) -> list[Mention]:
    """Names, pronouns and subject noun phrases, in text order.

    Args:
        doc: the parsed article.
        statements: its statements; the sentences holding their sources get entity labels.
        ner: spaCy's entity recogniser, run only on the names that need it (or None).
    """
    names = list(name_runs(doc))
    sentences = _sentences_to_label(doc, names, statements) if ner is not None else []
    windows = _windows_to_label(names, sentences)
    entities = _entities(doc, windows, ner) if ner is not None else []
    capitals, capital_windows = _capitalised_names(doc, names, ner) if ner is not None else ([], [])
    entities += capitals
    names = sorted([*names, *((start, start) for start, _, _ in capitals)])
    labels = {i: label for start, end, label in entities for i in range(start, end)}
    names = _joined_by_entities(names, entities, _spaced_dashes(doc))
    context = _Context(doc, labels, _recognised_tokens(doc, [*windows, *capital_windows]))
    mentions = [context.mention(first, last, MentionKind.NAME) for first, last in names]
    in_names = {i for first, last in names for i in range(first, last + 1)}
    antecedents = _relative_antecedents(doc)
    candidates = {*positions_where(doc, TAG, ("PRP", "PRP$")), *positions_where(doc, DEP, SUBJECT_DEPS)}
    for i in sorted((candidates | antecedents) - in_names):
        token = doc[i]
        if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            mentions.append(context.mention(token.i, token.i, MentionKind.PRONOUN))
        elif token.tag_ in COMMON_NOUN_TAGS and (token.dep_ in SUBJECT_DEPS or i in antecedents):
            left = min([token.i, *(t.i for t in token.lefts if t.dep_ in PREMODIFIER_DEPS | {"nummod"})])
            mentions.append(context.mention(left, token.i, MentionKind.NOMINAL))
    return sorted(mentions, key=lambda m: m.span)


def _capitalised_names(
    doc: Doc, names: list[tuple[int, int]], ner: Any
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Words in capitals the tagger took for common nouns ("IKEA will close 30 stores") that the
    recogniser labels a name, as entities that start on them; and the windows it read for them.

    The recogniser reads these words apart from the name runs, so that the runs' own windows,
    and with them their labels, stay as they were."""
    in_runs = {i for first, last in names for i in range(first, last + 1)}
    words = [(i, i) for i in capitalised_common_nouns(doc) if i not in in_runs]
    if not words:
        return [], []
    windows = _windows_to_label(words, [_sentence_of(doc, i) for i, _ in words])
    found = [
        (start, end, label)
        for start, end, label in _entities(doc, windows, ner)
        if label in CAPITALISED_NAME_LABELS and (start, start) in words
    ]
    return found, windows


def _sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    sentence = doc[i].sent
    return sentence.start, sentence.end


def _relative_antecedents(doc: Doc) -> set[int]:
    """Nouns a relative pronoun subject stands for ("reporters [who] want…"): resolve/ reads
    the speaker of a source "who" from them."""
    found = set()
    for i in positions_where(doc, DEP, ("relcl",)):
        verb = doc[i]
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
            found.add(verb.head.i)
    return found


def _sentences_to_label(
    doc: Doc, names: list[tuple[int, int]], statements: Sequence[Statement]
) -> list[tuple[int, int]]:
    """[start, end) token bounds of the sentences holding a source, and of the first sentence
    naming each not yet labelled target name, in text order."""
    starts = sentence_starts(doc)

    def sentence_of(i: int) -> tuple[int, int]:
        k = bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)

    wanted: set[tuple[int, int]] = set()
    for statement in statements:
        if statement.source is not None:
            span = doc.char_span(statement.source.start, statement.source.end, alignment_mode="expand")
            if span is not None:
                wanted.add(sentence_of(span.start))
                wanted |= _antecedent_sentences(span, starts, sentence_of)
    name_words = positions_where(doc, TAG, NAME_TAGS)

    def words_in(sentence: tuple[int, int]) -> set[str]:
        first = bisect_right(name_words, sentence[0] - 1)
        last = bisect_right(name_words, sentence[1] - 1)
        return {doc[i].text.casefold() for i in name_words[first:last]}

    labelled = set().union(*(words_in(sentence) for sentence in wanted))
    contents = [part for statement in statements for part in statement.content]
    for first, _ in names:
        key = doc[first].text.casefold()
        at = doc[first].idx
        # Names inside contents are the targets; other names resolve/ can type by their chain.
        if key not in labelled and any(part.start <= at < part.end for part in contents):
            sentence = sentence_of(first)
            labelled |= words_in(sentence)
            wanted.add(sentence)
    return sorted(wanted)


def _antecedent_sentences(
    source: Span, starts: list[int], sentence_of: Callable[[int], tuple[int, int]]
) -> set[tuple[int, int]]:
    """The two sentences before a source that names nobody ("The group said", "It said"): the
    body it takes up is named there, and resolve/ types it by the recogniser's label ("Hamas
    fired rockets. The group said…" is an organisation's, not a person's)."""
    if any(token.tag_ in NAME_TAGS for token in source):
        return set()
    first, _ = sentence_of(source.start)
    k = bisect_right(starts, first) - 1
    return {sentence_of(starts[j]) for j in range(max(0, k - 2), k)}


def _windows_to_label(
    names: list[tuple[int, int]], sentences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token ranges [start, end) the recogniser reads: each name of `sentences` with its context.

    A name's label depends on the few tokens around it (the recogniser's own tok2vec sees
    NER_CONTEXT tokens either side), so the rest of the sentence need not be run: on PolNeAR
    dev this labels 99.5 % of name tokens as whole sentences do, for a third of the work.
    Windows stay inside their sentence and overlapping ones are merged.
    """
    bounds = sentences
    windows: list[tuple[int, int]] = []
    k = 0
    for first, last in names:
        while k < len(bounds) and bounds[k][1] <= first:
            k += 1
        if k == len(bounds):
            break
        start, end = bounds[k]
        if first < start:
            continue
        window = (max(start, first - NER_CONTEXT), min(end, last + 1 + NER_CONTEXT))
        if windows and window[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], window[1]))
        else:
            windows.append(window)
    return windows


def _joined_by_entities(
    names: list[tuple[int, int]], entities: list[tuple[int, int, str]], dashes: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Name runs, with runs that one recognised entity spans joined into one.

    A run of proper nouns stops at "of", "and", "for", "'s" or "/", which organisation names
    hold ("International Association of Machinists and Aerospace Workers", "Office for Budget
    Responsibility"); the recogniser reads such a name whole. Two people joined by "and" stay
    apart: the recogniser gives each an entity of their own. Nor does an entity join runs
    across a dash set between spaces (token positions in `dashes`): "Deborah Jordan Reynolds -
    Santilli's girlfriend", a dateline's "RANGOON, Burma - Aung San Suu Kyi's allies"; a hyphen
    inside a name has no space beside it ("Ocasio-Cortez").
    """
    entity_of = {i: (start, end) for start, end, _ in entities for i in range(start, end)}
    joined: list[tuple[int, int]] = []
    for first, last in names:
        entity = entity_of.get(first)
        dashed = bool(joined) and any(i in dashes for i in range(joined[-1][1] + 1, first))
        if joined and entity is not None and entity == entity_of.get(joined[-1][1]) and not dashed:
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _spaced_dashes(doc: Doc) -> frozenset[int]:
    """Positions of dashes with a space either side: punctuation between phrases, no hyphen."""
    return frozenset(
        t.i for t in doc if t.text in _DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
    )


def _entities(doc: Doc, windows: list[tuple[int, int]], ner: Any) -> list[tuple[int, int, str]]:
    """(start, end, label) token ranges of entities, from `ner` run on the token `windows` of `doc` alone.

    The windows become one small Doc, each window a sentence of its own (the recogniser never
    lets an entity cross a sentence start); entities map back by token position.
    """
    if doc.has_annotation("ENT_IOB"):  # a full pipeline already ran the recogniser
        return [(ent.start, ent.end, ent.label_) for ent in doc.ents]
    if not windows:
        return []
    positions = [i for start, end in windows for i in range(start, end)]
    starts = {start for start, _ in windows}
    tokens = [doc[i] for i in positions]
    excerpt = Doc(
        doc.vocab,
        words=[token.text for token in tokens],
        spaces=[bool(token.whitespace_) for token in tokens],
        sent_starts=[i in starts for i in positions],
    )
    # Tokenizer exceptions set norms ("’s" → "'s") that the recogniser's features read.
    excerpt.from_array([NORM], cast(Ints2d, doc.to_array([NORM])[positions]))
    [labelled] = ner.pipe([excerpt])
    return [(positions[ent.start], positions[ent.end - 1] + 1, ent.label_) for ent in labelled.ents]


def _recognised_tokens(doc: Doc, windows: list[tuple[int, int]]) -> range | set[int]:
    if doc.has_annotation("ENT_IOB"):
        return range(len(doc))
    return {i for start, end in windows for i in range(start, end)}


class _Context:
    """What building a Mention needs once per article: labels, sentence and paragraph starts."""

    def __init__(self, doc: Doc, labels: dict[int, str], recognised: range | set[int]) -> None:
        self.doc = doc
        self.labels = labels
        self.recognised = recognised
        self.sentence_starts = sentence_starts(doc)
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        self.paragraph_starts = _paragraph_starts(self.text)
        self.quoted = [CharSpan(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        self._quote_starts = [q.start for q in self.quoted]

    def _in_quote(self, span: CharSpan) -> bool:
        # Matches of one regex never overlap: only the last quote starting before can hold it.
        k = bisect_right(self._quote_starts, span.start) - 1
        return k >= 0 and self.quoted[k].contains(span)

    def mention(self, first: int, last: int, kind: MentionKind) -> Mention:
        doc = self.doc
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        head = _head_of(doc[first : last + 1])
        span = CharSpan(start, end)
        return Mention(
            span=span,
            text=self.text[start:end],
            kind=kind,
            head=_char_span(head),
            sentence=max(bisect_right(self.sentence_starts, first) - 1, 0),
            paragraph=bisect_right(self.paragraph_starts, start) - 1,
            entity_label=self.labels.get(head.i) or self.labels.get(last),
            recognised=head.i in self.recognised,
            is_subject=_is_subject(head),
            in_quote=self._in_quote(span),
            dep=head.dep_,
            governor=_char_span(head.head) if head.head.i != head.i else None,
            appositive=_appositive(head),
            premodifier=_premodifier(doc, first, head),
        )


def _head_of(span: Span) -> Token:
    """The token of `span` whose head lies outside it (its syntactic head), else the last one."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span[-1]


def _char_span(token: Token) -> CharSpan:
    return CharSpan(token.idx, token.idx + len(token.text))


def _is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECT_DEPS or (token.dep_ == "compound" and token.head.dep_ in SUBJECT_DEPS)


def _appositive(head: Token) -> CharSpan | None:
    """ "Mark Rutte, [NATO's secretary-general]": the appositive of the mention's head, if any.

    An age ("Mick Lynch, 62, the union's leader") is no appositive that describes the person.
    """
    for child in head.rights:
        if child.dep_ == "appos" and not _is_age(child) and not _opens_quotation(head, child):
            if _subject_of_next_verb(head, child):
                return None
            tokens = [t for t in child.subtree if t.dep_ != "punct" or t.i < child.right_edge.i]
            return CharSpan(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return None


def _subject_of_next_verb(head: Token, appositive: Token) -> bool:
    """ "In an interview with hosts Joe Scarborough and Mika Brzezinski, [the Democratic presidential
    candidate] stated …": a finite verb right after what the parser took for an apposition, a verb
    the name is not the subject of, makes it that verb's subject, a person of its own. "Bill
    Hammons, 2020 presidential nominee …, spoke" keeps its apposition: the name is the subject."""
    after = appositive.right_edge.i + 1
    if after >= len(appositive.doc):
        return False
    verb = appositive.doc[after]
    # a name in apposition ("Mr. Putin, Mr. Trump was pressed") still names the subject
    if appositive.tag_ not in ("NN", "NNS") or verb.tag_ not in FINITE_TAGS or verb in appositive.subtree:
        return False
    return not (head.dep_ in SUBJECT_DEPS and head.head in (verb, verb.head))


def _opens_quotation(head: Token, appositive: Token) -> bool:
    """ 'says Hammons, "and the four new Justices …"': a quotation that opens between a name and
    what the parser attached to it goes on with the speaker's words, which describe nobody."""
    between = head.doc[head.i + 1 : appositive.left_edge.i + 1]
    return any(t.is_quote or t.text in NICKNAME_QUOTES for t in between)


def _is_age(token: Token) -> bool:
    """ "62", "aged 62", "62-year-old": a number with at most an age word."""
    words = [t for t in token.subtree if not t.is_punct]
    return any(t.like_num for t in words) and all(
        t.like_num or t.lower_ in ("aged", "age", "year", "years", "old", "-") for t in words
    )


def _premodifier(doc: Doc, first: int, head: Token) -> CharSpan | None:
    """ "[Ukrainian President] Volodymyr Zelenskyy": modifiers of the head left of the mention."""
    lefts = [
        t
        for t in head.lefts
        if t.i < first and t.dep_ in PREMODIFIER_DEPS and t.lower_ not in ("the", "a", "an")
    ]
    if not lefts:
        return None
    start = min(t.left_edge.i for t in lefts)
    while start < first and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return CharSpan(doc[start].idx, doc[first - 1].idx + len(doc[first - 1].text)) if start < first else None


def _paragraph_starts(text: str) -> list[int]:
    """Offsets of 0 and of every character that follows a line break and is not one itself."""
    return [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
