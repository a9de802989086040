"""Throughput of the Spark job against the single-process CLI, and a projection to Quotebank's size.

Reads PolNeAR articles at run time (never copied into the repository) or, without the corpus,
synthetic articles made from the bundled samples. Reports, for 1 and 2 local executor cores:
articles/s and words/s per core, scaling efficiency, executor memory per core (peak RSS of the
JVM and its Python workers, divided by cores) and start-up cost; then the projected wall time
for 196 million articles on 400 cores.

    PYTHONPATH=src python benchmarks/spark_bench.py --articles 240 --output bench.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from quotegraph.batch.spark import run_job, spark_session
from quotegraph.cli.demo import sample_paths
from quotegraph.ingest import read_articles
from quotegraph.limits import DEFAULT_LIMITS
from quotegraph.nlp import load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article

POLNEAR = Path("/work/shared/corpora/polnear/train.jsonl")
QUOTEBANK_ARTICLES = 196_000_000
CLUSTER_CORES = 400


def corpus(path: Path, count: int, folder: Path) -> tuple[Path, int]:
    """The first `count` articles of `path` (or synthetic ones) as a JSONL file, and their words."""
    if path.exists():
        articles = [a for a in read_articles([path]) if isinstance(a, Article)][:count]
    else:
        samples = [a for a in read_articles(sample_paths()) if isinstance(a, Article)]
        articles = [Article(id=f"synthetic-{i}", text=samples[i % len(samples)].text) for i in range(count)]
    out = folder / "bench.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n")
    return out, sum(len(a.text.split()) for a in articles)


def single_process(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds the CLI's code path takes over `path`, pipeline already loaded.

    With the CLI's settings (its default per-article limits, spaCy's memory zone), which the
    Spark workers use too.
    """
    nlp = load_pipeline()
    list(process_articles(read_articles([path]), nlp))  # warm up: first batches allocate
    start, cpu = time.perf_counter(), time.process_time()
    list(process_articles(read_articles([path]), nlp, limits=DEFAULT_LIMITS, memory_zone=True))
    return time.perf_counter() - start, time.process_time() - cpu


def cpu_seconds(pids: Iterator[int]) -> float:
    """User + system CPU seconds of `pids` (and of their exited, waited-for children)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def descendants(root: int) -> Iterator[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        yield pid
        todo.extend(children.get(pid, []))


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakMemory:
    """Samples the summed RSS of this process's children (the JVM and its Python workers)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(rss_bytes(p) for p in descendants(os.getpid())))
            time.sleep(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def head(path: Path, lines: int, out: Path) -> Path:
    """The first `lines` articles of `path`, written to `out`."""
    with path.open(encoding="utf-8") as source:
        out.write_text("".join(itertools.islice(source, lines)), encoding="utf-8")
    return out


def spark_run(path: Path, articles: int, cores: int, folder: Path) -> dict[str, float]:
    """Start-up cost, and job times on a quarter of the articles and on all of them.

    Two sizes separate the per-job overhead (a dozen small Spark jobs: writes, ledger counts)
    from the per-article cost, which is what decides the wall time of a large corpus.
    """
    start = time.perf_counter()
    session = spark_session(f"local[{cores}]", config={"spark.sql.shuffle.partitions": str(cores)})
    session_s = time.perf_counter() - start
    warmup = head(path, 2 * cores, folder / f"warmup-{cores}.jsonl")
    quarter = head(path, articles // 4, folder / f"quarter-{cores}.jsonl")
    try:
        first_job_s = timed_job(session, warmup, folder / f"warm-{cores}", cores)  # workers load the pipeline
        quarter_s = timed_job(session, quarter, folder / f"quarter-{cores}", cores)
        cpu = cpu_seconds(descendants(os.getpid()))
        with PeakMemory() as memory:
            job_s = timed_job(session, path, folder / f"out-{cores}", cores)
        cpu = cpu_seconds(descendants(os.getpid())) - cpu
    finally:
        session.stop()
    return {"session_start_s": session_s, "first_job_s": first_job_s, "quarter_s": quarter_s,
            "job_s": job_s, "cpu_s": cpu, "peak_rss_bytes": memory.peak}


def timed_job(session, path: Path, output: Path, cores: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    run_job(session, [str(path)], str(output), partitions=4 * cores)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--corpus", type=Path, default=POLNEAR)
    parser.add_argument("--output", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, words = corpus(args.corpus, args.articles, folder)
        articles = sum(1 for _ in path.open(encoding="utf-8"))
        load_before = os.getloadavg()[0]
        quarter_words = words_in(path, articles // 4)
        cli_s, cli_cpu_s = single_process(path)
        runs = {cores: spark_run(path, articles, cores, folder) for cores in (1, 2)}
    report = figures(articles, words, quarter_words, cli_s, runs)
    report["cli_single_process"]["articles_per_cpu_s"] = articles / cli_cpu_s
    for cores, run in runs.items():  # CPU seconds of the JVM and its Python workers, whatever the load
        report[f"spark_{cores}_cores"]["articles_per_cpu_s"] = articles / run["cpu_s"]
    report["cpu_scaling_efficiency_1_to_2"] = runs[1]["cpu_s"] / runs[2]["cpu_s"]
    report["jvm_start_s"] = runs[1]["session_start_s"]  # the second session reuses the running JVM
    report["corpus"] = str(args.corpus) if args.corpus.exists() else "synthetic (bundled samples)"
    report["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    print(json.dumps(report, indent=2))
    if args.output:
        args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def words_in(path: Path, lines: int) -> int:
    """Words of the first `lines` articles of a JSONL file."""
    with path.open(encoding="utf-8") as source:
        return sum(len(json.loads(line)["text"].split()) for line in itertools.islice(source, lines))


def figures(articles: int, words: int, quarter_words: int, cli_s: float,
            runs: dict[int, dict[str, float]]) -> dict:
    """Throughput per core (end to end, and at the margin), scaling, projection.

    The margin is counted in words: (words of all − words of the first quarter) / (time for all −
    time for the quarter). Counted in articles it would credit Spark with the quarter's articles
    being longer or shorter than the rest. Marginal articles/s are those words/s divided by the
    corpus's mean article length.
    """
    report: dict = {"articles": articles, "words": words, "quarter_words": quarter_words,
                    "cli_single_process": {"articles_per_s": articles / cli_s, "words_per_s": words / cli_s}}
    words_per_article = words / articles
    for cores, run in runs.items():
        marginal_words = (words - quarter_words) / (run["job_s"] - run["quarter_s"])  # words/s, no overhead
        report[f"spark_{cores}_cores"] = {
            "articles_per_s_per_core": articles / run["job_s"] / cores,
            "words_per_s_per_core": words / run["job_s"] / cores,
            "marginal_articles_per_s_per_core": marginal_words / words_per_article / cores,
            "marginal_words_per_s_per_core": marginal_words / cores,
            "per_job_overhead_s": run["quarter_s"] - quarter_words / marginal_words,
            "job_s": run["job_s"],
            "quarter_job_s": run["quarter_s"],
            "session_start_s": run["session_start_s"],
            "first_job_s": run["first_job_s"],
            "memory_per_core_mib": run["peak_rss_bytes"] / cores / 2**20,
        }
    one, two = report["spark_1_cores"], report["spark_2_cores"]
    cli = report["cli_single_process"]["articles_per_s"]
    for kind in ("articles_per_s_per_core", "marginal_articles_per_s_per_core"):
        report[f"scaling_efficiency_1_to_2 ({kind})"] = two[kind] / one[kind]
        report[f"per_core_vs_cli ({kind})"] = {f"{n}_cores": report[f"spark_{n}_cores"][kind] / cli
                                               for n in runs}
    fixed = two["session_start_s"] + two["first_job_s"] + two["per_job_overhead_s"]
    rate = two["marginal_articles_per_s_per_core"] * CLUSTER_CORES
    report["projected_hours_196M_articles_400_cores"] = (QUOTEBANK_ARTICLES / rate + fixed) / 3600
    return report


if __name__ == "__main__":
    main()
