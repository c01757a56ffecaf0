"""Where a scan's time goes: one `piiscan.scan()` of the speed database in this process
(jobs=1, the spaCy model and Presidio loaded beforehand), under cProfile, broken down by stage.

    python -m benchmarks.stages --warmup --timers      # 200 columns x 10,000 rows, sample 1,000
    python -m benchmarks.stages --warmup --top 25      # the same under cProfile, with the top functions
    python -m benchmarks.stages --pool 2 --database DB # a cold scan on a pool of 2, as the CLI runs it

`--pool` measures what the stages leave out: the parent's steps before and after the
workers run (rules, listing, spaCy's load, linking) by wall clock, and each worker's CPU per
stage, tables and pickled result bytes.

Each stage is the cumulative time of the functions that implement it (nested stages are
subtracted: validators inside screening, NER inside evidence). "other" is the rest of the
scan (evidence wiring, table listing, result objects). `--timers` measures the same stages
with CPU timers around those functions instead of cProfile, which inflates pure-Python code
(phonenumbers) several times more than C code (spaCy's thinc, Arrow); the figures in
docs/benchmarks.md are the timer ones. Results go to benchmarks/results/stages-*.json.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import tempfile
import time
from pathlib import Path

#: stage -> (module path suffix, function names) whose cumulative time the stage is
STAGES: dict[str, list[tuple[str, str]]] = {
    "sampling/reading": [("piiscan/sources/sql.py", "sample"), ("piiscan/sources/files.py", "sample"),
                         ("piiscan/sources/odbc.py", "sample")],
    "profiling": [("piiscan/detect/profile.py", "profile_many")],
    "RE2 screening": [("piiscan/detect/screen.py", "screen_many")],
    "validators": [("piiscan/detect/screen.py", "_validated")],
    "NER (names/places)": [("piiscan/detect/ner.py", "shares_many")],
    "NER (free text)": [("piiscan/detect/ner.py", "text_findings_many")],
    "column-name matching": [("piiscan/detect/names.py", "match_names"),
                             ("piiscan/detect/names.py", "denied_rules"),
                             ("piiscan/detect/names.py", "is_identifier_name")],
    "decide": [("piiscan/decide.py", "decide_table")],
    "checksum discovery": [("piiscan/detect/checksums.py", "checksum_match")],
    "phone regions": [("piiscan/detect/phone_regions.py", "local_phones")],
}
#: a stage's time excludes these stages that run inside it
NESTED = {"RE2 screening": ["validators"]}


def stage_seconds(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds per stage from a profile (functions matched by file and name)."""
    out = {stage: 0.0 for stage in STAGES}
    for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items():
        for stage, targets in STAGES.items():
            if any(filename.endswith(path) and function == name for path, name in targets):
                out[stage] += cumulative
    for outer, inner in NESTED.items():
        out[outer] -= sum(out[i] for i in inner)
    return out


def timed_stages(run):
    """CPU seconds per stage of `run()`, from timers wrapped around the stage functions
    (no profiler: cProfile inflates pure-Python code such as phonenumbers several times
    more than C code). Nested stages are subtracted as in `stage_seconds`."""
    spent = {stage: 0.0 for stage in STAGES}
    patched = _patch(spent)
    try:
        started = time.process_time()
        result = run()
        total = time.process_time() - started
    finally:
        for holder, name, original in reversed(patched):
            setattr(holder, name, original)
    for outer, inner in NESTED.items():
        spent[outer] -= sum(spent[i] for i in inner)
    return result, spent, total


def _patch(spent: dict, targets: dict | None = None, clock=time.process_time) -> list:
    """Wrap each stage's functions (`targets`: stage -> (module path, name); default STAGES)
    in a timer (`clock`: CPU by default) adding to `spent[stage]`; returns what to restore."""
    import importlib
    import sys

    patched = []
    for stage, functions in (targets or STAGES).items():
        for path, name in functions:
            module = importlib.import_module(path[:-3].replace("/", "."))
            owners = [module] if hasattr(module, name) else [
                o for o in vars(module).values() if isinstance(o, type) and name in vars(o)]
            for owner in owners:
                original = getattr(owner, name)

                def timer(*args, _original=original, _stage=stage, **kwargs):
                    started = clock()
                    try:
                        return _original(*args, **kwargs)
                    finally:
                        spent[_stage] += clock() - started

                # the function itself, and every piiscan module that imported it by name
                holders = [owner] + [m for key, m in list(sys.modules.items()) if key.startswith("piiscan")
                                     and m is not owner and getattr(m, name, None) is original]
                for holder in holders:
                    patched.append((holder, name, original))
                    setattr(holder, name, timer)
    return patched


#: Steps of the parent process of a scan with a local pool, timed by wall clock (--pool)
PARENT_STEPS = {
    "rules": [("piiscan/worker.py", "rules_for")],
    "listing sources and tables": [("piiscan/api.py", "list_sources")],
    "spaCy import and model load": [("piiscan/detect/ner.py", "_load_pipeline")],
    "tables on the pool (fork to last result)": [("piiscan/fleet.py", "run_tasks")],
    "linking across tables": [("piiscan/api.py", "across_tables")],
}


def pool_phases(spec: str, sample_size: int, jobs: int, out: Path) -> dict:
    """One cold `piiscan.scan(jobs=N)` in this process, as the CLI runs it: the parent's
    steps by wall clock, and each worker's CPU per stage (timers installed before the pool
    forks, so the workers inherit them; each writes its figures to `out` after every
    table)."""
    import json
    import pickle
    import resource

    import piiscan
    from piiscan import worker

    parent = {step: 0.0 for step in PARENT_STEPS}
    wall_patched = _patch(parent, PARENT_STEPS, clock=time.perf_counter)
    spent = {stage: 0.0 for stage in STAGES} | {"tables": 0, "task CPU": 0.0, "task wall": 0.0,
                                                  "result bytes pickled": 0}
    patched = _patch(spent)
    task = worker.scan_task

    def timed_task(settings, item):
        cpu, begun = time.process_time(), time.perf_counter()
        result = task(settings, item)
        spent["task CPU"] += time.process_time() - cpu
        spent["task wall"] += time.perf_counter() - begun
        spent["tables"] += 1
        spent["result bytes pickled"] += len(pickle.dumps(result))
        (out / f"{os.getpid()}.json").write_text(json.dumps(spent))
        return result

    timed_task.__module__, timed_task.__qualname__ = task.__module__, task.__qualname__  # pickled by name
    worker.scan_task = timed_task
    try:
        scan_started = time.perf_counter()
        catalog = piiscan.scan(spec, sample_size=sample_size, jobs=jobs, progress=False)
        scan_wall = time.perf_counter() - scan_started
    finally:
        worker.scan_task = task
        for holder, name, original in reversed(patched + wall_patched):
            setattr(holder, name, original)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]
    for figures in workers:
        for outer, inner in NESTED.items():
            figures[outer] -= sum(figures[i] for i in inner)
        figures["other"] = figures["task CPU"] - sum(figures[s] for s in STAGES)
    parent["other (checks, pool start and shut-down, catalog)"] = scan_wall - sum(parent.values())
    return {"catalog": catalog, "scan_wall": scan_wall, "parent_steps_wall": parent, "parent_cpu": time.process_time(),
            "workers_cpu": children.ru_utime + children.ru_stime, "workers": workers}


def print_pool(report: dict, jobs: int) -> None:
    print(f"scan with jobs={jobs}: {report['scan_wall']:.2f} s wall (piiscan imported before); CPU: parent "
          f"{report['parent_cpu']:.2f} s (imports included), workers {report['workers_cpu']:.2f} s")
    print("\n| parent step | wall seconds |\n|---|---:|")
    for step, seconds in report["parent_steps_wall"].items():
        print(f"| {step} | {seconds:.2f} |")
    workers = report["workers"]
    print("\n| worker CPU | " + " | ".join(f"worker {i + 1}" for i in range(len(workers))) + " | all |")
    print("|---|" + "---:|" * (len(workers) + 1))
    for key in [*STAGES, "other", "task CPU", "task wall", "tables", "result bytes pickled"]:
        values = [w.get(key, 0) for w in workers]
        shown = [f"{v:,}" if isinstance(v, int) else f"{v:.2f}" for v in values + [sum(values)]]
        print(f"| {key} | " + " | ".join(shown) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--sample-size", type=int, default=1000)
    parser.add_argument("--database", type=Path, default=None, help="reuse a generated speed database")
    parser.add_argument("--top", type=int, default=0, help="also print the N functions with most own time")
    parser.add_argument("--no-profile", action="store_true", help="time the scan only (no cProfile overhead)")
    parser.add_argument("--timers", action="store_true",
                        help="stages by timers around the stage functions instead of cProfile (less distortion)")
    parser.add_argument("--warmup", action="store_true",
                        help="scan a small database of other values first (imports and lazy metadata "
                             "loaded, as in a long-lived worker)")
    parser.add_argument("--pool", type=int, default=0, metavar="JOBS",
                        help="instead: one cold scan with a local pool of JOBS workers, as the CLI runs "
                             "it; the parent's steps by wall clock and each worker's CPU per stage")
    args = parser.parse_args(argv)
    if args.pool == 1:
        parser.error("--pool needs 2 workers or more (jobs=1 scans in this process: use --timers)")
    if args.pool:
        return _main_pool(args)

    import piiscan
    from benchmarks.generate import build_speed_dataset
    from piiscan.detect.ner import engine

    with tempfile.TemporaryDirectory() as tmp:
        db = args.database or Path(tmp) / "speed.sqlite"
        if not db.exists():
            build_speed_dataset(db, columns=args.columns, rows=args.rows)
        ner = engine()
        ner.nlp, ner.analyzer  # noqa: B018  (load the model outside the measured scan)
        if args.warmup:
            small = build_speed_dataset(Path(tmp) / "warmup.sqlite", columns=100, rows=200, seed=1)
            piiscan.scan(f"sqlite:///{small}", jobs=1)
            from piiscan.validators import _phone

            engine().forget()  # what was learnt of the warm-up's values is not carried over
            _phone.cache_clear()
        spec = f"sqlite:///{db}"
        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        started, cpu = time.perf_counter(), time.process_time()
        if args.timers:
            catalog, timed, timed_total = timed_stages(lambda: piiscan.scan(spec, sample_size=args.sample_size, jobs=1))
        elif args.no_profile:
            catalog = piiscan.scan(spec, sample_size=args.sample_size, jobs=1)
        else:
            catalog = profiler.runcall(piiscan.scan, spec, sample_size=args.sample_size, jobs=1)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    columns = sum(c.status == "scanned" for c in catalog.columns)
    values = sum(c.rows_sampled or 0 for c in catalog.columns)
    print(f"scan of {columns} columns, {values:,} sampled values, jobs=1: {wall:.2f} s wall, {cpu:.2f} s CPU"
          f"{'' if args.no_profile or args.timers else ' (under cProfile)'}")
    if args.no_profile:
        return 0
    if args.timers:
        seconds, total = timed, timed_total
    else:
        stats = pstats.Stats(profiler)
        seconds = stage_seconds(stats)
        total = stats.total_tt
    print(f"\n| stage | seconds | share |\n|---|---:|---:|")
    for stage, s in seconds.items():
        print(f"| {stage} | {s:.2f} | {s / total:.0%} |")
    other = total - sum(seconds.values())
    print(f"| other | {other:.2f} | {other / total:.0%} |\n| **total (CPU{', timers' if args.timers else ', profiled'})** | {total:.2f} | |")
    from benchmarks.common import write_result

    write_result("stages-timers" if args.timers else "stages-cprofile", {
        "columns": columns, "sampled_values": values, "jobs": 1, "warmup": args.warmup,
        "wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
        "stages_cpu_seconds": {stage: round(s, 2) for stage, s in seconds.items()} | {"other": round(other, 2)},
        "total_cpu_seconds": round(total, 2), "method": "timers" if args.timers else "cProfile (process_time)",
        "load_average_1min_after": round(os.getloadavg()[0], 2)})
    if args.top and not args.timers:
        print()
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


def _main_pool(args) -> int:
    from benchmarks.common import write_result
    from benchmarks.generate import build_speed_dataset

    with tempfile.TemporaryDirectory() as tmp:
        db = args.database or Path(tmp) / "speed.sqlite"
        if not db.exists():
            build_speed_dataset(db, columns=args.columns, rows=args.rows)
        out = Path(tmp) / "workers"
        out.mkdir()
        report = pool_phases(f"sqlite:///{db}", args.sample_size, args.pool, out)
    print_pool(report, args.pool)
    catalog = report.pop("catalog")
    write_result("stages-pool", report | {"columns": sum(c.status == "scanned" for c in catalog.columns),
                                          "jobs": args.pool, "load_average_1min_after": round(os.getloadavg()[0], 2)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
