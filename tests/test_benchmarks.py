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


def test_calibration_rows_say_which_signals_were_right(make_sqlite, tmp_path):
    from benchmarks.calibration import rows
    from piiscan import scan
    from piiscan.evaluate import read_labels

    people = [(i, f"user{i}@example.com", f"{i % 7}") for i in range(40)]
    db = make_sqlite({"members": (["id", "email", "grade"], people)})
    labels = tmp_path / "labels.csv"
    labels.write_text("table,column,label,note\nmembers,id,NONE,\nmembers,email,NONE,\nmembers,grade,NONE,\n")
    wrong = rows(scan(f"sqlite:///{db}", ner=False), read_labels(labels))
    labels.write_text("table,column,label,note\nmembers,id,NONE,\nmembers,email,EMAIL,\nmembers,grade,OPTIONAL,\n")
    right = rows(scan(f"sqlite:///{db}", ner=False), read_labels(labels))
    assert [r for _, r, _, _ in right] == [True] and [r for _, r, _, _ in wrong] == [False]
    confidence, _, signals, category = right[0]
    assert confidence >= 0.9 and "values" in signals.split("+") and category == "EMAIL"
