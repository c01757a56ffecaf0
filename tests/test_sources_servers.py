"""SqlSource and OdbcSource against the real PostgreSQL and MariaDB servers (127.0.0.1).

Every object is created under a per-run name (a schema in PostgreSQL, suffixed tables in
MariaDB's `test` database) and dropped afterwards.
"""

from __future__ import annotations

import datetime
import re

import pytest
import sqlalchemy as sa

from piiscan.errors import SourceError, TableError
from piiscan.sources import SourceOptions, open_source

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401
except ImportError:  # tests/ imported as a package
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401

pytestmark = pytest.mark.server

HOSTILE = 'x"; DROP TABLE users; --'
HOSTILE_COLUMNS = ["select", "first name", "名前", 'quo"te`s', "amount", "born"]
ROWS = 300


def expected_row(i: int) -> dict:
    return {
        "select": f"s{i}",
        "first name": f"Name {i}",
        "名前": f"山田{i}",
        'quo"te`s': f"q{i}",
        "amount": f"{i}.50",
        "born": datetime.date(1970, 1, 1) + datetime.timedelta(days=i),
    }


def assert_hostile_sample(sample, rows: int = ROWS) -> None:
    assert sample.data.column_names == [*HOSTILE_COLUMNS, "photo"]  # bytes: a prefix and a length
    assert [c.name for c in sample.columns if c.binary] == ["photo"] and not any(c.skip_reason for c in sample.columns)
    assert sample.data.num_rows == rows
    for row in sample.data.to_pylist():
        assert row.pop("photo") == {"prefix": b"\x00\xff", "length": 2}
        assert row == expected_row(int(row["select"][1:]))


def fill_hostile(conn, table: sa.Table) -> None:
    conn.execute(
        table.insert(),
        [dict(expected_row(i), amount=f"{i}.50", photo=b"\x00\xff") for i in range(ROWS)],
    )


def hostile_table(metadata: sa.MetaData, name: str, schema: str | None = None) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("select", sa.String(50)),
        sa.Column("first name", sa.String(50)),
        sa.Column("名前", sa.String(50)),
        sa.Column('quo"te`s', sa.String(50)),
        sa.Column("amount", sa.Numeric(20, 2)),
        sa.Column("born", sa.Date),
        sa.Column("photo", sa.LargeBinary),
        schema=schema,
    )


def checksum(engine: sa.Engine, table: sa.Table) -> tuple[int, list]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(table.c["select"])).all()
    return len(rows), [tuple(r) for r in rows]


# -- PostgreSQL ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_schema(pg_engine):
    schema = f"piiscan_{RUN_ID}"
    metadata = sa.MetaData()
    table = hostile_table(metadata, HOSTILE, schema)
    big = sa.Table("big", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("v", sa.Text), schema=schema)
    q = pg_engine.dialect.identifier_preparer.quote
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(schema))
        metadata.create_all(conn)
        fill_hostile(conn, table)
        for statement in [
            f"INSERT INTO {q(schema)}.big SELECT i, 'v' || i FROM generate_series(1, 50000) i",
            f"ANALYZE {q(schema)}.big",
            f"CREATE TABLE {q(schema)}.log (n int)",
            f"CREATE FUNCTION {q(schema)}.write_log() RETURNS int LANGUAGE sql VOLATILE"
            f" AS 'INSERT INTO {q(schema)}.log VALUES (1) RETURNING n'",
            f"CREATE VIEW {q(schema)}.writer AS SELECT {q(schema)}.write_log() AS n",
            f"CREATE VIEW {q(schema)}.slow AS SELECT count(*) AS n FROM generate_series(1, 2000000000) i",
        ]:
            conn.execute(sa.text(statement))
    yield schema, table
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.DropSchema(schema, cascade=True))


def pg_source(schema: str, **options):
    return open_source(PG_URL, SourceOptions(schemas=(schema,), **options))


def test_postgres_hostile_names_are_sampled_read_only(pg_engine, pg_schema):
    schema, table = pg_schema
    before = checksum(pg_engine, table)
    source = pg_source(schema)
    tables = {t.name: t for t in source.tables()}
    assert set(tables) == {HOSTILE, "big", "log"}
    sample = source.sample(tables[HOSTILE], 1000)
    assert_hostile_sample(sample)
    assert (sample.method, sample.rows_total) == ("full", ROWS)
    source.close()
    assert checksum(pg_engine, table) == before


def test_postgres_big_table_uses_tablesample(pg_schema):
    source = pg_source(pg_schema[0], include=("big",))
    (big,) = list(source.tables())
    sample = source.sample(big, 100)
    assert sample.method == "postgres-bernoulli" and 0 < sample.data.num_rows <= 100
    assert 40_000 < sample.rows_total < 60_000
    ids = sample.data.column("id").to_pylist()
    assert max(ids) - min(ids) > 10_000  # spread over the table, not its first pages
    assert source.sample(big, 100).data.equals(sample.data)  # REPEATABLE: same sample again


def test_postgres_sampling_transaction_is_read_only(pg_engine, pg_schema):
    schema, _ = pg_schema
    source = pg_source(schema, views=True, include=("writer",))
    (writer,) = list(source.tables())
    with pytest.raises(TableError, match="read-only transaction"):
        source.sample(writer, 10)
    with pg_engine.connect() as conn:
        assert conn.execute(sa.text(f'SELECT count(*) FROM "{schema}".log')).scalar() == 0


def test_postgres_statement_timeout(pg_schema):
    source = pg_source(pg_schema[0], views=True, include=("slow",), timeout_s=0.3)
    (slow,) = list(source.tables())
    with pytest.raises(TableError, match=r"slow: timed out after 0.3s$"):
        source.sample(slow, 10)


def test_postgres_unknown_database_and_bad_port():
    url = sa.make_url(PG_URL)
    with pytest.raises(SourceError, match="unknown database"):
        open_source(url.set(database=f"nope_{RUN_ID}").render_as_string(hide_password=False))
    with pytest.raises(SourceError, match="server unreachable") as caught:
        open_source(url.set(port=1, password="pw-never-shown").render_as_string(hide_password=False))
    assert "pw-never-shown" not in str(caught.value)


def test_postgres_odbc_matches_sqlalchemy(pg_schema, pg_odbc):
    schema, _ = pg_schema
    via_sql = pg_source(schema, include=(HOSTILE,))
    via_odbc = open_source(f"odbc:{pg_odbc}", SourceOptions(schemas=(schema,), include=(HOSTILE,)))
    (sql_table,), (odbc_table,) = list(via_sql.tables()), list(via_odbc.tables())
    assert (odbc_table.schema, odbc_table.name) == (schema, HOSTILE)
    from_sql, from_odbc = via_sql.sample(sql_table, 1000), via_odbc.sample(odbc_table, 1000)
    assert_hostile_sample(from_odbc)
    assert from_odbc.method == "full" and from_odbc.rows_total == ROWS
    by_key = lambda sample: sorted(sample.data.to_pylist(), key=lambda r: r["select"])  # noqa: E731
    assert by_key(from_odbc) == by_key(from_sql)
    capped = via_odbc.sample(odbc_table, 10)
    assert (capped.method, capped.data.num_rows) == ("limit", 10)
    via_odbc.close()


def test_postgres_odbc_is_read_only_and_times_out(pg_engine, pg_schema, pg_odbc):
    schema, _ = pg_schema
    source = open_source(
        f"odbc:{pg_odbc}", SourceOptions(schemas=(schema,), views=True, include=("writer", "slow"), timeout_s=0.3)
    )
    tables = {t.name: t for t in source.tables()}
    assert {t.kind for t in tables.values()} == {"view"}
    with pytest.raises(TableError, match="read-only transaction"):
        source.sample(tables["writer"], 10)
    with pytest.raises(TableError, match="timed out after 0.3s"):
        source.sample(tables["slow"], 10)
    with pg_engine.connect() as conn:
        assert conn.execute(sa.text(f'SELECT count(*) FROM "{schema}".log')).scalar() == 0
    source.close()


# -- MariaDB -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maria_objects(mariadb_engine):
    names = {
        "hostile": f"{HOSTILE}{RUN_ID}",
        "big": f"big_{RUN_ID}",
        "log": f"log_{RUN_ID}",
        "writer": f"writer_{RUN_ID}",
        "slow": f"slow_{RUN_ID}",
        "function": f"write_log_{RUN_ID}",
    }
    q = mariadb_engine.dialect.identifier_preparer.quote
    metadata = sa.MetaData()
    table = hostile_table(metadata, names["hostile"])
    with mariadb_engine.begin() as conn:
        metadata.create_all(conn)
        fill_hostile(conn, table)
        for statement in [
            f"CREATE TABLE {q(names['big'])} (id int primary key, v text)",
            f"INSERT INTO {q(names['big'])} SELECT seq, concat('v', seq) FROM seq_1_to_20000",
            f"ANALYZE TABLE {q(names['big'])}",
            f"CREATE TABLE {q(names['log'])} (n int) ENGINE=InnoDB",
            f"CREATE FUNCTION {q(names['function'])}() RETURNS int MODIFIES SQL DATA"
            f" BEGIN INSERT INTO {q(names['log'])} VALUES (1); RETURN 1; END",
            f"CREATE VIEW {q(names['writer'])} AS SELECT {q(names['function'])}() AS n",
            f"CREATE VIEW {q(names['slow'])} AS SELECT count(*) AS n FROM seq_1_to_100000 a, seq_1_to_100000 b"
            " WHERE a.seq + b.seq = 7",
        ]:
            conn.execute(sa.text(statement))
    yield names, table
    with mariadb_engine.begin() as conn:
        for view in ("writer", "slow"):
            conn.execute(sa.text(f"DROP VIEW IF EXISTS {q(names[view])}"))
        conn.execute(sa.text(f"DROP FUNCTION IF EXISTS {q(names['function'])}"))
        for name in ("hostile", "big", "log"):
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {q(names[name])}"))


def maria_source(**options):
    return open_source(MARIADB_URL, SourceOptions(**options))


def test_mariadb_hostile_names_are_sampled_read_only(mariadb_engine, maria_objects):
    names, table = maria_objects
    before = checksum(mariadb_engine, table)
    source = maria_source(include=(f"*{RUN_ID}",))
    tables = {t.name: t for t in source.tables()}
    assert set(tables) == {names["hostile"], names["big"], names["log"]}
    assert {t.schema for t in tables.values()} == {"test"}
    sample = source.sample(tables[names["hostile"]], 1000)
    assert_hostile_sample(sample)
    assert sample.method == "full"
    source.close()
    assert checksum(mariadb_engine, table) == before


def test_mariadb_big_table_uses_a_random_filter(maria_objects):
    names, _ = maria_objects
    source = maria_source(include=(names["big"],))
    (big,) = list(source.tables())
    sample = source.sample(big, 100)
    assert sample.method == "mysql-rand-filter" and 0 < sample.data.num_rows <= 100
    ids = sample.data.column("id").to_pylist()
    assert max(ids) - min(ids) > 5_000


def test_mariadb_sampling_transaction_is_read_only(mariadb_engine, maria_objects):
    names, _ = maria_objects
    source = maria_source(views=True, include=(names["writer"],))
    (writer,) = list(source.tables())
    with pytest.raises(TableError, match="READ ONLY transaction"):
        source.sample(writer, 10)
    with mariadb_engine.connect() as conn:
        assert conn.execute(sa.text(f"SELECT count(*) FROM `{names['log']}`")).scalar() == 0


def test_mariadb_statement_timeout(maria_objects):
    names, _ = maria_objects
    source = maria_source(views=True, include=(names["slow"],), timeout_s=0.3)
    (slow,) = list(source.tables())
    with pytest.raises(TableError, match="timed out after 0.3s"):
        source.sample(slow, 10)


def test_mariadb_wrong_password_hides_it(mariadb_engine):
    url = sa.make_url(MARIADB_URL).set(username=f"nobody_{RUN_ID}", password="pw-never-shown")
    with pytest.raises(SourceError, match="wrong user name or password") as caught:
        open_source(url.render_as_string(hide_password=False))
    assert "pw-never-shown" not in str(caught.value)
    with pytest.raises(SourceError, match="unknown database"):
        open_source(sa.make_url(MARIADB_URL).set(database=f"nope_{RUN_ID}").render_as_string(hide_password=False))


def test_mariadb_odbc_matches_sqlalchemy(maria_objects, mariadb_odbc):
    names, _ = maria_objects
    via_sql = maria_source(include=(names["hostile"],))
    via_odbc = open_source(f"odbc:{mariadb_odbc}", SourceOptions(include=(names["hostile"],)))
    (sql_table,), (odbc_table,) = list(via_sql.tables()), list(via_odbc.tables())
    assert odbc_table.name == names["hostile"]
    from_sql, from_odbc = via_sql.sample(sql_table, 1000), via_odbc.sample(odbc_table, 1000)
    assert_hostile_sample(from_odbc)
    by_key = lambda sample: sorted(sample.data.to_pylist(), key=lambda r: r["select"])  # noqa: E731
    assert by_key(from_odbc) == by_key(from_sql)
    via_odbc.close()


def test_mariadb_odbc_is_read_only(mariadb_engine, maria_objects, mariadb_odbc):
    names, _ = maria_objects
    source = open_source(f"odbc:{mariadb_odbc}", SourceOptions(views=True, include=(names["writer"],)))
    (writer,) = list(source.tables())
    with pytest.raises(TableError, match="READ ONLY transaction"):
        source.sample(writer, 10)
    with mariadb_engine.connect() as conn:
        assert conn.execute(sa.text(f"SELECT count(*) FROM `{names['log']}`")).scalar() == 0
    source.close()


def test_odbc_connection_errors_name_the_problem_not_the_password(pg_odbc):
    cases = {
        "DSN=piiscan_no_such_dsn;PWD=pw-never-shown": "unknown ODBC data source",
        "Driver={No Such Driver};PWD=pw-never-shown": "ODBC driver not installed",
        re.sub(r"Port=\d+", "Port=1", pg_odbc).replace("Pwd=", "Pwd=pw-never-shown"): "server unreachable",
    }
    for spec, reason in cases.items():
        with pytest.raises(SourceError, match=reason) as caught:
            open_source(f"odbc:{spec}")
        assert "pw-never-shown" not in str(caught.value) and "PWD=***" in str(caught.value).upper()


def test_mariadb_listing_takes_a_fixed_number_of_queries(mariadb_engine):
    """Listing a schema costs the same few queries for 3 tables as for 30 (information_schema,
    not one reflection per table), and gives the same columns as SQLAlchemy's reflection."""
    import sqlalchemy as sa

    from piiscan.sources.sql import SqlSource

    database = f"piiscan_list_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE DATABASE `{database}`"))
    try:
        url = sa.make_url(MARIADB_URL).set(database=database)
        engine = sa.create_engine(url)
        counts = {}
        for n in (3, 30):
            with engine.begin() as conn:
                for i in range(len(counts) * 3, n):
                    conn.execute(sa.text(f"CREATE TABLE t{i:02d} (id INT PRIMARY KEY, `e mail` VARCHAR(60), pic BLOB)"))
            source = SqlSource(url.render_as_string(hide_password=False))
            statements = []
            sa.event.listen(source._engine, "before_cursor_execute",
                            lambda *args: statements.append(args[2]))
            refs = list(source.tables())
            counts[n] = len(statements)
            assert len(refs) == n
            columns = source._columns[(database, "t01")]
            assert [c.name for c in columns] == ["id", "e mail", "pic"]
            assert [(c.skip_reason, c.binary) for c in columns] == [(None, False), (None, False), (None, True)]
            source.close()
        assert counts[30] == counts[3]
        engine.dispose()
    finally:
        with mariadb_engine.begin() as conn:
            conn.execute(sa.text(f"DROP DATABASE `{database}`"))


def test_postgres_odbc_samples_big_tables_at_random(pg_schema, pg_odbc):
    source = open_source(f"odbc:{pg_odbc}", SourceOptions(schemas=(pg_schema[0],), include=("big",)))
    (big,) = list(source.tables())
    sample = source.sample(big, 100)
    assert sample.method == "postgres-bernoulli" and 0 < sample.data.num_rows <= 100
    ids = sample.data.column("id").to_pylist()
    assert max(ids) - min(ids) > 10_000
    source.close()


def test_mariadb_odbc_samples_big_tables_at_random(maria_objects, mariadb_odbc):
    names, _ = maria_objects
    source = open_source(f"odbc:{mariadb_odbc}", SourceOptions(include=(names["big"],)))
    (big,) = list(source.tables())
    sample = source.sample(big, 100)
    assert sample.method == "mysql-rand-filter" and 0 < sample.data.num_rows <= 100
    ids = sample.data.column("id").to_pylist()
    assert max(ids) - min(ids) > 5_000
    source.close()
