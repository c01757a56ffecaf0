"""Column metadata and value-reading helpers shared by SqlSource and OdbcSource: reflected
columns as ColumnInfo (binary and unsupported types marked), MySQL/MariaDB's
information_schema listing, dates read as text, and the WHERE clause of a subject search."""

from __future__ import annotations

import re
import warnings

from piiscan.sources.base import ColumnInfo

#: Spatial and other types piiscan can't read as values.
UNSUPPORTED_TYPES = frozenset({"geometry", "geography", "raster", "box2d", "box3d"})
_UNRECOGNIZED_TYPE = re.compile(r"Did not recognize type '(.+?)' of column '(.+?)'")


def column_info(column: dict, dialect, unknown: dict[str, str]) -> ColumnInfo:
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
        return binary_column(name, type_name, dialect.name)
    if type(type_).__name__.lower() in UNSUPPORTED_TYPES:
        return ColumnInfo(name, type_name, f"unsupported type: {type(type_).__name__.lower()}")
    return ColumnInfo(name, type_name)


def binary_column(name: str, type_name: str, dialect: str | None) -> ColumnInfo:
    """A binary column: sampled as prefixes and lengths where the dialect can compute them in
    SQL (piiscan.sampling.bytes_reads), else skipped and decided from its name."""
    from piiscan.sampling import BYTES_DIALECTS

    readable = dialect in BYTES_DIALECTS
    return ColumnInfo(name, type_name, None if readable else "binary column", binary=True)


_MYSQL_BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}
_MYSQL_UNSUPPORTED = {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                      "multipolygon", "geometrycollection"}


def mysql_schema_columns(conn, schema: str, views: bool, only: str | None = None
                          ) -> list[tuple[str, str, list[ColumnInfo]]]:
    """(kind, table, columns) for every table (and view) of a MySQL/MariaDB schema, or only
    table `only`, from two queries on information_schema, built with SQLAlchemy Core (names
    are bound). information_schema shows what the user may read: a column-level grant shows
    just the granted columns, and no SHOW CREATE privilege is needed."""
    import sqlalchemy as sa

    tables = sa.table("TABLES", sa.column("TABLE_SCHEMA"), sa.column("TABLE_NAME"),
                      sa.column("TABLE_TYPE"), schema="information_schema")
    columns = sa.table("COLUMNS", sa.column("TABLE_SCHEMA"), sa.column("TABLE_NAME"),
                       sa.column("COLUMN_NAME"), sa.column("COLUMN_TYPE"), sa.column("DATA_TYPE"),
                       sa.column("ORDINAL_POSITION"), schema="information_schema")
    kinds = {"BASE TABLE": "table", "SYSTEM VERSIONED": "table"}
    if views:
        kinds["VIEW"] = "view"
    listing = sa.select(tables.c.TABLE_NAME, tables.c.TABLE_TYPE).where(tables.c.TABLE_SCHEMA == schema)
    reading = (sa.select(columns.c.TABLE_NAME, columns.c.COLUMN_NAME, columns.c.COLUMN_TYPE, columns.c.DATA_TYPE)
               .where(columns.c.TABLE_SCHEMA == schema)
               .order_by(columns.c.TABLE_NAME, columns.c.ORDINAL_POSITION))
    if only is not None:
        listing, reading = listing.where(tables.c.TABLE_NAME == only), reading.where(columns.c.TABLE_NAME == only)
    listed = conn.execute(listing).all()
    by_table: dict[str, list[ColumnInfo]] = {}
    rows = conn.execute(reading).all()
    for table, name, column_type, data_type in rows:
        data_type = str(data_type).lower()
        # ENUM('…')/SET('…') list their values: the type name alone is kept
        type_name = data_type.upper() if data_type in ("enum", "set") else str(column_type).upper()
        if data_type in _MYSQL_BINARY:
            by_table.setdefault(table, []).append(binary_column(name, type_name, "mysql"))
            continue
        reason = ("binary column" if data_type == "bit"  # BIT(n): flags, not bytes worth reading
                  else f"unsupported type: {data_type}" if data_type in _MYSQL_UNSUPPORTED else None)
        by_table.setdefault(table, []).append(ColumnInfo(name, type_name, reason))
    return [(kinds[str(kind).upper()], name, by_table.get(name, []))
            for name, kind in sorted(listed) if str(kind).upper() in kinds]


def reflect_columns(inspector, schema: str, kind: str, object_kind) -> dict:
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


def unrecognized_types(caught: list[warnings.WarningMessage]) -> dict[str, str]:
    """Column name -> type name, from SQLAlchemy's "Did not recognize type" warnings."""
    found = {}
    for warning in caught:
        match = _UNRECOGNIZED_TYPE.search(str(warning.message))
        if match:
            found[match.group(2)] = match.group(1)
    return found


#: Words of type names whose values drivers turn into Python dates and times.
_TEMPORAL_WORDS = ("DATE", "TIME", "YEAR", "INTERVAL")


def is_temporal(column: ColumnInfo) -> bool:
    return any(word in column.data_type.upper() for word in _TEMPORAL_WORDS)


def is_value_error(error: BaseException) -> bool:
    """True for a driver's failure to turn a stored value into Python (PostgreSQL
    'infinity' or year 10000 timestamps, MySQL zero dates), not a failed statement."""
    import sqlalchemy as sa

    error = error.orig if isinstance(error, sa.exc.DBAPIError) and error.orig is not None else error
    return isinstance(error, (ValueError, OverflowError)) or type(error).__name__ == "DataError"


def temporal_as_text(statement, selected: list[ColumnInfo]):
    """`statement` with its date and time columns read as text (other columns unchanged)."""
    import sqlalchemy as sa

    subquery = statement.subquery("sampled")
    picked = [
        sa.cast(subquery.c[c.name], sa.Text).label(c.name) if is_temporal(c) else subquery.c[c.name]
        for c in selected
    ]
    return sa.select(*picked, *list(subquery.c)[len(selected):])  # binary lengths follow


# -- subject search (piiscan.find): the WHERE clause, shared with OdbcSource ------------------


def search_clause(column, terms, temporal: bool, dialect: str):
    """`column` matching one of `terms` (see SqlSource.search), as a SQLAlchemy clause with
    bound parameters only."""
    import sqlalchemy as sa

    text = sa.cast(column, sa.String)
    clauses = []
    for op, values in terms:
        if op == "in":
            clauses.append(column.in_(list(values)))
        elif op == "lower_in":
            clauses.append(sa.func.lower(sa.func.trim(text)).in_(list(values)))
        elif op == "like_lower":
            clauses.append(sa.func.lower(text).like(values, escape="\\"))
        elif op == "date_in" and temporal and dialect != "sqlite":
            clauses.append(sa.cast(column, sa.Date).in_(list(values)))
        elif op == "date_in":
            clauses.append(sa.func.substr(text, 1, 10).in_([d.isoformat() for d in values]))
        else:
            raise ValueError(f"unknown search operator {op!r}")
    return sa.or_(*clauses)


def has_temporal(columns: list[ColumnInfo], name: str) -> bool:
    return any(c.name == name and is_temporal(c) for c in columns)
