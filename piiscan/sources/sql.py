"""SqlSource: any database SQLAlchemy can reach (SQLite, PostgreSQL, MySQL/MariaDB, SQL Server…).

Metadata comes from the SQLAlchemy inspector, a whole schema at a time. Each table is
sampled with one SELECT built by `piiscan.sampling` (identifiers quoted by SQLAlchemy),
inside a read-only transaction with a statement timeout, and always rolled back.
"""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING, Iterator

import pyarrow as pa

from piiscan.errors import SourceError, TableError
from piiscan.sampling import FETCH_CAP, estimate_statement, keep_rows, sample_statement
from piiscan.sources import connect_error, error_line, finish_sample, mask_url, matches, table_error
from piiscan.sources.base import ColumnInfo, Sample, SourceOptions, TableRef
from piiscan.sources.columns import (column_info, has_temporal, is_temporal, is_value_error, mysql_schema_columns,
                                     reflect_columns, search_clause, temporal_as_text, unrecognized_types)
from piiscan.sources.engines import create_engine
from piiscan.sources.sqlite import sqlite_rowids, without_rowid

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

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


class SqlSource:
    """A database reached through a SQLAlchemy URL."""

    def __init__(self, url: str, options: SourceOptions | None = None) -> None:
        self.options = options or SourceOptions()
        self.url = mask_url(url)
        self._seed = int(self.options.extra.get("seed", self.options.seed))
        self._engine, self._password, database = create_engine(url, self.url)
        self.name = self.options.name or database or self._engine.dialect.name
        self.dialect = self._engine.dialect.name
        # what this object learnt itself, for tables handed in without it (TableRef fields None)
        self._columns: dict[tuple[str | None, str], list[ColumnInfo]] = {}
        self._estimates: dict[str | None, dict[tuple[str | None, str], int]] = {}
        self._without_rowid: dict[str | None, set[tuple[str | None, str]]] = {}
        self._check_connection()

    def tables(self) -> Iterator[TableRef]:
        from sqlalchemy import inspect
        from sqlalchemy.engine.reflection import ObjectKind

        kinds = [("table", ObjectKind.TABLE)]
        if self.dialect == "postgresql":  # they hold a copy of their query's rows
            kinds.append(("materialized view", ObjectKind.MATERIALIZED_VIEW))
        if self.options.views:
            kinds.append(("view", ObjectKind.VIEW))
        found = []  # listed before the first yield, so no connection stays open during a scan
        try:
            with self._engine.connect() as conn:
                inspector = inspect(conn)
                for schema in self._schemas(inspector):
                    estimates = self._schema_estimates(conn, schema)
                    without_rowid = self._schema_without_rowid(conn, schema)
                    if self.dialect in ("mysql", "mariadb"):
                        # SQLAlchemy reflects MySQL one table at a time (SHOW CREATE TABLE, which a
                        # reader with only SELECT can't run on a view); information_schema
                        # answers for the whole schema in one query.
                        listed = mysql_schema_columns(conn, schema, self.options.views)
                    else:
                        listed = []
                        for kind, object_kind in kinds:
                            with warnings.catch_warnings(record=True) as caught:
                                warnings.simplefilter("always")
                                reflected = reflect_columns(inspector, schema, kind, object_kind)
                            unknown = unrecognized_types(caught)
                            listed.extend(
                                # None: a broken view, read (and failing, with its reason) at sampling
                                (kind, name, None if columns is None
                                 else [column_info(c, self._engine.dialect, unknown) for c in columns])
                                for (_, name), columns in sorted(reflected.items(), key=lambda item: item[0][1])
                            )
                    for kind, name, columns in listed:
                        if not matches([name, f"{schema}.{name}"], self.options.include, self.options.exclude):
                            continue
                        key = (schema, name)
                        if columns is not None:
                            self._columns[key] = columns
                        found.append(TableRef(
                            source=self.name, schema=schema, name=name, kind=kind,
                            rows_estimate=estimates.get(key), columns=None if columns is None else tuple(columns),
                            has_rowid=(key not in without_rowid) if self.dialect == "sqlite" else None,
                        ))
        except SourceError:
            raise
        except Exception as error:  # driver errors while listing: the source is unusable
            raise SourceError(f"cannot list tables of {self.url}: {error_line(error, [self._password])}") from None
        yield from found

    def sample(self, table: TableRef, size: int) -> Sample:
        key = (table.schema, table.name)
        columns = list(table.columns) if table.columns is not None else self._columns.get(key) or self._reflect(table)
        selected = [c for c in columns if c.skip_reason is None]
        if not selected:
            return Sample(table=table, columns=columns, data=pa.table({}), method="none")
        try:
            rows, method, estimate, whole = self._read(table, selected, size, as_text=False)
        except Exception as error:
            if not is_value_error(error) or not any(is_temporal(c) for c in selected):
                raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
            # a value Python can't hold ('infinity', year 10000, a zero date): read the
            # date and time columns as the database's text, keep every other column as it is
            try:
                rows, method, estimate, whole = self._read(table, selected, size, as_text=True)
            except Exception as error:
                raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        return finish_sample(
            table, columns, [c.name for c in selected], rows, method, size + 1 if whole else size,
            estimate if estimate and estimate > 0 else None, binary=[c.name for c in selected if c.binary],
        )

    def _read(self, table: TableRef, selected: list[ColumnInfo], size: int, as_text: bool):
        """(rows, method, row estimate, whether the rows are the whole table: a SQLite
        table counted no bigger than the sample) of one sampling read, in a read-only
        transaction."""
        import sqlalchemy as sa

        clause = sa.table(table.name, *[sa.column(c.name) for c in selected], schema=table.schema)
        with self._engine.connect() as conn:
            estimate = self._estimate(conn, table)
            has_rowid = self._has_rowid(conn, table)
            try:
                self._begin_read_only(conn)
                rowids, whole = None, False
                if self.dialect == "sqlite" and table.kind == "table" and has_rowid:
                    estimate, rowids = sqlite_rowids(conn, clause, size, self._seed)
                    whole = rowids is None
                statement, method = sample_statement(
                    clause, self.dialect, size, estimate, kind=table.kind, has_rowid=has_rowid,
                    seed=self._seed, rowids=rowids, binary=[c.name for c in selected if c.binary],
                )
                if as_text:
                    statement = temporal_as_text(statement, selected)
                rows = keep_rows(conn.execute(statement).fetchmany(FETCH_CAP * size), method, size, self._seed)
            finally:
                self._end_read_only(conn)
        return rows, ("full" if whole else method), estimate, whole

    def _estimate(self, conn: Connection, table: TableRef) -> int | None:
        if table.rows_estimate is not None:
            return table.rows_estimate
        return self._schema_estimates(conn, table.schema).get((table.schema, table.name))

    def _has_rowid(self, conn: Connection, table: TableRef) -> bool:
        if self.dialect != "sqlite" or table.kind != "table":
            return True
        if table.has_rowid is not None:
            return table.has_rowid
        return (table.schema, table.name) not in self._schema_without_rowid(conn, table.schema)

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

    def _schema_estimates(self, conn: Connection, schema: str | None) -> dict[tuple[str | None, str], int]:
        if schema not in self._estimates:
            self._estimates[schema] = self._read_estimates(conn, schema)
        return self._estimates[schema]

    def _schema_without_rowid(self, conn: Connection, schema: str | None) -> set[tuple[str | None, str]]:
        if self.dialect != "sqlite":
            return set()
        if schema not in self._without_rowid:
            self._without_rowid[schema] = without_rowid(conn, schema or "main")
        return self._without_rowid[schema]

    def _read_estimates(self, conn: Connection, schema: str | None) -> dict[tuple[str | None, str], int]:
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
        """The columns of a table handed in without them (not listed by this object)."""
        from sqlalchemy import inspect

        if self.dialect in ("mysql", "mariadb"):  # no SHOW CREATE TABLE (see tables())
            try:
                with self._engine.connect() as conn:
                    listed = mysql_schema_columns(conn, table.schema, True, table.name)
            except Exception as error:
                raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
            columns = listed[0][2] if listed else []
            self._columns[(table.schema, table.name)] = columns
            return columns
        try:
            with self._engine.connect() as conn, warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                reflected = inspect(conn).get_columns(table.name, schema=table.schema)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        columns = [column_info(c, self._engine.dialect, unrecognized_types(caught)) for c in reflected]
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

    # -- subject search (piiscan.find) ----------------------------------------------------
    # One bound-parameter SELECT per call, in the same read-only transaction with a
    # statement timeout as sampling; `terms` say how `column` must match:
    #   ("in", values)          column = one of values
    #   ("lower_in", values)    lower(trim(column as text)) = one of values (lowercase)
    #   ("like_lower", pattern) lower(column as text) LIKE pattern (escape character \)
    #   ("date_in", dates)      the column's date (date/time types) or its first 10 characters = one of dates

    def row_key(self, table: TableRef) -> tuple[str, ...]:
        """The columns that identify a row: the primary key, else the first unique
        constraint, else () (no row key). Read for the whole schema at the first call."""
        from sqlalchemy import inspect

        keys = self._search_schema(table)["keys"]
        if table.name in keys:
            return keys[table.name]
        try:  # a view has no key; a table missing from the keys is gone
            with self._engine.connect() as conn:
                exists = inspect(conn).has_table(table.name, schema=table.schema)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        if not exists:
            label = f"{table.schema}.{table.name}" if table.schema else table.name
            raise TableError(f"cannot read {label}: no such table (dropped or renamed since the scan?)")
        return ()

    def foreign_keys(self, table: TableRef) -> list[dict]:
        """The foreign keys of `table` (the child side): dicts with constrained_columns,
        referred_schema, referred_table, referred_columns and ondelete (None when not declared)."""
        return self._search_schema(table)["foreign_keys"].get(table.name, [])

    def referred_tables(self, table: TableRef) -> tuple[tuple[str, str], ...]:
        """(column, referred table) of `table`'s single-column foreign keys, for detection
        (whose rows a key refers to): one foreign-key reflection per schema, cached; none
        where the database can't tell."""
        if self.dialect == "sqlite":  # a pragma per table: no reflection of the whole schema
            try:
                with self._engine.connect() as conn:
                    quoted = '"' + table.name.replace('"', '""') + '"'
                    prefix = '"' + table.schema.replace('"', '""') + '".' if table.schema else ""
                    rows = conn.exec_driver_sql(f"PRAGMA {prefix}foreign_key_list({quoted})").fetchall()
            except Exception:  # the hint is lost, never the table
                return ()
            # (id, seq, table, from, to, ...): single-column keys only
            by_id: dict = {}
            for row in rows:
                by_id.setdefault(row[0], []).append((row[3], row[2]))
            return tuple(parts[0] for parts in by_id.values() if len(parts) == 1)
        cache = self.__dict__.setdefault("_referred_cache", {})
        if table.schema not in cache:
            from sqlalchemy import inspect

            try:
                with self._engine.connect() as conn:
                    found = inspect(conn).get_multi_foreign_keys(schema=table.schema)
            except Exception:  # the hint is lost, never the table
                found = {}
            cache[table.schema] = {name: tuple((k["constrained_columns"][0], k["referred_table"]) for k in keys
                                               if len(k.get("constrained_columns") or ()) == 1)
                                   for (_, name), keys in found.items()}
        return cache[table.schema].get(table.name, ())

    def _search_schema(self, table: TableRef) -> dict:
        """Keys and foreign keys of every table of `table`'s schema, from a few inspector calls, cached."""
        from sqlalchemy import inspect

        cache = self.__dict__.setdefault("_search_cache", {})
        if table.schema in cache:
            return cache[table.schema]
        try:
            with self._engine.connect() as conn:
                inspector = inspect(conn)
                primary = inspector.get_multi_pk_constraint(schema=table.schema)
                unique = inspector.get_multi_unique_constraints(schema=table.schema)
                foreign = inspector.get_multi_foreign_keys(schema=table.schema)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        keys = {}
        for (_, name), constraint in primary.items():
            columns = tuple(constraint.get("constrained_columns") or ())
            if not columns:
                columns = next((tuple(u["column_names"]) for u in unique.get((_, name), []) if u.get("column_names")), ())
            keys[name] = columns
        links = {name: [{"constrained_columns": tuple(k["constrained_columns"]),
                         "referred_schema": k.get("referred_schema") or table.schema,
                         "referred_table": k["referred_table"],
                         "referred_columns": tuple(k["referred_columns"]),
                         "ondelete": (k.get("options") or {}).get("ondelete")} for k in found]
                 for (_, name), found in foreign.items()}
        cache[table.schema] = {"keys": keys, "foreign_keys": links}
        return cache[table.schema]

    def search(self, table: TableRef, column: str, terms, key: tuple[str, ...] = (), limit: int = 1000) -> list[tuple]:
        """Up to `limit` rows (key values..., value of `column`) where `column` matches one of `terms`."""
        return self.search_columns(table, [(column, terms)], key, limit)[0]

    def search_columns(self, table: TableRef, searches, key: tuple[str, ...] = (), limit: int = 1000) -> list[list[tuple]]:
        """`search` for several (column, terms) of one table: one SELECT each, all in one
        read-only transaction (fewer round trips than one transaction per column)."""
        import sqlalchemy as sa

        statements = []
        for column, terms in searches:
            target = sa.table(table.name, *[sa.column(c) for c in dict.fromkeys((*key, column))], schema=table.schema)
            statements.append(sa.select(*[target.c[c] for c in key], target.c[column])
                              .where(self._search_where(table, target.c[column], terms)).limit(int(limit)))
        return self._search_rows(table, *statements)

    def count(self, table: TableRef, column: str, terms) -> int:
        """How many rows of `table` have `column` matching one of `terms`."""
        import sqlalchemy as sa

        target = sa.table(table.name, sa.column(column), schema=table.schema)
        statement = sa.select(sa.func.count()).select_from(target).where(
            self._search_where(table, target.c[column], terms))
        return int(self._search_rows(table, statement)[0][0][0])

    def fetch_rows(self, table: TableRef, key: tuple[str, ...], values: list[tuple]) -> tuple[list[str], list[tuple]]:
        """Every column of the rows whose `key` is one of `values` (for an access request)."""
        import sqlalchemy as sa

        columns = [c.name for c in (self._columns.get((table.schema, table.name)) or self._reflect(table))]
        target = sa.table(table.name, *[sa.column(c) for c in columns], schema=table.schema)
        statement = sa.select(*target.c).where(sa.tuple_(*[target.c[k] for k in key]).in_(values)
                                               if len(key) > 1 else target.c[key[0]].in_([v[0] for v in values]))
        return columns, self._search_rows(table, statement)[0]

    def _search_where(self, table: TableRef, column, terms):
        columns = self._columns.get((table.schema, table.name)) or []
        return search_clause(column, terms, has_temporal(columns, column.name), self.dialect)

    def _search_rows(self, table: TableRef, *statements) -> list[list[tuple]]:
        try:
            with self._engine.connect() as conn:
                try:
                    self._begin_read_only(conn)
                    return [[tuple(r) for r in conn.execute(statement).all()] for statement in statements]
                finally:
                    self._end_read_only(conn)
        except Exception as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
