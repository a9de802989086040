"""benchmarks/load_test.py end to end, small: a second process drives the server, no errors.

The figures come from the full run (docs/store.md); this only checks that the script, the
locust clients and every kind of request in the mix work together.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("locust") is None, reason="needs locust (the load extra)"),
    pytest.mark.skipif(importlib.util.find_spec("uvicorn") is None, reason="needs the web extra"),
]


def test_the_load_test_drives_the_server_from_another_process_with_no_errors(tmp_path: Path) -> None:
    figures_path = tmp_path / "load.json"
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    command = [
        sys.executable, str(ROOT / "benchmarks" / "load_test.py"), "--statements", "10000",
        "--users", "5", "--seconds", "2", "--db", str(tmp_path / "load.db"), "--json", str(figures_path),
    ]  # fmt: skip

    done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300, check=False)

    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    assert figures["errors"] == 0 and figures["requests"] > 20 and figures["users"] == 5
    assert "requests/s" in done.stdout and "errors 0" in done.stdout
