"""Identifiers of held-out set 9, built from their published specifications. A builder whose
number fails its check raises rather than hand it out. Checked with python-stdnum where it
knows the number; the Kazakh IIN and the Scottish CHI number by their published rules (the CHI
check is the NHS modulus 11, so stdnum's gb.nhs checks it too); numbers without a public check
have their documented shape."""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban, imei as _imei, luhn
from stdnum.dk import cpr
from stdnum.es import ccc, dni
from stdnum.gb import nhs, utr
from stdnum.py import ruc
from stdnum.sn import ninea
from stdnum.tn import mf

from benchmarks.heldout9 import places


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _checked(number: str, ok: bool) -> str:
    if not ok:
        raise ValueError(f"built an invalid number {number!r}")
    return number


def _luhn_digit(body: str) -> str:
    return luhn.calc_check_digit(body)


# Kazakhstan: IIN (ZhSN), 12 digits: YYMMDD, a digit for century and sex (3/4 born 1900-1999,
# 5/6 from 2000; odd male), 4 serial digits, a check digit: weights 1..11 mod 11, if 10 the
# weights 3..11,1,2, if 10 again the number is not issued.
_KZ_W1 = tuple(range(1, 12))
_KZ_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def _kz_check(body: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(body, _KZ_W1)) % 11
    if total == 10:
        total = sum(int(d) * w for d, w in zip(body, _KZ_W2)) % 11
    return None if total == 10 else total


def kz_iin_is_valid(number: str) -> bool:
    """A second, independent reading of the rule (the builder's guard)."""
    if len(number) != 12 or not number.isdigit() or number[6] not in "123456":
        return False
    digits = [int(d) for d in number]
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        check = sum(d * w for d, w in zip(digits, weights)) % 11
        if check != 10:
            return check == digits[11]
    return False


def kz_iin(rng: random.Random, born: dt.date, sex: str) -> str:
    century = 3 if born.year < 2000 else 5
    digit = century + (1 if sex == "F" else 0)
    while True:
        body = f"{born:%y%m%d}{digit}{_digits(rng, 4)}"
        check = _kz_check(body)
        if check is not None:
            return _checked(body + str(check), kz_iin_is_valid(body + str(check)))


# Paraguay: cédula (digits, no public check) and a person's RUC (the cédula and a check digit).
def py_ci(rng: random.Random) -> str:
    return str(rng.randint(800_000, 7_999_999))


def py_ruc(rng: random.Random) -> str:
    body = py_ci(rng)
    number = body + ruc.calc_check_digit(body)
    return _checked(f"{body}-{number[-1]}", ruc.is_valid(number))


# Mongolia: civil register number, two Cyrillic letters and 8 digits beginning with the birth
# date YYMMDD (month plus 20 for births from 2000); no public check: documented shape.
def mn_register(rng: random.Random, born: dt.date) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    letters = "".join(rng.choice(places.MN["letters"]) for _ in range(2))
    return f"{letters}{born:%y}{month:02d}{born:%d}{_digits(rng, 2)}"


# Faroe Islands: P-tal, DDMMYY-XXX (no public check); Greenland: the Danish CPR, DDMMYY-SSSS,
# first serial digit 0-3 for births 1900-1999 and 4 for 2000-2036, last digit odd for men.
def fo_ptal(rng: random.Random, born: dt.date) -> str:
    return f"{born:%d%m%y}-{_digits(rng, 3)}"


def gl_cpr(rng: random.Random, born: dt.date, sex: str) -> str:
    first = rng.choice("0123") if born.year < 2000 else "4"
    last = rng.choice("13579" if sex == "M" else "02468")
    number = f"{born:%d%m%y}{first}{_digits(rng, 2)}{last}"
    ok = cpr.is_valid(number) and cpr.get_birth_date(number) == born
    return _checked(f"{number[:6]}-{number[6:]}", ok)


# United Kingdom: National Insurance number (prefix rules, no check digit), NHS number
# (modulus 11), Scottish CHI number (DDMMYY, two digits, a sex digit odd for men, the NHS
# modulus 11 check), UTR (check digit first).
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def gb_nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            return f"{prefix}{_digits(rng, 6)}{rng.choice('ABCD')}"


def _mod11_digit(body: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
    check = 11 - total % 11
    return 0 if check == 11 else None if check == 10 else check


def gb_nhs(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(400, 799)) + _digits(rng, 6)
        check = _mod11_digit(body)
        if check is not None:
            return _checked(body + str(check), nhs.is_valid(body + str(check)))


def chi_is_valid(number: str) -> bool:
    if len(number) != 10 or not number.isdigit():
        return False
    try:
        dt.datetime.strptime(number[:6], "%d%m%y")
    except ValueError:
        return False
    return _mod11_digit(number[:9]) == int(number[9])


def sc_chi(rng: random.Random, born: dt.date, sex: str) -> str:
    while True:
        body = f"{born:%d%m%y}{_digits(rng, 2)}{rng.choice('13579' if sex == 'M' else '02468')}"
        check = _mod11_digit(body)
        if check is not None:
            number = body + str(check)
            return _checked(number, chi_is_valid(number) and nhs.is_valid(number))


def gb_utr(rng: random.Random) -> str:
    body = _digits(rng, 9)
    number = utr.calc_check_digit(body) + body
    return _checked(number, utr.is_valid(number))


# Spain: DNI (8 digits and the mod 23 letter).
def es_dni(rng: random.Random) -> str:
    body = f"{rng.randint(10_000_000, 79_999_999)}"
    number = body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]
    return _checked(number, dni.is_valid(number))


# Myanmar: NRC, state/region number, township code, citizenship (N) and 6 digits; documented shape.
def mm_nrc(rng: random.Random) -> str:
    return f"9/{rng.choice(places.MM['nrc'])}(N){_digits(rng, 6)}"


# Namibia: identity number, YYMMDD and 5 digits; documented shape.
def na_id(rng: random.Random, born: dt.date) -> str:
    return f"{born:%y%m%d}{_digits(rng, 5)}"


# Haiti: NIF (10 digits, 000-000-000-0) and the national identity number NINU (10 digits).
def ht_nif(rng: random.Random) -> str:
    d = "00" + _digits(rng, 8)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9]}"


def ht_ninu(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, 9)


# Tunisia: CIN (8 digits) and a company's matricule fiscal (stdnum tn.mf; a shape-alike here).
def tn_cin(rng: random.Random) -> str:
    return rng.choice("01") + _digits(rng, 7)


def tn_mf(rng: random.Random) -> str:
    number = f"{_digits(rng, 7)}/{rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}/{rng.choice('APBDN')}/M/000"
    return _checked(number, mf.is_valid(number))


# Senegal: NIN of the CEDEAO identity card (13 digits, first 1 for men, 2 for women);
# a company's NINEA (stdnum sn.ninea; a shape-alike here).
def sn_nin(rng: random.Random, sex: str) -> str:
    return ("1" if sex == "M" else "2") + _digits(rng, 12)


def sn_ninea(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 6)
        for last in "0123456789":
            if ninea.is_valid(body + last):
                return _checked(body + last + " 2G2", ninea.is_valid(body + last + "2G2"))


# Madagascar: CIN (12 digits, shown in groups of three); documented shape.
def mg_cin(rng: random.Random) -> str:
    d = rng.choice("1234567") + _digits(rng, 11)
    return " ".join(d[i:i + 3] for i in range(0, 12, 3))


# Philippines: PhilHealth number (12 digits, 2-9-1), SSS number (10, 2-7-1), LTO driver's
# licence (letter, 2 digits, 2 digits, 6 digits), TIN (9 digits + 3 branch); documented shapes.
def ph_philhealth(rng: random.Random) -> str:
    d = rng.choice(("01", "02", "03", "12", "19")) + _digits(rng, 10)
    return f"{d[:2]}-{d[2:11]}-{d[11]}"


def ph_sss(rng: random.Random) -> str:
    d = rng.choice(("33", "34", "04", "06")) + _digits(rng, 8)
    return f"{d[:2]}-{d[2:9]}-{d[9]}"


def ph_lto(rng: random.Random) -> str:
    return f"{rng.choice('DGNK')}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 6)}"


def ph_tin(rng: random.Random) -> str:
    d = _digits(rng, 9)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}-000"


# Iraq: national card number (12 digits); documented shape.
def iq_card(rng: random.Random) -> str:
    return "19" + _digits(rng, 10)


# IBANs (mod 97 check digits, accepted by stdnum, which also checks Spain's national digits).
def _iban(country: str, bban: str) -> str:
    number = country + iban.calc_check_digits(country + "00" + bban) + bban
    return _checked(number, iban.is_valid(number))


def es_iban(rng: random.Random) -> str:
    bank, branch, account = rng.choice(("2095", "3035", "0049", "2100")), _digits(rng, 4), _digits(rng, 10)
    body = bank + branch + "00" + account
    checks = ccc.calc_check_digits(body)
    return _iban("ES", bank + branch + checks + account)


def fo_iban(rng: random.Random) -> str:
    return _iban("FO", rng.choice(("6460", "9181", "7600")) + _digits(rng, 10))


def gl_iban(rng: random.Random) -> str:
    return _iban("GL", rng.choice(("6471", "6472")) + _digits(rng, 10))


def gb_iban(rng: random.Random) -> str:
    return _iban("GB", rng.choice(("BOFS", "RBOS", "CLYD")) + _digits(rng, 14))


def kz_iban(rng: random.Random) -> str:
    return _iban("KZ", rng.choice(("722", "601", "998")) + "C" + _digits(rng, 12))


def mn_iban(rng: random.Random) -> str:
    return _iban("MN", rng.choice(("0005", "0004", "0050")) + _digits(rng, 12))


def tn_iban(rng: random.Random) -> str:
    return _iban("TN", rng.choice(("10", "08", "25")) + _digits(rng, 18))


def iban_spaced(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


# Cards and devices.
def luhn_card(rng: random.Random, prefix: str = "4") -> str:
    body = prefix + _digits(rng, 15 - len(prefix))
    number = body + _luhn_digit(body)
    return _checked(number, luhn.is_valid(number))


def not_luhn(rng: random.Random, n: int = 16) -> str:
    while True:
        number = str(rng.randint(1, 9)) + _digits(rng, n - 1)
        if not luhn.is_valid(number):
            return number


def imei(rng: random.Random) -> str:
    body = rng.choice(("35", "86", "01")) + _digits(rng, 12)
    number = body + _luhn_digit(body)
    return _checked(number, _imei.is_valid(number))
