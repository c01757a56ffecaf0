"""Last-change signals: when each table last changed, as cheaply as each kind of source can say.

    PostgreSQL   pg_stat_user_tables: n_tup_ins + n_tup_upd + n_tup_del (modifications),
                 the latest of last_analyze / last_autoanalyze (changed_at)
    MariaDB/MySQL information_schema.TABLES.UPDATE_TIME (changed_at)
    SQL Server   sys.dm_db_index_usage_stats.last_user_update (changed_at)
    SQLite       the database file's modification time (a change to any table moves it)
    files        the file's modification time

One query per schema; a source that can't answer gives no signal (never an error): the
signals only decide what `scan --changed-only` re-reads and what `piiscan stale` lists.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TableChange:
    changed_at: str | None = None  # ISO 8601, UTC
    modifications: int | None = None


def change_statement(dialect: str):
    """The query of (table, changed_at, modifications) for the schema bound as :schema."""
    from sqlalchemy import text

    if dialect == "postgresql":
        return text(
            "SELECT relname, GREATEST(last_analyze, last_autoanalyze),"
            " n_tup_ins + n_tup_upd + n_tup_del"
            " FROM pg_catalog.pg_stat_user_tables WHERE schemaname = :schema"
        )
    if dialect in ("mysql", "mariadb"):
        return text(
            "SELECT table_name, update_time, NULL FROM information_schema.tables"
            " WHERE table_schema = :schema AND table_type = 'BASE TABLE'"
        )
    if dialect == "mssql":
        return text(
            "SELECT t.name, MAX(u.last_user_update), NULL FROM sys.tables t"
            " JOIN sys.schemas s ON s.schema_id = t.schema_id"
            " LEFT JOIN sys.dm_db_index_usage_stats u"
            " ON u.object_id = t.object_id AND u.database_id = DB_ID()"
            " WHERE s.name = :schema GROUP BY t.name"
        )
    return None


def table_changes(source, refs) -> dict[tuple[str | None, str], TableChange]:
    """(schema, table) -> its last-change signals, for the tables `refs` of an open source."""
    try:
        if hasattr(source, "_engine"):
            return _database_changes(source, refs)
        if isinstance(getattr(source, "path", None), Path):
            return _files_changes(source.path, refs)
    except Exception:  # a signal is a nicety: no permission on the statistics, no file
        return {}
    return {}


def _database_changes(source, refs) -> dict[tuple[str | None, str], TableChange]:
    engine = source._engine
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:" or not Path(database).is_file():
            return {}
        change = _file_change(Path(database))
        return {(r.schema, r.name): change for r in refs}
    statement = change_statement(engine.dialect.name)
    if statement is None:
        return {}
    wanted = {(r.schema, r.name) for r in refs}
    out = {}
    with engine.connect() as conn:
        for schema in sorted({r.schema for r in refs}, key=str):
            for name, changed, modified in conn.execute(statement, {"schema": schema}):
                if (schema, name) in wanted:
                    out[(schema, name)] = TableChange(_iso(changed), None if modified is None else int(modified))
        conn.rollback()
    return out


def _files_changes(root: Path, refs) -> dict[tuple[str | None, str], TableChange]:
    """A file source: each listed file's mtime (a name that is no file gives no signal)."""
    out = {}
    for ref in refs:
        path = root if root.is_file() else root / ref.name
        if path.is_file():
            out[(ref.schema, ref.name)] = _file_change(path)
    return out


def _file_change(path: Path) -> TableChange:
    when = _dt.datetime.fromtimestamp(os.stat(path).st_mtime, _dt.timezone.utc)
    return TableChange(_iso(when))


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = _dt.datetime.fromisoformat(value)
    if value.tzinfo is None:  # MariaDB and SQL Server answer in server-local time; taken as UTC
        value = value.replace(tzinfo=_dt.timezone.utc)
    return value.astimezone(_dt.timezone.utc).isoformat()
