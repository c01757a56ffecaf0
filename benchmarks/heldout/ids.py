"""National identifiers with valid checksums, and shape-alikes that must not pass for PII.

Every maker takes a `random.Random` (and what the identifier encodes: birth date, sex) and
returns a string that python-stdnum validates; the maker asserts it. Written for the held-out
set from the public specifications, independently of piiscan's validators.
"""

from __future__ import annotations

import random
import string
from datetime import date

from stdnum import luhn, verhoeff
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as jp_mynumber
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer

_CONSONANTS = set("BCDFGHJKLMNPQRSTVWXYZ")
_CF_MONTHS = "ABCDEHLMPRST"
#: Real cadastral codes of Italian municipalities (Roma, Milano, Torino, Napoli, Bologna, ...).
_CF_TOWNS = ("H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "C351", "B157")


def de_idnr(rng: random.Random) -> str:
    """German Steuer-Identifikationsnummer (11 digits, ISO 7064 mod 11,10)."""
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        body = "".join(map(str, digits))
        number = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def fr_nir(rng: random.Random, born: date, female: bool) -> str:
    """French NIR (numéro de sécurité sociale), 15 digits, often printed with spaces."""
    dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "35"])
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number), number
    return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"


def es_dni(rng: random.Random) -> str:
    body = f"{rng.randint(1_000_000, 99_999_999):08d}"
    number = body + dni.calc_check_digit(body)
    assert dni.is_valid(number), number
    return number


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + f"{rng.randint(0, 9_999_999):07d}"
    number = body + nie.calc_check_digit(body)
    assert nie.is_valid(number), number
    return number


def _cf_part(word: str, is_first_name: bool) -> str:
    letters = [c for c in word.upper() if c.isalpha() and c.isascii()]
    consonants = [c for c in letters if c in _CONSONANTS]
    vowels = [c for c in letters if c not in _CONSONANTS]
    if is_first_name and len(consonants) > 3:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return ("".join(consonants + vowels) + "XXX")[:3]


def it_codice_fiscale(rng: random.Random, first: str, last: str, born: date, female: bool) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}"
            + _CF_MONTHS[born.month - 1] + f"{day:02d}" + rng.choice(_CF_TOWNS))
    number = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(number), number
    return number


def nl_bsn(rng: random.Random) -> str:
    while True:
        number = f"{rng.randint(10_000_000, 399_999_999):09d}"
        if bsn.is_valid(number):
            return number


def br_cpf(rng: random.Random) -> str:
    """Brazilian CPF printed as 123.456.789-09."""
    while True:
        number = f"{rng.randint(1_000_000, 999_999_999):09d}" + f"{rng.randint(0, 99):02d}"
        if len(set(number)) > 1 and cpf.is_valid(number):
            return cpf.format(number)


def pl_pesel(rng: random.Random, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randint(0, 999):03d}{sex}"
    number = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(number), number
    return number


def se_personnummer(rng: random.Random, born: date, female: bool) -> str:
    """Swedish personnummer as YYYYMMDD-NNNC (the ninth digit is even for women)."""
    serial = f"{rng.randint(0, 99):02d}{rng.choice('02468' if female else '13579')}"
    body = f"{born:%y%m%d}{serial}"
    number = f"{born:%Y%m%d}-{serial}{luhn.calc_check_digit(body)}"
    assert personnummer.is_valid(number), number
    return number


def in_aadhaar(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return f"{number[:4]} {number[4:8]} {number[8:]}"


def in_pan(rng: random.Random, last: str) -> str:
    """Indian PAN of a person: AAA + P + initial of the surname + 4 digits + a letter."""
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "K")
    number = ("".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P" + initial
              + f"{rng.randint(1, 9999):04d}" + rng.choice(string.ascii_uppercase))
    assert pan.is_valid(number), number
    return number


def gb_nino(rng: random.Random) -> str:
    """UK National Insurance number, AB 12 34 56 C (prefix rules of HMRC)."""
    first_letters = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    second_letters = [c for c in first_letters if c != "O"]
    while True:
        prefix = rng.choice(first_letters) + rng.choice(second_letters)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = f"{rng.randint(0, 999_999):06d}"
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def jp_my_number(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(10**10, 10**11 - 1):011d}"
        for check in "0123456789":
            if jp_mynumber.is_valid(body + check):
                return body + check


def luhn_failing(rng: random.Random, length: int = 16) -> str:
    """A card-number-shaped id whose Luhn check fails (order numbers, tracking ids)."""
    body = str(rng.choice("3456")) + "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
    good = luhn.calc_check_digit(body)
    number = body + str((int(good) + rng.randint(1, 9)) % 10)
    assert not luhn.is_valid(number), number
    return number


def version_string(rng: random.Random, major_choices=(1, 2, 3, 4, 10, 11, 12)) -> str:
    """Four-part version numbers shaped like IPv4 addresses (10.2.3.4)."""
    return (f"{rng.choice(major_choices)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}."
            f"{rng.randint(0, 250)}")
