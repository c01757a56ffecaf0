"""Held-out set 4 (benchmarks/heldout4): every column its sources yield has exactly one label,
and a fresh build matches FROZEN.sha256. No detection runs here: the columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks.heldout4 import generate
from piiscan.evaluate import read_labels
from piiscan.sources import open_source


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("heldout4")
    return folder, generate.build(folder)


def _source_columns(spec: str) -> set[tuple[str, str]]:
    source = open_source(spec)
    try:
        out = set()
        for ref in source.tables():
            sample = source.sample(ref, 100_000)
            out |= {(ref.name, info.name) for info in sample.columns}
        return out
    finally:
        source.close()


@pytest.mark.parametrize("part", generate.PARTS)
def test_every_column_has_one_label(built, part):
    _, parts = built
    path = parts[part]
    spec = f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)
    labels = read_labels(generate.LABELS / f"{part}.csv")
    assert _source_columns(spec) == set(labels)
    lines = (generate.LABELS / f"{part}.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == len(labels)  # no column labelled twice


def test_generated_tables_have_300_to_1000_rows(built):
    _, parts = built
    for part in generate.DATABASES:
        conn = sqlite3.connect(parts[part])
        try:
            for spec in generate.specs(part):
                count = conn.execute(f'SELECT count(*) FROM "{spec.name}"').fetchone()[0]
                assert count == spec.rows and 300 <= count <= 1000
        finally:
            conn.close()


def test_fresh_build_verifies(built):
    folder, _ = built
    assert generate.verify(folder) == []


def test_heldout4_refuses_per_column_errors(capsys):
    from benchmarks import accuracy

    with pytest.raises(SystemExit) as exit_info:
        accuracy.main(["--heldout4", "--errors", "--no-presidio"])
    assert exit_info.value.code == 2
    assert "pooled figures only" in capsys.readouterr().err


def test_heldout4_excludes_the_other_sets():
    from benchmarks import accuracy

    for other in ("--heldout", "--heldout3", "--dev"):
        with pytest.raises(SystemExit) as exit_info:
            accuracy.main(["--heldout4", other, "--no-presidio"])
        assert exit_info.value.code == 2
