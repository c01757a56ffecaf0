"""scan() through the worker pool on the real PostgreSQL and MariaDB servers, by SQLAlchemy
and by ODBC: random sampling with row counts on tables far larger than the sample (every
--jobs), the methods docs/sources.md documents, reproducible scans, readers with only
SELECT, values Python can't hold, and connections the server kills.

Objects are created under per-run names (tests/servers.py RUN_ID) and dropped afterwards.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

import piiscan

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, odbc_string, pg_engine, pg_odbc  # noqa: F401
except ImportError:  # tests/ imported as a package
    from tests.servers import (MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc,  # noqa: F401
                               odbc_string, pg_engine, pg_odbc)

pytestmark = pytest.mark.server

FAST = {"ner": False}
SIZES = {"small": 50, "mid": 5000, "huge": 20000}
SAMPLE = 100
DOCS = Path(__file__).resolve().parents[1] / "docs" / "sources.md"


def rows(n: int) -> list[dict]:
    """`half` is unique in the first half of the rows and constant in the second, so its
    distinct count tells where the sampled rows came from."""
    return [{"id": i, "email": f"user{i}@example.com", "half": str(i) if i < n // 2 else "same"} for i in range(n)]


def people(metadata: sa.MetaData, name: str, schema: str | None = None) -> sa.Table:
    return sa.Table(name, metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("email", sa.String(60)), sa.Column("half", sa.String(20)), schema=schema)


def table(catalog, name):
    return next(t for t in catalog.tables if t.table == name)


def column(catalog, table_name, name):
    return next(c for c in catalog.columns if c.table == table_name and c.column == name)


def timeless(catalog) -> dict:
    data = catalog.to_dict()
    data.pop("generated_at")
    for t in data["tables"]:
        t.pop("seconds")
    return data


def documented_methods(dialect: str) -> set[str]:
    """The sample methods docs/sources.md's sampling table names for a dialect."""
    for line in DOCS.read_text().splitlines():
        if line.startswith(f"| {dialect} ("):  # the sampling table: "| PostgreSQL (`pg_class…`) |"
            return set(re.findall(r"`([a-z]+(?:-[a-z]+)+|full|limit)`", line))
    raise AssertionError(f"docs/sources.md has no sampling row for {dialect}")


# -- fixtures: the same three tables on each server ----------------------------------------


@pytest.fixture(scope="module")
def pg_scan_schema(pg_engine):
    schema = f"piiscan_scan_{RUN_ID}"
    metadata = sa.MetaData()
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(schema))
        for name, n in SIZES.items():
            t = people(metadata, name, schema)
            t.create(conn)
            conn.execute(t.insert(), rows(n))
        conn.execute(sa.text(f'CREATE MATERIALIZED VIEW "{schema}".mat AS SELECT id, email FROM "{schema}".mid'))
        conn.execute(sa.text(f'CREATE TABLE "{schema}".odd (id int, email text, seen timestamp, born date)'))
        conn.execute(sa.text(
            f"INSERT INTO \"{schema}\".odd SELECT i, 'odd' || i || '@example.com',"
            f" CASE WHEN i % 2 = 0 THEN 'infinity'::timestamp ELSE '2020-01-01'::timestamp END,"
            f" CASE WHEN i % 3 = 0 THEN '12000-01-01'::date ELSE '1980-05-05'::date END"
            f" FROM generate_series(1, 40) i"))
    with pg_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text(f'ANALYZE "{schema}".small, "{schema}".mid, "{schema}".huge, "{schema}".mat'))
    yield schema
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.DropSchema(schema, cascade=True))


@pytest.fixture(scope="module")
def maria_scan_db(mariadb_engine):
    database = f"piiscan_scan_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4"))
    url = sa.make_url(MARIADB_URL).set(database=database)
    engine = sa.create_engine(url)
    metadata = sa.MetaData()
    with engine.begin() as conn:
        for name, n in SIZES.items():
            t = people(metadata, name)
            t.create(conn)
            conn.execute(t.insert(), rows(n))
        conn.execute(sa.text("CREATE VIEW v_people AS SELECT id, email FROM mid"))
        conn.execute(sa.text("CREATE TABLE odd (id INT, email VARCHAR(60), span TIME, day DATE, at DATETIME)"))
        conn.execute(sa.text("SET SESSION sql_mode = ''"))  # allows zero dates, as old schemas hold them
        conn.execute(sa.text(
            "INSERT INTO odd VALUES (1, 'odd1@example.com', '838:59:59', '0000-00-00', '0000-00-00 00:00:00'),"
            " (2, 'odd2@example.com', '12:00:00', '2020-01-01', '2020-01-01 10:00:00'),"
            " (3, 'odd3@example.com', '-10:00:00', '2021-02-03', '2021-02-03 10:00:00')"))
        for name in SIZES:
            conn.execute(sa.text(f"ANALYZE TABLE `{name}`"))
    yield url.render_as_string(hide_password=False), database
    engine.dispose()
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"DROP DATABASE `{database}`"))


def paths(request, which: str):
    """(spec, scan options) for a path: PostgreSQL/MariaDB by SQLAlchemy or ODBC."""
    if which.startswith("pg"):
        schema = request.getfixturevalue("pg_scan_schema")
        spec = PG_URL if which == "pg" else f"odbc:{request.getfixturevalue('pg_odbc')}"
        return spec, {"schemas": (schema,)}
    url, database = request.getfixturevalue("maria_scan_db")
    if which == "maria":
        return url, {}
    odbc = request.getfixturevalue("mariadb_odbc")
    return f"odbc:{odbc.replace('Database=test', f'Database={database}')}", {"schemas": (database,)}


RANDOM = {"pg": "postgres-bernoulli", "pg-odbc": "postgres-bernoulli",
          "maria": "mysql-rand-filter", "maria-odbc": "mysql-rand-filter"}
DIALECT = {"pg": "PostgreSQL", "pg-odbc": "PostgreSQL", "maria": "MySQL/MariaDB", "maria-odbc": "MySQL/MariaDB"}


# -- issue 8 item 1 -----------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("which", ["pg", "pg-odbc", "maria", "maria-odbc"])
def test_big_server_tables_are_sampled_at_random_with_row_counts(request, which, jobs):
    spec, options = paths(request, which)
    catalog = piiscan.scan(spec, include=list(SIZES), sample_size=SAMPLE, jobs=jobs, **options, **FAST)
    assert not catalog.errors, [t.reason for t in catalog.errors]
    for name in ("mid", "huge"):
        big = table(catalog, name)
        assert big.sample_method == RANDOM[which], (name, big.sample_method)
        assert 0.5 * SIZES[name] < big.rows_total < 1.5 * SIZES[name]
        assert 0 < big.rows_sampled <= SAMPLE
        # rows from all over the table: both halves are represented
        assert 1 < column(catalog, name, "half").distinct < big.rows_sampled
    small = table(catalog, "small")
    assert (small.sample_method, small.rows_total) == ("full", 50)
    # what docs/sources.md says for this dialect is what the scan did
    assert {table(catalog, n).sample_method for n in SIZES} <= documented_methods(DIALECT[which])


def test_sqlite_sampling_matches_the_documentation(tmp_path):
    import sqlite3

    db = tmp_path / "doc.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE big (email TEXT)")
    con.executemany("INSERT INTO big VALUES (?)", [(f"u{i}@example.com",) for i in range(1000)])
    con.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, email TEXT) WITHOUT ROWID")
    con.executemany("INSERT INTO kv VALUES (?, ?)", [(str(i), f"k{i}@example.com") for i in range(500)])
    con.execute("CREATE TABLE tiny (email TEXT)")
    con.commit()
    con.close()
    catalog = piiscan.scan(db, sample_size=100, jobs=2, **FAST)
    methods = {t.table: t.sample_method for t in catalog.tables}
    assert methods == {"big": "sqlite-random-rowid", "kv": "limit", "tiny": "full"}
    assert set(methods.values()) <= documented_methods("SQLite")


@pytest.mark.parametrize("which", ["pg", "pg-odbc"])
def test_postgres_materialized_views_are_sampled(request, which):
    spec, options = paths(request, which)
    catalog = piiscan.scan(spec, include=["mat"], sample_size=SAMPLE, jobs=1, **options, **FAST)
    mat = table(catalog, "mat")
    assert (mat.kind, mat.status, mat.sample_method) == ("materialized view", "scanned", "postgres-bernoulli")
    assert column(catalog, "mat", "email").findings[0].category == "EMAIL"


# -- issue 8 item 2 -----------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["pg", "pg-odbc", "maria", "maria-odbc"])
def test_server_scans_are_reproducible_and_follow_the_seed(request, which):
    spec, options = paths(request, which)
    scan = lambda seed, jobs: piiscan.scan(spec, include=["mid", "huge"], sample_size=SAMPLE, seed=seed,  # noqa: E731
                                           jobs=jobs, **options, **FAST)
    assert timeless(scan(7, 1)) == timeless(scan(7, 2))
    distinct = {column(scan(seed, 1), "huge", "half").distinct for seed in range(5)}
    assert len(distinct) > 1  # the seed reaches the server's sampler


# -- issue 8 item 4 -----------------------------------------------------------------------------


@pytest.mark.parametrize("which, name", [("pg", "test"), ("pg-odbc", "test"), ("maria", None), ("maria-odbc", None)])
def test_server_sources_are_named_after_their_database(request, which, name):
    spec, options = paths(request, which)
    catalog = piiscan.scan(spec, include=["small"], jobs=1, **options, **FAST)
    expected = name or request.getfixturevalue("maria_scan_db")[1]
    assert catalog.sources[0].name == expected
    assert {c.source for c in catalog.columns} == {expected}


# -- MariaDB: a reader with only SELECT (no SHOW CREATE, column grants) --------------------------


@pytest.fixture
def maria_reader(mariadb_engine, maria_scan_db):
    url, database = maria_scan_db
    user = f"pr_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE USER '{user}'@'%' IDENTIFIED BY 'pw-{RUN_ID}'"))
        conn.execute(sa.text(f"GRANT SELECT (id, email) ON `{database}`.mid TO '{user}'@'%'"))
        conn.execute(sa.text(f"GRANT SELECT ON `{database}`.v_people TO '{user}'@'%'"))
        conn.execute(sa.text(f"GRANT INSERT ON `{database}`.small TO '{user}'@'%'"))  # visible, not readable
    yield sa.make_url(url).set(username=user, password=f"pw-{RUN_ID}").render_as_string(hide_password=False), database
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"DROP USER '{user}'@'%'"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_mariadb_reader_with_only_select_scans_views_and_granted_columns(maria_reader, jobs):
    url, _ = maria_reader
    catalog = piiscan.scan(url, views=True, sample_size=SAMPLE, jobs=jobs, **FAST)
    assert {(t.table, t.kind, t.status) for t in catalog.tables} == {
        ("mid", "table", "scanned"), ("v_people", "view", "scanned"), ("small", "table", "error")}
    assert [c.column for c in catalog.columns if c.table == "mid"] == ["id", "email"]  # the granted ones
    assert column(catalog, "v_people", "email").findings[0].category == "EMAIL"
    # a table the reader sees but may not read is in the catalog with the reason
    assert "SELECT command denied" in table(catalog, "small").reason
    assert "pw-" not in table(catalog, "small").reason


def test_worker_tasks_carry_names_not_urls(maria_reader):
    """What a worker receives per table (the source's name, the TableRef with its estimate,
    the settings) holds no URL and no password."""
    import pickle

    from piiscan.api import ScanSettings
    from piiscan.sources import open_source

    url, _ = maria_reader
    source = open_source(url)
    refs = list(source.tables())
    source.close()
    assert refs and all(r.source == source.name and r.columns is not None for r in refs)
    task = pickle.dumps([(source.name, ref, ScanSettings()) for ref in refs])
    assert f"pw-{RUN_ID}".encode() not in task and b"mysql+pymysql" not in task


# -- issue 9 item 5: one value never loses a table -------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("which", ["pg", "pg-odbc", "maria", "maria-odbc"])
def test_values_python_cannot_hold_keep_the_table(request, which, jobs):
    spec, options = paths(request, which)
    catalog = piiscan.scan(spec, include=["odd"], jobs=jobs, **options, **FAST)
    odd = table(catalog, "odd")
    assert odd.status == "scanned", odd.reason
    assert column(catalog, "odd", "email").findings[0].category == "EMAIL"
    assert all(c.status == "scanned" for c in catalog.columns if c.table == "odd")


@pytest.fixture
def pg_login(pg_engine, pg_scan_schema):
    """A login role of this run only, so that killing its connections touches no one else's."""
    role = f"pk_{RUN_ID}"
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(sa.text(f'GRANT USAGE ON SCHEMA "{pg_scan_schema}" TO "{role}"'))
        conn.execute(sa.text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{pg_scan_schema}" TO "{role}"'))
    yield role
    with pg_engine.begin() as conn:
        conn.execute(sa.text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'"))
        conn.execute(sa.text(f'DROP OWNED BY "{role}"'))
        conn.execute(sa.text(f'DROP ROLE "{role}"'))


@pytest.fixture
def maria_login(mariadb_engine, maria_scan_db):
    _, database = maria_scan_db
    user = f"pk_{RUN_ID}"
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"CREATE USER '{user}'@'%' IDENTIFIED BY 'pw-{RUN_ID}'"))
        conn.execute(sa.text(f"GRANT SELECT ON `{database}`.* TO '{user}'@'%'"))
    yield user, database
    with mariadb_engine.begin() as conn:
        conn.execute(sa.text(f"DROP USER '{user}'@'%'"))


def kill_pg(engine, role):
    with engine.begin() as conn:
        killed = conn.execute(sa.text(
            f"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '{role}'")).scalar()
    assert killed >= 1


def kill_maria(engine, user):
    with engine.begin() as conn:
        ids = conn.execute(sa.text(f"SELECT id FROM information_schema.processlist WHERE user = '{user}'")).scalars().all()
        for i in ids:
            conn.execute(sa.text(f"KILL {int(i)}"))
    assert ids


@pytest.mark.parametrize("server, odbc", [("pg", True), ("maria", True), ("pg", False), ("maria", False)])
def test_a_connection_the_server_killed_is_opened_again(request, server, odbc, pg_engine, mariadb_engine):
    if server == "pg":
        role, schema = request.getfixturevalue("pg_login"), request.getfixturevalue("pg_scan_schema")
        base = sa.make_url(PG_URL).set(username=role)
        driver = request.getfixturevalue("pg_odbc").split("}")[0][len("Driver={"):] if odbc else None
        options, kill = {"schemas": (schema,)}, lambda: kill_pg(pg_engine, role)
    else:
        user, database = request.getfixturevalue("maria_login")
        base = sa.make_url(MARIADB_URL).set(username=user, password=f"pw-{RUN_ID}", database=database)
        driver = request.getfixturevalue("mariadb_odbc").split("}")[0][len("Driver={"):] if odbc else None
        options, kill = {"schemas": (database,)}, lambda: kill_maria(mariadb_engine, user)
    url = base.render_as_string(hide_password=False)
    spec = f"odbc:{odbc_string(driver, url)}" if odbc else url
    killed = []

    def progress(done, total, label):
        if done == 1:  # after the first table, the server drops the worker's connection
            kill()
            killed.append(label)

    catalog = piiscan.scan(spec, include=list(SIZES), sample_size=SAMPLE, jobs=1, progress=progress, **options, **FAST)
    assert killed
    assert [t.status for t in catalog.tables] == ["scanned"] * 3, [t.reason for t in catalog.tables]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("which", ["pg", "maria-odbc"])
def test_cli_scan_of_big_server_tables_records_random_sampling(request, which, jobs):
    import json

    from click.testing import CliRunner

    from piiscan.cli import main

    spec, options = paths(request, which)
    args = [arg for schema in options.get("schemas", ()) for arg in ("--schema", schema)]
    result = CliRunner().invoke(main, ["scan", spec, *args, "--include", "huge", "--sample-size", str(SAMPLE),
                                       "--jobs", jobs, "--no-ner", "-o", "-", "-q"])
    assert result.exit_code == 0, result.stderr
    (huge,) = json.loads(result.stdout)["tables"]
    assert huge["sample_method"] == RANDOM[which] and 10_000 < huge["rows_total"] < 30_000
