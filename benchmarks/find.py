"""Find benchmark: time and queries of one subject search (`piiscan.find_subject`).

    python -m benchmarks.find                 # from the repository root
    python -m benchmarks.find --keep          # leave the copies on PostgreSQL afterwards

1. corpus: every corpus SQLite database copied into PostgreSQL (schema findbench_<name> of
   `test`, with the loader the server tests use), scanned once without NER, then searched
   for one real customer of chinook (e-mail, phone, name; read from the file at run time and
   never printed).
2. wide: 1,000 generated tables (id, email, full_name, phone; 20 rows each) in schema
   findbench_wide, the subject in 5 of them, scanned and searched the same way.

Each search runs three times; the median wall time is reported with the query count.
Prints a Markdown table and writes benchmarks/results/find.json. Copies are dropped at the
end unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import time
from pathlib import Path

import piiscan
from piiscan.find.subject import make_subject
from tests.servers import CORPUS, PG_URL, copy_corpus, drop_corpus

RESULTS = Path(__file__).resolve().parent / "results"
WIDE, WIDE_TABLES, WIDE_ROWS, WIDE_HITS = "findbench_wide", 1000, 20, 5


def chinook_subject():
    """Customer 1 of chinook as a subject (values stay in memory)."""
    con = sqlite3.connect(f"file:{CORPUS / 'chinook.sqlite'}?mode=ro", uri=True)
    first, last, email, phone = con.execute(
        "SELECT FirstName, LastName, Email, Phone FROM Customer ORDER BY CustomerId LIMIT 1").fetchone()
    con.close()
    return make_subject({"emails": [email], "phones": [phone], "names": [f"{first} {last}"]})


def timed_search(subject, catalog, runs: int = 3) -> dict:
    key = os.urandom(32)
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = piiscan.find_subject(subject, catalog, [PG_URL], key=key, timeout=60)
        times.append(time.perf_counter() - started)
    s = result.summary()
    return {"search_seconds_median": round(statistics.median(times), 3), "search_seconds_all": [round(t, 3) for t in times],
            "queries": s["queries"], "tables_searched": s["tables_searched"],
            "tables_not_searched": s["tables_not_searched"], "tables_by_status": s["tables_by_status"],
            "rows_confirmed": s["rows_confirmed"], "rows_candidate": s["rows_candidate"],
            "rows_checked": s["rows_checked"]}


def build_wide(engine, subject_row: tuple[str, str, str]) -> None:
    import sqlalchemy as sa

    drop_corpus(engine, WIDE)
    md = sa.MetaData(schema=WIDE)
    tables = [sa.Table(f"t{i:04d}", md, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                       sa.Column("email", sa.String(200)), sa.Column("full_name", sa.String(100)),
                       sa.Column("phone", sa.String(40))) for i in range(WIDE_TABLES)]
    with engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(WIDE))
        md.create_all(conn)
        hits = set(range(0, WIDE_TABLES, WIDE_TABLES // WIDE_HITS))
        for i, table in enumerate(tables):
            rows = [{"id": r, "email": f"person{i}.{r}@example.org", "full_name": f"Person{r} Table{i}",
                     "phone": f"+1 202 555 {(i * WIDE_ROWS + r) % 10000:04d}"} for r in range(WIDE_ROWS)]
            if i in hits:
                email, name, phone = subject_row
                rows[0] = {"id": 0, "email": email, "full_name": name, "phone": phone}
            conn.execute(table.insert(), rows)


def main(argv: list[str] | None = None) -> int:
    import sqlalchemy as sa

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="leave the copies on the server")
    args = parser.parse_args(argv)
    engine = sa.create_engine(PG_URL)
    names = sorted(p.stem for p in CORPUS.glob("*.sqlite"))
    namespaces = [f"findbench_{n}" for n in names]
    subject = chinook_subject()
    rows = []
    try:
        started = time.perf_counter()
        tables = sum(len(copy_corpus(CORPUS / f"{n}.sqlite", engine, ns)) for n, ns in zip(names, namespaces))
        load = time.perf_counter() - started
        started = time.perf_counter()
        catalog = piiscan.scan(PG_URL, schemas=namespaces, ner=False)
        scan = time.perf_counter() - started
        rows.append({"set": f"corpus ({len(names)} databases)", "tables": tables, "columns": len(catalog.columns),
                     "load_seconds": round(load, 1), "scan_seconds": round(scan, 1), **timed_search(subject, catalog)})
        con = sqlite3.connect(f"file:{CORPUS / 'chinook.sqlite'}?mode=ro", uri=True)
        first, last, email, phone = con.execute(
            "SELECT FirstName, LastName, Email, Phone FROM Customer ORDER BY CustomerId LIMIT 1").fetchone()
        con.close()
        started = time.perf_counter()
        build_wide(engine, (email, f"{first} {last}", phone))
        load = time.perf_counter() - started
        started = time.perf_counter()
        catalog = piiscan.scan(PG_URL, schemas=[WIDE], ner=False)
        scan = time.perf_counter() - started
        rows.append({"set": f"wide ({WIDE_TABLES} tables)", "tables": WIDE_TABLES, "columns": len(catalog.columns),
                     "load_seconds": round(load, 1), "scan_seconds": round(scan, 1), **timed_search(subject, catalog)})
    finally:
        if not args.keep:
            for ns in [*namespaces, WIDE]:
                drop_corpus(engine, ns)
        engine.dispose()
    print("| set | tables | columns | search s (median of 3) | queries | searched | not searched | confirmed rows | candidates |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['set']} | {r['tables']} | {r['columns']} | {r['search_seconds_median']:.2f} | {r['queries']} |"
              f" {r['tables_searched']} | {r['tables_not_searched']} | {r['rows_confirmed']} | {r['rows_candidate']} |")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "find.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
