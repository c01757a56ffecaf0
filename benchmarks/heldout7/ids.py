"""National ids, bank accounts and cards of set 7's locales, built from their published
specifications. A builder whose number fails its check (python-stdnum where it knows the
number, the published rule otherwise) raises: the set never holds an invalid id by mistake."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban, luhn, verhoeff
from stdnum.ca import sin
from stdnum.ch import ssn
from stdnum.es import ccc, dni, nie
from stdnum.in_ import aadhaar, pan
from stdnum.li import peid


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _checked(value: str, module) -> str:
    module.validate(value)  # raises on an invalid number
    return value


def ca_sin(rng: random.Random) -> str:
    """Canadian SIN, 9 digits, Luhn; first digit 2 or 1 (Quebec and the Atlantic provinces)."""
    body = rng.choice("12") + _digits(rng, 7)
    return _checked(sin.format(body + luhn.calc_check_digit(body)), sin)


def ramq(rng: random.Random, family: str, given: str, born: dt.date, sex: str) -> str:
    """Quebec health card number (RAMQ): 3 letters of the surname, 1 of the given name,
    YYMMDD with month + 50 for women, 2 digits; no public check digit."""
    letters = "".join(c for c in _ascii(family).upper() if c.isalpha())[:3].ljust(3, "X")
    month = born.month + (50 if sex == "F" else 0)
    return f"{letters}{_ascii(given)[:1].upper()} {born:%y}{month:02d} {born:%d}{_digits(rng, 2)}"


def ch_ahv(rng: random.Random) -> str:
    """Swiss AHV/AVS number 756.XXXX.XXXX.XC (EAN-13 check), checked by stdnum ch.ssn."""
    from stdnum import ean

    body = "756" + _digits(rng, 9)
    number = body + ean.calc_check_digit(body)
    return _checked(ssn.format(number), ssn)


def li_peid(rng: random.Random) -> str:
    """Liechtenstein PEID of a person: up to 12 digits, no public check (stdnum checks length)."""
    return _checked(str(rng.randint(1_000_000, 99_999_999)), peid)


def dz_nin(rng: random.Random, sex: str) -> str:
    """Algerian national identification number: 18 digits, no public check; shape only."""
    return ("1" if sex == "M" else "2") + _digits(rng, 17)


def jo_national(rng: random.Random, born: dt.date, sex: str) -> str:
    """Jordanian national number: 10 digits, no public check; shape of reported examples
    (9 for men, 2 for women, then the year of birth)."""
    return ("9" if sex == "M" else "2") + f"{born:%y}" + _digits(rng, 7)


def bh_cpr(rng: random.Random, born: dt.date) -> str:
    """Bahraini CPR number: 9 digits, YYMM of birth then 5 digits; the check is unpublished."""
    return f"{born:%y%m}" + _digits(rng, 5)


def jmbg(rng: random.Random, born: dt.date, sex: str, region: int = 17) -> str:
    """Yugoslav JMBG as used in Bosnia and Herzegovina: DDMMYYY RR BBB K, serial 000-499 men,
    500-999 women, K = 11 - (weighted sum mod 11), 11 -> 0; a 10 is never issued (redrawn)."""
    while True:
        serial = rng.randint(0, 499) + (500 if sex == "F" else 0)
        body = f"{born:%d%m}{born.year % 1000:03d}{region:02d}{serial:03d}"
        k = 11 - sum(w * int(d) for w, d in zip((7, 6, 5, 4, 3, 2) * 2, body)) % 11
        if k != 10:
            number = body + str(0 if k == 11 else k)
            if not jmbg_is_valid(number):
                raise ValueError(f"invalid JMBG {number}")
            return number


def jmbg_is_valid(number: str) -> bool:
    """A second reading of the JMBG rule (weights 7..2 twice, mod 11), used to check the builder."""
    if len(number) != 13 or not number.isdigit():
        return False
    total = sum(int(number[i]) * (7 - i % 6) for i in range(12))
    m = 11 - total % 11
    return m != 10 and int(number[12]) == (0 if m == 11 else m) and 1 <= int(number[:2]) <= 31


def aadhaar_number(rng: random.Random) -> str:
    """Aadhaar: 12 digits, no leading 0/1, Verhoeff check; checked by stdnum in_.aadhaar."""
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    return _checked(aadhaar.format(body + verhoeff.calc_check_digit(body)), aadhaar)


def pan_number(rng: random.Random, family: str) -> str:
    """Indian PAN of an individual: AAAP + initial of the surname + 4 digits + a letter
    (the last letter's algorithm is unpublished; stdnum checks the structure)."""
    letter = _ascii(family)[:1].upper() or "K"
    number = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P" + letter
    number += f"{rng.randint(1, 9999):04d}" + rng.choice(string.ascii_uppercase)
    return _checked(number, pan)


def es_dni(rng: random.Random) -> str:
    number = f"{rng.randint(10_000_000, 79_999_999):08d}"
    return _checked(number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23], dni)


def es_nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    body = f"{rng.randint(0, 9_999_999):07d}"
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + body) % 23]
    return _checked(f"{lead}{body}{letter}", nie)


def tz_nida(rng: random.Random, born: dt.date) -> str:
    """Tanzanian NIDA number: YYYYMMDD-NNNNN-NNNNN-NN, no public check; shape only."""
    return f"{born:%Y%m%d}-{_digits(rng, 5)}-{_digits(rng, 5)}-{_digits(rng, 2)}"


def iban_of(country: str, bban: str, grouped: bool = True) -> str:
    number = country + iban.calc_check_digits(country + "00" + bban) + bban
    iban.validate(number)
    return iban.format(number) if grouped else number


def li_iban(rng: random.Random) -> str:
    return iban_of("LI", rng.choice(("08800", "08810", "08801", "06501")) + _digits(rng, 12))


def jo_iban(rng: random.Random) -> str:
    return iban_of("JO", rng.choice(("ARAB", "HBHO", "JONB", "CAAB")) + _digits(rng, 22))


def bh_iban(rng: random.Random) -> str:
    return iban_of("BH", rng.choice(("NBOB", "BBKU", "AUBB", "KFHB")) + _digits(rng, 14), grouped=False)


def ba_iban(rng: random.Random) -> str:
    """Bosnian IBAN: BBAN of bank, branch and account with its national mod 97-10 check."""
    body = rng.choice(("338", "161", "154", "194")) + _digits(rng, 3) + _digits(rng, 8)
    check = 98 - int(body + "00") % 97
    return iban_of("BA", f"{body}{check:02d}")


def es_iban(rng: random.Random) -> str:
    bank, branch, account = rng.choice(("2100", "0081", "0182", "3058")), _digits(rng, 4), _digits(rng, 10)
    return iban_of("ES", bank + branch + ccc.calc_check_digits(bank + branch + "00" + account) + account)


def luhn_card(rng: random.Random, prefix: str | None = None) -> str:
    body = (prefix or rng.choice(("4", "51", "52", "55", "2221"))) + ""
    body += _digits(rng, 15 - len(body))
    number = body + luhn.calc_check_digit(body)
    luhn.validate(number)
    return number


def masked_card(rng: random.Random) -> str:
    number = luhn_card(rng)
    return f"{number[:4]} **** **** {number[-4:]}"


def not_luhn(rng: random.Random, n: int = 16) -> str:
    """n digits that fail Luhn (a serial shaped like a card number)."""
    body = _digits(rng, n - 1)
    good = luhn.calc_check_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())
