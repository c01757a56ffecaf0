"""SqlSource on SQLite files built in tmp_path, the corpus databases, URL masking, and the
sampling statements compiled for every dialect."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import mssql, mysql, postgresql, sqlite

from piiscan.errors import SourceError, TableError
from piiscan.sampling import sample_statement
from piiscan.sources import SourceOptions, mask_url, open_source
from piiscan.sources.sql import SqlSource

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HOSTILE_TABLE = 'x"; DROP TABLE users; --'


@pytest.fixture
def hostile_db(tmp_path) -> Path:
    path = tmp_path / "hostile.sqlite"
    db = sqlite3.connect(path)
    db.execute('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)')
    db.executemany("INSERT INTO users (email) VALUES (?)", [(f"u{i}@example.org",) for i in range(30)])
    db.execute(f'CREATE TABLE "{HOSTILE_TABLE.replace(chr(34), chr(34) * 2)}" ("select" TEXT, "first name" TEXT, "名前" TEXT, photo BLOB)')
    db.executemany(
        f'INSERT INTO "{HOSTILE_TABLE.replace(chr(34), chr(34) * 2)}" VALUES (?, ?, ?, ?)',
        [(f"s{i}", f"Name {i}", f"山田{i}", b"\x00\xff") for i in range(500)],
    )
    db.execute('CREATE TABLE "no rowid" (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID')
    db.executemany('INSERT INTO "no rowid" VALUES (?, ?)', [(f"k{i}", f"v{i}") for i in range(300)])
    db.execute("CREATE VIEW user_emails AS SELECT email FROM users")
    db.commit()
    db.close()
    return path


def fingerprint(path: Path) -> tuple[str, int]:
    db = sqlite3.connect(path)
    count = db.execute("SELECT count(*) FROM users").fetchone()[0]
    db.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), count


def test_hostile_identifiers_are_sampled_correctly_and_harmlessly(hostile_db):
    before = fingerprint(hostile_db)
    source = open_source(f"sqlite:///{hostile_db}")
    tables = {t.name: t for t in source.tables()}
    assert set(tables) == {"users", HOSTILE_TABLE, "no rowid"}
    sample = source.sample(tables[HOSTILE_TABLE], 100)
    assert sample.data.column_names == ["select", "first name", "名前", "photo"]
    assert [(c.name, c.skip_reason, c.binary) for c in sample.columns][-1] == ("photo", None, True)
    assert sample.method == "sqlite-random-rowid" and sample.data.num_rows == 100
    for row in sample.data.to_pylist():
        number = row["select"][1:]
        assert row["first name"] == f"Name {number}" and row["名前"] == f"山田{number}"
    source.close()
    assert fingerprint(hostile_db) == before  # users still there, file unchanged


def test_small_table_is_read_whole_and_without_rowid_falls_back_to_limit(hostile_db):
    source = SqlSource(f"sqlite:///{hostile_db}")
    tables = {t.name: t for t in source.tables()}
    users = source.sample(tables["users"], 100)
    assert (users.method, users.rows_total, users.data.num_rows) == ("full", 30, 30)
    no_rowid = source.sample(tables["no rowid"], 100)
    assert (no_rowid.method, no_rowid.data.num_rows) == ("limit", 100)


def test_views_only_when_asked_and_globs_filter(hostile_db):
    url = f"sqlite:///{hostile_db}"
    with_views = SqlSource(url, SourceOptions(views=True, include=("user*",)))
    assert [(t.name, t.kind) for t in with_views.tables()] == [("users", "table"), ("user_emails", "view")]
    excluded = SqlSource(url, SourceOptions(exclude=("x*", "main.no*")))
    assert [t.name for t in excluded.tables()] == ["users"]
    view = next(t for t in with_views.tables() if t.kind == "view")
    assert with_views.sample(view, 10).method == "limit"


def test_sqlite_source_is_opened_read_only(hostile_db):
    source = SqlSource(f"sqlite:///{hostile_db}")
    with source._engine.connect() as conn, pytest.raises(sa.exc.OperationalError, match="readonly"):
        conn.execute(sa.text("DELETE FROM users"))


def test_slow_query_times_out_with_table_error(tmp_path):
    path = tmp_path / "slow.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIEW slow AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
        " SELECT count(*) AS c FROM n"
    )
    db.close()
    source = SqlSource(f"sqlite:///{path}", SourceOptions(views=True, timeout_s=0.2))
    (view,) = list(source.tables())
    with pytest.raises(TableError, match=r"cannot read main.slow: timed out after 0.2s"):
        source.sample(view, 10)


def test_sqlite_values_of_mixed_and_odd_types_become_arrow(tmp_path):
    path = tmp_path / "types.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (anything, amount NUMERIC, blobs)")
    db.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, 1.5, b"\x00"), ("two", 2, None), (None, None, b"\x01")])
    db.commit()
    db.close()
    source = SqlSource(f"sqlite:///{path}")
    (table,) = list(source.tables())
    sample = source.sample(table, 10)
    assert sample.data.column("anything").to_pylist() == ["1", "two", None]
    assert sample.data.column_names == ["anything", "amount", "blobs"]
    assert [c.name for c in sample.columns if c.binary] == ["blobs"]  # all bytes: read as bytes
    assert sample.data.column("blobs").to_pylist() == [{"prefix": b"\x00", "length": 1}, None,
                                                       {"prefix": b"\x01", "length": 1}]


def test_missing_sqlite_file_is_a_source_error_and_not_created(tmp_path):
    with pytest.raises(SourceError, match="no such SQLite file"):
        open_source(f"sqlite:///{tmp_path / 'nope.sqlite'}")
    assert not (tmp_path / "nope.sqlite").exists()


def test_not_a_database_is_a_source_error(tmp_path):
    path = tmp_path / "fake.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SourceError, match="not a SQLite database"):
        open_source(f"sqlite:///{path}")


def test_unknown_scheme_names_the_problem():
    with pytest.raises(SourceError, match="unknown database kind 'nosuchdb'"):
        open_source("nosuchdb://user:hunter2@host/db")
    with pytest.raises(SourceError, match="pip install duckdb-engine") as caught:
        open_source("duckdb:///x.db")
    assert "hunter2" not in str(caught.value)


def test_missing_driver_module_says_what_to_install():
    with pytest.raises(SourceError, match="pip install") as caught:
        open_source("postgresql+pg8000://u:hunter2@127.0.0.1/db")
    assert "hunter2" not in str(caught.value)


def test_unreachable_server_error_hides_the_password():
    with pytest.raises(SourceError) as caught:
        open_source("postgresql+psycopg://scanner:s3cr3t-pw@127.0.0.1:1/crm")
    message = str(caught.value)
    assert "server unreachable" in message and "s3cr3t-pw" not in message
    assert "scanner:***@127.0.0.1:1/crm" in message and "\n" not in message


@pytest.mark.parametrize(
    ("spec", "masked"),
    [
        ("postgresql+psycopg://u:p%40ss@db:5432/crm", "postgresql+psycopg://u:***@db:5432/crm"),
        ("mysql+pymysql://root@localhost/test", "mysql+pymysql://root@localhost/test"),
        ("odbc:Driver={X};Server=h;UID=u;PWD=secret;Database=d", "odbc:Driver={X};Server=h;UID=u;PWD=***;Database=d"),
        ("odbc:DSN=crm;Password={se;cret}", "odbc:DSN=crm;Password=***"),
        ("https://user:secret@example.org/x", "https://user:***@example.org/x"),
        ("exports/customers.csv", "exports/customers.csv"),
    ],
)
def test_mask_url(spec, masked):
    assert mask_url(spec) == masked


# -- sampling statements, compiled per dialect --------------------------------------------------

TABLE = sa.table(HOSTILE_TABLE, sa.column("select"), sa.column("first name"), schema="crm")


def compiled(dialect, rows_estimate, **kw) -> tuple[str, str]:
    statement, method = sample_statement(TABLE, dialect.name, 100, rows_estimate, **kw)
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})), method


def test_postgres_statements():
    dialect = postgresql.dialect()
    sql, method = compiled(dialect, 50)
    assert method == "full" and "LIMIT 100" in sql and "TABLESAMPLE" not in sql
    sql, method = compiled(dialect, 100_000)
    assert method == "postgres-bernoulli" and "TABLESAMPLE bernoulli(0.15) REPEATABLE (0)" in sql and "LIMIT 300" in sql
    sql, method = compiled(dialect, 50_000_000)
    assert method == "postgres-system" and "TABLESAMPLE system(0.0003) REPEATABLE (0)" in sql
    assert 'crm."x""; DROP TABLE users; --"' in sql and '"select"' in sql and '"first name"' in sql
    assert compiled(dialect, None)[1] == "limit"
    assert compiled(dialect, 10**6, kind="view")[1] == "limit"


def test_mysql_statements_never_sort_a_big_table():
    dialect = mysql.dialect()
    sql, method = compiled(dialect, 500)
    assert method == "mysql-order-rand" and "ORDER BY rand(0)" in sql
    sql, method = compiled(dialect, 10_000_000)
    assert method == "mysql-rand-filter" and "WHERE rand(0) < 1.5e-05" in sql and "ORDER BY" not in sql
    assert "LIMIT 300" in sql and "crm.`x\"; DROP TABLE users; --`" in sql and "`select`" in sql


def test_mssql_statements():
    dialect = mssql.dialect()
    sql, method = compiled(dialect, 10_000_000)
    assert method == "mssql-tablesample" and sql.startswith("SELECT TOP 300 ")
    assert "TABLESAMPLE system(0.0015 PERCENT) REPEATABLE (0)" in sql
    assert 'crm.[x"; DROP TABLE users; --]' in sql and "[select]" in sql and "[first name]" in sql
    sql, method = compiled(dialect, 500)
    assert method == "mssql-order-newid" and "ORDER BY newid()" in sql


def test_sqlite_statements():
    dialect = sqlite.dialect()
    sql, method = compiled(dialect, None, rowids=[3, 7])
    assert method == "sqlite-random-rowid"
    assert "WHERE _rowid_ IN (SELECT value" in sql and "json_each('[3, 7]')" in sql and "random()" not in sql
    assert compiled(dialect, None, has_rowid=False, rowids=[3, 7])[1] == "limit"
    assert '"select"' in sql and '"x""; DROP TABLE users; --"' in sql


# -- the corpus databases -----------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["chinook", "northwind", "sakila"])
def test_corpus_databases_sample_every_table(name):
    path = CORPUS / f"{name}.sqlite"
    if not path.exists():
        pytest.skip(f"corpus database {path} not present")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    source = open_source(f"sqlite:///{path}", SourceOptions(views=True))
    tables = list(source.tables())
    assert tables
    for table in tables:
        sample = source.sample(table, 50)
        assert sample.data.num_rows <= 50
        assert sample.data.column_names == [c.name for c in sample.columns if c.skip_reason is None]
    source.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_odbc_sampling_sql_quotes_hostile_names():
    from piiscan.sources.odbc import quote_identifier, sample_sql

    assert quote_identifier('x"; DROP TABLE users; --', '"') == '"x""; DROP TABLE users; --"'
    assert quote_identifier("a`b", "`") == "`a``b`"
    assert quote_identifier("a]b", "[") == "[a]]b]"
    sql, capped = sample_sql("Microsoft SQL Server", '"', ["dbo", 'we"ird'], ["select", "e-mail"], 100)
    assert sql == 'SELECT TOP 100 "select", "e-mail" FROM "dbo"."we""ird"' and capped
    assert sample_sql("PostgreSQL", '"', ["t"], ["a"], 5)[0] == 'SELECT "a" FROM "t" LIMIT 5'
    assert sample_sql("Oracle", '"', ["t"], ["a"], 5)[0].endswith("FETCH FIRST 5 ROWS ONLY")
    assert sample_sql("SomeDB", '"', ["t"], ["a"], 5) == ('SELECT "a" FROM "t"', False)


def test_a_sampler_the_database_cannot_seed_says_so_in_the_catalog():
    # No SQL Server runs here: the note is checked on the Sample a SQL Server read builds,
    # and api.detect_sample puts a Sample's notes into the table's reason.
    from piiscan.api import ScanSettings, detect_sample
    from piiscan.sample import ColumnInfo, TableRef
    from piiscan.sources import finish_sample

    ref = TableRef("crm", "dbo", "people")
    rows = [(f"p{i}@example.org",) for i in range(20)]
    sample = finish_sample(ref, [ColumnInfo("email", "NVARCHAR(80)")], ["email"], rows,
                           "mssql-order-newid", 20, 150)
    table, _ = detect_sample(sample, ScanSettings(sample_size=20, ner=False))
    assert table.sample_method == "mssql-order-newid"
    assert "can't seed" in table.reason
    seeded = finish_sample(ref, [ColumnInfo("email", "NVARCHAR(80)")], ["email"], rows, "mssql-tablesample", 20, 500)
    assert seeded.notes == ()
