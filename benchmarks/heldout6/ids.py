"""National ids, bank accounts and cards of held-out set 6, built from their published
specifications. Where python-stdnum knows a number, each one built is checked with it (a
builder that made an invalid number raises); ids without a published check digit are random
digits of their documented shape."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import imo as std_imo
from stdnum import luhn, verhoeff
from stdnum.al import nipt
from stdnum.az import voen
from stdnum.gb import nhs
from stdnum.ve import rif


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _checked(value: str, validate) -> str:
    validate(value)  # raises on an invalid number
    return value


def _completed(stem: str, tail: str, validate) -> str:
    """`stem` + the one digit that makes `validate` accept it (+ `tail`)."""
    for d in string.digits:
        try:
            validate(stem + d + tail)
            return stem + d + tail
        except Exception:
            continue
    raise ValueError(f"no check digit completes {stem!r}")


def luhn_digits(rng: random.Random, prefix: str, length: int) -> str:
    stem = prefix + digits(rng, length - len(prefix) - 1)
    return _checked(stem + luhn.calc_check_digit(stem), luhn.validate)


def not_luhn(rng: random.Random, prefix: str, length: int) -> str:
    """A number of `length` digits that fails Luhn (a shape-alike of a card)."""
    good = luhn_digits(rng, prefix, length)
    return good[:-1] + str((int(good[-1]) + 1 + rng.randrange(8)) % 10)


def card(rng: random.Random) -> str:
    return luhn_digits(rng, rng.choice(("4", "51", "53", "8600", "9860")), 16)


def masked_card(rng: random.Random) -> str:
    number = card(rng)
    return rng.choice((f"{number[:6]}******{number[-4:]}", f"**** **** **** {number[-4:]}",
                       f"{number[:4]} XXXX XXXX {number[-4:]}"))


def imei(rng: random.Random) -> str:
    return _checked(luhn_digits(rng, rng.choice(("35", "86", "01")), 15), std_imei.validate)


def imo(rng: random.Random) -> str:
    """IMO ship number: six digits and a check digit (weights 7..2), checked by stdnum."""
    stem = str(rng.randint(100000, 999999))
    check = sum(int(d) * w for d, w in zip(stem, range(7, 1, -1))) % 10
    return _checked(stem + str(check), std_imo.validate)


def iban(rng: random.Random, country: str, bban: str) -> str:
    """ISO 13616 check digits for `bban`, accepted by stdnum."""
    numeric = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    check = 98 - int(numeric) % 97
    return _checked(f"{country}{check:02d}{bban}", std_iban.validate)


def iban_of(rng: random.Random, country: str) -> str:
    upper = string.ascii_uppercase
    bban = {"AL": lambda: digits(rng, 8) + digits(rng, 16),
            "AZ": lambda: "".join(rng.choice(upper) for _ in range(4)) + digits(rng, 20),
            "LU": lambda: digits(rng, 3) + digits(rng, 13),
            "SA": lambda: digits(rng, 2) + digits(rng, 18),
            "AE": lambda: digits(rng, 3) + digits(rng, 16),
            "GB": lambda: rng.choice(("NWBK", "BARC", "HBUK", "LOYD")) + digits(rng, 14),
            "CY": lambda: digits(rng, 8) + digits(rng, 16),
            "MT": lambda: rng.choice(("MALT", "VALL", "APSB")) + digits(rng, 23)}[country]()
    return iban(rng, country, bban)


def lu_matricule(rng: random.Random, born: dt.date) -> str:
    """Luxembourg national identification number: YYYYMMDD, 3 serial digits, a Luhn digit
    and a Verhoeff digit, both over the first eleven digits."""
    stem = born.strftime("%Y%m%d") + digits(rng, 3)
    out = stem + luhn.calc_check_digit(stem) + verhoeff.calc_check_digit(stem)
    luhn.validate(out[:12])
    verhoeff.validate(stem + out[-1])
    return out


def emirates_id(rng: random.Random, born: dt.date) -> str:
    """UAE identity card number 784-YYYY-NNNNNNN-C; C is the Luhn digit of the 14 before it."""
    stem = f"784{born.year}" + digits(rng, 7)
    number = _checked(stem + luhn.calc_check_digit(stem), luhn.validate)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


def saudi_iqama(rng: random.Random) -> str:
    """Saudi resident id (iqama): 10 digits starting with 2, the last a Luhn check digit."""
    return luhn_digits(rng, "2", 10)


def nhs_number(rng: random.Random) -> str:
    """NHS number: nine digits and a mod-11 check digit (a stem whose check would be 10 is redrawn)."""
    while True:
        stem = str(rng.randint(400000000, 799999999))
        check = 11 - sum(int(d) * w for d, w in zip(stem, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            return _checked(stem + str(check), nhs.validate)


def uk_nino(rng: random.Random) -> str:
    """National Insurance number: two letters, six digits, a suffix A-D (no check digit)."""
    letters = "ABCEGHJKLMNPRSTWXYZ"
    return (rng.choice(letters) + rng.choice(letters.replace("O", "")) + digits(rng, 6)
            + rng.choice("ABCD"))


def az_voen_person(rng: random.Random) -> str:
    """Azerbaijani VÖEN of a natural person: region code, serial, check digit, 2; checked by stdnum
    (a stem that no digit completes is redrawn)."""
    while True:
        try:
            return _completed(f"{rng.randint(10, 99)}{digits(rng, 6)}", "2", voen.validate)
        except ValueError:
            continue


def az_fin(rng: random.Random) -> str:
    """Azerbaijani personal identification number (FİN): seven letters and digits (no check digit)."""
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(chars) for _ in range(7))


def al_personal_number(rng: random.Random, born: dt.date, sex: str) -> str:
    """Albanian personal number (also the person's NIPT): a letter for the decade of birth, the
    year's last digit, the month (+50 for women), the day, three serial digits, a check letter
    whose algorithm is unpublished; accepted by stdnum's al.nipt (format only)."""
    decade = "ABCDEFGHIJKLMN"[(born.year - 1900) // 10]
    month = born.month + (50 if sex == "F" else 0)
    value = f"{decade}{born.year % 10}{month:02d}{born.day:02d}{digits(rng, 3)}{rng.choice(string.ascii_uppercase)}"
    return _checked(value, nipt.validate)


def ve_rif_person(cedula: int) -> str:
    """Venezuelan RIF of a person: V, the cédula in eight digits, a check digit; checked by stdnum."""
    return _completed(f"V{cedula:08d}", "", rif.validate)


def uz_pinfl(rng: random.Random, born: dt.date, sex: str) -> str:
    """Uzbek personal identification number (JShShIR/PINFL), 14 digits: century-and-sex digit,
    DDMMYY, district code, serial, a last digit (random here: its rule is not in stdnum)."""
    first = (3 if sex == "M" else 4) if born.year < 2000 else (5 if sex == "M" else 6)
    return f"{first}{born:%d%m%y}{digits(rng, 3)}{digits(rng, 3)}{digits(rng, 1)}"


def eg_national_id(rng: random.Random, born: dt.date, sex: str) -> str:
    """Egyptian national id, 14 digits: century (2 or 3), YYMMDD, governorate, a serial whose last
    digit is odd for men, a check digit (unpublished: random here)."""
    century = 2 if born.year < 2000 else 3
    serial = digits(rng, 3) + rng.choice("13579" if sex == "M" else "02468")
    return f"{century}{born:%y%m%d}{rng.choice(('01', '02', '03', '12', '13', '21', '88'))}{serial}{digits(rng, 1)}"


def gh_card(rng: random.Random) -> str:
    """Ghana Card PIN GHA-123456789-0 (its check digit's rule is unpublished: random here)."""
    return f"GHA-{digits(rng, 9)}-{digits(rng, 1)}"


def lk_nic(rng: random.Random, born: dt.date, sex: str) -> str:
    """Sri Lankan NIC: the new 12-digit form YYYY + day of year (+500 for women) + 4 digits + 1,
    or the old 9 digits + V (no published check rule)."""
    day = born.timetuple().tm_yday + (500 if sex == "F" else 0)
    if born.year < 1990 and rng.random() < 0.4:
        return f"{born:%y}{day:03d}{digits(rng, 4)}V"
    return f"{born.year}{day:03d}{digits(rng, 5)}"


def passport(rng: random.Random, letters: int = 2, n: int = 7) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(letters)) + digits(rng, n)
