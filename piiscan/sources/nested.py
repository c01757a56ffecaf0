"""Nested values to flat columns: JSON records to dotted paths, nested Parquet columns
(structs, lists, maps) to one column per leaf.

    {"customer": {"email": "a@x"}}         -> column customer.email
    {"items": [{"sku": 1}, {"sku": 2}]}    -> column items.sku, value "1; 2"
    {"tags": ["a", "b"]}                   -> column tags, value "a; b"

A key that looks like personal data (an e-mail as a key) is masked in the path.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.sources import mask_name, rows_to_arrow

#: Values of a list in one JSON record are joined with this into one cell.
LIST_SEPARATOR = "; "


def flatten_nested(table: pa.Table) -> pa.Table:
    """Structs become dotted columns; a list or map becomes one list column per leaf
    (`emails`, `contacts.email`, `attributes.key`, `attributes.value`), whose elements
    detection reads as values."""
    if not any(pa.types.is_nested(f.type) for f in table.schema):
        return table
    import numpy as np

    names, arrays = [], []
    rows = np.arange(table.num_rows)
    for name, column in zip(table.column_names, table.columns):
        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        for leaf, values, parents in _nested_leaves(name, array, rows):
            if parents is not rows:  # under a list: one list of elements per row
                counts = np.bincount(parents, minlength=table.num_rows)
                offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]), pa.int32())
                values = pa.ListArray.from_arrays(offsets, values)
            names.append(leaf)
            arrays.append(values)
    return pa.Table.from_arrays(arrays, names=names)


def _nested_leaves(name: str, array: pa.Array, rows):
    """(dotted path, leaf values, row of each value) for every leaf of a nested column."""
    import numpy as np

    kind = array.type
    if pa.types.is_struct(kind):
        for i, field in enumerate(kind):
            yield from _nested_leaves(f"{name}.{mask_name(field.name)}", array.field(i), rows)
    elif pa.types.is_map(kind):  # offsets index the whole key and item arrays, even in a slice
        offsets = array.offsets.to_numpy(zero_copy_only=False)
        parents = np.repeat(rows, np.diff(offsets))
        start, length = int(offsets[0]), int(offsets[-1] - offsets[0])
        yield from _nested_leaves(f"{name}.key", array.keys.slice(start, length), parents)
        yield from _nested_leaves(f"{name}.value", array.items.slice(start, length), parents)
    elif pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind):
        parents = rows[pc.list_parent_indices(array).to_numpy()]
        yield from _nested_leaves(name, pc.list_flatten(array), parents)
    else:
        yield name, array, rows


def records_table(records: list, notes: list[str] | None = None) -> pa.Table:
    """JSON-like records -> an Arrow table with one column per dotted path. Keys that look
    like personal data are masked (and counted in `notes`)."""
    masked: set[str] = set()
    rows = [flatten_record(r if isinstance(r, dict) else {"value": r}, masked=masked) for r in records]
    if masked and notes is not None:
        notes.append(f"{len(masked)} JSON key(s) looked like personal data and are masked in column names")
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    ordered = list(names)
    data, _ = rows_to_arrow(ordered, [[row.get(n) for n in ordered] for row in rows])
    return data


def flatten_record(record: dict, prefix: str = "", masked: set[str] | None = None) -> dict[str, object]:
    """One JSON object -> {dotted path: value}. Lists of objects give one path per key with
    the values of all elements joined; lists of scalars are joined. A key that looks like
    personal data (an e-mail) is masked in the path, and added to `masked`."""
    flat: dict[str, object] = {}
    for key, value in record.items():
        shown = mask_name(str(key))
        if shown != key and masked is not None:
            masked.add(shown)
        path = f"{prefix}{shown}"
        if isinstance(value, dict):
            flat.update(flatten_record(value, f"{path}.", masked))
        elif isinstance(value, list):
            for sub_path, values in _flatten_list(value, path, masked).items():
                flat[sub_path] = LIST_SEPARATOR.join(values) if values else None
        else:
            flat[path] = value
    return flat


def _flatten_list(items: list, path: str, masked: set[str] | None = None) -> dict[str, list[str]]:
    collected: dict[str, list[str]] = {}
    for item in items:
        if isinstance(item, dict):
            parts = {k: [v] for k, v in flatten_record(item, f"{path}.", masked).items()}
        elif isinstance(item, list):
            parts = _flatten_list(item, path, masked)
        else:
            parts = {path: [item]}
        for sub_path, values in parts.items():
            collected.setdefault(sub_path, []).extend(
                _scalar_text(v) for v in values if v is not None
            )
    return collected


def _scalar_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
