"""Wide tables (issue 9 item 7): the cost of a column doesn't grow with the number of
columns. It used to: column-name lookups were linear in the column count, and RE2
recompiled `\\pL` for every column (10,000 columns x 20 rows took 150 s; now about 4 s)."""

from __future__ import annotations

import time

import pyarrow as pa

import piiscan


def wide(columns: int, rows: int = 20) -> pa.Table:
    return pa.table({f"col_{c}": [f"v{r}_{c}" if c % 3 else str(r * 7919 + c) for r in range(rows)]
                     for c in range(columns)})


def seconds_per_column(columns: int, tries: int) -> float:
    table = wide(columns)
    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        catalog = piiscan.scan_table(table, ner=False)
        best = min(best, time.perf_counter() - started)
    assert len(catalog.columns) == columns
    return best / columns


def test_cost_per_column_is_flat_in_the_number_of_columns():
    piiscan.scan_table(wide(5), ner=False)  # rules loaded
    narrow = seconds_per_column(500, tries=3)
    broad = seconds_per_column(4000, tries=1)
    assert broad < 1.8 * narrow + 0.0002, (narrow, broad)
    assert broad < 0.003, broad  # was 6 ms per column at 5,000 columns
