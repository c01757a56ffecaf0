"""Held-out evaluation set 4 (issue 11): build, freeze and verify.

    python -m benchmarks.heldout4.generate build DIR     # databases and files into DIR
    python -m benchmarks.heldout4.generate verify DIR    # exit 0 when DIR and labels/ match FROZEN.sha256
    python -m benchmarks.heldout4.generate freeze DIR    # once, before any scan: write labels/ and FROZEN.sha256

Parts: h4_utility.sqlite, h4_public.sqlite and h4_files/ (CSV, Parquet, JSON Lines); all
generated, no real part. Deterministic for a seed (only seed 0 is frozen) and a Faker
version. Declarations, row making and SQLite writing are held-out set 3's
(`heldout3.model`, `heldout3.generate.write_sqlite`), the fingerprints held-out set 2's and
the freeze file benchmarks/freezing.py's, so the sets are frozen the same way.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
from pathlib import Path

from benchmarks import freezing
from benchmarks.heldout2.generate import file_fingerprint, rows_fingerprint
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
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("table", "column", "label", "note"))
    for spec in specs(part):
        name = files.PATHS[spec.name] if part == FILES_PART else spec.name
        writer.writerows(label_rows(spec, name))
    return buffer.getvalue()


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
    out = {}
    for label_file in sorted(LABELS.glob("*.csv")):
        out[f"labels/{label_file.name}"] = hashlib.sha256(label_file.read_bytes()).hexdigest()
    for part in DATABASES:
        out[f"rows:{part}.sqlite"] = rows_fingerprint(folder / f"{part}.sqlite")
    for path in sorted((folder / FILES_PART).rglob("*")):
        if path.is_file():
            out[f"{FILES_PART}/{path.relative_to(folder / FILES_PART).as_posix()}"] = file_fingerprint(path)
    return out


HEADER = """# piiscan held-out evaluation set 4: SHA-256 of each part (README.md, 'Freeze').
# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (heldout2.generate.rows_fingerprint);
# h4_files/ the bytes of CSV and JSON Lines, the rows of Parquet (heldout2.generate.file_fingerprint).
#   python -m benchmarks.heldout4.generate build out/heldout4 && python -m benchmarks.heldout4.generate verify out/heldout4
"""


def freeze(folder: Path) -> None:
    LABELS.mkdir(exist_ok=True)
    for part in PARTS:
        (LABELS / f"{part}.csv").write_text(labels_csv(part), encoding="utf-8")
    freezing.write_frozen(FROZEN, HEADER, versions(), fingerprints(folder))


def verify(folder: Path) -> list[str]:
    """Problems found (empty when everything matches). Data are compared only when the
    Faker and python-stdnum versions are those of the freeze; the labels always."""
    problems = [f"labels/{part}.csv differs from the table declarations" for part in PARTS
                if (LABELS / f"{part}.csv").read_text(encoding="utf-8") != labels_csv(part)]
    frozen, frozen_versions = freezing.read_frozen(FROZEN)
    return problems + freezing.compare(frozen, frozen_versions, fingerprints(folder), versions())


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
