"""Check that a speed change changed no detection decision: scan fixed datasets, write their
full catalogs without timings, and compare two such files.

    python -m benchmarks.same_findings dump before.json [--corpus ../shared/corpus] [--speed DB]
    python -m benchmarks.same_findings compare before.json after.json

`dump` scans the generated accuracy dataset, every corpus database, the demo and (with
`--speed`) a speed database, at 1,000 sampled rows, and keeps everything in each catalog but
timings and the scan date: findings, confidences, evidence, masked examples, content kinds.
SQLite tables are read whole and sampled by `scan_table` (seeded), because SQLite's own
`ORDER BY random()` sample differs from run to run; files go through `scan()`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import piiscan

ROOT = Path(__file__).resolve().parent.parent
_VOLATILE = {"seconds", "generated_at", "changed_at"}  # changed_at: a generated file's mtime


def _without_timings(value):
    if isinstance(value, dict):
        return {k: _without_timings(v) for k, v in value.items() if k not in _VOLATILE}
    if isinstance(value, list):
        return [_without_timings(v) for v in value]
    return value


def dump(out: Path, corpus: Path | None, speed: Path | None, sample_size: int = 1000) -> dict:
    from benchmarks.generate import build_accuracy_dataset

    catalogs = {}
    with tempfile.TemporaryDirectory() as tmp:
        built = build_accuracy_dataset(Path(tmp) / "generated")
        specs = {"generated": [f"sqlite:///{built['sqlite']}"], "generated-files": [str(built["files"])]}
        demo = ROOT / "examples" / "demo.sqlite"
        if demo.exists():
            specs["demo"] = [f"sqlite:///{demo}", str(ROOT / "examples" / "contacts.csv")]
        for db in sorted(corpus.glob("*.sqlite")) if corpus else ():
            specs[db.stem] = [f"sqlite:///{db}"]
        if speed:
            specs["speed"] = [f"sqlite:///{speed}"]
        for name, spec in specs.items():
            catalogs[name] = _without_timings(_scan(spec, sample_size))
            for source in catalogs[name].get("sources", []):  # temporary paths differ between runs
                source.pop("url", None)
                source.pop("name", None)
            for item in catalogs[name]["columns"] + catalogs[name]["tables"]:
                item.pop("source", None)
            print(f"{name}: {sum(bool(c.get('findings')) for c in catalogs[name]['columns'])} columns with findings")
    out.write_text(json.dumps(catalogs, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return catalogs


def _scan(specs: list[str], sample_size: int) -> dict:
    """Catalog dict of `specs`, deterministic: SQLite tables sampled by scan_table's seed."""
    import sqlite3

    from piiscan.sources import rows_to_arrow

    files = [s for s in specs if not s.startswith("sqlite:///")]
    out = piiscan.scan(*files, sample_size=sample_size, jobs=1).to_dict() if files else {"columns": [], "tables": []}
    for spec in specs:
        if spec in files:
            continue
        con = sqlite3.connect(f"file:{spec[len('sqlite:///'):]}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            for table in tables:
                cursor = con.execute(f'SELECT * FROM "{table}"')
                names = [d[0] for d in cursor.description]
                data, _ = rows_to_arrow(names, cursor.fetchall())
                part = piiscan.scan_table(data, table, sample_size=sample_size).to_dict()
                out["columns"] += part["columns"]
                out["tables"] += part["tables"]
        finally:
            con.close()
    return out


def compare(a: Path, b: Path) -> int:
    left, right = (_without_timings(json.loads(p.read_text())) for p in (a, b))  # dumps of older code too
    differences = 0
    for name in sorted(set(left) | set(right)):
        if name not in left or name not in right:
            print(f"{name}: only in {'one'} file")
            differences += 1
            continue
        cols_a = {(c["table"], c["column"]): c for c in left[name]["columns"]}
        cols_b = {(c["table"], c["column"]): c for c in right[name]["columns"]}
        for key in sorted(set(cols_a) | set(cols_b)):
            if cols_a.get(key) != cols_b.get(key):
                differences += 1
                print(f"{name} {key[0]}.{key[1]}:\n  before {json.dumps(cols_a.get(key))[:400]}\n"
                      f"  after  {json.dumps(cols_b.get(key))[:400]}")
        rest_a = {k: v for k, v in left[name].items() if k != "columns"}
        rest_b = {k: v for k, v in right[name].items() if k != "columns"}
        if rest_a != rest_b:
            differences += 1
            print(f"{name}: tables or settings differ")
    print(f"{differences} difference(s) over {len(left)} datasets")
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=None)
    d.add_argument("--speed", type=Path, default=None, help="a speed database (benchmarks.generate speed)")
    c = commands.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.corpus, args.speed)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
