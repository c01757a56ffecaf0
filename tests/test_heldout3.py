"""Held-out set 3 (benchmarks/heldout3): its real-data parts are optional (the checks every
held-out set shares are in tests/test_heldout_sets.py). No detection runs here."""

from __future__ import annotations

from benchmarks.heldout3 import generate, real


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
