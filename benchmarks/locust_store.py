"""Locust clients for benchmarks/load_test.py: each user requests the mixed API paths in turn.

Run by load_test.py in its own process (locust patches the standard library with gevent, so
it is never imported by quotegraph or its tests). The paths come from the JSON file that
QUOTEGRAPH_LOAD_PATHS names.
"""

from __future__ import annotations

import itertools
import json
import os
import random

from locust import FastHttpUser, task

PATHS: list[str] = json.loads(open(os.environ["QUOTEGRAPH_LOAD_PATHS"], encoding="utf-8").read())


class ApiClient(FastHttpUser):
    """One client with no think time: the next request leaves as soon as the last one is answered."""

    def on_start(self) -> None:
        start = random.randrange(len(PATHS))  # clients spread over the mix instead of moving in step
        self.paths = itertools.cycle(PATHS[start:] + PATHS[:start])

    @task
    def get(self) -> None:
        path = next(self.paths)
        # Grouped by endpoint, not by full URL, so the statistics table stays short.
        self.client.get(path, name=path.split("?")[0].rsplit("/", 1)[0] if "/api/" in path else path)
