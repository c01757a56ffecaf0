"""Review benchmark: how many questions a reviewer answers to bring a catalog to binary F1 ≥ 0.99,
and how many wrong columns the queue never asks about (silent errors).

    python -m benchmarks.review --corpus ../shared/corpus
    python -m benchmarks.review --dataset NAME=SOURCE::LABELS.csv   # any labelled source
    # the held-out set (benchmarks/heldout): groups named "heldout/..." report aggregates only
    python -m benchmarks.review --dataset "heldout/ops=sqlite:///out/heldout/heldout_ops.sqlite::benchmarks/heldout/labels/heldout_ops.csv" ...

Every labelled dataset is scanned (same samples and settings as benchmarks.accuracy); the
review queues of all datasets are merged into one queue ordered by priority, as a reviewer
of the whole catalog would see it, and answered from the labels in that order: "no" when the
column is not personal data, "yes" when piiscan's categories are right, "relabel" otherwise.
Reported per group: columns, queue length, questions until binary F1 ≥ 0.99 (pooled), F1
before and after the whole queue, and silent errors (columns whose binary decision is wrong
and which the queue does not contain), as counts and shares of the columns scored.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from benchmarks.common import run_piiscan, take_samples
from piiscan.api import ScanSettings
from piiscan.evaluate import IGNORED, NEGATIVE, evaluate, predicted, read_labels
from piiscan.review import apply_answer, review_queue

RESULTS = Path(__file__).resolve().parent / "results"
TARGET_F1 = 0.99


def answer_from_labels(col, gold: set[str]) -> tuple[str, str | None]:
    """What a reviewer who knows the truth answers about `col`."""
    gold = gold - {NEGATIVE}
    if not gold:
        return "no", None
    pred = predicted(col) or {f.category for f in col.candidates[:1]}
    if pred and pred <= gold:
        return "yes", None
    return "relabel", sorted(gold)[0]


def simulate(catalogs: list[tuple[str, object, dict]]) -> dict:
    """Answer the merged queue of `catalogs` [(name, catalog, labels)] from the labels."""
    queue = []
    for name, catalog, labels in catalogs:
        queue.extend((q, name) for q in review_queue(catalog))
    queue.sort(key=lambda item: -item[0].priority)
    current = {name: {(c.table, c.column): c for c in catalog.columns} for name, catalog, _ in catalogs}
    labels_of = {name: labels for name, _, labels in catalogs}
    scored = sum(evaluate(catalog, labels).columns for _, catalog, labels in catalogs)

    def f1() -> float:
        from piiscan.evaluate import Report

        pooled = Report()
        for name, catalog, labels in catalogs:
            cols = tuple(current[name].values())
            pooled.add(evaluate(type(catalog)(columns=cols), labels))
        return pooled.binary.f1

    start = f1()
    asked = {(name, q.table, q.column) for q, name in queue}
    silent = []
    for name, catalog, labels in catalogs:
        for col in catalog.columns:
            gold = labels.get((col.table, col.column))
            if gold is None or IGNORED in gold:
                continue
            wrong = bool(gold - {NEGATIVE}) != bool(predicted(col))
            if wrong and (name, col.table, col.column) not in asked:
                silent.append(f"{name}:{col.table}.{col.column}")
    needed = 0 if start >= TARGET_F1 else None
    for i, (q, name) in enumerate(queue, 1):
        key = (q.table, q.column)
        gold = labels_of[name].get(key)
        if gold is not None and IGNORED not in gold:
            answer, category = answer_from_labels(current[name][key], gold)
            current[name][key] = apply_answer(current[name][key], answer, category)
        if needed is None and f1() >= TARGET_F1:
            needed = i
    return {"columns": scored, "queue": len(queue), "questions_to_f1": needed,
            "f1_before": round(start, 4), "f1_after_queue": round(f1(), 4),
            "silent_errors": len(silent), "silent_error_columns": silent,
            "queue_share": round(len(queue) / scored, 4) if scored else 0.0,
            "silent_share": round(len(silent) / scored, 4) if scored else 0.0}


def main(argv: list[str] | None = None) -> int:
    from benchmarks.accuracy import datasets

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None, help="folder with *.sqlite and labels/*.csv (tuning set)")
    parser.add_argument("--dataset", action="append", default=[], metavar="NAME=SOURCE::LABELS",
                        help="another labelled dataset (group = its NAME before any '/')")
    parser.add_argument("--sample-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    settings = ScanSettings(sample_size=args.sample_size, seed=args.seed)
    groups: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        found = datasets(args.corpus, Path(tmp), args.seed)
        for item in args.dataset:
            name, rest = item.split("=", 1)
            source, labels = rest.split("::", 1)
            found.append((name, [source], Path(labels), name.split("/")[0]))
        for name, specs, labels_path, group in found:
            samples, _ = take_samples(specs, args.sample_size, args.seed)
            catalog, _ = run_piiscan(samples, settings)
            groups.setdefault(group, []).append((name, catalog, read_labels(labels_path)))
    results = {group: simulate(items) for group, items in groups.items()}
    for group, result in results.items():
        if group.startswith("heldout"):  # measured, never tuned on: no per-column errors are kept
            result.pop("silent_error_columns")
    print("| group | columns | queue (share) | questions to F1 ≥ 0.99 | F1 before → after queue | silent errors (share) |")
    print("|---|---|---|---|---|---|")
    for group, r in results.items():
        needed = r["questions_to_f1"] if r["questions_to_f1"] is not None else "not reached"
        print(f"| {group} | {r['columns']} | {r['queue']} ({r['queue_share']:.1%}) | {needed} | "
              f"{r['f1_before']:.3f} → {r['f1_after_queue']:.3f} | {r['silent_errors']} ({r['silent_share']:.1%}) |")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "review.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
