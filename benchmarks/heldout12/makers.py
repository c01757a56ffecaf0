"""Value makers of held-out set 12: small functions of a `heldout3.model.Row` (its seeded
random source, Faker, row number, the row's person: sex and birth date)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import string

from benchmarks.heldout3.model import TODAY, Row
from benchmarks.heldout12 import places

B64 = string.ascii_letters + string.digits + "./"


def seq(prefix: str, width: int = 5, start: int = 1):
    return lambda r: f"{prefix}{start + r.i:0{width}d}"


def rowid(r: Row) -> int:
    return r.i + 1


def one_of(*items):
    return lambda r: r.rng.choice(items)


def weighted(pairs: dict):
    values, weights = list(pairs), list(pairs.values())
    return lambda r: r.rng.choices(values, weights)[0]


def const(value):
    return lambda r: value


def empty(r: Row):
    return None


def num(lo: float, hi: float, places_: int = 0):
    if places_ == 0:
        return lambda r: r.rng.randint(int(lo), int(hi))
    return lambda r: round(r.rng.uniform(lo, hi), places_)


def sometimes(share: float, make, otherwise=None):
    """`make` in about `share` of rows, `otherwise` (None: NULL) in the rest."""
    return lambda r: make(r) if r.p(share) else (otherwise(r) if callable(otherwise) else otherwise)


def day(start: dt.date, end: dt.date, fmt: str | None = None):
    def make(r: Row):
        d = start + dt.timedelta(days=r.rng.randint(0, (end - start).days))
        return d.strftime(fmt) if fmt else d.isoformat()
    return make


def stamp(start: dt.date, end: dt.date):
    def make(r: Row):
        d = dt.datetime.combine(start, dt.time()) + dt.timedelta(seconds=r.rng.randint(0, (end - start).days * 86400))
        return d.isoformat(sep=" ")
    return make


def born(fmt: str | None = None):
    return lambda r: r.born.strftime(fmt) if fmt else r.born.isoformat()


def age(r: Row) -> int:
    return (TODAY - r.born).days // 365


def sex_code(f: str, m: str):
    return lambda r: f if r.sex == "F" else m


def given(f_list: list, m_list: list):
    return lambda r: r.rng.choice(f_list if r.sex == "F" else m_list)


def full_name(f_list: list, m_list: list, family: list, order: str = "gf"):
    def make(r: Row):
        g, f = r.rng.choice(f_list if r.sex == "F" else m_list), r.rng.choice(family)
        return f"{g} {f}" if order == "gf" else f"{f} {g}" if order == "fg" else f"{f.upper()}, {g}"
    return make


def tj_name(r: Row) -> str:
    family = r.rng.choice(places.TJ_FAMILY_M)
    if r.sex == "F":
        return f"{family}а {r.rng.choice(places.TJ_GIVEN_F)}"
    return f"{family} {r.rng.choice(places.TJ_GIVEN_M)}"


def phone(country: str, international: bool | None = None):
    return lambda r: places.phone(r.rng, country, international)


def masked_phone(country: str):
    """A phone with its middle digits starred: `+503 7*** 1234`."""
    def make(r: Row):
        p = places.phone(r.rng, country, True)
        head, tail = p[:6], p[-4:]
        middle = "".join("*" if c.isdigit() else c for c in p[6:-4])
        return head + middle + tail
    return make


def email(users: list, domains: list):
    def make(r: Row):
        return f"{r.rng.choice(users).lower()}{r.rng.choice(['', '.', '_'])}{r.rng.randint(1, 999)}@{r.rng.choice(domains)}"
    return make


def ascii_fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def coord(lat: tuple[float, float], lon: tuple[float, float], places_: int = 5):
    return lambda r: (round(r.rng.uniform(*lat), places_), round(r.rng.uniform(*lon), places_))


def lat(lo: float, hi: float):
    return lambda r: round(r.rng.uniform(lo, hi), 5)


def wkt_point(lat_: tuple[float, float], lon_: tuple[float, float]):
    return lambda r: f"POINT ({r.rng.uniform(*lon_):.5f} {r.rng.uniform(*lat_):.5f})"


def ipv4_private(r: Row) -> str:
    return f"10.{r.rng.randint(0, 40)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def ipv4_public(r: Row) -> str:
    first = r.rng.choice([41, 102, 105, 154, 176, 181, 190, 196, 200, 212])
    return f"{first}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def ipv6(r: Row) -> str:
    return "2c0f:" + ":".join(f"{r.rng.getrandbits(16):x}" for _ in range(7))


def mac(r: Row, sep: str = ":") -> str:
    return sep.join(f"{r.rng.getrandbits(8):02X}" for _ in range(6))


def version4(r: Row) -> str:
    """A four-part firmware version, shaped like an IPv4 address."""
    return f"{r.rng.randint(1, 9)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}"


def hexstr(n: int):
    return lambda r: "".join(r.rng.choice("0123456789abcdef") for _ in range(n))


def bcrypt(r: Row) -> str:
    return "$2b$12$" + "".join(r.rng.choice(B64) for _ in range(53))


def sha512_crypt(r: Row) -> str:
    salt = "".join(r.rng.choice(B64) for _ in range(16))
    return f"$6$rounds=5000${salt}$" + "".join(r.rng.choice(B64) for _ in range(86))


def argon2(r: Row) -> str:
    salt = "".join(r.rng.choice(B64[:-2]) for _ in range(22))
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}$" + "".join(r.rng.choice(B64[:-2]) for _ in range(43))


def token(prefix: str, n: int = 32):
    alphabet = string.ascii_letters + string.digits
    return lambda r: prefix + "".join(r.rng.choice(alphabet) for _ in range(n))


def secret_bytes(n: int):
    return lambda r: bytes(r.rng.getrandbits(8) for _ in range(n))


def jpeg_bytes(r: Row) -> bytes:
    """A tiny JPEG-looking blob: SOI and JFIF header, random body, EOI."""
    body = bytes(r.rng.getrandbits(8) for _ in range(r.rng.randint(200, 600)))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body + b"\xff\xd9"


def sha256_of(name: str):
    return lambda r: hashlib.sha256(f"{name}:{r.i}".encode()).hexdigest()


def json_list(items: list, lo: int = 1, hi: int = 3):
    return lambda r: json.dumps(r.rng.sample(items, r.rng.randint(lo, hi)), ensure_ascii=False)


def pick_list(items: list, lo: int = 1, hi: int = 3):
    return lambda r: r.rng.sample(items, r.rng.randint(lo, hi))


def free_text(plain: list[str], personal, share: float = 0.1):
    """Short notes: a plain sentence, or in about `share` of rows one naming a person or giving a contact."""
    return lambda r: personal(r) if r.p(share) else r.rng.choice(plain)


def plate(fmt: str):
    """A plate from a pattern: A letter, 9 digit, others kept."""
    def make(r: Row):
        return "".join(r.rng.choice(string.ascii_uppercase) if c == "A" else str(r.rng.randint(0, 9)) if c == "9" else c
                       for c in fmt)
    return make


def code(fmt: str):
    """A code from a pattern: `#` a digit, `?` a capital letter, other characters kept."""
    def make(r: Row):
        return "".join(str(r.rng.randint(0, 9)) if c == "#" else r.rng.choice(string.ascii_uppercase) if c == "?" else c
                       for c in fmt)
    return make


def of(name: str, fn):
    """A function of an earlier value of the row."""
    return lambda r: fn(r[name])
