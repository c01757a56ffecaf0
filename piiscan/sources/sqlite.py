"""SQLite files, opened so that they are never written, and their rows picked
reproducibly: SQLite's random() can't be seeded, so rowids are picked in Python.
Used by SqlSource (piiscan/sources/sql.py) for `sqlite:` URLs and bare SQLite files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from piiscan.errors import SourceError
from piiscan.sampling import pick_rows

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection


def sqlite_creator(url: URL, masked: str):
    """A connect function that opens the database file read-only, and the file's path.

    Never writes: `mode=ro` (nothing is created, a missing file is an error, also for
    `sqlite:///file:…?mode=rwc` URIs), plus `immutable=1` for a WAL database whose `-wal`
    file is absent (a read-only connection would otherwise leave `-wal` and `-shm` files
    beside it, or fail in a read-only folder). A WAL database with a `-wal` file is in use
    (or was not closed cleanly): it is read through its existing `-wal`/`-shm` files, so the
    latest commits are seen."""
    import sqlite3

    database = url.database or ""
    if database.startswith("file:"):
        database, query = _uri_path(database)
        if database in ("", ":memory:") or query.get("mode") == "memory":
            database = ""
    if database in ("", ":memory:"):
        uri, path = "file::memory:", None
    else:
        path = Path(database).expanduser().resolve()
        if not path.is_file():
            raise SourceError(f"cannot open {masked}: no such SQLite file {path}")
        uri = f"file:{quote(path.as_posix())}?mode=ro"
        if _is_wal(path) and not Path(f"{path}-wal").exists():
            uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only = 1")
        # SQLite stores any bytes as TEXT; one value that is not UTF-8 must not lose its table
        connection.text_factory = _decoded
        return connection

    return connect, path


def _decoded(value: bytes) -> str:
    """SQLite TEXT as str; bytes that are not UTF-8 become U+FFFD (the value is still read)."""
    return value.decode("utf-8", "replace")


def _uri_path(uri: str) -> tuple[str, dict[str, str]]:
    """The file path and query parameters of a SQLite `file:` URI."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(uri)
    return unquote(parts.path), dict(parse_qsl(parts.query))


def _is_wal(path: Path) -> bool:
    """True when the file's header says WAL journal mode (read and write versions 2)."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(20)
    except OSError:
        return False
    return header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02"


def without_rowid(conn: Connection, schema: str) -> set[tuple[str | None, str]]:
    """Tables of a SQLite schema declared WITHOUT ROWID, from one read of sqlite_master."""
    import sqlalchemy as sa

    master = sa.table("sqlite_master", sa.column("type"), sa.column("name"), sa.column("sql"), schema=schema)
    rows = conn.execute(sa.select(master.c.name, master.c.sql).where(master.c.type == "table")).all()
    pattern = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
    return {(schema, name) for name, sql in rows if sql and pattern.search(sql[sql.rfind(")") :])}


#: Up to this many rows, a table with gaps in its rowids has its rowid list read to pick from.
ROWID_LIST_MAX = 200_000
#: Bigger tables with gaps draw candidate rowids from their range instead, at most this many.
MAX_CANDIDATES = 2_000_000


def sqlite_rowids(conn: Connection, table, size: int, seed: int) -> tuple[int, list[int] | None]:
    """(rows, the rowids to read) of a SQLite rowid table, picked in Python from the seed
    (SQLite's random() can't be seeded); None when the whole table fits in the sample.

    Rowids without gaps: `size` of the range from the first to the last. With gaps, up to
    ROWID_LIST_MAX rows: `size` of the rowid list. Bigger: a draw of candidates from the
    range, each existing rowid as likely as any other to be among them, aiming at
    OVERSAMPLE times the sample (the source keeps `size` of the rows found, at random), so
    no rowid list of millions is held in memory."""
    import math

    import sqlalchemy as sa

    from piiscan.sampling import OVERSAMPLE

    rowid = sa.literal_column("_rowid_")
    first, last, count = conn.execute(
        sa.select(sa.func.min(rowid), sa.func.max(rowid), sa.func.count()).select_from(table)
    ).one()
    if count <= size:
        return count, None
    span = range(first, last + 1)
    if len(span) == count:
        return count, pick_rows(span, size, seed)
    candidates = math.ceil(OVERSAMPLE * size * len(span) / count)
    if count > ROWID_LIST_MAX and candidates <= MAX_CANDIDATES:
        return count, pick_rows(span, candidates, seed)
    return count, pick_rows(conn.execute(sa.select(rowid).select_from(table)).scalars().all(), size, seed)
