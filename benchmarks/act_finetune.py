#!/usr/bin/env python3
"""Would a FINE-TUNED act classifier beat the act rules on the learned path? Trains one and compares.

    python benchmarks/act_finetune.py --cv 3 [--layers 3] [--epochs 3] [--no-rule-act]
    python benchmarks/act_finetune.py --save DIR --rule neutral-state --threshold 0.6
    python benchmarks/act_finetune.py --load DIR --score gold/wikinews/dev.jsonl

The classifier is all-MiniLM-L6-v2 (the span tagger's encoder, from the installed package) with
its top `--layers` layers trained and a linear head over the mean of its last layer, 14 acts.
It reads two segments: the cue's lemma, the rules' act (unless `--no-rule-act`) and the 40
characters on each side of the cue; then the content (cut to 128 wordpieces in all).
The training statements are the `--model learned` statements of gold/wikinews/train.jsonl less
the held-out ids (gold/wikinews/train_heldout.txt), each matched to the gold attribution whose
content it overlaps most (as act.agreement matches them); its label is that attribution's gold
act. The states below the trained layers are computed once. `--cv K` splits the articles into K
groups (seeded) and prints, for each way of combining the classifier with the rules' act
(`combined`: override only an open `state` under a neutral cue, any `state`, or any act) and
each threshold, the act agreement among the found statements of the held-out groups, with how
many acts changed, were mended and were broken. `--save` trains on all of them and writes the
trained layers and head (fp16) with the settings; `--score` applies a saved one to other gold
files. Seeded; one torch thread unless `--threads`. Prints figures only, never a text.
Measured, not shipped: docs/learned.md, "A fine-tuned act classifier".
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from quotegraph.learned.model import default_encoder_dir, encoder_config
from quotegraph.records import SPEECH_ACTS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "gold" / "wikinews" / "train.jsonl"
DEFAULT_HELDOUT = ROOT / "gold" / "wikinews" / "train_heldout.txt"
RULES = ("neutral-state", "state", "any")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
WEIGHTS_FILE = "acts.safetensors"
SETTINGS_FILE = "acts.json"
CUE_CONTEXT = 40  # characters read on each side of the cue: its subject, object and particle
MAX_WORDPIECES = 128  # the content is cut to fit; the cue's segment comes first and stays whole
ENCODER_LAYERS = 6


@dataclass(frozen=True)
class ActInput:
    """What the classifier reads of one statement."""

    cue: str  # the cue lemma, the rules' act and the words around the cue
    content: str


def act_input(
    text: str, content: Sequence[tuple[int, int]], cue: tuple[int, int] | None, cue_lemma: str | None,
    act: str | None,
) -> ActInput:
    """The two segments for a statement: "say state : …, he said in a …" and its content's words.

    The rules' act goes in so that the classifier learns where they are right; the cue's
    surroundings, because "said in a statement" and "said, criticising" read differently.
    """
    around = ""
    if cue is not None:
        start, end = cue
        around = " ".join(text[max(0, start - CUE_CONTEXT) : end + CUE_CONTEXT].split())
    said = " … ".join(" ".join(text[start:end].split()) for start, end in content)
    return ActInput(f"{cue_lemma or 'none'} {act or 'state'} : {around}", said)


class ActNetwork(nn.Module):
    """Wordpiece ids → act logits: the encoder, the mean of its last layer, a linear head."""

    def __init__(self, config: Any, acts: Sequence[str] = SPEECH_ACTS) -> None:
        from transformers import BertModel

        super().__init__()
        self.config = config
        self.acts = tuple(acts)
        self.encoder = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.head = nn.Linear(config.hidden_size, len(self.acts))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
        return self.pooled_logits(hidden, mask)

    def hidden_below(
        self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor, layer: int
    ) -> torch.Tensor:
        """The encoder's states before `layer`: training caches them when the layers below stay frozen."""
        out = self.encoder(
            input_ids=ids, attention_mask=mask, token_type_ids=types, output_hidden_states=True
        )
        return out.hidden_states[layer]

    def from_layer(self, hidden: torch.Tensor, mask: torch.Tensor, layer: int) -> torch.Tensor:
        """Logits from the states before `layer` (hidden_below's), through the layers from there."""
        additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for block in self.encoder.encoder.layer[layer:]:
            out = block(hidden, attention_mask=additive)
            hidden = out[0] if isinstance(out, tuple) else out
        return self.pooled_logits(hidden, mask)

    def pooled_logits(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def pretrained_network(encoder_dir: Path | None = None, acts: Sequence[str] = SPEECH_ACTS) -> ActNetwork:
    """An ActNetwork with the pretrained encoder and a random head."""
    encoder_dir = encoder_dir or default_encoder_dir()
    network = ActNetwork(encoder_config(encoder_dir, ENCODER_LAYERS), acts)
    weights = load_file(str(Path(encoder_dir) / "model.safetensors"))
    network.encoder.load_state_dict(
        {k: v.float() for k, v in weights.items() if k != "embeddings.position_ids"}, strict=False
    )
    return network


def trained_keys(network: ActNetwork, first_trained: int) -> list[str]:
    """The parameters training changes, and so the ones saved: the top layers and the head."""
    prefixes = tuple(f"encoder.encoder.layer.{i}." for i in range(first_trained, ENCODER_LAYERS))
    return [k for k in network.state_dict() if k.startswith(prefixes) or k.startswith("head.")]


def save_act_model(
    network: ActNetwork, directory: Path, first_trained: int, settings: dict[str, Any]
) -> None:
    """Write the trained layers and the head (fp16) and the settings (rule, threshold) to `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    state = network.state_dict()
    save_file(
        {k: state[k].detach().to(torch.float16).contiguous() for k in trained_keys(network, first_trained)},
        str(directory / WEIGHTS_FILE),
    )
    settings = {**settings, "acts": list(network.acts), "first_trained_layer": first_trained}
    (directory / SETTINGS_FILE).write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")


def load_act_model(directory: Path, encoder_dir: Path | None = None) -> tuple[ActNetwork, dict[str, Any]]:
    """The classifier saved in `directory` over the installed encoder's lower layers, and its settings."""
    settings = json.loads((directory / SETTINGS_FILE).read_text(encoding="utf-8"))
    network = pretrained_network(encoder_dir, settings["acts"])
    trained = {k: v.float() for k, v in load_file(str(directory / WEIGHTS_FILE)).items()}
    missing = set(trained_keys(network, int(settings["first_trained_layer"]))) - trained.keys()
    if missing:
        raise ValueError(f"{directory / WEIGHTS_FILE} lacks {sorted(missing)[:3]}")
    network.load_state_dict(trained, strict=False)
    network.eval()
    return network, settings


def encode_inputs(tokenizer: Any, inputs: Sequence[ActInput], max_wordpieces: int = MAX_WORDPIECES) -> Any:
    """Padded ids, mask and segment types; the content is what truncation cuts."""
    return tokenizer(
        [i.cue for i in inputs], [i.content for i in inputs], padding=True, truncation="only_second",
        max_length=max_wordpieces, return_tensors="pt",
    )


def act_probabilities(
    network: ActNetwork, tokenizer: Any, inputs: Sequence[ActInput], batch: int = 32
) -> list[dict[str, float]]:
    """Each input's probability per act."""
    found: list[dict[str, float]] = []
    with torch.inference_mode():
        for first in range(0, len(inputs), batch):
            encoded = encode_inputs(tokenizer, inputs[first : first + batch])
            logits = network(encoded["input_ids"], encoded["attention_mask"], encoded["token_type_ids"])
            for row in logits.float().softmax(-1).tolist():
                found.append(dict(zip(network.acts, row, strict=True)))
    return found


def combined(
    rule_act: str, neutral: bool, probabilities: Mapping[str, float], rule: str, threshold: float
) -> str:
    """The act a statement keeps: the classifier's most likely act where `rule` lets it override the
    rules' act and its probability reaches `threshold`, else the rules' act.

    rule "neutral-state": only an open `state` under a neutral cue ("said", "told"), where the
    rules' act comes from content patterns alone; "state": any `state`; "any": every act.
    """
    best = max(probabilities, key=probabilities.__getitem__)
    if best == rule_act or probabilities[best] < threshold:
        return rule_act
    if rule == "any" or (rule_act == "state" and (rule == "state" or neutral)):
        return str(best)
    return rule_act


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL to train on")
    parser.add_argument("--heldout", type=Path, default=DEFAULT_HELDOUT,
                        help="article ids left out of --gold (one a line); 'none' for none")
    parser.add_argument("--cache", type=Path, help="a pickle of the matched statements, reused between runs")
    parser.add_argument("--cv", type=int, default=0, help="grouped cross-validation folds (0: none)")
    parser.add_argument("--save", type=Path, help="train on all of --gold and save the classifier here")
    parser.add_argument("--load", type=Path, help="a saved classifier, for --score")
    parser.add_argument("--score", type=Path, action="append", default=[],
                        help="gold JSONL to score (repeatable)")
    parser.add_argument("--score-cache", type=Path, action="append", default=[],
                        help="a pickle of --score's matched statements (one per --score, in order)")
    parser.add_argument("--layers", type=int, default=3, help="top encoder layers trained (1-6)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-rule-act", action="store_true", help="leave the rules' act out of the input")
    parser.add_argument("--rule", choices=RULES, default="neutral-state",
                        help="combination saved with --save")
    parser.add_argument("--threshold", type=float, default=0.6, help="threshold saved with --save")
    args = parser.parse_args(argv)
    if not 1 <= args.layers <= 6:
        parser.error("--layers must be between 1 and 6")
    if args.cv == 1 or args.cv < 0:
        parser.error("--cv needs at least 2 folds")
    if not (args.cv or args.save or args.score):
        parser.error("nothing to do: give --cv, --save or --score")
    if args.score and not (args.load or args.save):
        parser.error("--score needs --load or --save")
    if args.score_cache and len(args.score_cache) != len(args.score):
        parser.error("give one --score-cache per --score")
    return args


Row = dict[str, Any]  # doc, gold act, the matched statement (a dict) or None, the article text


def matched_rows(gold_path: Path, heldout: Path | None, cache: Path | None) -> list[Row]:
    """Each gold attribution with an act, with the learned statement whose content overlaps it most."""
    if cache is not None and cache.exists():
        return list(pickle.loads(cache.read_bytes()))
    from quotegraph.evaluate import read_attribution_file
    from quotegraph.learned import load_span_tagger
    from quotegraph.nlp import load_pipeline
    from quotegraph.predict import predict_documents

    gold = read_attribution_file(str(gold_path))
    left_out = set(heldout.read_text(encoding="utf-8").split()) if heldout is not None else set()
    gold = {doc_id: document for doc_id, document in gold.items() if doc_id not in left_out}
    predicted = predict_documents(gold, load_pipeline(), tagger=load_span_tagger("learned")).documents
    rows = [
        {"doc": doc_id, "gold": gold_act, "statement": statement, "text": gold[doc_id]["text"]}
        for doc_id, gold_act, statement in matched(gold, predicted)
    ]
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def overlap(a: Sequence[Sequence[int]], b: Sequence[Sequence[int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def matched(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> list[tuple[str, str, dict[str, Any] | None]]:
    found = []
    for doc_id, document in gold.items():
        statements = predicted.get(doc_id, {}).get("attributions", [])
        for attribution in document["attributions"]:
            if not attribution.get("act"):
                continue
            best = max(statements, key=lambda s: overlap(s["content"], attribution["content"]), default=None)
            hit = best is not None and overlap(best["content"], attribution["content"]) > 0
            found.append((doc_id, attribution["act"], best if hit else None))
    return found


def input_of(row: Row, with_rule_act: bool) -> ActInput:
    statement = row["statement"]
    cue = statement.get("cue") or []
    return act_input(
        row["text"], [tuple(part) for part in statement["content"]],
        (cue[0][0], cue[-1][1]) if cue else None, statement.get("cue_lemma"),
        statement["act"] if with_rule_act else None,
    )


def folds_of(rows: Sequence[Row], k: int, seed: int) -> list[int]:
    """Each row's fold: articles shuffled with the seed and dealt round."""
    docs = sorted({row["doc"] for row in rows})
    random.Random(seed).shuffle(docs)
    fold_of_doc = {doc: index % k for index, doc in enumerate(docs)}
    return [fold_of_doc[row["doc"]] for row in rows]


class Trainer:
    """The frozen lower layers' states computed once; the top layers and head trained per call."""

    def __init__(self, inputs: Sequence[ActInput], layers: int, seed: int) -> None:
        from transformers import AutoTokenizer

        torch.manual_seed(seed)
        self.first = ENCODER_LAYERS - layers
        self.tokenizer = AutoTokenizer.from_pretrained(str(default_encoder_dir()))
        self.network = pretrained_network()
        self.pristine = {k: v.clone() for k, v in self.network.state_dict().items()}
        self.network.eval()
        self.states: list[Any] = []
        with torch.inference_mode():
            for first in range(0, len(inputs), 32):
                encoded = encode_inputs(self.tokenizer, inputs[first : first + 32])
                mask = encoded["attention_mask"]
                hidden = self.network.hidden_below(
                    encoded["input_ids"], mask, encoded["token_type_ids"], self.first
                )
                for row in range(hidden.shape[0]):
                    self.states.append(hidden[row, : int(mask[row].sum())].clone())

    def batch(self, indices: Sequence[int]) -> tuple[Any, Any]:
        longest = max(self.states[i].shape[0] for i in indices)
        hidden = torch.zeros(len(indices), longest, self.states[0].shape[1])
        mask = torch.zeros(len(indices), longest, dtype=torch.long)
        for row, i in enumerate(indices):
            length = self.states[i].shape[0]
            hidden[row, :length] = self.states[i]
            mask[row, :length] = 1
        return hidden, mask

    def train(self, indices: Sequence[int], labels: Sequence[int], args: argparse.Namespace) -> None:
        """Fit from the pretrained weights (and a fresh head) on the rows `indices`."""
        torch.manual_seed(args.seed)
        self.network.load_state_dict(self.pristine)
        torch.nn.init.normal_(self.network.head.weight, std=0.02)
        torch.nn.init.zeros_(self.network.head.bias)
        names = set(trained_keys(self.network, self.first))
        parameters = [p for n, p in self.network.named_parameters() if n in names]
        optimiser = torch.optim.AdamW(parameters, lr=args.lr, weight_decay=0.01)
        steps = args.epochs * -(-len(indices) // args.batch)
        warmup = max(1, steps // 10)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / (steps - warmup)))
        )
        order = random.Random(args.seed)
        pairs = list(zip(indices, labels, strict=True))
        self.network.train()
        for _ in range(args.epochs):
            order.shuffle(pairs)
            for first in range(0, len(pairs), args.batch):
                chunk = pairs[first : first + args.batch]
                hidden, mask = self.batch([i for i, _ in chunk])
                logits = self.network.from_layer(hidden, mask, self.first)
                loss = torch.nn.functional.cross_entropy(logits, torch.tensor([y for _, y in chunk]))
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
        self.network.eval()

    def probabilities(self, indices: Sequence[int]) -> list[dict[str, float]]:
        found: list[dict[str, float]] = []
        with torch.inference_mode():
            for first in range(0, len(indices), 32):
                hidden, mask = self.batch(indices[first : first + 32])
                for row in self.network.from_layer(hidden, mask, self.first).softmax(-1).tolist():
                    found.append(dict(zip(self.network.acts, row, strict=True)))
        return found


def is_neutral(statement: Mapping[str, Any]) -> bool:
    from quotegraph.resolve.acts import act_lemma
    from quotegraph.resolve.cue_words import NEUTRAL_LEMMAS

    return act_lemma(statement.get("cue_lemma"), statement.get("cue_text") or "") in NEUTRAL_LEMMAS


def report(rows: Sequence[Row], probabilities: Sequence[Mapping[str, float] | None], label: str) -> None:
    """The rules' act agreement and the combined one per rule and threshold, among found statements."""
    found = [(row, p) for row, p in zip(rows, probabilities, strict=True) if row["statement"] is not None]
    rules_right = sum(row["statement"]["act"] == row["gold"] for row, _ in found)
    print(f"{label}: {len(rows)} gold acts, {len(found)} found; rules {rules_right / len(found):.4f} "
          f"of found ({rules_right / len(rows):.4f} of all)")
    top = sum(max(p, key=p.__getitem__) == row["gold"] for row, p in found if p is not None)
    print(f"  classifier's top act alone: {top / len(found):.4f}")
    for rule in RULES:
        cells = []
        for threshold in THRESHOLDS:
            right = changed = gained = lost = 0
            for row, p in found:
                rule_act = row["statement"]["act"]
                act = rule_act if p is None else combined(
                    rule_act, is_neutral(row["statement"]), p, rule, threshold)
                right += act == row["gold"]
                if act != rule_act:
                    changed += 1
                    gained += act == row["gold"]
                    lost += rule_act == row["gold"]
            cells.append(f"{threshold:g}: {right / len(found):.4f} ({changed} changed +{gained} -{lost})")
        print(f"  {rule}: " + ", ".join(cells))


def cross_validate(rows: Sequence[Row], args: argparse.Namespace, label_of: Callable[[str], int]) -> None:
    usable = [i for i, row in enumerate(rows) if row["statement"] is not None]
    inputs = [input_of(rows[i], not args.no_rule_act) for i in usable]
    trainer = Trainer(inputs, args.layers, args.seed)
    folds = folds_of([rows[i] for i in usable], args.cv, args.seed)
    out_of_fold: list[Mapping[str, float] | None] = [None] * len(rows)
    for fold in range(args.cv):
        train = [j for j, f in enumerate(folds) if f != fold]
        test = [j for j, f in enumerate(folds) if f == fold]
        trainer.train(train, [label_of(rows[usable[j]]["gold"]) for j in train], args)
        for j, p in zip(test, trainer.probabilities(test), strict=True):
            out_of_fold[usable[j]] = p
        print(f"fold {fold + 1}/{args.cv} done", file=sys.stderr, flush=True)
    settings = f"{args.layers} layers, {args.epochs} epochs, lr {args.lr:g}"
    report(rows, out_of_fold, f"{args.cv}-fold CV ({settings})")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    heldout = None if str(args.heldout) == "none" else args.heldout
    index = {act: i for i, act in enumerate(SPEECH_ACTS)}
    if args.cv or args.save:
        rows = matched_rows(args.gold, heldout, args.cache)
        if args.cv:
            cross_validate(rows, args, index.__getitem__)
        if args.save:
            save_trained(rows, args, index.__getitem__)
    for number, path in enumerate(args.score):
        score(path, args.score_cache[number] if args.score_cache else None, args)
    return 0


def save_trained(rows: Sequence[Row], args: argparse.Namespace, label_of: Callable[[str], int]) -> None:
    usable = [row for row in rows if row["statement"] is not None]
    trainer = Trainer([input_of(row, not args.no_rule_act) for row in usable], args.layers, args.seed)
    trainer.train(range(len(usable)), [label_of(row["gold"]) for row in usable], args)
    settings = {
        "rule": args.rule, "threshold": args.threshold, "rule_act_in_input": not args.no_rule_act,
        "trained_on": f"{args.gold.name} less {args.heldout.name}: {len(usable)} matched statements",
        "epochs": args.epochs, "lr": args.lr, "batch": args.batch, "seed": args.seed, "layers": args.layers,
    }
    save_act_model(trainer.network, args.save, trainer.first, settings)
    print(f"saved to {args.save}: {json.dumps(settings)}")


def score(path: Path, cache: Path | None, args: argparse.Namespace) -> None:
    from transformers import AutoTokenizer

    network, settings = load_act_model(args.load or args.save)
    rows = matched_rows(path, None, cache)
    tokenizer = AutoTokenizer.from_pretrained(str(default_encoder_dir()))
    usable = [i for i, row in enumerate(rows) if row["statement"] is not None]
    inputs = [input_of(rows[i], settings["rule_act_in_input"]) for i in usable]
    found = act_probabilities(network, tokenizer, inputs)
    probabilities: list[Mapping[str, float] | None] = [None] * len(rows)
    for i, p in zip(usable, found, strict=True):
        probabilities[i] = p
    report(rows, probabilities, str(path))


if __name__ == "__main__":
    sys.exit(main())
