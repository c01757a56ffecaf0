"""Freezing a held-out set: its FROZEN.sha256 (a checksum per part, the versions of the
generators it was built with) and comparing a fresh build against it. Shared by held-out
sets 2 and 3; each set says what its parts are and how they are fingerprinted."""

from __future__ import annotations

import sys
from pathlib import Path


def write_frozen(path: Path, header: str, versions: str, fingerprints: dict[str, str]) -> None:
    lines = [header + f"# versions: {versions}"]
    lines += [f"{digest}  {name}" for name, digest in sorted(fingerprints.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_frozen(path: Path) -> tuple[dict[str, str], str]:
    """The frozen checksums by part name, and the versions line."""
    frozen, frozen_versions = {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# versions:"):
            frozen_versions = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#"):
            digest, name = line.split(None, 1)
            frozen[name.strip()] = digest
    return frozen, frozen_versions


def compare(frozen: dict[str, str], frozen_versions: str, now: dict[str, str], versions: str,
            skipped: set[str] = frozenset()) -> list[str]:
    """Problems of a fresh build's fingerprints `now` against the frozen ones. Data are
    compared only when the Faker and python-stdnum versions are those of the freeze; the
    labels always. Parts in `skipped` (a real part whose package is missing) may be absent."""
    problems = []
    same_versions = _core_versions(frozen_versions) == _core_versions(versions)
    for name, digest in frozen.items():
        if name.startswith("labels/") or same_versions:
            if name not in now:
                if name not in skipped:
                    problems.append(f"{name}: missing")
            elif now[name] != digest:
                problems.append(f"{name}: checksum differs")
    for name in now:
        if name not in frozen:
            problems.append(f"{name}: not in FROZEN.sha256")
    if not same_versions:
        print(f"note: frozen with {frozen_versions}, running {versions}: data not compared", file=sys.stderr)
    return problems


def _core_versions(text: str) -> str:
    return " ".join(p for p in text.split() if p.startswith(("faker=", "python-stdnum=")))
