"""Regenerate the hash-pinned lock in constraints/ from pyproject.toml, in one command:

    python scripts/lock.py

It needs uv (`pip install uv`; the dev extra has it) and PyPI, and writes

    constraints/base.txt       the base install and the build requirements: the README's demo command
    constraints/all.txt        the base install, every extra and the build requirements, at the same
                               versions: the README's test command
    constraints/torch-cpu.txt  torch's CPU build, which the test command installs before all.txt

for CPython 3.11 and newer on Linux x86-64. The resolution is uv's universal one, so an entry that
differs between Python versions (or platforms) carries a marker, and every entry lists the SHA-256 of
each of its files on PyPI.

torch is the exception. PyPI's Linux torch wheels are CUDA builds that pull in several GB of nvidia-*,
cuda-* and triton packages; the lock takes the CPU build of the same version instead, `torch==X+cpu`
from the PyTorch CPU index, with the digests that constraints/torch-cpu.sha256 lists, and leaves the
GPU-only packages out. That index is named in torch-cpu.txt alone (installed on its own, with
--no-deps), so that pip looks there for torch only and takes every other package from PyPI. A torch
version that constraints/torch-cpu.sha256 does not list stops the script with one line saying what to add.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints"
PYPI = "https://pypi.org/simple"
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
# Distributions that only a CUDA build of torch needs.
GPU_ONLY = re.compile(r"nvidia-[a-z0-9.-]+|cuda-[a-z0-9.-]+|triton|pytorch-triton")
# One entry of a uv requirements file: its `name==version [; marker]` line and the indented lines under it.
ENTRY = re.compile(
    r"^(?P<name>[a-z0-9][a-z0-9._-]*)(?:\[[^\]]*\])?==(?P<version>[^\s;]+)[^\n]*\n(?:[ \t][^\n]*\n)*", re.M
)
# Extras that a locked package asks of another, pinned beside that one's plain entry: jusText asks for
# "lxml[html_clean]>=4.4.2", and in --require-hashes mode the pip that Python 3.11's venv brings
# (23.2) matches that neither to a plain "lxml==6.2.0" nor (for htmldate's "lxml>=6.1.3") the plain
# requirement to "lxml[html_clean]==6.2.0" once PyPI holds a newer lxml: it stops with "all
# requirements must have their versions pinned with ==". With both entries, the same version and
# files, it installs with that pip and with current ones.
PINNED_EXTRAS = {"lxml": "html_clean"}


def main() -> int:
    try:
        import uv  # noqa: F401  (only to say clearly when it is missing)
    except ImportError:
        print("error: scripts/lock.py needs uv: pip install uv", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        build = _write(work / "build.in", "\n".join(_build_requirements()) + "\n")
        full = _compile(work, build, extras=True)
        gpu = sorted({m["name"] for m in ENTRY.finditer(full) if GPU_ONLY.fullmatch(m["name"])})
        if gpu:
            excludes = _write(work / "gpu.txt", "\n".join(gpu) + "\n")
            full = _compile(work, build, extras=True, excludes=excludes)
        try:
            full, torch = _with_cpu_torch(full, _cpu_wheel_digests(CONSTRAINTS / "torch-cpu.sha256"))
        except LookupError as missing:
            print(f"error: {missing}", file=sys.stderr)
            return 1
        pins = _write(work / "pins.txt", _pins_without_hashes(full))
        base = _compile(work, build, extras=False, constraints=pins)
    _write(CONSTRAINTS / "base.txt", base)
    _write(CONSTRAINTS / "all.txt", _with_pinned_extras(full))
    _write(CONSTRAINTS / "torch-cpu.txt", torch)
    print(f"constraints/base.txt: {_count(base)} packages; constraints/all.txt: {_count(full)} packages")
    return 0


def _build_requirements() -> list[str]:
    """pyproject.toml's [build-system] requires: the README installs the project without build isolation,
    so the build backend comes from the lock too."""
    with open(ROOT / "pyproject.toml", "rb") as file:
        return list(tomllib.load(file)["build-system"]["requires"])


def _compile(
    work: Path, build: Path, *, extras: bool, excludes: Path | None = None, constraints: Path | None = None
) -> str:
    out = work / "out.txt"
    command = [
        sys.executable, "-m", "uv", "pip", "compile", "pyproject.toml", str(build),
        "--universal", "--python-version", "3.11", "--generate-hashes", "--default-index", PYPI,
        "--no-config", "--custom-compile-command", "python scripts/lock.py", "-q", "-o", str(out),
    ]
    if extras:
        command.append("--all-extras")
    if excludes:
        command += ["--excludes", str(excludes)]
    if constraints:
        command += ["-c", str(constraints)]
    subprocess.run(command, cwd=ROOT, check=True)
    # The annotations name the scratch files; say what they stand for instead.
    text = out.read_text(encoding="utf-8").replace(f"-r {build}", "build-system requires (pyproject.toml)")
    return text.replace(f"-c {constraints}", "constraints/all.txt") if constraints else text


def _cpu_wheel_digests(path: Path) -> dict[str, list[str]]:
    """{torch version: SHA-256 digests of its CPU wheels} from a sha256sum listing."""
    digests: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, wheel = line.split()
            digests.setdefault(wheel.split("-")[1].removesuffix("+cpu"), []).append(digest)
    return digests


def _with_cpu_torch(lock: str, digests: dict[str, list[str]]) -> tuple[str, str]:
    """The lock with torch's entry swapped for its CPU build, and torch-cpu.txt (empty without torch)."""
    entry = next((m for m in ENTRY.finditer(lock) if m["name"] == "torch"), None)
    if entry is None:
        return lock, ""
    version = entry["version"]
    if version not in digests:
        raise LookupError(
            f"torch {version}: constraints/torch-cpu.sha256 lists no CPU wheel of it; add the SHA-256 of "
            "each "
            f"torch-{version}+cpu-cp3XX-cp3XX-manylinux_2_28_x86_64.whl on {TORCH_CPU_INDEX}/torch/"
        )
    pinned = " \\\n".join(
        [f"torch=={version}+cpu", *(f"    --hash=sha256:{digest}" for digest in sorted(digests[version]))]
    ) + "\n"
    annotations = "".join(f"{line}\n" for line in entry[0].splitlines()[1:] if line.lstrip().startswith("#"))
    torch = (
        "# torch's CPU build, from the PyTorch CPU index (PyPI's Linux wheels are CUDA builds).\n"
        "# Generated by python scripts/lock.py; installed before all.txt with\n"
        "#    pip install --no-deps --require-hashes -r constraints/torch-cpu.txt\n"
        f"--index-url {TORCH_CPU_INDEX}\n\n{pinned}"
    )
    return lock[: entry.start()] + pinned + annotations + lock[entry.end() :], torch


def _pins_without_hashes(lock: str) -> str:
    """Each entry's requirement line alone: constraints that hold the base lock to the full one's versions."""
    return "".join(m[0].splitlines()[0].removesuffix("\\").rstrip() + "\n" for m in ENTRY.finditer(lock))


def _with_pinned_extras(lock: str) -> str:
    """The lock with each entry of PINNED_EXTRAS repeated after it with its extra, the same version and
    hashes: "lxml==6.2.0 …" then "lxml[html_clean]==6.2.0 …"."""
    for entry in [m for m in ENTRY.finditer(lock) if m["name"] in PINNED_EXTRAS]:
        first, *rest = entry[0].splitlines()
        hashes = [line for line in rest if "--hash=" in line]
        hashes[-1] = hashes[-1].removesuffix(" \\")
        extra = PINNED_EXTRAS[entry["name"]]
        note = "    # the same pin with the extra another package asks for"
        twin = [first.replace("==", f"[{extra}]==", 1), *hashes, note]
        lock = lock.replace(entry[0], entry[0] + "\n".join(twin) + "\n", 1)
    return lock


def _count(lock: str) -> int:
    return len({m["name"] for m in ENTRY.finditer(lock)})


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
