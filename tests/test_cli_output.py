"""The scan command's output: options checked before scanning, formats, the default file,
Ctrl-C (exit 130 with a partial catalog) and a progress bar that redraws in place."""

import io
import json
import os
import pty
import select
import signal
import subprocess
import sys

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

import piiscan
from piiscan.cli import main
from piiscan.errors import ScanInterrupted
from piiscan.progress import ProgressBar
from tests.servers import PG_URL, RUN_ID, server_engine

UNREACHABLE = "postgresql+psycopg://u:sekret@127.0.0.1:1/db"


@pytest.fixture
def people(make_sqlite):
    rows = [(i, f"person{i}@example.com", f"Name{i}") for i in range(40)]
    return make_sqlite({f"t{n}": (["id", "email", "name"], rows) for n in range(5)})


@pytest.mark.parametrize("args, words", [
    (["--format", "csv", "-o", "-"], "only json can be written to stdout"),
    (["-o", "report.html"], "report.html"),
    (["--format", "parquet", "-o", "-"], "only json"),
    (["-o", "."], "is a folder"),
])
def test_bad_output_options_fail_before_any_connection(args, words, tmp_path):
    result = CliRunner().invoke(main, ["scan", UNREACHABLE, *args])
    assert result.exit_code == 2
    assert words in result.stderr and "127.0.0.1" not in result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


def test_html_output_is_refused_not_written_as_json(people, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["scan", f"sqlite:///{people}", "-o", str(out), "--no-ner"])
    assert result.exit_code == 2 and "pass a format" in result.stderr
    assert not out.exists()


def test_default_output_is_not_replaced_without_force(people, tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(main, ["scan", f"sqlite:///{people}", "--no-ner", "-q"])
    assert first.exit_code == 0 and os.path.getsize("catalog.json") > 0
    with open("catalog.json", "w") as handle:
        handle.write('{"mine": true}')
    again = runner.invoke(main, ["scan", f"sqlite:///{people}", "--no-ner", "-q"])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert open("catalog.json").read() == '{"mine": true}'
    forced = runner.invoke(main, ["scan", f"sqlite:///{people}", "--no-ner", "-q", "--force"])
    assert forced.exit_code == 0 and json.load(open("catalog.json"))["version"] == 1
    csv = runner.invoke(main, ["scan", f"sqlite:///{people}", "--no-ner", "-q", "--format", "csv"])
    assert csv.exit_code == 0 and open("catalog.csv").readline().startswith('"source"')


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupted_scan_hands_on_a_partial_catalog(people, jobs):
    def ctrl_c_after_first(done, total, label):
        raise KeyboardInterrupt

    with pytest.raises(ScanInterrupted) as info:
        piiscan.scan(f"sqlite:///{people}", jobs=jobs, ner=False, progress=ctrl_c_after_first)
    catalog = info.value.catalog
    assert [t.table for t in catalog.tables] == [f"t{n}" for n in range(5)]
    scanned = [t for t in catalog.tables if t.status == "scanned"]
    assert 1 <= len(scanned) <= jobs + 1
    assert all("interrupted" in t.reason for t in catalog.tables if t.status != "scanned")
    assert {c.table for c in catalog.columns} == {t.table for t in scanned}
    if jobs == 1:
        assert len(catalog.errors) == 4


def _read_until(fd: int, words: str, limit: float = 60.0) -> str:
    seen = b""
    while words.encode() not in seen:
        ready, _, _ = select.select([fd], [], [], limit)
        if not ready:
            raise AssertionError(f"no {words!r} in the output: {seen[-300:]!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen.decode("utf-8", "replace")


@pytest.mark.server
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_writes_the_tables_scanned_so_far(tmp_path, jobs):
    """A real SIGINT to the whole process group (as a terminal's Ctrl-C sends it) while the
    scan waits on a table the test keeps locked."""
    engine = server_engine(PG_URL)
    schema = f"piiscan_interrupt_{RUN_ID}_{jobs}"
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        for table in ("a_people", "b_locked"):
            conn.execute(sa.text(f"CREATE TABLE {schema}.{table} (email text)"))
            conn.execute(sa.text(f"INSERT INTO {schema}.{table} SELECT 'u' || g || '@example.com' "
                                 "FROM generate_series(1, 50) g"))
    holder = engine.connect()
    out = tmp_path / "partial.json"
    try:
        holder.execute(sa.text(f"LOCK TABLE {schema}.b_locked IN ACCESS EXCLUSIVE MODE"))
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "piiscan.cli", "scan", PG_URL, "--schema", schema, "--jobs", jobs,
             "--no-ner", "-o", str(out)],
            stdin=slave, stdout=slave, stderr=slave, env={**os.environ, "COLUMNS": "110"},
            close_fds=True, start_new_session=True)
        os.close(slave)
        try:
            screen = _read_until(master, "1/2")  # a_people done; b_locked waits on the lock
            os.killpg(proc.pid, signal.SIGINT)
            screen += _read_until(master, "interrupted")
            assert proc.wait(timeout=30) == 130, screen  # workers stopped, not waited for
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            os.close(master)
    finally:
        holder.rollback()
        holder.close()
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()
    assert "Traceback" not in screen
    tables = {t["table"]: t for t in json.loads(out.read_text())["tables"]}
    assert tables["a_people"]["status"] == "scanned"
    assert tables["b_locked"]["status"] == "error" and "interrupted" in tables["b_locked"]["reason"]


def test_progress_bar_redraws_one_line_with_short_labels(people):
    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=110, color_system=None)
    long_name = "x" * 80
    with ProgressBar(console=console) as bar:
        for done in range(1, 6):
            bar(done, 5, f"{long_name}.t{done}")
    text = screen.getvalue()
    assert "5/5" in text
    assert text.count("\n") <= 2  # redrawn in place, not a line per table
    assert long_name not in text and "…" in text and ".t5" in text  # the table name stays
    assert all(len(line) <= 110 for line in text.replace("\r", "\n").splitlines())


def test_scan_accepts_progress_true_and_a_callable(people):
    calls = []
    piiscan.scan(f"sqlite:///{people}", ner=False, jobs=1, progress=lambda *a: calls.append(a))
    assert [c[:2] for c in calls] == [(n, 5) for n in range(1, 6)]
    assert piiscan.scan(f"sqlite:///{people}", ner=False, jobs=1, progress=True).tables
