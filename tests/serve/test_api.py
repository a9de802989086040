"""The JSON API and HTML pages, in-process: filters, paging, bad input, injection, headers."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import wire

pytest.importorskip("fastapi", reason="needs the web extra")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about httpx versions is not ours
    from fastapi.testclient import TestClient

from quotegraph.serve import create_app
from quotegraph.store import Store


def contents(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [item["content"] for item in response.json()["items"]]


def test_statements_filter_and_page(client: TestClient) -> None:
    first = client.get("/api/statements", params={"page_size": 2})
    second = client.get("/api/statements", params={"page_size": 2, "page": 2})

    assert first.status_code == 200 and first.json()["total"] == 6
    assert len(contents(first)) == 2 and set(contents(first)).isdisjoint(contents(second))
    found = client.get("/api/statements", params={"q": "troops", "speaker": "Rutte", "since": "2024-06"})
    assert contents(found) == ["“We will not send troops to Ukraine,”"]
    assert found.json()["items"][0]["targets"][0]["name"] == "Ukraine"


def test_speakers_and_speaker_and_article(client: TestClient) -> None:
    speakers = client.get("/api/speakers").json()["items"]
    rutte = client.get("/api/speakers/Q57792").json()
    article = client.get("/api/articles/harbour").json()

    assert {s["name"] for s in speakers} == {"Mark Rutte", "Olaf Scholz", "Ana Lopes"}
    assert rutte["statement_count"] == 2 and [t["name"] for t in rutte["talks_about"]] == [
        "Russia",
        "Ukraine",
    ]
    start, end = article["statements"][0]["content_offsets"][0]
    assert article["text"][start:end] == article["statements"][0]["content"]


@pytest.mark.parametrize(
    "query",
    [
        "since=2024-99-01",
        "until=last+week",
        "page=0",
        "page=-1",
        "page=abc",
        "page_size=101",
        "page_size=0",
        "colour=red",
        "type=shouted",
        "q=" + "x" * 501,
        "page=100000",
    ],
)
def test_bad_statement_queries_get_a_json_400(client: TestClient, query: str) -> None:
    response = client.get(f"/api/statements?{query}")

    assert response.status_code == 400
    assert response.json()["error"]["message"]
    assert "Traceback" not in response.text


def test_missing_things_get_a_404(client: TestClient) -> None:
    assert client.get("/api/speakers/nobody").status_code == 404
    assert client.get("/api/articles/nothing").json()["error"]["status"] == 404
    assert client.get("/speakers/nobody").status_code == 404
    assert client.get("/api/speakers/Q57792?extra=1").status_code == 400


INJECTIONS = [
    "' OR '1'='1",
    "x'; DROP TABLE statements; --",
    '" OR 1=1 --',
    "%",
    "_",
    "\\",
    "') UNION SELECT * FROM articles --",
    'troops" OR "a',
    "NEAR(troops russia)",
    "*",
    "Rutte' --",
]


@pytest.mark.parametrize("field", ["q", "speaker", "about", "act", "outlet"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_through_every_filter_matches_nothing_and_breaks_nothing(
    client: TestClient, field: str, value: str
) -> None:
    response = client.get("/api/statements", params={field: value})

    assert response.status_code in (200, 400)  # 400 for a text with no words or an unknown act
    if response.status_code == 200:
        # The search box finds speakers by name: the words of "Rutte' --" are Rutte's name.
        assert response.json()["total"] == (2 if field == "q" and value.startswith("Rutte") else 0)
    assert client.get("/api/statements").json()["total"] == 6  # nothing dropped or changed


@pytest.mark.parametrize("field", ["since", "until"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_through_dates_is_a_400(client: TestClient, field: str, value: str) -> None:
    assert client.get("/api/statements", params={field: value}).status_code == 400


@pytest.mark.parametrize(
    "path", ["/api/speakers/x' OR '1'='1", "/api/articles/summit' --", "/speakers/%27%20OR%201"]
)
def test_sql_injection_through_ids_is_a_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_the_openapi_schema_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]

    assert {
        "/api/statements",
        "/api/speakers",
        "/api/speakers/{entity_id}",
        "/api/articles/{article_id}",
    } <= set(paths)
    assert {p["name"] for p in paths["/api/statements"]["get"]["parameters"]} >= {"q", "since", "page_size"}


@pytest.mark.parametrize("path", ["/", "/speakers/Q57792", "/articles/summit", "/nowhere", "/api/statements"])
def test_every_response_has_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers

    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fstore%2f__init__.py",
    ],
)
def test_static_files_cannot_be_escaped(client: TestClient, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert "root:" not in response.text and "import" not in response.text


def test_the_server_is_read_only(client: TestClient) -> None:
    assert client.post("/api/statements").status_code == 405
    assert client.delete("/api/articles/summit").status_code == 405


def test_article_page_highlights_every_statement_with_speaker_act_and_targets(client: TestClient) -> None:
    html = client.get("/articles/summit").text

    assert html.count('<mark class="statement') == 3
    assert 'title="Mark Rutte · act: reject · about: Ukraine"' in html
    assert 'title="Olaf Scholz · act: promise · about: Germany, Ukraine"' in html
    assert "sp-0" in html and "sp-1" in html  # two speakers, two colours


def test_search_page_escapes_what_it_shows(client: TestClient) -> None:
    html = client.get("/", params={"q": "<script>alert(1)</script>"}).text

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_search_page_shows_a_bad_date_as_a_400_with_the_form(client: TestClient) -> None:
    response = client.get("/", params={"since": "soon"})

    assert response.status_code == 400
    assert "not a date" in response.text and '<form class="search"' in response.text


def test_a_bug_becomes_a_500_without_a_trace(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("quotegraph.serve.api.find_statements", broken)
    response = client.get("/api/statements")

    assert response.status_code == 500
    assert response.json() == {"error": {"status": 500, "message": "internal error"}}


@pytest.fixture
def wire_client(db_file: Path) -> Iterator[TestClient]:
    """The three articles plus `wire`, which repeats Rutte's troops quote a day earlier."""
    with Store.open(db_file) as store:
        store.add(wire())
    with Store.open(db_file, read_only=True) as store:
        yield TestClient(create_app(store), raise_server_exceptions=False)


def test_statements_carry_their_quote_occurrences_and_first_seen(wire_client: TestClient) -> None:
    items = wire_client.get("/api/statements", params={"q": "troops"}).json()["items"]

    assert [(i["article_id"], i["occurrences"], i["first_seen"]) for i in items] == [
        ("summit", 2, "2024-06-09"),
        ("wire", 2, "2024-06-09"),
    ]
    assert items[0]["quote_id"] == items[1]["quote_id"]
    indirect = wire_client.get("/api/statements", params={"type": "indirect"}).json()["items"]
    assert {(i["quote_id"], i["occurrences"]) for i in indirect} == {(None, 1)}


def test_quotes_most_repeated_first_and_one_quote_with_every_occurrence(wire_client: TestClient) -> None:
    top = wire_client.get("/api/quotes", params={"min_occurrences": 2}).json()["items"]
    assert [(q["speaker"], q["occurrences"], q["first_seen"]) for q in top] == [
        ("Mark Rutte", 2, "2024-06-09")
    ]

    quote = wire_client.get(f"/api/quotes/{top[0]['id']}").json()
    assert [(o["outlet"], o["published"], o["article_id"]) for o in quote["seen_in"]] == [
        ("Wire Service", "2024-06-09", "wire"),
        ("Example Post", "2024-06-10", "summit"),
    ]
    assert wire_client.get("/api/quotes", params={"speaker": "ana-lopes"}).json()["items"][0]["speaker"] == (
        "Ana Lopes"
    )


def test_the_most_repeated_quotes_page_finds_by_words(wire_client: TestClient) -> None:
    every = wire_client.get("/quotes").text
    found = wire_client.get("/quotes", params={"q": "troops"}).text
    none = wire_client.get("/quotes", params={"q": "wages"}).text  # said once only

    assert every.count('<li class="quote-item">') == 1 and "2×" in every
    assert wire_client.get("/api/quotes").json()["items"][0]["id"] in found
    assert "No quote seen twice matches these words" in none
    assert wire_client.get("/quotes", params={"q": '"'}).status_code == 400
    assert len(wire_client.get("/api/quotes", params={"q": "troops"}).json()["items"]) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/api/quotes?page=0",
        "/api/quotes?page_size=101",
        "/api/quotes?min_occurrences=0",
        "/api/quotes?sort=random",
        "/api/quotes/qnothing?x=1",
    ],
)
def test_bad_quote_queries_get_a_json_400(wire_client: TestClient, path: str) -> None:
    response = wire_client.get(path)

    assert response.status_code == 400 and response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/api/quotes/qnothing", "/api/quotes/q' OR '1'='1", "/quotes/qnothing"])
def test_a_missing_quote_is_a_404(wire_client: TestClient, path: str) -> None:
    assert wire_client.get(path).status_code == 404


def test_quote_page_lists_every_occurrence_linked_to_the_highlighted_statement(
    wire_client: TestClient,
) -> None:
    [hit] = wire_client.get("/api/statements", params={"q": "troops", "outlet": "wire service"}).json()[
        "items"
    ]
    html = wire_client.get(f"/quotes/{hit['quote_id']}").text

    assert html.count('<li class="occurrence">') == 2
    assert f'href="/articles/wire#s-{hit["uid"]}"' in html
    assert 'href="https://wire.example/rutte"' in html and "Wire Service" in html
    assert "first seen 2024-06-09" in html


def test_search_results_and_the_speaker_page_link_to_repeated_quotes(wire_client: TestClient) -> None:
    quote_id = wire_client.get("/api/quotes").json()["items"][0]["id"]
    search = wire_client.get("/", params={"q": "troops"}).text
    speaker = wire_client.get("/speakers/Q57792").text

    assert search.count(f'href="/quotes/{quote_id}"') == 2 and "2× since 2024-06-09" in search
    assert f'href="/quotes/{quote_id}"' in speaker.split('class="repeated-quotes"')[1]


def test_only_web_links_to_originals_are_links(db_file: Path) -> None:
    hostile = wire()
    hostile = replace(hostile, article=replace(hostile.article, url="javascript:alert(1)"))
    with Store.open(db_file) as store:
        store.add(hostile)
    with Store.open(db_file, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        quote_id = store.quotes()[0]["id"]
        pages = [client.get("/articles/wire").text, client.get(f"/quotes/{quote_id}").text]

    assert all("javascript:" not in page for page in pages)


DOCS = Path(__file__).parents[2] / "docs" / "store.md"


def test_every_route_is_documented(client: TestClient) -> None:
    documented = DOCS.read_text(encoding="utf-8")
    paths = {getattr(route, "path", "") for route in client.app.routes if getattr(route, "methods", None)}

    missing = [p for p in sorted(paths) if re.sub(r"\{\w+\}", "{id}", p) not in documented]
    assert paths and missing == []


@pytest.mark.parametrize("command", ["ingest", "search", "quotes", "export", "serve", "plot"])
def test_every_store_command_option_is_documented(command: str) -> None:
    from quotegraph.cli import cli

    documented = DOCS.read_text(encoding="utf-8")
    options = [o for p in cli.commands[command].params for o in p.opts if o.startswith("--")]

    assert options and [o for o in options if o not in documented] == []


def test_facets_count_the_search_and_check_their_filters(client: TestClient) -> None:
    found = client.get("/api/facets", params={"q": "Ukraine"}).json()

    assert found["total"] == found["counted"] == 2
    assert {i["label"]: i["count"] for i in found["facets"]["speaker"]} == {"Mark Rutte": 1, "Olaf Scholz": 1}
    refused = client.get("/api/facets", params={"act": "shouted"})
    assert refused.status_code == 400 and "use one of: accuse, agree" in refused.json()["error"]["message"]


def test_the_whole_search_downloads_as_csv_or_jsonl(client: TestClient) -> None:
    csv_text = client.get("/api/statements", params={"about": "Ukraine", "format": "csv"})
    jsonl = client.get("/api/statements", params={"speaker": "Ana Lopes", "format": "jsonl"})

    assert csv_text.headers["content-type"].startswith("text/csv")
    assert 'filename="statements.csv"' in csv_text.headers["content-disposition"]
    assert len(csv_text.text.strip().splitlines()) == 1 + 2 and "uid" in csv_text.text.splitlines()[0]
    assert [json.loads(line)["article_id"] for line in jsonl.text.splitlines()] == ["budget", "harbour"]


def test_one_statement_by_its_stable_id_as_json_and_as_a_page(client: TestClient) -> None:
    [hit] = client.get("/api/statements", params={"q": "withdraw"}).json()["items"]

    found = client.get(f"/api/statements/{hit['uid']}").json()
    page = client.get(f"/statements/{hit['uid']}")
    assert found["content"] == "“Russia must withdraw,”" and found["id"] == hit["id"]
    assert page.status_code == 200 and "Russia must withdraw" in page.text and hit["uid"] in page.text
    assert client.get("/api/statements/s0000000000000000").status_code == 404


def test_charts_answer_vega_lite_and_the_network_its_graph(client: TestClient) -> None:
    timeline = client.get("/api/charts/timeline", params={"split": "speaker", "interval": "week"}).json()
    graph = client.get("/api/charts/network", params={"min_count": 1}).json()

    assert timeline["$schema"].endswith("vega-lite/v6.json") and len(timeline["data"]["values"]) == 5
    assert len(graph["edges"]) == 4 and {n["id"] for n in graph["nodes"]} >= {"Q57792", "ukraine"}
    assert client.get("/api/charts/voices", params={"by": "colour"}).status_code == 400


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    for path in ("/", "/api/statements", "/docs", "/articles/summit"):
        response = client.head(path)
        assert response.status_code == 200 and response.content == b"", path
    assert client.head("/articles/none").status_code == 404


def test_the_api_docs_page_is_served_from_this_server(client: TestClient) -> None:
    page = client.get("/docs").text

    assert '<script src="/static/vendor/swagger-ui-bundle.js"' in page and "cdn" not in page.lower()
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_a_target_link_shows_the_targets_name_in_the_form_and_the_chip(client: TestClient) -> None:
    page = client.get("/", params={"about": "ukraine"}).text

    assert 'name="about" value="Ukraine"' in page and "about: Ukraine" in page


def test_min_confidence_filters_statements_facets_charts_and_exports(client: TestClient) -> None:
    # The hand-made confidences: Scholz's statement 0.7, the port authority's 0.35, the rest 1.0.
    sure = client.get("/api/statements", params={"min_confidence": "0.71"}).json()

    assert sure["total"] == 4 and all(item["confidence"] >= 0.71 for item in sure["items"])
    assert client.get("/api/statements", params={"min_confidence": "0.7"}).json()["total"] == 5
    assert client.get("/api/statements", params={"min_confidence": "0"}).json()["total"] == 6
    assert client.get("/api/facets", params={"min_confidence": "0.71"}).json()["total"] == 4
    exported = client.get("/api/statements", params={"min_confidence": "0.71", "format": "jsonl"})
    assert len(exported.text.splitlines()) == 4
    timeline = client.get("/api/charts/timeline", params={"min_confidence": "0.71"})
    assert timeline.status_code == 200


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "inf", "high"])
def test_a_min_confidence_outside_0_to_1_is_a_json_400(client: TestClient, value: str) -> None:
    for path in ("/api/statements", "/api/facets", "/api/charts/voices"):
        response = client.get(path, params={"min_confidence": value})
        assert response.status_code == 400
        assert "min_confidence" in response.json()["error"]["message"]


def test_the_openapi_schema_documents_min_confidence_as_a_number_from_0_to_1(client: TestClient) -> None:
    parameters = client.get("/api/openapi.json").json()["paths"]["/api/statements"]["get"]["parameters"]
    [found] = [p for p in parameters if p["name"] == "min_confidence"]
    number = next(s for s in found["schema"]["anyOf"] if s.get("type") == "number")

    assert (number["minimum"], number["maximum"]) == (0, 1)


def test_search_page_keeps_min_confidence_in_its_links_and_shows_each_confidence(client: TestClient) -> None:
    html = client.get("/", params={"min_confidence": "0.9", "sort": "oldest"}).text

    assert html.count('<li class="hit"') == 4
    assert '<option value="0.9" selected>' in html
    assert "/api/statements?min_confidence=0.9&amp;sort=oldest&amp;format=csv" in html
    assert "/charts?min_confidence=0.9&amp;sort=oldest" in html
    assert 'class="badge confidence"' in html and ">1.00</span>" in html
    every = client.get("/").text
    assert ">0.35</span>" in every and ">0.70</span>" in every


@pytest.mark.parametrize("value", ["2", "sure"])
def test_search_page_shows_a_bad_min_confidence_as_a_400_with_the_form(
    client: TestClient, value: str
) -> None:
    response = client.get("/", params={"min_confidence": value})

    assert response.status_code == 400
    assert "min_confidence must be a number from 0 to 1" in response.text
    assert '<form class="search"' in response.text


def test_the_statement_page_shows_its_confidence(client: TestClient) -> None:
    [hit] = client.get("/api/statements", params={"speaker": "The port authority"}).json()["items"]

    assert "<dt>Confidence</dt><dd>0.35 " in client.get(f"/statements/{hit['uid']}").text
