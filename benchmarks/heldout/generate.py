"""Held-out evaluation set for piiscan's accuracy benchmark (issue 11): generate, freeze, verify.

    python -m benchmarks.heldout.generate build  out/heldout [--seed 0]
    python -m benchmarks.heldout.generate verify out/heldout
    python -m benchmarks.heldout.generate freeze out/heldout      # once, when the set is made

`build` writes `heldout_ops.sqlite`, `heldout_dwh.sqlite`, `files/` and `labels/*.csv` into
OUTDIR. `verify` checks OUTDIR and the committed labels against FROZEN.sha256. Written blind
to piiscan's rules and detection code; used to measure only, never to tune (README.md).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sqlite3
import sys
from importlib.metadata import version
from pathlib import Path

from benchmarks.heldout import files as file_tables
from benchmarks.heldout import tables_accounts, tables_dwh, tables_people, tables_things  # noqa: F401 (registers)
from benchmarks.heldout.model import TABLES, TableContext, TableSpec, build_rows

HERE = Path(__file__).resolve().parent
FROZEN = HERE / "FROZEN.sha256"
LABELS_DIR = HERE / "labels"
DATABASES = ("heldout_ops", "heldout_dwh")
#: Real corpus databases labelled by hand for this set (labels/<name>.csv), fingerprinted too.
CORPUS = ("employees", "adventureworkslt")
CORPUS_DIR = Path("/work/shared/corpus")


def specs(database: str) -> list[TableSpec]:
    return [s for s in TABLES if s.database == database]


def labels_csv(tables: list[TableSpec]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "column", "label", "note"])
    for spec in tables:
        for col in spec.columns:
            writer.writerow([spec.name, col.name, col.label, col.note])
    return out.getvalue().encode("utf-8")


def write_database(path: Path, tables: list[TableSpec], seed: int) -> None:
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        for spec in tables:
            cols = ", ".join(f'"{c.name}" {c.sqltype}' for c in spec.columns)
            db.execute(f'CREATE TABLE "{spec.name}" ({cols})')
            marks = ", ".join("?" for _ in spec.columns)
            db.executemany(f'INSERT INTO "{spec.name}" VALUES ({marks})', build_rows(spec, seed))
    db.close()


def write_files(root: Path, seed: int) -> None:
    for spec in specs(file_tables.DB):
        names = [c.name for c in spec.columns]
        ctx = TableContext(seed, f"{spec.database}.{spec.name}")
        records = [spec.make_row(ctx, i) for i in range(spec.rows)]
        found = {name for record in records for name in file_tables.flat_columns(record)}
        if found != set(names):
            raise ValueError(f"{spec.name}: columns {sorted(found ^ set(names))} not both labelled and written")
        path = root / spec.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(file_tables.render(spec.name, names, records))


def build(outdir: str | Path, seed: int = 0) -> dict[str, Path]:
    """Write the whole set into OUTDIR; returns its parts by name."""
    out = Path(outdir)
    (out / "labels").mkdir(parents=True, exist_ok=True)
    parts: dict[str, Path] = {}
    for database in DATABASES:
        parts[database] = out / f"{database}.sqlite"
        write_database(parts[database], specs(database), seed)
        (out / "labels" / f"{database}.csv").write_bytes(labels_csv(specs(database)))
    write_files(out / "files", seed)
    (out / "labels" / "heldout_files.csv").write_bytes(labels_csv(specs(file_tables.DB)))
    parts["files"] = out / "files"
    return parts


def rows_fingerprint(path: Path) -> str:
    """SHA-256 of a canonical dump of a SQLite database: tables by name, declared columns,
    rows in rowid order as JSON (bytes as hex). Independent of the SQLite library's file layout."""
    digest = hashlib.sha256()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            info = [(r[1], r[2]) for r in db.execute(f'PRAGMA table_info("{name}")')]
            digest.update(json.dumps(["table", name, info], ensure_ascii=False).encode())
            for row in db.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
                cells = [{"hex": v.hex()} if isinstance(v, bytes) else v for v in row]
                digest.update(json.dumps(cells, ensure_ascii=False).encode() + b"\n")
    finally:
        db.close()
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprints(outdir: str | Path) -> dict[str, str]:
    """Name -> SHA-256 of every generated part of OUTDIR (the keys of FROZEN.sha256)."""
    out = Path(outdir)
    result = {f"labels/{p.name}": file_hash(p) for p in sorted((out / "labels").glob("*.csv"))}
    result.update({f"rows:{d}.sqlite": rows_fingerprint(out / f"{d}.sqlite") for d in DATABASES})
    result.update({f"files/{p.relative_to(out / 'files').as_posix()}": file_hash(p)
                   for p in sorted((out / "files").rglob("*")) if p.is_file()})
    return result


def committed_fingerprints() -> dict[str, str]:
    """The committed labels (generated and hand-made) and the corpus databases they label."""
    result = {f"labels/{p.name}": file_hash(p) for p in sorted(LABELS_DIR.glob("*.csv"))}
    for name in CORPUS:
        if (LABELS_DIR / f"{name}.csv").exists() and (CORPUS_DIR / f"{name}.sqlite").exists():
            result[f"corpus:{name}.sqlite"] = rows_fingerprint(CORPUS_DIR / f"{name}.sqlite")
    return result


def read_frozen(path: Path = FROZEN) -> tuple[dict[str, str], dict[str, str]]:
    """(name -> hash, header fields such as seed and library versions)."""
    entries, header = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if ":" in line and "=" in line.split(":", 1)[1]:
                key, values = line[1:].split(":", 1)
                if key.strip() == "versions":
                    header.update(kv.split("=", 1) for kv in values.split())
            continue
        if line.strip():
            digest, name = line.split(None, 1)
            entries[name.strip()] = digest
    return entries, header


def library_versions() -> dict[str, str]:
    return {"faker": version("faker"), "python-stdnum": version("python-stdnum"), "seed": "0"}


def freeze(outdir: str | Path) -> Path:
    """Copy OUTDIR's labels into labels/ and write FROZEN.sha256 (generated parts + committed labels)."""
    out = Path(outdir)
    LABELS_DIR.mkdir(exist_ok=True)
    for p in sorted((out / "labels").glob("*.csv")):
        (LABELS_DIR / p.name).write_bytes(p.read_bytes())
    entries = {**fingerprints(out), **committed_fingerprints()}
    versions = " ".join(f"{k}={v}" for k, v in library_versions().items())
    lines = ["# piiscan held-out evaluation set: SHA-256 of each part (README.md, 'Freeze').",
             "# rows:X.sqlite and corpus:X.sqlite hash a canonical dump of the rows (generate.rows_fingerprint),",
             "# not the file bytes; labels/ and files/ hash the bytes. Regenerate and check:",
             "#   python -m benchmarks.heldout.generate build out/heldout && python -m benchmarks.heldout.generate verify out/heldout",
             f"# versions: {versions}"]
    lines += [f"{digest}  {name}" for name, digest in sorted(entries.items())]
    FROZEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FROZEN


def verify(outdir: str | Path) -> list[str]:
    """Mismatches between OUTDIR (+ committed labels) and FROZEN.sha256; empty when all match."""
    frozen, _ = read_frozen()
    actual = {**fingerprints(outdir), **committed_fingerprints()}
    problems = [f"{name}: expected {digest[:12]}, got {actual[name][:12]}"
                for name, digest in sorted(frozen.items()) if name in actual and actual[name] != digest]
    problems += [f"{name}: missing" for name in sorted(frozen) if name not in actual]
    problems += [f"{name}: not frozen" for name in sorted(actual) if name not in frozen]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.heldout.generate", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["build", "verify", "freeze"])
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "build":
        for name, path in build(args.outdir, args.seed).items():
            print(f"{name}: {path}")
        return 0
    if args.command == "freeze":
        if args.seed != 0:
            print("freeze: only the default seed 0 is frozen", file=sys.stderr)
            return 2
        print(f"wrote {freeze(args.outdir)}")
        return 0
    problems = verify(args.outdir)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("held-out set matches FROZEN.sha256" if not problems else f"{len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
