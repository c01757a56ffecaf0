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

from piiscan.errors import SourceError, TableError
from piiscan.sampling import Reservoir, reservoir_sample, running_starts
from piiscan.sources import matches, rows_to_arrow
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
#: Values of a list in one JSON record are joined with this into one cell.
LIST_SEPARATOR = "; "
_ARROW_ROW_CONTENT = re.compile(r"Expected (\d+) columns, got (\d+)")


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with SQLite's header."""
    try:
        with open(path, "rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


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
        self.url = str(self.path)
        self.name = self.options.name or self.path.resolve().name or self.url
        self._seed = int(self.options.extra.get("seed", self.options.seed))
        self._encoding = self.options.extra.get("encoding")
        #: What tables() found and did not read: (relative path, "skipped" | "error", reason).
        self.not_read: list[tuple[str, str, str]] = []
        #: SQLite databases tables() found in the folder (scanned as sources of their own).
        self.databases: list[Path] = []
        if not self.path.exists():
            raise SourceError(f"cannot read {self.path}: no such file or folder")
        if not os.access(self.path, os.R_OK):
            raise SourceError(f"cannot read {self.path}: permission denied")
        if not self.path.is_file() and not self.path.is_dir():
            raise SourceError(f"cannot read {self.path}: not a regular file or folder (a pipe, socket or device)")
        if self.path.is_file() and file_kind(self.path) is None:
            raise SourceError(
                f"cannot read {self.path}: unknown file kind; piiscan reads {', '.join(sorted(KINDS))} (and .gz)"
            )

    def tables(self) -> Iterator[TableRef]:
        if self.path.is_file():
            yield TableRef(source=self.name, schema=None, name=self.path.name, kind="file")
            return
        self.not_read, self.databases = [], []
        for path in self._walk():
            relative = path.relative_to(self.path).as_posix()
            if path.is_file() and file_kind(path) is None and is_sqlite_file(path):
                # a database of its own: include patterns apply to its tables, exclude to both
                if matches([relative, path.name], (), self.options.exclude):
                    self.databases.append(path)
                continue
            if not matches([relative, path.name], self.options.include, self.options.exclude):
                continue
            if not path.is_file():
                self.not_read.append((relative, "skipped", "not a regular file (a pipe, socket or device)"))
            elif file_kind(path) is not None:
                yield TableRef(source=self.name, schema=None, name=relative, kind="file")
            else:
                kind = "".join(path.suffixes[-1:]) or "no extension"
                self.not_read.append((relative, "skipped", f"not a data file piiscan reads ({kind})"))

    def _walk(self) -> list[Path]:
        """Every file below the folder, in order; hidden files and folders (.git, .cache…)
        left out. A subfolder that can't be listed is recorded in `not_read`."""
        found = []

        def unreadable(error: OSError) -> None:
            relative = Path(error.filename).relative_to(self.path).as_posix()
            self.not_read.append((relative + "/", "error", f"cannot list folder: {error.strerror or 'error'}"))

        for folder, dirs, files in os.walk(self.path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(Path(folder) / f for f in files if not f.startswith("."))
        return sorted(found)

    def sample(self, table: TableRef, size: int) -> Sample:
        path = self._file(table)
        kind = file_kind(path)
        try:
            if kind == "delimited":
                data, total, method = self._sample_delimited(path, size)
            elif kind == "parquet":
                data, total, method = _sample_parquet(path, size, self._seed)
            elif kind == "json":
                data, total, method = _sample_records(_json_records(path, self._encoding), size, self._seed)
            else:
                data, total, method = self._sample_json_lines(path, size)
        except TableError as error:
            raise TableError(f"cannot read {table.name}: {error}") from None
        except OSError as error:
            raise TableError(f"cannot read {table.name}: {error.strerror or type(error).__name__}") from None
        except pa.ArrowException as error:
            raise TableError(f"cannot read {table.name}: {_arrow_reason(kind, error)}") from None
        return _file_sample(table, data, total, method)

    def close(self) -> None:
        pass

    def _file(self, table: TableRef) -> Path:
        if self.path.is_file():
            return self.path
        path = (self.path / table.name).resolve()
        if not path.is_relative_to(self.path.resolve()):
            raise TableError(f"cannot read {table.name}: outside {self.path}")
        return path

    # -- delimited text -------------------------------------------------------------------

    def _sample_delimited(self, path: Path, size: int) -> tuple[pa.Table, int, str]:
        import pyarrow.csv as pacsv

        head = _read_head(path)
        if not head.lstrip(codecs.BOM_UTF8).strip():
            return pa.table({}), 0, "full"
        encoding = self._encoding or _detect_encoding(head)
        text = _decode_head(head, encoding)
        delimiter = _sniff_delimiter(text, path)
        header = next(csv.reader(io.StringIO(text), delimiter=delimiter), [])
        read = pacsv.ReadOptions(encoding=_arrow_encoding(encoding), block_size=1 << 20)
        parse = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True)
        convert = pacsv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=True,
            null_values=[""],
        )
        try:
            with _open_binary(path) as stream:
                reader = pacsv.open_csv(stream, read_options=read, parse_options=parse, convert_options=convert)
                data, total = reservoir_sample(reader, size, self._seed)
        except pa.ArrowInvalid as error:
            if encoding != "utf-8" or self._encoding or "utf8" not in str(error).lower():
                raise
            # valid UTF-8 at the start, not further on: read it as latin-1
            read = pacsv.ReadOptions(encoding="latin-1", block_size=1 << 20)
            with _open_binary(path) as stream:
                reader = pacsv.open_csv(stream, read_options=read, parse_options=parse, convert_options=convert)
                data, total = reservoir_sample(reader, size, self._seed)
        if data is None:
            return pa.table({}), 0, "full"
        data = pa.table([c.cast(pa.string()) for c in data.columns], names=data.column_names)
        return data, total, "full" if total <= size else "reservoir"

    # -- JSON Lines -----------------------------------------------------------------------

    def _sample_json_lines(self, path: Path, size: int) -> tuple[pa.Table, int, str]:
        encoding = self._encoding or _detect_encoding(_read_head(path))
        reservoir = Reservoir(size, self._seed)
        kept: list[tuple[int, bytes]] = []
        with _open_binary(path) as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                for slot, _ in reservoir.offer(1):
                    if slot == len(kept):
                        kept.append((number, line))
                    else:
                        kept[slot] = (number, line)
        records = []
        for number, line in sorted(kept):
            try:
                records.append(json.loads(line.decode(encoding)))
            except (ValueError, UnicodeDecodeError) as error:
                raise TableError(f"line {number} is not valid JSON ({_json_reason(error)})") from None
        data = _records_table(records)
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
    """Structs become dotted columns; lists and maps flatten like JSON (one cell per row)."""
    nested = any(pa.types.is_nested(f.type) and not pa.types.is_struct(f.type) for f in table.schema)
    while any(pa.types.is_struct(f.type) for f in table.schema):
        table = table.flatten()
    if not nested:
        return table
    return _records_table(table.to_pylist())


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


def _sample_records(records: list, size: int, seed: int) -> tuple[pa.Table, int, str]:
    total = len(records)
    if total <= size:
        return _records_table(records), total, "full"
    picked = sorted(random.Random(seed).sample(range(total), size))
    return _records_table([records[i] for i in picked]), total, "random-rows"


def _records_table(records: list) -> pa.Table:
    """JSON-like records -> an Arrow table with one column per dotted path."""
    rows = [flatten_record(r if isinstance(r, dict) else {"value": r}) for r in records]
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    ordered = list(names)
    data, _ = rows_to_arrow(ordered, [[row.get(n) for n in ordered] for row in rows])
    return data


def flatten_record(record: dict, prefix: str = "") -> dict[str, object]:
    """One JSON object -> {dotted path: value}. Lists of objects give one path per key with
    the values of all elements joined; lists of scalars are joined."""
    flat: dict[str, object] = {}
    for key, value in record.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_record(value, f"{path}."))
        elif isinstance(value, list):
            for sub_path, values in _flatten_list(value, path).items():
                flat[sub_path] = LIST_SEPARATOR.join(values) if values else None
        else:
            flat[path] = value
    return flat


def _flatten_list(items: list, path: str) -> dict[str, list[str]]:
    collected: dict[str, list[str]] = {}
    for item in items:
        if isinstance(item, dict):
            parts = {k: [v] for k, v in flatten_record(item, f"{path}.").items()}
        elif isinstance(item, list):
            parts = _flatten_list(item, path)
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


def _file_sample(table: TableRef, data: pa.Table, total: int, method: str) -> Sample:
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
    return Sample(table=table, columns=columns, data=data, method=method, rows_total=total)
