"""Load test: `quotegraph serve` on ~100,000 synthetic statements, 50 concurrent clients.

Builds (or reuses) the store_bench database, starts `quotegraph serve` as its own process
on a free loopback port, and drives it from a second process, locust headless (the `load`
extra), with `--users` clients that send the next request as soon as the last is answered,
for `--seconds` after all have started. Reports requests/s, p50/p95/p99 and errors; exits 1
when any request failed.

    PYTHONPATH=src python benchmarks/load_test.py --db /tmp/bench.db --users 50 --seconds 60
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # store_bench beside this file

from store_bench import (
    build_database,
    free_port,
    mixed_queries,
    repeated_quote_ids,
    start_server,
    synthetic_results,
)

LOCUSTFILE = Path(__file__).with_name("locust_store.py")


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "load.db"
        if not db.exists():
            build_database(db, synthetic_results(args.statements, 10))
        port = free_port()
        server = start_server(db, port, workers=args.workers)
        try:
            queries = mixed_queries(
                random.Random(11), 1000, repeated_quote_ids(port), articles=min(1000, args.statements // 10)
            )
            paths = [path for _, path in queries]
            summary = drive(port, paths, args, Path(folder))
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(
        f"load: {args.users} clients, {args.workers} server process(es), {args.seconds} s on loopback: "
        f"{summary['requests']} requests, "
        f"{summary['rps']:.0f} requests/s, latency ms p50 {summary['p50']}, p95 {summary['p95']}, "
        f"p99 {summary['p99']}, max {summary['max']:.0f}; errors {summary['errors']}"
    )
    if args.json:
        figures = {**summary, "users": args.users, "workers": args.workers, "seconds": args.seconds}
        args.json.write_text(json.dumps(figures) + "\n")
    sys.exit(1 if summary["errors"] or not summary["requests"] else 0)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="Keep the database here; reuse it when it exists.")
    parser.add_argument("--users", type=int, default=50, help="Concurrent clients.")
    parser.add_argument("--seconds", type=int, default=60, help="How long to measure, once all clients run.")
    parser.add_argument("--workers", type=int, default=1, help="quotegraph serve --workers.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    return parser.parse_args()


def drive(port: int, paths: list[str], args: argparse.Namespace, folder: Path) -> dict[str, float]:
    """Run locust headless in its own process; its aggregated statistics."""
    (folder / "paths.json").write_text(json.dumps(paths), encoding="utf-8")
    command = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
        "--users", str(args.users), "--spawn-rate", str(args.users), "--reset-stats",
        "--run-time", f"{args.seconds + 2}s", "--host", f"http://127.0.0.1:{port}",
        "--csv", str(folder / "load"), "--only-summary", "--loglevel", "WARNING",
    ]  # fmt: skip
    environment = {**os.environ, "QUOTEGRAPH_LOAD_PATHS": str(folder / "paths.json")}
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if not (folder / "load_stats.csv").exists():
        raise SystemExit(f"locust did not run:\n{done.stderr[-2000:]}")
    return aggregated(folder / "load_stats.csv")


def aggregated(stats_csv: Path) -> dict[str, float]:
    with stats_csv.open(encoding="utf-8") as rows:
        [total] = [row for row in csv.DictReader(rows) if row["Name"] == "Aggregated"]
    return {
        "requests": int(total["Request Count"]),
        "errors": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50": float(total["50%"]),
        "p95": float(total["95%"]),
        "p99": float(total["99%"]),
        "max": float(total["Max Response Time"]),
    }


if __name__ == "__main__":
    main()
