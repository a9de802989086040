"""Search that finds (names, stems, prefixes, repaired quotes, relevance), checked filter values,
counted facets equal to SQL counts, stable statement ids, speaker_gender, and the chart counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quotegraph.errors import InvalidQuery
from quotegraph.store import StatementFilters, Store, aggregates
from quotegraph.store.facets import facet_counts
from quotegraph.store.fulltext import MARK_END, MARK_START, parse_text
from tests.factories import all_results, summit, wire


def contents(hits: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [hit["content"] for hit in hits]


def test_a_speakers_name_in_the_search_box_finds_their_statements(store: Store) -> None:
    assert sorted(contents(store.search("Rutte"))) == [
        "“Russia must withdraw,”",
        "“We will not send troops to Ukraine,”",
    ]
    assert contents(store.search("Rutte troops")) == ["“We will not send troops to Ukraine,”"]
    assert store.count("Lopes") == 2


def test_the_search_box_stems_and_takes_prefixes(store: Store) -> None:
    assert store.count("troop") == store.count("troops") == 1
    assert store.count("promise") == 1  # "promises" in Scholz's statement
    assert store.count("withdr*") == 1
    assert store.count("withdr") == 0


def test_an_unclosed_quotation_mark_is_repaired_and_explained(store: Store) -> None:
    parsed = parse_text('"send troops')

    assert parsed.note and "not closed" in parsed.note
    assert store.count('"send troops') == 1
    assert store.count('"troops send') == 0  # still a phrase: word order counts


def test_highlights_mark_the_matched_words_stems_included(store: Store) -> None:
    [hit] = store.search("troop")
    marked = store.highlights("troop", [hit["id"]])[hit["id"]]

    assert f"{MARK_START}troops{MARK_END}" in marked


def test_relevance_puts_the_better_match_first(store: Store) -> None:
    hits = store.search("Ukraine troops", sort="relevance")
    assert contents(hits)[0] == "“We will not send troops to Ukraine,”"
    with pytest.raises(InvalidQuery, match="unknown sort"):
        store.search("x", sort="loudest")


@pytest.mark.parametrize(
    ("filters", "listed"),
    [
        ({"act": "shouted"}, "accuse, agree, ask"),
        ({"act": "refusal"}, "reject"),
        ({"type": "quoted"}, "direct, indirect, mixed"),
        ({"speaker_kind": "human"}, "person"),
        ({"speaker_gender": "f"}, "female, male, unknown"),
    ],
)
def test_an_unknown_filter_value_is_an_error_listing_the_valid_ones(
    store: Store, filters: dict[str, str], listed: str
) -> None:
    with pytest.raises(InvalidQuery, match=listed):
        store.search(**filters)
    with pytest.raises(InvalidQuery, match="use one of"):
        store.facets(**filters)


def sql_count(store: Store, condition: str, *params: object) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM statements s WHERE {condition}", params).fetchone()[0])


COLUMN = {"speaker": "speaker_id", "outlet": "outlet", "act": "act", "type": "type",
          "speaker_kind": "speaker_kind", "speaker_gender": "speaker_gender"}  # fmt: skip


@pytest.mark.parametrize(
    "search", [{}, {"text": "Ukraine"}, {"speaker_gender": "female"}, {"outlet": "Example Post"}]
)
def test_every_facet_count_equals_the_sql_count(store: Store, search: dict[str, str]) -> None:
    store.add(wire())
    found = store.facets(**search)
    matching = {h["id"] for h in store.search(limit=1000, **search)}
    ids = ",".join(map(str, matching)) or "NULL"

    assert found["total"] == found["counted"] == len(matching)
    for name, column in COLUMN.items():
        for item in found["facets"][name]:
            assert item["count"] == sql_count(store, f"s.id IN ({ids}) AND s.{column} = ?", item["value"])
    for item in found["facets"]["about"]:
        about = "s.id IN (SELECT statement_id FROM statement_targets WHERE entity_id = ?)"
        assert item["count"] == sql_count(store, f"s.id IN ({ids}) AND {about}", item["value"])
    for item in found["facets"]["month"]:
        assert item["count"] == sql_count(
            store, f"s.id IN ({ids}) AND substr(s.published, 1, 7) = ?", item["value"]
        )


def test_facets_name_speakers_and_targets_and_say_which_filter_they_set(store: Store) -> None:
    found = store.facets()["facets"]

    assert found["speaker"][0] == {"value": "Q57792", "label": "Mark Rutte", "count": 2, "filter": "speaker"}
    assert {i["label"]: i["count"] for i in found["about"]} == {"Ukraine": 2, "Germany": 1, "Russia": 1}
    assert [i["value"] for i in found["month"]] == ["2024-06", "2024-03", "2023-11"]
    assert {i["value"]: i["count"] for i in found["speaker_gender"]} == {"male": 1, "female": 1, "unknown": 4}


def test_a_broad_search_is_counted_over_a_sample_and_says_so(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quotegraph.store.facets.SAMPLE", 2)
    found = facet_counts(store.db, StatementFilters(outlet="Example Post"))

    assert found["total"] == 3 and found["counted"] == 2
    assert sum(item["count"] for item in found["facets"]["type"]) == 2


def test_speaker_gender_is_stored_and_filtered(store: Store) -> None:
    [lopes] = store.search(speaker_gender="female")

    assert lopes["speaker"] == "Ana Lopes" and lopes["speaker_gender_evidence"] == 1
    assert store.count(speaker_gender="male") == 1
    assert store.count(speaker_kind="person") == 5


def test_statement_ids_stay_the_same_when_the_articles_are_stored_again(tmp_path: Path) -> None:
    def uids(path: Path, results: list) -> list[str]:  # type: ignore[type-arg]
        with Store.open(path) as store:
            for result in results:
                store.add(result)
            store.add(summit(), force=True)  # replaced: new row ids
            return sorted(h["uid"] for h in store.search(limit=100))

    first = uids(tmp_path / "a.db", all_results())
    second = uids(tmp_path / "b.db", list(reversed(all_results())))

    assert first == second and len(set(first)) == 6
    assert all(uid.startswith("s") and len(uid) == 17 for uid in first)


def test_one_statement_by_its_stable_id(store: Store) -> None:
    [hit] = store.search("withdraw")
    found = store.statement(hit["uid"])

    assert found is not None and found["content"] == "“Russia must withdraw,”"
    assert found["title"] == "Allies meet at summit" and found["targets"][0]["name"] == "Russia"
    assert store.statement("s0000000000000000") is None


def test_export_takes_the_search_filters(store: Store) -> None:
    rows = list(store.statement_rows(StatementFilters(text="Ukraine", speaker="Rutte")))

    assert [row["content"] for row in rows] == ["“We will not send troops to Ukraine,”"]
    assert len(list(store.statement_rows())) == 6


def test_the_timeline_counts_add_up_to_the_search(store: Store) -> None:
    found = aggregates.timeline(store.db, StatementFilters(), interval="month", split="speaker")

    assert sum(r["count"] for r in found["rows"]) + found["undated"] == store.count()
    assert {(r["period"], r["label"]): r["count"] for r in found["rows"]}[("2024-06-01", "Mark Rutte")] == 2
    weekly = aggregates.timeline(store.db, StatementFilters(about="Ukraine"), interval="week")
    assert [(r["period"], r["count"]) for r in weekly["rows"]] == [("2024-06-10", 2)]  # a Monday
    with pytest.raises(InvalidQuery, match="use one of: day, week, month"):
        aggregates.timeline(store.db, StatementFilters(), interval="hour")


def test_the_network_links_speakers_to_what_they_talk_about(store: Store) -> None:
    found = aggregates.network(store.db, StatementFilters(), min_count=1)

    edges = {(e["source"], e["target"]): e for e in found["edges"]}
    assert set(edges) == {
        ("Q57792", "ukraine"),
        ("Q57792", "russia"),
        ("Q61053", "germany"),
        ("Q61053", "ukraine"),
    }
    assert edges["Q57792", "ukraine"]["negative"] == 1  # a rejection
    nodes = {n["id"]: n for n in found["nodes"]}
    assert nodes["ukraine"]["statements"] == 2 and nodes["Q57792"]["label"] == "Mark Rutte"
    assert aggregates.network(store.db, StatementFilters(), min_count=2)["edges"] == []
    assert len(aggregates.network(store.db, StatementFilters(), min_count=1, top=1)["edges"]) == 1


def test_voices_count_statements_per_outlet_month_and_gender(store: Store) -> None:
    found = aggregates.voices(store.db, StatementFilters())
    rows = {(r["outlet"], r["month"], r["value"]): r["count"] for r in found["rows"]}

    assert rows[("Coast News", "2024-03-01", "female")] == 1
    assert rows[("Example Post", "2024-06-01", "unknown")] == 2
    assert sum(rows.values()) == 6
    kinds = aggregates.voices(store.db, StatementFilters(), by="speaker_kind")["rows"]
    assert {r["value"] for r in kinds} == {"person", "unresolved"}


def test_quotes_by_text_match_the_words_not_the_speakers_name(store: Store) -> None:
    store.add(wire())
    assert store.quotes("troops") != [] and store.quotes("Rutte") == []


def test_unchanged_results_replace_nothing(store: Store) -> None:
    result = all_results()[0]
    assert not store.add(replace(result))


def test_min_confidence_keeps_the_statements_at_or_above_it(store: Store) -> None:
    # The hand-made confidences: Scholz's statement 0.7, the port authority's 0.35, the rest 1.0.
    assert store.count(min_confidence=0.0) == store.count() == 6
    assert store.count(min_confidence=0.5) == 5
    assert store.count(min_confidence=0.7) == 5  # at the threshold is kept
    assert store.count(min_confidence=0.71) == 4
    assert all(hit["confidence"] >= 0.71 for hit in store.search(min_confidence=0.71))
    assert contents(store.search("Germany", min_confidence=0.8)) == []
    assert store.count(min_confidence=1.0) == 4


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan")])
def test_a_min_confidence_outside_0_to_1_is_a_one_line_error(store: Store, threshold: float) -> None:
    with pytest.raises(InvalidQuery, match="min_confidence must be a number from 0 to 1") as raised:
        store.search(min_confidence=threshold)
    assert "\n" not in str(raised.value)
    with pytest.raises(InvalidQuery, match="min_confidence"):
        store.facets(min_confidence=threshold)
    with pytest.raises(InvalidQuery, match="min_confidence"):
        aggregates.timeline(store.db, StatementFilters(min_confidence=threshold))


@pytest.mark.parametrize("search", [{"min_confidence": 0.5}, {"text": "Ukraine", "min_confidence": 0.8}])
def test_facets_and_pictures_count_what_the_confidence_filter_lists(
    store: Store, search: dict[str, object]
) -> None:
    listed = {hit["id"] for hit in store.search(limit=1000, **search)}
    found = store.facets(**search)
    filters = StatementFilters(**search)  # type: ignore[arg-type]

    assert found["total"] == found["counted"] == len(listed) < store.count()
    assert sum(item["count"] for item in found["facets"]["type"]) == len(listed)
    timeline = aggregates.timeline(store.db, filters)
    assert sum(row["count"] for row in timeline["rows"]) + timeline["undated"] == len(listed)
    assert sum(row["count"] for row in aggregates.voices(store.db, filters)["rows"]) == len(listed)
    assert {row["id"] for row in store.statement_rows(filters)} == listed
