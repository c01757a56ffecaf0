"""The plain values that travel from sources to detection: a table's reference, its
columns' metadata and the sampled rows.

Both sides import this module; neither imports the other (docs/extending.md, STYLE.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

#: Values longer than this many characters are cut before detection.
MAX_VALUE_CHARS = 1000
#: A binary value is read as its first this many bytes and its full length: enough for magic
#: numbers, entropy and short text stored as bytes, never a whole image.
BINARY_PREFIX_BYTES = 64


@dataclass(frozen=True)
class ColumnInfo:
    """A column's metadata. `skip_reason` is set for columns that are not sampled (unsupported
    types; binary columns whose bytes the source can't read). A `binary` column that is
    sampled arrives as `bytes_struct` values: each value's prefix and its length."""

    name: str
    data_type: str
    skip_reason: str | None = None
    binary: bool = False


@dataclass(frozen=True)
class TableRef:
    """One table (or view, or file) of one source.

    A table is identified by (source, schema, name, kind). What the listing learnt about it
    travels along, so that whoever samples it (a worker process with a fresh connection)
    needs no second listing: the row estimate from the statistics, the column list, whether
    a SQLite table has a rowid, and the ODBC catalog/schema qualifier. `None` means unknown:
    the source then finds out itself.
    """

    source: str  # the source's name, as in the catalog
    schema: str | None
    name: str
    kind: str = "table"  # "table" | "view" | "materialized view" | "file"
    rows_estimate: int | None = field(default=None, compare=False, repr=False)
    columns: tuple[ColumnInfo, ...] | None = field(default=None, compare=False, repr=False)
    has_rowid: bool | None = field(default=None, compare=False, repr=False)
    qualifier: tuple[str, ...] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Sample:
    """Sampled rows of one table, as an Arrow table whose columns follow `columns`
    (skipped columns are absent from `data`)."""

    table: TableRef
    columns: list[ColumnInfo]
    data: pa.Table
    method: str = "full"  # how rows were picked, recorded in the catalog
    rows_total: int | None = None  # table size when known cheaply
    notes: tuple[str, ...] = ()  # what the source changed or skipped (masked keys, bad lines)
    links: tuple[tuple[str, str], ...] = ()  # (column, referred table) of the table's foreign keys


def bytes_struct(prefixes, lengths):
    """Binary values as Arrow struct<prefix: binary, length: int64>: the first
    BINARY_PREFIX_BYTES bytes of each value and its whole length in bytes (nulls stay null)."""
    import pyarrow as pa

    prefix = pa.array([None if p is None else bytes(p)[:BINARY_PREFIX_BYTES] for p in prefixes], pa.binary())
    length = pa.array([None if n is None else int(n) for n in lengths], pa.int64())
    return pa.StructArray.from_arrays([prefix, length], names=["prefix", "length"], mask=prefix.is_null())


def binary_as_bytes_struct(array):
    """An Arrow binary column (binary, large_binary, fixed_size_binary) as `bytes_struct`,
    cut with pyarrow.compute: the values already in memory are never copied whole."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    if pa.types.is_fixed_size_binary(array.type):
        array = array.cast(pa.binary())
    prefix = pc.binary_slice(array, 0, BINARY_PREFIX_BYTES).cast(pa.binary())
    length = pc.binary_length(array).cast(pa.int64())
    return pa.StructArray.from_arrays([prefix, length], names=["prefix", "length"], mask=array.is_null())


def is_binary_type(data_type) -> bool:
    """True for Arrow binary types (the bytes of a file's or a DataFrame's column)."""
    import pyarrow as pa

    return (pa.types.is_binary(data_type) or pa.types.is_large_binary(data_type)
            or pa.types.is_fixed_size_binary(data_type))
