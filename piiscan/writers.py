"""Catalog writers: JSON (the contract, docs/catalog.md), CSV and Parquet (one row per finding)."""

from __future__ import annotations

import json
from pathlib import Path

from piiscan.catalog import Catalog
from piiscan.errors import ConfigError

FORMATS = ("json", "csv", "parquet")


def format_for(path: Path, format: str | None) -> str:
    if format:
        if format not in FORMATS:
            raise ConfigError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
        return format
    suffix = path.suffix.lower().lstrip(".")
    return {"csv": "csv", "parquet": "parquet", "pq": "parquet"}.get(suffix, "json")


def write(catalog: Catalog, path: str | Path, format: str | None = None) -> Path:
    path = Path(path)
    kind = format_for(path, format)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True)
        if kind == "json":
            path.write_text(json.dumps(catalog.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        elif kind == "csv":
            import pyarrow.csv as pcsv

            pcsv.write_csv(catalog.to_arrow(), path)
        else:
            import pyarrow.parquet as pq

            pq.write_table(catalog.to_arrow(), path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
