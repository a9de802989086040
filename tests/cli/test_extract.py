"""The command line: formats, exit codes, and bad input as one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from tests.conftest import HAS_PIPELINE

pytestmark = pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")

ARTICLE = "“We will win,” Rutte said. The minister said that talks would resume."


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_extract_jsonl_writes_the_scorer_format(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": ARTICLE}) + "\n", encoding="utf-8")
    result = run("extract", str(source), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["id"] == "d1"
    first = line["attributions"][0]
    assert {"content", "source", "cue", "type", "speaker"} <= first.keys()
    assert ARTICLE[slice(*first["content"][0])] == "“We will win,”"


def test_extract_reads_stdin_and_writes_csv() -> None:
    result = run("extract", "-", "--format", "csv", stdin=ARTICLE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("article_id,speaker")
    assert "We will win" in result.stdout


def test_min_confidence_leaves_out_the_statements_under_it(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "d1", "text": ARTICLE}) + "\n", encoding="utf-8")
    every = run("extract", str(source), "--format", "jsonl")
    found = json.loads(every.stdout)["attributions"]
    confidences = sorted(a["confidence"] for a in found)
    assert len(confidences) == 2 and confidences[0] < confidences[1]
    between = (confidences[0] + confidences[1]) / 2

    kept = run("extract", str(source), "--format", "jsonl", "--min-confidence", str(between))

    assert kept.exit_code == 0, kept.output
    assert [a["confidence"] for a in json.loads(kept.stdout)["attributions"]] == [confidences[1]]
    assert "1 statement," in kept.stderr  # the summary counts the statements written
    assert run("extract", str(source), "--min-confidence", "1.2").exit_code == 2


def test_bad_documents_are_listed_and_the_exit_code_says_so(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"id": "good", "text": ARTICLE}) + "\nnot json\n" + json.dumps({"id": "n"}) + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(source), "--format", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["id"] == "good"
    assert f"failed: {source}:2: not JSON" in result.stderr
    assert f"failed: {source}:3: no 'text' key" in result.stderr
    assert "1 article," in result.stderr and "2 failed" in result.stderr
    assert "Traceback" not in result.output


def test_fail_fast_stops_at_the_first_bad_document(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text("not json\n" + json.dumps({"id": "later", "text": ARTICLE}) + "\n", encoding="utf-8")
    result = run("extract", str(source), "--format", "jsonl", "--fail-fast")
    assert result.exit_code == 1
    assert result.stdout == ""


def test_binary_input_is_one_clear_line(tmp_path: Path) -> None:
    source = tmp_path / "image.txt"
    source.write_bytes(b"\x89PNG\x00\x00")
    result = run("extract", str(source))
    assert result.exit_code == 1
    assert f"{source}: binary data, not text" in result.stderr
    assert "Traceback" not in result.output


def test_demo_runs_on_the_bundled_samples() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Lindqvist" in result.stdout
    assert "0 failed" in result.stderr


def test_unknown_pipeline_is_a_clear_error() -> None:
    result = run("extract", "-", "--pipeline", "no_such_pipeline", stdin=ARTICLE)
    assert result.exit_code == 1
    assert "no_such_pipeline" in result.output and "Traceback" not in result.output


def test_alias_file_sets_the_canonical_speaker(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,aliases,wikidata\nMark Rutte,Rutte|Mr. Rutte,Q57792\n", encoding="utf-8")
    result = run("extract", "-", "--format", "jsonl", "--aliases", str(aliases), stdin=ARTICLE)
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])["attributions"][0]
    assert first["speaker"] == "Mark Rutte"
    assert first["speaker_id"] == "wikidata:Q57792"


def test_bad_alias_file_is_one_line_with_its_line_number(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,aliases\nMark Rutte,Rutte\nJane Roe,Rutte\n", encoding="utf-8")
    result = run("extract", "-", "--aliases", str(aliases), stdin=ARTICLE)
    assert result.exit_code == 1
    assert f"{aliases}:3" in result.output and "Traceback" not in result.output


def test_documents_without_words_each_get_their_output_line(tmp_path: Path) -> None:
    texts = {"empty": "", "blank": "  ", "marks": "“”", "straight": '"" “', "words": ARTICLE}
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": article_id, "text": text}) + "\n" for article_id, text in texts.items()]
    source.write_text("".join(lines), encoding="utf-8")
    result = run("extract", str(source), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(texts)
    assert "duplicate" not in result.stderr


def test_jsonl_metadata_under_usual_names_and_one_line_for_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    line = {"id": "d1", "text": ARTICLE, "date": "2024-05-01", "headline": "Talks", "source": "Courier",
            "section": "world", "tags": []}
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run("extract", str(source), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    output = json.loads(result.stdout)
    assert (output["published"], output["title"], output["outlet"]) == ("2024-05-01", "Talks", "Courier")
    warnings = [w for w in result.stderr.splitlines() if w.startswith("warning:")]
    assert warnings == [f"warning: {source}: ignored keys section, tags (not article metadata; "
                        "see quotegraph extract --help)"]


def test_table_counts_in_words_and_shows_whole_cues() -> None:
    # PolNeAR's conventions keep a cue's auxiliary and adverb (the standard ones cut it to "rejected")
    result = run("extract", "-", "--conventions", "polnear",
                 stdin="“We have rejected it,” the minister has also rejected.")
    assert result.exit_code == 0, result.output
    assert "(1 statement)" in result.stdout
    assert "has also rejected " in result.stdout
    assert result.stderr.splitlines()[-1] == "1 article, 1 statement, 0 failed"
