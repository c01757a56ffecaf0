"""Held-out evaluation set 5 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout5.generate build DIR     # databases and files into DIR
    python -m benchmarks.heldout5.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout5.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h5_field.sqlite, h5_services.sqlite and h5_files/ (CSV, Parquet, JSON Lines); all
generated, no real part. Deterministic for a seed (only seed 0 is frozen) and a Faker
version. Declarations and row making are held-out set 3's (`heldout3.model`); building,
freezing and verifying benchmarks/heldout_set.py's (and through it benchmarks/freezing.py's),
so the sets are frozen the same way.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.heldout5 import files, tables_field, tables_services
from benchmarks.heldout_set import HeldoutSet

SET = HeldoutSet(5, Path(__file__).resolve().parent,
                 {"h5_field": tables_field.TABLES, "h5_services": tables_services.TABLES}, "h5_files", files)
LABELS, FROZEN, SEED, DATABASES, FILES_PART, PARTS = SET.labels, SET.frozen, SET.seed, SET.databases, SET.files_part, SET.parts
specs, labels_csv, build, versions, fingerprints, freeze, verify = (
    SET.specs, SET.labels_csv, SET.build, SET.versions, SET.fingerprints, SET.freeze, SET.verify)


def main(argv: list[str] | None = None) -> int:
    return SET.main(argv, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
