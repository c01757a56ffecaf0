"""Labelled synthetic datasets for piiscan benchmarks.

Two datasets, both deterministic for a given seed (and Faker version). Value generators live in
benchmarks/values.py, the accuracy tables (columns, value makers, labels) in benchmarks/tables.py.


* ``build_accuracy_dataset``: a realistic, deliberately hard SQLite database of
  several business domains plus a latin-1 ``;`` CSV export and a nested JSON
  Lines file, each with a label CSV in the corpus format
  (``table,column,label,note``; see shared/corpus/labels/README.md).
* ``build_speed_dataset``: a wide SQLite database (50 columns per table) for
  timing scans, with its labels beside it.

Faker is a benchmark-only dependency; validity of generated identifiers is
checked with python-stdnum in tests/test_benchmark_data.py.

    python -m benchmarks.generate accuracy OUTDIR [--seed 0] [--rows 300]
    python -m benchmarks.generate speed OUTDIR --columns 1000 --rows 10000
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import time
from pathlib import Path

import numpy as np

from benchmarks.tables import Column, Table, _Context, _accuracy_tables, _context, _file_tables, _ip, _ticket_body
from benchmarks.values import BRANDS, LABEL_HEADER, LOCALES, PRODUCTS, _digits, _stamp, card_number, person, product_description


# --- writers -------------------------------------------------------------------


def _rows(table: Table, ctx: _Context, count: int) -> list[tuple]:
    rows = []
    for i in range(count):
        ctx.row = i
        locale = ctx.rng.choice(table.locales)
        p = person(ctx.fake(locale), ctx.rng, locale)
        rows.append(tuple(column.make(p, ctx) for column in table.columns))
    return rows


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _sql_type(values: tuple) -> str:
    kinds = {type(v) for v in values if v is not None}
    if kinds and kinds <= {int}:
        return "INTEGER"
    if kinds and kinds <= {int, float}:
        return "REAL"
    return "TEXT"


def _write_table(con: sqlite3.Connection, name: str, columns: list[str], rows: list[tuple]) -> None:
    types = [_sql_type(values) for values in zip(*rows)] if rows else ["TEXT"] * len(columns)
    spec = ", ".join(f"{_quote(c)} {t}" for c, t in zip(columns, types))
    con.execute(f"CREATE TABLE {_quote(name)} ({spec})")
    con.executemany(f"INSERT INTO {_quote(name)} VALUES ({', '.join('?' * len(columns))})", rows)


def _write_labels(path: Path, labels: list[tuple[str, str, str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(LABEL_HEADER)
        writer.writerows(labels)


def _label_rows(table: Table) -> list[tuple[str, str, str, str]]:
    return [(table.name, c.name, c.label, c.note) for c in table.columns]


def _fresh_sqlite(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    return con


def _nest(columns: tuple[Column, ...], row: tuple) -> dict:
    doc: dict = {}
    for column, value in zip(columns, row):
        *parents, leaf = column.name.split(".")
        node = doc
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return doc


def build_accuracy_dataset(outdir: Path, seed: int = 0, rows: int = 300) -> dict[str, Path]:
    """Write the labelled accuracy dataset into `outdir` and return its paths.

    outdir/bench.sqlite + bench_labels.csv, and outdir/files/ (customers_export.csv,
    latin-1 with `;`; orders.jsonl, nested) + files_labels.csv, whose `table` is the
    path relative to outdir/files and `column` the dotted JSON path.
    """
    outdir = Path(outdir)
    ctx = _context(seed)
    sqlite_path = outdir / "bench.sqlite"
    labels = []
    con = _fresh_sqlite(sqlite_path)
    with con:
        for table in _accuracy_tables():
            _write_table(con, table.name, [c.name for c in table.columns], _rows(table, ctx, rows))
            labels += _label_rows(table)
    con.close()
    _write_labels(outdir / "bench_labels.csv", labels)

    files_dir = outdir / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    csv_table, jsonl_table = _file_tables()
    with (files_dir / csv_table.name).open("w", newline="", encoding="latin-1", errors="replace") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow([c.name for c in csv_table.columns])
        writer.writerows(_rows(csv_table, ctx, rows))
    with (files_dir / jsonl_table.name).open("w", encoding="utf-8") as fh:
        for row in _rows(jsonl_table, ctx, rows):
            fh.write(json.dumps(_nest(jsonl_table.columns, row), ensure_ascii=False) + "\n")
    _write_labels(outdir / "files_labels.csv", _label_rows(csv_table) + _label_rows(jsonl_table))
    return {
        "sqlite": sqlite_path,
        "labels": outdir / "bench_labels.csv",
        "files": files_dir,
        "files_labels": outdir / "files_labels.csv",
        "csv": files_dir / csv_table.name,
        "jsonl": files_dir / jsonl_table.name,
    }


# --- speed dataset ---------------------------------------------------------------

TABLE_WIDTH = 50
POOL_SIZE = 3000
PII_SHARE = 0.35
# kind -> label; PII kinds draw from pools of synthetic people and values
SPEED_PII_KINDS = {
    "first_name": "PERSON_NAME", "last_name": "PERSON_NAME", "full_name": "PERSON_NAME",
    "email": "EMAIL", "phone": "PHONE", "street": "STREET_ADDRESS", "city": "CITY",
    "postcode": "POSTAL_CODE", "iban": "BANK_ACCOUNT", "card": "PAYMENT_CARD",
    "national_id": "GOV_ID", "birth_date": "DATE_OF_BIRTH", "ip": "IP_ADDRESS", "note": "FREE_TEXT_PII",
}
SPEED_OTHER_KINDS = (
    "ref", "amount", "quantity", "code", "updated_at", "status", "currency", "product", "description", "flag",
)


def _speed_pools(ctx: _Context) -> dict[str, np.ndarray]:
    people = [person(ctx.fake(loc), ctx.rng, loc) for loc in LOCALES for _ in range(POOL_SIZE // len(LOCALES))]
    field = {"first_name": "first", "last_name": "last", "full_name": "name", "birth_date": "dob"}
    pools: dict[str, list] = {
        kind: [p[field.get(kind, kind)] for p in people]
        for kind in ("first_name", "last_name", "full_name", "email", "phone", "street", "city",
                     "postcode", "iban", "national_id", "birth_date")
    }
    pools["birth_date"] = [d.isoformat() for d in pools["birth_date"]]
    en = ctx.fake()
    pools["card"] = [card_number(en, ctx.rng, masked_share=0.0) for _ in range(POOL_SIZE)]
    pools["ip"] = [_ip({}, ctx) for _ in range(POOL_SIZE)]
    pools["note"] = [_ticket_body(p, ctx) for p in people]
    pools["code"] = [f"SKU-{_digits(ctx.rng, 6)}" for _ in range(POOL_SIZE)]
    pools["updated_at"] = [_stamp(ctx.rng) for _ in range(POOL_SIZE)]
    pools["status"] = ["new", "open", "closed", "paid", "shipped", "cancelled"]
    pools["currency"] = ["EUR", "USD", "GBP", "BRL", "INR"]
    pools["product"] = [f"{b} {p}" for b in BRANDS for p in PRODUCTS]
    pools["description"] = [product_description(en, ctx.rng) for _ in range(POOL_SIZE // 3)]
    return {kind: np.array(values, dtype=object) for kind, values in pools.items()}


def _speed_column(kind: str, pools: dict[str, np.ndarray], gen: np.random.Generator, rows: int) -> list:
    if kind == "ref":
        return gen.integers(1, 10**9, rows).tolist()
    if kind == "amount":
        return np.round(gen.uniform(0, 5000, rows), 2).tolist()
    if kind == "quantity":
        return gen.integers(0, 500, rows).tolist()
    if kind == "flag":
        return gen.integers(0, 2, rows).tolist()
    pool = pools[kind]
    return pool[gen.integers(0, len(pool), rows)].tolist()


def build_speed_dataset(path: Path, columns: int = 1000, rows: int = 10000, seed: int = 0,
                        table_width: int = TABLE_WIDTH) -> Path:
    """Write a wide SQLite database (tables of `table_width` columns, ~35% PII) and its labels CSV.

    The labels go beside it: `path` with its suffix replaced by `_labels.csv`.
    Values are drawn from pools made once, so 1000 columns x 10000 rows take seconds.
    """
    path = Path(path)
    ctx = _context(seed)
    gen = np.random.default_rng(seed)
    pools = _speed_pools(ctx)
    pii_kinds = list(SPEED_PII_KINDS)
    labels = []
    con = _fresh_sqlite(path)
    with con:
        for t, start in enumerate(range(0, columns, table_width)):
            width = min(table_width, columns - start)
            table = f"speed_t{t + 1:03d}"
            pii_slots = set(ctx.rng.sample(range(1, width), round(PII_SHARE * width))) if width > 1 else set()
            names, data = ["id"], [list(range(1, rows + 1))]
            labels.append((table, "id", "NONE", ""))
            for j in range(1, width):
                kind = ctx.rng.choice(pii_kinds if j in pii_slots else SPEED_OTHER_KINDS)
                names.append(f"{kind}_{j}")
                data.append(_speed_column(kind, pools, gen, rows))
                labels.append((table, names[-1], SPEED_PII_KINDS.get(kind, "NONE"), ""))
            _write_table(con, table, names, list(zip(*data)))
    con.close()
    _write_labels(path.with_name(path.stem + "_labels.csv"), labels)
    return path


# --- command line ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    accuracy = commands.add_parser("accuracy", help="labelled hard-case dataset (SQLite + files)")
    accuracy.add_argument("outdir", type=Path)
    accuracy.add_argument("--rows", type=int, default=300)
    accuracy.add_argument("--seed", type=int, default=0)
    speed = commands.add_parser("speed", help="wide SQLite database for timing (OUTDIR/speed.sqlite)")
    speed.add_argument("outdir", type=Path)
    speed.add_argument("--columns", type=int, default=1000)
    speed.add_argument("--rows", type=int, default=10000)
    speed.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.command == "accuracy":
        paths = build_accuracy_dataset(args.outdir, seed=args.seed, rows=args.rows)
        written = [str(p) for p in paths.values()]
    else:
        db = build_speed_dataset(args.outdir / "speed.sqlite", args.columns, args.rows, args.seed)
        written = [str(db), str(db.with_name(db.stem + "_labels.csv"))]
    print("\n".join(written))
    print(f"done in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
