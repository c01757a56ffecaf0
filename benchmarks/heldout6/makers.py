"""Value makers shared by the tables of held-out set 6: names from the short lists of
`places`, local phone numbers, hashes and tokens, versions and codes that look like other
things, coordinates, free text with a low rate of personal data, small binary payloads."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import string
import struct
import zlib

from benchmarks.heldout3.model import TODAY, Row
from benchmarks.heldout6.ids import digits
from benchmarks.heldout6 import places
from benchmarks.heldout6.places import NAMES, STREETS, TOWNS


def given(r: Row, where: str) -> str:
    men, women, _ = NAMES[where]
    return r.rng.choice(women if r.sex == "F" else men)


def surname(r: Row, where: str) -> str:
    return r.rng.choice(NAMES[where][2])


def full_name(r: Row, where: str) -> str:
    return f"{given(r, where)} {surname(r, where)}"


def other_name(r: Row, where: str) -> str:
    """Someone else's name (a relative, a colleague): either sex."""
    men, women, last = NAMES[where]
    return f"{r.rng.choice(men + women)} {r.rng.choice(last)}"


def town(r: Row, where: str) -> tuple[str, str]:
    return r.rng.choice(TOWNS[where])


def street(r: Row, where: str) -> str:
    return f"{r.rng.randint(1, 180)} {r.rng.choice(STREETS[where])}"


PHONES = {
    "eg": lambda r: f"+20 1{r.rng.choice('0125')} {digits(r.rng, 4)} {digits(r.rng, 4)}",
    "ae": lambda r: f"+971 5{r.rng.choice('02568')} {digits(r.rng, 3)} {digits(r.rng, 4)}",
    "sa": lambda r: f"05{r.rng.choice('0345')}{digits(r.rng, 7)}",
    "al": lambda r: f"+355 6{r.rng.choice('789')} {digits(r.rng, 3)} {digits(r.rng, 4)}",
    "am": lambda r: f"+374 {r.rng.choice(('91', '93', '94', '77', '98', '55'))} {digits(r.rng, 6)}",
    "gh": lambda r: f"0{r.rng.choice(('24', '54', '55', '20', '50', '27'))}{digits(r.rng, 7)}",
    "mt": lambda r: f"+356 {r.rng.choice(('79', '99', '77'))}{digits(r.rng, 2)} {digits(r.rng, 4)}",
    "ve": lambda r: f"0{r.rng.choice(('412', '414', '424', '416'))}-{digits(r.rng, 7)}",
    "et": lambda r: f"+251 9{digits(r.rng, 2)} {digits(r.rng, 3)} {digits(r.rng, 3)}",
    "cy": lambda r: f"+357 9{r.rng.choice('5679')} {digits(r.rng, 6)}",
    "lk": lambda r: f"07{r.rng.choice('0125678')} {digits(r.rng, 3)} {digits(r.rng, 4)}",
    "lu": lambda r: f"+352 6{r.rng.choice('29')}1 {digits(r.rng, 3)} {digits(r.rng, 3)}",
    "np": lambda r: f"98{r.rng.choice('0145')}{digits(r.rng, 7)}",
    "uz": lambda r: f"+998 9{r.rng.choice('01345')} {digits(r.rng, 3)} {digits(r.rng, 2)} {digits(r.rng, 2)}",
}


def phone(r: Row, where: str) -> str:
    return PHONES[where](r)


def email(r: Row, name: str, domains: tuple[str, ...]) -> str:
    ascii_name = "".join(ch for ch in name.lower().replace(" ", ".") if ch in string.ascii_lowercase + ".")
    return f"{ascii_name.strip('.') or 'user'}{r.rng.randint(1, 99)}@{r.rng.choice(domains)}"


def login(r: Row, name: str) -> str:
    parts = [p for p in "".join(ch for ch in name.lower() if ch in string.ascii_lowercase + " ").split() if p]
    if len(parts) < 2:
        parts = (parts or ["user"]) + ["x"]
    return r.rng.choice((f"{parts[0][0]}{parts[-1]}", f"{parts[0]}.{parts[-1]}", f"{parts[0]}{r.rng.randint(1, 999)}"))


def bcrypt_like(r: Row) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return "$2b$12$" + "".join(r.rng.choice(alphabet) for _ in range(53))


def sha256_hex(r: Row) -> str:
    return hashlib.sha256(r.rng.randbytes(16)).hexdigest()


def token(r: Row, n: int = 32) -> str:
    return base64.urlsafe_b64encode(r.rng.randbytes(n)).decode().rstrip("=")


def version(r: Row, first: int = 10) -> str:
    """A four-part firmware version shaped like an IPv4 address."""
    return f"{r.rng.randint(max(1, first - 8), first + 2)}.{r.rng.randint(0, 20)}.{r.rng.randint(0, 9)}.{r.rng.randint(1, 254)}"


def private_ip(r: Row, prefix: str = "10") -> str:
    if prefix == "10":
        return f"10.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
    return f"{prefix}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def public_ip(r: Row) -> str:
    return f"{r.rng.choice((31, 37, 41, 46, 62, 78, 85, 94, 102, 154, 176, 197))}.{r.rng.randint(0, 255)}." \
           f"{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def near(r: Row, lat: float, lon: float, spread: float = 0.8) -> tuple[float, float]:
    return (round(lat + r.rng.uniform(-spread, spread), 6), round(lon + r.rng.uniform(-spread, spread), 6))


def day_between(r: Row, start: dt.date, end: dt.date = TODAY) -> dt.date:
    return start + dt.timedelta(days=r.rng.randrange((end - start).days))


def amount(r: Row, low: float, high: float, step: float = 0.01) -> float:
    return round(round(r.rng.uniform(low, high) / step) * step, 2)


def sometimes(r: Row, share: float, make, otherwise=None):
    return make() if r.p(share) else otherwise


def note(r: Row, share: float, plain: tuple[str, ...], personal) -> str:
    """Free text: a plain remark, or (in `share` of rows) a remark that names a person or
    gives an e-mail or phone (`personal(r)` makes it)."""
    return personal(r) if r.p(share) else r.rng.choice(plain)


def png(r: Row, w: int = 8, h: int = 8) -> bytes:
    """A small valid greyscale PNG (a thumbnail of a thing)."""
    raw = b"".join(b"\x00" + r.rng.randbytes(w) for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def digest_bytes(r: Row) -> bytes:
    return hashlib.sha256(r.rng.randbytes(24)).digest()


def faker_name(r: Row) -> str:
    return r.fake.name_female() if r.sex == "F" else r.fake.name_male()


def faker_given(r: Row) -> str:
    return r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male()


def one_line(text: str) -> str:
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())
