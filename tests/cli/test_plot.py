"""`quotegraph plot` draws SVG and PNG offline; `search` and `export` take the same checked filters."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.store import StatementFilters, Store, aggregates
from tests.factories import newsroom

pytest.importorskip("vl_convert", reason="needs the plot extra (vl-convert-python)")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plot") / "news.db"
    with Store.open(path) as store:
        for result in newsroom():
            store.add(result)
    return path


def marks(svg: str, kind: str) -> int:
    """How many marks of `kind` (rect, rule, symbol, text) Vega drew: one <path> or <text> each."""
    groups = re.findall(rf'<g class="mark-{kind} role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    return sum(group.count("<path") + group.count("<line") + group.count("<text") for group in groups)


def test_timeline_svg_has_one_bar_per_period_and_speaker(news_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "timeline.svg"
    code, _, summary = run("plot", "timeline", "--split", "speaker", "--db", str(news_db), "-o", str(output))

    assert code == 0 and "timeline written to" in summary
    with Store.open(news_db, read_only=True) as store:
        rows = aggregates.timeline(store.db, StatementFilters(), split="speaker")["rows"]
    assert marks(output.read_text(encoding="utf-8"), "rect") == len(rows) > 10


def test_network_svg_has_one_line_per_edge_and_one_circle_per_node(news_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "network.svg"
    code, _, _ = run(
        "plot", "network", "--min-count", "3", "--top", "8", "--db", str(news_db), "-o", str(output)
    )

    with Store.open(news_db, read_only=True) as store:
        graph = aggregates.network(store.db, StatementFilters(), min_count=3, top=8)
    svg = output.read_text(encoding="utf-8")
    assert code == 0 and len(graph["edges"]) == 8
    assert marks(svg, "rule") == 8 and marks(svg, "symbol") == len(graph["nodes"])


def test_voices_png_and_filters(news_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "voices.png"
    code, _, _ = run("plot", "voices", "talk", "--by", "kind", "--outlet", "Coast News", "--db", str(news_db),
                     "-o", str(output))  # fmt: skip

    assert code == 0 and output.read_bytes().startswith(b"\x89PNG") and output.stat().st_size > 5_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--act", "shouted"), "Error: unknown act 'shouted'; use one of: accuse, agree"),
        (("--speaker-gender", "f"), "Error: unknown speaker gender 'f'; use one of: female, male, unknown"),
        (("-o", "x.gif"), "x.gif: the file name must end in .svg or .png"),
    ],
)
def test_bad_input_is_one_line(news_db: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    arguments = ["plot", "timeline", "--db", str(news_db), "-o", str(tmp_path / "t.svg"), *args]
    code, _, error = run(*arguments)

    assert code == 1 and message in error and "Traceback" not in error


def test_search_reports_an_unknown_act_with_the_valid_ones(news_db: Path) -> None:
    code, _, error = run("search", "--act", "refusal", "--db", str(news_db))
    assert code == 1 and "unknown act 'refusal'; use one of:" in error and "reject" in error


def test_search_explains_a_repaired_quotation_mark_and_sorts_by_relevance(news_db: Path) -> None:
    code, table, error = run("search", '"talk about Russia', "--sort", "relevance", "--db", str(news_db))
    assert code == 0 and "was not closed" in error and "Russia" in table.splitlines()[0]


def test_export_takes_the_search_filters(news_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "female.csv"
    code, _, summary = run("export", "--speaker-gender", "female", "--about", "Russia", "--db", str(news_db),
                           "--format", "csv", "-o", str(output))  # fmt: skip
    rows = list(csv.DictReader(output.read_text(encoding="utf-8").splitlines()))

    with Store.open(news_db, read_only=True) as store:
        expected = store.count(speaker_gender="female", about="Russia")
    assert code == 0 and len(rows) == expected > 0 and f"{expected} statements written" in summary
    assert {row["speaker_gender"] for row in rows} == {"female"} and all(row["uid"] for row in rows)

    jsonl = tmp_path / "all.jsonl"
    run("export", "--db", str(news_db), "--format", "jsonl", "-o", str(jsonl))
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 91
    assert json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])["speaker_gender_evidence"] in (0, 1)
