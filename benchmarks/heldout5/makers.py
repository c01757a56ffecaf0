"""Value makers of set 5: each takes the row being made (`heldout3.model.Row`) and returns one
value. Names follow the row's sex; e-mails are made from the row's names where they are in
Latin letters."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import string
import unicodedata

from benchmarks.heldout3.model import TODAY, Row

B64 = string.ascii_letters + string.digits + "./"


def first(r: Row) -> str:
    fake = r.fake
    made = getattr(fake, "first_name_female" if r.sex == "F" else "first_name_male", fake.first_name)()
    r.values.setdefault("_first", made)
    return made


def last(r: Row) -> str:
    fake = r.fake
    made = getattr(fake, "last_name_female" if r.sex == "F" else "last_name_male", fake.last_name)()
    r.values.setdefault("_last", made)
    return made


def full(r: Row) -> str:
    return f"{first(r)} {last(r)}"


def other_person(r: Row) -> str:
    """A name of someone else than the row's person (staff, a contact)."""
    return f"{r.fake.first_name()} {r.fake.last_name()}"


def ascii_of(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()).lower()


def email(r: Row) -> str:
    """An e-mail of the row's person: from the names made so far when they are Latin, else
    Faker's user name."""
    a, b = ascii_of(r.values.get("_first", "")), ascii_of(r.values.get("_last", ""))
    local = (f"{a}.{b}" if r.p(.6) else f"{a[:1]}{b}{r.rng.randint(1, 99)}") if a and b else r.fake.user_name()
    return f"{local}@{r.fake.free_email_domain()}"


def phone(r: Row) -> str:
    return r.fake.phone_number()


def born_iso(r: Row) -> str:
    return r.born.isoformat()


def born_as(fmt: str):
    return lambda r: r.born.strftime(fmt)


def born_int(r: Row) -> int:
    return int(r.born.strftime("%Y%m%d"))


def sex_as(female: str, male: str):
    return lambda r: female if r.sex == "F" else male


def day_between(r: Row, start: dt.date, end: dt.date = TODAY) -> dt.date:
    return start + dt.timedelta(days=r.rng.randint(0, (end - start).days))


def date_iso(start: dt.date, end: dt.date = TODAY):
    return lambda r: day_between(r, start, end).isoformat()


def stamp(r: Row) -> str:
    day = day_between(r, dt.date(2025, 1, 1))
    return f"{day.isoformat()} {r.rng.randint(0, 23):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"


def pick(*values):
    return lambda r: r.rng.choice(values)


def serial(prefix: str, width: int = 6, start: int = 1):
    return lambda r: f"{prefix}{start + r.i:0{width}d}"


def row_id(r: Row) -> int:
    return r.i + 1


def ref_id(n: int):
    """A key into another table of `n` rows."""
    return lambda r: r.rng.randint(1, n)


def amount(lo: float, hi: float, ndigits: int = 2):
    return lambda r: round(r.rng.uniform(lo, hi), ndigits)


def whole(lo: int, hi: int):
    return lambda r: r.rng.randint(lo, hi)


def ipv4(r: Row) -> str:
    return r.fake.ipv4_public() if r.p(.6) else r.fake.ipv4_private()


def version_like_ip(r: Row) -> str:
    """A four-part version number, shaped like an IPv4 address."""
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 40)}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 9999)}"


def coords_in(lat: tuple[float, float], lon: tuple[float, float], ndigits: int = 6):
    def make(r: Row) -> tuple[float, float]:
        return round(r.rng.uniform(*lat), ndigits), round(r.rng.uniform(*lon), ndigits)
    return make


def lat_of(box, key: str = "_pt"):
    """The latitude of the row's point `key` (made once per row, shared with `lon_of`)."""
    return lambda r: _point(r, box, key)[0]


def lon_of(box, key: str = "_pt"):
    return lambda r: _point(r, box, key)[1]


def _point(r: Row, box, key: str) -> tuple[float, float]:
    if key not in r.values:
        r.values[key] = box(r)
    return r.values[key]


def wkt_point(box):
    def make(r: Row) -> str:
        lat, lon = box(r)
        return f"POINT ({lon} {lat})"
    return make


def bcrypt_hash(r: Row) -> str:
    return "$2b$12$" + "".join(r.rng.choice(B64) for _ in range(53))


def sha256_hex(r: Row) -> str:
    return hashlib.sha256(f"{r.rng.random()}".encode()).hexdigest()


def token(prefix: str = "", n: int = 32):
    return lambda r: prefix + "".join(r.rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def pin(n: int = 4):
    return lambda r: "".join(r.rng.choice(string.digits) for _ in range(n))


def letters_digits(pattern: str):
    """A code of `pattern`: A a capital letter, 9 a digit, anything else kept."""
    def make(r: Row) -> str:
        return "".join(r.rng.choice(string.ascii_uppercase) if c == "A" else
                       r.rng.choice(string.digits) if c == "9" else c for c in pattern)
    return make


def json_list(make_one, lo: int = 1, hi: int = 3):
    return lambda r: json.dumps([make_one(r) for _ in range(r.rng.randint(lo, hi))], ensure_ascii=False)


def joined(make_one, sep: str = "; ", lo: int = 1, hi: int = 3):
    return lambda r: sep.join(make_one(r) for _ in range(r.rng.randint(lo, hi)))


def blob(n: int):
    return lambda r: bytes(r.rng.randrange(256) for _ in range(n))


def free_text(share: float, plain: list[str], personal):
    """Notes: a sentence of `plain`, and in about `share` of rows one naming someone
    (`personal(r)` returns it)."""
    def make(r: Row) -> str:
        return personal(r) if r.p(share) else r.rng.choice(plain)
    return make


def png(r: Row) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(r.rng.randrange(256) for _ in range(40))
