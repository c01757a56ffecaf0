"""Held-out set 3 (benchmarks/heldout3): every column its sources yield has exactly one label,
and a fresh build matches FROZEN.sha256. No detection runs here: the columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import pytest

from benchmarks.heldout3 import generate, real
from tests.heldout_checks import (assert_300_to_1000_rows, assert_exclusive, assert_one_label_per_column,
                                   assert_pooled_only)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("heldout3")
    return folder, generate.build(folder)


@pytest.mark.parametrize("part", [*generate.DATABASES, generate.FILES_PART, *generate.REAL_PARTS])
def test_every_column_has_one_label(built, part):
    folder, parts = built
    if part not in parts:
        pytest.skip(f"{real.package(part)} is not installed: the real-data part {part} is not built")
    assert_one_label_per_column(parts[part], generate.LABELS / f"{part}.csv")


def test_generated_tables_have_300_to_1000_rows(built):
    _, parts = built
    assert_300_to_1000_rows(generate, parts)


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
    assert_pooled_only("--heldout3", capsys)


def test_heldout3_excludes_the_other_sets():
    assert_exclusive("--heldout3", ("--heldout", "--dev"))
