"""Planted canaries (issue 9): distinctive raw values are planted in every source kind,
in ordinary columns and in the places that used to leak (error messages that quote a value,
a headerless CSV's first row, JSON keys, ENUM value lists, a password in the URL). Every
output is then searched for them: stdout, stderr, the catalog as JSON, CSV and Parquet, the
HTML repr and every log record. Each canary starts with "qzx"; a masked example keeps only
a value's first character ("q***"), so "qzx" anywhere in an output is a leak.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

import piiscan

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401
except ImportError:  # tests/ imported as a package
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401

MARK = "qzx"
EMAILS = [f"qzx{i}.canary@example.com" for i in range(12)]
PHONES = [f"+1 212 555 {1000 + i}" for i in range(12)]
NAMES = [f"Qzxander Canary{i}" for i in range(12)]
PASSWORD = "qzxPassw0rd"
N = len(EMAILS)


def rows():
    return list(zip(EMAILS, NAMES, PHONES))


def leaks(text: str) -> list[str]:
    """Lines of `text` holding a canary."""
    return [line for line in text.splitlines() if MARK in line.lower()]


# -- the sources ------------------------------------------------------------------------------


def plant_files(folder: Path) -> None:
    folder.mkdir()
    header = "email,name,phone\n"
    (folder / "people.csv").write_text(header + "".join(f"{e},{n},{p}\n" for e, n, p in rows()))
    (folder / "headerless.csv").write_text("".join(f"{e},{n},{p}\n" for e, n, p in rows()))
    (folder / "malformed.csv").write_text(header + f'{EMAILS[0]},"{NAMES[0]}\n' + f"{EMAILS[1]},x,y,z,w\n")
    table = pa.table({"email": EMAILS, "name": NAMES, "phones": [[p, p] for p in PHONES]})
    pq.write_table(table, folder / "people.parquet")
    raw = pa.array([e.encode() + b"\xff" for e in EMAILS], pa.binary())
    pq.write_table(pa.table({"email": pa.Array.from_buffers(pa.string(), N, raw.buffers())}), folder / "badutf8.parquet")
    (folder / "people.json").write_text(json.dumps([{"email": e, "name": n, "by_key": {e: p}} for e, n, p in rows()]))
    (folder / "broken.json").write_text('[{"email": "' + EMAILS[0] + '",}')
    lines = [json.dumps({"email": e, "phone": p}) for e, _, p in rows()]
    lines.insert(3, '{"email": "' + EMAILS[0] + '", oops}')
    (folder / "events.jsonl").write_text("\n".join(lines) + "\n")


def plant_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE people (email TEXT, name TEXT, phone TEXT, payload TEXT)")
    con.executemany("INSERT INTO people VALUES (?, ?, ?, ?)",
                    [(e, n, p, json.dumps({e: {"phone": p}})) for e, n, p in rows()])
    con.execute("CREATE TABLE undecodable (email TEXT)")
    con.execute("INSERT INTO undecodable VALUES (CAST(? AS TEXT))", (EMAILS[0].encode() + b"\xff",))
    con.commit()
    con.close()


@pytest.fixture(scope="module")
def pg_canary(pg_engine):
    schema = f"piiscan_canary_{RUN_ID}"
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        conn.execute(sa.text(f"CREATE TABLE {schema}.people (email text, name text, phone text)"))
        conn.execute(sa.text(f"INSERT INTO {schema}.people VALUES (:e, :n, :p)"),
                     [{"e": e, "n": n, "p": p} for e, n, p in rows()])
        conn.execute(sa.text(f"CREATE VIEW {schema}.casts AS SELECT email::integer AS e FROM {schema}.people"))
        conn.execute(sa.text(f"CREATE FUNCTION {schema}.boom(x text) RETURNS text LANGUAGE plpgsql AS"
                             " $$ BEGIN RAISE EXCEPTION 'bad %', x; END $$"))
        conn.execute(sa.text(f"CREATE VIEW {schema}.raises AS SELECT {schema}.boom(email) AS e FROM {schema}.people"))
    yield schema
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


@pytest.fixture(scope="module")
def maria_canary(mariadb_engine):
    database = f"piiscan_canary_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {database}"))
        conn.execute(sa.text(f"CREATE TABLE {database}.people (email varchar(80), name varchar(80),"
                             f" phone varchar(40), kind ENUM('{EMAILS[0]}', 'plain'))"))
        conn.execute(sa.text(f"INSERT INTO {database}.people VALUES (:e, :n, :p, 'plain')"),
                     [{"e": e, "n": n, "p": p} for e, n, p in rows()])
        conn.execute(sa.text(f"CREATE FUNCTION {database}.boom(x text) RETURNS text DETERMINISTIC"
                             " BEGIN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = x; RETURN x; END"))
        conn.execute(sa.text(f"CREATE VIEW {database}.signals AS SELECT {database}.boom(email) AS e"
                             f" FROM {database}.people"))
    yield database
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"DROP DATABASE {database}"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory, pg_canary, maria_canary, pg_odbc, mariadb_odbc) -> list[str]:
    root = tmp_path_factory.mktemp("canary")
    plant_files(root / "files")
    plant_sqlite(root / "shop.sqlite")
    pg = sa.make_url(PG_URL).render_as_string(hide_password=False)  # trust auth: any password is taken
    pg = pg.replace("postgres@", f"postgres:{PASSWORD}@", 1) + f"?options=-csearch_path%3D{pg_canary}"
    maria = sa.make_url(MARIADB_URL).set(database=maria_canary).render_as_string(hide_password=False)
    return [
        str(root / "files"),
        f"sqlite:///{root / 'shop.sqlite'}",
        pg,
        f"odbc:{pg_odbc}",
        maria,
        f"odbc:{mariadb_odbc}".replace("Database=test", f"Database={maria_canary}"),
    ]


def scan_args(sources, pg_schema):
    return [*sources, "--views", "--no-ner", "--schema", pg_schema, "--schema", "piiscan_canary_*", "--schema", "main", "--jobs", "2"]


# -- the outputs --------------------------------------------------------------------------------


@pytest.mark.server
def test_no_canary_in_stdout_stderr_or_any_catalog_format(sources, pg_canary, tmp_path):
    outputs = {}
    for fmt in ("json", "csv", "parquet"):
        out = tmp_path / f"catalog.{fmt}"
        run = subprocess.run([sys.executable, "-m", "piiscan.cli", "scan", *scan_args(sources, pg_canary),
                              "-o", str(out)], capture_output=True, text=True)
        assert run.returncode == 1, run.stderr  # broken files and views: finished, with errors
        outputs[f"{fmt} stdout"], outputs[f"{fmt} stderr"] = run.stdout, run.stderr
        if fmt == "parquet":
            outputs["parquet"] = json.dumps(pq.read_table(out).to_pylist(), default=str)
            outputs["parquet bytes"] = out.read_bytes().decode("latin-1")
        else:
            outputs[fmt] = out.read_text()
    run = subprocess.run([sys.executable, "-m", "piiscan.cli", "scan", *scan_args(sources, pg_canary), "-o", "-"],
                         capture_output=True, text=True)
    outputs["stdout json"], outputs["stdout json stderr"] = run.stdout, run.stderr
    catalog = json.loads(outputs["json"])
    assert {t["status"] for t in catalog["tables"]} == {"scanned", "error"}
    assert len({c["source"] for c in catalog["columns"]}) == len(sources)  # every kind was looked at
    assert sum(bool(c["findings"]) for c in catalog["columns"]) >= 10
    for name, text in outputs.items():
        assert not leaks(text), (name, leaks(text)[:3])


@pytest.mark.server
def test_no_canary_in_the_library_views_or_logs(sources, pg_canary, caplog):
    caplog.set_level(logging.DEBUG)
    catalog = piiscan.scan(*sources, views=True, schemas=[pg_canary, "piiscan_canary_*", "main"], jobs=1)  # with NER
    frame = piiscan.scan_table(pa.table({"email": EMAILS, "name": NAMES, "phone": PHONES}), name="frame")
    for view in (catalog, frame):
        texts = {
            "html": view._repr_html_(),
            "repr": repr(view),
            "dict": json.dumps(view.to_dict(), default=str),
            "pandas": view.to_pandas().to_string(),
        }
        for name, text in texts.items():
            assert not leaks(text), (name, leaks(text)[:3])
    assert frame.pii().columns and catalog.pii().columns
    records = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert not leaks(records), leaks(records)[:3]
