"""National identifiers, IBANs and cards built from their public specifications; each value
is checked with python-stdnum before it is returned (an invalid one raises)."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.th import pin as th_pin
from stdnum.ua import rntrc
from stdnum.za import idnr as za_idnr


def _checked(value: str, module) -> str:
    if not module.is_valid(value):
        raise ValueError(f"built an invalid {module.__name__} number")
    return value


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def pesel(rng: random.Random, born: dt.date, sex: str) -> str:
    """Polish PESEL: yymmdd (month + 20 in the 2000s), serial, sex digit (odd male), check."""
    month = born.month + (20 if born.year >= 2000 else 0)
    sex_digit = rng.choice("13579" if sex == "M" else "02468")
    body = f"{born:%y}{month:02d}{born:%d}{_digits(rng, 3)}{sex_digit}"
    check = (10 - sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9) * 3)) % 10) % 10
    return _checked(body + str(check), pl_pesel)


def bsn(rng: random.Random) -> str:
    """Dutch BSN: nine digits passing the 11-test (weights 9..2, last digit -1)."""
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 7)
        last = sum(int(d) * w for d, w in zip(body, range(9, 1, -1))) % 11
        if last < 10:
            return _checked(body + str(last), nl_bsn)


_CF_ODD = dict(zip(string.digits + string.ascii_uppercase,
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                    11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)))


def _cf_part(text: str, first_name: bool) -> str:
    letters = [c for c in text.upper() if c.isalpha() and c.isascii()]
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if first_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng: random.Random, first: str, last: str, born: dt.date, sex: str) -> str:
    """Italian codice fiscale: surname and name letters, birth date (day + 40 for women),
    municipality code, check letter (odd/even position tables)."""
    day = born.day + (40 if sex == "F" else 0)
    place = rng.choice(("H501", "F205", "L219", "A662", "F839", "G273", "D612", "C351"))
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{born:%y}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{place}"
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
                for i, c in enumerate(body))
    return _checked(body + chr(65 + total % 26), codicefiscale)


def french_nir(rng: random.Random, born: dt.date, sex: str) -> str:
    """French NIR: sex, yy, mm, department, commune, order, key 97 - n mod 97."""
    body = f"{1 if sex == 'M' else 2}{born:%y}{born:%m}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return _checked(f"{body}{97 - int(body) % 97:02d}", nir)


def steuer_id(rng: random.Random) -> str:
    """German Steuer-IdNr: ten digits, first not 0, one digit twice, ISO 7064 mod 11,10 check."""
    while True:
        digits = rng.sample(string.digits, 9)
        digits.insert(rng.randint(1, 9), rng.choice(digits))
        body = "".join(digits)
        if body[0] == "0":
            continue
        product = 10
        for d in body:
            total = (int(d) + product) % 10 or 10
            product = total * 2 % 11
        value = body + str((11 - product) % 10)
        if idnr.is_valid(value):
            return value


def brazil_cpf(rng: random.Random) -> str:
    """Brazilian CPF, formatted 000.000.000-00: two mod-11 check digits."""
    body = [rng.randint(0, 9) for _ in range(9)]
    for size in (10, 11):
        r = sum(d * w for d, w in zip(body, range(size, 1, -1))) * 10 % 11
        body.append(r % 10)
    s = "".join(map(str, body))
    return _checked(f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", cpf)


def india_aadhaar(rng: random.Random) -> str:
    """Indian Aadhaar, formatted 0000 0000 0000: first digit 2-9, Verhoeff check digit."""
    while True:
        body = str(rng.randint(2, 9)) + _digits(rng, 10)
        value = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(value):
            return _checked(f"{value[:4]} {value[4:8]} {value[8:]}", aadhaar)


def india_pan(rng: random.Random, last: str) -> str:
    """Indian PAN: three letters, P (a person), the surname's initial, four digits (not 0000), a letter."""
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "K")
    letters = "".join(rng.choices(string.ascii_uppercase, k=3))
    value = f"{letters}P{initial}{rng.randint(1, 9999):04d}{rng.choice(string.ascii_uppercase)}"
    return _checked(value, pan)


def irish_pps(rng: random.Random) -> str:
    """Irish PPS number: seven digits and a check letter (weights 8..2, mod 23)."""
    body = _digits(rng, 7)
    total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1)))
    return _checked(body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23], pps)


def south_africa_id(rng: random.Random, born: dt.date, sex: str) -> str:
    """South African ID: yymmdd, gender sequence (5000+ male), citizenship, 8, Luhn."""
    seq = rng.randint(5000, 9999) if sex == "M" else rng.randint(0, 4999)
    body = f"{born:%y%m%d}{seq:04d}{rng.choice('0001')}8"
    return _checked(body + luhn.calc_check_digit(body), za_idnr)


def spanish_dni_or_nie(rng: random.Random) -> str:
    """Spanish DNI (8 digits + letter of n mod 23) or, one in five, NIE (X/Y/Z prefix)."""
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if rng.random() < 0.2:
        prefix, body = rng.choice("XYZ"), _digits(rng, 7)
        return _checked(prefix + body + letters[int(str("XYZ".index(prefix)) + body) % 23], nie)
    body = f"{rng.randint(1, 99999999):08d}"
    return _checked(body + letters[int(body) % 23], dni)


def japan_my_number(rng: random.Random) -> str:
    """Japanese My Number: eleven digits and a check digit (weights 6..2,7..2 from the left)."""
    body = _digits(rng, 11)
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(d) * w for d, w in zip(body, weights)) % 11
    return _checked(body + str(0 if r <= 1 else 11 - r), mynumber)


def thai_pin(rng: random.Random) -> str:
    """Thai personal id: 13 digits, first 1-8, check (11 - weighted sum mod 11) mod 10."""
    body = str(rng.randint(1, 8)) + _digits(rng, 11)
    check = (11 - sum(int(d) * w for d, w in zip(body, range(13, 1, -1))) % 11) % 10
    return _checked(body + str(check), th_pin)


def ukraine_rntrc(rng: random.Random, born: dt.date, sex: str) -> str:
    """Ukrainian taxpayer number (RNTRC): days since 1899-12-31, serial, sex digit, check."""
    days = (born - dt.date(1899, 12, 31)).days
    body = f"{days:05d}{_digits(rng, 3)}{rng.choice('13579' if sex == 'M' else '02468')}"
    check = sum(int(d) * w for d, w in zip(body, (-1, 5, 7, 9, 4, 6, 10, 5, 7))) % 11 % 10
    return _checked(body + str(check), rntrc)


def personnummer(rng: random.Random, born: dt.date, sex: str) -> str:
    """Swedish personnummer yymmdd-nnnc: third serial digit odd for men, Luhn check."""
    serial = _digits(rng, 2) + rng.choice("13579" if sex == "M" else "02468")
    body = f"{born:%y%m%d}{serial}"
    return _checked(f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}", se_pnr)


_BBAN = {  # country: (length of the BBAN, letters allowed at these positions)
    "PL": (24, ()), "NL": (14, (0, 1, 2, 3)), "IT": (23, (0,)), "FR": (23, ()), "DE": (18, ()),
    "ES": (20, ()), "SE": (20, ()), "IE": (18, (0, 1, 2, 3)), "BR": (25, ()),
}


def make_iban(rng: random.Random, country: str) -> str:
    """An IBAN of `country` (mod-97 check digits; national BBAN checks by retrying until
    python-stdnum accepts it), printed in groups of four."""
    size, letters = _BBAN[country]
    for _ in range(20000):
        bban = "".join(rng.choice(string.ascii_uppercase) if i in letters else rng.choice(string.digits)
                       for i in range(size))
        if country == "BR":
            bban = bban[:-2] + "C1"
        if country == "FR":
            key = 97 - int(bban[:21]) * 100 % 97
            bban = bban[:21] + f"{key:02d}"
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if iban.is_valid(value):
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    raise ValueError(f"could not build a valid {country} IBAN")


def card(rng: random.Random) -> str:
    """A Luhn-valid 16-digit Visa or Mastercard number, in groups of four."""
    body = rng.choice(("4", "51", "52", "53", "54", "55")) + ""
    body += _digits(rng, 15 - len(body))
    value = body + luhn.calc_check_digit(body)
    if not luhn.is_valid(value):
        raise ValueError("built an invalid card number")
    return " ".join(value[i:i + 4] for i in range(0, 16, 4))


def luhn_failing_16(rng: random.Random) -> str:
    """A 16-digit number that fails Luhn (a shape-alike of a card)."""
    body = str(rng.randint(1, 9)) + _digits(rng, 14)
    value = body + str((int(luhn.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
    if luhn.is_valid(value):
        raise ValueError("built a Luhn-valid shape-alike")
    return value
