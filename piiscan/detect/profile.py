"""Column profiles: one sampled Arrow column turned into deduplicated, trimmed strings with
counts, plus cheap shape statistics. Everything here is vectorised (pyarrow.compute)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.sample import MAX_VALUE_CHARS


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
    """The profile of one column (raises what profiling it raises)."""
    (result,) = profile_many([array])
    if isinstance(result, Exception):
        raise result
    return result


def profile_many(arrays: list) -> list[Profile | Exception]:
    """Profiles of several columns, the shape statistics (words, digits, letters) computed
    in one regex pass over all of them: RE2 compiles `\\pL` in milliseconds, so once per
    table, not once per column, keeps the cost per column flat. A column that can't be
    profiled gets the exception instead of a profile; the others are unaffected."""
    parts: list = []
    for array in arrays:
        try:
            parts.append(_distinct(array))
        except Exception as error:  # noqa: BLE001 - handed back, recorded by the caller
            parts.append(error)
    live = [p for p in parts if not isinstance(p, Exception) and len(p["kept"])]
    try:
        stats = _shape_stats([p["kept"] for p in live])
    except Exception:  # one column's text breaks the joint pass: one pass per column
        stats = []
        for p in live:
            try:
                stats.append(_shape_stats([p["kept"]])[0])
            except Exception as error:  # noqa: BLE001
                stats.append(error)
    by_id = {id(p): stat for p, stat in zip(live, stats)}
    out: list[Profile | Exception] = []
    for p in parts:
        if isinstance(p, Exception):
            out.append(p)
            continue
        stat = by_id.get(id(p), (0.0, 0.0, 0.0, 0.0))
        if isinstance(stat, Exception):
            out.append(stat)
            continue
        out.append(Profile(p["rows"], len(p["kept"]), p["values"], p["counts"], p["kind"], *stat,
                           p["truncated"]))
    return out


def _distinct(array: pa.Array | pa.ChunkedArray) -> dict:
    while pa.types.is_list(array.type) or pa.types.is_large_list(array.type):
        array = pc.list_flatten(array)  # a list column (nested Parquet): its elements are the values
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
    counted = pc.value_counts(kept) if len(kept) else pa.StructArray.from_arrays(
        [pa.array([], pa.string()), pa.array([], pa.int64())], ["values", "counts"])
    return {"rows": rows, "kind": kind_of(data_type), "kept": kept, "values": counted.field("values"),
            "counts": counted.field("counts"), "truncated": truncated}


def _shape_stats(kept: list[pa.Array]) -> list[tuple[float, float, float, float]]:
    """(mean length, mean words, digit share, letter share) of each non-empty array."""
    if not kept:
        return []
    import numpy as np

    joined = pa.concat_arrays(kept) if len(kept) > 1 else kept[0]
    starts = np.cumsum([0] + [len(k) for k in kept[:-1]])

    def sums(counted) -> np.ndarray:
        return np.add.reduceat(pc.fill_null(counted, 0).to_numpy(zero_copy_only=False).astype(np.int64), starts)

    chars = sums(pc.utf8_length(joined))
    counted = _byte_counts(joined)
    if counted is None:
        counted = [pc.count_substring_regex(joined, rx) for rx in (r"\S+", r"\d", LETTERS)]
    words, digits, letters = (sums(c if isinstance(c, pa.Array) else pa.array(c)) for c in counted)
    out = []
    for n, k in enumerate(kept):
        total_chars = max(int(chars[n]), 1)
        out.append((total_chars / len(k), int(words[n]) / len(k), int(digits[n]) / total_chars,
                    int(letters[n]) / total_chars))
    return out


#: What counts as a letter: letters and the marks that belong to them (the vowel signs of
#: Khmer, Devanagari or Thai are marks, so `ជា សុខា` would be half letters without them).
LETTERS = r"[\pL\pM]"
#: The bytes RE2's `\s` matches (\t \n \f \r and space; not \v).
_RE2_SPACE = (9, 10, 12, 13, 32)


def _byte_counts(strings: pa.Array):
    """Per value, what `count_substring_regex` gives for `\\S+`, `\\d` and `\\pL`, counted on
    the UTF-8 bytes with numpy instead of three regex passes. Exact: RE2's `\\s` and `\\d` are
    ASCII bytes, which never occur inside a multi-byte character, and an ASCII value's
    letters are [A-Za-z]; values with other characters have their letters counted by `\\pL`.
    None when the array is not a plain string array."""
    import numpy as np

    if not pa.types.is_string(strings.type) or strings.null_count:
        return None
    _, offsets_buffer, data_buffer = strings.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int32)[strings.offset:strings.offset + len(strings) + 1]
    data = (np.frombuffer(data_buffer, np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
            )[offsets[0]:offsets[-1]]
    starts = offsets[:-1] - offsets[0]
    ends = offsets[1:] - offsets[0]

    def per_value(mask: np.ndarray) -> np.ndarray:
        running = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
        return running[ends] - running[starts]

    solid = ~np.isin(data, _RE2_SPACE)
    after_space = np.ones(len(data), bool)
    after_space[1:] = ~solid[:-1]
    after_space[starts[starts < len(data)]] = True  # each value starts a new word
    words = per_value(solid & after_space)
    digits = per_value((data >= 48) & (data <= 57))
    lower = data | 0x20
    letters = per_value((lower >= 97) & (lower <= 122))
    wide = np.flatnonzero(per_value(data >= 0x80))
    if len(wide):  # letters beyond ASCII: RE2's \pL on those values only
        exact = pc.count_substring_regex(strings.take(pa.array(wide)), LETTERS).to_numpy(zero_copy_only=False)
        letters[wide] = exact
    return words, digits, letters
