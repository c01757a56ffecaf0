"""Freezing a held-out set: its labels files (written from the table declarations), its
FROZEN.sha256 (a checksum per part, the versions of the generators it was built with),
comparing a fresh build against it, and the build / verify / freeze command line. Shared by
held-out sets 2, 3 and 4; each set says what its parts are and how it builds them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Callable, Iterable


def rows_fingerprint(path: Path) -> str:
    """SHA-256 of a canonical dump of a SQLite file's rows: tables by name, columns in table
    order, rows in rowid order as JSON (bytes as hex); independent of the file layout."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            digest.update(json.dumps([name, cols]).encode())
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                digest.update(json.dumps([v.hex() if isinstance(v, bytes) else v for v in row],
                                         ensure_ascii=False).encode() + b"\n")
    finally:
        conn.close()
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str:
    """CSV and JSON Lines: the file bytes. Parquet: its rows read back as JSON (the bytes
    depend on the pyarrow version)."""
    if path.suffix != ".parquet":
        return hashlib.sha256(path.read_bytes()).hexdigest()
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, default=str).encode()).hexdigest()


def fingerprints(folder: Path, labels: Path, databases: Iterable[str], files: str,
                 optional: Iterable[str] = ()) -> dict[str, str]:
    """The checksum of every part: the labels files' bytes, each database's rows, the files
    under `files/`, and the `optional` databases that were built (real parts)."""
    out = {f"labels/{path.name}": hashlib.sha256(path.read_bytes()).hexdigest()
           for path in sorted(labels.glob("*.csv"))}
    for part in databases:
        out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    for path in sorted((folder / files).rglob("*")):
        if path.is_file():
            out[f"{files}/{path.relative_to(folder / files).as_posix()}"] = file_fingerprint(path)
    for part in optional:
        if (folder / f"{part}.sqlite").exists():
            out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    return out


def labels_text(rows: Iterable[tuple]) -> str:
    """A labels CSV (table, column, label, note) of `rows`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("table", "column", "label", "note"))
    writer.writerows(rows)
    return buffer.getvalue()


def write_labels(labels: Path, parts: Iterable[str], labels_csv: Callable[[str], str]) -> None:
    labels.mkdir(exist_ok=True)
    for part in parts:
        (labels / f"{part}.csv").write_text(labels_csv(part), encoding="utf-8")


def label_problems(labels: Path, parts: Iterable[str], labels_csv: Callable[[str], str]) -> list[str]:
    """The committed labels files that no longer match the table declarations."""
    return [f"labels/{part}.csv differs from the table declarations" for part in parts
            if (labels / f"{part}.csv").read_text(encoding="utf-8") != labels_csv(part)]


def main(argv: list[str] | None, doc: str, build: Callable, freeze: Callable, verify: Callable,
         frozen: Path, after_build: Callable[[], None] | None = None) -> int:
    """A set's command line: build DIR, verify DIR (exit 1 on a problem), freeze DIR."""
    import argparse

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "verify", "freeze"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        for part, path in build(args.folder).items():
            print(f"{part}: {path}")
        if after_build is not None:
            after_build()
        return 0
    if args.command == "freeze":
        build(args.folder)
        freeze(args.folder)
        print(f"wrote {frozen}")
        return 0
    problems = verify(args.folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def write_frozen(path: Path, header: str, versions: str, checksums: dict[str, str]) -> None:
    lines = [header + f"# versions: {versions}"]
    lines += [f"{digest}  {name}" for name, digest in sorted(checksums.items())]
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
