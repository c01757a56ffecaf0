"""National ids, bank accounts and cards built from their public specifications; each builder
checks its result with python-stdnum (a builder that made an invalid number would raise).
Shape-alikes (Luhn-failing 16-digit ids and the like) are here too, checked to FAIL."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn as au_tfn_std
from stdnum.ca import sin as ca_sin_std
from stdnum.cn import ric as cn_ric
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr as dk_cpr_std
from stdnum.fi import hetu as fi_hetu_std
from stdnum.gr import amka as gr_amka_std
from stdnum.kr import rrn as kr_rrn_std
from stdnum.mx import curp as mx_curp_std
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pt import nif as pt_nif_std
from stdnum.ro import cnp as ro_cnp_std
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn_std


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _checked(value: str, module) -> str:
    module.validate(value)
    return value


def dk_cpr(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Danish CPR ddmmyy-ssss; the 7th digit gives the century, the last digit is odd for men."""
    while True:
        seventh = rng.choice("0123") if dob.year < 2000 else "4"
        serial = seventh + _digits(rng, 2)
        last = rng.choice("13579" if sex == "M" else "02468")
        number = f"{dob:%d%m%y}{serial}{last}"
        try:
            dk_cpr_std.validate(number)
        except Exception:
            continue
        return f"{number[:6]}-{number[6:]}"


def fi_hetu(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Finnish HETU ddmmyyCZZZQ: century sign, individual number (odd men), check character."""
    sign = "-" if dob.year < 2000 else "A"
    n = rng.randrange(2, 899)
    if (n % 2 == 1) != (sex == "M"):
        n += 1
    zzz = f"{n:03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dob:%d%m%y}{zzz}") % 31]
    return _checked(f"{dob:%d%m%y}{sign}{zzz}{check}", fi_hetu_std)


def no_fodselsnummer(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Norwegian fødselsnummer: ddmmyy, individual number (odd 3rd digit men), two mod-11 checks."""
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        ind = rng.randrange(0, 500) if dob.year < 2000 else rng.randrange(500, 1000)
        if (ind % 2 == 1) != (sex == "M"):
            continue
        base = [int(c) for c in f"{dob:%d%m%y}{ind:03d}"]
        k1 = 11 - sum(a * b for a, b in zip(w1, base)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(w2, base + [k1])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return _checked("".join(map(str, base + [k1, k2])), no_fnr)


def cz_rodne_cislo(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Czech rodné číslo yymmdd/xxxx: month + 50 for women, the 10 digits divisible by 11."""
    month = dob.month + (50 if sex == "F" else 0)
    head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}"
    while True:
        serial = _digits(rng, 3)
        check = int(head + serial) % 11
        if check == 10:
            continue
        number = f"{head}{serial}{check}"
        try:
            cz_rc.validate(number)
        except Exception:
            continue
        return f"{number[:6]}/{number[6:]}"


def tr_tc_kimlik(rng: random.Random) -> str:
    d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return _checked("".join(map(str, d + [d10, d11])), tckimlik)


def ro_cnp(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Romanian CNP: sex/century digit, yymmdd, county (01-46), serial, check digit."""
    first = {(True, 19): 1, (False, 19): 2, (True, 20): 5, (False, 20): 6}[(sex == "M", dob.year // 100)]
    body = f"{first}{dob:%y%m%d}{rng.randrange(1, 47):02d}{rng.randrange(1, 1000):03d}"
    check = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
    return _checked(body + str(1 if check == 10 else check), ro_cnp_std)


def kr_rrn(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Korean RRN yymmdd-SBBBBNC: sex/century digit, place, serial, mod-11 check."""
    first = {(True, 19): 1, (False, 19): 2, (True, 20): 3, (False, 20): 4}[(sex == "M", dob.year // 100)]
    while True:
        body = f"{dob:%y%m%d}{first}{rng.randrange(0, 9):02d}{_digits(rng, 3)}"
        check = (11 - sum(int(a) * b for a, b in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
        number = body + str(check)
        try:
            kr_rrn_std.validate(number)
        except Exception:
            continue
        return f"{number[:6]}-{number[6:]}"


CN_AREAS = ("110101", "110105", "110108", "310101", "310104", "120101")  # no validity years in stdnum


def cn_resident_id(rng: random.Random, dob: dt.date, sex: str) -> str:
    """Chinese resident id: area code, yyyymmdd, order (odd men), ISO 7064 mod 11-2 check."""
    order = rng.randrange(1, 999)
    if (order % 2 == 1) != (sex == "M"):
        order = order + 1 if order < 998 else order - 1
    body = f"{rng.choice(CN_AREAS)}{dob:%Y%m%d}{order:03d}"
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    return _checked(body + "10X98765432"[total % 11], cn_ric)


MX_STATES = ("AS", "BC", "CH", "CL", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SP", "VZ", "YN")
_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"


def _mx_letters(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.upper()).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalpha()) or "X"


def mx_curp(rng: random.Random, first: str, last: str, dob: dt.date, sex: str) -> str:
    """Mexican CURP (18): name letters, yymmdd, H/M, state, consonants, homoclave, check digit."""
    last1, first1 = _mx_letters(last), _mx_letters(first)
    second = _mx_letters(rng.choice(("Garcia", "Lopez", "Perez", "Ruiz", "Torres", "Flores")))
    vowel = next((c for c in last1[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
    head = f"{last1[0]}{vowel}{second[0]}{first1[0]}"
    if head in mx_curp_std._name_blacklist:  # words CURP replaces (RENAPO's list, as stdnum has it)
        head = head[0] + "X" + head[2:]
    homoclave = str(rng.randrange(10)) if dob.year < 2000 else rng.choice(string.ascii_uppercase)
    body = (f"{head}{dob:%y%m%d}{'H' if sex == 'M' else 'M'}{rng.choice(MX_STATES)}"
            f"{cons(last1)}{cons(second)}{cons(first1)}{homoclave}")
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(body))
    return _checked(body + str((10 - total % 10) % 10), mx_curp_std)


def au_tfn(rng: random.Random) -> str:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        number = _digits(rng, 9)
        if number[0] != "0" and sum(int(c) * w for c, w in zip(number, weights)) % 11 == 0:
            return _checked(number, au_tfn_std)


def ca_sin(rng: random.Random) -> str:
    while True:
        body = rng.choice("1234567") + _digits(rng, 7)
        number = body + luhn.calc_check_digit(body)
        try:
            ca_sin_std.validate(number)
        except Exception:
            continue
        return f"{number[:3]} {number[3:6]} {number[6:]}"


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    check = 11 - sum(int(c) * w for c, w in zip(body, range(9, 1, -1))) % 11
    return _checked(body + str(0 if check >= 10 else check), pt_nif_std)


def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        number = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        try:
            us_ssn_std.validate(number)
        except Exception:
            continue
        return number


def gr_amka(rng: random.Random, dob: dt.date) -> str:
    body = f"{dob:%d%m%y}{_digits(rng, 4)}"
    return _checked(body + luhn.calc_check_digit(body), gr_amka_std)


IBAN_LAYOUT = {"DK": 14, "FI": 14, "NO": 11, "CZ": 20, "TR": 22, "RO": 0, "PT": 21, "HU": 24, "GR": 23}


def iban(rng: random.Random, country: str, spaced: bool = False) -> str:
    """A valid IBAN of the country (mod 97, and the national BBAN checks stdnum knows);
    Romania's BBAN starts with four letters."""
    while True:
        if country == "RO":
            bban = rng.choice(("RNCB", "BTRL", "BRDE", "INGB")) + _digits(rng, 16)
        elif country == "TR":
            bban = _digits(rng, 5) + "0" + _digits(rng, 16)
        else:
            bban = _digits(rng, IBAN_LAYOUT[country])
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        number = f"{country}{check:02d}{bban}"
        try:
            std_iban.validate(number)
        except Exception:
            continue
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def card(rng: random.Random, spaced: bool = False) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number."""
    kind = rng.choice(("visa", "visa", "mc", "amex"))
    if kind == "amex":
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    elif kind == "mc":
        body = str(rng.randrange(51, 56)) + _digits(rng, 13)
    else:
        body = "4" + _digits(rng, 14)
    number = body + luhn.calc_check_digit(body)
    if spaced and len(number) == 16:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def masked_card(rng: random.Random) -> str:
    number = card(rng)
    return "*" * (len(number) - 4) + number[-4:]


def luhn_failing_16(rng: random.Random, prefix: str = "") -> str:
    """A 16-digit id that is NOT a card number (fails the Luhn check)."""
    while True:
        number = prefix + _digits(rng, 16 - len(prefix))
        if not luhn.is_valid(number):
            return number
