"""Sources: where tables come from. `open_source` picks the kind from the spec.

    odbc:DSN=crm;UID=reader;PWD=…         -> OdbcSource (pyodbc)
    postgresql+psycopg://user@host/db     -> SqlSource (any SQLAlchemy URL)
    exports/  or  customers.csv           -> FileSource (a file or a folder)

The helpers below (`mask_url`, `matches`, `rows_to_arrow`, `error_line`) serve every kind.
Heavy modules (sqlalchemy, pyodbc) load only when a source of that kind is opened.
"""

from __future__ import annotations

import datetime
import decimal
import fnmatch
import json
import re
import uuid
from typing import Iterable, Sequence

import pyarrow as pa

from piiscan.sources.base import ColumnInfo, Sample, Source, SourceOptions, TableRef

__all__ = [
    "ColumnInfo",
    "Sample",
    "Source",
    "SourceOptions",
    "TableRef",
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
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+._\-]*://")
#: A key whose value is a secret, in a URL query or an ODBC connection string.
SECRET_KEY = re.compile(r"(?i)pass|pwd|secret|token|key|authentication|credential|signature")
#: key=value pairs of an ODBC connection string ({braced} values may hold ; and }}).
_ODBC_PAIR = re.compile(r"([^=;]+?)(\s*=\s*)(\{(?:[^}]|\}\})*\}|[^;]*)")
#: key=value in free text (an error message), where the key is one word.
_TEXT_PAIR = re.compile(r"(?i)\b([A-Za-z_][\w\-]*)(\s*=\s*)(\{(?:[^}]|\}\})*\}|[^;\s&]*)")
_TEXT_URL = re.compile(r"[A-Za-z][A-Za-z0-9+._\-]*://\S+")
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_VALUE_TOKEN = re.compile(r"\S*@\S+\.\S+|\S*\d[\d\s().:/+\-]{4,}\d\S*")
_MASKED = "***"


def open_source(spec: str, options: SourceOptions | None = None) -> Source:
    """Open the source that `spec` names: an `odbc:` connection string, a URL, or a path."""
    options = options or SourceOptions()
    if spec.lower().startswith("odbc:"):
        from piiscan.sources.odbc import OdbcSource

        return OdbcSource(spec[len("odbc:") :], options)
    if _URL_SCHEME.match(spec):
        from piiscan.sources.sql import SqlSource

        return SqlSource(spec, options)
    from piiscan.sources.files import FileSource

    return FileSource(spec, options)


def mask_url(spec: str) -> str:
    """`spec` with every secret replaced by ***, found by parsing, not by one pattern:

    - a URL's password (up to the last @ of the user part, so an unencoded @ is covered),
      and every query parameter whose key names a secret (`?passwd=`, `?password=`);
    - `odbc_connect=` (URL-encoded ODBC string): its secrets, decoded and re-encoded;
    - an ODBC string (`odbc:…`): every key naming a secret (PWD, Password, SSLPassword,
      Token, AccessToken, Authentication, …: any key with pass/pwd/secret/token/key in it);
    - anything else is free text: URLs and key=value secrets inside it are masked.
    """
    if spec.lower().startswith("odbc:"):
        return spec[:5] + _mask_odbc(spec[5:])
    if _URL_SCHEME.match(spec):
        return _mask_url_parts(spec)
    return mask_secrets(spec)


def mask_secrets(text: str) -> str:
    """Free text (an error message) with URLs' passwords and key=secret pairs masked."""
    text = _TEXT_URL.sub(lambda m: _mask_url_parts(m.group(0)), text)
    return _TEXT_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}{_MASKED}"
                          if SECRET_KEY.search(m.group(1)) and m.group(3) != _MASKED else m.group(0), text)


def _mask_odbc(connection: str) -> str:
    def pair(match: re.Match) -> str:
        key, equals, value = match.groups()
        return f"{key}{equals}{_MASKED}" if SECRET_KEY.search(key) and value else match.group(0)

    return _ODBC_PAIR.sub(pair, connection)


def _mask_url_parts(url: str) -> str:
    from urllib.parse import quote, unquote

    scheme, _, rest = url.partition("://")
    first_at = rest.find("@")
    if first_at >= 0 and not rest.startswith("/"):
        query_at = rest.find("?", first_at)
        at = rest.rfind("@", 0, query_at if query_at >= 0 else len(rest))
        userinfo, rest = rest[:at], rest[at:]
        user, colon, _ = userinfo.partition(":")
        rest = f"{user}{colon}{_MASKED if colon else ''}{rest}"
    base, question, query = rest.partition("?")
    if not question:
        return f"{scheme}://{base}"
    pairs = []
    for item in query.split("&"):
        key, equals, value = item.partition("=")
        name = unquote(key).lower()
        if name == "odbc_connect":
            value = quote(_mask_odbc(unquote(value.replace("+", " "))), safe="=;{}*,. ")
        elif SECRET_KEY.search(name) and equals:
            value = _MASKED
        pairs.append(f"{key}{equals}{value}")
    return f"{scheme}://{base}?{'&'.join(pairs)}"


def looks_like_value(text: str) -> bool:
    """A name (CSV header cell, JSON key) that is rather a value: an e-mail address, five
    or more digits with punctuation and no letters (a phone number, a date, an account
    number), or seven digits and more with letters. A year (2024) stays a name."""
    text = text.strip()
    if re.search(r"\S@\S+\.\w", text):
        return True
    digits = sum(c.isdigit() for c in text)
    return digits >= 5 and not any(c.isalpha() for c in text) or digits >= 7


def mask_name(name: str) -> str:
    """A column name or JSON key masked when it looks like a value (`j***@e******.com`);
    other names unchanged. Paths are masked key by key, where they are built."""
    return _mask_words(name) if looks_like_value(name) else name


def _mask_words(text: str) -> str:
    return re.sub(r"[^\W_]+", lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1)
                  if not m.group(0).isdigit() else "*" * len(m.group(0)), text)


def printable_name(name: str) -> str:
    """A file or folder name as text: bytes that are not UTF-8 and control characters
    become \\x escapes (the catalog can be written, the terminal can't be forged)."""
    from piiscan.errors import printable

    return printable(name)


def error_line(error: BaseException, secrets: Iterable[str | None] = (), literals: bool = False) -> str:
    """One line saying what a driver error was, without raw values or secrets.

    The error's class and code (SQLSTATE where there is one) come first; the driver's first
    line follows with quoted literals masked (they may quote the value at fault) unless the
    error is about names or connecting (`literals=True`, SQLSTATE classes 08 and 28, or a
    code known to quote only names: undefined table or column, permission denied, …).
    Messages a database raised itself (RAISE, SIGNAL: they may carry anything) and
    data exceptions are replaced by piiscan's words. Passwords are always masked.
    """
    error = getattr(error, "orig", None) or error
    kind, code, text = _error_parts(error)
    line = (text.strip().splitlines() or [""])[0].strip()
    for secret in secrets:
        if secret:
            line = line.replace(secret, _MASKED)
    line = mask_secrets(line)
    state = str(code or "")
    if _raised_by_database(state, error):
        line = "an error raised by the database itself (a trigger, function, view or check)"
    elif state[:2] == "22" or (isinstance(code, int) and code in _MYSQL_DATA_ERRORS):
        line = "a value could not be converted or is out of range (data exception)"
    elif not literals:
        if state.upper() not in _NAME_STATES and state[:2] not in ("08", "28") and code not in _MYSQL_NAME_ERRORS:
            line = _QUOTED.sub(lambda m: m.group(0)[0] + "…" + m.group(0)[0], line)
        line = _VALUE_TOKEN.sub("…", line)
    label = f"{kind} {code}" if code not in (None, "") else kind
    return f"{line} [{label}]" if line else f"[{label}]"


#: SQLSTATEs whose messages quote names (tables, columns, schemas), not values; with the
#: classes 08 (connection) and 28 (authorization).
_NAME_STATES = frozenset({"42P01", "42703", "42501", "42883", "42704", "42P02", "3D000", "3F000",
                          "57014", "25006", "HYT00", "IM002"})
#: MySQL/MariaDB error numbers whose messages quote names, not values.
_MYSQL_NAME_ERRORS = frozenset({1044, 1045, 1046, 1049, 1054, 1142, 1143, 1146, 1356, 1792, 1969,
                                2002, 2003, 2005, 2006, 2013, 3024})
#: MySQL/MariaDB error numbers of data exceptions (they quote the value).
_MYSQL_DATA_ERRORS = frozenset({1264, 1265, 1292, 1366, 1367, 1406, 1411, 1690})


def _raised_by_database(state: str, error: BaseException) -> bool:
    """RAISE (PL/pgSQL P0001, or any ERRCODE: PostgreSQL says "at RAISE" in the context),
    SIGNAL (MySQL 45000, errno 1644)."""
    context = str(getattr(getattr(error, "diag", None), "context", None) or "")
    signal = getattr(error, "args", (None,))[:1] == (1644,) or getattr(error, "sqlstate", "") == "45000"
    return state.upper().startswith(("P0", "45")) or state == "1644" or signal or "RAISE" in context


def _error_parts(error: BaseException) -> tuple[str, str | int | None, str]:
    """(class name, code, message) of a driver error: psycopg's SQLSTATE, pyodbc's
    (sqlstate, message), PyMySQL's (errno, message), sqlite3's error name."""
    kind = type(error).__name__
    args = getattr(error, "args", ())
    code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if len(args) == 2 and isinstance(args[1], str) and isinstance(args[0], int):
        code, text = args  # PyMySQL, mysqlclient: (errno, message); errno says more than SQLSTATE
    elif len(args) == 2 and isinstance(args[1], str) and isinstance(args[0], str):
        code, text = code or args[0], args[1]  # pyodbc: (sqlstate, message)
    else:
        text = str(error)
    code = code or getattr(error, "sqlite_errorname", None)
    return kind, code, text


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


def rows_to_arrow(names: Sequence[str], rows: Sequence[Sequence[object]]) -> tuple[pa.Table, set[str]]:
    """Driver rows -> an Arrow table of the same columns, plus the names of columns whose
    values were all bytes (binary; left out of the table).

    Decimals and UUIDs become strings (no digit of an account number is lost), dates and
    times stay Arrow dates and timestamps, dicts and lists become JSON text, and a column
    Arrow can't type (mixed types, huge integers) becomes strings.
    """
    arrays, kept, binary = [], [], set()
    for i, name in enumerate(names):
        values = [row[i] for row in rows]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, (bytes, bytearray, memoryview)) for v in present):
            binary.add(name)
            continue
        arrays.append(_to_array([_plain(v) for v in values]))
        kept.append(name)
    return pa.Table.from_arrays(arrays, names=kept), binary


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
) -> Sample:
    """Build the Sample of database rows; a capped read that came back short read the
    whole table, so it is recorded as "full" with its exact row count."""
    data, binary = rows_to_arrow(names, rows)
    if binary:
        columns = [
            ColumnInfo(c.name, c.data_type, "binary column") if c.name in binary else c for c in columns
        ]
    if method in CAPPED_METHODS and len(rows) < size:
        method, rows_total = "full", len(rows)
    elif method == "full" and len(rows) >= size:
        method = "limit"
    return Sample(table=table, columns=columns, data=data, method=method, rows_total=rows_total)


#: Methods that read rows up to the cap from the whole table: fewer rows means all of them.
CAPPED_METHODS = frozenset({"limit", "full", "sqlite-random-rowid", "mysql-order-rand", "mssql-order-newid"})
