"""Bounded, polite HTTP fetching with httpx: every fetch is limited in time, size and redirects.

Politeness: at most `per_host` requests to one host at a time, their starts spaced by
`host_delay_s`, and a user agent that names quotegraph and its version so a site can tell
who is calling. Many hosts are fetched in parallel (`workers` threads).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

from quotegraph.ingest.optional import require
from quotegraph.records import Failure

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


def default_user_agent() -> str:
    try:
        version = metadata.version("quotegraph")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"quotegraph/{version} (news quote extraction; python-httpx)"


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for every fetch. The defaults suit news pages, which are well under 5 MB."""

    timeout_s: float = 15.0  # to connect, and between two reads
    deadline_s: float = 60.0  # for the whole download, so a server that drips bytes is cut off
    max_bytes: int = 5 * 1024 * 1024  # after decompression
    max_redirects: int = 5
    per_host: int = 2
    host_delay_s: float = 0.5
    workers: int = 8
    user_agent: str = field(default_factory=default_user_agent)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A successful download: the URL asked for, where redirects led, and the body."""

    url: str
    final_url: str
    content_type: str  # media type only, lower-case: "text/html"
    body: bytes


class _HostGate:
    """Per-host slots and spacing, shared by the fetching threads."""

    def __init__(self, per_host: int, delay_s: float) -> None:
        self._per_host = per_host
        self._delay_s = delay_s
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.Semaphore(self._per_host))
        with semaphore:
            time.sleep(self._wait_for_turn(host))
            yield

    def _wait_for_turn(self, host: str) -> float:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + self._delay_s
            return start - now


class Fetcher:
    """Downloads URLs under a FetchPolicy; a Failure says why a URL gave no page.

    `transport` lets tests swap the network for an httpx transport of their own.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, transport: Any = None) -> None:
        self.policy = policy or FetchPolicy()
        self._httpx = require("httpx", needed_for="fetching URLs")
        self._gate = _HostGate(self.policy.per_host, self.policy.host_delay_s)
        self._client = self._httpx.Client(
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            timeout=self._httpx.Timeout(self.policy.timeout_s),
            headers={"User-Agent": self.policy.user_agent, "Accept": _ACCEPT},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch_all(self, urls: Sequence[str]) -> list[Fetched | Failure]:
        """One result per URL, in the order given, fetched in parallel across hosts."""
        if len(urls) <= 1:
            return [self.fetch(url) for url in urls]
        with ThreadPoolExecutor(max_workers=min(self.policy.workers, len(urls))) as pool:
            return list(pool.map(self.fetch, urls))

    def fetch(self, url: str) -> Fetched | Failure:
        """The page at `url`, or a Failure naming the URL and the reason."""
        with self._gate.slot(urlsplit(url).hostname or ""):
            try:
                return self._download(url)
            except self._httpx.TooManyRedirects:
                return Failure(url, f"more than {self.policy.max_redirects} redirects")
            except self._httpx.TimeoutException:
                return Failure(url, f"timed out (no response within {self.policy.timeout_s:g} s)")
            except self._httpx.HTTPError as error:
                return Failure(url, f"cannot fetch: {str(error) or type(error).__name__}")

    def _download(self, url: str) -> Fetched | Failure:
        with self._client.stream("GET", url) as response:
            if response.status_code >= 400:
                return Failure(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.policy.max_bytes:
                too_large = f"response larger than {self.policy.max_bytes} bytes (Content-Length {declared})"
                return Failure(url, too_large)
            body = self._read_bounded(response)
            if isinstance(body, str):
                return Failure(url, body)
            media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return Fetched(url, str(response.url), media_type, body)

    def _read_bounded(self, response: Any) -> bytes | str:
        """The body, or a reason when it outgrows the size cap or the deadline."""
        body = bytearray()
        started = time.monotonic()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.policy.max_bytes:
                return f"response larger than {self.policy.max_bytes} bytes"
            if time.monotonic() - started > self.policy.deadline_s:
                return f"download took longer than {self.policy.deadline_s:g} s"
        return bytes(body)
