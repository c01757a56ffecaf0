"""Engines for SqlSource and the store: SQLAlchemy's create_engine with piiscan's defaults
(SQLite files opened read-only, pre-ping, connect timeouts) and one clear line naming the
package to install when a dialect or driver is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from piiscan.errors import SourceError
from piiscan.sources.sqlite import sqlite_creator

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine, URL

#: Driver module -> the pip package that provides it.
DRIVER_PACKAGES = {
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "pymysql": "pymysql",
    "MySQLdb": "mysqlclient",
    "mysql": "mysql-connector-python",
    "pyodbc": "'piiscan[odbc]'",
    "pymssql": "pymssql",
    "oracledb": "oracledb",
    "cx_Oracle": "oracledb",
}
#: Dialect name -> the pip package that provides it, for dialects SQLAlchemy doesn't ship.
DIALECT_PACKAGES = {
    "duckdb": "duckdb-engine",
    "snowflake": "snowflake-sqlalchemy",
    "bigquery": "sqlalchemy-bigquery",
    "clickhouse": "clickhouse-sqlalchemy",
    "redshift": "sqlalchemy-redshift",
    "trino": "trino[sqlalchemy]",
    "databricks": "databricks-sqlalchemy",
}
#: When a URL names no driver and the default one is missing, these are tried instead.
FALLBACK_DRIVERS = {
    "postgresql": ("psycopg2", "postgresql+psycopg", "psycopg"),
    "mysql": ("MySQLdb", "mysql+pymysql", "pymysql"),
    "mariadb": ("MySQLdb", "mariadb+pymysql", "pymysql"),
}

def create_engine(url: str, masked: str) -> tuple[Engine, str | None, str | None]:
    """The engine for `url` (SQLite files opened read-only), its password and the short name
    of its database (a SQLite file's stem), or SourceError saying what's missing."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        raise SourceError(f"cannot parse database URL {masked}") from None
    parsed = with_installed_driver(parsed)
    kwargs: dict = {}
    database = parsed.database or None
    if parsed.get_backend_name() == "sqlite":
        kwargs["creator"], path = sqlite_creator(parsed, masked)
        parsed = parsed.set(query={})  # URI options (mode=rwc…) are not passed on: the file opens read-only
        database = path.stem if path is not None else None
    else:
        # a connection the server closed (restart, pg_terminate_backend, KILL) is replaced
        # before the next table is read, instead of failing it
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() in ("postgresql", "mysql", "mariadb") and "connect_timeout" not in parsed.query:
            kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        return sa.create_engine(parsed, **kwargs), parsed.password, database
    except sa.exc.NoSuchModuleError:
        backend = parsed.get_backend_name()
        package = DIALECT_PACKAGES.get(backend)
        hint = f"; pip install {package}" if package else ""
        raise SourceError(
            f"cannot open {masked}: unknown database kind '{parsed.drivername}' (no SQLAlchemy dialect installed{hint})"
        ) from None
    except ImportError as error:
        module = (error.name or "").split(".")[0]
        package = DRIVER_PACKAGES.get(module, module)
        raise SourceError(
            f"cannot open {masked}: its driver module {module} is not installed; pip install {package}"
        ) from None


def with_installed_driver(url: URL) -> URL:
    """postgresql:// means psycopg2 to SQLAlchemy; use psycopg 3 (or PyMySQL) when that's what is installed."""
    import importlib.util

    fallback = FALLBACK_DRIVERS.get(url.drivername)
    if fallback is None:
        return url
    default, drivername, module = fallback
    if importlib.util.find_spec(default) is None and importlib.util.find_spec(module) is not None:
        return url.set(drivername=drivername)
    return url
