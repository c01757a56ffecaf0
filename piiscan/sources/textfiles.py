"""Reading text files for FileSource: encodings (BOM, UTF-8, a legacy fallback), delimiters
sniffed from the head, gzip, JSON documents and JSON Lines, and the one-line reasons given
when pyarrow or json can't read a file."""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import random
import re
from pathlib import Path
from typing import IO, Iterator

import pyarrow as pa

from piiscan.errors import TableError
from piiscan.sources.nested import records_table

#: Delimiters tried when sniffing a delimited file, and how much of its head is read for it.
DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024
_ARROW_ROW_CONTENT = re.compile(r"Expected (\d+) columns, got (\d+)")


def json_records(path: Path, encoding: str | None) -> list:
    """The records of a JSON file: its top-level array, or the longest array of objects
    inside its top-level object, or that object alone."""
    with open_binary(path) as stream:
        raw = stream.read()
    encoding = encoding or detect_encoding(raw[:SNIFF_BYTES])
    try:
        document = json.loads(raw.decode(encoding))
    except (ValueError, UnicodeDecodeError) as error:
        raise TableError(f"not valid JSON ({json_reason(error)})") from None
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        arrays = [v for v in document.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
        return max(arrays, key=len) if arrays else [document]
    return [document]


def sample_records(records: list, size: int, seed: int, notes: list[str]) -> tuple[pa.Table, int, str]:
    total = len(records)
    if total <= size:
        return records_table(records, notes), total, "full"
    picked = sorted(random.Random(seed).sample(range(total), size))
    return records_table([records[i] for i in picked], notes), total, "random-rows"


# -- bytes, encodings, delimiters --------------------------------------------------------


def open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_head(path: Path) -> bytes:
    try:
        with open_binary(path) as stream:
            return stream.read(SNIFF_BYTES)
    except (gzip.BadGzipFile, EOFError) as error:
        raise TableError(f"not a valid gzip file ({type(error).__name__})") from None


def detect_encoding(head: bytes) -> str:
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


def decode_head(head: bytes, encoding: str) -> str:
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    lines = text.splitlines(keepends=True)
    return "".join(lines[:-1]) if len(lines) > 1 and len(head) == SNIFF_BYTES else text


def arrow_encoding(encoding: str) -> str:
    """Arrow strips a UTF-8 BOM itself; other encodings are transcoded to UTF-8."""
    return "utf8" if encoding in ("utf-8", "utf-8-sig", "utf8") else encoding


def sniff_delimiter(text: str, path: Path) -> str:
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


def arrow_reason(kind: str | None, error: BaseException) -> str:
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


def json_reason(error: BaseException) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return f"not decodable as {error.encoding}"
    return type(error).__name__


def json_lines(stream: IO[bytes], encoding: str) -> Iterator[bytes | str]:
    """The lines of a JSON Lines file: bytes for 8-bit encodings, text for UTF-16/32 (whose
    newline is more than one byte)."""
    if encoding.replace("-", "").lower().startswith(("utf16", "utf32")):
        yield from io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
    else:
        yield from stream
