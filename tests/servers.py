"""Shared fixtures for tests against the real PostgreSQL and MariaDB servers and their ODBC drivers.

A test needing a server skips with the reason when the server isn't reachable, and fails
instead when PIISCAN_REQUIRE_SERVERS=1 (CI sets it, so a dead server can't pass silently).
Server locations can be overridden with PIISCAN_PG_URL and PIISCAN_MARIADB_URL.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("PIISCAN_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MARIADB_URL = os.environ.get("PIISCAN_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306/test")
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
    installed = pyodbc.drivers()
    for name in names:
        if name in installed:
            return name
    unavailable(f"no ODBC driver among {names} (installed: {installed}); run scripts/install-system-deps.sh")
    raise AssertionError("unreachable")


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
    return odbc_string(odbc_driver("PostgreSQL Unicode", "PostgreSQL"), PG_URL)


@pytest.fixture(scope="module")
def mariadb_odbc() -> str:
    return odbc_string(odbc_driver("MariaDB Unicode", "MariaDB", "MySQL ODBC 8.0 Unicode Driver"), MARIADB_URL)
