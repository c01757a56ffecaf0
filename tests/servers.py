"""Shared fixtures for tests against the real PostgreSQL and MariaDB servers and their ODBC drivers.

A test needing a server skips with the reason when the server isn't reachable, and fails
instead when PIISCAN_REQUIRE_SERVERS=1 (CI sets it, so a dead server can't pass silently).
Server locations can be overridden with PIISCAN_PG_URL and PIISCAN_MARIADB_URL.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("PIISCAN_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MARIADB_URL = os.environ.get("PIISCAN_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306/test")
PG_ODBC_DRIVERS = ("PostgreSQL Unicode", "PostgreSQL")
MARIADB_ODBC_DRIVERS = ("MariaDB Unicode", "MariaDB", "MySQL ODBC 8.0 Unicode Driver")
#: Unique per test run, so parallel runs and leftovers of a killed run never collide.
RUN_ID = uuid.uuid4().hex[:8]


def servers_required() -> bool:
    return os.environ.get("PIISCAN_REQUIRE_SERVERS") == "1"


def unavailable(reason: str) -> None:
    """Skip the test, or fail it when servers are required."""
    if servers_required():
        pytest.fail(f"{reason} (PIISCAN_REQUIRE_SERVERS=1)", pytrace=False)
    pytest.skip(reason)


def server_engine(url: str) -> sa.Engine:
    """An engine for a reachable server, or skip/fail naming the server."""
    masked = sa.make_url(url).render_as_string(hide_password=True)
    try:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
        with engine.connect():
            pass
    except Exception as error:  # any driver error means: not reachable here
        unavailable(f"server {masked} not reachable: {type(error).__name__}")
    return engine


def odbc_driver(*names: str) -> str:
    """The first of `names` that the ODBC driver manager knows (odbcinst.ini), or skip/fail."""
    try:
        import pyodbc
    except ImportError as error:
        unavailable(f"pyodbc can't load ({error}); run scripts/install-system-deps.sh")
    driver = installed_odbc_driver(names)
    if driver is None:
        unavailable(f"no ODBC driver among {names} (installed: {pyodbc.drivers()}); run scripts/install-system-deps.sh")
    return driver


def odbc_string(driver: str, url: str) -> str:
    """An ODBC connection string for the server and database of a SQLAlchemy URL."""
    parsed = sa.make_url(url)
    return (
        f"Driver={{{driver}}};Server={parsed.host};Port={parsed.port};Database={parsed.database};"
        f"Uid={parsed.username};Pwd={parsed.password or ''}"
    )


@pytest.fixture(scope="module")
def pg_engine():
    engine = server_engine(PG_URL)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def mariadb_engine():
    engine = server_engine(MARIADB_URL)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def pg_odbc() -> str:
    return odbc_string(odbc_driver(*PG_ODBC_DRIVERS), PG_URL)


@pytest.fixture(scope="module")
def mariadb_odbc() -> str:
    return odbc_string(odbc_driver(*MARIADB_ODBC_DRIVERS), MARIADB_URL)


# -- the corpus on the servers -------------------------------------------------------------------
#
# A corpus SQLite database copied into PostgreSQL (schema `corpus_<name>_<run id>` of the `test`
# database) and MariaDB (database `corpus_<name>_<run id>`), column names and values kept as they are. Used by
# tests/test_servers_corpus.py (once per session) and `python -m benchmarks.servers`.

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_DATABASES = ("chinook", "sakila")
_INT32 = 2**31


def corpus_namespace(name: str) -> str:
    """The PostgreSQL schema / MariaDB database holding this run's copy of corpus database
    `name` (the run id keeps parallel runs, which drop their copies at the end, apart)."""
    return f"corpus_{name}_{RUN_ID}"


def read_corpus(path: Path) -> dict[str, tuple[list[dict], list[tuple]]]:
    """Table -> (reflected columns, rows as SQLite stores them: no type conversion)."""
    engine = sa.create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            inspector = sa.inspect(conn)
            tables = {}
            for name in inspector.get_table_names():
                columns = inspector.get_columns(name)
                pk = set(inspector.get_pk_constraint(name)["constrained_columns"])
                for column in columns:
                    column["primary_key"] = column["name"] in pk
                table = sa.table(name, *[sa.column(c["name"]) for c in columns])  # untyped: raw values
                rows = conn.execute(sa.select(table)).all()
                tables[name] = (columns, [tuple(r) for r in rows])
            return tables
    finally:
        engine.dispose()


def _parses(values: list, parse) -> bool:
    try:
        for v in values:
            parse(v)
    except (TypeError, ValueError):
        return False
    return True


def server_type(declared: sa.types.TypeEngine, values: list, primary_key: bool = False):
    """The server column type for a SQLite column, and how to convert its stored values.

    SQLite keeps whatever was inserted, so the declared type is checked against the values:
    dates that don't parse stay text, integers too big for INTEGER become BIGINT, NUMERIC
    without a scale holding only integers becomes an integer. CHAR(n) becomes VARCHAR(n) so
    values aren't padded with blanks.
    """
    present = [v for v in values if v is not None]
    if isinstance(declared, sa.LargeBinary) or any(isinstance(v, bytes) for v in present):
        return sa.LargeBinary(), lambda v: v
    integers = all(isinstance(v, int) for v in present)
    if isinstance(declared, sa.Boolean) and all(v in (0, 1) for v in present):
        return sa.Boolean(), bool
    if isinstance(declared, (sa.Integer, sa.Boolean)) or (
        isinstance(declared, sa.Numeric) and not isinstance(declared, sa.Float) and not declared.scale and integers
    ):
        if integers:
            big = any(abs(v) >= _INT32 for v in present)
            return (sa.BigInteger() if big else sa.Integer()), int
    elif isinstance(declared, sa.Float) and all(isinstance(v, (int, float)) for v in present):
        return sa.Float(), float
    elif isinstance(declared, sa.Numeric) and all(isinstance(v, (int, float)) for v in present):
        if declared.precision is None:
            return sa.Float(), float
        return sa.Numeric(declared.precision, declared.scale), lambda v: decimal.Decimal(repr(v))
    elif isinstance(declared, sa.DateTime) and _parses(present, datetime.datetime.fromisoformat):
        return sa.DateTime(), datetime.datetime.fromisoformat
    elif isinstance(declared, sa.Date) and _parses(present, datetime.date.fromisoformat):
        return sa.Date(), datetime.date.fromisoformat
    text = [str(v) for v in present]
    longest = max((len(v) for v in text), default=0)
    length = getattr(declared, "length", None)
    if length and longest <= length:
        return sa.String(length), str
    if primary_key and longest <= 255:  # MariaDB can't key a TEXT column
        return sa.String(255), str
    return sa.Text(), str


def copy_corpus(path: Path, engine: sa.Engine, namespace: str) -> dict[str, int]:
    """Copy corpus SQLite database `path` into `namespace` (schema/database) of a server;
    returns table -> rows. Does nothing when the copy is there with the same row counts,
    else drops the namespace and loads it again."""
    source = read_corpus(path)
    counts = {name: len(rows) for name, (_, rows) in source.items()}
    if corpus_counts(engine, namespace) == counts:
        return counts
    drop_corpus(engine, namespace)
    metadata = sa.MetaData(schema=namespace)
    loads = []
    for name, (columns, rows) in source.items():
        typed = [
            server_type(c["type"], [r[i] for r in rows], c["primary_key"]) for i, c in enumerate(columns)
        ]
        table = sa.Table(
            name, metadata,
            *[sa.Column(c["name"], t, primary_key=c["primary_key"], autoincrement=False)
              for c, (t, _) in zip(columns, typed)],
            mysql_charset="utf8mb4",
        )
        converters = [convert for _, convert in typed]
        keys = [c["name"] for c in columns]
        loads.append((table, [
            {k: (None if v is None else f(v)) for k, f, v in zip(keys, converters, row)} for row in rows
        ]))
    with engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(namespace))
        metadata.create_all(conn)
        for table, rows in loads:
            if rows:
                conn.execute(table.insert(), rows)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table, _ in loads:  # statistics, as a live database has them (sampling reads them)
            target = conn.dialect.identifier_preparer.format_table(table)
            conn.exec_driver_sql(f"ANALYZE {target}" if engine.dialect.name == "postgresql" else f"ANALYZE TABLE {target}")
    return counts


def corpus_counts(engine: sa.Engine, namespace: str) -> dict[str, int] | None:
    """Table -> rows of the copy in `namespace`, or None when there is none."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        if namespace not in inspector.get_schema_names():
            return None
        metadata = sa.MetaData()
        counts = {}
        for name in inspector.get_table_names(schema=namespace):
            table = sa.Table(name, metadata, schema=namespace)
            counts[name] = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        return counts


def drop_corpus(engine: sa.Engine, namespace: str) -> None:
    cascade = {"cascade": True} if engine.dialect.name == "postgresql" else {}
    with engine.begin() as conn:
        conn.execute(sa.schema.DropSchema(namespace, if_exists=True, **cascade))


def table_checksums(engine: sa.Engine, namespace: str) -> dict[str, tuple[int, str]]:
    """Table -> (rows, SHA-256 of its rows in a fixed order), to prove a scan changed nothing."""
    metadata = sa.MetaData()
    out = {}
    with engine.connect() as conn:
        metadata.reflect(conn, schema=namespace)
        for table in metadata.sorted_tables:
            rows = sorted(repr(tuple(r)) for r in conn.execute(sa.select(table)))
            out[table.name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


def installed_odbc_driver(names: tuple[str, ...]) -> str | None:
    """The first of `names` the ODBC driver manager knows, or None (also when pyodbc can't load)."""
    try:
        import pyodbc
    except ImportError:
        return None
    return next((n for n in names if n in pyodbc.drivers()), None)


def corpus_specs(name: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Access path -> (source spec, schemas to scan) for corpus database `name` and its copies.
    ODBC paths are left out when their driver isn't installed."""
    namespace = corpus_namespace(name)
    mariadb_url = sa.make_url(MARIADB_URL).set(database=namespace).render_as_string(hide_password=False)
    specs = {
        "SQLite file": (f"sqlite:///{CORPUS / f'{name}.sqlite'}", ()),
        "PostgreSQL SQLAlchemy": (PG_URL, (namespace,)),
        "MariaDB SQLAlchemy": (mariadb_url, ()),
    }
    for label, drivers, url in (("PostgreSQL ODBC", PG_ODBC_DRIVERS, PG_URL),
                                ("MariaDB ODBC", MARIADB_ODBC_DRIVERS, mariadb_url)):
        driver = installed_odbc_driver(drivers)
        if driver:
            specs[label] = (f"odbc:{odbc_string(driver, url)}", (namespace,))
    return specs


@pytest.fixture(scope="session")
def corpus_on_servers():
    """Chinook and sakila copied into both servers once per session, dropped at its end.
    Yields database name -> table -> rows (of the databases present in the corpus)."""
    present = [n for n in CORPUS_DATABASES if (CORPUS / f"{n}.sqlite").exists()]
    if not present:
        pytest.skip(f"corpus databases not present in {CORPUS}")
    engines = [server_engine(PG_URL), server_engine(MARIADB_URL)]
    loaded = {}
    try:
        for name in present:
            for engine in engines:
                loaded[name] = copy_corpus(CORPUS / f"{name}.sqlite", engine, corpus_namespace(name))
        yield loaded
    finally:
        for engine in engines:
            for name in present:
                drop_corpus(engine, corpus_namespace(name))
            engine.dispose()
