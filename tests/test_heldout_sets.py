"""Held-out sets 2-12 (benchmarks/heldout2 ... heldout12): every column their sources yield has
exactly one label, their generated tables hold 300-1000 rows, a fresh build matches
FROZEN.sha256, and the accuracy benchmark measures each pooled only and alone. No detection
runs here: the columns are listed by piiscan's sources (how the benchmark reads them), never
scanned. Checks of one set only (its optional real parts) are in tests/test_heldout2.py, 3 and 6."""

from __future__ import annotations

import importlib

import pytest

from tests.heldout_checks import (assert_300_to_1000_rows, assert_exclusive, assert_one_label_per_column,
                                   assert_pooled_only)

#: set -> the accuracy benchmark's flag for it
FLAGS = {"heldout2": "--heldout", "heldout3": "--heldout3", "heldout4": "--heldout4", "heldout5": "--heldout5",
         "heldout6": "--heldout6", "heldout7": "--heldout7", "heldout8": "--heldout8",
         "heldout9": "--heldout9", "heldout10": "--heldout10",
         "heldout11": "--heldout11", "heldout12": "--heldout12"}


def _generate(name: str):
    return importlib.import_module(f"benchmarks.{name}.generate")


def _parts(name: str) -> list[str]:
    """Every part of a set, the optional real-data parts included."""
    generate = _generate(name)
    real = getattr(generate, "REAL_PARTS", None) or [getattr(generate, "REAL_PART", None)]
    return [*generate.DATABASES, generate.FILES_PART, *(part for part in real if part)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each set built once for this module: name -> (folder, part -> path)."""
    done: dict = {}

    def build(name: str):
        if name not in done:
            folder = tmp_path_factory.mktemp(name)
            done[name] = folder, _generate(name).build(folder)
        return done[name]

    return build


@pytest.mark.parametrize("name, part", [(name, part) for name in FLAGS for part in _parts(name)])
def test_every_column_has_one_label(built, name, part):
    _, parts = built(name)
    if part not in parts:
        pytest.skip(f"the real-data part {part} of {name} is not built: its package is not installed")
    assert_one_label_per_column(parts[part], _generate(name).LABELS / f"{part}.csv")


@pytest.mark.parametrize("name", FLAGS)
def test_generated_tables_have_300_to_1000_rows(built, name):
    _, parts = built(name)
    assert_300_to_1000_rows(_generate(name), parts)


@pytest.mark.parametrize("name", FLAGS)
def test_fresh_build_verifies(built, name):
    folder, _ = built(name)
    assert _generate(name).verify(folder) == []


@pytest.mark.parametrize("name", FLAGS)
def test_refuses_per_column_errors(name, capsys):
    assert_pooled_only(FLAGS[name], capsys)


@pytest.mark.parametrize("name", FLAGS)
def test_excludes_the_other_sets(name):
    assert_exclusive(FLAGS[name], tuple(flag for other, flag in FLAGS.items() if other != name) + ("--dev",))
