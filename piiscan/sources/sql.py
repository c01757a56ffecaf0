"""SqlSource: any database SQLAlchemy can reach (SQLite, PostgreSQL, MySQL/MariaDB, SQL Server…).

Metadata comes from the SQLAlchemy inspector, a whole schema at a time. Each table is
sampled with one SELECT built by `piiscan.sampling` (identifiers quoted by SQLAlchemy),
inside a read-only transaction with a statement timeout, and always rolled back.
"""

from __future__ import annotations

import re
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from urllib.parse import quote

import pyarrow as pa

from piiscan.errors import SourceError, TableError
from piiscan.sampling import estimate_statement, sample_statement
from piiscan.sources import connect_error, error_line, finish_sample, mask_url, matches, table_error
from piiscan.sources.base import ColumnInfo, Sample, SourceOptions, TableRef

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine, URL

#: Schemas that hold the database's own catalog, never user data.
SYSTEM_SCHEMAS = frozenset(
    {
        "information_schema",
        "INFORMATION_SCHEMA",
        "pg_catalog",
        "pg_toast",
        "mysql",
        "performance_schema",
        "sys",
        "guest",
        "db_owner",
        "db_accessadmin",
        "db_securityadmin",
        "db_ddladmin",
        "db_backupoperator",
        "db_datareader",
        "db_datawriter",
        "db_denydatareader",
        "db_denydatawriter",
    }
)
#: Dialects whose URL names one database with many schemas worth scanning by default.
MULTI_SCHEMA_DIALECTS = frozenset({"postgresql", "mssql"})
#: Spatial and other types piiscan can't read as values.
UNSUPPORTED_TYPES = frozenset({"geometry", "geography", "raster", "box2d", "box3d"})
#: Driver module -> the pip package that provides it.
DRIVER_PACKAGES = {
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "pymysql": "pymysql",
    "MySQLdb": "mysqlclient",
    "mysql": "mysql-connector-python",
    "pyodbc": "pyodbc",
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
_UNRECOGNIZED_TYPE = re.compile(r"Did not recognize type '(.+?)' of column '(.+?)'")


class SqlSource:
    """A database reached through a SQLAlchemy URL."""

    def __init__(self, url: str, options: SourceOptions | None = None) -> None:
        self.options = options or SourceOptions()
        self.url = mask_url(url)
        self.name = self.options.name or self.url
        self._seed = int(self.options.extra.get("seed", 0))
        self._engine, self._password = _create_engine(url, self.url)
        self.dialect = self._engine.dialect.name
        self._columns: dict[tuple[str | None, str], list[ColumnInfo]] = {}
        self._estimates: dict[tuple[str | None, str], int] = {}
        self._without_rowid: set[tuple[str | None, str]] = set()
        self._check_connection()

    def tables(self) -> Iterator[TableRef]:
        from sqlalchemy import inspect
        from sqlalchemy.engine.reflection import ObjectKind

        kinds = [("table", ObjectKind.TABLE)] + ([("view", ObjectKind.VIEW)] if self.options.views else [])
        found = []  # listed before the first yield, so no connection stays open during a scan
        try:
            with self._engine.connect() as conn:
                inspector = inspect(conn)
                for schema in self._schemas(inspector):
                    self._estimates.update(self._read_estimates(conn, schema))
                    if self.dialect == "sqlite":
                        self._without_rowid.update(_sqlite_without_rowid(conn, schema))
                    if self.dialect in ("mysql", "mariadb"):
                        # SQLAlchemy reflects MySQL one table at a time; information_schema
                        # answers for the whole schema in one query.
                        for kind, name, columns in _mysql_schema_columns(conn, schema, self.options.views):
                            if matches([name, f"{schema}.{name}"], self.options.include, self.options.exclude):
                                self._columns[(schema, name)] = columns
                                found.append(TableRef(source=self.name, schema=schema, name=name, kind=kind))
                        continue
                    for kind, object_kind in kinds:
                        with warnings.catch_warnings(record=True) as caught:
                            warnings.simplefilter("always")
                            reflected = _reflect_columns(inspector, schema, kind, object_kind)
                        unknown = _unrecognized_types(caught)
                        for (_, name), columns in sorted(reflected.items(), key=lambda item: item[0][1]):
                            if not matches([name, f"{schema}.{name}"], self.options.include, self.options.exclude):
                                continue
                            if columns is not None:  # None: a broken view, read (and failing) at sampling
                                self._columns[(schema, name)] = [
                                    _column_info(c, self._engine.dialect, unknown) for c in columns
                                ]
                            found.append(TableRef(source=self.name, schema=schema, name=name, kind=kind))
        except SourceError:
            raise
        except Exception as error:  # driver errors while listing: the source is unusable
            raise SourceError(f"cannot list tables of {self.url}: {error_line(error, [self._password])}") from None
        yield from found

    def sample(self, table: TableRef, size: int) -> Sample:
        import sqlalchemy as sa

        key = (table.schema, table.name)
        columns = self._columns.get(key) or self._reflect(table)
        selected = [c for c in columns if c.skip_reason is None]
        if not selected:
            return Sample(table=table, columns=columns, data=pa.table({}), method="none")
        clause = sa.table(table.name, *[sa.column(c.name) for c in selected], schema=table.schema)
        estimate = self._estimates.get(key)
        statement, method = sample_statement(
            clause,
            self.dialect,
            size,
            estimate,
            kind=table.kind,
            has_rowid=key not in self._without_rowid,
            seed=self._seed,
        )
        try:
            with self._engine.connect() as conn:
                try:
                    self._begin_read_only(conn)
                    rows = conn.execute(statement).fetchmany(size)
                finally:
                    self._end_read_only(conn)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        return finish_sample(
            table, columns, [c.name for c in selected], rows, method, size, estimate if estimate and estimate > 0 else None
        )

    def close(self) -> None:
        self._engine.dispose()

    # -- metadata ---------------------------------------------------------------------

    def _check_connection(self) -> None:
        from sqlalchemy import text

        try:
            with self._engine.connect() as conn:
                if self.dialect == "sqlite":  # fails on a file that is not a SQLite database
                    conn.execute(text("SELECT count(*) FROM sqlite_master")).all()
        except Exception as error:
            raise SourceError(connect_error(self.url, error, self._password)) from None

    def _schemas(self, inspector) -> list[str]:
        names = inspector.get_schema_names()
        options = self.options
        if options.schemas:
            return [s for s in names if matches([s], options.schemas, options.exclude_schemas)]
        default = inspector.default_schema_name
        if self.dialect in MULTI_SCHEMA_DIALECTS or default is None:
            candidates = [s for s in names if s not in SYSTEM_SCHEMAS and not s.startswith(("pg_", "pg_temp"))]
        else:
            candidates = [default]
        return [s for s in candidates if matches([s], (), options.exclude_schemas)]

    def _read_estimates(self, conn: Connection, schema: str) -> dict[tuple[str | None, str], int]:
        statement = estimate_statement(self.dialect)
        if statement is None:
            return {}
        try:
            rows = conn.execute(statement, {"schema": schema}).all()
        except Exception:  # statistics are a nicety; sampling works without them
            conn.rollback()
            return {}
        return {(schema, name): int(rows_) for name, rows_ in rows if rows_ is not None and int(rows_) >= 0}

    def _reflect(self, table: TableRef) -> list[ColumnInfo]:
        from sqlalchemy import inspect

        try:
            with self._engine.connect() as conn, warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                reflected = inspect(conn).get_columns(table.name, schema=table.schema)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        columns = [_column_info(c, self._engine.dialect, _unrecognized_types(caught)) for c in reflected]
        self._columns[(table.schema, table.name)] = columns
        return columns

    # -- read-only sampling ---------------------------------------------------------------

    def _begin_read_only(self, conn: Connection) -> None:
        from sqlalchemy import text

        timeout = self.options.timeout_s
        if self.dialect == "postgresql":
            conn.execute(text("SET TRANSACTION READ ONLY"))
            conn.execute(text("SELECT set_config('statement_timeout', :ms, true)"), {"ms": str(int(timeout * 1000))})
        elif self.dialect in ("mysql", "mariadb"):
            if conn.dialect.is_mariadb:
                conn.execute(text("SET SESSION max_statement_time = :s"), {"s": float(timeout)})
            else:
                conn.execute(text("SET SESSION max_execution_time = :ms"), {"ms": int(timeout * 1000)})
            conn.execute(text("START TRANSACTION READ ONLY"))
        elif self.dialect == "sqlite":
            deadline = time.monotonic() + timeout
            conn.connection.driver_connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        elif hasattr(conn.connection.driver_connection, "timeout"):  # pyodbc (mssql+pyodbc)
            conn.connection.driver_connection.timeout = max(1, round(timeout))

    def _end_read_only(self, conn: Connection) -> None:
        from sqlalchemy import text

        conn.rollback()
        if self.dialect == "sqlite":
            conn.connection.driver_connection.set_progress_handler(None, 0)
        elif self.dialect in ("mysql", "mariadb"):
            variable = "max_statement_time" if conn.dialect.is_mariadb else "max_execution_time"
            conn.execute(text(f"SET SESSION {variable} = DEFAULT"))  # a constant name, no input
            conn.rollback()
        elif hasattr(conn.connection.driver_connection, "timeout"):
            conn.connection.driver_connection.timeout = 0



def _create_engine(url: str, masked: str) -> tuple[Engine, str | None]:
    """The engine for `url` (SQLite files opened read-only), or SourceError saying what's missing."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        raise SourceError(f"cannot parse database URL {masked}") from None
    parsed = _with_installed_driver(parsed)
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["creator"] = _sqlite_creator(parsed, masked)
    elif parsed.get_backend_name() in ("postgresql", "mysql", "mariadb") and "connect_timeout" not in parsed.query:
        kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        return sa.create_engine(parsed, **kwargs), parsed.password
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


def _with_installed_driver(url: URL) -> URL:
    """postgresql:// means psycopg2 to SQLAlchemy; use psycopg 3 (or PyMySQL) when that's what is installed."""
    import importlib.util

    fallback = FALLBACK_DRIVERS.get(url.drivername)
    if fallback is None:
        return url
    default, drivername, module = fallback
    if importlib.util.find_spec(default) is None and importlib.util.find_spec(module) is not None:
        return url.set(drivername=drivername)
    return url


def _sqlite_creator(url: URL, masked: str):
    """A connect function that opens the database file read-only (mode=ro)."""
    import sqlite3

    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        uri, path = (database if database.startswith("file:") else "file::memory:"), None
    else:
        path = Path(database).expanduser().resolve()
        if not path.is_file():
            raise SourceError(f"cannot open {masked}: no such SQLite file {path}")
        uri = f"file:{quote(path.as_posix())}?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only = 1")
        return connection

    return connect


def _column_info(column: dict, dialect, unknown: dict[str, str]) -> ColumnInfo:
    from sqlalchemy import types

    name, type_ = column["name"], column["type"]
    if dialect.name in ("mysql", "mariadb"):
        name = name.replace("``", "`")  # SQLAlchemy's MySQL reflection leaves SHOW CREATE TABLE's escaping
    if isinstance(type_, types.NullType):
        if dialect.name == "sqlite":  # a column declared without a type holds anything
            return ColumnInfo(name, "")
        type_name = unknown.get(name, "unknown")
        return ColumnInfo(name, type_name, f"unsupported type: {type_name}")
    try:
        type_name = str(type_.compile(dialect=dialect))
    except Exception:
        type_name = type(type_).__name__
    if type(type_).__name__.upper() in ("ENUM", "SET") and "(" in type_name:
        type_name = type(type_).__name__.upper()  # MySQL's ENUM('…') lists values: keep the name
    if isinstance(type_, types._Binary):
        return ColumnInfo(name, type_name, "binary column")
    if type(type_).__name__.lower() in UNSUPPORTED_TYPES:
        return ColumnInfo(name, type_name, f"unsupported type: {type(type_).__name__.lower()}")
    return ColumnInfo(name, type_name)


_MYSQL_BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "bit"}
_MYSQL_UNSUPPORTED = {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                      "multipolygon", "geometrycollection"}


def _mysql_schema_columns(conn, schema: str, views: bool) -> list[tuple[str, str, list[ColumnInfo]]]:
    """(kind, table, columns) for every table (and view) of a MySQL/MariaDB schema, from two
    queries on information_schema, built with SQLAlchemy Core (the schema name is bound)."""
    import sqlalchemy as sa

    tables = sa.table("TABLES", sa.column("TABLE_SCHEMA"), sa.column("TABLE_NAME"),
                      sa.column("TABLE_TYPE"), schema="information_schema")
    columns = sa.table("COLUMNS", sa.column("TABLE_SCHEMA"), sa.column("TABLE_NAME"),
                       sa.column("COLUMN_NAME"), sa.column("COLUMN_TYPE"), sa.column("DATA_TYPE"),
                       sa.column("ORDINAL_POSITION"), schema="information_schema")
    kinds = {"BASE TABLE": "table", "SYSTEM VERSIONED": "table"}
    if views:
        kinds["VIEW"] = "view"
    listed = conn.execute(sa.select(tables.c.TABLE_NAME, tables.c.TABLE_TYPE)
                          .where(tables.c.TABLE_SCHEMA == schema)).all()
    by_table: dict[str, list[ColumnInfo]] = {}
    rows = conn.execute(sa.select(columns.c.TABLE_NAME, columns.c.COLUMN_NAME, columns.c.COLUMN_TYPE,
                                  columns.c.DATA_TYPE)
                        .where(columns.c.TABLE_SCHEMA == schema)
                        .order_by(columns.c.TABLE_NAME, columns.c.ORDINAL_POSITION)).all()
    for table, name, column_type, data_type in rows:
        data_type = str(data_type).lower()
        # ENUM('…')/SET('…') list their values: the type name alone is kept
        type_name = data_type.upper() if data_type in ("enum", "set") else str(column_type).upper()
        reason = ("binary column" if data_type in _MYSQL_BINARY
                  else f"unsupported type: {data_type}" if data_type in _MYSQL_UNSUPPORTED else None)
        by_table.setdefault(table, []).append(ColumnInfo(name, type_name, reason))
    return [(kinds[str(kind).upper()], name, by_table.get(name, []))
            for name, kind in sorted(listed) if str(kind).upper() in kinds]


def _reflect_columns(inspector, schema: str, kind: str, object_kind) -> dict:
    """Columns of every table (or view) of a schema at once; when one broken view makes that
    fail, view by view, a broken one listed without columns (sampling it records why)."""
    try:
        return inspector.get_multi_columns(schema=schema, kind=object_kind)
    except Exception:
        if kind != "view":
            raise
    inspector.bind.rollback()
    reflected = {}
    for name in inspector.get_view_names(schema=schema):
        try:
            reflected[(schema, name)] = inspector.get_columns(name, schema=schema)
        except Exception:
            inspector.bind.rollback()
            reflected[(schema, name)] = None
    return reflected


def _unrecognized_types(caught: list[warnings.WarningMessage]) -> dict[str, str]:
    """Column name -> type name, from SQLAlchemy's "Did not recognize type" warnings."""
    found = {}
    for warning in caught:
        match = _UNRECOGNIZED_TYPE.search(str(warning.message))
        if match:
            found[match.group(2)] = match.group(1)
    return found


def _sqlite_without_rowid(conn: Connection, schema: str) -> set[tuple[str | None, str]]:
    """Tables of a SQLite schema declared WITHOUT ROWID, from one read of sqlite_master."""
    import sqlalchemy as sa

    master = sa.table("sqlite_master", sa.column("type"), sa.column("name"), sa.column("sql"), schema=schema)
    rows = conn.execute(sa.select(master.c.name, master.c.sql).where(master.c.type == "table")).all()
    pattern = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
    return {(schema, name) for name, sql in rows if sql and pattern.search(sql[sql.rfind(")") :])}
