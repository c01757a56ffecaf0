"""The benchmarks keep working, and the generated benchmark keeps its accuracy target."""

import json

from benchmarks import accuracy


def test_generated_benchmark_meets_its_target(tmp_path, monkeypatch):
    monkeypatch.setattr(accuracy, "RESULTS", tmp_path)
    assert accuracy.main(["--no-presidio", "--sample-size", "100"]) == 0
    report = json.loads((tmp_path / "accuracy.json").read_text())
    pooled = report["datasets"]["pooled-generated"]["piiscan"]
    assert pooled["binary"]["f1"] >= 0.9
    assert pooled["columns"] > 150
