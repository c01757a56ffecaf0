"""National identifiers of held-out set 10, built from their published rules. A builder that
makes an invalid number raises. Checked with python-stdnum where it knows the number (Cuban NI,
Moldovan IDNP through the IDNO rule, Uruguayan company RUT, IBANs), otherwise by a second,
independent reading of the rule (`*_ok`) or, where no check is public, the documented shape."""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban
from stdnum.cu import ni as cu_ni
from stdnum.md import idno as md_idno
from stdnum.uy import rut as uy_rut


def _ensure(ok: bool, what: str, value: str) -> str:
    if not ok:
        raise ValueError(f"invalid {what}: {value}")
    return value


# Uruguay: cédula de identidad, 7 digits and a check digit (weights 2987634, mod 10).
def uy_ci_digit(base: str) -> int:
    total = sum(int(d) * w for d, w in zip(base.zfill(7), (2, 9, 8, 7, 6, 3, 4)))
    return (10 - total % 10) % 10


def uy_ci_ok(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) not in (7, 8):
        return False
    body, check = digits[:-1].zfill(7), int(digits[-1])
    return sum(int(d) * w for d, w in zip(body, (2, 9, 8, 7, 6, 3, 4))) % 10 == (10 - check) % 10


def uy_ci(rng: random.Random, style: str = "dots") -> str:
    base = str(rng.randint(1_200_000, 6_499_999))
    check = uy_ci_digit(base)
    out = f"{base[0]}.{base[1:4]}.{base[4:]}-{check}" if style == "dots" else f"{base}{check}"
    return _ensure(uy_ci_ok(out), "Uruguayan CI", out)


def uy_company_rut(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1, 22):02d}{rng.randint(1, 999999):06d}001"
        out = body + str(uy_rut.calc_check_digit(body))
        if len(out) == 12:
            break
    return _ensure(uy_rut.is_valid(out), "Uruguayan RUT", out)


# Cuba: número de identidad, YYMMDD, century digit (9: 1800s, 0-5: 1900s, 6-8: 2000s),
# two digits, a sex digit (even male, odd female), a last digit.
def cu_ni_number(rng: random.Random, born: dt.date, sex: str) -> str:
    century = str(rng.randint(0, 5)) if born.year < 2000 else str(rng.randint(6, 8))
    sex_digit = rng.choice("13579" if sex == "F" else "02468")
    out = f"{born:%y%m%d}{century}{rng.randint(0, 99):02d}{sex_digit}{rng.randint(0, 9)}"
    ok = cu_ni.is_valid(out) and cu_ni.get_birth_date(out) == born and cu_ni.get_gender(out) == sex
    return _ensure(ok, "Cuban NI", out)


# Moldova: IDNP, 13 digits starting with 2 (persons), check digit of weights 7,3,1 mod 10
# (the IDNO rule, which stdnum checks).
def md_idnp(rng: random.Random) -> str:
    body = "2" + f"{rng.randint(0, 10**11 - 1):011d}"
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(body))
    out = body + str(total % 10)
    return _ensure(md_idno.is_valid(out), "Moldovan IDNP", out)


def md_company_idno(rng: random.Random) -> str:
    body = "100" + f"{rng.randint(0, 10**9 - 1):09d}"
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(body))
    out = body + str(total % 10)
    return _ensure(md_idno.is_valid(out), "Moldovan IDNO", out)


# Singapore: NRIC/FIN, prefix letter, 7 digits, check letter (weights 2765432; T and G add 4).
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_SG_ST = "JZIHGFEDCBA"
_SG_FG = "XWUTRQPNMLK"


def sg_nric_ok(number: str) -> bool:
    if len(number) != 9 or number[0] not in "STFG" or not number[1:8].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[1:8], _SG_WEIGHTS)) + (4 if number[0] in "TG" else 0)
    return (_SG_ST if number[0] in "ST" else _SG_FG)[total % 11] == number[8]


def sg_nric(rng: random.Random, born: dt.date, foreigner: bool = False) -> str:
    prefix = ("F" if born.year < 2000 else "G") if foreigner else ("S" if born.year < 2000 else "T")
    digits = f"{born:%y}{rng.randint(0, 99999):05d}" if not foreigner else f"{rng.randint(0, 9999999):07d}"
    total = sum(int(d) * w for d, w in zip(digits, _SG_WEIGHTS)) + (4 if prefix in "TG" else 0)
    out = prefix + digits + (_SG_ST if prefix in "ST" else _SG_FG)[total % 11]
    return _ensure(sg_nric_ok(out), "Singapore NRIC", out)


# Hong Kong: HKID, one or two letters, six digits, check digit (mod 11; 10 written A) in brackets.
def _hk_value(ch: str) -> int:
    return 36 if ch == " " else (ord(ch) - 55 if ch.isalpha() else int(ch))


def hkid_ok(number: str) -> bool:
    raw = number.replace("(", "").replace(")", "")
    body, check = raw[:-1].rjust(8), raw[-1]
    if not (body[-6:].isdigit() and all(c == " " or c.isalpha() for c in body[:2])):
        return False
    total = sum(_hk_value(c) * w for c, w in zip(body, range(9, 1, -1)))
    want = (11 - total % 11) % 11
    return check == ("A" if want == 10 else str(want))


def hkid(rng: random.Random, brackets: bool = True) -> str:
    letters = rng.choice("ACDEGHKPRVYZ") if rng.random() < 0.9 else rng.choice(["XA", "WX", "XD"])
    digits = f"{rng.randint(0, 999999):06d}"
    body = (letters + digits).rjust(8)
    total = sum(_hk_value(c) * w for c, w in zip(body, range(9, 1, -1)))
    want = (11 - total % 11) % 11
    check = "A" if want == 10 else str(want)
    out = f"{letters}{digits}({check})" if brackets else f"{letters}{digits}{check}"
    return _ensure(hkid_ok(out), "HKID", out)


# Qatar: QID, 11 digits: century (2: 1900s, 3: 2000s), birth year, ISO 3166 numeric nationality, serial.
def qid(rng: random.Random, born: dt.date, nationality: str = "634") -> str:
    out = f"{2 if born.year < 2000 else 3}{born:%y}{nationality}{rng.randint(0, 99999):05d}"
    return _ensure(len(out) == 11 and out.isdigit(), "QID", out)


# Kyrgyzstan: PIN (ПИН/ИНН), 14 digits: sex (1 woman, 2 man), DDMMYYYY, five digits.
def kg_pin(rng: random.Random, born: dt.date, sex: str) -> str:
    out = f"{1 if sex == 'F' else 2}{born:%d%m%Y}{rng.randint(0, 99999):05d}"
    return _ensure(len(out) == 14, "Kyrgyz PIN", out)


# Rwanda: national id, 16 digits: 1 (citizen), birth year, sex (8 man, 7 woman), 7-digit serial,
# issue digit, two control digits (unpublished).
def rw_nid(rng: random.Random, born: dt.date, sex: str, spaced: bool = False) -> str:
    parts = ("1", f"{born:%Y}", "8" if sex == "M" else "7", f"{rng.randint(0, 9999999):07d}",
             str(rng.randint(0, 2)), f"{rng.randint(0, 99):02d}")
    out = " ".join(parts) if spaced else "".join(parts)
    return _ensure(len(out.replace(" ", "")) == 16, "Rwandan NID", out)


# Bolivia: cédula de identidad, 6-8 digits and the issuing department.
def bo_ci(rng: random.Random, dept: str) -> str:
    return f"{rng.randint(1_000_000, 12_999_999)} {dept}"


# Morocco: CIN (CNIE), one or two letters of the issuing office and digits.
def ma_cin(rng: random.Random) -> str:
    return rng.choice(["C", "CD", "CB", "D", "BE", "BK", "A"]) + str(rng.randint(10000, 999999))


# Jamaica: TRN, nine digits (1 for persons), written 123-456-789.
def jm_trn(rng: random.Random) -> str:
    d = "1" + f"{rng.randint(0, 10**8 - 1):08d}"
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


# Fiji: TIN, nine digits; FNPF member number, six or seven digits.
def fj_tin(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{rng.randint(0, 10**8 - 1):08d}"


def make_iban(country: str, bban: str) -> str:
    out = country + iban.calc_check_digits(country + "00" + bban) + bban
    return _ensure(iban.is_valid(out), "IBAN", out)


def md_iban(rng: random.Random) -> str:
    bank = rng.choice(["AG", "MO", "VI", "EX", "ML"])
    return make_iban("MD", bank + "".join(rng.choice("0123456789") for _ in range(18)))


def qa_iban(rng: random.Random) -> str:
    bank = rng.choice(["QNBA", "DOHB", "CBQA", "QIIB"])
    return make_iban("QA", bank + "".join(rng.choice("0123456789") for _ in range(21)))


def luhn_digit(body: str) -> int:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def card(rng: random.Random, prefix: str = "4") -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(15 - len(prefix)))
    return body + str(luhn_digit(body))


def not_luhn(rng: random.Random, length: int = 16) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(length - 1))
    return body + str((luhn_digit(body) + rng.randint(1, 9)) % 10)
