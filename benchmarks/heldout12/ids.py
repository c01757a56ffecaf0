"""National ids, tax numbers, IBANs, cards and check-digit numbers of held-out set 12, built
from their published rules; a builder that makes an invalid number raises. Checked with
python-stdnum where it knows the number (Guatemalan and Salvadoran NIT, IBAN, IMEI, IMO,
ISO 6346, EAN, ISBN, Bitcoin addresses); the rest follow the documented shape."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string

from stdnum import bitcoin, ean, iban, imei, imo, isbn, iso6346, luhn
from stdnum.gt import nit as gt_nit
from stdnum.sv import nit as sv_nit


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _checked(value: str, module, what: str) -> str:
    if not module.is_valid(value):
        raise ValueError(f"built an invalid {what}: {value}")
    return value


# Guatemala ---------------------------------------------------------------------------------
#: Alta Verapaz is department 16; its municipalities 01-17 (Cobán 01, San Pedro Carchá 09 ...)
def gt_cui(rng: random.Random, spaced: bool = True) -> str:
    """Guatemalan CUI (on the DPI): 8-digit serial, a check digit, department and municipality.
    The check, as this author remembers the RENAP rule: the serial's digits weighted 2..9,
    sum mod 11, which must be below 10 (serials giving 10 are not issued)."""
    while True:
        serial = digits(rng, 8)
        check = sum(int(c) * w for c, w in zip(serial, range(2, 10))) % 11
        if check < 10:
            break
    dept, muni = rng.choice([("16", f"{rng.randint(1, 17):02d}"), ("01", f"{rng.randint(1, 17):02d}"),
                              ("17", f"{rng.randint(1, 14):02d}")])
    number = f"{serial}{check}{dept}{muni}"
    if len(number) != 13 or sum(int(c) * w for c, w in zip(number[:8], range(2, 10))) % 11 != int(number[8]):
        raise ValueError(f"built an invalid CUI: {number}")
    return f"{number[:4]} {number[4:9]} {number[9:]}" if spaced else number


def gt_nit_person(rng: random.Random) -> str:
    body = str(rng.randint(1_000_000, 99_999_999))
    return _checked(f"{body}-{gt_nit.calc_check_digit(body)}", gt_nit, "Guatemalan NIT")


# El Salvador -------------------------------------------------------------------------------
def sv_dui(rng: random.Random) -> str:
    """Salvadoran DUI: 8 digits, a hyphen and a check digit (weights 9..2, 10 minus the sum
    mod 10, as this author remembers the published rule)."""
    body = "0" + digits(rng, 7)
    check = (10 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 10) % 10
    number = f"{body}-{check}"
    if (sum(int(c) * w for c, w in zip(number[:8], range(9, 1, -1))) + int(number[9])) % 10:
        raise ValueError(f"built an invalid DUI: {number}")
    return number


def sv_nit_person(rng: random.Random, born: dt.date) -> str:
    """Salvadoran NIT: municipality of birth, DDMMYY birth date, serial, check (python-stdnum)."""
    body = rng.choice(["0614", "0511", "0502", "0315", "0210"]) + born.strftime("%d%m%y") + digits(rng, 3)
    number = body + sv_nit.calc_check_digit(body)
    _checked(number, sv_nit, "Salvadoran NIT")
    return sv_nit.format(number)


# Kuwait ------------------------------------------------------------------------------------
def kw_civil_id(rng: random.Random, born: dt.date) -> str:
    """Kuwaiti civil id: century digit (2: 1900s, 3: 2000s), YYMMDD, four serial digits and a
    check digit (weights 2 1 6 3 7 9 10 5 8 4 2, 11 minus the sum mod 11; as this author
    remembers the rule, not checked against an independent implementation)."""
    weights = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    while True:
        body = ("2" if born.year < 2000 else "3") + born.strftime("%y%m%d") + digits(rng, 4)
        check = 11 - sum(int(c) * w for c, w in zip(body, weights)) % 11
        if check < 10:
            break
    number = body + str(check)
    if len(number) != 12 or (sum(int(c) * w for c, w in zip(number, weights)) + int(number[-1])) % 11:
        raise ValueError(f"built an invalid civil id: {number}")
    return number


# Shapes without a public check -------------------------------------------------------------
def zm_nrc(rng: random.Random) -> str:
    """Zambian NRC: six-digit serial / two-digit district / 1 (citizen)."""
    return f"{digits(rng, 6)}/{rng.choice(['11', '12', '14', '16', '61'])}/1"


def sz_pin(born: dt.date, rng: random.Random) -> str:
    """Eswatini personal identification number: YYMMDD and seven digits."""
    return born.strftime("%y%m%d") + digits(rng, 7)


def bt_cid(rng: random.Random) -> str:
    """Bhutanese citizenship id: 11 digits."""
    return rng.choice(["1", "1", "2", "3"]) + digits(rng, 10)


def xk_personal_number(rng: random.Random) -> str:
    """Kosovo personal number: 10 digits."""
    return "1" + digits(rng, 9)


def tj_inn(rng: random.Random) -> str:
    """Tajik taxpayer number (ИРМ): 9 digits."""
    return rng.choice("45") + digits(rng, 8)


def tj_passport(rng: random.Random) -> str:
    return rng.choice(["A", "B"]) + digits(rng, 8)


def cm_cni(rng: random.Random) -> str:
    """Cameroonian national identity card number: 9 digits (older cards), or the newer 17."""
    return digits(rng, 9) if rng.random() < 0.6 else "1" + digits(rng, 16)


def cm_niu(rng: random.Random, person: bool) -> str:
    """Cameroonian taxpayer number (NIU): P (person) or M (company), 12 digits, a letter."""
    return ("P" if person else "M") + digits(rng, 12) + rng.choice(string.ascii_uppercase)


def cm_cnps(rng: random.Random) -> str:
    """Cameroonian social-security (CNPS) number."""
    return f"{digits(rng, 3)}-{digits(rng, 7)}-{rng.choice(string.ascii_uppercase)}"


def la_id_card(rng: random.Random) -> str:
    """Lao identity card number: province code and serial."""
    return f"{rng.randint(1, 18):02d}-{digits(rng, 7)}"


def passport(rng: random.Random, letter: str) -> str:
    return letter + digits(rng, 7)


def gy_nis(rng: random.Random) -> str:
    """Guyanese National Insurance Scheme number."""
    return "A" + digits(rng, 6)


# IBANs -------------------------------------------------------------------------------------
def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    if not iban.is_valid(value):
        raise ValueError(f"built an invalid IBAN: {value}")
    return iban.format(value)


def iban_xk(rng: random.Random) -> str:
    return _iban("XK", rng.choice(["1212", "1301", "1701", "2001"]) + digits(rng, 12))


def iban_kw(rng: random.Random) -> str:
    return _iban("KW", rng.choice(["NBOK", "CBKU", "GULB", "BBYN", "KFHO"]) + digits(rng, 22))


def iban_sv(rng: random.Random) -> str:
    return _iban("SV", rng.choice(["CENR", "BAGR", "CUSC", "BDAC"]) + digits(rng, 20))


def iban_gt(rng: random.Random) -> str:
    return _iban("GT", rng.choice(["TRAJ", "BRRL", "AGRO", "INDL"]) + digits(rng, 20))


# Cards and serials -------------------------------------------------------------------------
def card_masked(rng: random.Random, style: str = "stars") -> str:
    """A Luhn-valid card number, masked but for its last four digits (or first six and last four)."""
    prefix = rng.choice(["4", "51", "53", "55"])
    body = prefix + digits(rng, 15 - len(prefix))
    number = body + luhn.calc_check_digit(body)
    if not luhn.is_valid(number):
        raise ValueError("built an invalid card")
    if style == "bin":
        return f"{number[:6]}******{number[-4:]}"
    return f"**** **** **** {number[-4:]}"


def non_luhn_16(rng: random.Random, grouped: bool = True) -> str:
    """A 16-digit serial that fails Luhn (shaped like a card)."""
    while True:
        value = rng.choice("3456") + digits(rng, 15)
        if not luhn.is_valid(value):
            break
    return " ".join(value[i:i + 4] for i in range(0, 16, 4)) if grouped else value


def imei_number(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01"]) + digits(rng, 12)
    return _checked(body + luhn.calc_check_digit(body), imei, "IMEI")


def imo_number(rng: random.Random) -> str:
    body = str(rng.randint(7_000_000, 9_899_999))[:6]
    return _checked("IMO " + body + imo.calc_check_digit(body), imo, "IMO number")


def ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + digits(rng, 12 - len(prefix))
    return _checked(body + ean.calc_check_digit(body), ean, "EAN")


def isbn13(rng: random.Random) -> str:
    body = "978" + rng.choice(["9946", "99932", "9928", "9956"])
    body += digits(rng, 12 - len(body))
    return _checked(body + ean.calc_check_digit(body), isbn, "ISBN")


def container(rng: random.Random) -> str:
    body = rng.choice(["MSKU", "CMAU", "BMOU", "TGHU"]) + digits(rng, 6)
    return _checked(body + iso6346.calc_check_digit(body), iso6346, "container number")


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def bitcoin_address(rng: random.Random) -> str:
    """A P2PKH Bitcoin address (version 0, 20 random bytes, double-SHA-256 checksum)."""
    payload = b"\x00" + bytes(rng.getrandbits(8) for _ in range(20))
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    out = "1" * (len(raw) - len(raw.lstrip(b"\x00"))) + out
    return _checked(out, bitcoin, "Bitcoin address")
