"""Settings read from the environment, only by the entry points (CLI, Python API, batch job).

Library functions take plain arguments; reading the environment at the edges keeps an
import from fixing a value, and a test or a caller from being surprised by one. Standard
library only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["type_entities"]


def type_entities(environ: Mapping[str, str] | None = None) -> bool:
    """Whether to run the entity recogniser on the names that need a type: QUOTEGRAPH_NER=0 says no."""
    return (os.environ if environ is None else environ).get("QUOTEGRAPH_NER", "1") != "0"
