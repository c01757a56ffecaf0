"""Names of towns known by their values: a column of `Banja Luka`, `Kano`, `Oran`, `Surat`
holds towns whatever it is called (`c6`, `grad`, `lieu_naiss`), and a column of town names
is no column of person names, however name-shaped its values are.

The list is GeoNames' towns of 15,000 people or more (cities15000, CC BY 4.0,
https://www.geonames.org/), with their names in other languages and scripts, read through
anyascii and folded (`Бања Лука` -> `banja luka`); built by scripts/build_towns.py into
data/towns.txt.gz beside this module (about 1 MB), loaded once per process when a column
first asks. Villages and small towns are not in it, and surnames that are also towns
(`Wilson`, `Mendoza`) are, so a column counts as towns only when most of its rows and most
of its distinct values are listed towns and it has several distinct values.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from piiscan.detect.profile import Profile
from piiscan.text import fold

TOWNS_FILE = Path(__file__).with_name("data") / "towns.txt.gz"
#: Share of rows, and of distinct values, that must be listed towns.
MIN_SHARE = 0.6
#: A column needs this many distinct values (a sex or a yes/no column of `Male` is no town).
MIN_DISTINCT = 5
#: Distinct values looked at (the most frequent first is not needed: any 200 tell).
SUBSAMPLE = 200
#: Values looked at first: a column where fewer than half of them are towns is left there.
PROBE = 20


def folded_name(name: str) -> str:
    """A town's name or a value as the list holds it: transliterated, folded, trimmed."""
    return " ".join(fold(anyascii(name) if not name.isascii() else name).split())


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """The folded names of the listed towns (none where the data file is missing)."""
    if not TOWNS_FILE.exists():
        return frozenset()
    return frozenset(gzip.decompress(TOWNS_FILE.read_bytes()).decode("utf-8").split("\n"))


def town_share(prof: Profile) -> tuple[float, float]:
    """(share of rows, share of distinct values) whose value is a listed town, over at most
    SUBSAMPLE distinct values; (0, 0) for columns that cannot hold town names and where fewer
    than half of the first PROBE values are towns."""
    if (prof.kind != "string" or prof.distinct < MIN_DISTINCT or prof.digit_share > 0.05
            or prof.mean_words > 4 or prof.mean_length > 40):
        return 0.0, 0.0
    names = town_names()
    values = prof.values.slice(0, SUBSAMPLE).to_pylist()
    hits = [folded_name(v) in names for v in values[:PROBE]]
    if sum(hits) < 0.5 * len(hits):
        return 0.0, 0.0
    hits += [folded_name(v) in names for v in values[PROBE:]]
    counts = prof.counts.slice(0, SUBSAMPLE).to_pylist()
    total = sum(counts)
    rows = sum(n for n, hit in zip(counts, hits) if hit)
    return (rows / total if total else 0.0), sum(hits) / len(hits)


def towns(prof: Profile) -> bool:
    """Whether most rows and most distinct values of the column are names of listed towns."""
    rows, distinct = town_share(prof)
    return rows >= MIN_SHARE and distinct >= MIN_SHARE
