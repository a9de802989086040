"""The lock in constraints/ covers what pyproject.toml declares (python scripts/lock.py regenerates it)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints"
# The lock is for CPython 3.11 and newer on Linux x86-64.
PYTHONS = ("3.11", "3.12", "3.13", "3.14")
_ENTRY = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?P<extras>\[[^\]]*\])?==(?P<version>[^\s;\\]+)\s*(?:;(?P<marker>[^\\]+))?"
)


@dataclass(frozen=True)
class Pin:
    version: Version
    marker: Marker | None
    hashes: tuple[str, ...]


def linux_x86_64(python: str) -> dict[str, str]:
    return {
        "python_version": python, "python_full_version": f"{python}.0", "implementation_name": "cpython",
        "platform_python_implementation": "CPython", "sys_platform": "linux", "platform_system": "Linux",
        "platform_machine": "x86_64", "os_name": "posix",
    }


def read_lock(text: str, *, with_extras: bool = False) -> dict[str, list[Pin]]:
    """{canonical name: its pins} of a requirements file written by scripts/lock.py; the entries that
    repeat a pin with an extra ("lxml[html_clean]==…") only `with_extras`."""
    pins: dict[str, list[Pin]] = {}
    for block in re.split(r"\n(?=\S)", text):
        found = _ENTRY.match(block)
        if found is None or bool(found["extras"]) != with_extras:
            continue
        marker = Marker(found["marker"].strip()) if found["marker"] else None
        hashes = tuple(re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
        pin = Pin(Version(found["version"]), marker, hashes)
        pins.setdefault(canonicalize_name(found["name"]), []).append(pin)
    return pins


def pin_for(pins: dict[str, list[Pin]], name: str, python: str) -> Pin | None:
    """The one pin of `name` that pip takes on Linux x86-64 with `python` (None when none applies)."""
    applying = [p for p in pins.get(name, []) if p.marker is None or p.marker.evaluate(linux_x86_64(python))]
    assert len(applying) <= 1, f"{name}: {len(applying)} pins apply on Python {python}"
    return applying[0] if applying else None


def declared(pyproject: dict, *, extras: bool) -> list[Requirement]:
    """The requirements pyproject.toml names (the project's own extras left out: they name no package)."""
    texts = list(pyproject["project"]["dependencies"]) + list(pyproject["build-system"]["requires"])
    if extras:
        texts += [t for group in pyproject["project"]["optional-dependencies"].values() for t in group]
    own = canonicalize_name(pyproject["project"]["name"])
    return [r for r in map(Requirement, texts) if canonicalize_name(r.name) != own]


def uncovered(requirements: list[Requirement], pins: dict[str, list[Pin]]) -> list[str]:
    """Each requirement that the lock does not satisfy on some supported Python, with why."""
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        for python in PYTHONS:
            if requirement.marker and not requirement.marker.evaluate(linux_x86_64(python)):
                continue
            pin = pin_for(pins, name, python)
            if pin is None:
                problems.append(f"{requirement}: not in the lock (Python {python})")
            elif not requirement.specifier.contains(pin.version, prereleases=True):
                problems.append(f"{requirement}: the lock pins {pin.version} (Python {python})")
    return sorted(set(problems))


@pytest.fixture(scope="module")
def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)


@pytest.fixture(scope="module")
def full() -> dict[str, list[Pin]]:
    return read_lock((CONSTRAINTS / "all.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base() -> dict[str, list[Pin]]:
    return read_lock((CONSTRAINTS / "base.txt").read_text(encoding="utf-8"))


def test_the_full_lock_covers_every_dependency_of_every_extra(pyproject: dict, full: dict) -> None:
    assert uncovered(declared(pyproject, extras=True), full) == []


def test_the_base_lock_covers_the_base_install(pyproject: dict, base: dict) -> None:
    assert uncovered(declared(pyproject, extras=False), base) == []


def test_the_base_lock_pins_the_versions_of_the_full_one(base: dict, full: dict) -> None:
    for name in base:
        for python in PYTHONS:
            pin = pin_for(base, name, python)
            if pin is not None:
                full_pin = pin_for(full, name, python)
                assert full_pin is not None and full_pin.version == pin.version, (name, python)


def test_every_pin_has_a_hash(base: dict, full: dict) -> None:
    unhashed = [name for lock in (base, full) for name, pins in lock.items()
                if not all(p.hashes for p in pins)]
    assert unhashed == []


def test_a_pin_with_an_extra_repeats_a_plain_pin(full: dict) -> None:
    """pip 23.2 in --require-hashes mode needs both "lxml==6.2.0" (for htmldate's "lxml>=6.1.3") and
    "lxml[html_clean]==6.2.0" (for jusText's "lxml[html_clean]>=4.4.2"): the same version and files."""
    with_extras = read_lock((CONSTRAINTS / "all.txt").read_text(encoding="utf-8"), with_extras=True)
    assert with_extras, "scripts/lock.py PINNED_EXTRAS wrote no entry"
    for name, pins in with_extras.items():
        assert pins == full[name], name


def test_torch_is_the_cpu_build_installed_from_its_own_file(full: dict) -> None:
    torch = read_lock((CONSTRAINTS / "torch-cpu.txt").read_text(encoding="utf-8"))["torch"]
    assert torch == full["torch"]
    assert [p.version.local for p in torch] == ["cpu"]
    assert not [name for name in full if name.startswith(("nvidia-", "cuda-")) or name == "triton"]


def test_a_dependency_the_lock_lacks_is_reported() -> None:
    click = "click==8.1.0 \\\n    --hash=sha256:" + "0" * 64 + "\n"
    pins = read_lock(click + "numpy==2.0.0 ; python_full_version < '3.12'\n")
    requirements = [Requirement("click>=8.2"), Requirement("numpy"), Requirement("lxml_html_clean")]
    assert uncovered(requirements, pins) == [
        "click>=8.2: the lock pins 8.1.0 (Python 3.11)",
        "click>=8.2: the lock pins 8.1.0 (Python 3.12)",
        "click>=8.2: the lock pins 8.1.0 (Python 3.13)",
        "click>=8.2: the lock pins 8.1.0 (Python 3.14)",
        "lxml_html_clean: not in the lock (Python 3.11)",
        "lxml_html_clean: not in the lock (Python 3.12)",
        "lxml_html_clean: not in the lock (Python 3.13)",
        "lxml_html_clean: not in the lock (Python 3.14)",
        "numpy: not in the lock (Python 3.12)",
        "numpy: not in the lock (Python 3.13)",
        "numpy: not in the lock (Python 3.14)",
    ]
