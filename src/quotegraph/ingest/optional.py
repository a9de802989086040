"""Optional dependencies of ingest, imported only when a reader needs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from quotegraph.errors import MissingExtra


def require(module: str, *, needed_for: str, package: str | None = None) -> ModuleType:
    """The imported `module`; MissingExtra names the extra to install when it is absent.

    The core (text and JSONL) works without these packages, so they load on first use.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(package or module, "ingest", needed_for) from None
