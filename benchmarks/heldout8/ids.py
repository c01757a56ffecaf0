"""National ids, bank accounts and cards, built from their published specifications. Each
builder checks its result (with python-stdnum where it knows the number, else with a second,
independent reading of the rule) and raises ValueError on an invalid number."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban, imo, luhn
from stdnum.ie import pps
from stdnum.il import idnr
from stdnum.in_ import epic, vid
from stdnum.th import pin as th_pin_check

DIGITS = string.digits
UPPER = string.ascii_uppercase


def _digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _checked(number: str, ok: bool, what: str) -> str:
    if not ok:
        raise ValueError(f"built an invalid {what}: {number}")
    return number


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


_V_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
        (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
        (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
        (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_V_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
        (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
        (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
_V_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    return str(_V_INV[c])


def _verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _V_D[c][_V_P[i % 8][int(ch)]]
    return c == 0


# --- Ireland -------------------------------------------------------------------------------

def ie_pps(rng: random.Random) -> str:
    """PPS number: 7 digits, a check letter (weights 8..2, second letter 'A' weighs 9, mod 23) and 'A'."""
    body = _digits(rng, 7)
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1))) + 9 * 1
    check = "W" if total % 23 == 0 else UPPER[total % 23 - 1]
    return _checked(body + check + "A", pps.is_valid(body + check + "A"), "PPS number")


def ie_iban(rng: random.Random) -> str:
    bank = rng.choice(("AIBK", "BOFI", "IPBS", "ULSB", "PTSB"))
    bban = bank + _digits(rng, 6) + _digits(rng, 8)
    return _iban("IE", bban)


def eircode(rng: random.Random) -> str:
    routing = rng.choice(("H91", "H62", "V92", "F92", "F93", "P12", "T12", "F26", "V94", "X91"))
    chars = "ACDEFHKNPRTVWXY0123456789"
    unique = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
    return f"{routing} {unique}"


# --- India -------------------------------------------------------------------------------

def in_epic(rng: random.Random) -> str:
    """Voter id (EPIC): 3 letters, 6 digits and their Luhn digit."""
    serial = _digits(rng, 6)
    number = "".join(rng.choice(UPPER) for _ in range(3)) + serial + _luhn_digit(serial)
    return _checked(number, epic.is_valid(number), "EPIC number")


def aadhaar(rng: random.Random) -> str:
    """Aadhaar: 12 digits, not starting with 0 or 1, the last a Verhoeff digit."""
    from stdnum.in_ import aadhaar as check

    body = _digits(rng, 11, "23456789")
    number = body + _verhoeff_digit(body)
    return _checked(number, check.is_valid(number), "Aadhaar number")


def in_vid(rng: random.Random) -> str:
    """Aadhaar virtual id: 16 digits, not starting with 0 or 1, the last a Verhoeff digit."""
    body = _digits(rng, 15, "23456789")
    number = body + _verhoeff_digit(body)
    return _checked(number, vid.is_valid(number) and _verhoeff_ok(number), "Aadhaar VID")


def in_vid_spaced(rng: random.Random) -> str:
    n = in_vid(rng)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def in_driving_licence(rng: random.Random, state: str = "GJ") -> str:
    """The documented shape (state, RTO, year of issue, 7 digits); no public check."""
    return f"{state}{rng.randint(1, 38):02d} {rng.randint(1995, 2025)}{_digits(rng, 7)}"


def in_ifsc_account(rng: random.Random) -> str:
    return _digits(rng, rng.choice((11, 12, 14, 15)), "123456789")


# --- Palestine --------------------------------------------------------------------------

def ps_id(rng: random.Random) -> str:
    """Palestinian identity number: 9 digits with the check digit of the shared population
    registry (the rule of the Israeli Mispar Zehut: weights 1,2 alternating, digits summed)."""
    body = rng.choice("4789") + _digits(rng, 7)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    number = body + str((10 - total % 10) % 10)
    return _checked(number, idnr.is_valid(number), "Palestinian id")


def ps_iban(rng: random.Random) -> str:
    bank = rng.choice(("PALS", "ARAB", "QUDS", "BOPS", "PIBC"))
    bban = bank + "".join(rng.choice(DIGITS) for _ in range(21))
    return _iban("PS", bban)


# --- Luxembourg --------------------------------------------------------------------------

def lu_matricule(rng: random.Random, born: dt.date) -> str:
    """Matricule national (13 digits): YYYYMMDD, 3 serial digits, a Luhn digit and a Verhoeff
    digit, both over the first eleven."""
    body = f"{born:%Y%m%d}" + _digits(rng, 3)
    number = body + _luhn_digit(body) + _verhoeff_digit(body)
    return _checked(number, lu_matricule_is_valid(number), "Luxembourg matricule")


def lu_matricule_is_valid(number: str) -> bool:
    if len(number) != 13 or not number.isdigit():
        return False
    try:
        dt.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return False
    return luhn.is_valid(number[:12]) and _verhoeff_ok(number[:11] + number[12])


def lu_iban(rng: random.Random) -> str:
    bank = rng.choice(("001", "002", "003", "014", "019", "030"))
    return _iban("LU", bank + "".join(rng.choice(DIGITS) for _ in range(13)))


# --- Bosnia and Herzegovina (Republika Srpska) -------------------------------------------

def jmbg(rng: random.Random, born: dt.date, sex: str, region: int | None = None) -> str:
    """JMBG: DDMMYYY, region (10-19 Republika Srpska), serial (000-499 men, 500-999 women), mod 11."""
    region = rng.randint(10, 19) if region is None else region
    for _ in range(50):
        serial = rng.randint(500, 999) if sex == "F" else rng.randint(0, 499)
        body = f"{born:%d%m}{born.year % 1000:03d}{region:02d}{serial:03d}"
        weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        m = 11 - sum(int(d) * w for d, w in zip(body, weights)) % 11
        if m == 10:
            continue  # numbers with remainder 1 are not issued
        number = body + str(0 if m == 11 else m)
        return _checked(number, jmbg_is_valid(number), "JMBG")
    raise ValueError("no JMBG serial found")


def jmbg_is_valid(number: str) -> bool:
    if len(number) != 13 or not number.isdigit():
        return False
    year = int(number[4:7]) + (1000 if number[4] == "9" else 2000)
    try:
        dt.date(year, int(number[2:4]), int(number[0:2]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(number[:12], (7, 6, 5, 4, 3, 2) * 2))
    check = 11 - total % 11
    return check != 10 and int(number[12]) == (0 if check == 11 else check)


def ba_iban(rng: random.Random) -> str:
    """BA IBAN: bank, branch, account and the national check digits (98 - n*100 mod 97)."""
    body = rng.choice(("555", "562", "567", "571", "134")) + _digits(rng, 3) + _digits(rng, 8)
    national = f"{98 - int(body) * 100 % 97:02d}"
    return _iban("BA", body + national)


# --- Thailand, Bangladesh, Nigeria, Algeria -----------------------------------------------

def th_pin(rng: random.Random) -> str:
    """Thai personal id: 13 digits, check (11 - sum(d_i * (13 - i)) mod 11) mod 10."""
    body = rng.choice("1235") + _digits(rng, 11)
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
    number = body + str(check)
    return _checked(number, th_pin_check.is_valid(number), "Thai PIN")


def passport(rng: random.Random, prefix: str = "") -> str:
    """A passport number of the common shape: one or two letters and seven digits."""
    return (prefix or rng.choice(UPPER)) + _digits(rng, 7)


def bd_nid(rng: random.Random, born: dt.date) -> str:
    """Old 17-digit Bangladeshi NID: birth year, district and upazila codes, serial (no public check)."""
    return f"{born.year}{rng.randint(10, 93):02d}{rng.randint(10, 99):02d}{_digits(rng, 9)}"


def bd_smart_nid(rng: random.Random) -> str:
    return _digits(rng, 10, "123456789")


def ng_nin(rng: random.Random) -> str:
    """National identification number: 11 digits (no public check)."""
    return _digits(rng, 11, "123456789")


def ng_bvn(rng: random.Random) -> str:
    """Bank verification number: 11 digits beginning 22 (no public check)."""
    return "22" + _digits(rng, 9)


NG_BANKS = {"044": "Access Bank", "058": "GTBank", "011": "First Bank", "033": "UBA", "057": "Zenith Bank",
            "070": "Fidelity Bank", "232": "Sterling Bank", "035": "Wema Bank"}


def ng_nuban(rng: random.Random, bank: str | None = None) -> str:
    """NUBAN: 9-digit serial and the CBN check digit over bank code + serial (weights 3,7,3,...)."""
    bank = bank or rng.choice(sorted(NG_BANKS))
    serial = _digits(rng, 9)
    number = serial + _nuban_digit(bank, serial)
    return _checked(number, nuban_is_valid(bank, number), "NUBAN")


def _nuban_digit(bank: str, serial: str) -> str:
    total = sum(int(d) * w for d, w in zip(bank + serial, (3, 7, 3) * 4))
    return str((10 - total % 10) % 10)


def nuban_is_valid(bank: str, number: str) -> bool:
    if len(bank) != 3 or len(number) != 10 or not (bank + number).isdigit():
        return False
    weighted = sum(int(d) * w for d, w in zip(bank + number[:9], (3, 7, 3) * 4)) + int(number[9])
    return weighted % 10 == 0


def dz_chifa(rng: random.Random, born: dt.date) -> str:
    """CNAS insured number as printed on the Chifa card: 12 digits, here starting with the
    two-digit birth year (no public check known to the author)."""
    return f"{born:%y}" + _digits(rng, 10)


def dz_rip(rng: random.Random) -> str:
    """Algérie Poste RIP: 007 99999, a 10-digit CCP account and a 2-digit key (no public check used)."""
    return f"007 99999 {_digits(rng, 10)} {rng.randint(0, 99):02d}"


# --- cards, ships and shape-alikes --------------------------------------------------------

def luhn_card(rng: random.Random, prefix: str | None = None) -> str:
    prefix = prefix or rng.choice(("4", "51", "52", "53", "54", "55", "2221"))
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(15 - len(prefix)))
    number = body + _luhn_digit(body)
    return _checked(number, luhn.is_valid(number), "card number")


def masked_card(rng: random.Random) -> str:
    n = luhn_card(rng)
    return f"{n[:4]} **** **** {n[-4:]}"


def not_luhn(rng: random.Random, n: int = 16) -> str:
    """A number of card length that fails Luhn (a serial, not a card)."""
    body = _digits(rng, n - 1, "123456789")
    bad = (int(_luhn_digit(body)) + rng.randint(1, 9)) % 10
    number = body + str(bad)
    if luhn.is_valid(number):
        raise ValueError(f"meant to fail Luhn: {number}")
    return number


def imei(rng: random.Random) -> str:
    """IMEI: an 8-digit type allocation code, a 6-digit serial and a Luhn digit."""
    from stdnum import imei as check

    body = rng.choice(("35", "86", "01")) + _digits(rng, 12)
    number = body + _luhn_digit(body)
    return _checked(number, check.is_valid(number), "IMEI")


def imo_number(rng: random.Random) -> str:
    """IMO ship number: 7 digits, the last a check digit (weights 7..2)."""
    body = _digits(rng, 6, "6789")
    check = sum(int(d) * w for d, w in zip(body, range(7, 1, -1))) % 10
    number = f"IMO {body}{check}"
    return _checked(number, imo.is_valid(number), "IMO number")


def _iban(country: str, bban: str) -> str:
    check = iban.calc_check_digits(country + "00" + bban)
    number = country + check + bban
    return _checked(number, iban.is_valid(number), f"{country} IBAN")
