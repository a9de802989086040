"""Store benchmark: ingest rate for synthetic statements, then API latency on loopback.

Generates records (no spaCy), adds them with Store.add, starts `quotegraph serve` as a
separate process on a free loopback port and times 1,000 mixed API queries from this one.

    PYTHONPATH=src python benchmarks/store_bench.py --statements 100000
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
from pathlib import Path

import httpx

from quotegraph.records import Article, ArticleResult, CharSpan, EntityKind, Statement, StatementKind, Target
from quotegraph.store import Store

# News vocabulary is Zipfian: a few words are everywhere, most are rare. Queries draw from it the same way.
WORDS = [f"w{n}" for n in range(5000)]
ZIPF = [1 / (rank + 1) for rank in range(len(WORDS))]
ACTS = ("claim", "promise", "refusal", "demand", "denial", "warning", "accusation")
OUTLETS = ("Example Post", "Coast News", "City Daily", "Wire Service", "Evening Star")


def synthetic_results(statements: int, per_article: int, seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    speakers = [(f"speaker-{i}", f"Speaker {i} Name{i}") for i in range(500)]
    targets = [(f"target-{i}", f"Country{i}") for i in range(200)]
    results = []
    for number in range(statements // per_article):
        parts, found = [], []
        offset = 0
        for _ in range(per_article):
            speaker_id, name = rng.choice(speakers)
            target_id, target = rng.choice(targets)
            quote = f"“{' '.join(rng.choices(WORDS, ZIPF, k=12))} {target},”"
            sentence = f"{quote} {name} said.\n\n"
            speaking = (name, speaker_id)
            about = (target, target_id)
            found.append(synthetic_statement(f"a{number}", offset, quote, speaking, about, rng=rng))
            parts.append(sentence)
            offset += len(sentence)
        day = f"20{rng.randint(21, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        article = Article(id=f"a{number}", text="".join(parts), outlet=rng.choice(OUTLETS), published=day,
                          title=f"Article {number}")  # fmt: skip
        results.append(ArticleResult(article, tuple(found)))
    return results


def synthetic_statement(
    article_id: str,
    at: int,
    quote: str,
    speaker: tuple[str, str],
    target: tuple[str, str],
    *,
    rng: random.Random,
) -> Statement:
    """“<quote> <target>,” <name> said.  — with every offset pointing at its words."""
    name, speaker_id = speaker
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
        speaker_kind=EntityKind.PERSON,
        act=rng.choice(ACTS),
        targets=(Target(*target, EntityKind.STATE, CharSpan(target_end - len(target[0]), target_end)),),
    )


def mixed_queries(rng: random.Random, count: int) -> list[str]:
    """A realistic mix: text search, filters, combinations, deeper pages, speaker and article views."""

    def word() -> str:
        return rng.choices(WORDS, ZIPF)[0]

    makers = [
        lambda: f"/api/statements?q={word()}",
        lambda: f"/api/statements?q={word()}+{word()}&since=2023-01",
        lambda: f"/api/statements?speaker=speaker-{rng.randrange(500)}",
        lambda: f"/api/statements?speaker=Name{rng.randrange(500)}",
        lambda: f"/api/statements?about=Country{rng.randrange(200)}&act={rng.choice(ACTS)}",
        lambda: f"/api/statements?outlet={rng.choice(OUTLETS).replace(' ', '+')}&until=2022-06",
        lambda: f"/api/statements?since=2024-03-01&until=2024-03-31&page={rng.randint(1, 5)}",
        lambda: f"/api/statements?page={rng.randint(1, 50)}&page_size=50",
        lambda: f"/api/speakers/speaker-{rng.randrange(500)}",
        lambda: f"/api/articles/a{rng.randrange(1000)}",
        lambda: "/api/speakers?page_size=20",
    ]
    return [rng.choice(makers)() for _ in range(count)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "quotegraph", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
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
    args = parser.parse_args()

    results = synthetic_results(args.statements, args.per_article)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        with Store.open(db) as store:
            for result in results:
                store.add(result)
            stored = store.count()
        seconds = time.perf_counter() - started
        print(f"ingest: {stored} statements in {len(results)} articles, {seconds:.1f} s, "
              f"{stored / seconds:,.0f} statements/s, {len(results) / seconds:,.0f} articles/s; "
              f"file {db.stat().st_size / 1e6:.0f} MB")  # fmt: skip

        port = free_port()
        server = start_server(db, port)
        try:
            report_latency(port, mixed_queries(random.Random(11), args.queries))
        finally:
            server.terminate()
            server.wait(timeout=10)


def report_latency(port: int, queries: list[str]) -> None:
    timings, failures = [], 0
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        for query in queries[:20]:  # warm the page cache, as a running server would be
            client.get(query)
        for query in queries:
            started = time.perf_counter()
            response = client.get(query)
            timings.append((time.perf_counter() - started) * 1000)
            failures += response.status_code != 200
    print(f"api: {len(queries)} mixed queries, {failures} non-200; latency ms "
          f"p50 {percentile(timings, 0.50):.1f}, p95 {percentile(timings, 0.95):.1f}, "
          f"p99 {percentile(timings, 0.99):.1f}, max {max(timings):.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
