#!/usr/bin/env python3
"""An experiment: would a learned reranker of speaker candidates beat the resolve/ rules?

    python benchmarks/speaker_reranker.py                       # both models, CV and dev table
    python benchmarks/speaker_reranker.py --named-only          # train without unnamed-source rows
    python benchmarks/speaker_reranker.py --weights /tmp/w.json # also write the fitted weights

For every statement the pipeline resolves, it lists the rules' speaker and the article's people,
organisations and states (resolve/chains.py referents named before the statement ends, the 12
nearest), each with general features: how the source is written (pronoun, surname, full name,
description, none), name overlap with the source, distance to the candidate's nearest mention,
its mention and subject counts, whether it spoke last or last in the paragraph, whether it is
the cue's grammatical subject, agreement with a pronoun's gender or a description's head, and
whether it is named inside the content. Each feature also appears crossed with the source's
kind. A pointwise logistic regression (numpy, L2) is fitted on the read train articles
(gold/wikinews/train.jsonl less train_heldout.txt), with both models' statements; the rules'
speaker is replaced when another candidate scores higher by a margin, and an unresolved one is
filled when the best candidate scores above a threshold. Margins are chosen by 5-fold
cross-validation grouped by article, and checked on dev. The held-out train articles and test
are never read here.

Labels compare names as score.py's canonical figure does. A statement whose gold attribution has
no speaker (an unnamed source, "officials", `speaker: null`) teaches that the rules' description
is right and no named entity is: without those rows (--named-only) the model learns to replace
descriptions by organisations nearby, and canonical recall, which counts only named gold
speakers, cannot see the harm; the table counts it as "unnamed → named".

Result (round 20, main c94f818; 838 named gold speakers in the read train articles, 626 on dev):
not wired. Trained with the unnamed-source rows (the default) the reranker changes next to
nothing: net 0 on read-train CV for both models at every margin from 0.5 up, and filling
unresolved statements above -1 gains nothing on CV (dev: rules +2, learned 0). With
--named-only, every kind at margin 1.0 finds rules +4 / learned +2 more canonical speakers on CV
(0.8222 -> 0.8270, 0.8711 -> 0.8735) and +2 / +0 on dev (0.8818 -> 0.8850, 0.9058 unchanged), all
from description sources, at the cost of 40 / 49 (CV) and 17 / 22 (dev) unnamed-source statements
("officials", "state media") given a named organisation nearby. A pairwise variant (tried outside
this script, on the features before kind_* and indefinite_source: the rules' and the best other
candidate's features, label: switching helps) lost or broke even on CV at every threshold (rules
0 to -26 statements, learned 0 to -35). The read articles hold about 40 statements where the
rules are wrong and another candidate is right, against about 850 where switching would hurt:
too few for these features to tell apart.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from quotegraph.evaluate import Units, read_attribution_file
from quotegraph.learned import load_span_tagger
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.predict import predict_documents
from quotegraph.records import CharSpan, EntityKind, Mention, MentionKind, Statement
from quotegraph.resolve import speakers as speaker_rules
from quotegraph.resolve.chains import Chains
from quotegraph.resolve.names import ROLE_HEADS, fold, surname
from quotegraph.resolve.pronouns import FEMALE, FIRST_PERSON, MALE, NEUTER, PLURAL, Said
from quotegraph.resolve.referents import Referent
from quotegraph.resolve.resolved import ANONYMOUS_HEADS, INDEFINITE, Speaker, head_word, of_referent

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "gold" / "wikinews" / "train.jsonl"
HELD_OUT_IDS = ROOT / "gold" / "wikinews" / "train_heldout.txt"
DEV = ROOT / "gold" / "wikinews" / "dev.jsonl"
MODELS = ("rules", "learned")
SOURCE_KINDS = ("pronoun", "surname", "fullname", "description", "none")
CANDIDATE_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.STATE})
DESCRIBED_KINDS = (EntityKind.ANONYMOUS, EntityKind.GROUP, EntityKind.ARTIFACT, EntityKind.UNKNOWN)
MAX_CANDIDATES = 12
FOLDS = 5
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
THRESHOLDS = (-2.0, -1.0, 0.0, 1.0)
NEVER = 99.0  # a margin or threshold no score reaches: the rules' choice stands
# Heads that describe a body, not a person: "the company said", "the ministry added".
BODY_HEADS = frozenset(
    """company firm ministry department government agency office group organisation organization
    party council committee court police army military university school board commission union
    bank club team network newspaper paper campaign administration embassy institute association
    federation league service authority authorities""".split()
)
_WORD = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------------------------
# Candidates and features
# --------------------------------------------------------------------------------------------


def name_key(name: str | None) -> tuple[str, ...]:
    """Case-, accent- and punctuation-folded words of a name, as score.py compares speakers."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    return tuple(_WORD.findall(folded))


@dataclass(frozen=True)
class Candidate:
    name: str
    features: dict[str, float]


@dataclass(frozen=True)
class Seen:
    """What the features read of one statement: its source's kind and words, where it is, and
    who spoke before it."""

    statement: Statement
    source_kind: str
    source_words: set[str]
    anchor: int  # the source's start, else the cue's, else the content's
    history: Sequence[Said]
    first_word: str  # the source's first word, folded


@dataclass
class Resolved:
    """One resolved statement: the rules' speaker and every candidate (the rules' first)."""

    rules: str | None
    candidates: list[Candidate]
    source_kind: str


class CandidateFinder:
    """The candidates of each statement of one article, in the order the rules resolve them."""

    def __init__(self, text: str, chains: Chains, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.chains = chains
        self.by_referent: dict[int, list[Mention]] = {}
        for mention in chains.names:
            referent = chains.referent_at(mention)
            if referent is not None:
                self.by_referent.setdefault(id(referent), []).append(mention)
        self.by_key = {name_key(r.name): r for r in chains.referents}
        self.name_spans = [m.span for m in mentions if m.kind is MentionKind.NAME]

    def resolved(self, statement: Statement, rules: Speaker | None, history: Sequence[Said]) -> Resolved:
        kind, words = self._source_kind(statement)
        anchor = _anchor(statement)
        written = statement.source.text_of(self.text).split() if statement.source else []
        seen = Seen(statement, kind, words, anchor, history, fold(written[0]) if written else "")
        spans = (*statement.content, *(s for s in (statement.source, statement.cue) if s is not None))
        end = max(span.end for span in spans)
        rules_key = name_key(rules.name) if rules is not None else ()

        def candidate(speaker: Speaker, referent: Referent | None, is_rules: bool) -> Candidate:
            base = self._features(speaker, referent, seen)
            base["is_rules"] = float(is_rules)
            return Candidate(speaker.name, {**base, **{f"{kind}*{k}": v for k, v in base.items()}})

        found = []
        if rules is not None:
            found.append(candidate(rules, rules.referent or self.by_key.get(rules_key), True))
        others = [
            r
            for r in self.chains.referents
            if r.kind in CANDIDATE_KINDS
            and name_key(r.name) != rules_key
            and any(m.span.start < end for m in self.by_referent.get(id(r), []))
        ]
        others.sort(key=lambda r: self._distance_before(r, anchor))
        found += [candidate(of_referent(r), r, False) for r in others[:MAX_CANDIDATES]]
        return Resolved(rules.name if rules is not None else None, found, kind)

    def _source_kind(self, statement: Statement) -> tuple[str, set[str]]:
        if statement.source is None:
            return "none", set()
        written = statement.source.text_of(self.text)
        words = set(_WORD.findall(fold(written)))
        if written.strip().casefold() in FIRST_PERSON | MALE | FEMALE | PLURAL | NEUTER:
            return "pronoun", words
        names = [s for s in self.name_spans if statement.source.contains(s)]
        if not names:
            return "description", words
        longest = max(len(s.text_of(self.text).split()) for s in names)
        return ("surname" if longest == 1 else "fullname"), words

    def _distance_before(self, referent: Referent, anchor: int) -> int:
        before = [m.span.end for m in self.by_referent.get(id(referent), []) if m.span.start < anchor]
        return anchor - max(before) if before else 10**6

    def _features(self, speaker: Speaker, referent: Referent | None, seen: Seen) -> dict[str, float]:
        statement, source_words, anchor = seen.statement, seen.source_words, seen.anchor
        key = name_key(speaker.name)
        mentions = self.by_referent.get(id(referent), []) if referent is not None else []
        before = [m for m in mentions if m.span.start < anchor]
        nearest = before[-1] if before else None
        last_name = name_key(surname(speaker.name)) if speaker.name else ()
        return {
            "bias": 1.0,
            "no_referent": float(referent is None),
            "name_overlap": len(set(key) & source_words) / len(key) if key else 0.0,
            "surname_in_source": float(bool(last_name) and set(last_name) <= source_words),
            "no_mention_before": float(nearest is None),
            "log_chars_before": math.log1p(max(0, anchor - nearest.span.end)) / 10 if nearest else 1.0,
            "sentences_before": _sentences_between(nearest, statement),
            "same_paragraph": float(nearest is not None and nearest.paragraph == statement.paragraph),
            "same_sentence": float(nearest is not None and nearest.sentence == statement.sentence),
            "log_mentions": math.log1p(len(mentions)) / 3,
            "log_mentions_before": math.log1p(len(before)) / 3,
            "subject_share": referent.subjects / referent.mentions if referent and referent.mentions else 0.0,
            "nearest_is_subject": float(nearest is not None and nearest.is_subject),
            "in_content": float(any(part.contains(m.span) for m in mentions for part in statement.content)),
            "in_source": float(
                statement.source is not None and any(statement.source.contains(m.span) for m in mentions)
            ),
            "cue_subject": float(any(_subject_of(m, statement.cue) for m in mentions)),
            "subject_in_cue_sentence": float(
                any(m.is_subject and m.sentence == statement.sentence for m in mentions)
            ),
            "lower_case": float(speaker.name[:1].islower()),
            "source_far_from_cue": _source_cue_gap(statement),
            "person": float(speaker.kind is EntityKind.PERSON),
            "organisation": float(speaker.kind is EntityKind.ORGANISATION),
            "state": float(speaker.kind is EntityKind.STATE),
            "description_speaker": float(speaker.kind not in CANDIDATE_KINDS),
            # anonymous ("officials"), group, artifact ("the statement"), unknown: gold names the
            # issuer of a document but nobody for an unnamed source.
            **{f"kind_{kind.value}": float(speaker.kind is kind) for kind in DESCRIBED_KINDS},
            "indefinite_source": float(bool(seen.first_word) and seen.first_word in INDEFINITE),
            **_history_features(key, statement, seen.history),
            **_agreement(speaker, referent, seen.source_kind, source_words),
        }


def _anchor(statement: Statement) -> int:
    if statement.source is not None:
        return statement.source.start
    return statement.cue.start if statement.cue is not None else statement.content[0].start


def _subject_of(mention: Mention, cue: CharSpan | None) -> bool:
    """Whether the mention is the grammatical subject of the cue: "Rutte [said]"."""
    governor = mention.governor
    if cue is None or governor is None or not mention.is_subject:
        return False
    return governor.start < cue.end and cue.start < governor.end


def _source_cue_gap(statement: Statement) -> float:
    """How far the source lies from its cue: a source the parser misplaced lies far off."""
    if statement.source is None or statement.cue is None:
        return 0.0
    gap = max(statement.cue.start - statement.source.end, statement.source.start - statement.cue.end, 0)
    return math.log1p(gap) / 5


def _sentences_between(nearest: Mention | None, statement: Statement) -> float:
    if nearest is None:
        return 1.0
    return min(max(0, statement.sentence - nearest.sentence), 10) / 10


def _history_features(
    key: tuple[str, ...], statement: Statement, history: Sequence[Said]
) -> dict[str, float]:
    last = history[-1] if history else None
    in_paragraph = [s for s in history if s.paragraph == statement.paragraph]
    spoke = sum(1 for s in history if name_key(s.speaker.name) == key)
    return {
        "previous_speaker": float(last is not None and name_key(last.speaker.name) == key),
        "paragraph_speaker": float(bool(in_paragraph) and name_key(in_paragraph[-1].speaker.name) == key),
        "log_times_spoke": math.log1p(spoke) / 2,
    }


def _agreement(
    speaker: Speaker, referent: Referent | None, source_kind: str, source_words: set[str]
) -> dict[str, float]:
    """Agreement with a pronoun's gender and number, or with a description's head."""
    person = speaker.kind is EntityKind.PERSON
    gender = referent.gender if referent is not None else ""
    agree = disagree = 0.0
    if source_kind == "pronoun":
        if source_words & (MALE | FEMALE):
            wanted = "male" if source_words & MALE else "female"
            disagree = float(not person or (bool(gender) and gender != wanted))
            agree = float(person and gender == wanted)
        elif source_words & NEUTER:
            disagree, agree = float(person), float(not person)
        elif source_words & PLURAL:
            agree = float(not person)
    head_is_person = head_is_body = role_shared = 0.0
    if source_kind == "description" and source_words:
        head = head_word(sorted(source_words))
        head_is_person = float(head in ROLE_HEADS or head in ANONYMOUS_HEADS)
        head_is_body = float(head in BODY_HEADS)
        roles = referent.role_words() if referent is not None else set()
        role_shared = float(bool(roles & source_words))
    return {
        "pronoun_agrees": agree,
        "pronoun_disagrees": disagree,
        "person_head_person": head_is_person * float(person),
        "person_head_body": head_is_person * float(not person),
        "body_head_body": head_is_body * float(not person),
        "body_head_person": head_is_body * float(person),
        "role_shared": role_shared,
    }


# --------------------------------------------------------------------------------------------
# Recording the rules' decisions
# --------------------------------------------------------------------------------------------


@contextmanager
def recording(into: dict[tuple[str, tuple[tuple[int, int], ...]], Resolved]) -> Iterator[None]:
    """While open, every statement SpeakerResolver resolves is recorded with its candidates,
    keyed by article id and content spans; the resolver's answers are unchanged."""
    resolver = speaker_rules.SpeakerResolver
    original_init, original_resolve = resolver.__init__, resolver.resolve
    finders: dict[int, CandidateFinder] = {}

    def init(self: Any, article: Any, mentions: list[Mention], chains: Chains) -> None:
        original_init(self, article, mentions, chains)
        finders[id(self)] = CandidateFinder(article.text, chains, mentions)

    def resolve(self: Any, statement: Statement) -> Speaker | None:
        history = list(self.history)
        speaker = original_resolve(self, statement)
        key = (self.article.id, tuple((s.start, s.end) for s in statement.content))
        # A statement resolved twice (with the nested reports) keeps its first answer, as process.py does.
        into.setdefault(key, finders[id(self)].resolved(statement, speaker, history))
        return speaker

    resolver.__init__ = init  # type: ignore[method-assign]
    resolver.resolve = resolve  # type: ignore[method-assign]
    try:
        yield
    finally:
        resolver.__init__ = original_init  # type: ignore[method-assign]
        resolver.resolve = original_resolve  # type: ignore[method-assign]


@dataclass
class Predicted:
    units: tuple[tuple[int, int], ...]
    speaker: str | None
    resolved: Resolved | None
    named_gold: list[set[tuple[str, ...]]] = field(default_factory=list)  # name keys per gold hit
    unnamed_gold: bool = False  # it hits only gold attributions without a speaker
    labels: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)


@dataclass
class Document:
    id: str
    predicted: list[Predicted]
    gold: list[tuple[tuple[tuple[int, int], ...], set[tuple[str, ...]]]]  # content units, name keys


def shares(first: Sequence[tuple[int, int]], second: Sequence[tuple[int, int]]) -> bool:
    return any(min(b, d) > max(a, c) for a, b in first for c, d in second)


def recorded_documents(gold: Mapping[str, Mapping[str, Any]], model: str, nlp: Any) -> list[Document]:
    """The model's statements over `gold`, each with its recorded candidates and labels."""
    records: dict[tuple[str, tuple[tuple[int, int], ...]], Resolved] = {}
    with recording(records):
        predictions = predict_documents(gold, nlp, tagger=load_span_tagger(model))
    if predictions.failures:
        raise SystemExit(f"{len(predictions.failures)} articles failed: {predictions.failures[0]}")
    documents = []
    for doc_id, gold_doc in gold.items():
        units = Units(gold_doc["text"])
        golds = [(units.ranges(a["content"]), gold_names(a)) for a in gold_doc.get("attributions", [])]
        predicted = []
        for p in predictions.documents.get(doc_id, {}).get("attributions", []):
            key = (doc_id, tuple((start, end) for start, end in p["content"]))
            item = Predicted(units.ranges(p["content"]), p.get("speaker"), records.get(key))
            item.named_gold = [names for content, names in golds if names and shares(item.units, content)]
            item.unnamed_gold = not item.named_gold and any(shares(item.units, c) for c, n in golds if not n)
            item.labels = labels_of(item)
            predicted.append(item)
        documents.append(Document(doc_id, predicted, golds))
    return documents


def gold_names(attribution: Mapping[str, Any]) -> set[tuple[str, ...]]:
    names = [attribution.get("speaker"), *(attribution.get("speaker_aliases") or [])]
    return {name_key(n) for n in names if n}


def labels_of(item: Predicted) -> list[int]:
    """1 for a candidate whose name equals a gold speaker's; for an unnamed source, 1 for the
    rules' speaker when it is a description (named by nobody), as the gold has it."""
    if item.resolved is None:
        return []
    candidates = item.resolved.candidates
    if item.unnamed_gold:
        first = candidates[0].features if item.resolved.rules is not None else {}
        first_is_description = first.get("description_speaker") == 1
        return [int(k == 0 and first_is_description) for k in range(len(candidates))]
    keys = set().union(*item.named_gold) if item.named_gold else set()
    return [int(name_key(c.name) in keys) for c in candidates]


# --------------------------------------------------------------------------------------------
# Fitting and simulating
# --------------------------------------------------------------------------------------------


def training_rows(
    documents: Sequence[Document], named_only: bool
) -> tuple[list[dict[str, float]], list[int]]:
    features, labels = [], []
    for document in documents:
        for item in document.predicted:
            usable = bool(item.named_gold) or (item.unnamed_gold and not named_only)
            if item.resolved is None or not usable:
                continue
            features += [c.features for c in item.resolved.candidates]
            labels += item.labels
    return features, labels


def fit(features: Sequence[dict[str, float]], labels: Sequence[int], l2: float) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method: small enough to solve exactly."""
    names = sorted({name for row in features for name in row})
    index = {name: k for k, name in enumerate(names)}
    x = np.zeros((len(features), len(names)))
    for r, row in enumerate(features):
        for name, value in row.items():
            x[r, index[name]] = value
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(names))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return dict(zip(names, (float(v) for v in w), strict=True))


def score_all(documents: Sequence[Document], weights: Mapping[str, float]) -> None:
    for document in documents:
        for item in document.predicted:
            candidates = item.resolved.candidates if item.resolved else []
            item.scores = [sum(weights.get(k, 0.0) * v for k, v in c.features.items()) for c in candidates]


def chosen(item: Predicted, margin: Callable[[str], float], threshold: float) -> str | None:
    """The reranked speaker: the rules' unless another beats it by the margin of its source kind."""
    if item.resolved is None or not item.scores:
        return item.speaker
    names = [c.name for c in item.resolved.candidates]
    if item.resolved.rules is None:
        best = int(np.argmax(item.scores))
        return names[best] if item.scores[best] > threshold else item.speaker
    if len(names) < 2:
        return item.speaker
    best = 1 + int(np.argmax(item.scores[1:]))
    beats = item.scores[best] - item.scores[0] > margin(item.resolved.source_kind)
    return names[best] if beats else item.speaker


@dataclass
class Outcome:
    found: int = 0  # gold speakers some hit names canonically
    changed: Counter[str] = field(default_factory=Counter)  # statements relabelled, by source kind
    unnamed_named: int = 0  # unnamed-source statements given a named speaker


def simulate(documents: Sequence[Document], margin: Callable[[str], float], threshold: float) -> Outcome:
    outcome = Outcome()
    for document in documents:
        speakers = [chosen(item, margin, threshold) for item in document.predicted]
        for item, speaker in zip(document.predicted, speakers, strict=True):
            if speaker != item.speaker and item.resolved is not None:
                outcome.changed[item.resolved.source_kind] += 1
                outcome.unnamed_named += item.unnamed_gold
        for content, names in document.gold:
            if names:
                outcome.found += any(
                    name_key(s) in names for item, s in zip(document.predicted, speakers, strict=True)
                    if s and shares(item.units, content)
                )
    return outcome


def named_gold_count(documents: Sequence[Document]) -> int:
    return sum(1 for d in documents for _, names in d.gold if names)


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def read_train(train: Path, held_out_ids: Path) -> dict[str, Any]:
    """The train articles whose misses may be read: train.jsonl less the held-out ids."""
    held_out = set(held_out_ids.read_text(encoding="utf-8").split())
    return {k: v for k, v in read_attribution_file(train).items() if k not in held_out}


def cross_validated(
    read: Mapping[str, list[Document]], named_only: bool, l2: float
) -> None:
    """Scores every read document with weights fitted on the other folds (grouped by article)."""
    ids = sorted(d.id for d in read[MODELS[0]])
    for k in range(FOLDS):
        fold = set(ids[k::FOLDS])
        rest = [d for docs in read.values() for d in docs if d.id not in fold]
        weights = fit(*training_rows(rest, named_only), l2)
        for docs in read.values():
            score_all([d for d in docs if d.id in fold], weights)


def report(sets: Mapping[str, Mapping[str, list[Document]]]) -> None:
    """Net canonical gains over the rules per margin (one source kind at a time), and harm."""
    never = simulate_all(sets, lambda kind: NEVER, NEVER)
    columns = [f"{name}-{model}" for name, by_model in sets.items() for model in by_model]
    print("net canonical gold speakers found vs the rules' choice, and [unnamed → named]:")
    print(f"  {'':26}" + "".join(f"{c:>20}" for c in columns))
    for kind in SOURCE_KINDS:
        for margin in MARGINS:
            found = simulate_all(sets, margin_for(kind, margin), NEVER)
            print(f"  {kind + ' margin ' + str(margin):26}" + row(found, never))
    for margin in MARGINS:
        found = simulate_all(sets, lambda k, m=margin: m, NEVER)  # type: ignore[misc]
        print(f"  {'every kind margin ' + str(margin):26}" + row(found, never))
    for threshold in THRESHOLDS:
        found = simulate_all(sets, lambda k: NEVER, threshold)
        print(f"  {'unresolved above ' + str(threshold):26}" + row(found, never))
    print("  canonical recall of the rules' choice: " + ", ".join(
        f"{name}-{model} {outcome.found / named_gold_count(sets[name][model]):.4f}"
        for (name, model), outcome in never.items()
    ))


def margin_for(kind: str, margin: float) -> Callable[[str], float]:
    """`margin` for sources of `kind`; the rules' choice stands for every other kind."""
    return lambda source_kind: margin if source_kind == kind else NEVER


def simulate_all(
    sets: Mapping[str, Mapping[str, list[Document]]], margin: Callable[[str], float], threshold: float
) -> dict[tuple[str, str], Outcome]:
    return {
        (name, model): simulate(docs, margin, threshold)
        for name, by_model in sets.items()
        for model, docs in by_model.items()
    }


def row(found: Mapping[tuple[str, str], Outcome], never: Mapping[tuple[str, str], Outcome]) -> str:
    return "".join(
        f"{outcome.found - never[key].found:>+12d} [{outcome.unnamed_named:>3d}]  "
        for key, outcome in found.items()
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--held-out-ids", type=Path, default=HELD_OUT_IDS)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--named-only", action="store_true", help="train without unnamed-source rows")
    parser.add_argument("--weights", type=Path, help="write the weights fitted on all read articles here")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    nlp = load_pipeline(DEFAULT_PIPELINE)
    train, dev = read_train(args.train, args.held_out_ids), read_attribution_file(args.dev)
    read = {model: recorded_documents(train, model, nlp) for model in MODELS}
    held = {model: recorded_documents(dev, model, nlp) for model in MODELS}
    cross_validated(read, args.named_only, args.l2)
    weights = fit(*training_rows([d for docs in read.values() for d in docs], args.named_only), args.l2)
    for docs in held.values():
        score_all(docs, weights)
    report({"cv": read, "dev": held})
    if args.weights:
        text = json.dumps({"weights": weights}, indent=1, sort_keys=True) + "\n"
        args.weights.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
