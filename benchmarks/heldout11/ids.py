"""National ids, bank accounts and look-alikes of held-out set 11, built from their published
rules; a builder that makes a number failing its own check raises. Where python-stdnum knows
the number it checks it too (IBANs, Luhn)."""

from __future__ import annotations

import datetime as dt
import random

from stdnum import iban, luhn

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def jmbg(rng: random.Random, born: dt.date, sex: str, region: int = 23) -> str:
    """Montenegrin JMBG (the former Yugoslav rule): DDMMYYY, region 21-29, serial (000-499
    male, 500-999 female), mod-11 check digit with weights 7654327654 32; a check of 10 is
    not issued (draw again), 11 becomes 0."""
    while True:
        serial = rng.randint(0, 499) if sex == "M" else rng.randint(500, 999)
        body = f"{born:%d%m}{born.year % 1000:03d}{region:02d}{serial:03d}"
        weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k = 11 - sum(int(d) * w for d, w in zip(body, weights)) % 11
        if k == 10:
            continue
        k = 0 if k == 11 else k
        number = body + str(k)
        if not jmbg_valid(number):
            raise ValueError(number)
        return number


def jmbg_valid(number: str) -> bool:
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k = 11 - sum(int(d) * w for d, w in zip(number[:12], weights)) % 11
    return len(number) == 13 and (0 if k == 11 else k) == int(number[12]) and k != 10


def _iban(country: str, bban: str) -> str:
    """An IBAN with its ISO 7064 mod-97 check digits, validated by python-stdnum."""
    out = f"{country}{iban.calc_check_digits(country + '00' + bban)}{bban}"
    iban.validate(out)
    return out


def me_iban(rng: random.Random) -> str:
    """ME: bank 3 digits, account 13 digits, national mod-97 check of 2 digits."""
    bank = rng.choice(("510", "520", "530", "535", "540", "550", "555", "560", "565", "570", "575"))
    account = _digits(rng, 13)
    national = 98 - int(bank + account + "00") % 97
    return _iban("ME", f"{bank}{account}{national:02d}")


def by_iban(rng: random.Random) -> str:
    """BY: four-letter bank code, four-digit balance account, 16 characters."""
    bank = rng.choice(("AKBB", "BPSB", "BLBB", "ALFA", "PJCB", "BELB"))
    return _iban("BY", f"{bank}{rng.choice(('3014', '3819', '3012'))}{_digits(rng, 16)}")


def lb_iban(rng: random.Random) -> str:
    """LB: four-digit bank code, 20-character account."""
    return _iban("LB", f"{rng.choice(('0028', '0056', '0099', '0011', '0075'))}0000000{_digits(rng, 13)}")


def mu_iban(rng: random.Random) -> str:
    """MU: four letters and two digits of bank, two of branch, 12 digits account, 000 MUR."""
    bank = rng.choice(("MCBL01", "SBMU02", "BOMM01", "ABSG19"))
    return _iban("MU", f"{bank}{_digits(rng, 2)}{_digits(rng, 12)}000MUR")


def by_personal(rng: random.Random, born: dt.date, sex: str) -> str:
    """Belarusian identification number, 14 characters: sex-and-century digit (3/4 for
    1900s, 5/6 for 2000s, odd male), DDMMYY, region letter (A, B, C, H, K, E, M), three digits,
    citizenship letters (PB), check digit (weights 7-3-1 over the characters, letters counted
    from A = 10, mod 10)."""
    century = 3 if born.year < 2000 else 5
    first = century + (0 if sex == "M" else 1)
    body = f"{first}{born:%d%m%y}{rng.choice('ABCHKEM')}{_digits(rng, 3)}PB"
    values = [int(c) if c.isdigit() else 10 + _LETTERS.index(c) for c in body]
    check = sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10
    return body + str(check)


def bw_omang(rng: random.Random, sex: str) -> str:
    """Botswana Omang number: nine digits, the fifth 1 for a man and 2 for a woman (no public check)."""
    return f"{rng.randint(1, 9)}{_digits(rng, 3)}{'1' if sex == 'M' else '2'}{_digits(rng, 4)}"


def cr_cedula(rng: random.Random, dashed: bool = True) -> str:
    """Costa Rican cédula de identidad: province digit (1-7, 9 naturalised), four-digit tomo,
    four-digit asiento (no check digit)."""
    p, t, a = rng.choice("1111123457"), f"{rng.randint(100, 1999):04d}", f"{rng.randint(1, 999):04d}"
    return f"{p}-{t}-{a}" if dashed else f"{p}{t}{a}"


def pa_cedula(rng: random.Random) -> str:
    """Panamanian cédula: province (1-13), book and entry, e.g. 8-742-1963; E-8- for residents."""
    prov = rng.choice(("8", "8", "8", "3", "4", "9", "2", "6", "7", "E-8", "PE"))
    return f"{prov}-{rng.randint(1, 999)}-{rng.randint(1, 9999)}"


def tt_national_id(rng: random.Random, born: dt.date) -> str:
    """Trinidad and Tobago national id number: birth date YYYYMMDD and three digits."""
    return f"{born:%Y%m%d}{_digits(rng, 3)}"


def ug_nin(rng: random.Random, born: dt.date, sex: str) -> str:
    """Ugandan NIN, 14 characters: C (citizen), M/F, two-digit birth year, then letters and digits."""
    tail = _digits(rng, 5) + "".join(rng.choice(_LETTERS) for _ in range(5))
    return f"C{sex}{born.year % 100:02d}{tail}"


def mu_nic(rng: random.Random, born: dt.date, family: str) -> str:
    """Mauritian national identity card number, 14 characters: first letter of the surname at
    birth, DDMMYY, six digits and a check letter (documented shape, check not reproduced)."""
    first = (family[:1] or "A").upper()
    if first not in _LETTERS:
        first = "A"
    return f"{first}{born:%d%m%y}{_digits(rng, 6)}{rng.choice(_LETTERS)}"


def om_civil(rng: random.Random) -> str:
    """Omani civil number (resident card): eight digits."""
    return f"{rng.randint(6, 29)}{_digits(rng, 6)}"


def kh_id(rng: random.Random) -> str:
    """Cambodian national identity card number: nine digits."""
    return f"{rng.choice(('0', '1'))}{_digits(rng, 8)}"


def lb_id(rng: random.Random) -> str:
    """Lebanese identity card number: twelve digits."""
    return f"{rng.choice(('0', '1', '2', '3'))}{_digits(rng, 11)}"


def card(rng: random.Random, prefix: str = "4") -> str:
    """A Luhn-valid 16-digit card number."""
    body = prefix + _digits(rng, 15 - len(prefix))
    number = body + luhn.calc_check_digit(body)
    luhn.validate(number)
    return number


def not_luhn(rng: random.Random, length: int = 16) -> str:
    """A digit string of a card's length that fails Luhn (a serial, a meter number)."""
    while True:
        number = _digits(rng, length)
        if number[0] != "0" and not luhn.is_valid(number):
            return number


def cr_iban(rng: random.Random) -> str:
    """CR: a reserved 0, three-digit bank code, 14-digit account."""
    return _iban("CR", f"0{rng.choice(('151', '152', '102', '104', '161'))}{_digits(rng, 14)}")


def imo_number(rng: random.Random) -> str:
    """An IMO ship number (a thing's id): six digits and a check digit (weights 7 to 2, mod 10),
    checked with python-stdnum."""
    from stdnum import imo

    body = f"{rng.randint(9100000, 9899999) // 10}"
    number = body + str(sum(int(d) * w for d, w in zip(body, range(7, 1, -1))) % 10)
    imo.validate(number)
    return f"IMO {number}"
