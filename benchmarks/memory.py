#!/usr/bin/env python3
"""Memory over a long run: 10,000 generated articles streamed through extraction into a store.

    python benchmarks/memory.py --articles 10000 --every 1000 --report benchmarks/results/memory.json

The articles are generated one at a time from a seeded generator (never held in a list),
run through process_articles with the pinned pipeline, and each result is added to a SQLite
store in a temporary folder, as `quotegraph ingest` does. Speakers are drawn from about
800,000 made-up names, so the entity table and any per-name cache keep growing as a real
archive would. Every --every articles it prints the resident set size (RSS) now, and the
peak so far; memory is bounded if RSS levels off instead of growing with the articles.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from quotegraph.nlp import load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, Failure
from quotegraph.store import Store

FIRST = (
    "Anna",
    "Piet",
    "Maria",
    "Omar",
    "Li",
    "Sven",
    "Ines",
    "Kofi",
    "Yuki",
    "Raj",
    "Olga",
    "Tom",
    "Amal",
    "Jan",
    "Lucia",
    "Femi",
    "Hana",
    "Igor",
    "Zoe",
    "Marco",
)
LAST = (
    "Jansen",
    "Haddad",
    "Okafor",
    "Novak",
    "Silva",
    "Berg",
    "Tanaka",
    "Kowalski",
    "Rossi",
    "Dubois",
    "Nguyen",
    "Fischer",
    "Moreau",
    "Costa",
    "Larsen",
    "Petrov",
    "Ahmed",
    "Kim",
    "Murphy",
    "Weber",
)
TOPICS = (
    "the budget",
    "the strike",
    "the election",
    "the bridge",
    "the harbour",
    "the treaty",
    "the vaccine",
    "the tariffs",
    "the pension plan",
    "the flood defences",
)
SENTENCES = (
    "“We will not accept {topic} as it stands,” {name} said.",
    "{name} said that {topic} would be debated next week.",
    "According to {name}, {topic} had cost more than expected.",
    "“It is too early,” said {name}, the {role}. “We need more time.”",
    "{name} told reporters that {topic} was “a serious mistake”.",
    "The ministry declined to comment on {topic}.",
    "{surname} denied that {topic} had been delayed, adding that talks would go on.",
    "Officials met on Tuesday to discuss {topic}.",
)
ROLES = ("minister", "mayor", "spokeswoman", "union leader", "economist")


def synthetic_articles(count: int, seed: int) -> Iterator[Article]:
    """`count` short news articles, generated one at a time."""
    rng = random.Random(seed)
    for number in range(count):
        paragraphs = []
        for _ in range(rng.randrange(4, 10)):
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{rng.randrange(2000)}"
            sentence = rng.choice(SENTENCES).format(
                name=f"{first} {last}", surname=last, topic=rng.choice(TOPICS), role=rng.choice(ROLES)
            )
            paragraphs.append(sentence)
        yield Article(
            id=f"mem-{number:05d}",
            text="\n\n".join(paragraphs),
            outlet="Synthetic Times",
            published=f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
        )


def rss_mib() -> float:
    """Resident set size now, from /proc (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument("--no-memory-zone", action="store_true", help="Run without spaCy's memory zone.")
    args = parser.parse_args()

    nlp = load_pipeline()
    samples = [
        {"articles": 0, "rss_mib": round(rss_mib(), 1), "peak_mib": round(peak_rss_mib(), 1), "seconds": 0.0}
    ]
    print(f"{'articles':>8} {'statements':>10} {'rss MiB':>8} {'peak MiB':>8} {'seconds':>8}")
    started, done, statements, failed = time.monotonic(), 0, 0, 0
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "memory.db") as store:
        for result in process_articles(
            synthetic_articles(args.articles, args.seed), nlp, memory_zone=not args.no_memory_zone
        ):
            done += 1
            if isinstance(result, Failure):
                failed += 1
            else:
                statements += len(result.statements)
                store.add(result, pipeline="memory benchmark")
            if done % args.every == 0:
                sample = {
                    "articles": done,
                    "statements": statements,
                    "rss_mib": round(rss_mib(), 1),
                    "peak_mib": round(peak_rss_mib(), 1),
                    "seconds": round(time.monotonic() - started, 1),
                }
                samples.append(sample)
                print(
                    f"{done:>8} {statements:>10} {sample['rss_mib']:>8} {sample['peak_mib']:>8} "
                    f"{sample['seconds']:>8}",
                    flush=True,
                )
    after_first = [s["rss_mib"] for s in samples[2:]]  # from the 2nd sample on: caches are warm
    figures = {
        "articles": done,
        "statements": statements,
        "failed": failed,
        "samples": samples,
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_growth_after_first_sample_mib": round(max(after_first) - min(after_first), 1)
        if after_first
        else None,
    }
    print(json.dumps({k: v for k, v in figures.items() if k != "samples"}, indent=2))
    if args.report:
        args.report.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
