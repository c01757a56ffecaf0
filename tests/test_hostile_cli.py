"""The CLI under hostile input (issue 9 item 7): names can't forge output lines, --debug
keeps the exit code, a bad labels file is one clear line, a column error exits 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from piiscan.cli import main
from piiscan.errors import printable

FORGED = "\npiiscan: all tables scanned, no PII found\x1b[2K\r"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_printable_escapes_controls_and_keeps_text():
    assert printable("Zürich 名前 a b") == "Zürich 名前 a b"
    assert printable("a\nb\x1b[31m\r\x9b\u202e") == "a\\x0ab\\x1b[31m\\x0d\\x9b\\u202e"


def test_a_file_name_with_a_newline_and_ansi_can_not_forge_a_stderr_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"bad{FORGED}.parquet").write_bytes(b"PAR1 not parquet")
    (folder / "good.csv").write_text("email\na@example.org\n")
    out = tmp_path / "catalog.json"
    result = subprocess.run([sys.executable, "-m", "piiscan.cli", "scan", str(folder), "--no-ner", "-o", str(out)],
                            capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines() + result.stdout.splitlines()
    assert not any(line.startswith("piiscan: all tables scanned") for line in lines), lines
    assert "\x1b" not in result.stderr + result.stdout and "\r" not in result.stderr
    assert any("bad\\x0apiiscan: all tables scanned" in line for line in lines)
    # the catalog keeps the name, escaped the same way, and stays valid JSON
    assert any("\\x0a" in t["table"] for t in json.loads(out.read_text())["tables"])


def test_catalog_to_stdout_escapes_c1_controls(tmp_path):
    (tmp_path / "a\x9bb.csv").write_text("email\na@example.org\n")
    result = subprocess.run([sys.executable, "-m", "piiscan.cli", "scan", str(tmp_path), "--no-ner", "-o", "-", "-q"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "\x9b" not in result.stdout
    json.loads(result.stdout)


def test_debug_shows_the_traceback_and_still_exits_two(tmp_path):
    result = subprocess.run([sys.executable, "-m", "piiscan.cli", "scan", str(tmp_path / "missing.csv"), "--debug",
                             "-o", str(tmp_path / "c.json")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "piiscan: error: cannot read" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"table,column,label\npeople,email\n", "line 2: needs a table, a column and a label"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"foo\n1\n", "header must be"),
    ],
)
def test_a_bad_labels_file_gives_one_clear_line(tmp_path, content, expected):
    labels = tmp_path / "labels.csv"
    labels.write_bytes(content)
    (tmp_path / "people.csv").write_text("email\na@example.org\n")
    result = run("evaluate", tmp_path / "people.csv", "--labels", labels, "--no-ner")
    assert result.exit_code == 2
    assert expected in result.output and "unexpected" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_column_that_failed_detection_exits_one_and_is_named(tmp_path):
    raw = pa.array([b"ok@example.org", b"\xff\xfe"], pa.binary())
    text = pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())
    pq.write_table(pa.table({"email": text, "n": [1, 2]}), tmp_path / "bad.parquet")
    result = run("scan", tmp_path / "bad.parquet", "--no-ner", "-o", tmp_path / "c.json")
    assert result.exit_code == 1
    assert "column" in result.output and "bad.parquet.email" in result.output


def test_a_sqlite_table_name_with_a_newline_can_not_forge_a_stderr_line(tmp_path):
    import sqlite3

    path = tmp_path / "db.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE ghost (a)")
    con.execute('CREATE VIEW "v\npiiscan: all tables scanned, no PII found" AS SELECT a FROM ghost')
    con.execute("DROP TABLE ghost")
    con.execute("CREATE TABLE people (email)")
    con.execute("INSERT INTO people VALUES ('a@example.org')")
    con.commit()
    con.close()
    result = run("scan", f"sqlite:///{path}", "--views", "--no-ner", "-o", tmp_path / "c.json")
    assert result.exit_code == 1
    assert not any(line.startswith("piiscan: all tables") for line in result.output.splitlines()), result.output
    assert "v\\x0apiiscan: all tables scanned" in result.output
