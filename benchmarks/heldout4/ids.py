"""National ids, IBANs and cards built from their public specifications; each built value is
checked with python-stdnum and a builder that made an invalid one raises."""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.bg import egn
from stdnum.ch import ssn
from stdnum.cl import rut
from stdnum.ee import ik
from stdnum.hr import oib
from stdnum.il import idnr
from stdnum.lt import asmens
from stdnum.nz import ird
from stdnum.si import emso
from stdnum.sk import rc


def _checked(value: str, module, name: str) -> str:
    if not module.is_valid(value):
        raise ValueError(f"built an invalid {name}: {value}")
    return value


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def slovak_rc(rng: random.Random, born: dt.date, sex: str) -> str:
    """Rodné číslo: yymmdd (month + 50 for women) + 4 digits, the whole divisible by 11."""
    month = born.month + (50 if sex == "F" else 0)
    head = f"{born:%y}{month:02d}{born:%d}"
    while True:
        serial = rng.randint(0, 999)
        number = int(f"{head}{serial:03d}0")
        check = (11 - number % 11) % 11
        if check < 10:
            value = f"{head}{serial:03d}{check}"
            if rc.is_valid(value) and int(value) % 11 == 0:
                return f"{value[:6]}/{value[6:]}" if rng.random() < 0.6 else value


def slovenian_emso(rng: random.Random, born: dt.date, sex: str) -> str:
    """EMŠO: ddmmyyy + region 50 + serial (000-499 men, 500-999 women) + mod-11 check."""
    while True:
        serial = rng.randint(500, 999) if sex == "F" else rng.randint(0, 499)
        head = f"{born:%d%m}{born.year % 1000:03d}50{serial:03d}"
        total = sum(int(d) * w for d, w in zip(head, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
        check = (11 - total % 11) % 11
        if check < 10:
            return _checked(head + str(check), emso, "EMSO")


def croatian_oib(rng: random.Random) -> str:
    """OIB: 10 digits + ISO 7064 MOD 11,10 check."""
    body = _digits(rng, 10)
    product = 10
    for d in body:
        product = (((int(d) + product) % 10 or 10) * 2) % 11
    return _checked(body + str((11 - product) % 10), oib, "OIB")


def _baltic_check(body: str) -> str:
    total = sum(int(d) * (i % 9 + 1) for i, d in enumerate(body)) % 11
    if total == 10:
        total = sum(int(d) * ((i + 2) % 9 + 1) for i, d in enumerate(body)) % 11
    return str(total % 10)


def baltic_personal_code(rng: random.Random, born: dt.date, sex: str, country: str) -> str:
    """Estonian isikukood / Lithuanian asmens kodas: century-sex digit, yymmdd, serial, check."""
    first = (3 if born.year < 2000 else 5) + (1 if sex == "F" else 0)
    body = f"{first}{born:%y%m%d}{rng.randint(0, 999):03d}"
    return _checked(body + _baltic_check(body), ik if country == "EE" else asmens, "personal code")


def bulgarian_egn(rng: random.Random, born: dt.date, sex: str) -> str:
    """EGN: yymmdd (month + 40 after 1999), region digits, sex parity, weighted mod-11 check."""
    month = born.month + (40 if born.year >= 2000 else 0)
    region = rng.randint(0, 99)
    sex_digit = rng.choice("13579" if sex == "F" else "02468")
    body = f"{born:%y}{month:02d}{born:%d}{region:02d}{sex_digit}"
    total = sum(int(d) * w for d, w in zip(body, (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11
    return _checked(body + str(total % 10), egn, "EGN")


def israeli_id(rng: random.Random) -> str:
    """Teudat zehut: 8 digits + Luhn-style check over 9 digits."""
    body = _digits(rng, 8)
    total = 0
    for i, d in enumerate(body):
        n = int(d) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return _checked(body + str((10 - total % 10) % 10), idnr, "Israeli id")


def chilean_rut(rng: random.Random) -> str:
    """RUT: 7-8 digits + mod-11 check (K for 10), written 12.345.678-5."""
    body = str(rng.randint(5_000_000, 26_000_000))
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    check = "0123456789K"[(11 - total % 11) % 11] if (11 - total % 11) != 11 else "0"
    value = f"{int(body):,}".replace(",", ".") + "-" + check
    return _checked(value, rut, "RUT")


def argentine_cuit(rng: random.Random, sex: str) -> str:
    """CUIL/CUIT of a person: 20 (man) / 27 (woman) + DNI + mod-11 check, as 20-12345678-3."""
    while True:
        head = ("27" if sex == "F" else "20") + str(rng.randint(10_000_000, 45_000_000))
        total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
        check = (11 - total % 11) % 11
        if check < 10:
            return _checked(f"{head[:2]}-{head[2:]}-{check}", cuit_module(), "CUIT")


def cuit_module():
    from stdnum.ar import cuit
    return cuit


def belgian_nn(rng: random.Random, born: dt.date, sex: str) -> str:
    """Rijksregisternummer: yymmdd + serial (odd men, even women) + 97 - mod 97 (2000+: '2' prefix)."""
    serial = rng.randrange(2 if sex == "F" else 1, 998, 2)
    body = f"{born:%y%m%d}{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    value = f"{body}{97 - base % 97:02d}"
    return _checked(value, nn, "Belgian NN")


def swiss_ahv(rng: random.Random) -> str:
    """AHV-Nr.: 756 + 9 digits + EAN-13 check, written 756.1234.5678.97."""
    body = "756" + _digits(rng, 9)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    value = body + str((10 - total % 10) % 10)
    return _checked(f"{value[:3]}.{value[3:7]}.{value[7:11]}.{value[11:]}", ssn, "AHV")


def austrian_vnr(rng: random.Random, born: dt.date) -> str:
    """Versicherungsnummer: 3-digit serial + check + ddmmyy; check = weighted sum mod 11."""
    while True:
        serial = f"{rng.randint(100, 999)}"
        digits = serial + f"{born:%d%m%y}"
        total = sum(int(d) * w for d, w in zip(digits, (3, 7, 9, 5, 8, 4, 2, 1, 6)))
        if total % 11 < 10:
            return _checked(f"{serial}{total % 11} {born:%d%m%y}", vnr, "Austrian VNR")


def nz_ird(rng: random.Random) -> str:
    """IRD number: 7-8 digits + weighted mod-11 check (a second weight set when the first
    gives 10), written 12-345-678; retried until the check is a digit."""
    while True:
        body = str(rng.randint(1_000_000, 14_999_999)).zfill(8)
        for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
            check = (11 - sum(int(d) * w for d, w in zip(body, weights)) % 11) % 11
            if check < 10:
                value = _checked((body + str(check)).lstrip("0"), ird, "IRD")
                return f"{value[:-6]}-{value[-6:-3]}-{value[-3:]}"


#: BBAN length per country (Bulgaria and Belgium are built apart)
BBAN = {"SK": 20, "SI": 15, "HR": 17, "LT": 16, "EE": 16, "BG": None, "IL": 19, "BE": 12,
        "CH": 17, "AT": 16}


def iban(rng: random.Random, country: str, spaced: bool = True) -> str:
    """An IBAN: a BBAN of the country's length (Bulgarian: bank letters + digits; Belgian: with
    its mod-97 national check), ISO 7064 mod-97 check digits; retried until stdnum accepts it."""
    while True:
        if country == "BG":
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _digits(rng, 6) + "1" + _digits(rng, 7)
            bban = bban[:10] + "10" + bban[12:18]
        elif country == "BE":
            head = _digits(rng, 10)
            bban = head + f"{int(head) % 97 or 97:02d}"
        else:
            bban = _digits(rng, BBAN[country])
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if std_iban.is_valid(value):
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if spaced else value


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa or Mastercard number, grouped by four."""
    body = rng.choice(("4", "51", "53", "55")) + _digits(rng, 14)
    body = body[:15]
    value = body + luhn.calc_check_digit(body)
    if not luhn.is_valid(value):
        raise ValueError(value)
    return " ".join(value[i:i + 4] for i in range(0, 16, 4))


def not_a_card(rng: random.Random) -> str:
    """16 digits that fail Luhn (a shape-alike reference)."""
    while True:
        value = _digits(rng, 16)
        if not luhn.is_valid(value):
            return value


def argentine_cbu(rng: random.Random) -> str:
    """CBU: bank (3) + branch (4) + check, account (13) + check; weights 7-1-3-9 repeating."""
    def check(digits: str) -> str:
        weights = (3, 9, 7, 1) if len(digits) == 13 else (7, 1, 3, 9)
        return str((10 - sum(int(d) * weights[i % 4] for i, d in enumerate(digits)) % 10) % 10)
    first, account = _digits(rng, 7), _digits(rng, 13)
    value = first + check(first) + account + check(account)
    from stdnum.ar import cbu
    return _checked(value, cbu, "CBU")
