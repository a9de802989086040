"""Store benchmark: ingest rate for synthetic statements, then API latency on loopback.

Generates records (no spaCy; a fifth of the quotes repeat an earlier one, as wire copy does),
adds them with Store.add, starts `quotegraph serve` as a separate process on a free loopback
port and times 1,000 mixed API queries from this one, one at a time, reporting each kind too.

    PYTHONPATH=src python benchmarks/store_bench.py --statements 100000
    PYTHONPATH=src python benchmarks/store_bench.py --db /tmp/bench.db   # build once, then reuse
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from quotegraph.records import (
    SPEECH_ACTS,
    Article,
    ArticleResult,
    CharSpan,
    EntityKind,
    SpeakerGender,
    Statement,
    StatementKind,
    Target,
)
from quotegraph.store import Store

# News vocabulary is Zipfian: a few words are everywhere, most are rare. Queries draw from it the same way.
WORDS = [f"w{n}" for n in range(5000)]
ZIPF = [1 / (rank + 1) for rank in range(len(WORDS))]
ACTS = SPEECH_ACTS
GENDERS = (SpeakerGender.FEMALE, SpeakerGender.MALE, SpeakerGender.UNKNOWN)
OUTLETS = ("Example Post", "Coast News", "City Daily", "Wire Service", "Evening Star")


def synthetic_results(
    statements: int, per_article: int, seed: int = 7, *, repeat_share: float = 0.2
) -> Iterator[ArticleResult]:
    """Articles of `per_article` direct quotes; `repeat_share` of them repeat an earlier quote
    of the same speaker in another article, as wire copy does."""
    rng = random.Random(seed)
    speakers = [(f"speaker-{i}", f"Speaker {i} Name{i}") for i in range(500)]
    # Countries, and some of the speakers themselves: people talk about each other.
    targets = [(f"target-{i}", f"Country{i}") for i in range(200)] + speakers[:100]
    said: list[tuple[tuple[str, str], tuple[str, str], str]] = []  # (speaker, target, quote) so far
    for number in range(statements // per_article):
        parts, found = [], []
        offset = 0
        for _ in range(per_article):
            if said and rng.random() < repeat_share:
                speaker, target, quote = rng.choice(said)
            else:
                speaker, target = rng.choice(speakers), rng.choice(targets)
                quote = f"“{' '.join(rng.choices(WORDS, ZIPF, k=12))} {target[1]},”"
                said.append((speaker, target, quote))
            (speaker_id, name), (target_id, target_name) = speaker, target
            sentence = f"{quote} {name} said.\n\n"
            found.append(
                synthetic_statement(f"a{number}", offset, quote, (name, speaker_id),
                                    (target_name, target_id), rng=rng)
            )  # fmt: skip
            parts.append(sentence)
            offset += len(sentence)
        day = f"20{rng.randint(21, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = Article(id=f"a{number}", text="".join(parts), outlet=rng.choice(OUTLETS), published=day,
                          title=f"Article {number}")  # fmt: skip
        yield ArticleResult(article, tuple(found))


def synthetic_statement(
    article_id: str,
    at: int,
    quote: str,
    speaker: tuple[str, str],
    target: tuple[str, str],
    *,
    rng: random.Random,
) -> Statement:
    """“<quote> <target>,” <name> said.  — with every offset pointing at its words.

    One speaker in ten is an organisation; persons are female, male or unknown by their number.
    """
    name, speaker_id = speaker
    number = int(speaker_id.rsplit("-", 1)[1])
    organisation = number % 10 == 9
    target_kind = EntityKind.PERSON if target[1].startswith("speaker-") else EntityKind.STATE
    source_start = at + len(quote) + 1
    target_end = at + len(quote) - 2  # before the closing ,”
    return Statement(
        article_id=article_id,
        kind=StatementKind.DIRECT,
        content=(CharSpan(at, at + len(quote)),),
        cue=CharSpan(source_start + len(name) + 1, source_start + len(name) + 5),
        cue_lemma="say",
        source=CharSpan(source_start, source_start + len(name)),
        speaker=name,
        speaker_id=speaker_id,
        speaker_kind=EntityKind.ORGANISATION if organisation else EntityKind.PERSON,
        speaker_gender=SpeakerGender.UNKNOWN if organisation else GENDERS[number % 3],
        speaker_gender_evidence=0 if organisation or number % 3 == 2 else 1,
        act=rng.choice(ACTS),
        targets=(Target(*target, target_kind, CharSpan(target_end - len(target[0]), target_end)),),
    )


def mixed_queries(
    rng: random.Random, count: int, quote_ids: list[str], *, articles: int = 1000
) -> list[tuple[str, str]]:
    """(kind, path) pairs of a realistic mix: text search, filters, combinations, deeper pages,
    speaker, article (of the first `articles`) and (when `quote_ids` are given) quote views."""

    def word() -> str:
        return rng.choices(WORDS, ZIPF)[0]

    makers = {
        "text": lambda: f"/api/statements?q={word()}",
        "text+since": lambda: f"/api/statements?q={word()}+{word()}&since=2023-01",
        "speaker id": lambda: f"/api/statements?speaker=speaker-{rng.randrange(500)}",
        "speaker name": lambda: f"/api/statements?speaker=Name{rng.randrange(500)}",
        "about+act": lambda: f"/api/statements?about=Country{rng.randrange(200)}&act={rng.choice(ACTS)}",
        "outlet+until": lambda: (
            f"/api/statements?outlet={rng.choice(OUTLETS).replace(' ', '+')}&until=2022-06"
        ),
        "month": lambda: f"/api/statements?since=2024-03-01&until=2024-03-31&page={rng.randint(1, 5)}",
        "all, deep page": lambda: f"/api/statements?page={rng.randint(1, 50)}&page_size=50",
        "speaker page": lambda: f"/api/speakers/speaker-{rng.randrange(500)}",
        "article": lambda: f"/api/articles/a{rng.randrange(articles)}",
        "speakers": lambda: "/api/speakers?page_size=20",
    }
    if quote_ids:
        makers["quotes"] = lambda: f"/api/quotes?page={rng.randint(1, 5)}"
        makers["quotes by text"] = lambda: f"/api/quotes?q={word()}&min_occurrences=2"
        makers["quote"] = lambda: f"/api/quotes/{rng.choice(quote_ids)}"
    kinds = list(makers)
    return [(kind, makers[kind]()) for kind in (rng.choice(kinds) for _ in range(count))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, *, workers: int = 1) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "quotegraph", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", str(workers)] if workers > 1 else command,
                              stdout=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/speakers", timeout=1)
            return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument(
        "--db",
        type=Path,
        help="Keep the database here; when it exists already, skip the ingest and reuse it.",
    )
    parser.add_argument(
        "--no-quotes", action="store_true", help="Leave the quote endpoints out of the mix (older servers)."
    )
    parser.add_argument("--pages", type=int, default=300,
                        help="Search pages with facets to time, and as many chart requests.")  # fmt: skip
    parser.add_argument("--no-api", action="store_true", help="Skip the API mix: pages and charts only.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "bench.db"
        if not db.exists():
            build_database(db, synthetic_results(args.statements, args.per_article))
        port = free_port()
        server = start_server(db, port)
        try:
            if not args.no_api:
                quote_ids = [] if args.no_quotes else repeated_quote_ids(port)
                articles = min(1000, args.statements // args.per_article)
                queries = mixed_queries(random.Random(11), args.queries, quote_ids, articles=articles)
                report_latency(port, queries, label="api")
            if args.pages:
                pages = search_pages(random.Random(13), args.pages)
                report_latency(port, pages, label="search page with facets")
                report_latency(port, chart_requests(random.Random(17), args.pages), label="charts")
        finally:
            server.terminate()
            server.wait(timeout=10)


def repeated_quote_ids(port: int) -> list[str]:
    found = httpx.get(f"http://127.0.0.1:{port}/api/quotes?page_size=100", timeout=10).json()["items"]
    return [item["id"] for item in found]


def build_database(db: Path, results: Iterable[ArticleResult]) -> None:
    """Add `results` one article at a time, as `quotegraph ingest` does, and report the rate."""
    started = time.perf_counter()
    articles = 0
    with Store.open(db) as store:
        for result in results:
            store.add(result)
            articles += 1
        stored = store.count()
    seconds = time.perf_counter() - started
    print(f"ingest: {stored} statements in {articles} articles, {seconds:.1f} s, "
          f"{stored / seconds:,.0f} statements/s, {articles / seconds:,.0f} articles/s; "
          f"file {db.stat().st_size / 1e6:.0f} MB")  # fmt: skip


def search_pages(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(kind, path) of search pages (HTML, facets beside the results) as people would ask for them:
    a word, a word and a date, a speaker, a facet clicked after a word, a gender, an outlet, nothing."""

    def word() -> str:
        return rng.choices(WORDS, ZIPF)[0]

    makers = {
        "page: nothing": lambda: "/",
        "page: word": lambda: f"/?q={word()}",
        "page: word+since": lambda: f"/?q={word()}&since=2024-01",
        "page: speaker": lambda: f"/?speaker=speaker-{rng.randrange(500)}",
        "page: word+act": lambda: f"/?q={word()}&act={rng.choice(ACTS)}",
        "page: gender": lambda: f"/?speaker_gender={rng.choice(GENDERS).value}",
        "page: outlet+month": lambda: (
            f"/?outlet={rng.choice(OUTLETS).replace(' ', '+')}&since=2023-05&until=2023-05"
        ),
        "page: word, page 3": lambda: f"/?q={word()}&page=3",
    }
    kinds = list(makers)
    return [(kind, makers[kind]()) for kind in (rng.choice(kinds) for _ in range(count))]


def chart_requests(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(kind, path) of the three pictures' data, for the whole store and for narrower searches."""
    filters = ["", "q=w1", "since=2024-01", f"speaker_gender={rng.choice(GENDERS).value}", "q=w40&since=2023"]
    makers = {
        "timeline by month": lambda f: f"/api/charts/timeline?{f}",
        "timeline, week, by speaker": lambda f: f"/api/charts/timeline?{f}&interval=week&split=speaker",
        "network": lambda f: f"/api/charts/network?{f}",
        "voices by gender": lambda f: f"/api/charts/voices?{f}",
        "voices by kind": lambda f: f"/api/charts/voices?{f}&by=speaker_kind",
    }
    kinds = list(makers)
    return [(kind, makers[kind](rng.choice(filters))) for kind in (rng.choice(kinds) for _ in range(count))]


def report_latency(port: int, queries: list[tuple[str, str]], *, label: str = "api") -> None:
    """Time each query, one at a time; print the overall and per-kind percentiles."""
    by_kind: dict[str, list[float]] = {}
    failures = 0
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        for _, path in queries[:20]:  # warm the page cache, as a running server would be
            client.get(path)
        for kind, path in queries:
            started = time.perf_counter()
            response = client.get(path)
            by_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            failures += response.status_code != 200
    timings = [t for values in by_kind.values() for t in values]
    print(f"{label}: {len(queries)} requests, {failures} non-200; latency ms "
          f"p50 {percentile(timings, 0.50):.1f}, p95 {percentile(timings, 0.95):.1f}, "
          f"p99 {percentile(timings, 0.99):.1f}, max {max(timings):.1f}")  # fmt: skip
    for kind, values in sorted(by_kind.items(), key=lambda item: -statistics.median(item[1])):
        print(f"  {kind:<36} n={len(values):<4} median {statistics.median(values):6.1f}  "
              f"p95 {percentile(values, 0.95):6.1f}  max {max(values):6.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
