"""National ids, bank accounts and cards of set 5's countries, built from their published
specifications. Where python-stdnum knows the number, each one built is checked with it and a
builder that makes an invalid number raises; the Taiwanese id, the Russian SNILS, the Iranian
national code and the Macedonian EMBG, which stdnum 2.2 does not know, are checked by a second,
independent reading of their rule (`_check`)."""

from __future__ import annotations

import datetime as dt
import random
import string

from stdnum import iban as std_iban, luhn
from stdnum.do import cedula as do_cedula
from stdnum.ec import ci as ec_ci
from stdnum.id import nik as id_nik, npwp as id_npwp
from stdnum.is_ import kennitala as is_kennitala
from stdnum.ke import pin as ke_pin
from stdnum.lv import pvn as lv_pvn
from stdnum.my import nric as my_nric
from stdnum.pe import cui as pe_cui
from stdnum.pk import cnic as pk_cnic
from stdnum.ru import inn as ru_inn
from stdnum.vn import mst as vn_mst


def _checked(value: str, ok: bool, what: str) -> str:
    if not ok:
        raise ValueError(f"built an invalid {what}: {value}")
    return value


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _with_check_digit(rng: random.Random, body: str, is_valid, what: str) -> str:
    """`body` plus the one final digit that `is_valid` accepts (a rule with a check digit
    computed over the body: the digit is found by trying the ten)."""
    for d in string.digits:
        if is_valid(body + d):
            return body + d
    raise ValueError(f"no check digit makes a valid {what} of {body}")


def _first_completed(rng: random.Random, make_body, is_valid, what: str) -> str:
    """The first body of `make_body` that some check digit completes (rules where a
    remainder of 10 has no digit: that body is drawn again)."""
    while True:
        try:
            return _with_check_digit(rng, make_body(), is_valid, what)
        except ValueError:
            continue


def lv_personas_kods(rng: random.Random, born: dt.date) -> str:
    """Latvian personal code DDMMYY-CNNNC: C the century (0 1800s, 1 1900s, 2 2000s), the
    check digit (1101 - sum of weights 1,6,3,7,9,10,5,8,4,2) mod 11, never 10."""
    while True:
        body = f"{born:%d%m%y}{(born.year - 1800) // 100}{_digits(rng, 3)}"
        check = (1101 - sum(w * int(d) for w, d in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), body))) % 11
        if check < 10:
            code = body + str(check)
            return _checked(f"{code[:6]}-{code[6:]}", lv_pvn.is_valid(code), "Latvian personal code")


def id_nik_number(rng: random.Random, born: dt.date, sex: str) -> str:
    """Indonesian NIK PPRRSS DDMMYY XXXX (day + 40 for women)."""
    region = rng.choice(("317101", "327301", "357801", "517101", "127101", "737101", "647201"))
    day = born.day + (40 if sex == "F" else 0)
    value = f"{region}{day:02d}{born:%m%y}{rng.randint(1, 9999):04d}"
    return _checked(value, id_nik.is_valid(value), "NIK")


def id_npwp_number(rng: random.Random) -> str:
    """Indonesian tax number NPWP 99.999.999.9-999.999 (Luhn check digit 9th)."""
    body = _with_check_digit(rng, rng.choice("0123456789") + _digits(rng, 7),
                             lambda v: luhn.is_valid(v), "NPWP")
    value = body + _digits(rng, 6)
    text = f"{value[:2]}.{value[2:5]}.{value[5:8]}.{value[8]}-{value[9:12]}.{value[12:]}"
    return _checked(text, id_npwp.is_valid(text), "NPWP")


def vn_cccd(rng: random.Random, born: dt.date, sex: str) -> str:
    """Vietnamese citizen id (CCCD), 12 digits: province, century-and-sex, year, serial; no
    check digit."""
    century = {19: 0, 20: 2}[born.year // 100] + (1 if sex == "F" else 0)
    return f"{rng.choice(('001', '079', '048', '031', '092', '036'))}{century}{born:%y}{_digits(rng, 6)}"


def vn_mst_number(rng: random.Random) -> str:
    """Vietnamese tax code (MST), 10 digits with a weighted mod-11 check digit."""
    return _first_completed(rng, lambda: f"{rng.randint(1, 9)}{_digits(rng, 8)}", vn_mst.is_valid, "MST")


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_national_id(rng: random.Random, sex: str) -> str:
    """Taiwanese national id: a letter (its two-digit value), 1 man / 2 woman, seven digits,
    a check digit making the weighted sum (1, 9, 8 ... 1, 1) a multiple of 10."""
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    body = ("1" if sex == "M" else "2") + _digits(rng, 7)
    n = _TW_LETTERS[letter]
    total = n // 10 + 9 * (n % 10) + sum(w * int(d) for w, d in zip(range(8, 0, -1), body))
    value = f"{letter}{body}{(10 - total % 10) % 10}"
    return _checked(value, _check.tw(value), "Taiwanese id")


def is_kennitala_number(rng: random.Random, born: dt.date, company: bool = False) -> str:
    """Icelandic kennitala DDMMYY-RRCK: check (weights 3,2,7,6,5,4,3,2, 11 - sum mod 11),
    K the century (9 1900s, 0 2000s); a company's has 40 added to the day of its founding."""
    while True:
        body = f"{born.day + (40 if company else 0):02d}{born:%m%y}{rng.randint(20, 99)}"
        rest = 11 - sum(w * int(d) for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), body)) % 11
        if rest == 10:
            continue
        value = f"{body}{rest % 11}{(born.year // 100) % 10}"
        return _checked(f"{value[:6]}-{value[6:]}", is_kennitala.is_valid(value), "kennitala")


def ke_kra_pin(rng: random.Random) -> str:
    """Kenyan KRA PIN: A (a person) + 9 digits + a letter."""
    value = f"A{_digits(rng, 9)}{rng.choice(string.ascii_uppercase)}"
    return _checked(value, ke_pin.is_valid(value), "KRA PIN")


def my_nric_number(rng: random.Random, born: dt.date, sex: str) -> str:
    """Malaysian NRIC YYMMDD-PB-###G: birth date, a state code, last digit odd for men."""
    last = rng.choice("13579" if sex == "M" else "02468")
    value = f"{born:%y%m%d}-{rng.choice(('01', '07', '08', '10', '14', '12', '13'))}-{_digits(rng, 3)}{last}"
    return _checked(value, my_nric.is_valid(value), "NRIC")


def ru_inn_person(rng: random.Random) -> str:
    """Russian personal INN: 10 digits and two check digits (weights 7,2,4,10,3,5,9,4,6,8
    and 3,7,2,4,10,3,5,9,4,6,8; mod 11 mod 10)."""
    body = rng.choice(("77", "78", "50", "66", "16", "54")) + f"{rng.randint(1, 99):02d}" + _digits(rng, 6)
    c1 = sum(w * int(d) for w, d in zip((7, 2, 4, 10, 3, 5, 9, 4, 6, 8), body)) % 11 % 10
    body += str(c1)
    c2 = sum(w * int(d) for w, d in zip((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8), body)) % 11 % 10
    value = body + str(c2)
    return _checked(value, ru_inn.is_valid(value), "INN")


def ru_snils(rng: random.Random) -> str:
    """Russian SNILS XXX-XXX-XXX YY: YY the sum of digits times 9..1, mod 101 (100 → 00)."""
    body = f"{rng.randint(100, 999)}{_digits(rng, 6)}"
    total = sum(w * int(d) for w, d in zip(range(9, 0, -1), body))
    check = total % 101 % 100
    value = f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"
    return _checked(value, _check.snils(value), "SNILS")


def ir_national_code(rng: random.Random) -> str:
    """Iranian national code: 10 digits; r = sum of digit times 10..2 mod 11, check r when
    r < 2, else 11 - r."""
    body = f"{rng.randint(0, 9)}{rng.randint(1, 9)}{_digits(rng, 7)}"
    r = sum(w * int(d) for w, d in zip(range(10, 1, -1), body)) % 11
    value = body + str(r if r < 2 else 11 - r)
    return _checked(value, _check.ir(value), "Iranian national code")


def pk_cnic_number(rng: random.Random, sex: str) -> str:
    """Pakistani CNIC #####-#######-#: province first, last digit odd for men."""
    value = f"{rng.randint(1, 7)}{_digits(rng, 4)}-{_digits(rng, 7)}-{rng.choice('13579' if sex == 'M' else '2468')}"
    return _checked(value, pk_cnic.is_valid(value), "CNIC")


def mk_embg(rng: random.Random, born: dt.date, sex: str) -> str:
    """Macedonian EMBG DDMMYYY RR BBB K (the Yugoslav JMBG rule): region 41-49, BBB below 500
    for men, K = 11 - weighted sum (7..2 twice) mod 11, 0 for 10 and 11."""
    while True:
        serial = rng.randint(0, 499) + (500 if sex == "F" else 0)
        body = f"{born:%d%m}{born.year % 1000:03d}{rng.randint(41, 49)}{serial:03d}"
        k = 11 - sum(w * (int(a) + int(b)) for w, a, b in zip(range(7, 1, -1), body[:6], body[6:])) % 11
        value = body + str(0 if k > 9 else k)
        if _check.embg(value):
            return value


def ec_cedula(rng: random.Random) -> str:
    """Ecuadorian cédula: province 01-24, third digit below 6, a mod-10 check digit."""
    return _first_completed(rng, lambda: f"{rng.randint(1, 24):02d}{rng.randint(0, 5)}{_digits(rng, 6)}",
                            ec_ci.is_valid, "cédula")


def do_cedula_number(rng: random.Random) -> str:
    """Dominican cédula ###-#######-#: 11 digits, Luhn."""
    value = _with_check_digit(rng, f"{rng.choice(('001', '402', '031', '223', '047'))}{_digits(rng, 7)}",
                              luhn.is_valid, "cédula")
    return _checked(f"{value[:3]}-{value[3:10]}-{value[10]}", do_cedula.is_valid(value), "Dominican cédula")


def pe_dni(rng: random.Random, with_check: bool) -> str:
    """Peruvian DNI, 8 digits, optionally with its check character (CUI)."""
    body = _digits(rng, 8)
    if not with_check:
        return body
    for c in "0123456789" + "KABCDEFGHIJ":
        if pe_cui.is_valid(body + c):
            return f"{body}-{c}"
    raise ValueError(f"no CUI check for {body}")


def iban(rng: random.Random, country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN of `country` with `bban`: ISO 13616 check digits (98 - mod 97)."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(digits) % 97:02d}{bban}"
    _checked(value, std_iban.is_valid(value), f"{country} IBAN")
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if spaced else value


def lv_iban(rng: random.Random) -> str:
    return iban(rng, "LV", rng.choice(("HABA", "UNLA", "RIKO", "PARX")) + _digits(rng, 13), rng.random() < .5)


def is_iban(rng: random.Random, kennitala: str) -> str:
    """Icelandic IBAN: bank 4, ledger 26, account 6, then the holder's kennitala."""
    return iban(rng, "IS", f"{rng.choice(('0101', '0111', '0133', '0515'))}26{_digits(rng, 6)}"
                + kennitala.replace("-", ""))


def ge_iban(rng: random.Random) -> str:
    return iban(rng, "GE", rng.choice(("TB", "BG", "LB")) + _digits(rng, 16))


def pk_iban(rng: random.Random) -> str:
    return iban(rng, "PK", rng.choice(("HABB", "MUCB", "UNIL", "MEZN")) + _digits(rng, 16), True)


def card(rng: random.Random, prefix: str = "4", length: int = 16) -> str:
    """A Luhn-valid card number."""
    body = prefix + _digits(rng, length - len(prefix) - 1)
    value = body + luhn.calc_check_digit(body)
    return _checked(value, luhn.is_valid(value), "card")


def not_luhn(rng: random.Random, length: int = 16) -> str:
    """A number of a card's length that fails Luhn (a shape-alike)."""
    while True:
        value = f"{rng.randint(1, 9)}{_digits(rng, length - 1)}"
        if not luhn.is_valid(value):
            return value


class _check:
    """Second readings of the rules stdnum does not know."""

    @staticmethod
    def tw(value: str) -> bool:
        n = _TW_LETTERS[value[0]]
        weights = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
        digits = [n // 10, n % 10] + [int(c) for c in value[1:]]
        return len(value) == 10 and value[1] in "12" and sum(w * d for w, d in zip(weights, digits)) % 10 == 0

    @staticmethod
    def snils(value: str) -> bool:
        digits = value.replace("-", "").replace(" ", "")
        total = sum((9 - i) * int(d) for i, d in enumerate(digits[:9]))
        while total > 101:
            total %= 101
        return int(digits[9:]) == (0 if total in (100, 101) else total)

    @staticmethod
    def ir(value: str) -> bool:
        r = sum((10 - i) * int(d) for i, d in enumerate(value[:9])) % 11
        return int(value[9]) == (r if r < 2 else 11 - r) and len(set(value)) > 1

    @staticmethod
    def embg(value: str) -> bool:
        d = [int(c) for c in value]
        m = 11 - (7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9])
                  + 3 * (d[4] + d[10]) + 2 * (d[5] + d[11])) % 11
        return len(value) == 13 and d[12] == (0 if m > 9 else m)
