"""Calibration by evidence: how often piiscan's findings are right on the calibration sets
(held-out sets 2 and 3, which are no longer used to measure accuracy), grouped by the signals
behind each finding. Aggregates only: no column, table or value is printed or stored.

    python -m benchmarks.calibration          # builds both sets in a temporary folder

The input for fitting the confidence map on data nobody tuned on (piiscan.decide.PLACE_SLOPE
was fitted from its table by kind); held-out set 4
(`python -m benchmarks.accuracy --heldout4`) then measures it. Results go to
benchmarks/results/calibration.json.
"""

from __future__ import annotations

import argparse
import collections
import tempfile
from pathlib import Path

from benchmarks.accuracy import heldout_set_datasets
from benchmarks.common import write_result
from piiscan.decide import PLACES
from piiscan.evaluate import FREE_TEXT, IGNORED, NEGATIVE, read_labels


def rows(catalog, labels) -> list[tuple[float, bool, str, str]]:
    """(confidence, right, signals, category) of every (column, category) the catalog predicts."""
    out = []
    for col in catalog.columns:
        gold = labels.get((col.table, col.column))
        if gold is None or IGNORED in gold or not col.findings:
            continue
        gold = gold - {NEGATIVE}
        if col.content == "free_text":
            out.append((max(f.confidence for f in col.findings), FREE_TEXT in gold, "free_text", FREE_TEXT))
            continue
        best: dict = {}
        for finding in col.findings:
            if finding.category not in best or finding.confidence > best[finding.category].confidence:
                best[finding.category] = finding
        out += [(f.confidence, category in gold, "+".join(sorted({e.signal for e in f.evidence})), category)
                for category, f in best.items()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample-size", type=int, default=100)
    args = parser.parse_args(argv)
    import piiscan

    found: list = []
    with tempfile.TemporaryDirectory() as tmp:
        for number in (2, 3):
            parts, problems = heldout_set_datasets(number, Path(tmp))
            if problems:
                raise SystemExit(f"a calibration set does not match its freeze: {problems[0]}")
            for _, specs, labels, _ in parts:
                found += rows(piiscan.scan(specs, sample_size=args.sample_size, seed=0), read_labels(labels))
    groups: dict[str, list] = collections.defaultdict(list)
    for confidence, right, signals, _ in found:
        groups[signals].append((confidence, right))
    table = [{"signals": signals, "findings": len(xs), "mean_confidence": round(sum(c for c, _ in xs) / len(xs), 3),
              "share_right": round(sum(r for _, r in xs) / len(xs), 3)}
             for signals, xs in sorted(groups.items(), key=lambda kv: -len(kv[1]))]
    kinds = []
    for kind, member in (("places and device addresses", lambda c: c in PLACES),
                         ("other findings", lambda c: c not in PLACES)):
        xs = [(c, r) for c, r, _, category in found if member(category)]
        if xs:
            conf, right = sum(c for c, _ in xs) / len(xs), sum(r for _, r in xs) / len(xs)
            # the share of their distance above the threshold that would make them right as
            # often as they say: 1.0 where the reported confidence already fits
            slope = (right - 0.5) / (conf - 0.5) if conf > 0.5 else None
            kinds.append({"kind": kind, "findings": len(xs), "mean_confidence": round(conf, 3),
                          "share_right": round(right, 3), "slope": None if slope is None else round(slope, 2)})
    print(f"{len(found)} findings on the calibration sets (held-out sets 2 and 3)")
    print("| kind | findings | mean confidence | share right | slope that would fit |\n|---|---:|---:|---:|---:|")
    for row in kinds:
        print(f"| {row['kind']} | {row['findings']} | {row['mean_confidence']:.3f} | {row['share_right']:.3f} | {row['slope']} |")
    print()
    print("| signals | findings | mean confidence | share right |\n|---|---:|---:|---:|")
    for row in table:
        print(f"| {row['signals']} | {row['findings']} | {row['mean_confidence']:.3f} | {row['share_right']:.3f} |")
    write_result("calibration", {"sets": "held-out sets 2 and 3 (calibration sets)", "sample_size": args.sample_size,
                                 "by_kind": kinds, "by_signals": table})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
