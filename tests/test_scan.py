"""scan() orchestration on real SQLite files and real files: random and reproducible
sampling through the worker pool, short source names, SourceSpec, coverage (nothing is
silently left out), argument checks, and SQLite files that are never written."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import piiscan
from piiscan import ConfigError, SourceError
from piiscan.cli import main
from tests.conftest import corpus_db

FAST = {"ner": False}


def timeless(catalog) -> dict:
    """A catalog's JSON form without what legitimately changes between runs (timings)."""
    data = catalog.to_dict()
    data.pop("generated_at")
    for table in data["tables"]:
        table.pop("seconds")
    return data


def big_sqlite(path: Path, rows: int = 5000, gaps: bool = False, wal: bool = False) -> Path:
    """A SQLite table `people` of `rows` rows: a unique e-mail each, and `half` that is
    unique in the first half of the rows and constant in the second (so its distinct count
    tells which rows were sampled)."""
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=wal")
    con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, half TEXT)")
    step = 3 if gaps else 1
    con.executemany("INSERT INTO people VALUES (?, ?, ?)",
                    [(i * step, f"user{i}@example.com", str(i) if i < rows // 2 else "same") for i in range(rows)])
    con.commit()
    con.close()
    return path


def table(catalog, name):
    return next(t for t in catalog.tables if t.table == name)


def column(catalog, table_name, name):
    return next(c for c in catalog.columns if c.table == table_name and c.column == name)


# -- issue 8 item 1: random sampling with row counts through scan(), every --jobs -------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_sqlite_big_table_is_sampled_at_random_with_its_row_count(tmp_path, jobs):
    db = big_sqlite(tmp_path / "big.sqlite", gaps=True)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE tiny (email TEXT)")
    con.executemany("INSERT INTO tiny VALUES (?)", [(f"t{i}@example.com",) for i in range(5)])
    con.execute("CREATE TABLE exact (email TEXT)")  # as many rows as the sample: read whole
    con.executemany("INSERT INTO exact VALUES (?)", [(f"e{i}@example.com",) for i in range(100)])
    con.commit()
    con.close()
    catalog = piiscan.scan(f"sqlite:///{db}", sample_size=100, jobs=jobs, **FAST)
    assert (table(catalog, "exact").sample_method, table(catalog, "exact").rows_total) == ("full", 100)
    people = table(catalog, "people")
    assert (people.sample_method, people.rows_total, people.rows_sampled) == ("sqlite-random-rowid", 5000, 100)
    assert (table(catalog, "tiny").sample_method, table(catalog, "tiny").rows_total) == ("full", 5)
    # spread over the table: about half of the picks fall in the first half
    assert 20 < column(catalog, "people", "half").distinct < 80


def test_a_big_sqlite_table_with_gaps_is_sampled_without_reading_its_rowids(tmp_path):
    db = big_sqlite(tmp_path / "sparse.sqlite", rows=300_000, gaps=True)  # rowids 0, 3, 6, …
    runs = [piiscan.scan(db, sample_size=100, seed=s, jobs=1, **FAST) for s in (1, 1, 2)]
    people = table(runs[0], "people")
    assert (people.sample_method, people.rows_total, people.rows_sampled) == ("sqlite-random-rowid", 300_000, 100)
    assert 20 < column(runs[0], "people", "half").distinct < 80  # from both halves of the table
    assert timeless(runs[0]) == timeless(runs[1]) != timeless(runs[2])


@pytest.mark.parametrize("jobs", [1, 2])
def test_without_rowid_and_fts5_shadow_tables_are_scanned(tmp_path, jobs):
    db = tmp_path / "fts.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, email TEXT) WITHOUT ROWID")
    con.executemany("INSERT INTO kv VALUES (?, ?)", [(f"k{i}", f"user{i}@example.com") for i in range(300)])
    con.execute("CREATE VIRTUAL TABLE notes USING fts5(body)")
    con.executemany("INSERT INTO notes VALUES (?)", [(f"write to user{i}@example.com",) for i in range(50)])
    con.commit()
    con.close()
    catalog = piiscan.scan(db, sample_size=100, jobs=jobs, **FAST)
    assert not catalog.errors, [t.reason for t in catalog.errors]
    assert table(catalog, "kv").sample_method == "limit"  # documented: WITHOUT ROWID tables
    assert {"notes_idx", "notes_config"} <= {t.table for t in catalog.tables}
    assert column(catalog, "kv", "email").findings[0].category == "EMAIL"


# -- issue 8 item 2: the same seed, data and rules give the same catalog --------------------


def test_sqlite_scans_are_reproducible_and_follow_the_seed(tmp_path):
    db = big_sqlite(tmp_path / "seeded.sqlite")
    runs = [piiscan.scan(f"sqlite:///{db}", sample_size=200, seed=7, jobs=j, **FAST) for j in (1, 2, 1)]
    assert timeless(runs[0]) == timeless(runs[1]) == timeless(runs[2])
    distinct = {column(piiscan.scan(db, sample_size=200, seed=s, jobs=1, **FAST), "people", "half").distinct
                for s in range(6)}
    assert len(distinct) > 1  # the seed reaches the sampler


def test_scans_with_ner_are_reproducible(tmp_path):
    con = sqlite3.connect(tmp_path / "people.sqlite")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    first = ["Anna Schmidt", "John Carter", "Maria Lopez", "Wei Zhang", "Olga Petrova"]
    con.executemany("INSERT INTO notes VALUES (?, ?)",
                    [(i, f"Call {first[i % 5]} in Berlin about order {i}") for i in range(3000)])
    con.commit()
    con.close()
    runs = [timeless(piiscan.scan(tmp_path / "people.sqlite", sample_size=300, seed=5, jobs=j)) for j in (2, 1)]
    assert runs[0] == runs[1]


def test_file_scans_are_reproducible_and_follow_the_seed(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = 4000
    half = [str(i) if i < rows // 2 else "same" for i in range(rows)]
    emails = [f"user{i}@example.com" for i in range(rows)]
    (tmp_path / "p.csv").write_text("email,half\n" + "".join(f"{e},{h}\n" for e, h in zip(emails, half)))
    (tmp_path / "p.jsonl").write_text("".join(json.dumps({"email": e, "half": h}) + "\n" for e, h in zip(emails, half)))
    (tmp_path / "p.json").write_text(json.dumps([{"email": e, "half": h} for e, h in zip(emails, half)]))
    pq.write_table(pa.table({"email": emails, "half": half}), tmp_path / "p.parquet", row_group_size=500)
    first = piiscan.scan(tmp_path, sample_size=100, seed=3, jobs=2, **FAST)
    assert timeless(first) == timeless(piiscan.scan(tmp_path, sample_size=100, seed=3, jobs=1, **FAST))
    for name in ("p.csv", "p.jsonl", "p.json", "p.parquet"):
        distinct = {column(piiscan.scan(tmp_path / name, sample_size=100, seed=s, jobs=1, **FAST), name, "half").distinct
                    for s in range(6)}
        assert len(distinct) > 1, name


# -- issue 8 item 3: a scan that covers nothing must not pass ----------------------------------


def small_db(path: Path, table_name: str = "Customer") -> Path:
    con = sqlite3.connect(path)
    con.execute(f'CREATE TABLE "{table_name}" (id INTEGER, email TEXT)')
    con.executemany(f'INSERT INTO "{table_name}" VALUES (?, ?)', [(i, f"c{i}@example.com") for i in range(30)])
    con.commit()
    con.close()
    return path


def test_a_bare_sqlite_file_is_scanned_as_a_database(tmp_path):
    db = small_db(tmp_path / "chinook.sqlite")
    result = CliRunner().invoke(main, ["scan", str(db), "-o", str(tmp_path / "c.json"), "--no-ner"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "c.json").read_text())
    assert data["sources"][0]["name"] == "chinook" and data["sources"][0]["url"].startswith("sqlite:///")
    assert [t["table"] for t in data["tables"]] == ["Customer"]


def test_a_folder_scans_its_sqlite_databases_and_lists_what_it_did_not_read(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    small_db(folder / "shop.sqlite")
    small_db(folder / "sub" / "crm.db", "Contact")
    (folder / "README.md").write_text("# notes\n")
    (folder / "people.csv").write_text("email\na@example.com\nb@example.com\n")
    os.mkfifo(folder / "pipe.csv")
    catalog = piiscan.scan(folder, **FAST)
    assert {s.name: s.status for s in catalog.sources} == {"corpus": "scanned", "shop": "scanned", "crm": "scanned"}
    scanned = {(t.source, t.table) for t in catalog.tables if t.status == "scanned"}
    assert scanned == {("corpus", "people.csv"), ("shop", "Customer"), ("crm", "Contact")}
    not_read = {t.table: (t.status, t.reason) for t in catalog.tables if t.status != "scanned"}
    assert not_read == {"README.md": ("skipped", "not a data file piiscan reads (.md)"),
                        "pipe.csv": ("skipped", "not a regular file (a pipe, socket or device)")}
    result = CliRunner().invoke(main, ["scan", str(folder), "-o", str(tmp_path / "c.json"), "--no-ner"])
    assert result.exit_code == 0
    assert "not read corpus:README.md: not a data file" in result.stderr
    assert "Files not read: 2" in result.stdout and "Scanned 3 of 5 tables" in result.stdout


@pytest.mark.corpus
def test_the_corpus_folder_is_scanned_not_skipped(tmp_path):
    corpus = corpus_db("chinook").parent
    catalog = piiscan.scan(corpus, include="Customer", sample_size=20, **FAST)
    assert "chinook" in {s.name for s in catalog.sources}
    assert ("chinook", "Customer") in {(t.source, t.table) for t in catalog.tables if t.status == "scanned"}


def scan_as_reader(folder: Path, code: str) -> str:
    """Run `code` (with `piiscan` imported) in a Python process of a user who may not write
    `folder` nor read what is locked in it: this user, or `nobody` when the tests run as root
    (root reads and writes everything)."""
    import shutil
    import subprocess
    import sys

    command = [sys.executable, "-c", f"import piiscan\n{code}"]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: can't drop to a user without rights")
        drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run([*drop, sys.executable, "-c", "import piiscan"], capture_output=True, cwd="/")
        if probe.returncode != 0:  # e.g. the checkout sits in a folder only root may enter (mktemp -d)
            pytest.skip("user nobody can't import piiscan from this checkout (a folder only root may read)")
        command = [*drop, *command]
    folder.chmod(0o555)
    out = subprocess.run(command, capture_output=True, text=True, cwd="/")
    folder.chmod(0o755)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture
def shared_tmp():
    """A folder other users can reach (pytest's tmp_path is private to its user)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="piiscan-shared-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def test_an_unreadable_subfolder_is_an_error_in_the_catalog(shared_tmp):
    (shared_tmp / "locked").mkdir()
    (shared_tmp / "locked" / "secret.csv").write_text("email\na@example.com\n")
    (shared_tmp / "ok.csv").write_text("email\na@example.com\n")
    (shared_tmp / "locked").chmod(0)
    out = scan_as_reader(shared_tmp, f"c = piiscan.scan({str(shared_tmp)!r}, ner=False)\n"
                                     "print(sorted((t.table, t.status, t.reason) for t in c.tables))")
    assert out.strip() == str([("locked/", "error", "cannot list folder: Permission denied"), ("ok.csv", "scanned", None)])


def test_a_wal_database_in_a_read_only_folder_is_scanned(shared_tmp):
    db = big_sqlite(shared_tmp / "wal.sqlite", rows=300, wal=True)
    db.chmod(0o644)
    before = snapshot(shared_tmp)
    out = scan_as_reader(shared_tmp, f"c = piiscan.scan('sqlite:///' + {str(db)!r}, sample_size=50, jobs=2, ner=False)\n"
                                     "print([(t.table, t.status, t.rows_sampled) for t in c.tables])")
    assert out.strip() == str([("people", "scanned", 50)])
    assert snapshot(shared_tmp) == before


@pytest.mark.parametrize("args, words", [
    (["--include", "customers"], "include pattern 'customers' matches no table"),
    (["--schema", "nosuch"], "schema pattern 'nosuch' matches no schema"),
])
def test_a_pattern_that_matches_nothing_is_bad_input(tmp_path, args, words):
    db = small_db(tmp_path / "chinook.sqlite")
    result = CliRunner().invoke(main, ["scan", str(db), "-o", str(tmp_path / "c.json"), "--no-ner", *args])
    assert result.exit_code == 2 and words in result.stderr and not (tmp_path / "c.json").exists()


def test_nothing_to_scan_is_bad_input_and_an_empty_source_a_warning(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.md").write_text("x")
    with pytest.raises(SourceError, match="nothing to scan"):
        piiscan.scan(tmp_path / "empty", **FAST)
    with pytest.raises(SourceError, match=r"nothing to scan.*1 files not read: notes.md: not a data file"):
        piiscan.scan(tmp_path / "docs", **FAST)
    db = small_db(tmp_path / "shop.sqlite")
    result = CliRunner().invoke(main, ["scan", str(db), str(tmp_path / "empty"), "-o", str(tmp_path / "c.json"),
                                       "--no-ner"])
    assert result.exit_code == 1 and "nothing to scan" in result.stderr


# -- issue 8 item 4: short stable source names -----------------------------------------------


def test_sources_have_short_names_and_masked_urls(tmp_path):
    db = small_db(tmp_path / "chinook.sqlite")
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "a.csv").write_text("email\na@example.com\n")
    catalog = piiscan.scan(f"sqlite:///{db}", tmp_path / "exports", db, **FAST)
    assert [s.name for s in catalog.sources] == ["chinook", "exports", "chinook#2"]
    assert catalog.sources[0].url == f"sqlite:///{db}"
    assert {c.source for c in catalog.columns} == {"chinook", "exports", "chinook#2"}
    assert catalog.filter(source="chinook").columns  # docs/catalog.md's example holds
    named = piiscan.scan(piiscan.SourceSpec(db, name="shop"), **FAST)
    assert named.sources[0].name == "shop" and {c.source for c in named.columns} == {"shop"}
    result = CliRunner().invoke(main, ["scan", str(db), "--name", "crm", "-o", "-", "--no-ner", "-q"])
    assert json.loads(result.stdout)["sources"][0]["name"] == "crm"


def test_source_spec_options_apply_to_their_source_only(tmp_path):
    db = small_db(tmp_path / "a.sqlite")
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE other (email TEXT)")
    con.executemany("INSERT INTO other VALUES (?)", [(f"o{i}@example.com",) for i in range(50)])
    con.commit()
    con.close()
    catalog = piiscan.scan(piiscan.SourceSpec(db, name="one", include="other", sample_size=10),
                           piiscan.SourceSpec(db, name="two"), **FAST)
    assert {(t.source, t.table, t.rows_sampled) for t in catalog.tables} == {
        ("one", "other", 10), ("two", "Customer", 30), ("two", "other", 50)}


# -- issue 9 item 6: arguments are checked ----------------------------------------------------


@pytest.mark.parametrize("call, words", [
    (lambda: piiscan.scan(""), "empty string"),
    (lambda: piiscan.scan(None), "is None"),
    (lambda: piiscan.scan(42), "cannot scan a int"),
    (lambda: piiscan.scan(".", sample_size=2.5), "sample_size must be a whole number"),
    (lambda: piiscan.scan(".", sample_size=True), "sample_size must be a whole number"),
    (lambda: piiscan.scan(".", timeout=float("nan")), "timeout must be"),
    (lambda: piiscan.scan(".", timeout=float("inf")), "timeout must be"),
    (lambda: piiscan.scan(".", timeout=1e308), "timeout must be"),
    (lambda: piiscan.scan(".", jobs=0), "jobs must be a whole number, at least 1"),
    (lambda: piiscan.scan(".", include=[1]), "include patterns must be non-empty strings"),
    (lambda: piiscan.scan(".", min_confidence=2), "min_confidence must be a number from 0 to 1"),
    (lambda: piiscan.scan_table({"a": [1]}, sample_size=-1), "sample_size must be a whole number"),
])
def test_bad_arguments_are_config_errors(call, words):
    with pytest.raises(ConfigError, match=words):
        call()


def test_paths_lists_and_single_patterns_are_accepted(tmp_path):
    (tmp_path / "a.csv").write_text("email\na@example.com\n")
    (tmp_path / "b.json").write_text('[{"email": "b@example.com"}]')
    catalog = piiscan.scan([tmp_path / "a.csv", str(tmp_path / "b.json")], **FAST)
    assert [t.table for t in catalog.tables] == ["a.csv", "b.json"]
    only = piiscan.scan(tmp_path, include="*.csv", **FAST)  # one pattern, not its characters
    assert [t.table for t in only.tables] == ["a.csv"]


@pytest.mark.parametrize("value", ["inf", "1e308", "nan", "0"])
def test_cli_rejects_a_timeout_that_is_not_a_number_of_seconds(tmp_path, value):
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--timeout", value])
    assert result.exit_code == 2 and "--timeout" in result.stderr


def test_cli_rejects_an_empty_source(tmp_path):
    result = CliRunner().invoke(main, ["scan", ""])
    assert result.exit_code == 2 and "empty string" in result.stderr


def test_a_fifo_source_is_an_error_not_zero_tables(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(SourceError, match="not a regular file or folder"):
        piiscan.scan(tmp_path / "pipe", **FAST)


# -- issue 9 item 4: scanned SQLite files are never written ------------------------------------


def snapshot(folder: Path) -> dict:
    """Every file of a folder: (size, mtime in ns, SHA-256)."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_scanning_sqlite_writes_nothing(tmp_path, wal, jobs):
    folder = tmp_path / "db"
    folder.mkdir()
    db = big_sqlite(folder / "shop.sqlite", rows=500, wal=wal)
    before = snapshot(folder)
    assert list(before) == ["shop.sqlite"]
    for spec in (f"sqlite:///{db}", db, folder, f"sqlite:///file:{db}?mode=rwc"):
        catalog = piiscan.scan(spec, sample_size=50, jobs=jobs, **FAST)
        assert not catalog.errors and table(catalog, "people").rows_sampled == 50
        assert snapshot(folder) == before, spec


def test_a_wal_database_in_use_is_read_with_its_latest_commits(tmp_path):
    folder = tmp_path / "db"
    folder.mkdir()
    db = big_sqlite(folder / "live.sqlite", rows=10, wal=True)
    writer = sqlite3.connect(db)  # holds the -wal and -shm files open, as a live application does
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.executemany("INSERT INTO people VALUES (?, ?, ?)", [(100 + i, f"new{i}@example.com", "x") for i in range(5)])
    writer.commit()
    try:
        before = snapshot(folder)
        catalog = piiscan.scan(db, jobs=1, **FAST)
        assert table(catalog, "people").rows_sampled == 15  # the commits still in the -wal file
        after = snapshot(folder)
        # the database and its -wal are untouched; the -shm index (shared memory, no data)
        # takes the read marks every WAL reader leaves, as documented in docs/sources.md
        assert list(after) == list(before) == ["live.sqlite", "live.sqlite-shm", "live.sqlite-wal"]
        assert after["live.sqlite"] == before["live.sqlite"] and after["live.sqlite-wal"] == before["live.sqlite-wal"]
    finally:
        writer.close()


def test_a_sqlite_uri_never_creates_a_database(tmp_path):
    target = tmp_path / "x" / "new.db"
    target.parent.mkdir()
    for url in (f"sqlite:///file:{target}", f"sqlite:///file:{target}?mode=rwc", f"sqlite:///{target}"):
        with pytest.raises(SourceError, match="no such SQLite file"):
            piiscan.scan(url, **FAST)
    assert list(target.parent.iterdir()) == []
    result = CliRunner().invoke(main, ["scan", f"sqlite:///file:{target}", "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 2 and list(target.parent.iterdir()) == []
