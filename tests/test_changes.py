"""Last-change signals per table (piiscan.sources.changes) on the real servers and on files,
and `scan --changed-only` on PostgreSQL re-reading only the table that moved."""

from __future__ import annotations

import datetime
import os

import pytest
import sqlalchemy as sa

import piiscan
from piiscan.sources import SourceOptions, open_source
from piiscan.sources.changes import change_statement, table_changes
from piiscan.store import Store

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, server_engine
except ImportError:
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, server_engine


def changes_of(url, **options):
    source = open_source(url, SourceOptions(**options))
    try:
        return table_changes(source, list(source.tables()))
    finally:
        source.close()


@pytest.fixture
def pg_schema():
    engine = server_engine(PG_URL)
    name = f"changes_{RUN_ID}"
    with engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(name))
        for table in ("people", "orders"):
            conn.exec_driver_sql(f"CREATE TABLE {name}.{table} (id int, email text)")
            conn.exec_driver_sql(f"INSERT INTO {name}.{table} SELECT g, 'p' || g || '@example.org' "
                                 "FROM generate_series(1, 30) g")
        conn.exec_driver_sql("SELECT pg_stat_force_next_flush()")  # counters visible to the next session
    yield engine, name
    with engine.begin() as conn:
        conn.execute(sa.schema.DropSchema(name, cascade=True))
    engine.dispose()


def test_postgresql_counts_modifications(pg_schema):
    engine, name = pg_schema
    before = changes_of(PG_URL, schemas=(name,))
    assert before[(name, "people")].modifications == 30
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {name}.people SET email = 'x' WHERE id <= 5")
        conn.exec_driver_sql("SELECT pg_stat_force_next_flush()")
    after = changes_of(PG_URL, schemas=(name,))
    assert after[(name, "people")].modifications == 35
    assert after[(name, "orders")] == before[(name, "orders")]


def test_changed_only_on_postgresql_rereads_the_table_that_moved(pg_schema, tmp_path):
    engine, name = pg_schema
    with Store(tmp_path / "store.db") as store:
        first = piiscan.scan(PG_URL, schemas=[name], store=store, ner=False, jobs=1)
        assert {t.table: t.modifications for t in first.tables} == {"orders": 30, "people": 30}
        with engine.begin() as conn:
            conn.exec_driver_sql(f"INSERT INTO {name}.people VALUES (31, 'q@example.org')")
            conn.exec_driver_sql("SELECT pg_stat_force_next_flush()")
        second = piiscan.scan(PG_URL, schemas=[name], store=store, ner=False, jobs=1, changed_only=True)
        assert {t.table: t.carried_from for t in second.tables} == {"orders": 1, "people": None}
        assert {t.table: t.rows_sampled for t in second.tables} == {"orders": 30, "people": 31}
        assert store.current().column("orders", "email").categories == ("EMAIL",)


def test_mariadb_gives_update_time():
    engine = server_engine(MARIADB_URL)
    table = f"changes_{RUN_ID}"
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE TABLE {table} (id int, email text) ENGINE=InnoDB")
            conn.exec_driver_sql(f"INSERT INTO {table} VALUES (1, 'a@example.org')")
        change = changes_of(MARIADB_URL, include=(table,))[("test", table)]
        when = datetime.datetime.fromisoformat(change.changed_at)
        assert abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) < 3600 * 24
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        engine.dispose()


def test_files_and_sqlite_give_their_mtime(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "people.csv").write_text("id,email\n1,a@example.org\n")
    os.utime(folder / "people.csv", (1_700_000_000, 1_700_000_000))
    assert changes_of(str(folder))[(None, "people.csv")].changed_at == "2023-11-14T22:13:20+00:00"
    import sqlite3

    db = tmp_path / "db.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (a)").connection.commit()
    os.utime(db, (1_700_000_000, 1_700_000_000))
    assert changes_of(f"sqlite:///{db}")[("main", "t")].changed_at == "2023-11-14T22:13:20+00:00"


def test_sql_server_statement_compiles():
    from sqlalchemy.dialects import mssql

    sql = str(change_statement("mssql").compile(dialect=mssql.dialect()))
    assert "sys.dm_db_index_usage_stats" in sql and "last_user_update" in sql
    assert change_statement("oracle") is None


def test_changed_only_on_a_folder_rereads_the_file_that_moved(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("people.csv", "orders.csv"):
        (folder / name).write_text("id,email\n" + "".join(f"{i},p{i}@example.org\n" for i in range(20)))
        os.utime(folder / name, (1_700_000_000, 1_700_000_000))
    with Store(tmp_path / "store.db") as store:
        piiscan.scan(str(folder), store=store, ner=False, jobs=1)
        (folder / "people.csv").write_text("id,email\n1,q@example.org\n")
        second = piiscan.scan(str(folder), store=store, ner=False, jobs=1, changed_only=True)
        assert {t.table: t.carried_from for t in second.tables} == {"orders.csv": 1, "people.csv": None}
        assert {t.table: t.rows_sampled for t in second.tables} == {"orders.csv": 20, "people.csv": 1}
