"""National IDs known by their checksums alone, under names that say nothing, for countries no
rule names (piiscan.detect.checksums): nearly all values pass one personal identifier's
check and the same digits shuffled fail it. Numbers of the same shape without a check, and
columns where only some values pass, are not IDs. Through piiscan.scan() on a real SQLite file."""

import json
import random

from stdnum.cl import rut
from stdnum.hr import oib
from stdnum.il import idnr

import piiscan

N = 150


def _valid(rng, digits: int, is_valid, checks="0123456789") -> str:
    """A number of `digits` digits and a check character that `is_valid` accepts."""
    while True:
        base = str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))
        for check in checks:
            if is_valid(base + check):
                return base + check


def _rows():
    rng = random.Random(17)
    rows = []
    for i in range(N):
        chile = _valid(rng, 8, rut.is_valid, "0123456789K")
        half = _valid(rng, 10, oib.is_valid) if i % 2 else str(rng.randint(10 ** 10, 10 ** 11 - 1))
        rows.append((
            i,
            _valid(rng, 10, oib.is_valid),  # Croatian OIB
            _valid(rng, 8, idnr.is_valid),  # Israeli identity number
            f"{int(chile[:-1]):,}".replace(",", ".") + "-" + chile[-1],  # Chilean RUT, 12.345.678-K
            str(rng.randint(10 ** 10, 10 ** 11 - 1)),  # order references: no check digit
            half,  # half of them pass a check: not one kind of ID
            f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}",
        ))
    return rows


def test_national_ids_by_their_checksum_whatever_the_column_is_called(make_sqlite):
    rows = _rows()
    path = make_sqlite({"t_09": (["k", "c1", "c2", "c3", "c4", "c5", "c6"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    for column, module in (("c1", "hr.oib"), ("c2", "il.idnr"), ("c3", "cl.rut")):
        col = cat.column("t_09", column)
        assert col.categories == ("GOV_ID",), column
        assert any(e.signal == "values" and module in e.detail and "shuffled" in e.detail
                   for e in col.top.evidence), column
        assert col.top.confidence >= 0.8
    for column in ("c4", "c5", "c6"):  # no check digit, only half pass, a date and a serial
        assert "GOV_ID" not in cat.column("t_09", column).categories, column
    # masked examples only: no raw ID reaches the catalog
    text = json.dumps(cat.to_dict())
    raw = [v for row in rows for v in row[1:4]]
    assert not [v for v in raw if v in text]


def _luhn_completed(rng, prefix: str) -> str:
    from stdnum import luhn

    base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(14 - len(prefix)))
    return base + luhn.calc_check_digit(base)


def test_a_persons_form_of_a_shared_scheme_bank_accounts_and_imeis(make_sqlite):
    """A Russian INN of 12 digits is a person's (10 digits: a firm's); an Argentine CBU is a bank
    account by its check digits; Luhn-valid 15-digit IMEIs are a device's, not an ID."""
    from stdnum.ar import cbu
    from stdnum.ru import inn

    rng = random.Random(23)
    rows = []
    for i in range(N):
        ten = str(rng.randint(10 ** 9, 10 ** 10 - 1))
        person = ten + inn.calc_personal_check_digits(ten)
        firm = ten[:9] + inn.calc_company_check_digit(ten[:9])
        bank = str(rng.randint(10 ** 6, 10 ** 7 - 1))
        bank += cbu.calc_check_digit(bank)
        account = str(rng.randint(10 ** 12, 10 ** 13 - 1))
        rows.append((i, person, firm, bank + account + cbu.calc_check_digit(account), _luhn_completed(rng, "35")))
    path = make_sqlite({"t_11": (["k", "c1", "c2", "c3", "c4"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    assert cat.column("t_11", "c1").categories == ("GOV_ID",)
    assert "GOV_ID" not in cat.column("t_11", "c2").categories
    assert cat.column("t_11", "c3").categories == ("BANK_ACCOUNT",)
    assert "GOV_ID" not in cat.column("t_11", "c4").categories
