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


@dataclass(frozen=True)
class ColumnInfo:
    """A column's metadata. `skip_reason` is set for columns that are not sampled (binary, ...)."""

    name: str
    data_type: str
    skip_reason: str | None = None


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
