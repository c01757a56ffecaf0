"""The Source protocol and the plain values sources hand on to detection.

A source lists its tables and samples one table into an Arrow table. Everything
detection needs travels in `Sample`; detection never calls back into a source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, runtime_checkable

import pyarrow as pa

#: Values longer than this many characters are cut before detection.
MAX_VALUE_CHARS = 1000


@dataclass(frozen=True)
class TableRef:
    """One table (or view, or file) of one source."""

    source: str  # the source's display name, as in the catalog
    schema: str | None
    name: str
    kind: str = "table"  # "table" | "view" | "file"


@dataclass(frozen=True)
class ColumnInfo:
    """A column's metadata. `skip_reason` is set for columns that are not sampled (binary, ...)."""

    name: str
    data_type: str
    skip_reason: str | None = None


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


@runtime_checkable
class Source(Protocol):
    """What every kind of source provides. One module per kind implements it."""

    name: str  # display name, unique within a scan
    url: str  # location with any password masked

    def tables(self) -> Iterator[TableRef]:
        """Yield the tables (views, files) to scan, after include/exclude filters."""
        ...

    def sample(self, table: TableRef, size: int) -> Sample:
        """Read up to `size` rows of `table`, randomly where the source allows it.

        Raises TableError with a reason (never a raw value) when the table can't be read.
        """
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SourceOptions:
    """Options every source understands; each kind ignores those that don't apply."""

    include: tuple[str, ...] = ()  # glob patterns on table names / relative file paths
    exclude: tuple[str, ...] = ()
    schemas: tuple[str, ...] = ()  # glob patterns on schema names (databases)
    exclude_schemas: tuple[str, ...] = ()
    views: bool = False  # scan views too (databases)
    timeout_s: float = 60.0  # per-table statement timeout (databases)
    name: str | None = None  # display name override
    extra: dict = field(default_factory=dict)
