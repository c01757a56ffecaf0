"""Server benchmark: the corpus databases (chinook, sakila) scanned through every access path.

    python -m benchmarks.servers            # from the repository root
    python -m benchmarks.servers --keep     # leave the copies on the servers afterwards

Copies each corpus SQLite database into PostgreSQL (schema corpus_<name> of `test`) and
MariaDB (database corpus_<name>) with the loader the server tests use (tests/servers.py),
then times `piiscan.scan` with default settings (sample 1,000 rows, jobs = cores) on the
SQLite file and on each copy through SQLAlchemy and ODBC. Prints a Markdown table and writes
benchmarks/results/servers.json. The copies are dropped at the end unless --keep.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import piiscan
from piiscan.api import DEFAULT_SAMPLE_SIZE, default_jobs
from tests.servers import (
    CORPUS, CORPUS_DATABASES, MARIADB_URL, PG_URL, copy_corpus, corpus_namespace, corpus_specs, drop_corpus,
)

RESULTS = Path(__file__).resolve().parent / "results"


def time_scans(name: str) -> list[dict]:
    """One row per access path of corpus database `name`: wall seconds and catalog counts."""
    rows = []
    for path, (spec, schemas) in corpus_specs(name).items():
        started = time.perf_counter()
        catalog = piiscan.scan(spec, schemas=schemas)
        seconds = time.perf_counter() - started
        summary = catalog.summary()
        rows.append({"database": name, "access_path": path, "wall_seconds": round(seconds, 2),
                     "tables": summary["tables"], "tables_with_errors": summary["tables_with_errors"],
                     "columns": summary["columns"], "pii_columns": summary["pii_columns"]})
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| database | access path | wall s | tables | columns | PII columns |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        errors = f" ({r['tables_with_errors']} failed)" if r["tables_with_errors"] else ""
        lines.append(f"| {r['database']} | {r['access_path']} | {r['wall_seconds']:.2f} | {r['tables']}{errors} |"
                     f" {r['columns']} | {r['pii_columns']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import sqlalchemy as sa

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="leave the corpus copies on the servers")
    args = parser.parse_args(argv)
    names = [n for n in CORPUS_DATABASES if (CORPUS / f"{n}.sqlite").exists()]
    if not names:
        parser.error(f"no corpus databases in {CORPUS}")
    engines = [sa.create_engine(PG_URL), sa.create_engine(MARIADB_URL)]
    try:
        for name in names:
            for engine in engines:
                started = time.perf_counter()
                counts = copy_corpus(CORPUS / f"{name}.sqlite", engine, corpus_namespace(name))
                print(f"{name} on {engine.dialect.name}: {len(counts)} tables, {sum(counts.values())} rows"
                      f" ({time.perf_counter() - started:.1f}s)")
        piiscan.scan_table({"warm_up": ["Ada Lovelace"]})  # load the spaCy model before timing
        rows = [row for name in names for row in time_scans(name)]
    finally:
        for engine in engines:
            if not args.keep:
                for name in names:
                    drop_corpus(engine, corpus_namespace(name))
            engine.dispose()
    print(markdown(rows))
    RESULTS.mkdir(exist_ok=True)
    settings = {"sample_size": DEFAULT_SAMPLE_SIZE, "jobs": default_jobs()}
    (RESULTS / "servers.json").write_text(json.dumps({"settings": settings, "scans": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
