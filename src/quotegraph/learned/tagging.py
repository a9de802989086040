"""Run the span tagger over whole articles: overlapping windows → character spans per role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from quotegraph.learned import weights_digest
from quotegraph.learned.encoding import (
    OUTSIDE,
    ROLES,
    TAGS,
    Spans,
    Wordpieces,
    best_tags,
    bio_tags,
    decode_tags,
    load_tokenizer,
    snap_to_words,
    windows,
    wordpieces,
)
from quotegraph.learned.model import Ensemble, TaggerNetwork, default_encoder_dir, load_tagger

CLS_ID, SEP_ID, PAD_ID = 101, 102, 0  # the uncased BERT vocabulary's specials
# Log-probability added, before decoding, to the tag that the rules' contents give each wordpiece:
# B or I inside a rule content, O (a quarter as much) outside. A product of the tagger and the
# parse-based rules where the tagger's content boundaries drift. On dev, unique content F1 rose
# 0.620 -> 0.628, and so on each half of dev and with a second tagger (+0.7 to +1.5), with
# indirect recall kept: an equal bonus for O gained 1.5 points but lost 2.2 of indirect recall.
# Cues and sources are left to the tagger: nudging them cost content more than it gained them.
RULE_CONTENT_BONUS = 1.0
RULE_OUTSIDE_BONUS = 0.25


@dataclass
class Tagger:
    """A loaded span tagger with its tokenizer and window settings (a learned.SpanTagger)."""

    model: TaggerNetwork | Ensemble
    tokenizer: Any
    window: int = 256  # wordpieces per window, specials included
    stride: int = 224
    batch_size: int = 16
    digest: str = ""  # of the saved weights (learned.weights_digest); empty for one being trained

    def spans(self, text: str, prior: Sequence[tuple[int, int]] | None = None) -> Spans:
        """Character ranges per role that the tagger finds in `text`, nudged toward the `prior` contents."""
        return tag_text(self, text, prior)


def load(directory: Path, encoder_dir: Path | None = None) -> Tagger:
    """The tagger saved in `directory` (learned.SHIPPED_MODEL is the one shipped with quotegraph)."""
    encoder_dir = encoder_dir or default_encoder_dir()
    model, settings = load_tagger(directory, encoder_dir)
    return Tagger(model, load_tokenizer(encoder_dir), window=int(settings.get("window", 256)),
                  stride=int(settings.get("stride", 224)), digest=weights_digest(directory))


def tag_text(tagger: Tagger, text: str, prior: Sequence[tuple[int, int]] | None = None) -> Spans:
    """Spans per role; with a `prior` (even an empty one), content decoding leans toward its ranges."""
    pieces = wordpieces(tagger.tokenizer, text)
    if not len(pieces):
        return {role: [] for role in ROLES}
    scores = predict_scores(tagger.model, pieces, tagger.window, tagger.stride, tagger.batch_size)
    if prior is not None:
        scores = with_rule_contents(scores, pieces.offsets, prior)
    spans: Spans = {}
    for r, role in enumerate(ROLES):
        ranges = decode_tags(best_tags(scores[:, r].tolist()), pieces.offsets)
        spans[role] = sorted({snap_to_words(text, a, b) for a, b in ranges})
    return spans


def with_rule_contents(
    scores: torch.Tensor, offsets: Sequence[tuple[int, int]], contents: Sequence[tuple[int, int]]
) -> torch.Tensor:
    """`scores` with a bonus for the content tag (B, I or O) the rules' `contents` give each wordpiece."""
    role = ROLES.index("content")
    tags = torch.tensor(bio_tags(offsets, contents), dtype=torch.long)
    bonus = torch.where(tags == OUTSIDE, RULE_OUTSIDE_BONUS, RULE_CONTENT_BONUS)
    nudged = scores.clone()
    nudged[torch.arange(len(tags)), role, tags] += bonus
    return nudged


@torch.inference_mode()
def predict_scores(
    model: TaggerNetwork | Ensemble, pieces: Wordpieces, window: int, stride: int, batch_size: int = 16
) -> torch.Tensor:
    """Tag log-probabilities, shape (wordpieces, roles, tags), each from its most central window."""
    spans = windows(len(pieces), window - 2, stride)
    best = torch.full((len(pieces),), -1.0)
    scores = torch.zeros((len(pieces), len(ROLES), len(TAGS)))
    for first in range(0, len(spans), batch_size):
        chunk = spans[first : first + batch_size]
        ids, mask, cases = batch_of(
            [pieces.ids[a:b] for a, b in chunk], [pieces.cases[a:b] for a, b in chunk]
        )
        device = next(model.parameters()).device
        logits = model(ids.to(device), mask.to(device), cases.to(device))
        predicted = logits.float().log_softmax(-1)[:, 1:-1].cpu()  # CLS dropped
        for row, (a, b) in enumerate(chunk):
            position = torch.arange(b - a)
            centrality = torch.minimum(position + 1, b - a - position).float()
            take = centrality > best[a:b]
            best[a:b] = torch.where(take, centrality, best[a:b])
            scores[a:b][take] = predicted[row, : b - a][take]
    return scores


def batch_of(
    sequences: Sequence[Sequence[int]], cases: Sequence[Sequence[int]] | None = None
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Ids, attention mask and case classes for [CLS] sequence [SEP], right-padded to the longest.

    Specials and padding take case class 0; without `cases` every wordpiece does.
    """
    longest = max(len(s) for s in sequences) + 2
    ids = torch.full((len(sequences), longest), PAD_ID, dtype=torch.long)
    mask = torch.zeros((len(sequences), longest), dtype=torch.long)
    classes = torch.zeros((len(sequences), longest), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence) + 2] = torch.tensor([CLS_ID, *sequence, SEP_ID])
        mask[row, : len(sequence) + 2] = 1
        if cases is not None and len(cases[row]):
            classes[row, 1 : len(sequence) + 1] = torch.tensor(cases[row])
    return ids, mask, classes
