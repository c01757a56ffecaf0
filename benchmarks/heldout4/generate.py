"""Held-out evaluation set 4 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout4.generate build DIR     # databases and files into DIR
    python -m benchmarks.heldout4.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout4.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h4_utility.sqlite, h4_public.sqlite and h4_files/ (CSV, Parquet, JSON Lines); all
generated, no real part. Deterministic for a seed (only seed 0 is frozen) and a Faker
version. Declarations, row making and SQLite writing are held-out set 3's
(`heldout3.model`, `heldout3.generate.write_sqlite`); fingerprints, labels files and the
command line benchmarks/freezing.py's, so the sets are frozen the same way.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import freezing
from benchmarks.heldout3.generate import write_sqlite
from benchmarks.heldout3.model import Table, label_rows
from benchmarks.heldout4 import files, tables_public, tables_utility

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
FROZEN = HERE / "FROZEN.sha256"
SEED = 0
DATABASES = {"h4_utility": tables_utility.TABLES, "h4_public": tables_public.TABLES}
FILES_PART = "h4_files"
PARTS = (*DATABASES, FILES_PART)


def specs(part: str) -> list[Table]:
    makers = files.TABLES if part == FILES_PART else DATABASES[part]
    return [make() for make in makers]


def labels_csv(part: str) -> str:
    """The labels file of a part, from the table declarations."""
    return freezing.labels_text(row for spec in specs(part)
                                for row in label_rows(spec, files.PATHS[spec.name] if part == FILES_PART else spec.name))


def build(folder: str | Path, seed: int = SEED) -> dict[str, Path]:
    """Build every part into `folder`; returns part name -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {part: write_sqlite(folder / f"{part}.sqlite", specs(part), seed, part) for part in DATABASES}
    out[FILES_PART] = files.write(folder / FILES_PART, specs(FILES_PART), seed, FILES_PART)
    return out


def versions() -> str:
    import faker
    import pyarrow
    import stdnum

    return f"faker={faker.VERSION} python-stdnum={stdnum.__version__} pyarrow={pyarrow.__version__} seed={SEED}"


def fingerprints(folder: Path) -> dict[str, str]:
    return freezing.fingerprints(folder, LABELS, DATABASES, FILES_PART)


HEADER = """# piiscan held-out evaluation set 4: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (heldout2.generate.rows_fingerprint);
# h4_files/ the bytes of CSV and JSON Lines, the rows of Parquet (heldout2.generate.file_fingerprint).
#   python -m benchmarks.heldout4.generate build out/heldout4 && python -m benchmarks.heldout4.generate verify out/heldout4
"""


def freeze(folder: Path) -> None:
    freezing.write_labels(LABELS, PARTS, labels_csv)
    freezing.write_frozen(FROZEN, HEADER, versions(), fingerprints(folder))


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always."""
    frozen, frozen_versions = freezing.read_frozen(FROZEN)
    return (freezing.label_problems(LABELS, PARTS, labels_csv)
            + freezing.compare(frozen, frozen_versions, fingerprints(folder), versions()))


def main(argv: list[str] | None = None) -> int:
    return freezing.main(argv, __doc__, build, freeze, verify, FROZEN)


if __name__ == "__main__":
    raise SystemExit(main())
