"""Held-out set 3 (benchmarks/heldout3): every column its sources yield has exactly one label,
and a fresh build matches FROZEN.sha256. No detection runs here: the columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks.heldout3 import generate, real
from piiscan.evaluate import read_labels
from piiscan.sources import open_source


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("heldout3")
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


@pytest.mark.parametrize("part", [*generate.DATABASES, generate.FILES_PART, *generate.REAL_PARTS])
def test_every_column_has_one_label(built, part):
    folder, parts = built
    if part not in parts:
        pytest.skip(f"{real.package(part)} is not installed: the real-data part {part} is not built")
    path = parts[part]
    spec = f"sqlite:///{path}" if path.suffix == ".sqlite" else str(path)
    labels = read_labels(generate.LABELS / f"{part}.csv")
    assert _source_columns(spec) == set(labels)
    lines = (generate.LABELS / f"{part}.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == len(labels)  # no column labelled twice


def test_generated_tables_have_300_to_1000_rows(built):
    folder, parts = built
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


def test_real_parts_are_optional(tmp_path):
    parts = generate.build(tmp_path, with_real=False)
    assert not set(generate.REAL_PARTS) & set(parts)
    problems = generate.verify(tmp_path)
    missing = {f"rows:{part}.sqlite: missing" for part in generate.REAL_PARTS if real.available(part)}
    assert set(problems) == missing  # only the parts left out on purpose


def test_without_the_real_packages_the_set_still_verifies(tmp_path, monkeypatch):
    monkeypatch.setattr(real, "available", lambda part: False)
    parts = generate.build(tmp_path)
    assert set(parts) == {*generate.DATABASES, generate.FILES_PART}
    assert generate.verify(tmp_path) == []


def test_heldout3_refuses_per_column_errors(capsys):
    from benchmarks import accuracy

    with pytest.raises(SystemExit) as exit_info:
        accuracy.main(["--heldout3", "--errors", "--no-presidio"])
    assert exit_info.value.code == 2
    assert "pooled figures only" in capsys.readouterr().err


def test_heldout3_excludes_the_other_sets(capsys):
    from benchmarks import accuracy

    for other in ("--heldout", "--dev"):
        with pytest.raises(SystemExit) as exit_info:
            accuracy.main(["--heldout3", other, "--no-presidio"])
        assert exit_info.value.code == 2
