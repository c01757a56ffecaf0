"""FileSource: delimited text, Parquet, JSON and JSON Lines files, one file or a folder tree.

Each file is one table named by its path relative to the scanned folder. Delimited files
are read as strings only (zip codes keep their leading zeros), streamed in batches and
reservoir-sampled; Parquet reads only the row groups that hold the sampled rows; JSON
nests and nested Parquet columns flatten to dotted column paths (piiscan.sources.nested).
Column names are made unique and safe (`_named_columns`); what was changed or skipped is
noted in the sample (`Sample.notes`, the table's reason in the catalog).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from pathlib import Path
from typing import Iterator

import pyarrow as pa

from piiscan.errors import SourceError, TableError
from piiscan.sampling import Reservoir, reservoir_sample
from piiscan.sources import looks_like_value, mask_name, matches, printable_name
from piiscan.sample import binary_as_bytes_struct, is_binary_type
from piiscan.sources.base import ColumnInfo, Sample, SourceOptions, TableRef
from piiscan.sources import parquet as parquet_rows
from piiscan.sources import textfiles
from piiscan.sources.nested import flatten_nested, flatten_record, records_table  # noqa: F401 (flatten_record: API)

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
#: The largest CSV read block tried for a file whose single values span megabytes.
MAX_BLOCK_BYTES = 512 << 20
#: Parquet files at least this large are read in parts (row groups) by separate tasks
#: when a scan runs on a pool or a cluster (piiscan.lake); smaller ones in one task.
SPLIT_BYTES = 4 << 20


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
        self.url = printable_name(str(self.path))  # a path that is not UTF-8 is still text
        self.name = self.options.name or printable_name(self.path.resolve().name) or self.url
        self._seed = int(self.options.extra.get("seed", self.options.seed))
        self._encoding = self.options.extra.get("encoding")
        self._files: dict[str, Path] | None = None
        #: What the listing found and does not read: (relative path, "skipped" | "error", reason).
        self.not_read: list[tuple[str, str, str]] = []
        #: SQLite databases the listing found in the folder (scanned as sources of their own).
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
            yield TableRef(source=self.name, schema=None, name=printable_name(self.path.name), kind="file")
            return
        for relative, path in self._listing().items():
            if matches([relative, printable_name(path.name)], self.options.include, self.options.exclude):
                yield TableRef(source=self.name, schema=None, name=relative, kind="file")

    def _listing(self) -> dict[str, Path]:
        """Table name -> file, for every data file of the folder. A name that is not valid
        UTF-8 is shown with \\x escapes (and still read from its real path). What is not read
        (and matches the filters) goes to `not_read` with its reason; SQLite databases go
        to `databases` (include patterns apply to their tables, exclude patterns to both)."""
        if self._files is None:
            self._files, self.not_read, self.databases = {}, [], []
            for path in self._walk():
                relative = "/".join(printable_name(part) for part in path.relative_to(self.path).parts)
                names = [relative, printable_name(path.name)]
                if path.is_file() and file_kind(path) is not None:
                    self._files[relative] = path
                elif path.is_file() and is_sqlite_file(path):
                    if matches(names, (), self.options.exclude):
                        self.databases.append(path)
                elif not matches(names, self.options.include, self.options.exclude):
                    continue
                elif not path.is_file():
                    self.not_read.append((relative, "skipped", "not a regular file (a pipe, socket or device)"))
                else:
                    kind = printable_name("".join(path.suffixes[-1:])) or "no extension"
                    self.not_read.append((relative, "skipped", f"not a data file piiscan reads ({kind})"))
        return self._files

    def _walk(self) -> list[Path]:
        """Every file below the folder, in order; hidden files and folders (.git, .cache…)
        left out. A subfolder that can't be listed is recorded in `not_read`."""
        found = []

        def unreadable(error: OSError) -> None:
            parts = Path(error.filename).relative_to(self.path).parts
            relative = "/".join(printable_name(part) for part in parts)
            self.not_read.append((relative + "/", "error", f"cannot list folder: {error.strerror or 'error'}"))

        for folder, dirs, files in os.walk(self.path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(Path(folder) / f for f in files if not f.startswith("."))
        return sorted(found)

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
                data, total, method, broken = parquet_rows.merge([parquet_rows.read_part(path, size, self._seed)],
                                                                 size)
                data = flatten_nested(data)
                notes.extend(broken)
            elif kind == "json":
                data, total, method = textfiles.sample_records(textfiles.json_records(path, self._encoding), size, self._seed,
                                                      notes)
            else:
                data, total, method = self._sample_json_lines(path, size, notes)
        except TableError as error:
            raise TableError(f"cannot read {table.name}: {error}") from None
        except OSError as error:
            raise TableError(f"cannot read {table.name}: {error.strerror or type(error).__name__}") from None
        except pa.ArrowException as error:
            raise TableError(f"cannot read {table.name}: {textfiles.arrow_reason(kind, error)}") from None
        except RecursionError:
            raise TableError(f"cannot read {table.name}: nested too deeply") from None
        data = _named_columns(data, notes, mask=kind not in ("json", "jsonl"))  # JSON: masked per key
        return _file_sample(table, data, total, method, tuple(notes))

    def parquet_parts(self, table: TableRef, size: int, most: int) -> list[tuple[int, ...]] | None:
        """The row groups of a Parquet file worth reading as separate tasks (at most `most`
        parts), or None: not Parquet, small, unreadable here, or a single part."""
        path = self._file(table)
        if file_kind(path) != "parquet" or path.stat().st_size < SPLIT_BYTES:
            return None
        try:
            found = parquet_rows.parts(path, size, self._seed, most)
        except (OSError, pa.ArrowException):  # the task that reads it will say why
            return None
        return found if len(found) > 1 else None

    def sample_part(self, table: TableRef, size: int, groups: tuple[int, ...]) -> parquet_rows.Part:
        """The sampled rows of some row groups of a Parquet file (`parquet_parts`)."""
        try:
            return parquet_rows.read_part(self._file(table), size, self._seed, groups)
        except OSError as error:
            return parquet_rows.failed_part(groups, f"cannot read: {error.strerror or type(error).__name__}")
        except pa.ArrowException as error:
            return parquet_rows.failed_part(groups, textfiles.arrow_reason("parquet", error))

    def merge_parts(self, table: TableRef, size: int, found: list[parquet_rows.Part]) -> Sample:
        """The sample of a Parquet file read in parts: the rows one `sample` would take."""
        path = self._file(table)
        notes = [] if printable_name(path.name) == path.name else [
            "the file name is not valid UTF-8; shown with \\x escapes"]
        try:
            data, total, method, broken = parquet_rows.merge(found, size)
        except TableError as error:
            raise TableError(f"cannot read {table.name}: {error}") from None
        notes.extend(broken)
        data = flatten_nested(data)
        data = _named_columns(data, notes)
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
        head = textfiles.read_head(path)
        if not head.lstrip(codecs.BOM_UTF8).strip():
            return pa.table({}), 0, "full"
        encoding = self._encoding or textfiles.detect_encoding(head)
        text = textfiles.decode_head(head, encoding)
        delimiter = textfiles.sniff_delimiter(text, path)
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
            read = pacsv.ReadOptions(encoding=textfiles.arrow_encoding(encoding), block_size=block,
                                     autogenerate_column_names=not has_header)
            try:
                with textfiles.open_binary(path) as stream:
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
        encoding = self._encoding or textfiles.detect_encoding(textfiles.read_head(path))
        reservoir = Reservoir(size, self._seed)
        kept: list[object] = []
        bad, first_bad = 0, ""
        with textfiles.open_binary(path) as stream:
            for number, line in enumerate(textfiles.json_lines(stream, encoding), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line.decode(encoding) if isinstance(line, bytes) else line)
                except (ValueError, UnicodeDecodeError, RecursionError) as error:
                    bad += 1
                    first_bad = first_bad or f"line {number}: {textfiles.json_reason(error)}"
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
        data = records_table(kept, notes)
        return data, reservoir.seen, "full" if reservoir.seen <= size else "reservoir"

    # -- subject search (piiscan.find) ----------------------------------------------------
    # A file has no key: rows are identified by their number (from 1) plus the file's
    # mtime and size (`file_version`), which change when the file does ("not stable").

    def row_key(self, table: TableRef) -> tuple[str, ...]:
        return ("#row",)

    def foreign_keys(self, table: TableRef) -> list[dict]:
        return []

    def file_version(self, table: TableRef) -> dict:
        """The file's modification time (ISO, UTC) and size in bytes: a row number holds for this version only."""
        import datetime

        stat = self._file(table).stat()
        mtime = datetime.datetime.fromtimestamp(stat.st_mtime, datetime.timezone.utc).isoformat(timespec="seconds")
        return {"mtime": mtime, "size": stat.st_size}

    def search(self, table: TableRef, column: str, terms, key: tuple[str, ...] = (), limit: int = 1000) -> list[tuple]:
        """Up to `limit` rows (row number, value) where `column` matches one of `terms`
        (the operators of SqlSource.search), computed with pyarrow on the whole column."""
        numbers = self._search_matches(table, column, terms)
        values = self._search_data(table).column(column)
        picked = numbers[: int(limit)]
        return [(n + 1, values[n].as_py()) for n in picked]

    def count(self, table: TableRef, column: str, terms) -> int:
        return len(self._search_matches(table, column, terms))

    def fetch_rows(self, table: TableRef, key: tuple[str, ...], values: list[tuple]) -> tuple[list[str], list[tuple]]:
        data = self._search_data(table)
        wanted = sorted({int(v[0]) - 1 for v in values if 0 < int(v[0]) <= data.num_rows})
        rows = data.take(pa.array(wanted, pa.int64())).to_pylist()
        return ["#row", *data.column_names], [(n + 1, *row.values()) for n, row in zip(wanted, rows)]

    def _search_data(self, table: TableRef) -> pa.Table:
        cached = getattr(self, "_search_cache", None)
        if cached is None or cached[0] != table:
            cached = (table, self.sample(table, 2**62).data)  # the whole file, rows in file order
            self._search_cache = cached
        return cached[1]

    def _search_matches(self, table: TableRef, column: str, terms) -> list[int]:
        import pyarrow.compute as pc

        data = self._search_data(table)
        if column not in data.column_names:
            raise TableError(f"cannot search {table.name}: no column {column}")
        text = data.column(column).cast(pa.string())
        lowered = pc.utf8_lower(pc.utf8_trim_whitespace(text))
        found = pa.array([False] * data.num_rows)
        for op, values in terms:
            if op == "in":
                hit = pc.is_in(text, value_set=pa.array([str(v) for v in values], pa.string()))
            elif op == "lower_in":
                hit = pc.is_in(lowered, value_set=pa.array(list(values), pa.string()))
            elif op == "like_lower":
                hit = pc.match_like(pc.utf8_lower(text), values)
            elif op == "date_in":
                hit = pc.is_in(pc.utf8_slice_codeunits(text, 0, 10),
                               value_set=pa.array([d.isoformat() for d in values], pa.string()))
            else:
                raise ValueError(f"unknown search operator {op!r}")
            found = pc.or_kleene(found, pc.fill_null(hit, False))
        return pc.indices_nonzero(found).to_pylist()


# -- JSON ------------------------------------------------------------------------------


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
    columns = [ColumnInfo(f.name, str(f.type), binary=is_binary_type(f.type)) for f in data.schema]
    for i, column in enumerate(columns):
        if column.binary:  # read as prefixes and lengths (piiscan.sample.bytes_struct)
            data = data.set_column(i, column.name, binary_as_bytes_struct(data.column(i)))
    decimals = [i for i, f in enumerate(data.schema) if pa.types.is_decimal(f.type)]
    for i in decimals:
        data = data.set_column(i, data.schema[i].name, data.column(i).cast(pa.string()))
    return Sample(table=table, columns=columns, data=data, method=method, rows_total=total, notes=notes)
