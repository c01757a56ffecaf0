"""Column profiles: one sampled Arrow column turned into deduplicated, trimmed strings with
counts, plus cheap shape statistics. Everything here is vectorised (pyarrow.compute)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.sources.base import MAX_VALUE_CHARS


@dataclass(frozen=True)
class Profile:
    rows: int  # rows sampled
    non_null: int  # rows with a non-empty value
    values: pa.Array  # distinct non-empty values (string)
    counts: pa.Array  # rows per distinct value (int64)
    kind: str  # "string" | "integer" | "float" | "temporal" | "boolean" | "other"
    mean_length: float
    mean_words: float
    digit_share: float  # share of characters that are digits (over rows)
    alpha_share: float
    truncated: int  # values cut to MAX_VALUE_CHARS

    @property
    def distinct(self) -> int:
        return len(self.values)

    @property
    def is_free_text(self) -> bool:
        return self.kind == "string" and self.mean_words >= 4 and self.mean_length >= 20


def kind_of(data_type: pa.DataType) -> str:
    if pa.types.is_string(data_type) or pa.types.is_large_string(data_type):
        return "string"
    if pa.types.is_integer(data_type):
        return "integer"
    if pa.types.is_floating(data_type) or pa.types.is_decimal(data_type):
        return "float"
    if pa.types.is_temporal(data_type):
        return "temporal"
    if pa.types.is_boolean(data_type):
        return "boolean"
    return "other"


def as_strings(array: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    if pa.types.is_string(array.type):
        return array
    if pa.types.is_large_string(array.type) or pa.types.is_dictionary(array.type):
        return array.cast(pa.string())
    try:
        return array.cast(pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([None if v is None else str(v) for v in array.to_pylist()], pa.string())


def profile(array: pa.Array | pa.ChunkedArray) -> Profile:
    data_type = array.type
    strings = as_strings(array)
    rows = len(strings)
    strings = pc.utf8_trim_whitespace(strings)
    lengths = pc.utf8_length(strings)
    long_values = pc.greater(lengths, MAX_VALUE_CHARS)
    truncated = pc.sum(long_values).as_py() or 0
    if truncated:
        strings = pc.utf8_slice_codeunits(strings, 0, MAX_VALUE_CHARS)
    present = pc.and_(pc.is_valid(strings), pc.greater(pc.fill_null(lengths, 0), 0))
    kept = strings.filter(present)
    non_null = len(kept)
    counted = pc.value_counts(kept) if non_null else pa.StructArray.from_arrays(
        [pa.array([], pa.string()), pa.array([], pa.int64())], ["values", "counts"])
    values = counted.field("values")
    counts = counted.field("counts")
    if non_null:
        # row totals from the distinct values weighted by their counts: the same sums, with
        # each regex run once per distinct value instead of once per row
        total_chars = max(_row_total(pc.utf8_length(values), counts), 1)
        mean_length = total_chars / non_null
        mean_words = _row_total(pc.count_substring_regex(values, r"\S+"), counts) / non_null
        digit_share = _row_total(pc.count_substring_regex(values, r"\d"), counts) / total_chars
        alpha_share = _row_total(pc.count_substring_regex(values, r"\pL"), counts) / total_chars
    else:
        mean_length = mean_words = digit_share = alpha_share = 0.0
    return Profile(rows, non_null, values, counts, kind_of(data_type), mean_length, mean_words,
                   digit_share, alpha_share, truncated)


def _row_total(per_value: pa.Array, counts: pa.Array) -> int:
    """Sum over rows of a per-value quantity, given each distinct value's row count."""
    return pc.sum(pc.multiply(per_value.cast(pa.int64()), counts)).as_py() or 0
