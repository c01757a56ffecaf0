"""Value makers shared by the tables of held-out set 2: e-mails from names, secrets and
hashes, shape-alikes, composite cells and free text with a low rate of personal data."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import unicodedata

from benchmarks.heldout2.model import TODAY, Row, some_day, some_time

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "./"


def ascii_of(text: str) -> str:
    """Latin letters of a name (diacritics dropped); '' for other scripts."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in plain if c.isalnum())


def email(r: Row, domain: str | None = None) -> str:
    first, last = ascii_of(r.p.first), ascii_of(r.p.last)
    if not first or not last:
        local = r.fake.user_name()
    else:
        local = r.rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.rng.randrange(10, 99)}",
                              f"{last}.{first}", f"{first}_{last[0]}"))
    return f"{local}@{domain or r.fake.free_email_domain()}"


def login(r: Row) -> str:
    """A login handle that is not a plain name."""
    stem = ascii_of(r.p.first)[:3] or r.rng.choice(("usr", "k", "m"))
    tail = r.rng.choice((str(r.p.dob.year % 100), str(r.rng.randrange(100, 999)), ""))
    return r.rng.choice((f"{stem}{ascii_of(r.p.last)[:4]}{tail}",
                         f"{r.rng.choice(('wolf', 'nord', 'pixel', 'sky', 'lynx', 'kite'))}_{stem}{tail}"))


def hex_token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def sha256_hex(rng: random.Random) -> str:
    return hashlib.sha256(rng.randbytes(16)).hexdigest()


def bcrypt_like(rng: random.Random) -> str:
    return "$2b$12$" + "".join(rng.choice(B64) for _ in range(53))


def argon2_like(rng: random.Random) -> str:
    salt = base64.b64encode(rng.randbytes(16)).decode().rstrip("=")
    digest = base64.b64encode(rng.randbytes(32)).decode().rstrip("=")
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"


def api_key(rng: random.Random, prefix: str = "sk_live_") -> str:
    return prefix + "".join(rng.choice(ALNUM) for _ in range(32))


def uuid(rng: random.Random) -> str:
    h = hex_token(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def mac(rng: random.Random, sep: str = ":") -> str:
    return sep.join(f"{rng.randrange(256):02x}" for _ in range(6))


def ipv4_public(rng: random.Random) -> str:
    while True:
        a = rng.randrange(1, 224)
        if a not in (10, 127, 172, 192, 169, 100):
            return f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))


def version4(rng: random.Random) -> str:
    """A four-part version number, shaped like an IPv4 address."""
    return f"{rng.randrange(1, 13)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}.{rng.randrange(0, 250)}"


def png_bytes(rng: random.Random) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(rng.randrange(60, 200))


def day(r: Row, start=dt.date(2018, 1, 1), end=TODAY) -> str:
    return some_day(r.rng, start, end).isoformat()


def stamp(r: Row, start=dt.date(2023, 1, 1), end=TODAY) -> str:
    return some_time(r.rng, start, end).isoformat(sep=" ")


def point_wkt(lat: float, lon: float) -> str:
    return f"POINT({lon:.6f} {lat:.6f})"


def near(rng: random.Random, lat: float, lon: float, spread: float = 0.3) -> tuple[float, float]:
    return round(lat + rng.uniform(-spread, spread), 6), round(lon + rng.uniform(-spread, spread), 6)


def json_cell(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def pick(rng: random.Random, pool, weights=None):
    return rng.choices(pool, weights=weights)[0] if weights else rng.choice(pool)


def low_pii_text(r: Row, plain: list[str], with_pii: list[str], rate: float) -> str:
    """A short note; in about `rate` of rows one template that names a person, an e-mail or a
    phone ({name}, {email}, {phone} filled from a fresh fake person)."""
    if r.rng.random() >= rate:
        return r.rng.choice(plain)
    other_first = r.fake.first_name()
    other_last = r.fake.last_name()
    local = f"{ascii_of(other_first) or 'info'}.{ascii_of(other_last) or 'x'}"
    return r.rng.choice(with_pii).format(
        name=f"{other_first} {other_last}", first=other_first,
        email=f"{local}@{r.fake.free_email_domain()}", phone=r.fake.phone_number())


def chance(r: Row, share: float, value, otherwise=None):
    return value if r.rng.random() < share else otherwise
