"""Scale benchmark on a real PostgreSQL server: many tables, wide and narrow, and one very
large table, listed and scanned through `piiscan.scan()`.

    python -m benchmarks.scale                                  # 10,000 tables + a 50M-row table
    python -m benchmarks.scale --tables 500 --big-rows 1000000  # a quick run

Everything is created server-side (CREATE TABLE ... AS SELECT ... FROM generate_series) in
schemas named `piiscan_scale_<run id>_sNN`, unique per run, and dropped at the end (also
after an error or Ctrl-C). Reports time per table and how cost grows with tables, columns and
rows; results also go to benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

import piiscan
from benchmarks.common import write_result

DEFAULT_URL = os.environ.get("PIISCAN_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
#: tables created (or dropped) per transaction: each holds a few locks until commit, and the
#: server's lock table is shared with everybody else
BATCH = 200
SMALL_ROWS = 50

_NARROW = ("g AS id, 'user' || g || '@example.com' AS email, (g::bigint * 7919 % 1000) AS quantity, "
           "md5(g::text) AS token")
_FIRST = "(ARRAY['Anna','Bruno','Chloé','David','Emma','Farid','Greta','Hugo','Ines','Jonas'])"
_WIDE = (_NARROW + ", " + _FIRST + "[1 + g % 10] AS first_name, "
         "'+1 415 555 ' || lpad((g % 10000)::text, 4, '0') AS phone, "
         "timestamp '2024-01-01' + g * interval '37 minutes' AS created_at, "
         "round((g % 997) * 1.37, 2) AS price, (ARRAY['open','closed','held'])[1 + g % 3] AS status, "
         "'order ' || g || ' shipped in ' || (g % 9 + 1) || ' boxes' AS note, "
         + ", ".join(f"(g * {7 + k}) % 113 AS c{k:02d}" for k in range(14)))
WIDTHS = {"narrow": 4, "wide": 24}


def _schema(prefix: str, n: int) -> str:
    return f"{prefix}_s{n:02d}"


def _layout(tables: int) -> list[int]:
    """Tables per schema: one of 1%, one of 9%, the rest in schemas of 10% (100 / 900 /
    1,000 x 9 for 10,000), so nested schema sets give 1%, 10% and 100% of the tables."""
    first, second = max(1, tables // 100), max(1, tables * 9 // 100)
    rest = tables - first - second
    per = max(1, tables // 10)
    return [first, second] + [min(per, rest - i) for i in range(0, rest, per)]


def _in_format(sql: str) -> str:
    """Our own constant SQL as the text of a PL/pgSQL format() string: quotes doubled, % escaped."""
    return sql.replace("'", "''").replace("%", "%%")


def create_tables(engine: sa.Engine, prefix: str, layout: list[int]) -> float:
    """Schemas of small tables, alternately narrow and wide; seconds taken."""
    started = time.perf_counter()
    for s, count in enumerate(layout):
        schema = _schema(prefix, s)
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        for start in range(1, count + 1, BATCH):
            end = min(count, start + BATCH - 1)
            body = (
                f"FOR i IN {start}..{end} LOOP "
                f"IF i % 2 = 0 THEN EXECUTE format('CREATE TABLE %I.%I AS SELECT {_in_format(_NARROW)} "
                f"FROM generate_series(1, {SMALL_ROWS}) g', '{schema}', 'narrow_' || i); "
                f"ELSE EXECUTE format('CREATE TABLE %I.%I AS SELECT {_in_format(_WIDE)} "
                f"FROM generate_series(1, {SMALL_ROWS}) g', '{schema}', 'wide_' || i); END IF; END LOOP;")
            with engine.begin() as conn:
                conn.execute(sa.text(f"DO $$ BEGIN {body} END $$"))
    return time.perf_counter() - started


def create_row_tables(engine: sa.Engine, schema: str, sizes: list[int]) -> dict[int, float]:
    """One narrow table per row count, generated on the server and ANALYZEd; seconds each."""
    taken = {}
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    for rows in sizes:
        started = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE TABLE "{schema}"."rows_{rows}" AS SELECT {_NARROW} '
                                 f"FROM generate_series(1, {rows}) g"))
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                sa.text(f'ANALYZE "{schema}"."rows_{rows}"'))
        taken[rows] = time.perf_counter() - started
    return taken


def drop_schemas(engine: sa.Engine, prefix: str) -> int:
    """Drop every schema of this run, its tables in batches; the number of schemas dropped."""
    with engine.connect() as conn:
        schemas = [r[0] for r in conn.execute(sa.text(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"), {"p": prefix + "\\_%"})]
    for schema in schemas:
        while True:
            with engine.begin() as conn:
                names = [r[0] for r in conn.execute(sa.text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = :s LIMIT :n"), {"s": schema, "n": BATCH})]
                for name in names:
                    conn.execute(sa.text(f'DROP TABLE "{schema}"."{name}"'))
            if not names:
                break
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    return len(schemas)


def timed_scan(url: str, schemas: list[str], jobs: int | None, include=()) -> tuple[float, piiscan.Catalog]:
    started = time.perf_counter()
    catalog = piiscan.scan(url, schemas=schemas, include=include, jobs=jobs)
    return time.perf_counter() - started, catalog


def list_tables(url: str, schemas: list[str]) -> tuple[float, int]:
    from piiscan.sources import open_source
    from piiscan.sources.base import SourceOptions

    started = time.perf_counter()
    source = open_source(url, SourceOptions(schemas=tuple(schemas)))
    try:
        count = sum(1 for _ in source.tables())
    finally:
        source.close()
    return time.perf_counter() - started, count


def _per_width(catalog: piiscan.Catalog) -> dict[str, dict]:
    out = {}
    for width, columns in WIDTHS.items():
        seconds = [t.seconds for t in catalog.tables if t.table.startswith(width) and t.seconds is not None]
        if seconds:
            out[width] = {"tables": len(seconds), "columns": columns,
                          "median_s_per_table": round(statistics.median(seconds), 4),
                          "median_ms_per_column": round(1000 * statistics.median(seconds) / columns, 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--tables", type=int, default=10_000)
    parser.add_argument("--big-rows", type=int, default=50_000_000, help="rows of the largest table")
    parser.add_argument("--jobs", type=int, default=None, help="piiscan workers (default: cores)")
    parser.add_argument("--output", default="scale", help="results name (benchmarks/results/NAME.json) or a path")
    args = parser.parse_args(argv)

    engine = sa.create_engine(args.url)
    prefix = f"piiscan_scale_{uuid.uuid4().hex[:8]}"
    layout = _layout(args.tables)
    report: dict = {"url": args.url.split("@")[-1], "run": prefix, "tables": args.tables, "layout": layout,
                    "rows_per_small_table": SMALL_ROWS, "jobs": args.jobs, "load": os.getloadavg()}
    from piiscan.detect.ner import engine as ner_engine

    started = time.perf_counter()
    ner_engine().nlp  # noqa: B018  loaded once, as in a notebook; forked workers share it
    report["model_load_s"] = round(time.perf_counter() - started, 2)
    try:
        report["create_tables_s"] = round(create_tables(engine, prefix, layout), 1)
        print(f"created {args.tables:,} tables in {len(layout)} schemas in {report['create_tables_s']} s")
        timed_scan(args.url, [_schema(prefix, 0)], args.jobs)  # warm-up: validators, Presidio, connections
        steps = []
        for upto in (1, 2, len(layout)):  # 1%, 10%, 100% of the tables
            schemas = [_schema(prefix, s) for s in range(upto)]
            listed_s, listed = list_tables(args.url, schemas)
            wall, catalog = timed_scan(args.url, schemas, args.jobs)
            scanned = sum(t.status == "scanned" for t in catalog.tables)
            columns = sum(c.status == "scanned" for c in catalog.columns)
            step = {"tables": listed, "scanned": scanned, "columns": columns,
                    "list_s": round(listed_s, 2), "scan_s": round(wall, 1),
                    "ms_per_table": round(1000 * wall / max(listed, 1), 1),
                    "ms_per_column": round(1000 * wall / max(columns, 1), 2),
                    "per_width": _per_width(catalog),
                    "errors": sum(t.status == "error" for t in catalog.tables)}
            steps.append(step)
            print(f"{listed:,} tables ({columns:,} columns): listed in {listed_s:.1f} s, scanned in {wall:.1f} s "
                  f"= {step['ms_per_table']} ms per table; {step['errors']} errors")
        report["steps"] = steps

        rows_schema = f"{prefix}_rows"
        sizes = sorted({1_000, 1_000_000, args.big_rows})
        report["create_row_tables_s"] = {str(k): round(v, 1) for k, v in create_row_tables(engine, rows_schema, sizes).items()}
        rows_report = []
        for rows in sizes:
            wall, catalog = timed_scan(args.url, [rows_schema], 1, include=[f"rows_{rows}"])
            table = catalog.tables[0]
            rows_report.append({"rows": rows, "scan_s": round(wall, 2), "table_s": table.seconds and round(table.seconds, 3),
                                "rows_sampled": table.rows_sampled, "rows_total": table.rows_total,
                                "sample_method": table.sample_method})
            print(f"{rows:,} rows: scanned in {wall:.2f} s (table {table.seconds:.3f} s), "
                  f"{table.rows_sampled} rows sampled by {table.sample_method}")
        report["rows"] = rows_report
    finally:
        dropped = drop_schemas(engine, prefix)
        engine.dispose()
        print(f"dropped {dropped} schemas of run {prefix}")
    if args.output.endswith(".json"):
        Path(args.output).write_text(json.dumps(report, indent=2) + "\n")
    else:
        write_result(args.output, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
