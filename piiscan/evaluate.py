"""Column-level accuracy of a catalog against a labels file.

Labels file: CSV with header `table,column,label,note` (the format of the corpus labels);
`label` is one category, several joined with `|`, `NONE` (not personal data), `OPTIONAL`
(ambiguous: ignored by the scorer) or `FREE_TEXT_PII` (free text holding personal data).

- binary: a column is positive when it has any finding; gold is positive unless NONE.
- typed: micro-averaged over (column, category) pairs; a free-text column with findings
  predicts FREE_TEXT_PII.
- calibration: every predicted (column, category) pair with its confidence and whether it is
  right, binned into a reliability table with the expected calibration error (ECE).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from piiscan.catalog import Catalog, ColumnResult
from piiscan.errors import ConfigError

IGNORED = "OPTIONAL"
NEGATIVE = "NONE"
FREE_TEXT = "FREE_TEXT_PII"
#: Confidence bins of the reliability table (lower edges; the last bin includes 1.0).
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    binary: Score = field(default_factory=Score)
    typed: Score = field(default_factory=Score)
    per_category: dict[str, Score] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)  # false positives / negatives / wrong type
    unlabelled: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    columns: int = 0
    predictions: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right)

    def add(self, other: "Report") -> None:
        self.binary.add(other.binary)
        self.typed.add(other.typed)
        for cat, score in other.per_category.items():
            self.per_category.setdefault(cat, Score()).add(score)
        self.errors.extend(other.errors)
        self.unlabelled.extend(other.unlabelled)
        self.missing.extend(other.missing)
        self.columns += other.columns
        self.predictions.extend(other.predictions)

    def reliability(self) -> list[dict]:
        """Per confidence bin: how many predictions, their mean confidence, the share right."""
        rows = []
        for n, low in enumerate(BINS):
            high = BINS[n + 1] if n + 1 < len(BINS) else 1.0001
            inside = [(c, ok) for c, ok in self.predictions if low <= c < high]
            if inside:
                rows.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "predictions": len(inside),
                             "confidence": round(sum(c for c, _ in inside) / len(inside), 4),
                             "accuracy": round(sum(ok for _, ok in inside) / len(inside), 4)})
        return rows

    @property
    def ece(self) -> float:
        """Expected calibration error: the prediction-weighted gap between confidence and accuracy."""
        total = sum(row["predictions"] for row in self.reliability())
        return sum(row["predictions"] / total * abs(row["confidence"] - row["accuracy"])
                   for row in self.reliability()) if total else 0.0

    def to_dict(self) -> dict:
        return {
            "columns": self.columns,
            "binary": self.binary.to_dict(),
            "typed": self.typed.to_dict(),
            "per_category": {k: v.to_dict() for k, v in sorted(self.per_category.items())},
            "calibration": {"ece": round(self.ece, 4), "bins": self.reliability()},
            "errors": self.errors,
            "unlabelled": self.unlabelled,
            "missing": self.missing,
        }


def read_labels(path: str | Path) -> dict[tuple[str, str], set[str]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"table", "column", "label"} <= set(reader.fieldnames):
                raise ConfigError(f"labels file {path}: header must be table,column,label[,note]")
            labels = {}
            for row in reader:
                if not all(isinstance(row.get(k), str) and row[k].strip() for k in ("table", "column", "label")):
                    raise ConfigError(f"labels file {path}, line {reader.line_num}: "
                                      "needs a table, a column and a label")
                labels[(row["table"], row["column"])] = set(row["label"].split("|"))
            return labels
    except OSError as exc:
        raise ConfigError(f"cannot read labels file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read labels file {path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise ConfigError(f"cannot read labels file {path}: not a valid CSV file ({exc})") from None


def predicted(col: ColumnResult) -> set[str]:
    if not col.findings:
        return set()
    if col.content == "free_text":
        return {FREE_TEXT}
    return set(col.categories)


def evaluate(catalog: Catalog, labels: dict[tuple[str, str], set[str]]) -> Report:
    report = Report()
    seen = set()
    for col in catalog.columns:
        key = (col.table, col.column)
        if key not in labels:
            report.unlabelled.append(f"{col.table}.{col.column}")
            continue
        seen.add(key)
        gold = labels[key] - {NEGATIVE}
        if IGNORED in gold:
            continue
        report.columns += 1
        _score(report, key, gold, predicted(col), col)
        report.predictions.extend(_confidences(col, gold))
    for key, gold in labels.items():
        if key not in seen and IGNORED not in gold:
            report.missing.append(f"{key[0]}.{key[1]}")
            gold = gold - {NEGATIVE}
            if gold:
                report.columns += 1
                _score(report, key, gold, set(), None)
    return report


def _confidences(col: ColumnResult, gold: set[str]) -> list[tuple[float, bool]]:
    """(confidence, right) for each category the column is given."""
    if not col.findings:
        return []
    if col.content == "free_text":
        return [(max(f.confidence for f in col.findings), FREE_TEXT in gold)]
    best: dict[str, float] = {}
    for finding in col.findings:
        best[finding.category] = max(best.get(finding.category, 0.0), finding.confidence)
    return [(conf, cat in gold) for cat, conf in best.items()]


def _score(report: Report, key, gold: set[str], pred: set[str], col) -> None:
    if gold and pred:
        report.binary.tp += 1
    elif pred:
        report.binary.fp += 1
    elif gold:
        report.binary.fn += 1
    for cat in gold | pred:
        score = report.per_category.setdefault(cat, Score())
        if cat in gold and cat in pred:
            score.tp += 1
            report.typed.tp += 1
        elif cat in pred:
            score.fp += 1
            report.typed.fp += 1
        else:
            score.fn += 1
            report.typed.fn += 1
    if gold != pred:
        kind = "false_positive" if not gold else "false_negative" if not pred else "wrong_type"
        report.errors.append({"table": key[0], "column": key[1], "kind": kind,
                              "gold": sorted(gold) or [NEGATIVE], "predicted": sorted(pred) or [NEGATIVE]})
