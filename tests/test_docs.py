"""The README's commands are what CI runs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block, "README must open with a bash block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_opens_with_demo_and_test_commands() -> None:
    demo, tests = readme_commands()[:2]
    assert demo.endswith("quotegraph demo")
    assert "pytest" in tests


def test_ci_runs_the_readme_commands_as_written() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    function = re.search(r"^readme_commands\(\) \{\n.*?^\}\n", ci, re.S | re.M)
    assert function, ".ci/run must read the commands from the README with readme_commands()"
    done = subprocess.run(["bash", "-c", function.group(0) + "readme_commands"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == readme_commands()[:2]
    assert 'bash -c "$command"' in ci


def test_readme_commands_install_from_the_lock() -> None:
    demo, tests = readme_commands()[:2]
    named = re.findall(r"-r (constraints/\S+)", demo + " " + tests)
    assert named == ["constraints/base.txt", "constraints/torch-cpu.txt", "constraints/all.txt"]
    assert all((ROOT / path).is_file() for path in named)
    assert all(part.count("--require-hashes") for part in (demo, tests))
