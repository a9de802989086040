"""Fine-tune the span tagger on attribution JSONL (../shared/eval/FORMAT.md) on CPU, reproducibly."""

from __future__ import annotations

import itertools
import json
import logging
import math
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from torch import nn

from quotegraph.learned.encoding import (
    ROLES,
    Spans,
    bio_tags,
    gold_spans,
    load_tokenizer,
    wordpieces,
)
from quotegraph.learned.model import (
    TaggerNetwork,
    default_encoder_dir,
    load_tagger,
    pretrained_tagger,
    save_tagger,
)
from quotegraph.learned.tagging import Tagger, batch_of, tag_text

_log = logging.getLogger(__name__)
Document = tuple[str, Spans]  # text, gold character ranges per role


@dataclass(frozen=True)
class TrainSettings:
    """Everything that decides the trained weights; saved beside them."""

    epochs: int = 4  # the CPU recipe, about an hour on 2 cores; the shipped weights had 8, on a GPU
    seed: int = 13
    learning_rate: float = 2e-4
    batch_size: int = 16
    window: int = 256  # wordpieces, specials included
    stride: int = 224  # between windows at prediction time (dev: 224 as accurate as 128, 1.5x faster)
    layers: int = 6  # encoder layers kept from all-MiniLM-L6-v2 (fewer: faster, less accurate)
    cases: bool = True  # feed each wordpiece's case class (encoding.CASES): the encoder is uncased
    warmup: float = 0.1  # share of steps with a rising learning rate
    threads: int = 2
    limit: int = 0  # train on the first `limit` documents only (0: all); for smoke tests
    init: str = ""  # a directory saved by train(): start from its weights (layers, cases) instead
    device: str = "cpu"


@dataclass(frozen=True)
class Example:
    ids: tuple[int, ...]
    tags: tuple[tuple[int, ...], ...]  # per wordpiece: one tag per role
    cases: tuple[int, ...]


def read_documents(path: Path, limit: int = 0) -> list[Document]:
    """(text, gold spans) per line of an attribution JSONL file."""
    documents = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                documents.append((record["text"], gold_spans(record.get("attributions", []))))
    return documents[:limit] if limit else documents


def examples_of(tokenizer: object, documents: Sequence[Document], size: int, shift: int = 0) -> list[Example]:
    """Non-overlapping training windows of `size` wordpieces; `shift` moves their cuts."""
    examples = []
    for text, spans in documents:
        pieces = wordpieces(tokenizer, text)
        per_role = [bio_tags(pieces.offsets, spans[role]) for role in ROLES]
        tags = list(zip(*per_role, strict=True))
        cuts = [0, *range(shift or size, len(pieces), size), len(pieces)]
        for a, b in itertools.pairwise(cuts):
            if b > a:
                examples.append(Example(pieces.ids[a:b], tuple(tags[a:b]), pieces.cases[a:b]))
    return examples


def batches(examples: list[Example], size: int, rng: random.Random) -> Iterator[list[Example]]:
    order = list(range(len(examples)))
    rng.shuffle(order)
    for first in range(0, len(order), size):
        yield [examples[k] for k in order[first : first + size]]


def batch_loss(model: TaggerNetwork, batch: list[Example]) -> torch.Tensor:
    """Cross-entropy summed over the roles, averaged over the real wordpieces."""
    ids, mask, cases = batch_of([e.ids for e in batch], [e.cases for e in batch])
    device = next(model.parameters()).device
    gold = torch.full((*ids.shape, len(ROLES)), -100, dtype=torch.long)  # -100: ignored (specials, pads)
    for row, example in enumerate(batch):
        gold[row, 1 : len(example.ids) + 1] = torch.tensor(example.tags, dtype=torch.long)
    logits = model(ids.to(device), mask.to(device), cases.to(device))
    gold = gold.to(device)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), gold.reshape(-1)) * len(ROLES)


def train(
    train_path: Path,
    dev_path: Path | None,
    output: Path,
    settings: TrainSettings,
    *,
    encoder_dir: Path | None = None,
    report: Callable[[str], None] = _log.info,
) -> dict[str, dict[str, float]]:
    """Fine-tune, report dev figures after each epoch, save the best epoch's weights to `output`.

    Progress lines go to `report` (the CLI prints them; by default they are logged).

    Returns the saved epoch's dev figures (or the last epoch's training loss without dev).
    """
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    rng = random.Random(settings.seed)
    encoder_dir = encoder_dir or default_encoder_dir()
    tokenizer = load_tokenizer(encoder_dir)
    documents = read_documents(train_path, settings.limit)
    dev = read_documents(dev_path) if dev_path else []
    model = starting_tagger(encoder_dir, settings).to(settings.device)
    size = settings.window - 2
    steps = settings.epochs * math.ceil(len(examples_of(tokenizer, documents, size)) / settings.batch_size)
    optimizer, schedule = _optimizer(model, settings, steps)
    best: dict[str, dict[str, float]] = {}
    for epoch in range(1, settings.epochs + 1):
        started = time.perf_counter()
        examples = examples_of(tokenizer, documents, size, shift=(epoch - 1) * size // 2 % size)
        loss = _epoch(model, examples, optimizer, schedule, settings.batch_size, rng, report)
        line = f"epoch {epoch}: loss {loss:.4f}, {time.perf_counter() - started:.0f} s"
        figures = evaluate(Tagger(model, tokenizer, settings.window, settings.stride), dev) if dev else {}
        report(line + (", dev " + format_figures(figures) if figures else ""))
        if not dev or not best or _mean_f1(figures) > _mean_f1(best):  # the first epoch is always saved
            best = figures or {"train": {"loss": loss}}
            save_tagger(model, output, {**asdict(settings), "epoch": epoch, "dev": figures})
    return best


def starting_tagger(encoder_dir: Path, settings: TrainSettings) -> TaggerNetwork:
    """The pretrained encoder with fresh heads, or with `settings.init` the weights saved there."""
    if not settings.init:
        return pretrained_tagger(encoder_dir, settings.layers, settings.cases)
    model, _ = load_tagger(Path(settings.init), encoder_dir)
    if not isinstance(model, TaggerNetwork):
        raise ValueError(f"{settings.init}: an ensemble cannot be trained further; start from one member")
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)  # frozen, as when it was trained
    return model


def _optimizer(model: nn.Module, settings: TrainSettings, steps: int):  # type: ignore[no-untyped-def]
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=settings.learning_rate, weight_decay=0.01)
    warmup = max(1, int(steps * settings.warmup))

    def factor(step: int) -> float:  # linear warm-up, then linear decay to zero
        return step / warmup if step < warmup else max(0.0, (steps - step) / max(1, steps - warmup))

    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def _epoch(  # type: ignore[no-untyped-def]  # noqa: PLR0917 - the training loop's state, all used
    model, examples, optimizer, schedule, batch_size, rng, report
) -> float:
    model.train()
    total, count, started, pieces = 0.0, 0, time.perf_counter(), 0
    steps = math.ceil(len(examples) / batch_size)
    for batch in batches(examples, batch_size, rng):
        pieces += sum(len(e.ids) for e in batch)
        if count and count % 50 == 0:  # a long CPU epoch shows that it moves, and how fast
            report(f"  step {count}/{steps}, {pieces / (time.perf_counter() - started):.0f} wordpieces/s")
        loss = batch_loss(model, batch)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        total, count = total + loss.item(), count + 1
    model.eval()
    return total / max(1, count)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def token_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The span trimmed to its first and last word or punctuation token, so whitespace never counts."""
    found = [m.span() for m in _TOKEN.finditer(text, start, end)]
    return (found[0][0], found[-1][1]) if found else (start, start)


def evaluate(tagger: Tagger, documents: Sequence[Document]) -> dict[str, dict[str, float]]:
    """Exact span P/R/F1 per role over each document's distinct spans (as CofeNet reports them).

    Approximates ../shared/eval/score.py's "unique (CofeNet)" rows: gold parts of a discontinuous
    span count separately here, and tokens are a simple regex rather than the scorer's.
    """
    counts = {role: [0, 0, 0] for role in ROLES}  # tp, predicted, gold
    for text, gold in documents:
        predicted = tag_text(tagger, text)
        for role in ROLES:
            p = {token_range(text, a, b) for a, b in predicted[role]}
            g = {token_range(text, a, b) for a, b in gold[role]}
            counts[role][0] += len(p & g)
            counts[role][1] += len(p)
            counts[role][2] += len(g)
    return {role: _prf(*counts[role]) for role in ROLES}


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _mean_f1(figures: dict[str, dict[str, float]]) -> float:
    return sum(f.get("f1", 0.0) for f in figures.values()) / max(1, len(figures))


def format_figures(figures: dict[str, dict[str, float]]) -> str:
    return ", ".join(f"{role} P {f['p']:.3f} R {f['r']:.3f} F1 {f['f1']:.3f}" for role, f in figures.items())
