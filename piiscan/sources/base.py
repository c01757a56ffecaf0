"""The Source protocol and the plain values sources hand on to detection.

A source lists its tables and samples one table into an Arrow table. Everything
detection needs travels in `Sample` (piiscan/sample.py, which detection imports instead of
this module); detection never calls back into a source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, runtime_checkable

from piiscan.sample import MAX_VALUE_CHARS, ColumnInfo, Sample, TableRef

__all__ = ["MAX_VALUE_CHARS", "ColumnInfo", "Sample", "Source", "SourceOptions", "TableRef"]


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

        `table` is one that `tables()` yielded (possibly in another process, on another
        object of the same source): what the listing learnt travels in it.

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
    seed: int = 0  # seed of the random picks: the same seed and data give the same sample
    extra: dict = field(default_factory=dict)
