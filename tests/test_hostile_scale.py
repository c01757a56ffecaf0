"""Wide tables (issue 9 item 7): the cost of a column doesn't grow with the number of
columns. It used to: column-name lookups were linear in the column count, and RE2
recompiled `\\pL` for every column (10,000 columns x 20 rows took 150 s)."""

from __future__ import annotations

import sys

import pyarrow as pa

import piiscan


def wide(columns: int, rows: int = 20) -> pa.Table:
    return pa.table({f"col_{c}": [f"v{r}_{c}" if c % 3 else str(r * 7919 + c) for r in range(rows)]
                     for c in range(columns)})


def calls_per_column(columns: int) -> float:
    """Function calls (Python and C, counted by sys.setprofile) per column of one scan: a
    count, not a time, so it is the same on a busy machine and an idle one. A lookup that is
    linear in the number of columns shows up as calls that grow with the table's width."""
    table = wide(columns)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        catalog = piiscan.scan_table(table, ner=False)
    finally:
        sys.setprofile(None)
    assert len(catalog.columns) == columns
    return calls / columns


def test_cost_per_column_is_flat_in_the_number_of_columns():
    piiscan.scan_table(wide(5), ner=False)  # rules loaded, caches warm
    narrow = calls_per_column(300)
    broad = calls_per_column(2400)
    assert broad < 1.15 * narrow, (narrow, broad)
