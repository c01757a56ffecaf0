"""The held-out evaluation set regenerates to its frozen checksums and its labels cover every column.

Only the set's generator and piiscan's sources (to list columns as piiscan sees them) are used;
no detection runs here.
"""

from __future__ import annotations

import csv
from importlib.metadata import version
from pathlib import Path

import pytest

pytest.importorskip("faker")

from benchmarks.heldout import generate  # noqa: E402
from piiscan.sources import open_source  # noqa: E402

GENERATED_LABELS = ("heldout_ops", "heldout_dwh", "heldout_files")


@pytest.fixture(scope="module")
def heldout_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("heldout")
    generate.build(out, seed=0)
    return out


def _frozen() -> tuple[dict[str, str], dict[str, str]]:
    return generate.read_frozen()


def test_regenerated_labels_match_frozen_checksums(heldout_dir):
    frozen, _ = _frozen()
    actual = generate.fingerprints(heldout_dir)
    for name in GENERATED_LABELS:
        assert actual[f"labels/{name}.csv"] == frozen[f"labels/{name}.csv"], name


def test_regenerated_data_match_frozen_checksums(heldout_dir):
    frozen, versions = _frozen()
    if version("faker") != versions.get("faker"):
        pytest.skip(f"set frozen with Faker {versions.get('faker')}, this is {version('faker')}: data differ")
    actual = generate.fingerprints(heldout_dir)
    data = {k: v for k, v in frozen.items() if k.startswith(("rows:", "files/"))}
    assert data, "FROZEN.sha256 lists no data fingerprints"
    assert {k: actual.get(k) for k in data} == data
    assert not [k for k in actual if k.startswith(("rows:", "files/")) and k not in frozen]


def test_committed_labels_and_corpus_match_frozen_checksums():
    frozen, _ = _frozen()
    committed = generate.committed_fingerprints()
    labels = {k: v for k, v in committed.items() if k.startswith("labels/")}
    assert {k: frozen.get(k) for k in labels} == labels
    assert all(k in labels for k in frozen if k.startswith("labels/")), "a frozen labels file is gone"
    for key, digest in frozen.items():
        if key.startswith("corpus:") and key in committed:
            assert committed[key] == digest, f"{key} changed since it was labelled"


def _labels(path: Path) -> dict[str, set[str]]:
    by_table: dict[str, set[str]] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            assert row["label"], f"{path.name}: {row['table']}.{row['column']} has no label"
            by_table.setdefault(row["table"], set()).add(row["column"])
    return by_table


def _columns_seen_by_piiscan(spec: str) -> dict[str, set[str]]:
    source = open_source(spec)
    try:
        return {t.name: {c.name for c in source.sample(t, 5).columns} for t in source.tables()}
    finally:
        source.close()


@pytest.mark.parametrize("database", generate.DATABASES)
def test_every_column_of_a_database_is_labelled_and_exists(heldout_dir, database):
    labels = _labels(heldout_dir / "labels" / f"{database}.csv")
    assert _columns_seen_by_piiscan(f"sqlite:///{heldout_dir / f'{database}.sqlite'}") == labels


def test_every_column_of_the_files_is_labelled_and_exists(heldout_dir):
    labels = _labels(heldout_dir / "labels" / "heldout_files.csv")
    assert _columns_seen_by_piiscan(str(heldout_dir / "files")) == labels


def test_labels_use_the_category_vocabulary():
    vocabulary = set((Path(__file__).parents[1] / "docs" / "categories.md").read_text().split("|"))
    vocabulary = {v.strip() for v in vocabulary} | {"NONE", "OPTIONAL", "FREE_TEXT_PII"}
    for path in sorted(generate.LABELS_DIR.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                assert set(row["label"].split("|")) <= vocabulary, (path.name, row)


@pytest.mark.parametrize("name", generate.CORPUS)
def test_every_column_of_a_labelled_corpus_database_exists(name):
    labels_path = generate.LABELS_DIR / f"{name}.csv"
    db = generate.CORPUS_DIR / f"{name}.sqlite"
    if not labels_path.exists() or not db.exists():
        pytest.skip(f"no labels or no corpus file for {name}")
    assert _columns_seen_by_piiscan(f"sqlite:///{db}") == _labels(labels_path)


def _gov_id_is_valid(value: str) -> bool:
    import re

    from stdnum.br import cpf
    from stdnum.de import idnr
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.jp import in_ as my_number
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.se import personnummer

    modules = (idnr, nir, dni, nie, codicefiscale, bsn, cpf, pesel, personnummer, aadhaar, pan, my_number)
    nino = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", value)
    return bool(nino) or any(m.is_valid(value) for m in modules)


@pytest.mark.parametrize("database", generate.DATABASES)
def test_national_ids_and_ibans_of_the_set_pass_their_checksums(heldout_dir, database):
    import sqlite3

    from stdnum import iban

    db = sqlite3.connect(heldout_dir / f"{database}.sqlite")
    with open(heldout_dir / "labels" / f"{database}.csv", newline="", encoding="utf-8") as handle:
        checked = [(r["table"], r["column"], r["label"]) for r in csv.DictReader(handle)
                   if r["label"] in ("GOV_ID", "BANK_ACCOUNT")]
    assert checked
    for table, column, label in checked:
        values = [v for (v,) in db.execute(f'SELECT "{column}" FROM "{table}"') if v is not None]
        valid = _gov_id_is_valid if label == "GOV_ID" else iban.is_valid
        assert values and all(valid(v) for v in values), f"{table}.{column}"
    db.close()
