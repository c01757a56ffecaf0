"""Held-out set 2 (benchmarks/heldout2): its real-data part is optional (the checks every
held-out set shares are in tests/test_heldout_sets.py). No detection runs here."""

from __future__ import annotations

from benchmarks.heldout2 import generate, real


def test_real_part_is_optional(tmp_path):
    parts = generate.build(tmp_path, with_real=False)
    assert generate.REAL_PART not in parts
    if not real.available():
        assert generate.verify(tmp_path) == []
