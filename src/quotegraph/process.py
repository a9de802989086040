"""The order of the stages, in one place: ingest → nlp → extract → resolve.

Bad articles are reported as Failures, never dropped, and never stop the batch.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.confidence import ConfidenceModel, load_confidence_model, with_confidence
from quotegraph.extraction import analyse_doc
from quotegraph.extraction.lexicon import Lexicon, load_lexicon
from quotegraph.learned import (
    ADDS_NESTED_REPORTS,
    CUTS_CUES_TO_THE_VERB,
    DEFAULT_CONVENTIONS,
    DROPS_UNCOUNTED,
    READS_PLAIN_MARKS,
    SPLITS_CONTINUATIONS,
    SpanTagger,
    check_conventions,
    learned_statements,
    nested_rule_reports,
    with_cues_as_the_conventions_write_them,
    without_non_reports_whatever_the_parse,
)
from quotegraph.limits import NO_LIMITS, ArticleLimits, TimeLimitExceeded, time_limit
from quotegraph.nlp import MAX_CHUNK_CHARS, entity_recognizer, pipeline_label, unwrap_lines, with_plain_marks
from quotegraph.records import (
    Article,
    ArticleResult,
    CharSpan,
    Failure,
    Mention,
    Provenance,
    Rejection,
    Statement,
    quotegraph_version,
)
from quotegraph.resolve import (
    NO_ALIASES,
    AliasTable,
    resolve_statements,
    with_participial_asides,
    without_the_outlets_own,
)

__all__ = ["chunk_text", "process_articles", "provenance_of"]

# Most characters parsed in one batch (a batch's Docs are alive together): two full chunks.
BATCH_CHARS = 2 * MAX_CHUNK_CHARS


@dataclass(frozen=True, slots=True)
class _Part:
    """What one chunk of an article yields: the chunk's text as the parser read it
    (quotegraph.nlp.as_read: hard-wrapped lines joined, apostrophes made plain, the same length),
    its statements, its mentions, the rules' rejections (which the learned path reads) and the
    attributions extraction set aside (whose speakers resolve/ reads as part of the discourse),
    offsets already in article terms."""

    article: Article
    read_text: str
    statements: list[Statement]
    mentions: list[Mention]
    rejections: list[Rejection]
    set_aside: list[Statement]


def process_articles(
    items: Iterable[Article | Failure],
    nlp: Language,
    *,
    lexicon: Lexicon | None = None,
    tagger: SpanTagger | None = None,
    batch_size: int = 16,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
    type_entities: bool = True,
    aliases: AliasTable = NO_ALIASES,
    limits: ArticleLimits = NO_LIMITS,
    memory_zone: bool = False,
    conventions: str = DEFAULT_CONVENTIONS,
    confidence: ConfidenceModel | None = None,
) -> Iterator[ArticleResult | Failure]:
    """Run every stage over `items`, yielding one result or Failure per input, in order.

    The caller owns `nlp`, so tests can pass a small pipeline. Articles longer than
    `max_chunk_chars` are parsed in paragraph-aligned chunks to keep memory bounded.
    `aliases` (quotegraph.resolve.load_aliases) names speakers and targets before any rule does.
    With a `tagger` (quotegraph.learned.load_span_tagger), statements come from the learned
    tagger, which takes the rules' statements as hints; the rules' mentions serve resolve/ on
    both paths. `type_entities` runs the entity recogniser on the names that need a type.
    An article over `limits` (too long, or too slow) becomes a Failure saying which.
    `conventions` (quotegraph.learned.CONVENTIONS) say which of the tagger's reports count:
    "standard" (CONVENTIONS.md) or "polnear" (as PolNeAR's annotators counted them, to score
    against PolNeAR); the rules follow CONVENTIONS.md under both, but for nesting: under PolNeAR's
    they keep only the outermost attribution, not a report nested in what a phrase cue ascribes
    (learned.ADDS_NESTED_REPORTS), and join a quotation that goes on from a quoted statement to it
    (learned.SPLITS_CONTINUATIONS), and count a passive whose parse gave it another clause's
    subject for a source, and a report in an infinitive under "whether" or "if", which PolNeAR's
    annotators counted (learned.DROPS_UNCOUNTED, handed to extraction.extract_statements as
    `standard`).
    `confidence` scores each finished statement (quotegraph.confidence) and, under the standard
    conventions, drops those under its `drop_below`; by default the shipped model of the path in
    use ("rules", or "learned" with a tagger). Under the standard conventions too, the article's
    own outlet reporting without a quotation ("Wikinews sought expert input") is no statement.

    `memory_zone` parses each batch inside spaCy's memory zone, which frees the words and
    names the batch added to `nlp`'s vocabulary (else it grows for as long as the run). Only
    for a caller that uses `nlp` for nothing else until this generator is exhausted: another
    run over the same `nlp` meanwhile, nested or interleaved, would find its strings freed.
    """
    lexicon = lexicon or load_lexicon("en")
    conventions = check_conventions(conventions)
    confidence = confidence or load_confidence_model("rules" if tagger is None else "learned")
    if conventions != DEFAULT_CONVENTIONS:
        # The probabilities and thresholds were fitted on gold annotated under the standard
        # conventions; under PolNeAR's, which count more reports, nothing is dropped by them.
        confidence = replace(confidence, drop_below=0.0)
    provenance = provenance_of(nlp, lexicon, tagger, conventions)
    run = _Run(lexicon, aliases, tagger, conventions, provenance, confidence)
    # The recogniser runs (on selected sentences only) when asked: it types names (person,
    # organisation, place) but costs about a third of the run, and chains type most names anyway.
    ner = entity_recognizer(nlp) if type_entities else None
    chunks = _chunks_of(_within_size(items, limits.max_chars), max_chunk_chars)
    clock = _ArticleClock(limits.timeout_s)
    parts: list[_Part] = []
    failed = False  # the current article already gave its one Failure: skip its other chunks
    zone = _memory_zone if memory_zone else _no_zone
    for parsed, (article, offset, last) in _parse(chunks, nlp, batch_size, limits.timeout_s, zone):
        if article is None:  # a reader's Failure, passed through in its place
            yield parsed
            continue
        if not failed:
            part = _analyse_chunk(parsed, article, offset, lexicon=lexicon, ner=ner, clock=clock,
                                  keep_rejections=tagger is not None,
                                  nested_in_phrases=ADDS_NESTED_REPORTS[conventions],
                                  split_continuations=SPLITS_CONTINUATIONS[conventions],
                                  standard=DROPS_UNCOUNTED[conventions])
            failed = isinstance(part, Failure)
            if isinstance(part, Failure):
                yield part
            else:
                parts.append(part)
        if last:
            if not failed:
                yield _finish(parts, run, clock)
            parts, failed = [], False
            clock.reset()


def _analyse_chunk(
    parsed: Doc | Failure,
    article: Article,
    offset: int,
    *,
    lexicon: Lexicon,
    ner: object | None,
    clock: _ArticleClock,
    keep_rejections: bool,
    nested_in_phrases: bool,
    split_continuations: bool,
    standard: bool,
) -> _Part | Failure:
    """One parsed chunk's statements and mentions in article offsets, or the article's Failure.

    The rules' rejections are collected only when `keep_rejections` (a tagger will read them):
    finding them scans every token, work the rules path would throw away. `nested_in_phrases`,
    `split_continuations` and `standard`: see extraction.extract_statements.
    """
    if isinstance(parsed, Failure):
        return parsed
    rejections: list[Rejection] = []
    set_aside: list[Statement] = []
    try:
        with clock.running():
            statements, mentions = analyse_doc(
                parsed, article_id=article.id, lexicon=lexicon, ner=ner,
                rejections=rejections if keep_rejections else None, set_aside=set_aside,
                nested_in_phrases=nested_in_phrases, split_continuations=split_continuations,
                standard=standard,
            )
    except TimeLimitExceeded:
        return _failure(article, clock.over_limit_reason())
    except Exception as error:  # reported, not raised: the batch goes on
        return _failure(article, f"extraction failed: {type(error).__name__}: {error}")
    return _Part(
        article,
        parsed.text,
        [_shift(s, offset) for s in statements],
        [_shift_mention(m, offset) for m in mentions],
        [replace(r, span=r.span.shifted(offset)) for r in rejections],
        [_shift(s, offset) for s in set_aside],
    )


@dataclass(frozen=True, slots=True)
class _Run:
    """What every article of one run shares once its chunks are analysed."""

    lexicon: Lexicon
    aliases: AliasTable
    tagger: SpanTagger | None
    conventions: str
    provenance: Provenance
    confidence: ConfidenceModel


def _finish(parts: list[_Part], run: _Run, clock: _ArticleClock) -> ArticleResult | Failure:
    """One article's result from its chunks: the learned statements if there is a tagger, resolved.

    resolve/ reads the article as the parser did, so that a phrase broken across hard-wrapped
    lines reads as one ("cautiously\noptimistic") and a name is spelt as its mention is. The
    learned path reads it unwrapped, under the standard conventions with every quotation mark and
    apostrophe plain (learned.READS_PLAIN_MARKS), so that “…” and "…" give the same statements;
    under PolNeAR's with its marks as written, as in the text the tagger was trained on. The
    result keeps the article as written.
    """
    article = parts[0].article
    read = _as_read(article, parts)
    statements = [s for part in parts for s in part.statements]
    mentions = [m for part in parts for m in part.mentions]
    rejections = [r for part in parts for r in part.rejections]
    set_aside = [s for part in parts for s in part.set_aside]
    rules = statements  # with the confidence extraction gave them: the route each was found by
    try:
        with clock.running():
            nested: list[Statement] = []
            if run.tagger is not None:
                plain = READS_PLAIN_MARKS[run.conventions]
                tagged = _with_plain_marks(article) if plain else _unwrapped(article)
                statements = learned_statements(
                    tagged, run.tagger, rules=rules, mentions=mentions,
                    lemma_of_cue=run.lexicon.lemma_of_cue, belief_lemmas=run.lexicon.belief_lemmas(),
                    clause_lemmas=run.lexicon.clause_lemmas(), voting_lemmas=run.lexicon.voting_lemmas(),
                    that_clause_lemmas=run.lexicon.that_clause_lemmas(),
                    rejections=rejections, conventions=run.conventions,
                )
                if ADDS_NESTED_REPORTS[run.conventions]:
                    nested = _nested_reports(statements, rules, article.text, run)
            elif CUTS_CUES_TO_THE_VERB[run.conventions]:
                statements = _rule_cues_cut_to_the_verb(statements, article.text, run.lexicon)
                statements = without_non_reports_whatever_the_parse(
                    statements, article.text, run.conventions, belief_lemmas=run.lexicon.belief_lemmas()
                )
    except TimeLimitExceeded:
        return _failure(article, clock.over_limit_reason())
    except Exception as error:  # reported, not raised: the batch goes on
        return _failure(article, f"span tagger failed: {type(error).__name__}: {error}")
    try:
        with clock.running():
            # What extraction set aside ("Smith offered flights") is resolved too, and dropped:
            # a statement filter must not take its subject out of the pronouns' history.
            resolved = resolve_statements(
                read, statements, mentions, aliases=run.aliases, set_aside=set_aside
            )
            if nested:
                resolved = _with_nested(
                    read, statements, resolved, nested, mentions, aliases=run.aliases, set_aside=set_aside
                )
            resolved = with_confidence(resolved, read.text, run.confidence, rules=rules,
                                       belief_lemmas=run.lexicon.belief_lemmas())
            if run.conventions == DEFAULT_CONVENTIONS:
                # PolNeAR's guidelines count the author's own reports ("I think he is lying").
                resolved = without_the_outlets_own(resolved, read)
                # PolNeAR's annotators leave a participial aside out of the source; ours keep it.
                resolved = with_participial_asides(resolved, read.text)
    except TimeLimitExceeded:
        return _failure(article, clock.over_limit_reason())
    except Exception as error:  # reported, not raised: the batch goes on
        return _failure(article, f"speaker resolution failed: {type(error).__name__}: {error}")
    return ArticleResult(article, tuple(resolved), tuple(mentions), run.provenance)


def _rule_cues_cut_to_the_verb(statements: list[Statement], text: str, lexicon: Lexicon) -> list[Statement]:
    """The rules' `statements`, each cue cut to its verb as the standard conventions write it
    ("has also said" -> "said", "stated:" -> "stated"), as the learned path cuts its own
    (learned.with_cues_as_the_conventions_write_them). Each keeps the lemma the parser gave its
    verb, which the cut keeps."""
    return with_cues_as_the_conventions_write_them(statements, text, lexicon.lemma_of_cue, read_lemmas=False)


def _nested_reports(
    learned: list[Statement], rules: list[Statement], text: str, run: _Run
) -> list[Statement]:
    """The rule statements nested in a phrase's attribution that the learned path adds
    (learned.nested_rule_reports), their cues written as the learned ones are: cut to the verb
    under the conventions that cut them ("the rebels [are backed] by Iran" -> "backed"), as
    learned_statements cut the learned ones before these were chosen."""
    nested = nested_rule_reports(learned, rules, run.lexicon.phrase_lemmas())
    if CUTS_CUES_TO_THE_VERB[run.conventions]:
        nested = _rule_cues_cut_to_the_verb(nested, text, run.lexicon)
    return nested


def _with_nested(
    read: Article, statements: list[Statement], resolved: list[Statement], nested: list[Statement],
    mentions: list[Mention], *, aliases: AliasTable, set_aside: list[Statement],
) -> list[Statement]:
    """`resolved` (the learned `statements`, resolved) and the rule statements nested in a
    phrase's attribution (learned.nested_rule_reports), these resolved together with the learned
    ones, which keep the speakers they had without them: a speaker is read off those before it."""
    among = resolve_statements(read, [*statements, *nested], mentions, aliases=aliases, set_aside=set_aside)
    added = [s for s in among if any(_same_statement(s, n) for n in nested)]
    return sorted([*resolved, *added], key=lambda s: (s.start, s.cue.start if s.cue else 0))


def _same_statement(a: Statement, b: Statement) -> bool:
    """Whether two statements are one, before and after resolution (which sets no span of these)."""
    return a.content == b.content and a.cue == b.cue


def _unwrapped(article: Article) -> Article:
    """`article` with its hard-wrapped lines joined (quotegraph.nlp.unwrap_lines), marks as written."""
    text = unwrap_lines(article.text)
    return article if text == article.text else replace(article, text=text)


def _with_plain_marks(article: Article) -> Article:
    """`article` unwrapped with plain quotation marks and apostrophes (quotegraph.nlp.with_plain_marks)."""
    text = with_plain_marks(article.text)
    return article if text == article.text else replace(article, text=text)


def _as_read(article: Article, parts: list[_Part]) -> Article:
    """`article` with the text its chunks' parses read: one character for one, so every offset holds."""
    read_text = "".join(part.read_text for part in parts)
    if read_text == article.text or len(read_text) != len(article.text):
        return article
    return replace(article, text=read_text)


def provenance_of(
    nlp: Language, lexicon: Lexicon, tagger: SpanTagger | None, conventions: str = DEFAULT_CONVENTIONS
) -> Provenance:
    """What a run with these collaborators records with each result.

    The extractor is "rules" or "learned <digest>", with ", polnear conventions" when the run
    counted reports as PolNeAR does, on either path: under PolNeAR's the rules path writes its
    cues as found (not cut to the verb), keeps no report nested in a phrase's attribution and
    joins continuations, so a store that holds both kinds of run can tell them apart.
    """
    extractor = "rules" if tagger is None else f"learned {tagger.digest}"
    if conventions != DEFAULT_CONVENTIONS:
        extractor += f", {conventions} conventions"
    return Provenance(quotegraph_version(), extractor, lexicon.digest, pipeline_label(nlp))


def _failure(article: Article, reason: str) -> Failure:
    return Failure(article.origin or article.id, reason, article.id)


class _ArticleClock:
    """Time one article has spent in extraction and resolution, against its time limit."""

    def __init__(self, timeout_s: float | None) -> None:
        self.timeout_s = timeout_s
        self.spent = 0.0

    def reset(self) -> None:
        self.spent = 0.0

    @contextmanager
    def running(self) -> Iterator[None]:
        started = time.monotonic()
        remaining = None if self.timeout_s is None else self.timeout_s - self.spent
        try:
            with time_limit(remaining):
                yield
        finally:
            self.spent += time.monotonic() - started

    def over_limit_reason(self) -> str:
        return _over_time(self.timeout_s)


def _over_time(timeout_s: float | None) -> str:
    return f"took longer than the time limit of {timeout_s:g} s per article"


def _within_size(items: Iterable[Article | Failure], max_chars: int | None) -> Iterator[Article | Failure]:
    """`items`, with each article longer than `max_chars` replaced by its Failure."""
    for item in items:
        if isinstance(item, Article) and max_chars is not None and len(item.text) > max_chars:
            yield _failure(
                item, f"too long: {len(item.text):,} characters, over the limit of {max_chars:,} per article"
            )
        else:
            yield item


def _parse(chunks, nlp, batch_size, timeout_s, zone):  # type: ignore[no-untyped-def]
    """(Doc or Failure, context) pairs; Failures pass through without parsing."""
    pending: list[tuple[str, tuple[Article | None, int, bool]]] = []
    pending_chars = 0
    for text, context in chunks:
        if isinstance(text, Failure):
            yield from _pipe(pending, nlp, batch_size, timeout_s, zone)
            pending, pending_chars = [], 0
            yield text, context
            continue
        pending.append((text, context))
        pending_chars += len(text)
        # A batch is bounded in characters as well as in texts: the chunks of one long article
        # would otherwise be parsed together, all their Docs alive at once (5 GB for 1.4 MB).
        if len(pending) >= batch_size or pending_chars >= BATCH_CHARS:
            yield from _pipe(pending, nlp, batch_size, timeout_s, zone)
            pending, pending_chars = [], 0
    yield from _pipe(pending, nlp, batch_size, timeout_s, zone)


def _pipe(pending, nlp, batch_size, timeout_s, zone):  # type: ignore[no-untyped-def]
    """Parse a batch; if it fails or overruns, parse its chunks one by one to find the culprit."""
    if not pending:
        return
    # The caller analyses each Doc before asking for the next, so the batch's Docs are done with
    # when the zone closes.
    with zone(nlp):
        try:
            with time_limit(None if timeout_s is None else timeout_s * len(pending)):
                parsed = list(nlp.pipe(pending, as_tuples=True, batch_size=batch_size))
        except (Exception, TimeLimitExceeded):  # each chunk gets its own verdict below
            parsed = [_parse_alone(text, context, nlp, timeout_s) for text, context in pending]
        yield from parsed


def _no_zone(nlp: Language) -> AbstractContextManager[object]:
    return nullcontext()


def _memory_zone(nlp: Language) -> AbstractContextManager[object]:
    """spaCy's memory zone (strings and lexemes added inside are freed at its end), if it has one."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def _parse_alone(text, context, nlp, timeout_s):  # type: ignore[no-untyped-def]
    article = context[0]
    try:
        with time_limit(timeout_s):
            return nlp(text), context
    except TimeLimitExceeded:
        return _failure(article, _over_time(timeout_s)), context
    except Exception as error:  # reported, not raised: the batch goes on
        return _failure(article, f"parsing failed: {type(error).__name__}: {error}"), context


def _chunks_of(items: Iterable[Article | Failure], max_chars: int):  # type: ignore[no-untyped-def]
    for item in items:
        if isinstance(item, Failure):
            yield item, (None, 0, True)
            continue
        pieces = chunk_text(item.text, max_chars)
        for k, (offset, piece) in enumerate(pieces):
            yield piece, (item, offset, k == len(pieces) - 1)


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut at paragraph (else line, else space) breaks."""
    if len(text) <= max_chars:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(statement: Statement, offset: int) -> Statement:
    if not offset:
        return statement
    return replace(
        statement,
        content=tuple(p.shifted(offset) for p in statement.content),
        cue=statement.cue.shifted(offset) if statement.cue else None,
        source=statement.source.shifted(offset) if statement.source else None,
        continued_source=statement.continued_source.shifted(offset) if statement.continued_source else None,
    )


def _shift_mention(mention: Mention, offset: int) -> Mention:
    if not offset:
        return mention
    def moved(span: CharSpan | None) -> CharSpan | None:
        return span.shifted(offset) if span is not None else None

    return replace(
        mention,
        span=mention.span.shifted(offset),
        head=mention.head.shifted(offset),
        governor=moved(mention.governor),
        appositive=moved(mention.appositive),
        premodifier=moved(mention.premodifier),
    )
