#!/usr/bin/env python3
"""Who and how: speaker and speech-act figures per model, with every speaker miss sorted by cause.

    python benchmarks/speakers.py                                  # both models, both dev sets
    python benchmarks/speakers.py --model rules --set wikinews-dev # one model, one set
    python benchmarks/speakers.py --set wikinews-test              # the held-out split, once per change
    python benchmarks/speakers.py --set wikinews-train-heldout     # train articles no rule was read off
    python benchmarks/speakers.py --show-misses 30                 # list misses, with their text
    python benchmarks/speakers.py --json benchmarks/results/speakers.json

For each gold set (the Wikinews dev set in gold/wikinews, and PolNeAR dev where ../shared is
beside the checkout) and each model, it runs quotegraph's extraction over the gold texts and
scores it with the shared reference scorer (../shared/eval/score.py; quotegraph.evaluate, which
re-implements it figure for figure, where ../shared is absent). It prints
`speaker.recall` (a surname agrees), `speaker.canonical_recall` (only the full canonical name
agrees), `act.agreement`, and content partial precision and recall.

Then it sorts every gold speaker that is not matched canonically, and every predicted statement
that matches no gold attribution, into the causes below, so a change can be judged by which
causes it shrinks. The causes are computed from spans and names alone (no annotation of the
cause), so a miss can land in a neighbouring cause; --show-misses prints each with its text.

Speaker misses (gold attribution with a speaker, not matched by an equal name):
  statement not found      no prediction shares a content token
  surname or short name    the predicted name is a shorter form that ends the gold name ("Rutte")
  title or extra words     the gold name's words all occur in the predicted one ("Sir John Major",
                           "Southern Rhodesia" for "Rhodesia")
  unresolved: pronoun      no speaker predicted; the gold source is a pronoun
  unresolved: description  no speaker predicted; the gold source is a description ("the minister")
  unresolved: name         no speaker predicted; the gold source is a name
  unresolved: no source    no speaker predicted; the gold attribution has no source (continuation)
  wrong source span        the predicted source shares no token with the gold source
  pronoun → wrong entity   same source span, a pronoun resolved to someone else
  description → wrong entity  same source span, a description resolved to someone else
  name → wrong entity      same source span, a name resolved to another name or kind
  continuation → wrong entity  no gold source (a continuing quotation), another speaker predicted
False positives (predicted statements sharing no content token with any gold attribution), by
how they look: cue inside quotation marks, no cue, negated, question cue, deed cue (sign, vote,
accept …), and otherwise by cue lemma.
Acts: the confusion of gold act → predicted act over found attributions.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotegraph.evaluate import Units, read_attribution_file, score_documents, speakers_agree
from quotegraph.learned import CONVENTIONS, DEFAULT_CONVENTIONS, load_span_tagger
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.predict import predict_documents

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "wikinews-dev": ROOT / "gold" / "wikinews" / "dev.jsonl",
    "polnear-dev": SHARED / "corpora" / "polnear" / "dev.jsonl",
    "wikinews-test": ROOT / "gold" / "wikinews" / "test.jsonl",
    "wikinews-train": ROOT / "gold" / "wikinews" / "train.jsonl",
    "wikinews-train-heldout": ROOT / "gold" / "wikinews" / "train.jsonl",
}
# The train articles whose misses are never read (the odd positions by id of each annotation
# round): scored for figures only, like test, so --show-misses is refused for them.
HELD_OUT_IDS = ROOT / "gold" / "wikinews" / "train_heldout.txt"
FIGURES_ONLY = frozenset({"wikinews-train-heldout"})
# PolNeAR's annotators counted negated reports and agentless passives: its set is scored under
# their conventions (quotegraph.learned.CONVENTIONS); every other set under the standard ones.
SET_CONVENTIONS = {"polnear-dev": "polnear"}
DEFAULT_SETS = ("wikinews-dev", "polnear-dev")  # test is scored once per model change, on request
SCORER = SHARED / "eval" / "score.py"
MODELS = ("rules", "learned")
FIGURES = (
    ("speaker.recall", ("speaker", "recall")),
    ("speaker.canonical_recall", ("speaker", "canonical_recall")),
    ("act.agreement", ("act", "agreement")),
    ("content.partial.precision", ("content", "partial", "precision")),
    ("content.partial.recall", ("content", "partial", "recall")),
)
PRONOUNS = frozenset(
    "i me we us you he him she her it they them his hers its their theirs our ours my mine your yours "
    "himself herself itself themselves ourselves myself yourself this that these those who which".split()
)
DEED_CUES = frozenset(
    "sign vote accept approve pass ratify agree_to plead_guilty_to settle ban veto enact adopt".split()
)
QUESTION_CUES = frozenset({"ask", "wonder", "question", "inquire", "query"})
QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def shared_figures(gold_path: Path, predicted: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The shared scorer's figures for `predicted`, or quotegraph.evaluate's where it is absent."""
    if not SCORER.exists():
        return score_documents(read_attribution_file(gold_path), predicted)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        for document in predicted.values():
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")
    try:
        run = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), handle.name, "--json"],
            check=True, capture_output=True, text=True,
        )
    finally:
        Path(handle.name).unlink()
    return json.loads(run.stdout)


def figure(figures: Mapping[str, Any], path: Sequence[str]) -> float:
    value: Any = figures
    for key in path:
        value = value[key]
    return float(value)


# --------------------------------------------------------------------------------------------
# Causes
# --------------------------------------------------------------------------------------------


def name_words(name: str | None) -> tuple[str, ...]:
    import unicodedata

    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    return tuple(re.findall(r"[a-z0-9]+", folded))


def span_text(text: str, pairs: Sequence[Sequence[int]]) -> str:
    return " … ".join(text[start:end] for start, end in pairs)


def source_form(text: str, pairs: Sequence[Sequence[int]]) -> str:
    """'pronoun', 'description', 'name' or 'none': how the gold source is written."""
    if not pairs:
        return "none"
    words = span_text(text, pairs).strip().split()
    if len(words) == 1 and words[0].casefold().strip(",.") in PRONOUNS:
        return "pronoun"
    first = words[0].casefold() if words else ""
    if first in {"the", "a", "an", "his", "her", "their", "its", "two", "three", "several", "some"}:
        return "description"
    return "name" if any(w[:1].isupper() for w in words) else "description"


@dataclass
class Case:
    """One miss or false positive, with what a reader needs to judge it."""

    cause: str
    article: str
    content: str
    gold_source: str = ""
    gold_speaker: str | None = None
    predicted_source: str = ""
    predicted_speaker: str | None = None
    cue: str = ""


def speaker_cause(text: str, units: Units, gold: Mapping[str, Any], hits: list[Mapping[str, Any]]) -> str:
    """Why no prediction sharing content with `gold` names its speaker canonically."""
    return "statement not found" if not hits else wrong_speaker_cause(text, units, gold, hits)


def wrong_speaker_cause(
    text: str, units: Units, gold: Mapping[str, Any], hits: list[Mapping[str, Any]]
) -> str:
    """Why the predictions that share content with `gold` do not name its speaker canonically."""
    names = [gold["speaker"], *(gold.get("speaker_aliases") or [])]
    predicted = [h for h in hits if h.get("speaker")]
    if any(shortens(h["speaker"], names) for h in predicted):
        return "surname or short name"
    gold_words = set(name_words(gold["speaker"]))
    if any(gold_words <= set(name_words(h["speaker"])) for h in predicted):
        return "title or extra words"
    form = source_form(text, gold.get("source") or [])
    if not predicted:
        return f"unresolved: {'no source' if form == 'none' else form}"
    if form == "none":
        return "continuation → wrong entity"
    gold_source = units.ranges(gold["source"])
    if not any(shared(units.ranges(h.get("source") or []), gold_source) for h in predicted):
        return "wrong source span"
    return f"{form} → wrong entity"


def shortens(predicted: str, names: Iterable[str]) -> bool:
    """Whether `predicted` is a shorter form of one of `names`, ending it at a word ("Rutte" of
    "Mark Rutte"). A longer name ending in one of them ("Southern Rhodesia" for "Rhodesia", "opinion
    of the Court" for the alias "the Court") is no short form: extra words, or a description."""
    length = len(name_words(predicted))
    return any(speakers_agree(predicted, [name]) and length < len(name_words(name)) for name in names)


def shared(first: Iterable[tuple[int, int]], second: Iterable[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in first for c, d in second)


def false_positive_cause(text: str, predicted: Mapping[str, Any]) -> str:
    cue = predicted.get("cue") or []
    lemma = (predicted.get("cue_lemma") or "").replace(" ", "_")
    if not cue:
        return "no cue"
    if inside_quotation(text, cue[0][0]):
        return "cue inside quotation marks"
    if predicted.get("negated"):
        return "negated"
    if lemma in QUESTION_CUES:
        return "question cue"
    if lemma in DEED_CUES:
        return "deed cue"
    return f"cue: {lemma or span_text(text, cue)}"


def inside_quotation(text: str, at: int) -> bool:
    """True when an odd number of quotation marks opens before `at` in its paragraph."""
    start = text.rfind("\n\n", 0, at) + 1
    before = text[start:at]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or (before.count('"') % 2 == 1)


@dataclass
class Breakdown:
    """Speaker misses and false positives by cause, and act confusions, over one gold set."""

    speaker_misses: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    act_confusions: Counter[str] = field(default_factory=Counter)
    cases: list[Case] = field(default_factory=list)

    def add_document(self, gold_doc: Mapping[str, Any], predicted_doc: Mapping[str, Any] | None) -> None:
        text = gold_doc["text"]
        units = Units(text)
        predicted = list((predicted_doc or {}).get("attributions", []))
        golds = gold_doc.get("attributions", [])
        content = {id(p): units.ranges(p["content"]) for p in predicted}
        for gold in golds:
            gold_content = units.ranges(gold["content"])
            hits = [p for p in predicted if shared(content[id(p)], gold_content)]
            self.add_act(gold, hits, content, gold_content)
            if gold.get("speaker") and not self.canonical(gold, hits):
                self.add_speaker_miss(gold_doc["id"], text, units, gold, hits)
        gold_contents = [units.ranges(g["content"]) for g in golds]
        for p in predicted:
            if not any(shared(content[id(p)], g) for g in gold_contents):
                cause = false_positive_cause(text, p)
                self.false_positives[cause] += 1
                self.cases.append(Case(
                    "false positive: " + cause, gold_doc["id"], span_text(text, p["content"]),
                    predicted_source=span_text(text, p.get("source") or []),
                    predicted_speaker=p.get("speaker"), cue=span_text(text, p.get("cue") or []),
                ))

    @staticmethod
    def canonical(gold: Mapping[str, Any], hits: list[Mapping[str, Any]]) -> bool:
        names = {name_words(n) for n in [gold["speaker"], *(gold.get("speaker_aliases") or [])]}
        return any(h.get("speaker") and name_words(h["speaker"]) in names for h in hits)

    def add_speaker_miss(
        self, article: str, text: str, units: Units, gold: Mapping[str, Any], hits: list[Mapping[str, Any]]
    ) -> None:
        cause = speaker_cause(text, units, gold, hits)
        self.speaker_misses[cause] += 1
        best = hits[0] if hits else {}
        self.cases.append(Case(
            cause, article, span_text(text, gold["content"]),
            gold_source=span_text(text, gold.get("source") or []), gold_speaker=gold["speaker"],
            predicted_source=span_text(text, best.get("source") or []),
            predicted_speaker=best.get("speaker"), cue=span_text(text, gold.get("cue") or []),
        ))

    def add_act(self, gold: Mapping[str, Any], hits: list[Mapping[str, Any]], content: Mapping[int, Any],
                gold_content: Any) -> None:
        if not gold.get("act") or not hits:
            return
        best = max(hits, key=lambda p: overlap(content[id(p)], gold_content))
        if best.get("act") != gold["act"]:
            self.act_confusions[f"{gold['act']} → {best.get('act')}"] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "speaker_misses": dict(self.speaker_misses.most_common()),
            "false_positives": dict(self.false_positives.most_common()),
            "act_confusions": dict(self.act_confusions.most_common()),
        }


def overlap(first: Iterable[tuple[int, int]], second: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in first for c, d in second)


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


@dataclass
class Run:
    """One model over one gold set: its figures, breakdown and timing."""

    gold_set: str
    model: str
    conventions: str
    figures: dict[str, float]
    breakdown: Breakdown
    seconds: float
    failed: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "set": self.gold_set, "model": self.model, "conventions": self.conventions,
            "figures": self.figures,
            "failed_documents": self.failed, "seconds": round(self.seconds, 1), **self.breakdown.as_dict(),
        }


def evaluate(gold_set: str, gold_path: Path, model: str, nlp: Any, conventions: str) -> Run:
    gold = read_attribution_file(gold_path)
    started = time.perf_counter()
    predictions = predict_documents(gold, nlp, tagger=load_span_tagger(model), conventions=conventions)
    seconds = time.perf_counter() - started
    figures = shared_figures(gold_path, predictions.documents)
    breakdown = Breakdown()
    for doc_id, document in gold.items():
        breakdown.add_document(document, predictions.documents.get(doc_id))
    chosen = {name: round(figure(figures, path), 4) for name, path in FIGURES}
    return Run(gold_set, model, conventions, chosen, breakdown, seconds, len(predictions.failures))


def print_run(run: Run, show_misses: int) -> None:
    print(f"\n== {run.gold_set}, --model {run.model} ({run.seconds:.0f} s, {run.failed} failed)")
    for name, value in run.figures.items():
        print(f"  {name:<28} {value:.3f}")
    for title, counts in (
        ("speaker misses by cause", run.breakdown.speaker_misses),
        ("false positives by cause", run.breakdown.false_positives),
        ("act confusions (gold → predicted)", run.breakdown.act_confusions),
    ):
        if counts:
            print(f"  {title} ({sum(counts.values())}):")
            for cause, count in counts.most_common(25):
                print(f"    {count:5d}  {cause}")
    for case in run.breakdown.cases[:show_misses]:
        print(f"  - [{case.cause}] {case.article}: {case.content[:100]!r}")
        print(f"      gold: {case.gold_speaker!r} via {case.gold_source!r}; "
              f"predicted: {case.predicted_speaker!r} via {case.predicted_source!r}; cue {case.cue!r}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=MODELS, action="append", help="model(s) to run (default: both)")
    parser.add_argument("--set", dest="sets", choices=sorted(SETS), action="append",
                        help="gold set(s) (default: wikinews-dev and polnear-dev, where present)")
    parser.add_argument("--gold", type=Path, help="score this gold JSONL instead of the named sets")
    parser.add_argument("--conventions", choices=CONVENTIONS, default=DEFAULT_CONVENTIONS,
                        help="conventions for --gold (the named sets have their own; default: %(default)s)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print the first N cases")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every run's figures and causes")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE, help="installed spaCy pipeline")
    return parser.parse_args(argv)


def conventions_for(gold_set: str, args: argparse.Namespace) -> str:
    """--conventions for a --gold file; a named set's own (SET_CONVENTIONS), else the standard ones."""
    return str(args.conventions) if args.gold else SET_CONVENTIONS.get(gold_set, DEFAULT_CONVENTIONS)


def held_out_subset(train: Path, ids_file: Path) -> Path:
    """A gold file of the train articles listed in `ids_file`, written to a temporary folder (the
    shared scorer reads a file)."""
    wanted = set(ids_file.read_text(encoding="utf-8").split())
    every = train.read_text(encoding="utf-8").splitlines()
    lines = [line for line in every if json.loads(line)["id"] in wanted]
    path = Path(tempfile.mkdtemp(prefix="quotegraph-heldout-")) / "train_heldout.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.gold:
        sets = {args.gold.stem: args.gold}
    else:
        sets = {name: SETS[name] for name in (args.sets or DEFAULT_SETS) if SETS[name].exists()}
    if args.show_misses and FIGURES_ONLY & set(sets):
        print("error: --show-misses: the held-out train articles give figures only", file=sys.stderr)
        return 1
    if "wikinews-train-heldout" in sets:
        sets["wikinews-train-heldout"] = held_out_subset(sets["wikinews-train-heldout"], HELD_OUT_IDS)
    if not sets:
        print("error: no gold set found (gold/wikinews/dev.jsonl, ../shared/corpora/polnear/dev.jsonl)",
              file=sys.stderr)
        return 1
    nlp = load_pipeline(args.pipeline)
    runs = [
        evaluate(name, path, model, nlp, conventions_for(name, args))
        for name, path in sets.items() for model in args.model or MODELS
    ]
    for run in runs:
        print_run(run, args.show_misses)
    if args.json:
        args.json.write_text(json.dumps([run.as_dict() for run in runs], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
