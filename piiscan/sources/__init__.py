"""Sources: where tables come from. `open_source` picks the kind from the spec.

    odbc:DSN=crm;UID=reader;PWD=…         -> OdbcSource (pyodbc)
    postgresql+psycopg://user@host/db     -> SqlSource (any SQLAlchemy URL)
    exports/  or  customers.csv           -> FileSource (a file or a folder)
    chinook.sqlite  (a SQLite file)       -> SqlSource on sqlite:///chinook.sqlite

The helpers below (`matches`, `rows_to_arrow`, `connect_error`, `table_error`) serve every
kind; `mask_url` and the other maskings live in piiscan/masking.py, `error_line` in
piiscan/errors.py (both importable from here too).
Heavy modules (sqlalchemy, pyodbc) load only when a source of that kind is opened.
"""

from __future__ import annotations

import datetime
import decimal
import fnmatch
import json
import uuid
from pathlib import Path
from typing import Iterable, Sequence

import pyarrow as pa

from piiscan.errors import error_line
from piiscan.masking import URL_SCHEME, looks_like_value, mask_name, mask_secrets, mask_url
from piiscan.sample import bytes_struct
from piiscan.sources.base import ColumnInfo, Sample, Source, SourceOptions, TableRef

__all__ = [
    "ColumnInfo",
    "Sample",
    "Source",
    "SourceOptions",
    "TableRef",
    "error_line",
    "looks_like_value",
    "mask_name",
    "mask_secrets",
    "mask_url",
    "open_source",
]

#: Words of driver messages that mean the statement was cancelled by its timeout.
TIMEOUT_WORDS = (
    "statement timeout",
    "max_statement_time",
    "max_execution_time",
    "interrupted",
    "query timeout",
    "timeout expired",
    "hyt00",
    "canceling statement",
)
def open_source(spec: str, options: SourceOptions | None = None) -> Source:
    """Open the source that `spec` names: an `odbc:` connection string, a URL, or a path."""
    options = options or SourceOptions()
    if spec.lower().startswith("odbc:"):
        from piiscan.sources.odbc import OdbcSource

        return OdbcSource(spec[len("odbc:") :], options)
    if URL_SCHEME.match(spec):
        from piiscan.sources.sql import SqlSource

        return SqlSource(spec, options)
    from piiscan.sources.files import FileSource, is_sqlite_file

    path = Path(spec).expanduser()
    if path.is_file() and is_sqlite_file(path):
        from piiscan.sources.sql import SqlSource

        return SqlSource(f"sqlite:///{path.resolve()}", options)
    return FileSource(spec, options)


def printable_name(name: str) -> str:
    """A file or folder name as text: bytes that are not UTF-8 and control characters
    become \\x escapes (the catalog can be written, the terminal can't be forged)."""
    from piiscan.errors import printable

    return printable(name)


def connect_error(masked: str, error: BaseException, password: str | None) -> str:
    """One line saying why connecting failed: bad password, unknown database, host, DSN, driver…"""
    line = error_line(error, [password], literals=True)
    text = line.lower()
    if any(w in text for w in ("password", "access denied", "login failed", "authentication failed")):
        reason = "wrong user name or password"
    elif "database" in text and any(w in text for w in ("does not exist", "unknown database", "cannot open database")):
        reason = "unknown database"
    elif "data source name not found" in text:
        reason = "unknown ODBC data source (DSN)"
    elif "can't open lib" in text or "driver not found" in text or "file not found" in text:
        reason = "ODBC driver not installed (see scripts/install-system-deps.sh or docs/sqlserver.md)"
    elif "not a database" in text or "file is encrypted" in text:
        reason = "not a SQLite database"
    elif any(w in text for w in ("translate host", "not known", "unknown host", "getaddrinfo", "nodename")):
        reason = "unknown host"
    elif any(w in text for w in ("refused", "can't connect", "unavailable", "could not connect", "timed out", "timeout", "unreachable")):
        reason = "server unreachable"
    else:
        reason = "connection failed"
    return f"cannot connect to {masked}: {reason} ({line})"


def table_error(table: TableRef, error: BaseException, secrets: Iterable[str | None], timeout_s: float) -> str:
    """One line saying why a table couldn't be read; a cancelled statement is a timeout."""
    label = f"{table.schema}.{table.name}" if table.schema else table.name
    line = error_line(error, secrets)
    if any(word in line.lower() for word in TIMEOUT_WORDS):
        return f"cannot read {label}: timed out after {timeout_s:g}s"
    return f"cannot read {label}: {line}"


def matches(names: Sequence[str], include: Sequence[str], exclude: Sequence[str]) -> bool:
    """True when one of `names` matches an include glob (or there are none) and none
    matches an exclude glob. Globs are fnmatch patterns, case-sensitive."""
    if include and not any(fnmatch.fnmatchcase(n, p) for n in names for p in include):
        return False
    return not any(fnmatch.fnmatchcase(n, p) for n in names for p in exclude)


def rows_to_arrow(names: Sequence[str], rows: Sequence[Sequence[object]], binary: Sequence[str] = ()
                  ) -> tuple[pa.Table, set[str]]:
    """Driver rows -> an Arrow table of the same columns, plus the names of the columns read
    as bytes (piiscan.sample.bytes_struct: prefix and length of each value).

    The `binary` columns hold prefixes read in SQL; their lengths follow `names` at the end
    of each row (piiscan.sampling.read_list). A column whose values all came back as bytes
    (an untyped SQLite column of blobs) is turned into prefixes and lengths here.
    Decimals and UUIDs become strings (no digit of an account number is lost), dates and
    times stay Arrow dates and timestamps, dicts and lists become JSON text, and a column
    Arrow can't type (mixed types, huge integers) becomes strings.
    """
    width = len(names)
    arrays, found = [], set(binary)
    columns = [list(c) for c in zip(*rows)] if rows else [[] for _ in range(width + len(binary))]
    lengths = dict(zip(binary, columns[width:]))
    for name, values in zip(names, columns[:width]):
        if name in lengths:
            arrays.append(bytes_struct(values, lengths[name]))
            continue
        if set(map(type, values)) <= _PLAIN_TYPES:  # nothing for _plain to change (most columns)
            arrays.append(_to_array(values))
            continue
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, (bytes, bytearray, memoryview)) for v in present):
            found.add(name)
            arrays.append(bytes_struct(values, [None if v is None else len(v) for v in values]))
            continue
        arrays.append(_to_array([_plain(v) for v in values]))
    return pa.Table.from_arrays(arrays, names=list(names)), found


#: Value types `_plain` hands on as they are.
_PLAIN_TYPES = frozenset({type(None), str, bool, int, float, datetime.date, datetime.datetime, datetime.time})


def _plain(value: object) -> object:
    if value is None or isinstance(value, (str, bool, int, float, datetime.date, datetime.time)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None  # a stray blob in a text column (SQLite's dynamic types)
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _to_array(values: list[object]) -> pa.Array:
    try:
        return pa.array(values)
    except (pa.ArrowException, OverflowError, TypeError, ValueError):
        return pa.array([None if v is None else str(v) for v in values], pa.string())


def finish_sample(
    table: TableRef,
    columns: list[ColumnInfo],
    names: Sequence[str],
    rows: Sequence[Sequence[object]],
    method: str,
    size: int,
    rows_total: int | None,
    binary: Sequence[str] = (),
) -> Sample:
    """Build the Sample of database rows (`binary`: see rows_to_arrow); a capped read that
    came back short read the whole table, so it is recorded as "full" with its exact row count."""
    data, found = rows_to_arrow(names, rows, binary)
    if found - set(binary):
        columns = [ColumnInfo(c.name, c.data_type, binary=True) if c.name in found else c for c in columns]
    if method in CAPPED_METHODS and len(rows) < size:
        method, rows_total = "full", len(rows)
    elif method == "full" and len(rows) >= size:
        method = "limit"
    notes = (UNSEEDED_METHODS[method],) if method in UNSEEDED_METHODS else ()
    return Sample(table=table, columns=columns, data=data, method=method, rows_total=rows_total, notes=notes)


#: Sampling methods whose random order the database can't seed: the catalog says so.
UNSEEDED_METHODS = {
    "mssql-order-newid": "sampled in NEWID() order, which SQL Server can't seed: another scan may pick other rows",
}


#: Methods that read rows up to the cap from the whole table: fewer rows means all of them.
CAPPED_METHODS = frozenset({"limit", "full", "sqlite-random-rowid", "mysql-order-rand", "mssql-order-newid"})
