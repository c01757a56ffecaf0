"""Value makers shared by the table modules: each returns a function of a `model.Row`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import unicodedata
import zlib
from typing import Any, Callable

from benchmarks.heldout3.model import TODAY, Row

Maker = Callable[[Row], Any]


def seq(start: int = 1) -> Maker:
    return lambda r: start + r.i


def pick(*values: Any, weights: tuple[float, ...] | None = None) -> Maker:
    return lambda r: r.rng.choices(values, weights)[0]


def const(value: Any) -> Maker:
    return lambda r: value


def fake(method: str, *args: Any) -> Maker:
    return lambda r: getattr(r.fake, method)(*args)


def num(lo: float, hi: float, digits: int = 0) -> Maker:
    if digits == 0:
        return lambda r: r.rng.randint(int(lo), int(hi))
    return lambda r: round(r.rng.uniform(lo, hi), digits)


def sometimes(share: float, maker: Maker) -> Maker:
    """`maker`'s value in `share` of the rows, else None."""
    return lambda r: maker(r) if r.p(share) else None


def first_name(r: Row) -> str:
    return r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male()


def last_name(r: Row) -> str:
    method = "last_name_female" if r.sex == "F" else "last_name_male"
    return getattr(r.fake, method)() if hasattr(r.fake, method) else r.fake.last_name()


def full_name(r: Row) -> str:
    return f"{first_name(r)} {last_name(r)}"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-_")).lower()


def email_from(*keys: str, domains: tuple[str, ...] = ("gmail.com", "outlook.com", "yahoo.com")) -> Maker:
    """An e-mail built from earlier name columns of the row (or Faker's when they fold to nothing)."""
    def make(r: Row) -> str:
        parts = [ascii_fold(str(r[k])) for k in keys]
        local = r.rng.choice((".", "_", "")).join(p for p in " ".join(parts).split() if p)
        if not local:
            return r.fake.email()
        return f"{local}{r.rng.choice(('', str(r.rng.randint(1, 99))))}@{r.rng.choice(domains)}"
    return make


def day(lo: dt.date, hi: dt.date, fmt: str = "%Y-%m-%d") -> Maker:
    span = (hi - lo).days
    return lambda r: (lo + dt.timedelta(days=r.rng.randint(0, span))).strftime(fmt)


def born(fmt: str = "%Y-%m-%d") -> Maker:
    return lambda r: r.born.strftime(fmt)


def recent(days: int = 900, fmt: str = "%Y-%m-%d %H:%M:%S") -> Maker:
    def make(r: Row) -> str:
        moment = dt.datetime.combine(TODAY, dt.time()) - dt.timedelta(seconds=r.rng.randint(0, days * 86400))
        return moment.strftime(fmt)
    return make


def ipv4(private: bool = False) -> Maker:
    def make(r: Row) -> str:
        if private:
            return f"10.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
        return f"{r.rng.choice((31, 46, 62, 78, 83, 89, 91, 109, 176, 188, 212))}." \
               f"{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
    return make


def ipv6(r: Row) -> str:
    return "2a02:" + ":".join(f"{r.rng.randint(0, 0xFFFF):x}" for _ in range(7))


def version4(r: Row) -> str:
    """A four-part version shaped like an IPv4 address."""
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 40)}.{r.rng.randint(0, 9)}.{r.rng.randint(0, 250)}"


def token(prefix: str, n: int = 32) -> Maker:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return lambda r: prefix + "".join(r.rng.choice(alphabet) for _ in range(n))


def bcrypt_like(r: Row) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return f"$2b$12${''.join(r.rng.choice(alphabet) for _ in range(53))}"


def sha256_hex(r: Row) -> str:
    return hashlib.sha256(r.rng.randbytes(16)).hexdigest()


def sha256_bytes(r: Row) -> bytes:
    """A raw 32-byte SHA-256 digest (of a firmware image, say)."""
    return hashlib.sha256(r.rng.randbytes(64)).digest()


def raw_bytes(n: int) -> Maker:
    return lambda r: r.rng.randbytes(n)


def png(r: Row) -> bytes:
    """A small real PNG image (8x8, random RGB pixels)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = b"".join(b"\x00" + r.rng.randbytes(24) for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def wkt_point(lat: tuple[float, float], lon: tuple[float, float]) -> Maker:
    return lambda r: f"POINT({r.rng.uniform(*lon):.5f} {r.rng.uniform(*lat):.5f})"


def json_list(maker: Maker, lo: int = 1, hi: int = 3) -> Maker:
    return lambda r: json.dumps([maker(r) for _ in range(r.rng.randint(lo, hi))], ensure_ascii=False)


def text_with_pii(share: float, clean: tuple[str, ...], dirty: tuple[Callable[[Row], str], ...]) -> Maker:
    """Short free text: in `share` of the rows a sentence naming a person, an e-mail or a phone."""
    return lambda r: r.rng.choice(dirty)(r) if r.p(share) else r.rng.choice(clean)


