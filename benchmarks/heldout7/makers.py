"""Value makers shared by set 7's tables: people coherent within a row, local phone
formats, e-mails, secrets, shape-alikes and free text with a low rate of personal data."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import unicodedata

from benchmarks.heldout3.model import TODAY, Row
from benchmarks.heldout7 import places

PHONES = {
    "fr_CA": lambda r: f"{r.rng.choice(('418', '819', '581', '450'))}-{r.rng.randint(200, 999)}-{r.rng.randint(0, 9999):04d}",
    "fr_CH": lambda r: f"0{r.rng.choice((76, 78, 79))} {r.rng.randint(100, 999)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}",
    "it_CH": lambda r: f"+41 91 {r.rng.randint(100, 999)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}",
    "de_LI": lambda r: f"+423 {r.rng.choice((7, 6, 3, 2))}{r.rng.randint(10, 99)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}",
    "fr_DZ": lambda r: f"0{r.rng.choice((5, 6, 7))}{r.rng.randint(10, 99)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}",
    "ar_JO": lambda r: f"07{r.rng.choice((7, 8, 9))}{r.rng.randint(1000000, 9999999)}",
    "ar_BH": lambda r: f"+973 {r.rng.choice((3, 3, 6))}{r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}",
    "bs_BA": lambda r: f"06{r.rng.choice((1, 2, 3))}/{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}",
    "ta_IN": lambda r: f"+91 {r.rng.choice((9, 8, 7))}{r.rng.randint(1000, 9999)} {r.rng.randint(10000, 99999)}",
    "hi_IN": lambda r: f"{r.rng.choice((9, 8, 7, 6))}{r.rng.randint(100000000, 999999999)}",
    "mr_IN": lambda r: f"0{r.rng.choice((9, 8, 7))}{r.rng.randint(100000000, 999999999)}",
    "sw": lambda r: f"+255 7{r.rng.randint(10, 99)} {r.rng.randint(100, 999)} {r.rng.randint(100, 999)}",
    "es_CA": lambda r: f"6{r.rng.randint(10, 99)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)} {r.rng.randint(10, 99)}",
}
DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me", "icloud.com")


def phone(locale: str):
    return PHONES[locale]


def given_family(locale: str):
    """A maker that draws the row's person; later columns read r['_given'] / r['_family']."""
    def make(r: Row) -> str:
        given, family = places.person(r, locale)
        r.values["_given"], r.values["_family"] = given, family
        return given
    return make


def ascii_slug(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in " -"))
    return text.lower().replace(" ", "").replace("-", "")


def email_of(r: Row, given: str, family: str, latin: bool = True) -> str:
    g, f = ascii_slug(given), ascii_slug(family)
    if not g or not f:
        g, f = r.fake.user_name(), str(r.rng.randint(10, 99))
    sep = r.rng.choice((".", "_", ""))
    return f"{g}{sep}{f}{r.rng.choice(('', str(r.rng.randint(1, 99))))}@{r.rng.choice(DOMAINS)}"


def login_of(given: str, family: str, r: Row) -> str:
    return (ascii_slug(given)[:1] + ascii_slug(family)[:7] + str(r.rng.randint(1, 99))) or r.fake.user_name()


def born(fmt: str = "%Y-%m-%d"):
    return lambda r: r.born.strftime(fmt)


def business_date(days_back: int = 900, fmt: str = "%Y-%m-%d"):
    return lambda r: (TODAY - dt.timedelta(days=r.rng.randint(0, days_back))).strftime(fmt)


def version4(r: Row) -> str:
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 20)}.{r.rng.randint(0, 99)}.{r.rng.randint(0, 999)}"


def private_ip(r: Row) -> str:
    return f"10.{r.rng.randint(0, 40)}.{r.rng.randint(0, 255)}.{r.rng.randint(2, 254)}"


def public_ip(r: Row) -> str:
    return f"{r.rng.choice((41, 62, 85, 105, 154, 185, 196, 212))}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def coord(lat: tuple[float, float], lon: tuple[float, float], places_: int = 5):
    return lambda r: (round(r.rng.uniform(*lat), places_), round(r.rng.uniform(*lon), places_))


def bcrypt_like(r: Row) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(r.rng.choice(alphabet) for _ in range(53))


def sha256_hex(r: Row) -> str:
    return hashlib.sha256(f"{r.rng.random()}".encode()).hexdigest()


def token(prefix: str, n: int = 32):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return lambda r: prefix + "".join(r.rng.choice(alphabet) for _ in range(n))


def secret_bytes(n: int):
    return lambda r: bytes(r.rng.getrandbits(8) for _ in range(n))


def b32_secret(r: Row) -> str:
    return base64.b32encode(bytes(r.rng.getrandbits(8) for _ in range(10))).decode()


def pin(n: int = 4):
    return lambda r: f"{r.rng.randint(0, 10 ** n - 1):0{n}d}"


def png_blob(r: Row) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(r.rng.getrandbits(8) for _ in range(r.rng.randint(40, 90)))


def digest_blob(r: Row) -> bytes:
    return hashlib.sha256(f"fw{r.rng.random()}".encode()).digest()


def choice(*values):
    return lambda r: r.rng.choice(values)


def weighted(pairs: dict):
    keys, weights = list(pairs), list(pairs.values())
    return lambda r: r.rng.choices(keys, weights)[0]


def amount(lo: float, hi: float, digits: int = 2):
    return lambda r: round(r.rng.uniform(lo, hi), digits)


def integer(lo: int, hi: int):
    return lambda r: r.rng.randint(lo, hi)


def optional(make, share: float):
    """A sparse column: the value in `share` of the rows, NULL otherwise."""
    return lambda r: make(r) if r.p(share) else None


def seq(prefix: str, start: int = 1, width: int = 5):
    return lambda r: f"{prefix}{start + r.i:0{width}d}"


def key(r: Row) -> int:
    return r.i + 1


def fk(n: int):
    return lambda r: r.rng.randint(1, n)


def json_list(make, lo: int = 1, hi: int = 3):
    return lambda r: json.dumps([make(r) for _ in range(r.rng.randint(lo, hi))], ensure_ascii=False)


def free_text(plain: tuple[str, ...], personal, share: float = 0.10):
    """Sentences from `plain`; in `share` of the rows one of them is `personal(r)` (a name,
    e-mail or phone in a sentence)."""
    def make(r: Row) -> str:
        text = r.rng.choice(plain)
        if r.p(share):
            text = f"{text} {personal(r)}" if r.p(0.5) else f"{personal(r)} {text}"
        return text
    return make


def plain_text(plain: tuple[str, ...], lo: int = 1, hi: int = 2):
    return lambda r: " ".join(r.rng.sample(plain, r.rng.randint(lo, hi)))


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular Islamic calendar date of a Gregorian date (year, month, day)."""
    import math

    def to_jd(y: int, m: int, d: int) -> float:
        return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1

    jd = math.floor(day.toordinal() + 1721424.5) + 0.5
    year = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    month = min(12, math.ceil((jd - (29 + to_jd(year, 1, 1))) / 29.5) + 1)
    return year, month, int(jd - to_jd(year, month, 1)) + 1


def rf_reference(r: Row) -> str:
    """An ISO 11649 creditor reference (RF + check digits), checked by stdnum."""
    from stdnum import iso11649
    from stdnum.iso7064 import mod_97_10

    body = "".join(r.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(r.rng.randint(8, 15)))
    number = "RF" + mod_97_10.calc_check_digits(body + "RF") + body
    iso11649.validate(number)
    return iso11649.format(number)
