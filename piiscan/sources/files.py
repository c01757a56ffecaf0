"""FileSource: delimited text, Parquet, JSON and JSON Lines files, one file or a folder tree.

Each file is one table named by its path relative to the scanned folder. Delimited files
are read as strings only (zip codes keep their leading zeros), streamed in batches and
reservoir-sampled; Parquet reads only the row groups that hold the sampled rows; JSON
nests flatten to dotted column paths:

    {"customer": {"email": "a@x"}}         -> column customer.email
    {"items": [{"sku": 1}, {"sku": 2}]}    -> column items.sku, value "1; 2"
    {"tags": ["a", "b"]}                   -> column tags, value "a; b"
"""

from __future__ import annotations

import bisect
import codecs
import csv
import gzip
import io
import json
import os
import random
import re
from pathlib import Path
from typing import IO, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from piiscan.errors import SourceError, TableError
from piiscan.sampling import Reservoir, reservoir_sample, running_starts
from piiscan.sources import looks_like_value, mask_name, matches, printable_name, rows_to_arrow
from piiscan.sources.base import ColumnInfo, Sample, SourceOptions, TableRef

#: File name ending -> kind of reader. A ".gz" after any text kind is read through gzip.
KINDS = {
    ".csv": "delimited",
    ".tsv": "delimited",
    ".txt": "delimited",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024
#: The largest CSV read block tried for a file whose single values span megabytes.
MAX_BLOCK_BYTES = 512 << 20
#: Values of a list in one JSON record are joined with this into one cell.
LIST_SEPARATOR = "; "
_ARROW_ROW_CONTENT = re.compile(r"Expected (\d+) columns, got (\d+)")


def file_kind(path: Path) -> str | None:
    """The reader for a file name, or None when piiscan doesn't read that kind."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        kind = KINDS.get(suffixes[0]) if len(suffixes) == 2 else None
        return kind if kind != "parquet" else None
    return KINDS.get(suffixes[-1]) if suffixes else None


class FileSource:
    """A file, or a folder walked recursively, filtered by include/exclude globs."""

    def __init__(self, path: str | os.PathLike, options: SourceOptions | None = None) -> None:
        self.options = options or SourceOptions()
        self.path = Path(path).expanduser()
        self.url = printable_name(str(self.path))  # a path that is not UTF-8 is still text
        self.name = self.options.name or self.url
        self._seed = int(self.options.extra.get("seed", 0))
        self._encoding = self.options.extra.get("encoding")
        self._files: dict[str, Path] | None = None
        if not self.path.exists():
            raise SourceError(f"cannot read {self.path}: no such file or folder")
        if not os.access(self.path, os.R_OK):
            raise SourceError(f"cannot read {self.path}: permission denied")
        if self.path.is_file() and file_kind(self.path) is None:
            raise SourceError(
                f"cannot read {self.path}: unknown file kind; piiscan reads {', '.join(sorted(KINDS))} (and .gz)"
            )

    def tables(self) -> Iterator[TableRef]:
        if self.path.is_file():
            yield TableRef(source=self.name, schema=None, name=printable_name(self.path.name), kind="file")
            return
        for relative, path in self._listing().items():
            if matches([relative, printable_name(path.name)], self.options.include, self.options.exclude):
                yield TableRef(source=self.name, schema=None, name=relative, kind="file")

    def _listing(self) -> dict[str, Path]:
        """Table name -> file, for every readable file of the folder. A name that is not
        valid UTF-8 is shown with \\x escapes (and still read from its real path)."""
        if self._files is None:
            self._files = {}
            for path in sorted(self.path.rglob("*")):
                parts = path.relative_to(self.path).parts
                if any(part.startswith(".") for part in parts):
                    continue  # hidden files and folders (.git, .cache…)
                if not path.is_file() or file_kind(path) is None:
                    continue
                self._files["/".join(printable_name(part) for part in parts)] = path
        return self._files

    def sample(self, table: TableRef, size: int) -> Sample:
        path = self._file(table)
        kind = file_kind(path)
        notes: list[str] = []
        if printable_name(path.name) != path.name:
            notes.append("the file name is not valid UTF-8; shown with \\x escapes")
        try:
            if kind == "delimited":
                data, total, method = self._sample_delimited(path, size, notes)
            elif kind == "parquet":
                data, total, method = _sample_parquet(path, size, self._seed)
            elif kind == "json":
                data, total, method = _sample_records(_json_records(path, self._encoding), size, self._seed,
                                                      notes)
            else:
                data, total, method = self._sample_json_lines(path, size, notes)
        except TableError as error:
            raise TableError(f"cannot read {table.name}: {error}") from None
        except OSError as error:
            raise TableError(f"cannot read {table.name}: {error.strerror or type(error).__name__}") from None
        except pa.ArrowException as error:
            raise TableError(f"cannot read {table.name}: {_arrow_reason(kind, error)}") from None
        except RecursionError:
            raise TableError(f"cannot read {table.name}: nested too deeply") from None
        data = _named_columns(data, notes, mask=kind not in ("json", "jsonl"))  # JSON: masked per key
        return _file_sample(table, data, total, method, tuple(notes))

    def close(self) -> None:
        pass

    def _file(self, table: TableRef) -> Path:
        if self.path.is_file():
            return self.path
        if table.name in self._listing():
            return self._listing()[table.name]
        path = (self.path / table.name).resolve()
        if not path.is_relative_to(self.path.resolve()):
            raise TableError(f"cannot read {table.name}: outside {self.path}")
        return path

    # -- delimited text -------------------------------------------------------------------

    def _sample_delimited(self, path: Path, size: int, notes: list[str]) -> tuple[pa.Table, int, str]:
        head = _read_head(path)
        if not head.lstrip(codecs.BOM_UTF8).strip():
            return pa.table({}), 0, "full"
        encoding = self._encoding or _detect_encoding(head)
        text = _decode_head(head, encoding)
        delimiter = _sniff_delimiter(text, path)
        rows = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = next(rows, [])
        has_header = not any(looks_like_value(cell) for cell in header)
        if not has_header:
            notes.append("no header row: the first row is data, columns are named column_1, column_2, …")
        names = [f"f{i}" for i in range(len(header))] if not has_header else header
        try:
            data, total = self._read_delimited(path, encoding, delimiter, names, has_header, size)
        except pa.ArrowInvalid as error:
            if encoding != "utf-8" or self._encoding or "utf8" not in str(error).lower():
                raise
            # valid UTF-8 at the start, not further on: read it as latin-1
            data, total = self._read_delimited(path, "latin-1", delimiter, names, has_header, size)
        if data is None:  # a header and no rows: the columns are still there
            data = pa.table([pa.array([], pa.string()) for _ in names], names=names)
            total = 0
        data = pa.table([c.cast(pa.string()) for c in data.columns], names=data.column_names)
        if not has_header:
            data = data.rename_columns([f"column_{i + 1}" for i in range(data.num_columns)])
        return data, total, "full" if total <= size else "reservoir"

    def _read_delimited(self, path: Path, encoding: str, delimiter: str, names: list[str],
                        has_header: bool, size: int):
        """Reservoir-sample a delimited file with pyarrow; a block too small for one value
        (a cell of megabytes) is retried with a larger one."""
        import pyarrow.csv as pacsv

        parse = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True)
        convert = pacsv.ConvertOptions(
            column_types={name: pa.string() for name in names},
            strings_can_be_null=True,
            null_values=[""],
        )
        block = 1 << 20
        while True:
            read = pacsv.ReadOptions(encoding=_arrow_encoding(encoding), block_size=block,
                                     autogenerate_column_names=not has_header)
            try:
                with _open_binary(path) as stream:
                    reader = pacsv.open_csv(stream, read_options=read, parse_options=parse,
                                            convert_options=convert)
                    return reservoir_sample(reader, size, self._seed)
            except pa.ArrowInvalid as error:
                if "straddl" not in str(error) or block >= MAX_BLOCK_BYTES:
                    raise
                block *= 8

    # -- JSON Lines -----------------------------------------------------------------------

    def _sample_json_lines(self, path: Path, size: int, notes: list[str]) -> tuple[pa.Table, int, str]:
        """Every line is parsed (so a bad line is found wherever it is, sampled or not);
        bad lines are skipped and counted, the others reservoir-sampled."""
        encoding = self._encoding or _detect_encoding(_read_head(path))
        reservoir = Reservoir(size, self._seed)
        kept: list[object] = []
        bad, first_bad = 0, ""
        with _open_binary(path) as stream:
            for number, line in enumerate(_json_lines(stream, encoding), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line.decode(encoding) if isinstance(line, bytes) else line)
                except (ValueError, UnicodeDecodeError, RecursionError) as error:
                    bad += 1
                    first_bad = first_bad or f"line {number}: {_json_reason(error)}"
                    continue
                for slot, _ in reservoir.offer(1):
                    if slot == len(kept):
                        kept.append(record)
                    else:
                        kept[slot] = record
        if bad and not reservoir.seen:
            raise TableError(f"no line is valid JSON ({first_bad})")
        if bad:
            notes.append(f"{bad} line(s) not valid JSON, skipped (first: {first_bad})")
        data = _records_table(kept, notes)
        return data, reservoir.seen, "full" if reservoir.seen <= size else "reservoir"


# -- Parquet ---------------------------------------------------------------------------


def _sample_parquet(path: Path, size: int, seed: int) -> tuple[pa.Table, int, str]:
    """Random rows of a Parquet file, reading only the row groups that hold them."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    total = parquet.metadata.num_rows
    if total <= size:
        return _flatten_nested(parquet.read()), total, "full"
    picked = sorted(random.Random(seed).sample(range(total), size))
    starts = list(running_starts(parquet.metadata.row_group(g).num_rows for g in range(parquet.num_row_groups)))
    group_of = {i: bisect.bisect_right(starts, i) - 1 for i in picked}
    groups = sorted(set(group_of.values()))
    offsets = dict(zip(groups, running_starts(parquet.metadata.row_group(g).num_rows for g in groups)))
    local = [offsets[group_of[i]] + i - starts[group_of[i]] for i in picked]
    data = parquet.read_row_groups(groups)
    return _flatten_nested(data.take(pa.array(local, pa.int64()))), total, "random-rows"


def _flatten_nested(table: pa.Table) -> pa.Table:
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


# -- JSON ------------------------------------------------------------------------------


def _json_records(path: Path, encoding: str | None) -> list:
    """The records of a JSON file: its top-level array, or the longest array of objects
    inside its top-level object, or that object alone."""
    with _open_binary(path) as stream:
        raw = stream.read()
    encoding = encoding or _detect_encoding(raw[:SNIFF_BYTES])
    try:
        document = json.loads(raw.decode(encoding))
    except (ValueError, UnicodeDecodeError) as error:
        raise TableError(f"not valid JSON ({_json_reason(error)})") from None
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        arrays = [v for v in document.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
        return max(arrays, key=len) if arrays else [document]
    return [document]


def _sample_records(records: list, size: int, seed: int, notes: list[str]) -> tuple[pa.Table, int, str]:
    total = len(records)
    if total <= size:
        return _records_table(records, notes), total, "full"
    picked = sorted(random.Random(seed).sample(range(total), size))
    return _records_table([records[i] for i in picked], notes), total, "random-rows"


def _records_table(records: list, notes: list[str] | None = None) -> pa.Table:
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


# -- bytes, encodings, delimiters --------------------------------------------------------


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_head(path: Path) -> bytes:
    try:
        with _open_binary(path) as stream:
            return stream.read(SNIFF_BYTES)
    except (gzip.BadGzipFile, EOFError) as error:
        raise TableError(f"not a valid gzip file ({type(error).__name__})") from None


def _detect_encoding(head: bytes) -> str:
    """utf-8, utf-8-sig (BOM), utf-16 (BOM) or latin-1 when the bytes are not UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "latin-1"


def _decode_head(head: bytes, encoding: str) -> str:
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    lines = text.splitlines(keepends=True)
    return "".join(lines[:-1]) if len(lines) > 1 and len(head) == SNIFF_BYTES else text


def _arrow_encoding(encoding: str) -> str:
    """Arrow strips a UTF-8 BOM itself; other encodings are transcoded to UTF-8."""
    return "utf8" if encoding in ("utf-8", "utf-8-sig", "utf8") else encoding


def _sniff_delimiter(text: str, path: Path) -> str:
    sample = text[:SNIFF_BYTES]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    counts = {d: [line.count(d) for line in lines] for d in DELIMITERS}
    consistent = {d: min(c) for d, c in counts.items() if c and min(c) > 0}
    if consistent:
        return max(consistent, key=consistent.get)
    return "\t" if ".tsv" in [s.lower() for s in path.suffixes] else ","


def _arrow_reason(kind: str | None, error: BaseException) -> str:
    """A one-line reason for a reader error, without the row content Arrow quotes."""
    text = str(error)
    if kind == "delimited":
        counts = _ARROW_ROW_CONTENT.search(text)
        if counts:
            return f"malformed CSV (a row has {counts.group(2)} fields, expected {counts.group(1)})"
        if "utf8" in text.lower() or "utf-8" in text.lower():
            return "not valid text in the detected encoding; pass an encoding"
        return "malformed CSV"
    if kind == "parquet":
        return "not a valid Parquet file"
    return f"malformed {kind or 'file'}"


def _json_reason(error: BaseException) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return f"not decodable as {error.encoding}"
    return type(error).__name__


def _json_lines(stream: IO[bytes], encoding: str) -> Iterator[bytes | str]:
    """The lines of a JSON Lines file: bytes for 8-bit encodings, text for UTF-16/32 (whose
    newline is more than one byte)."""
    if encoding.replace("-", "").lower().startswith(("utf16", "utf32")):
        yield from io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    else:
        yield from stream


def _named_columns(data: pa.Table, notes: list[str], mask: bool = True) -> pa.Table:
    """Column names made unique and safe: an empty name becomes `column_N`, a repeated one
    `name (2)`, and (with `mask`) a name that looks like personal data is masked."""
    names: list[str] = []
    masked = renamed = 0
    for index, name in enumerate(data.column_names):
        shown = mask_name(name) if mask else name
        masked += shown != name
        if not shown.strip():
            shown, renamed = f"column_{index + 1}", renamed + 1
        candidate, n = shown, 2
        while candidate in names:
            candidate, n = f"{shown} ({n})", n + 1
        renamed += candidate != shown
        names.append(candidate)
    if masked:
        notes.append(f"{masked} column name(s) looked like personal data and are masked")
    if renamed:
        notes.append(f"{renamed} empty or repeated column name(s) renamed")
    return data.rename_columns(names) if names != data.column_names else data


def _file_sample(table: TableRef, data: pa.Table, total: int, method: str,
                 notes: tuple[str, ...] = ()) -> Sample:
    columns = []
    for field in data.schema:
        binary = pa.types.is_binary(field.type) or pa.types.is_large_binary(field.type)
        binary = binary or pa.types.is_fixed_size_binary(field.type)
        columns.append(ColumnInfo(field.name, str(field.type), "binary column" if binary else None))
    skipped = [c.name for c in columns if c.skip_reason]
    if skipped:
        data = data.drop_columns(skipped)
    decimals = [i for i, f in enumerate(data.schema) if pa.types.is_decimal(f.type)]
    for i in decimals:
        data = data.set_column(i, data.schema[i].name, data.column(i).cast(pa.string()))
    return Sample(table=table, columns=columns, data=data, method=method, rows_total=total, notes=notes)
