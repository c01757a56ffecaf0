"""Catalog writers and readers: JSON (the contract, docs/catalog.md), CSV and Parquet.

Every file is written atomically: to a temporary file in the same folder, then renamed over
the target, so a failed write never leaves a half-written or empty catalog behind.
`atomic_write` and `atomic_target` are for every other room that writes a file too.

JSON and Parquet are lossless (Parquet carries the JSON document in its schema metadata
beside the flat rows); CSV leaves out `settings`, `generated_at` and `generator`
(piiscan.catalog_csv). `read_catalog` tells the three apart by their content.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from piiscan.catalog import Catalog
from piiscan.errors import ConfigError

FORMATS = ("json", "csv", "parquet")
SUFFIXES = {".json": "json", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
#: The schema-metadata key under which a Parquet catalog carries its JSON document.
PARQUET_KEY = b"piiscan.catalog"


def format_for(path: str | Path, format: str | None = None) -> str:
    """The format `path` is written in: `format` if given, else its extension (none = JSON).

    An extension that is not a catalog format (`report.html`) is a ConfigError, never JSON
    under a misleading name.
    """
    if format:
        if format not in FORMATS:
            raise ConfigError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
        return format
    suffix = Path(path).suffix.lower()
    if not suffix:
        return "json"
    if suffix not in SUFFIXES:
        raise ConfigError(f"cannot tell the catalog format of {Path(path).name} from its extension; "
                          f"use {', '.join(SUFFIXES)} or pass a format ({', '.join(FORMATS)})")
    return SUFFIXES[suffix]


@contextmanager
def atomic_target(path: str | Path) -> Iterator[Path]:
    """A temporary path beside `path`: write to it; on leaving the block without an error it
    replaces `path` (keeping an existing file's permissions), otherwise it is removed and
    `path` stays as it was. Missing parent folders are created."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write `data` (str is encoded as UTF-8) to `path` atomically; return the path."""
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    with atomic_target(path) as temp:
        temp.write_bytes(payload)
    return Path(path)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where Linux tells (os.umask(0) would
    briefly open every file other threads create)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible everywhere (Windows); the rename itself is done
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- writing -----------------------------------------------------------------------------

def to_json(catalog: Catalog) -> str:
    return json.dumps(catalog.to_dict(), indent=2, ensure_ascii=False) + "\n"


def to_parquet(catalog: Catalog) -> bytes:
    """The flat rows of `Catalog.to_arrow()`, with the whole JSON document in the metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = catalog.to_arrow()
    document = json.dumps(catalog.to_dict(), ensure_ascii=False).encode("utf-8")
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), PARQUET_KEY: document})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def write(catalog: Catalog, path: str | Path, format: str | None = None) -> Path:
    """Write `catalog` to `path` (format from `format` or the extension), atomically."""
    path = Path(path)
    kind = format_for(path, format)
    try:
        if kind == "json":
            data: str | bytes = to_json(catalog)
        elif kind == "csv":
            from piiscan.catalog_csv import to_csv

            data = to_csv(catalog)
        else:
            data = to_parquet(catalog)
        if isinstance(data, str):
            data = data.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigError(f"cannot write {path}: the catalog holds text that is not valid "
                          "Unicode (an undecodable file or table name?)") from None
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


# --- reading -----------------------------------------------------------------------------

def read_catalog(path: str | Path) -> Catalog:
    """Read a catalog written as JSON, CSV or Parquet (told apart by content, then extension)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read catalog {path}: {exc.strerror or exc}") from None
    if data.startswith(b"PAR1"):
        document = _parquet_document(data, path)
    elif data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        document = _json_document(data, path)
    elif path.suffix.lower() == ".csv" or data.startswith(b'"source"'):
        from piiscan.catalog_csv import from_csv

        document = from_csv(data, path)
    else:
        raise ConfigError(f"cannot read catalog {path}: not a piiscan catalog (JSON, CSV or Parquet)")
    try:
        return Catalog.from_dict(document)
    except ConfigError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else "unexpected content"
        raise ConfigError(f"cannot read catalog {path}: not a piiscan catalog ({detail})") from None


def _json_document(data: bytes, path: Path) -> dict:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read catalog {path}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"cannot read catalog {path}: not valid JSON (line {exc.lineno})") from None
    if not isinstance(document, dict):
        raise ConfigError(f"cannot read catalog {path}: not a piiscan catalog (JSON, but not an object)")
    return document


def _parquet_document(data: bytes, path: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        metadata = pq.read_schema(pa.BufferReader(data)).metadata or {}
    except (pa.ArrowException, OSError):
        raise ConfigError(f"cannot read catalog {path}: not a readable Parquet file") from None
    if PARQUET_KEY not in metadata:
        raise ConfigError(f"cannot read catalog {path}: a Parquet file without piiscan's catalog "
                          "metadata (written by another tool or an older piiscan; scan again)")
    return _json_document(metadata[PARQUET_KEY], path)
