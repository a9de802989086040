"""Run the span tagger over whole articles: overlapping windows → character spans per role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from quotegraph.learned.encoding import (
    ROLES,
    Spans,
    Wordpieces,
    decode_tags,
    load_tokenizer,
    snap_to_words,
    windows,
    wordpieces,
)
from quotegraph.learned.model import SpanTagger, default_encoder_dir, load_tagger

CLS_ID, SEP_ID, PAD_ID = 101, 102, 0  # the uncased BERT vocabulary's specials
MODEL_DIR = Path(__file__).parent / "model"


@dataclass
class Tagger:
    """A loaded span tagger with its tokenizer and window settings."""

    model: SpanTagger
    tokenizer: Any
    window: int = 256  # wordpieces per window, specials included
    stride: int = 224
    batch_size: int = 16

    def spans(self, text: str) -> Spans:
        """Character ranges per role that the tagger finds in `text`."""
        return tag_text(self, text)


def load(directory: Path = MODEL_DIR, encoder_dir: Path | None = None) -> Tagger:
    """The tagger saved in `directory` (by default the one shipped with quotegraph)."""
    encoder_dir = encoder_dir or default_encoder_dir()
    model, settings = load_tagger(directory, encoder_dir)
    return Tagger(model, load_tokenizer(encoder_dir), window=int(settings.get("window", 256)),
                  stride=int(settings.get("stride", 224)))


def tag_text(tagger: Tagger, text: str) -> Spans:
    pieces = wordpieces(tagger.tokenizer, text)
    if not len(pieces):
        return {role: [] for role in ROLES}
    tags = predict_tags(tagger.model, pieces, tagger.window, tagger.stride, tagger.batch_size)
    spans: Spans = {}
    for r, role in enumerate(ROLES):
        ranges = decode_tags(tags[:, r].tolist(), pieces.offsets)
        spans[role] = sorted({snap_to_words(text, a, b) for a, b in ranges})
    return spans


@torch.inference_mode()
def predict_tags(
    model: SpanTagger, pieces: Wordpieces, window: int, stride: int, batch_size: int = 16
) -> torch.Tensor:
    """Tag ids, shape (wordpieces, roles): each wordpiece takes the window where it sits most centrally."""
    spans = windows(len(pieces), window - 2, stride)
    best = torch.full((len(pieces),), -1.0)
    tags = torch.zeros((len(pieces), len(ROLES)), dtype=torch.long)
    for first in range(0, len(spans), batch_size):
        chunk = spans[first : first + batch_size]
        ids, mask = batch_of([pieces.ids[a:b] for a, b in chunk])
        device = next(model.parameters()).device
        predicted = model(ids.to(device), mask.to(device)).argmax(-1)[:, 1:-1].cpu()  # CLS dropped
        for row, (a, b) in enumerate(chunk):
            position = torch.arange(b - a)
            centrality = torch.minimum(position + 1, b - a - position).float()
            take = centrality > best[a:b]
            best[a:b] = torch.where(take, centrality, best[a:b])
            tags[a:b][take] = predicted[row, : b - a][take]
    return tags


def batch_of(sequences: Sequence[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Ids and attention mask for [CLS] sequence [SEP], right-padded to the longest."""
    longest = max(len(s) for s in sequences) + 2
    ids = torch.full((len(sequences), longest), PAD_ID, dtype=torch.long)
    mask = torch.zeros((len(sequences), longest), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence) + 2] = torch.tensor([CLS_ID, *sequence, SEP_ID])
        mask[row, : len(sequence) + 2] = 1
    return ids, mask
