"""OdbcSource: any database with an ODBC driver, through pyodbc (`odbc:DSN=…` or a driver string).

Metadata comes from the driver's catalog functions (SQLTables, SQLColumns), one call per
schema. The sampling SELECT is the one piece of SQL piiscan writes itself, so identifiers
are quoted here with the driver's quote character (embedded quotes doubled) and the row
cap is a literal integer. Reads run with autocommit off and are rolled back.
"""

from __future__ import annotations

from typing import Iterator

import pyarrow as pa

from piiscan.errors import SourceError, TableError
from piiscan.sampling import DRAW_METHODS, FETCH_CAP, keep_rows
from piiscan.sources import connect_error, error_line, finish_sample, mask_url, matches, table_error
from piiscan.sources.base import ColumnInfo, Sample, SourceOptions, TableRef
from piiscan.sources.columns import UNSUPPORTED_TYPES, binary_column, is_temporal
from piiscan.sources.odbc_search import OdbcSearch
from piiscan.sources.sql import SYSTEM_SCHEMAS

#: ODBC SQL type codes of binary columns (SQL_BINARY, SQL_VARBINARY, SQL_LONGVARBINARY).
BINARY_TYPE_CODES = frozenset({-2, -3, -4})
BINARY_TYPE_NAMES = frozenset(
    {"bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary", "image", "raw", "long raw"}
)


def quote_identifier(name: str, quote: str) -> str:
    """`name` quoted with the driver's quote character; embedded quote characters doubled."""
    if not quote.strip():
        if not name.replace("_", "").isalnum():
            raise ValueError("the driver can't quote identifiers")
        return name
    closing = "]" if quote == "[" else quote
    return quote + name.replace(closing, closing * 2) + closing


def sample_sql(dbms: str, quote: str, qualifier: list[str], columns: list[str], size: int) -> tuple[str, bool]:
    """The sampling SELECT for this DBMS, and whether it caps the rows itself."""
    target = ".".join(quote_identifier(part, quote) for part in qualifier)
    selected = ", ".join(quote_identifier(c, quote) for c in columns)
    size, dbms = int(size), dbms.lower()
    if "sql server" in dbms or "sybase" in dbms or "adaptive server" in dbms:
        return f"SELECT TOP {size} {selected} FROM {target}", True
    if any(name in dbms for name in ("postgres", "mysql", "mariadb", "sqlite", "duckdb", "snowflake")):
        return f"SELECT {selected} FROM {target} LIMIT {size}", True
    if any(name in dbms for name in ("oracle", "db2")):
        return f"SELECT {selected} FROM {target} FETCH FIRST {size} ROWS ONLY", True
    return f"SELECT {selected} FROM {target}", False


class OdbcSource(OdbcSearch):
    """A database reached through an ODBC connection string or DSN (subject search: OdbcSearch)."""

    def __init__(self, connection_string: str, options: SourceOptions | None = None) -> None:
        self.options = options or SourceOptions()
        self.url = mask_url(f"odbc:{connection_string}")
        self.name = self.options.name or _connection_name(connection_string) or "odbc"
        pyodbc = _import_pyodbc()
        self._pyodbc = pyodbc
        self._password = _connection_password(connection_string)
        self._connection_string = connection_string
        self._conn = self._connect()  # sets dbms and _quote too
        self._columns: dict[tuple[str | None, str], list[ColumnInfo]] = {}
        self._qualifiers: dict[tuple[str | None, str], list[str]] = {}
        self._listed = False
        self._estimates: dict[tuple[str | None, str], int] = {}
        self._dialect = _sqlalchemy_dialect(self.dbms)
        self._seed = int(self.options.extra.get("seed", self.options.seed))

    def _connect(self):
        """A new connection, set up for reading (decodings, timeout)."""
        pyodbc = self._pyodbc
        try:
            conn = pyodbc.connect(self._connection_string, autocommit=False, timeout=10)
        except pyodbc.Error as error:
            raise SourceError(connect_error(self.url, error, self._password)) from None
        self._conn = conn
        self.dbms = str(conn.getinfo(pyodbc.SQL_DBMS_NAME) or "")
        self._quote = str(conn.getinfo(pyodbc.SQL_IDENTIFIER_QUOTE_CHAR) or " ")
        conn.setdecoding(pyodbc.SQL_CHAR, encoding="utf-8")
        if any(name in self.dbms.lower() for name in ("mysql", "mariadb")):
            conn.setdecoding(pyodbc.SQL_WCHAR, encoding="utf-8")
            conn.setencoding(encoding="utf-8")
        if not self._native_timeout():
            try:
                conn.timeout = max(1, round(self.options.timeout_s))
            except pyodbc.Error:  # the driver has no query timeout; the row cap still bounds the read
                pass
        return conn

    def tables(self) -> Iterator[TableRef]:
        types = "TABLE,VIEW" if self.options.views else "TABLE"
        try:
            cursor = self._conn.cursor()
            listed = [(r.table_cat, r.table_schem, r.table_name, r.table_type) for r in cursor.tables(tableType=types)]
            found: list[TableRef] = []
            for owner in sorted({schem or cat or "" for cat, schem, _, _ in listed}):
                if not self._wanted_schema(owner):
                    continue
                rows = [r for r in listed if (r[1] or r[0] or "") == owner]
                columns = self._owner_columns(cursor, rows[0][0], rows[0][1])
                self._estimates.update(self._read_estimates(cursor, owner))
                for cat, schem, name, table_type in sorted(rows, key=lambda r: r[2]):
                    if not matches([name, f"{owner}.{name}"], self.options.include, self.options.exclude):
                        continue
                    key = (owner or None, name)
                    self._columns[key] = columns.get(name, [])
                    self._qualifiers[key] = [part for part in (schem or cat, name) if part]
                    kind = _kind(table_type)
                    found.append(TableRef(
                        source=self.name, schema=owner or None, name=name, kind=kind,
                        rows_estimate=self._estimates.get(key), columns=tuple(self._columns[key]),
                        qualifier=tuple(self._qualifiers[key]),
                    ))
            self._conn.rollback()
            self._listed = True
        except self._pyodbc.Error as error:
            raise SourceError(f"cannot list tables of {self.url}: {error_line(error, [self._password])}") from None
        yield from found

    def sample(self, table: TableRef, size: int) -> Sample:
        key = (table.schema, table.name)
        if table.columns is None and key not in self._columns and not self._listed:
            for _ in self.tables():  # a table handed in without its listing: read the catalog once
                pass
        columns = list(table.columns) if table.columns is not None else self._columns.get(key, [])
        qualifier = list(table.qualifier or self._qualifiers.get(key) or [p for p in (table.schema, table.name) if p])
        if self._dialect is None or len(qualifier) > 2:  # no SQL for prefixes: bytes not read
            columns = [binary_column(c.name, c.data_type, None) if c.binary else c for c in columns]
        selected = [c for c in columns if c.skip_reason is None]
        if not columns:  # the driver listed no column: a broken view, or none we may read
            self._probe(table, qualifier)
        if not selected:
            return Sample(table=table, columns=columns, data=pa.table({}), method="none")
        estimate = table.rows_estimate if table.rows_estimate is not None else self._estimates.get(key)
        try:
            rows, method = self._read(table, qualifier, selected, size, estimate, as_text=False)
        except ValueError as error:  # a stored value Python can't hold (TIME '838:59:59', a zero date)
            if self._dialect is None or not any(is_temporal(c) for c in selected):
                raise TableError(f"cannot read {table.name}: {type(error).__name__} converting a value") from None
            rows, method = self._read(table, qualifier, selected, size, estimate, as_text=True)
        return finish_sample(table, columns, [c.name for c in selected], rows, method, size,
                             estimate if estimate and estimate > 0 else None, [c.name for c in selected if c.binary])

    def _read(self, table, qualifier, selected, size, estimate, as_text: bool):
        """(rows, method) of one sampling read; a connection the server closed is opened
        again once, and the read repeated."""
        names = [c.name for c in selected]
        method = "limit"
        try:
            if self._dialect is not None and len(qualifier) <= 2:
                # a DBMS SQLAlchemy knows: the same random sampling as its SQLAlchemy URL,
                # compiled (and quoted) by SQLAlchemy for that dialect
                sql, method = self._random_sample_sql(qualifier, selected if as_text else names, size,
                                                      estimate, table.kind, as_text, [c.name for c in selected if c.binary])
            else:
                sql, _ = sample_sql(self.dbms, self._quote, qualifier, names, size)
        except ValueError as error:
            raise TableError(f"cannot read {table.name}: {error}") from None
        for attempt in (1, 2):
            try:
                cursor = self._conn.cursor()
                self._begin_read_only(cursor)
                rows = cursor.execute(sql).fetchmany(FETCH_CAP * size if method in DRAW_METHODS else size)
                return keep_rows(rows, method, size, self._seed), method
            except self._pyodbc.Error as error:
                if attempt == 1 and not self._alive():
                    self._reconnect(table)
                    continue
                raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
            finally:
                self._rollback()
        raise AssertionError("unreachable")

    def _probe(self, table: TableRef, qualifier: list[str]) -> None:
        """Raise TableError when `table` can't be read at all (a view over a dropped table
        lists no columns through ODBC instead of failing): never "scanned" with nothing."""
        target = ".".join(quote_identifier(part, self._quote) for part in qualifier)
        try:
            self._conn.cursor().execute(f"SELECT * FROM {target} WHERE 1 = 0").fetchall()
        except self._pyodbc.Error as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        finally:
            self._rollback()

    def _alive(self) -> bool:
        try:
            self._conn.cursor().execute("SELECT 1").fetchall()
            return True
        except self._pyodbc.Error:
            return False
        finally:
            self._rollback()

    def _reconnect(self, table: TableRef) -> None:
        try:
            self._conn.close()
        except self._pyodbc.Error:
            pass
        try:
            self._connect()
        except SourceError as error:
            raise TableError(f"cannot read {table.name}: connection lost, and {error}") from None

    def _random_sample_sql(self, qualifier, selected, size, estimate, kind, as_text=False, binary=()) -> tuple[str, str]:
        import sqlalchemy as sa

        from piiscan.sampling import sample_statement
        from piiscan.sources.columns import temporal_as_text

        name, schema = qualifier[-1], (qualifier[0] if len(qualifier) == 2 else None)
        names = [c.name for c in selected] if as_text else selected
        clause = sa.table(name, *[sa.column(c) for c in names], schema=schema)
        statement, method = sample_statement(clause, self._dialect.name, size, estimate, kind=kind,
                                             seed=self._seed, binary=binary)
        if as_text:
            statement = temporal_as_text(statement, selected)
        return str(statement.compile(dialect=self._dialect, compile_kwargs={"literal_binds": True})), method

    def _read_estimates(self, cursor, owner: str) -> dict[tuple[str | None, str], int]:
        """Row estimates of one schema from the DBMS's statistics (as for SQLAlchemy URLs)."""
        from piiscan.sampling import estimate_statement

        statement = estimate_statement(self._dialect.name) if self._dialect is not None else None
        if statement is None:
            return {}
        compiled = statement.compile(dialect=self._dialect)
        try:
            rows = cursor.execute(str(compiled), [owner for _ in compiled.positiontup]).fetchall()
        except self._pyodbc.Error:  # statistics are a nicety; sampling works without them
            self._rollback()
            return {}
        return {(owner or None, str(name)): int(n) for name, n in rows if n is not None and int(n) >= 0}

    def close(self) -> None:
        try:
            self._conn.rollback()
            self._conn.close()
        except self._pyodbc.Error:
            pass

    def _wanted_schema(self, owner: str) -> bool:
        if self.options.schemas:
            return matches([owner], self.options.schemas, self.options.exclude_schemas)
        if owner in SYSTEM_SCHEMAS or owner.startswith("pg_"):
            return False
        return matches([owner], (), self.options.exclude_schemas)

    def _owner_columns(self, cursor, catalog: str | None, schema: str | None) -> dict[str, list[ColumnInfo]]:
        """Every column of one schema (or catalog), from one SQLColumns call."""
        by_table: dict[str, list[tuple[int, ColumnInfo]]] = {}
        for row in cursor.columns(catalog=catalog, schema=schema):
            if (row.table_schem, row.table_cat) != (schema, catalog) and (row.table_schem or row.table_cat) != (
                schema or catalog
            ):
                continue  # ODBC patterns treat _ and % as wildcards
            position = int(row.ordinal_position or 0)
            by_table.setdefault(row.table_name, []).append((position, _column_info(row, self._dialect)))
        return {name: [info for _, info in sorted(cols, key=lambda c: c[0])] for name, cols in by_table.items()}

    def _native_timeout(self) -> bool:
        """PostgreSQL and MySQL/MariaDB get their statement timeout by SQL, not the driver."""
        return any(name in self.dbms.lower() for name in ("postgres", "mysql", "mariadb"))

    def _begin_read_only(self, cursor) -> None:
        dbms, seconds = self.dbms.lower(), float(self.options.timeout_s)
        if "postgres" in dbms:
            cursor.execute("SET TRANSACTION READ ONLY")
            cursor.execute(f"SET LOCAL statement_timeout = {int(seconds * 1000)}")  # a number of ours
        elif "mariadb" in dbms or ("mysql" in dbms and self._is_mariadb()):
            cursor.execute(f"SET SESSION max_statement_time = {seconds:.3f}")
            cursor.execute("START TRANSACTION READ ONLY")
        elif "mysql" in dbms:
            cursor.execute(f"SET SESSION max_execution_time = {int(seconds * 1000)}")
            cursor.execute("START TRANSACTION READ ONLY")

    def _is_mariadb(self) -> bool:
        return "mariadb" in str(self._conn.getinfo(self._pyodbc.SQL_DBMS_VER) or "").lower()

    def _rollback(self) -> None:
        try:
            self._conn.rollback()
        except self._pyodbc.Error:
            pass


def _column_info(row, dialect) -> ColumnInfo:
    type_name = str(row.type_name or "")
    lowered = type_name.lower()
    if row.data_type in BINARY_TYPE_CODES or lowered in BINARY_TYPE_NAMES:
        return binary_column(row.column_name, type_name, dialect.name if dialect is not None else None)
    if lowered in UNSUPPORTED_TYPES:
        return ColumnInfo(row.column_name, type_name, f"unsupported type: {lowered}")
    return ColumnInfo(row.column_name, type_name)


def _kind(table_type: object) -> str:
    kind = str(table_type).upper()
    if "MATVIEW" in kind or "MATERIALIZED" in kind:
        return "materialized view"
    return "view" if "VIEW" in kind else "table"


def _connection_name(connection_string: str) -> str | None:
    """The short name of an ODBC source: its database, else its DSN."""
    keys = {}
    for part in connection_string.split(";"):
        key, _, value = part.partition("=")
        keys[key.strip().upper()] = value.strip().strip("{}")
    return keys.get("DATABASE") or keys.get("DB") or keys.get("DSN") or None


def _connection_password(connection_string: str) -> str | None:
    for part in connection_string.split(";"):
        key, _, value = part.partition("=")
        if key.strip().upper() in ("PWD", "PASSWORD"):
            return value.strip().strip("{}") or None
    return None


def _import_pyodbc():
    try:
        import pyodbc
    except ImportError as error:
        if "libodbc" in str(error):
            raise SourceError(
                "cannot load pyodbc: the unixODBC library (libodbc) is missing; run scripts/install-system-deps.sh"
                " or install unixodbc"
            ) from None
        raise SourceError("cannot open an odbc: source: pyodbc is not installed; pip install 'piiscan[odbc]'") from None
    return pyodbc


def _sqlalchemy_dialect(dbms: str):
    """The SQLAlchemy dialect (qmark parameters, as pyodbc wants) for a DBMS name, or None."""
    name = dbms.lower()
    if "postgres" in name:
        from sqlalchemy.dialects import postgresql as module
    elif "mysql" in name or "mariadb" in name:
        from sqlalchemy.dialects import mysql as module
    elif "sql server" in name:
        from sqlalchemy.dialects import mssql as module
    else:
        return None
    return module.dialect(paramstyle="qmark")
