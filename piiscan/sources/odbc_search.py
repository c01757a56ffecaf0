"""Subject search (piiscan.find) over ODBC: OdbcSource's row keys, foreign keys, searches and
row fetches, as a mixin of OdbcSource (piiscan.sources.odbc), which holds the connection.

The statements are SQLAlchemy Core compiled for the DBMS's dialect (qmark parameters, lists
expanded); DBMSs SQLAlchemy doesn't know can't be searched.
"""

from __future__ import annotations

from piiscan.errors import TableError
from piiscan.sources import table_error
from piiscan.sources.base import TableRef


class OdbcSearch:
    """The subject-search verbs of OdbcSource (see SqlSource.search for what they mean)."""

    def row_key(self, table: TableRef) -> tuple[str, ...]:
        """The primary key columns (SQLPrimaryKeys), else ()."""
        qualifier = self._search_qualifier(table)
        try:
            cursor = self._conn.cursor()
            rows = cursor.primaryKeys(qualifier[-1], **self._search_owner(qualifier, "")).fetchall()
        except self._pyodbc.Error as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        finally:
            self._rollback()
        return tuple(r.column_name for r in sorted(rows, key=lambda r: r.key_seq))

    def foreign_keys(self, table: TableRef) -> list[dict]:
        """Single-column foreign keys of `table` (SQLForeignKeys), as SqlSource.foreign_keys."""
        qualifier = self._search_qualifier(table)
        try:
            cursor = self._conn.cursor()
            rows = cursor.foreignKeys(foreignTable=qualifier[-1], **self._search_owner(qualifier, "foreign")).fetchall()
        except self._pyodbc.Error:
            return []
        finally:
            self._rollback()
        rules = {0: "CASCADE", 1: "RESTRICT", 2: "SET NULL", 4: "SET DEFAULT"}  # ODBC SQL_CASCADE, …
        return [{"constrained_columns": (r.fkcolumn_name,),
                 "referred_schema": r.pktable_schem or r.pktable_cat or table.schema,
                 "referred_table": r.pktable_name, "referred_columns": (r.pkcolumn_name,),
                 "ondelete": rules.get(r.delete_rule)} for r in rows]

    def search(self, table: TableRef, column: str, terms, key: tuple[str, ...] = (), limit: int = 1000) -> list[tuple]:
        import sqlalchemy as sa

        from piiscan.sources.columns import search_clause

        target = self._search_table(table, (*key, column))
        clause = search_clause(target.c[column], terms, self._search_temporal(table, column), "odbc")
        statement = sa.select(*[target.c[c] for c in key], target.c[column]).where(clause)
        return self._search_rows(table, statement, limit)

    def count(self, table: TableRef, column: str, terms) -> int:
        import sqlalchemy as sa

        from piiscan.sources.columns import search_clause

        target = self._search_table(table, (column,))
        clause = search_clause(target.c[column], terms, self._search_temporal(table, column), "odbc")
        return int(self._search_rows(table, sa.select(sa.func.count()).select_from(target).where(clause), 1)[0][0])

    def fetch_rows(self, table: TableRef, key: tuple[str, ...], values: list[tuple]) -> tuple[list[str], list[tuple]]:
        import sqlalchemy as sa

        columns = [c.name for c in self._columns.get((table.schema, table.name), [])]
        target = self._search_table(table, tuple(columns))
        where = sa.or_(*[sa.and_(*[target.c[k] == v for k, v in zip(key, row)]) for row in values])
        return columns, self._search_rows(table, sa.select(*target.c).where(where), len(values))

    def _search_qualifier(self, table: TableRef) -> list[str]:
        if (table.schema, table.name) not in self._columns and not self._listed:
            for _ in self.tables():
                pass
        return self._qualifiers.get((table.schema, table.name)) or [p for p in (table.schema, table.name) if p]

    def _search_owner(self, qualifier: list[str], prefix: str) -> dict:
        """The catalog-function argument naming the table's owner: a catalog on MySQL/MariaDB, else a schema."""
        if len(qualifier) < 2:
            return {}
        kind = "catalog" if any(n in self.dbms.lower() for n in ("mysql", "mariadb")) else "schema"
        return {(prefix + kind.title()) if prefix else kind: qualifier[0]}

    def _search_table(self, table: TableRef, columns: tuple[str, ...]):
        import sqlalchemy as sa

        if self._dialect is None:
            raise TableError(f"cannot search {table.name}: searching {self.dbms or 'this DBMS'} over ODBC is not supported")
        qualifier = self._search_qualifier(table)
        return sa.table(qualifier[-1], *[sa.column(c) for c in dict.fromkeys(columns)],
                        schema=qualifier[0] if len(qualifier) > 1 else None)

    def _search_temporal(self, table: TableRef, column: str) -> bool:
        from piiscan.sources.columns import is_temporal

        return any(c.name == column and is_temporal(c) for c in self._columns.get((table.schema, table.name), []))

    def _search_rows(self, table: TableRef, statement, limit: int) -> list[tuple]:
        compiled = statement.compile(dialect=self._dialect, compile_kwargs={"render_postcompile": True})
        params = [compiled.params[name] for name in compiled.positiontup]
        try:
            cursor = self._conn.cursor()
            self._begin_read_only(cursor)
            return [tuple(r) for r in cursor.execute(str(compiled), params).fetchmany(int(limit))]
        except self._pyodbc.Error as error:
            raise TableError(table_error(table, error, [self._password], self.options.timeout_s)) from None
        finally:
            self._rollback()
