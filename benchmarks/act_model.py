"""Would a learned act model beat the act rules on unseen articles? Fits one and compares.

    python benchmarks/act_model.py --fit gold/wikinews/dev.jsonl --fit gold/wikinews/train.jsonl \
        --score gold/wikinews/test.jsonl

The rules' statements (`--model rules`) are matched to gold attributions by the most overlapping
content, as the scorer does. A multinomial logistic regression is fitted on the fit files'
matched statements, from the words of the content, the cue and the words around it, the cue's
lemma and the statement's type, with and without the rules' own act as one more feature; on
the score files each model's act replaces the rules' on the same statements. Printed per score
file: `act.agreement` (every gold act counts; a statement not found is a miss) of the rules and
of each model. Prints figures only, never a text: the score files may be held out.

    python benchmarks/act_model.py --score gold/wikinews/dev.jsonl --valence 0.7 --valence 0.9

`--valence T` scores instead a general valence lexicon (VADER's, `pip install vaderSentiment`)
in place of fitted words: a `state` statement whose cue is neutral ("said", "told"), which has a
target and no first-person word, becomes `accuse` where the content's compound valence is at most
-T and `praise` where it is at least T (docs/speakers.md, 'A valence lexicon').

    python benchmarks/act_model.py --fit gold/wikinews/dev.jsonl --score FILE --encoder 0.6 --encoder 0.8

`--encoder T` fits instead a semantic head: a logistic regression over the sentence embeddings
(all-MiniLM-L6-v2, the span tagger's encoder; the `learned` extra) of the content and of the
words around the cue, with three classes (accuse, praise, anything else), fitted on the fit files'
matched statements (`--encoder-fit candidates`: only on those the head may change), with plain and
with balanced class weights. On the score files it changes only a `state` statement under a
neutral, unnegated cue (and, "directed only", one with a target and no first-person word), to
`accuse` or `praise` where that class's probability is at least T (docs/speakers.md, 'A semantic
act head'). `--cache DIR` keeps each file's matched statements between runs (empty it after a
change to the code).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from quotegraph.evaluate import read_attribution_file
from quotegraph.learned import load_span_tagger
from quotegraph.nlp import load_pipeline
from quotegraph.predict import predict_documents
from quotegraph.resolve.acts import act_lemma
from quotegraph.resolve.cue_words import NEUTRAL_LEMMAS

WORD = re.compile(r"[a-z']+")
Pair = tuple[dict[str, Any] | None, str, str]  # (matched statement or None, gold act, text)


def overlap(a: Sequence[Sequence[int]], b: Sequence[Sequence[int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def matched_pairs(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> list[Pair]:
    """Each gold attribution with an act, and the statement whose content overlaps it most."""
    pairs: list[Pair] = []
    for doc_id, document in gold.items():
        statements = predicted.get(doc_id, {}).get("attributions", [])
        for attribution in document["attributions"]:
            if not attribution.get("act"):
                continue
            gold_content = attribution["content"]
            best = max(statements, key=lambda s: overlap(s["content"], gold_content), default=None)
            found = best is not None and overlap(best["content"], gold_content) > 0
            pairs.append((best if found else None, attribution["act"], document["text"]))
    return pairs


def features(statement: Mapping[str, Any], text: str, *, with_rule: bool) -> dict[str, float]:
    found: dict[str, float] = {}
    lemma = (statement.get("cue_lemma") or "").casefold()
    found[f"lemma={lemma}"] = 1
    found[f"type={statement['type']}"] = 1
    if with_rule:
        found[f"rule={statement['act']}"] = 1
        found[f"lemma_rule={lemma}|{statement['act']}"] = 1
    words = WORD.findall(" ".join(text[s:e] for s, e in statement["content"]).casefold())
    for word in set(words):
        found[f"w={word}"] = 1
    for first, second in set(itertools.pairwise(words)):
        found[f"b={first}_{second}"] = 1
    for index, word in enumerate(words[:3]):
        found[f"first{index}={word}"] = 1
    for word in WORD.findall((statement.get("cue_text") or "").casefold()):
        found[f"cue={word}"] = 1
    if statement.get("cue"):
        start, end = statement["cue"][0][0], statement["cue"][-1][1]
        for word in WORD.findall(text[max(0, start - 40) : start].casefold())[-4:]:
            found[f"before={word}"] = 1
        for word in WORD.findall(text[end : end + 30].casefold())[:3]:
            found[f"after={word}"] = 1
    found["length"] = min(len(words), 60) / 60
    return found


def agreement(pairs: Sequence[Pair], acts: Sequence[str | None]) -> float:
    agreeing = (s is not None and act == gold for (s, gold, _), act in zip(pairs, acts, strict=True))
    return sum(agreeing) / len(pairs)


def pairs_of(paths: Sequence[str], nlp: Any, model: str = "rules", cache: str | None = None) -> list[Pair]:
    pairs: list[Pair] = []
    for path in paths:
        stored = Path(cache or ".", f"{model}_{Path(path).stem}.pkl")
        if cache and stored.exists():
            pairs += pickle.loads(stored.read_bytes())
            continue
        gold = read_attribution_file(path)
        found = matched_pairs(gold, predict_documents(gold, nlp, tagger=load_span_tagger(model)).documents)
        if cache:
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_bytes(pickle.dumps(found))
        pairs += found
    return pairs


FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our)\b", re.I)


def valence_acts(scored: Sequence[Pair], threshold: float) -> list[str | None]:
    """The rules' acts, with a neutral cue's `state` made `accuse` or `praise` by the valence of a
    content that has a target and no first-person word (a valence of one's own side's deeds or
    feelings is no criticism or praise of another)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    acts: list[str | None] = []
    for statement, _, _ in scored:
        if statement is None:
            acts.append(None)
            continue
        act = statement["act"]
        lemma = act_lemma(statement.get("cue_lemma"), statement.get("cue_text") or "")
        quote = statement.get("quote") or ""
        directed = bool(statement.get("targets")) and not FIRST_PERSON.search(quote)
        if act == "state" and not statement.get("negated") and lemma in NEUTRAL_LEMMAS and directed:
            valence = analyser.polarity_scores(quote)["compound"]
            act = "accuse" if valence <= -threshold else "praise" if valence >= threshold else act
        acts.append(act)
    return acts


HEAD_CLASSES = ("accuse", "praise")


def is_candidate(statement: Mapping[str, Any] | None, *, directed: bool = False) -> bool:
    """Whether the encoder head may change `statement`'s act: `state` under a neutral, unnegated cue;
    `directed`: only where the statement has a target and its content no first-person word."""
    if statement is None or statement["act"] != "state" or statement.get("negated"):
        return False
    if directed and not (statement.get("targets") and not FIRST_PERSON.search(statement.get("quote") or "")):
        return False
    return act_lemma(statement.get("cue_lemma"), statement.get("cue_text") or "") in NEUTRAL_LEMMAS


# Characters of article text read on each side of the cue, for the cue's context.
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 40


def head_texts(text: str, content: Sequence[Sequence[int]], cue: Sequence[Sequence[int]]) -> tuple[str, str]:
    """The two texts the head embeds for a statement: its content, and the words around its cue."""
    said = " \u2026 ".join(text[start:end] for start, end in content)
    if not cue:
        return said, ""
    start, end = cue[0][0], cue[-1][1]
    return said, text[max(0, start - CONTEXT_BEFORE) : end + CONTEXT_AFTER]


def embeddings(texts: Sequence[str], batch: int = 64) -> Any:
    """A (len(texts), 384) array: each text's all-MiniLM-L6-v2 embedding, the mean of the last layer over
    its wordpieces at unit length (as sentence-transformers computes it; the span tagger's encoder)."""
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    from quotegraph.learned.model import default_encoder_dir

    tokenizer = AutoTokenizer.from_pretrained(default_encoder_dir())
    model = AutoModel.from_pretrained(default_encoder_dir()).eval()
    rows = [np.zeros((0, 384), dtype=np.float32)]
    with torch.inference_mode():
        for first in range(0, len(texts), batch):
            encoded = tokenizer(
                list(texts[first : first + batch]), padding=True, truncation=True, max_length=256,
                return_tensors="pt",
            )
            hidden = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            rows.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(rows)


_EMBEDDED: dict[str, Any] = {}


def _embedded(texts: Sequence[str]) -> Any:
    """Each text's embedding, computed once per process."""
    import numpy as np

    new = sorted({t for t in texts if t not in _EMBEDDED})
    _EMBEDDED.update(zip(new, embeddings(new), strict=True))
    return np.stack([_EMBEDDED[t] for t in texts])


def head_inputs(pairs: Sequence[Pair]) -> Any:
    """The embeddings the head reads, one row per pair with a statement: content, then cue context."""
    import numpy as np

    texts = [head_texts(t, s["content"], s.get("cue") or []) for s, _, t in pairs if s is not None]
    return np.concatenate([_embedded([c for c, _ in texts]), _embedded([x for _, x in texts])], axis=1)


def encoder_acts(
    fit: Sequence[Pair], scored: Sequence[Pair], thresholds: Sequence[float], *, c: float,
    only_candidates: bool, balanced: bool = False, directed: bool = False,
) -> dict[float, list[str | None]]:
    """The rules' acts with the encoder head's accuse or praise where it reaches each threshold."""
    fitted = [p for p in fit if p[0] is not None and (not only_candidates or is_candidate(p[0]))]
    labels = [gold if gold in HEAD_CLASSES else "other" for _, gold, _ in fitted]
    weight = "balanced" if balanced else None
    model = LogisticRegression(C=c, max_iter=5000, class_weight=weight).fit(head_inputs(fitted), labels)
    candidates = [p for p in scored if is_candidate(p[0], directed=directed)]
    probabilities = model.predict_proba(head_inputs(candidates)) if candidates else []
    best = {
        id(p): (str(model.classes_[row.argmax()]), float(row.max()))
        for p, row in zip(candidates, probabilities, strict=True)
    }
    found: dict[float, list[str | None]] = {}
    for threshold in thresholds:
        acts: list[str | None] = []
        for pair in scored:
            act = pair[0]["act"] if pair[0] is not None else None
            label, probability = best.get(id(pair), ("other", 0.0))
            acts.append(label if label in HEAD_CLASSES and probability >= threshold else act)
        found[threshold] = acts
    return found


def model_acts(fit: Sequence[Pair], scored: Sequence[Pair], *, with_rule: bool, c: float) -> list[str | None]:
    """The fitted model's act for each scored statement (None where no statement was found)."""
    fitted = [(s, gold, t) for s, gold, t in fit if s is not None]
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([features(s, t, with_rule=with_rule) for s, _, t in fitted])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [gold for _, gold, _ in fitted])
    found = [features(s, t, with_rule=with_rule) for s, _, t in scored if s is not None]
    predicted = iter(model.predict(vectoriser.transform(found))) if found else iter(())
    return [str(next(predicted)) if s is not None else None for s, _, _ in scored]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--fit", action="append", default=[], help="gold JSONL to fit on (repeatable)")
    parser.add_argument("--score", action="append", required=True, help="gold JSONL to score (repeatable)")
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--model", choices=("rules", "learned"), default="rules", help="the span model")
    parser.add_argument("--cache", help="a folder that keeps each file's matched statements between runs")
    parser.add_argument(
        "--encoder", action="append", type=float, default=[],
        help="score the sentence-embedding head at this probability threshold instead (repeatable)",
    )
    parser.add_argument(
        "--encoder-fit", choices=("all", "candidates"), action="append",
        help="fit the head on every matched statement, or only on those it may change (repeatable)",
    )
    parser.add_argument(
        "--valence", action="append", type=float, default=[],
        help="score the valence lexicon at this threshold instead of fitting (repeatable)",
    )
    args = parser.parse_args()
    nlp = load_pipeline()
    if args.valence:
        score_valence(args.score, args.valence, nlp, args.model)
        return
    if not args.fit:
        parser.error("--fit is required unless --valence is given")
    fit = [p for p in pairs_of(args.fit, nlp, args.model, args.cache) if p[0] is not None]
    if args.encoder:
        args.encoder_fit = args.encoder_fit or ["all"]
        score_encoder(fit, args, nlp)
        return
    rules_on_fit = agreement(fit, [s["act"] if s is not None else None for s, _, _ in fit])
    print(f"fitted on {len(fit)} matched statements; the rules' act agrees on {rules_on_fit:.3f} of them")
    for path in args.score:
        scored = pairs_of([path], nlp, args.model)
        rules = [s["act"] if s is not None else None for s, _, _ in scored]
        without = agreement(scored, model_acts(fit, scored, with_rule=False, c=args.C))
        with_rule = agreement(scored, model_acts(fit, scored, with_rule=True, c=args.C))
        print(
            f"{path}: {len(scored)} gold acts; act.agreement rules {agreement(scored, rules):.3f}, "
            f"model {without:.3f}, model with the rules' act as a feature {with_rule:.3f}"
        )


def score_encoder(fit: Sequence[Pair], args: argparse.Namespace, nlp: Any) -> None:
    """act.agreement of the rules' acts, and with the encoder head at each threshold."""
    for path in args.score:
        scored = pairs_of([path], nlp, args.model, args.cache)
        rules = [s["act"] if s is not None else None for s, _, _ in scored]
        print(f"{path} ({args.model}): {len(scored)} gold acts; act.agreement {agreement(scored, rules):.3f}")
        for fit_on, balanced, directed in itertools.product(args.encoder_fit, (False, True), (False, True)):
            acts = encoder_acts(
                fit, scored, args.encoder, c=args.C, only_candidates=fit_on == "candidates",
                balanced=balanced, directed=directed,
            )
            found = ", ".join(
                f"{t:g}: {agreement(scored, a):.3f} ({sum(x != y for x, y in zip(a, rules, strict=True))})"
                for t, a in acts.items()
            )
            weights = "balanced" if balanced else "plain"
            where = ", directed only" if directed else ""
            print(f"  fitted on {fit_on}, {weights} classes{where}: threshold: agreement (changed) {found}")


def score_valence(paths: Sequence[str], thresholds: Sequence[float], nlp: Any, model: str) -> None:
    """act.agreement of the rules' acts, and of them with the valence lexicon at each threshold."""
    for path in paths:
        scored = pairs_of([path], nlp, model)
        rules = agreement(scored, [s["act"] if s is not None else None for s, _, _ in scored])
        found = ", ".join(f"{t:g}: {agreement(scored, valence_acts(scored, t)):.3f}" for t in thresholds)
        print(f"{path} ({model}): {len(scored)} gold acts; act.agreement {rules:.3f}, with valence {found}")


if __name__ == "__main__":
    main()
