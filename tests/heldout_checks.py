"""Checks every held-out set's tests make (tests/test_heldout_sets.py): the columns its
sources yield each have exactly one label, its generated tables hold 300-1000 rows, and the
accuracy benchmark measures it pooled only. No detection runs: columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from piiscan.evaluate import read_labels
from piiscan.sources import open_source


def source_columns(spec: str) -> set[tuple[str, str]]:
    source = open_source(spec)
    try:
        out = set()
        for ref in source.tables():
            sample = source.sample(ref, 100_000)
            out |= {(ref.name, info.name) for info in sample.columns}
        return out
    finally:
        source.close()


def assert_one_label_per_column(path: Path, labels_csv: Path) -> None:
    spec = f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)
    labels = read_labels(labels_csv)
    assert source_columns(spec) == set(labels)
    lines = labels_csv.read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == len(labels)  # no column labelled twice


def assert_300_to_1000_rows(generate, parts: dict) -> None:
    for part in generate.DATABASES:
        conn = sqlite3.connect(parts[part])
        try:
            for spec in generate.specs(part):
                count = conn.execute(f'SELECT count(*) FROM "{spec.name}"').fetchone()[0]
                assert count == spec.rows and 300 <= count <= 1000
        finally:
            conn.close()


def assert_pooled_only(flag: str, capsys) -> None:
    from benchmarks import accuracy

    with pytest.raises(SystemExit) as exit_info:
        accuracy.main([flag, "--errors", "--no-presidio"])
    assert exit_info.value.code == 2
    assert "pooled figures only" in capsys.readouterr().err


def assert_exclusive(flag: str, others: tuple[str, ...]) -> None:
    from benchmarks import accuracy

    for other in others:
        with pytest.raises(SystemExit) as exit_info:
            accuracy.main([flag, other, "--no-presidio"])
        assert exit_info.value.code == 2
