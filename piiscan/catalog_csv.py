"""The catalog as one CSV table, and back.

One row per finding, one per column without findings, one per table without columns (a
table that could not be read) and one per source without tables (a source that could not
be opened). Column and finding fields keep their JSON names; table fields are prefixed
`table_`, source fields `source_` (`source` itself is the source name); list fields
(`evidence`, `examples`) are JSON arrays. Left out: `settings`, `generated_at`, `generator`.

The fields come from the catalog's dataclasses, so a field added there travels through CSV
without a change here.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from piiscan.catalog import CATALOG_VERSION, Catalog, ColumnResult, SourceInfo, TableResult
from piiscan.decide import Finding
from piiscan.errors import ConfigError

_KEY = ("source", "schema", "table")


def _kinds(cls, skip=()) -> dict[str, str]:
    """Field name -> int | float | bool | json | str, from the dataclass annotations."""
    out = {}
    for f in fields(cls):
        if f.name in skip:
            continue
        annotation = str(f.type).replace(" ", "")
        base = annotation.split("|")[0].split("[")[0]
        out[f.name] = ("json" if base in ("tuple", "list", "dict", "frozenset")
                       else base if base in ("int", "float", "bool") else "str")
    return out


def _layout() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    column = _kinds(ColumnResult, skip={"findings"})
    finding = {(k if k not in column else f"finding_{k}"): v for k, v in _kinds(Finding).items()}
    table = {f"table_{k}": v for k, v in _kinds(TableResult, skip=_KEY).items()}
    source = {f"source_{k}": v for k, v in _kinds(SourceInfo, skip={"name"}).items()}
    return column, finding, table, source


def rows(document: dict) -> tuple[list[dict], dict[str, str]]:
    """The flat rows of a catalog's JSON document, and each header's kind."""
    column_kinds, finding_kinds, table_kinds, source_kinds = _layout()
    kinds = {**column_kinds, **finding_kinds, **table_kinds, **source_kinds}
    columns_of: dict[tuple, list[dict]] = {}
    for col in document["columns"]:
        columns_of.setdefault(tuple(col.get(k) for k in _KEY), []).append(col)
    tables_of: dict[str, list[dict]] = {}
    for table in document["tables"]:
        tables_of.setdefault(table["source"], []).append(table)
    out: list[dict] = []

    def emit(source: dict | None, table: dict | None, col: dict | None, finding: dict | None):
        row = {}
        if source is not None:
            row["source"] = source["name"]
            row.update({f"source_{k}": v for k, v in source.items() if k != "name"})
        if table is not None:
            row.update({k: table[k] for k in _KEY})
            row.update({f"table_{k}": v for k, v in table.items() if k not in _KEY})
        if col is not None:
            row.update({k: v for k, v in col.items() if k != "findings"})
        if finding is not None:
            row.update({(k if k not in column_kinds else f"finding_{k}"): v for k, v in finding.items()})
        for key in row:
            kinds.setdefault(key, "json")
        out.append(row)

    def emit_table(source: dict | None, table: dict | None, key: tuple):
        cols = columns_of.pop(key, [])
        if not cols:
            emit(source, table, None, None)
        for col in cols:
            for finding in col.get("findings") or [None]:
                emit(source, table, col, finding)

    for source in document["sources"]:
        tables = tables_of.pop(source["name"], [])
        if not tables:
            emit(source, None, None, None)
        for table in tables:
            emit_table(source, table, tuple(table.get(k) for k in _KEY))
    for table in (t for ts in tables_of.values() for t in ts):
        emit_table(None, table, tuple(table.get(k) for k in _KEY))
    for key in list(columns_of):
        emit_table(None, None, key)
    return out, kinds


def to_csv(catalog: Catalog) -> bytes:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    flat, kinds = rows(catalog.to_dict())
    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types.get(kind, pa.string())) for name, kind in kinds.items()])
    encoded = [{k: json.dumps(v, ensure_ascii=False) if kinds[k] == "json" and v is not None else v
                for k, v in row.items()} for row in flat]
    sink = pa.BufferOutputStream()
    pcsv.write_csv(pa.Table.from_pylist(encoded, schema=schema), sink)
    return sink.getvalue().to_pybytes()


def from_csv(data: bytes, path: Path) -> dict:
    """The JSON document of a catalog CSV (settings and generated_at empty)."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    header = data.split(b"\n", 1)[0].decode("utf-8", "replace").strip().split(",")
    names = [h.strip().strip('"') for h in header]
    if not {"source", "table", "column"} <= set(names):
        raise ConfigError(f"cannot read catalog {path}: a CSV without piiscan's columns "
                          "(source, table, column)")
    try:
        table = pcsv.read_csv(
            pa.BufferReader(data),
            parse_options=pcsv.ParseOptions(newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=True,
                quoted_strings_can_be_null=False))
    except pa.ArrowException as exc:
        raise ConfigError(f"cannot read catalog {path}: not a readable CSV "
                          f"({str(exc).splitlines()[0]})") from None
    column_kinds, finding_kinds, table_kinds, source_kinds = _layout()
    kinds = {**column_kinds, **finding_kinds, **table_kinds, **source_kinds}
    sources: dict[str, dict] = {}
    tables: dict[tuple, dict] = {}
    columns: dict[tuple, dict] = {}
    for raw in table.to_pylist():
        row = {k: _value(v, kinds.get(k, "json"), path, k) for k, v in raw.items()}
        if row.get("source_url") is not None:
            sources.setdefault(row["source"], {"name": row["source"], **_strip(row, source_kinds, "source_")})
        key = tuple(row.get(k) for k in _KEY)
        if row.get("table_status") is not None:
            tables.setdefault(key, {**dict(zip(_KEY, key)), **_strip(row, table_kinds, "table_")})
        if row.get("column") is None:
            continue
        col_key = (*key, row["column"])
        col = columns.setdefault(col_key, {**_strip(row, column_kinds, ""), "findings": []})
        finding = {k.removeprefix("finding_") if k not in Finding.__dataclass_fields__ else k: row.get(k)
                   for k in finding_kinds}
        if finding.get("entity") is not None:
            col["findings"].append({k: v for k, v in finding.items() if v is not None or k not in ("path", "rule")})
    return {"version": CATALOG_VERSION, "generated_at": "", "settings": {},
            "sources": list(sources.values()), "tables": list(tables.values()),
            "columns": list(columns.values())}


def _strip(row: dict, kinds: dict[str, str], prefix: str) -> dict:
    """The fields of `kinds` in `row`, unprefixed; empty ones left out (their defaults hold)."""
    return {k.removeprefix(prefix): row[k] for k in kinds if row.get(k) is not None}


def _value(text: str | None, kind: str, path: Path, name: str):
    if text is None:
        return None
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "bool":
            return text.lower() == "true"
        if kind == "json":
            return json.loads(text)
    except ValueError:
        raise ConfigError(f"cannot read catalog {path}: column {name!r} holds a value that is "
                          f"not {'JSON' if kind == 'json' else 'a number'}") from None
    return text
