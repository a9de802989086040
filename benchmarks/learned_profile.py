#!/usr/bin/env python3
"""Where `--model learned` spends its time: CPU seconds per stage, one thread, no profiler.

    PYTHONPATH=src python benchmarks/learned_profile.py --gold ../shared/corpora/polnear/dev.jsonl

Runs the stages of `process_articles(..., tagger=)` one by one over the same documents (the
parse in batches of 16, then per article: the rules' statements, the mentions with the entity
recogniser on the names that need it, the tagger with the rules' contents as prior, linking,
speaker resolution), and the bare full pipeline as the reference, for `--rounds` rounds after
a warm-up round. A profiler would inflate the Python-heavy stages; this times each call.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_variable] = "1"  # one core, as the speed ratios are stated

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from speed import DEFAULT_GOLD  # noqa: E402

from quotegraph.evaluate import read_attribution_file  # noqa: E402
from quotegraph.extraction import extract_statements, find_mentions, load_lexicon  # noqa: E402
from quotegraph.learned import load_span_tagger  # noqa: E402
from quotegraph.learned.linking import (  # noqa: E402
    content_ranges,
    placed,
    statements_from_spans,
    with_cue_lemmas,
    with_rule_links,
)
from quotegraph.nlp import DEFAULT_PIPELINE, entity_recognizer, load_full_pipeline, load_pipeline  # noqa: E402
from quotegraph.records import Article  # noqa: E402
from quotegraph.resolve import resolve_statements  # noqa: E402

REFERENCE = "bare full pipeline"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--docs", type=int, default=20, help="documents timed (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    documents = list(read_attribution_file(args.gold).values())[: args.docs]
    words = sum(len(d["text"].split()) for d in documents)
    stages = Stages(load_pipeline(DEFAULT_PIPELINE), load_full_pipeline(DEFAULT_PIPELINE))
    print(f"{len(documents)} documents, {words} words, 1 thread, CPU seconds")
    for round_number in range(args.rounds + 1):  # round 0 warms up
        spent = stages.run(documents)
        if round_number:
            report(round_number, spent, words)
    return 0


class Stages:
    def __init__(self, nlp: Any, full: Any) -> None:
        self.nlp, self.full = nlp, full
        self.tagger = load_span_tagger("learned")
        self.lexicon = load_lexicon("en")
        self.ner = entity_recognizer(nlp)

    def run(self, documents: list[dict[str, Any]]) -> Counter[str]:
        spent: Counter[str] = Counter()

        def timed(stage: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            result = work(*args, **kwargs)
            spent[stage] += time.process_time() - started
            return result

        texts = [d["text"] for d in documents]
        timed(REFERENCE, list, self.full.pipe(texts, batch_size=16))
        docs = timed("parse (trimmed pipeline)", list, self.nlp.pipe(texts, batch_size=16))
        for document, doc in zip(documents, docs, strict=True):
            article = Article(id=document["id"], text=document["text"])
            rules = timed("rule statements", extract_statements, doc, article_id=article.id,
                          lexicon=self.lexicon)
            mentions = timed("mentions (selective NER)", find_mentions, doc, rules, ner=self.ner)
            spans = timed("tagger", self.tagger.spans, article.text, content_ranges(rules))
            found = timed("linking", self.link, article, spans, rules, mentions)
            timed("speaker resolution", resolve_statements, article, found, mentions)
        return spent

    def link(self, article: Article, spans: Any, rules: Any, mentions: Any) -> Any:
        """What learned_statements does after the tagger."""
        found = with_rule_links(statements_from_spans(article.id, article.text, spans), rules)
        return placed(with_cue_lemmas(found, article.text, self.lexicon.lemma_of_cue), mentions)


def report(round_number: int, spent: Counter[str], words: int) -> None:
    learned = sum(seconds for stage, seconds in spent.items() if stage != REFERENCE)
    print(f"round {round_number}: --model learned {learned:.2f} s ({words / learned:.0f} words/s), "
          f"{REFERENCE} {spent[REFERENCE]:.2f} s: ratio {spent[REFERENCE] / learned:.2f}")
    for stage, seconds in spent.most_common():
        if stage != REFERENCE:
            print(f"  {stage:<26} {seconds:6.2f} s  {100 * seconds / learned:5.1f} %")


if __name__ == "__main__":
    sys.exit(main())
