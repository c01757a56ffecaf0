"""How rows are picked: per-dialect sampling statements and a streaming reservoir.

`sample_statement` is a pure function: given a table (SQLAlchemy Core), the dialect name,
the sample size and a cheap row estimate, it returns the SELECT to run and the name of
the method, which the catalog records. No statement sorts a big table:

    method                 when                                  SQL
    full                   estimate < size                       SELECT … LIMIT size
    limit                  views, unknown size, other dialects   SELECT … LIMIT size
    postgres-bernoulli     size <= estimate <= 1M rows           TABLESAMPLE BERNOULLI(p) REPEATABLE(seed) LIMIT 3 * size
    postgres-system        estimate > 1M rows                    TABLESAMPLE SYSTEM(p) REPEATABLE(seed) LIMIT 3 * size
    mysql-order-rand       size <= estimate < 10 * size          ORDER BY RAND(seed) LIMIT size
    mysql-rand-filter      estimate >= 10 * size                 WHERE RAND(seed) < p LIMIT 3 * size
    sqlite-random-rowid    rowid tables                          WHERE rowid IN (rowids picked in Python from the seed)
    mssql-order-newid      size <= estimate < 10 * size          SELECT TOP size … ORDER BY NEWID()
    mssql-tablesample      estimate >= 10 * size                 SELECT TOP 3 * size … TABLESAMPLE SYSTEM (p PERCENT) REPEATABLE(seed)

A draw (p aims at 1.5 times the sample) returns about 1.5 * size rows; `keep_rows` picks the
sample among them at random from the seed.

Binary columns (`binary`) are read as their first BINARY_PREFIX_BYTES bytes and their length,
both computed by the database (`bytes_reads`), so a large image never leaves it whole; the
lengths follow the table's columns at the end of each row.

`estimate_statement` gives the one catalog query per schema that yields those estimates.
`Reservoir` and `reservoir_sample` pick a uniform random sample from a stream (files).
"""

from __future__ import annotations

import json
import math
import random
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from piiscan.sample import BINARY_PREFIX_BYTES

if TYPE_CHECKING:
    import pyarrow as pa
    from sqlalchemy.sql import Select, TableClause, TextClause

#: Above this many rows PostgreSQL samples pages (SYSTEM) instead of rows (BERNOULLI).
BERNOULLI_MAX_ROWS = 1_000_000
#: Sampling fractions aim at this many times the sample size, so that rarely fewer rows
#: than the sample come back; `keep_rows` then picks the sample among them at random.
OVERSAMPLE = 1.5
#: A sampling statement reads at most this many times the sample size (a stale estimate
#: of a table that grew can't flood memory; taking the first rows of a bigger draw would
#: favour the start of the table, so the draw aims well below this cap).
FETCH_CAP = 3
#: Methods whose statement draws a share of the rows; the sample is picked among them.
DRAW_METHODS = frozenset({"postgres-bernoulli", "postgres-system", "mysql-rand-filter", "mssql-tablesample",
                          "sqlite-random-rowid"})  # SQLite: a draw of candidate rowids (big tables with gaps)
#: Kinds of objects that store rows and can be sampled randomly (views are read with LIMIT).
SAMPLED_KINDS = frozenset({"table", "materialized view"})
#: Methods whose rows differ from run to run whatever the seed (the dialect can't seed them).
UNSEEDED_METHODS = frozenset({"mssql-order-newid"})


def sample_statement(
    table: TableClause,
    dialect: str,
    size: int,
    rows_estimate: int | None = None,
    *,
    kind: str = "table",
    has_rowid: bool = True,
    seed: int = 0,
    rowids: Sequence[int] | None = None,
    binary: Sequence[str] = (),
) -> tuple[Select, str]:
    """The SELECT that samples up to `size` rows of `table` on `dialect`, and its method name.

    `table` carries the columns to read; identifiers are quoted by SQLAlchemy when compiled.
    `rows_estimate` is the catalog's cheap estimate (None when unknown). On SQLite,
    `rowids` are the rows to read (`pick_rows`; SQLite's random() can't be seeded), bound
    as one JSON array whatever their number. `binary` names the columns read as a prefix and
    a length (`bytes_reads`).
    """
    import sqlalchemy as sa

    columns = read_list(table.c, dialect, binary)
    plain = sa.select(*columns).limit(size)
    known = rows_estimate is not None and rows_estimate >= 0
    if known and rows_estimate < size:
        return plain, "full"
    if dialect == "sqlite":
        if kind != "table" or not has_rowid or rowids is None:
            return plain, "limit"
        rowid = sa.literal_column("_rowid_")
        picked = sa.select(sa.literal_column("value")).select_from(
            sa.func.json_each(sa.bindparam("rowids", json.dumps(list(rowids))))
        )
        statement = sa.select(*columns).where(rowid.in_(picked.scalar_subquery())).order_by(rowid)
        return statement, "sqlite-random-rowid"
    if kind not in SAMPLED_KINDS or not known:
        return plain, "limit"
    share = min(1.0, OVERSAMPLE * size / max(rows_estimate, 1))
    if dialect == "postgresql":
        percent = sa.literal_column(_number(100 * share))
        if rows_estimate <= BERNOULLI_MAX_ROWS:
            method, sampling = "postgres-bernoulli", sa.func.bernoulli(percent)
        else:
            method, sampling = "postgres-system", sa.func.system(percent)
        sampled = sa.tablesample(table, sampling, name="sampled", seed=sa.literal_column(str(int(seed))))
        return sa.select(*read_list(sampled.c, dialect, binary)).limit(FETCH_CAP * size), method
    if dialect in ("mysql", "mariadb"):
        if rows_estimate < 10 * size:
            return plain.order_by(sa.func.rand(int(seed))), "mysql-order-rand"
        return plain.limit(FETCH_CAP * size).where(sa.func.rand(int(seed)) < share), "mysql-rand-filter"
    if dialect == "mssql":
        if rows_estimate < 10 * size:
            return plain.order_by(sa.func.newid()), "mssql-order-newid"
        percent = sa.literal_column(f"{_number(100 * share)} PERCENT")
        sampled = sa.tablesample(
            table, sa.func.system(percent), name="sampled", seed=sa.literal_column(str(int(seed)))
        )
        return sa.select(*read_list(sampled.c, dialect, binary)).limit(FETCH_CAP * size), "mssql-tablesample"
    return plain, "limit"


#: Dialects whose binary columns are read in SQL as a prefix and a length (`bytes_reads`).
BYTES_DIALECTS = frozenset({"sqlite", "postgresql", "mysql", "mariadb", "mssql"})


def bytes_reads(column, dialect: str) -> tuple:
    """(prefix, length) of a binary column as SQL expressions: its first BINARY_PREFIX_BYTES
    bytes and its whole length in bytes."""
    import sqlalchemy as sa

    if dialect == "sqlite":  # a BLOB column may hold text (dynamic types): read its bytes
        column = sa.cast(column, sa.LargeBinary)
        return sa.func.substr(column, 1, BINARY_PREFIX_BYTES), sa.func.length(column)
    if dialect == "mssql":
        return sa.func.substring(column, 1, BINARY_PREFIX_BYTES), sa.func.datalength(column)
    if dialect in ("mysql", "mariadb", "postgresql"):
        return sa.func.substring(column, 1, BINARY_PREFIX_BYTES), sa.func.octet_length(column)
    raise ValueError(f"binary columns can't be read on {dialect}")


def read_list(columns, dialect: str, binary: Sequence[str]) -> list:
    """The select list of a sample: `columns`, the `binary` ones as their prefixes (under
    their own names), then the lengths of the binary ones, in order."""
    if not binary:
        return list(columns)
    reads = {c.name: bytes_reads(c, dialect) for c in columns if c.name in binary}
    picked = [reads[c.name][0].label(c.name) if c.name in reads else c for c in columns]
    return picked + [reads[name][1].label(f"piiscan_length_{i}") for i, name in enumerate(reads)]


def pick_rows(population: Sequence[int], size: int, seed: int) -> list[int]:
    """`size` items of `population` (row numbers, rowids) picked from `seed`, in order:
    the same seed and population give the same picks. A `range` is never materialised."""
    if len(population) <= size:
        return list(population)
    return sorted(random.Random(seed).sample(population, size))


def keep_rows(rows: Sequence, method: str, size: int, seed: int) -> list:
    """The sample among the rows a statement returned: for a draw (DRAW_METHODS), `size` of
    them picked at random from the seed, so every drawn row is equally likely to be kept
    (the first rows of a draw would all come from the start of the table)."""
    if method in DRAW_METHODS and len(rows) > size:
        return [rows[i] for i in pick_rows(range(len(rows)), size, seed)]
    return list(rows[:size])


def _number(value: float) -> str:
    """A percentage as SQL literal text: a plain decimal, never exponent notation."""
    return f"{max(value, 0.000001):.6f}".rstrip("0").rstrip(".")


def estimate_statement(dialect: str) -> TextClause | None:
    """A query of (table name, estimated rows) for every table of the schema bound as
    :schema, read from the catalog's statistics; None when the dialect has none cheap."""
    from sqlalchemy import text

    if dialect == "postgresql":
        return text(
            "SELECT c.relname, c.reltuples::bigint FROM pg_catalog.pg_class c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = :schema AND c.relkind IN ('r', 'p', 'm')"
        )
    if dialect in ("mysql", "mariadb"):
        return text(
            "SELECT table_name, table_rows FROM information_schema.tables"
            " WHERE table_schema = :schema AND table_type = 'BASE TABLE'"
        )
    if dialect == "mssql":
        return text(
            "SELECT t.name, SUM(p.rows) FROM sys.tables t"
            " JOIN sys.schemas s ON s.schema_id = t.schema_id"
            " JOIN sys.partitions p ON p.object_id = t.object_id AND p.index_id IN (0, 1)"
            " WHERE s.name = :schema GROUP BY t.name"
        )
    return None


class Reservoir:
    """Which items of a stream of unknown length to keep in `size` slots so that every
    item is equally likely to end up there (Li's Algorithm L: O(size · log(n/size))
    random numbers, so it skips over long stretches without looking at them)."""

    def __init__(self, size: int, seed: int = 0) -> None:
        self.size = size
        self.seen = 0
        self._rng = random.Random(seed)
        self._weight = 0.0
        self._next = 0 if size > 0 else math.inf

    def offer(self, count: int) -> list[tuple[int, int]]:
        """The next `count` items arrive; returns (slot, offset in this chunk) for the ones
        to keep, in stream order (a later pick for the same slot replaces an earlier one)."""
        start, end = self.seen, self.seen + count
        picks = []
        while self._next < end:
            index = int(self._next)
            slot = index if index < self.size else self._rng.randrange(self.size)
            picks.append((slot, index - start))
            self._advance(index)
        self.seen = end
        return picks

    def _advance(self, index: int) -> None:
        if index < self.size - 1:
            self._next = index + 1
            return
        step = math.exp(math.log(self._uniform()) / self.size)
        self._weight = step if index == self.size - 1 else self._weight * step
        self._weight = min(self._weight, 1.0 - 2.0**-52)
        self._next = index + math.floor(math.log(self._uniform()) / math.log(1.0 - self._weight)) + 1

    def _uniform(self) -> float:
        return self._rng.random() or 2.0**-1074


def reservoir_sample(
    batches: Iterable[pa.RecordBatch], size: int, seed: int = 0
) -> tuple[pa.Table | None, int]:
    """A uniform random sample of up to `size` rows from a stream of record batches, and
    the number of rows seen. Only the kept rows stay in memory."""
    import pyarrow as pa

    reservoir = Reservoir(size, seed)
    pieces: list[pa.RecordBatch] = []
    slots: list[tuple[int, int]] = []  # slot -> (piece, row in piece)
    schema = None
    for batch in batches:
        schema = batch.schema
        picks = reservoir.offer(batch.num_rows)
        if not picks:
            continue
        pieces.append(batch.take(pa.array([offset for _, offset in picks], pa.int64())))
        for row, (slot, _) in enumerate(picks):
            if slot == len(slots):
                slots.append((len(pieces) - 1, row))
            else:
                slots[slot] = (len(pieces) - 1, row)
        if len(pieces) > 64:
            pieces, slots = _compact(pieces, slots)
    if schema is None:
        return None, 0
    if not pieces:
        return pa.Table.from_batches([], schema=schema), reservoir.seen
    pieces, _ = _compact(pieces, slots)
    return pa.Table.from_batches(pieces, schema=schema), reservoir.seen


def _compact(pieces: list, slots: list[tuple[int, int]]) -> tuple[list, list[tuple[int, int]]]:
    import pyarrow as pa

    starts = list(running_starts(p.num_rows for p in pieces))
    table = pa.Table.from_batches(pieces).combine_chunks()
    kept = table.take(pa.array([starts[p] + r for p, r in slots], pa.int64())).combine_chunks()
    return kept.to_batches(), [(0, i) for i in range(kept.num_rows)]


def running_starts(counts: Iterable[int]) -> Iterator[int]:
    """Where each of consecutive chunks of these sizes starts: 0, n0, n0 + n1, …"""
    total = 0
    for count in counts:
        yield total
        total += count
