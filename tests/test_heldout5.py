"""Held-out set 5 (benchmarks/heldout5): every column its sources yield has exactly one label,
and a fresh build matches FROZEN.sha256. No detection runs here: the columns are listed by
piiscan's sources (how the benchmark reads them), never scanned."""

from __future__ import annotations

import pytest

from benchmarks.heldout5 import generate
from tests.heldout_checks import (assert_300_to_1000_rows, assert_exclusive, assert_one_label_per_column,
                                   assert_pooled_only)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("heldout5")
    return folder, generate.build(folder)


@pytest.mark.parametrize("part", generate.PARTS)
def test_every_column_has_one_label(built, part):
    _, parts = built
    assert_one_label_per_column(parts[part], generate.LABELS / f"{part}.csv")


def test_generated_tables_have_300_to_1000_rows(built):
    _, parts = built
    assert_300_to_1000_rows(generate, parts)


def test_fresh_build_verifies(built):
    folder, _ = built
    assert generate.verify(folder) == []


def test_heldout5_refuses_per_column_errors(capsys):
    assert_pooled_only("--heldout5", capsys)


def test_heldout5_excludes_the_other_sets():
    assert_exclusive("--heldout5", ("--heldout", "--heldout3", "--heldout4", "--dev"))
