"""End-to-end CLI tests: real files and SQLite databases, the installed entry point's wiring,
exit codes and one-line errors."""

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from piiscan.cli import main
from tests.conftest import LABELS, corpus_db


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "piiscan.cli", *args], capture_output=True,
                          text=True, cwd=cwd)


@pytest.fixture
def shop(make_sqlite):
    rows = [(i, f"Person{i}", f"person{i}@example.com", f"{i % 90 + 10} Main Street", i * 2.5) for i in range(60)]
    return make_sqlite({"customers": (["id", "full_name", "email", "address", "balance"], rows),
                        "products": (["id", "title"], [(i, f"Widget {i}") for i in range(20)])})


def test_scan_writes_a_catalog_and_a_summary(shop, tmp_path):
    out = tmp_path / "c.json"
    result = run("scan", f"sqlite:///{shop}", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "Scanned 2 of 2 tables" in result.stdout and "EMAIL" in result.stdout
    data = json.loads(out.read_text())
    assert data["version"] == 1
    email = next(c for c in data["columns"] if c["column"] == "email")
    assert email["findings"][0]["category"] == "EMAIL"
    assert "person1@example.com" not in out.read_text()
    assert len(data["columns"]) == 7


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_scan_other_formats(shop, tmp_path, fmt):
    out = tmp_path / f"c.{fmt}"
    result = run("scan", f"sqlite:///{shop}", "-o", str(out), "--format", fmt, "--quiet")
    assert result.returncode == 0 and out.stat().st_size > 0 and result.stdout == ""


def test_scan_to_stdout(shop):
    result = CliRunner().invoke(main, ["scan", f"sqlite:///{shop}", "-o", "-", "--no-ner"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["version"] == 1


def test_include_and_exclude(shop, tmp_path):
    out = tmp_path / "c.json"
    assert run("scan", f"sqlite:///{shop}", "-o", str(out), "--exclude", "prod*", "-q").returncode == 0
    assert {c["table"] for c in json.loads(out.read_text())["columns"]} == {"customers"}


@pytest.mark.parametrize("args, words", [
    (["scan", "no/such/file.csv"], "no/such/file.csv"),
    (["scan", "nosuchscheme://x/y"], "nosuchscheme"),
    (["scan", "postgresql+psycopg://u:sekret@127.0.0.1:1/db"], "127.0.0.1"),
    (["scan", "oracle+cx_oracle://u:sekret@db.example/orcl"], "oracle"),
    (["scan", "x.csv", "--sample-size", "0"], "sample-size"),
    (["scan", "x.csv", "--rules", "missing.yaml"], "missing.yaml"),
])
def test_bad_input_is_one_line_and_exit_2(args, words, tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    assert any(words in line for line in lines)
    assert "sekret" not in result.stderr + result.stdout
    if args[1] != "x.csv":
        assert len(lines) == 1


def test_malformed_file_is_recorded_and_the_scan_goes_on(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "good.csv").write_text("email\n" + "\n".join(f"u{i}@example.org" for i in range(20)) + "\n")
    (folder / "bad.json").write_text("{not json")
    (folder / "bad.parquet").write_bytes(b"PAR1 this is not parquet")
    out = tmp_path / "c.json"
    result = run("scan", str(folder), "-o", str(out))
    assert result.returncode == 1
    data = json.loads(out.read_text())
    statuses = {t["table"]: t["status"] for t in data["tables"]}
    assert statuses == {"good.csv": "scanned", "bad.json": "error", "bad.parquet": "error"}
    assert all(t["reason"] for t in data["tables"] if t["status"] == "error")
    assert "bad.json" in result.stderr and "Traceback" not in result.stderr


def test_version_and_rules_list():
    assert run("--version").stdout.startswith("piiscan, version ")
    listing = run("rules", "list")
    assert listing.returncode == 0 and "us_ssn" in listing.stdout and "GOV_ID" in listing.stdout


def test_evaluate_on_chinook():
    db = corpus_db("chinook")
    result = run("evaluate", f"sqlite:///{db}", "--labels", str(LABELS / "chinook.csv"), "-q")
    assert result.returncode == 0, result.stderr
    assert "binary  precision" in result.stdout and "typed" in result.stdout


def test_evaluate_reports_errors_by_name_only(make_sqlite, tmp_path):
    db = make_sqlite({"t": (["email", "code"], [(f"a{i}@example.com", f"C{i}") for i in range(30)])})
    labels = tmp_path / "labels.csv"
    labels.write_text("table,column,label,note\nt,email,NONE,\nt,code,PHONE,\n")
    result = run("evaluate", f"sqlite:///{db}", "--labels", str(labels), "-q")
    assert "false_positive  t.email" in result.stdout
    assert "false_negative  t.code" in result.stdout
    assert "a1@example.com" not in result.stdout


def test_scan_is_read_only(shop):
    def snapshot():
        con = sqlite3.connect(shop)
        rows = con.execute("SELECT * FROM customers ORDER BY id").fetchall()
        con.close()
        return rows

    before = snapshot()
    assert run("scan", f"sqlite:///{shop}", "-o", "-", "-q").returncode == 0
    assert snapshot() == before
