"""Held-out set 6 (benchmarks/heldout6) on its own: its national ids and accounts pass their
published checks, its build is the same for the same seed, and its hand-labelled real part
uses only known labels. The checks every set shares (one label per column, 300-1000 rows, a
fresh build verifies, pooled figures only) are in tests/test_heldout_sets.py. No detection
runs here."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from stdnum import iban, luhn, verhoeff
from stdnum.az import voen
from stdnum.gb import nhs
from stdnum.ve import rif

from benchmarks import freezing
from benchmarks.heldout3.model import CATEGORIES, SPECIAL
from benchmarks.heldout6 import generate, ids, real
from piiscan.evaluate import read_labels


def _draws(n: int = 200):
    rng = random.Random(6)
    for _ in range(n):
        yield rng, dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(30_000)), rng.choice("FM")


def test_checksummed_ids_pass_their_published_checks():
    for rng, born, sex in _draws():
        matricule = ids.lu_matricule(rng, born)
        luhn.validate(matricule[:12])
        verhoeff.validate(matricule[:11] + matricule[12])
        assert matricule.startswith(born.strftime("%Y%m%d"))
        luhn.validate(ids.emirates_id(rng, born).replace("-", ""))
        luhn.validate(ids.saudi_iqama(rng))
        nhs.validate(ids.nhs_number(rng))
        assert voen.validate(ids.az_voen_person(rng)).endswith("2")
        rif.validate(ids.ve_rif_person(rng.randint(3_000_000, 32_000_000)))
        for country in ("AL", "AZ", "LU", "SA", "AE", "GB", "CY", "MT"):
            iban.validate(ids.iban_of(rng, country))


def test_shape_alike_numbers_fail_luhn():
    for rng, _, _ in _draws():
        assert not luhn.is_valid(ids.not_luhn(rng, "8600", 16))


def test_ids_carry_the_birth_date_and_sex_they_encode():
    for rng, born, sex in _draws():
        assert ids.uz_pinfl(rng, born, sex)[1:7] == born.strftime("%d%m%y")
        egyptian = ids.eg_national_id(rng, born, sex)
        assert egyptian[1:7] == born.strftime("%y%m%d") and (int(egyptian[12]) % 2 == 1) == (sex == "M")
        albanian = ids.al_personal_number(rng, born, sex)
        assert int(albanian[2:4]) == born.month + (50 if sex == "F" else 0)


def test_generated_parts_build_the_same_twice(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generate.build(first, with_real=False)
    generate.build(second, with_real=False)
    no_labels = tmp_path / "no-labels"
    assert (freezing.fingerprints(first, no_labels, generate.DATABASES, generate.FILES_PART)
            == freezing.fingerprints(second, no_labels, generate.DATABASES, generate.FILES_PART))


def test_real_part_hand_labels_use_known_labels():
    labels = read_labels(generate.LABELS / f"{generate.REAL_PART}.csv")
    assert {table for table, _ in labels} == set(real.TABLES)
    assert all(gold <= CATEGORIES | SPECIAL for gold in labels.values())


def test_real_tables_are_none_of_sets_2_and_3():
    used = {"Salaries", "Davis", "pbc", "survey", "Males", "birthwt", "voteincome", "cancer", "quakes", "Cars93",
            "mtcars", "airquality", "Fair", "SLID", "Aids2", "Pima.tr", "turnout", "DoctorAUS", "Treatment",
            "Hedonic"}
    assert not used & set(real.TABLES.values())


def test_freeze_refuses_without_the_real_part(monkeypatch, tmp_path):
    monkeypatch.setattr(real, "available", lambda: False)
    with pytest.raises(SystemExit):
        generate.freeze(Path(tmp_path))
