"""The errors piiscan raises. Callers catch `PiiscanError` or one of its few subclasses.

Messages name the object and, where there is one, the way out. They never carry a raw
sampled value or a password.
"""

from __future__ import annotations

import re
from typing import Iterable

from piiscan.masking import MASKED, mask_secrets


#: The CLI's exit codes (docs/cli.md): clean; finished, but something could not be read or a
#: check failed; bad usage or input; interrupted (Ctrl-C).
EXIT_OK, EXIT_TABLE_ERRORS, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class PiiscanError(Exception):
    """Base class of every error piiscan raises on purpose."""


class ConfigError(PiiscanError):
    """Bad options or arguments (unknown format, bad sample size, bad pattern)."""


class SourceError(PiiscanError):
    """A source can't be opened or read (missing file, unreachable server, bad password)."""


class TableError(SourceError):
    """One table can't be read; the scan records it and goes on."""


class RuleError(PiiscanError):
    """A rule file is malformed or a rule is invalid (bad regex, unknown validator)."""


def printable(text: object) -> str:
    """`text` safe to print on one terminal line: control characters (newlines, ANSI
    escapes, bidi overrides) and undecodable bytes are shown as \\x / \\u escapes, so a
    file or table name can't forge a line of output."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_VALUE_TOKEN = re.compile(r"\S*@\S+\.\S+|\S*\d[\d\s().:/+\-]{4,}\d\S*")


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
            line = line.replace(secret, MASKED)
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


class ScanInterrupted(KeyboardInterrupt):
    """Ctrl-C (or any KeyboardInterrupt) during a scan.

    `.catalog` holds what was scanned; the tables not finished are in it with status
    `error` and reason `interrupted`. A KeyboardInterrupt, so `except Exception` never
    swallows it.
    """

    def __init__(self, catalog=None) -> None:
        super().__init__("scan interrupted")
        self.catalog = catalog
