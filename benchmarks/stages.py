"""Where a scan's time goes: one `piiscan.scan()` of the speed database in this process
(jobs=1, the spaCy model and Presidio loaded beforehand), under cProfile, broken down by stage.

    python -m benchmarks.stages                       # 200 columns x 10,000 rows, sample 1,000
    python -m benchmarks.stages --columns 1000 --top 25

Each stage is the cumulative time of the functions that implement it (nested stages are
subtracted: validators inside screening, NER inside evidence). "other" is the rest of the
scan (evidence wiring, table listing, result objects).
"""

from __future__ import annotations

import argparse
import cProfile
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--columns", type=int, default=200)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--sample-size", type=int, default=1000)
    parser.add_argument("--database", type=Path, default=None, help="reuse a generated speed database")
    parser.add_argument("--top", type=int, default=0, help="also print the N functions with most own time")
    parser.add_argument("--no-profile", action="store_true", help="time the scan only (no cProfile overhead)")
    parser.add_argument("--warmup", action="store_true",
                        help="scan a small database of other values first (imports and lazy metadata "
                             "loaded, as in a long-lived worker)")
    args = parser.parse_args(argv)

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
        spec = f"sqlite:///{db}"
        profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        started, cpu = time.perf_counter(), time.process_time()
        if args.no_profile:
            catalog = piiscan.scan(spec, sample_size=args.sample_size, jobs=1)
        else:
            catalog = profiler.runcall(piiscan.scan, spec, sample_size=args.sample_size, jobs=1)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    columns = sum(c.status == "scanned" for c in catalog.columns)
    values = sum(c.rows_sampled or 0 for c in catalog.columns)
    print(f"scan of {columns} columns, {values:,} sampled values, jobs=1: {wall:.2f} s wall, {cpu:.2f} s CPU"
          f"{'' if args.no_profile else ' (under cProfile)'}")
    if args.no_profile:
        return 0
    stats = pstats.Stats(profiler)
    seconds = stage_seconds(stats)
    total = stats.total_tt
    print(f"\n| stage | seconds | share |\n|---|---:|---:|")
    for stage, s in seconds.items():
        print(f"| {stage} | {s:.2f} | {s / total:.0%} |")
    other = total - sum(seconds.values())
    print(f"| other | {other:.2f} | {other / total:.0%} |\n| **total (CPU, profiled)** | {total:.2f} | |")
    if args.top:
        print()
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
