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
        return connection

    return connect, path


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


def sqlite_rowids(conn: Connection, table, size: int, seed: int) -> tuple[int, list[int] | None]:
    """(rows, the rowids to read) of a SQLite rowid table: `size` rowids picked in Python
    from the seed (SQLite's random() can't be seeded), among the table's rowids; None when
    the whole table fits in the sample. A table with no gaps in its rowids is not read for
    them: they are the range from the first to the last."""
    import sqlalchemy as sa

    rowid = sa.literal_column("_rowid_")
    first, last, count = conn.execute(
        sa.select(sa.func.min(rowid), sa.func.max(rowid), sa.func.count()).select_from(table)
    ).one()
    if count <= size:
        return count, None
    if last - first + 1 == count:
        population = range(first, last + 1)
    else:
        population = conn.execute(sa.select(rowid).select_from(table)).scalars().all()
    return count, pick_rows(population, size, seed)
