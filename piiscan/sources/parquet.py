"""Parquet files sampled by row group.

The rows of a sample are picked over the whole file from the seed (`plan`); each row group
holding picked rows is read on its own, so that a large file can be read in parts (one
task per part on a process pool or a Dask cluster, piiscan.lake) and the parts merged
(`merge`) into exactly the sample one reader would take. A row group that can't be read
loses only its picked rows: the sample says which row groups were left out and why.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from piiscan.errors import TableError
from piiscan.sampling import running_starts


@dataclass(frozen=True)
class Part:
    """The sampled rows of some row groups of one file, in file order (None: none read),
    and the row groups of them that could not be read, with why."""

    groups: tuple[int, ...]
    data: pa.Table | None
    broken: tuple[tuple[int, str], ...] = ()
    total: int = 0  # rows in the whole file
    row_groups: int = 0  # row groups in the whole file


def plan(metadata, size: int, seed: int) -> dict[int, list[int]]:
    """Row group -> the positions, inside it, of the rows the sample picks (a file of at
    most `size` rows: all of them)."""
    total = metadata.num_rows
    counts = [metadata.row_group(g).num_rows for g in range(metadata.num_row_groups)]
    if total <= size:
        return {g: list(range(n)) for g, n in enumerate(counts) if n}
    picked = sorted(random.Random(seed).sample(range(total), size))
    starts = list(running_starts(counts))
    out: dict[int, list[int]] = {}
    for i in picked:
        g = bisect.bisect_right(starts, i) - 1
        out.setdefault(g, []).append(i - starts[g])
    return out


def parts(path: Path, size: int, seed: int, most: int) -> list[tuple[int, ...]]:
    """The row groups holding sampled rows, in at most `most` runs of consecutive groups."""
    import pyarrow.parquet as pq

    groups = sorted(plan(pq.ParquetFile(path).metadata, size, seed))
    count = max(1, min(most, len(groups)))
    return [tuple(groups[len(groups) * k // count:len(groups) * (k + 1) // count]) for k in range(count)]


def read_part(path: Path, size: int, seed: int, groups: tuple[int, ...] | None = None) -> Part:
    """The sampled rows of `groups` (default: every group holding sampled rows)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    chosen = plan(parquet.metadata, size, seed)
    groups = tuple(sorted(chosen)) if groups is None else groups
    tables, broken = [], []
    for g in groups:
        try:
            tables.append(parquet.read_row_group(g).take(pa.array(chosen[g], pa.int64())))
        except (OSError, pa.ArrowException, KeyError) as error:
            broken.append((g, f"{type(error).__name__}: not a valid Parquet row group"))
    if not groups:  # no rows at all: the file's columns, empty
        tables = [parquet.schema_arrow.empty_table()]
    data = pa.concat_tables(tables) if tables else None
    return Part(groups, data, tuple(broken), parquet.metadata.num_rows, parquet.metadata.num_row_groups)


def failed_part(groups: tuple[int, ...], reason: str) -> Part:
    """A part whose task failed as a whole (its worker died, it timed out)."""
    return Part(groups, None, tuple((g, reason) for g in groups))


def merge(found: list[Part], size: int) -> tuple[pa.Table, int, str, list[str]]:
    """The parts' rows as one sample, in file order: (rows, file rows, method, notes)."""
    found = sorted(found, key=lambda p: p.groups[:1])
    tables = [p.data for p in found if p.data is not None]
    broken = sorted(b for p in found for b in p.broken)
    if not tables:
        reason = broken[0][1] if broken else "no row group could be read"
        raise TableError(f"no row group could be read ({reason})")
    data = pa.concat_tables(tables) if len(tables) > 1 else tables[0]
    total = max(p.total for p in found)
    notes = []
    if broken:
        shown = ", ".join(str(g) for g, _ in broken[:10]) + (", …" if len(broken) > 10 else "")
        groups = max(p.row_groups for p in found)
        notes.append(f"{len(broken)} of {groups} row groups could not be read (row group {shown}: "
                     f"{broken[0][1]}); the sample holds the rows of the others")
    return data, total, "full" if total <= size else "random-rows", notes
