"""Per-article resource bounds: how long an article may be, and how long it may take.

An article over a bound is reported as a Failure with the reason, never dropped and never
allowed to stall the batch. Standard library only.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "NO_LIMITS", "ArticleLimits", "TimeLimitExceeded", "time_limit"]


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """Bounds on one article; None switches a bound off.

    Attributes:
        max_chars: longest article text, in characters (code points), that is processed.
        timeout_s: wall-clock seconds one article may spend in parsing, extraction and
            speaker resolution.
    """

    max_chars: int | None = None
    timeout_s: float | None = None

    def __post_init__(self) -> None:
        if self.max_chars is not None and self.max_chars < 1:
            raise ValueError(f"max_chars must be positive, not {self.max_chars}")
        if self.timeout_s is not None and not self.timeout_s > 0:
            raise ValueError(f"timeout_s must be positive, not {self.timeout_s}")


NO_LIMITS = ArticleLimits()
# What the CLI applies unless told otherwise. The longest PolNeAR article has 33,672
# characters; 5 MB articles must still be handled (chunked, bounded memory): one of
# 5,087,236 characters takes 149 CPU seconds and 1.7 GB peak (docs/reliability.md), so the
# defaults let it through with room to spare and still stop a runaway article.
DEFAULT_LIMITS = ArticleLimits(max_chars=10_000_000, timeout_s=600.0)


class TimeLimitExceeded(BaseException):
    """Raised inside the work a `time_limit` bounds.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` in the stages
    it interrupts can swallow it.
    """


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimitExceeded in the body once it has run `seconds` (None: no limit).

    In the main thread of a POSIX process the body is interrupted by SIGALRM; elsewhere
    (threads, Windows) it cannot be, so it runs to the end and the limit is checked then:
    the article is still reported as over its limit, it just cannot be stopped early.
    """
    if seconds is None:
        yield
        return
    if seconds <= 0:
        raise TimeLimitExceeded
    if not _can_interrupt():
        started = time.monotonic()
        yield
        if time.monotonic() - started > seconds:
            raise TimeLimitExceeded
        return
    previous = signal.signal(signal.SIGALRM, _raise_time_limit)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_interrupt() -> bool:
    # Python runs signal handlers only in the main thread.
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _raise_time_limit(signum: int, frame: object) -> None:
    raise TimeLimitExceeded
