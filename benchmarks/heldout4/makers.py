"""Value makers shared by the tables: persons' names and contact lines, things' codes that
look like personal data, short free text with a set share of personal data, secrets."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import zlib

from benchmarks.heldout3.model import TODAY, Row


def first(r: Row) -> str:
    return r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male()


def last(r: Row) -> str:
    return r.fake.last_name_female() if r.sex == "F" and hasattr(r.fake, "last_name_female") else r.fake.last_name()


def full(r: Row) -> str:
    return f"{first(r)} {last(r)}"


def staff(r: Row) -> str:
    """A name of another person (staff, instructor, prescriber), not the row's person."""
    return r.fake.name()


def email(r: Row, given: str = "", family: str = "") -> str:
    local = f"{given or first(r)}.{family or last(r)}".lower()
    local = "".join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{local or 'user'}{r.rng.randint(1, 99)}@{r.fake.free_email_domain()}"


def born_iso(r: Row) -> str:
    return r.born.isoformat()


def day_between(r: Row, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=r.rng.randint(0, (end - start).days))


def recent_ts(r: Row) -> str:
    day = day_between(r, TODAY - dt.timedelta(days=400), TODAY)
    return f"{day.isoformat()} {r.rng.randint(0, 23):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"


def ipv4(r: Row) -> str:
    return ".".join(str(r.rng.randint(1, 254)) for _ in range(4))


def private_ip(r: Row) -> str:
    return f"10.{r.rng.randint(0, 40)}.{r.rng.randint(0, 254)}.{r.rng.randint(1, 254)}"


def version4(r: Row) -> str:
    """A four-part firmware version shaped like an IPv4 address."""
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 250)}"


def code(r: Row, prefix: str, width: int = 6) -> str:
    return f"{prefix}{r.rng.randint(0, 10 ** width - 1):0{width}d}"


def phone_like(r: Row) -> str:
    """A part number shaped like a phone number."""
    return f"{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}-{r.rng.randint(1000, 9999)}"


def lat_lon(r: Row, lat: float, lon: float, spread: float = 1.0) -> tuple[float, float]:
    return (round(lat + r.rng.uniform(-spread, spread), 6), round(lon + r.rng.uniform(-spread, spread), 6))


def wkt_point(r: Row, lat: float, lon: float, spread: float = 1.0) -> str:
    la, lo = lat_lon(r, lat, lon, spread)
    return f"POINT({lo} {la})"


def sha256_hex(r: Row) -> str:
    return hashlib.sha256(r.rng.randbytes(16)).hexdigest()


def bcrypt_like(r: Row) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(r.rng.choice(alphabet) for _ in range(53))


def token(r: Row, prefix: str = "", n: int = 32) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(r.rng.choice(alphabet) for _ in range(n))


def pin(r: Row) -> str:
    return f"{r.rng.randint(0, 9999):04d}"


def login(r: Row, given: str, family: str) -> str:
    base = (given[:1] + family).lower()
    return "".join(ch for ch in base if ch.isascii() and ch.isalnum())[:10] + str(r.rng.randint(1, 999))


def tiny_png(r: Row) -> bytes:
    """A small valid PNG of one random colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixel = bytes([0]) + r.rng.randbytes(3) * 4
    raw = zlib.compress(pixel * 4)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def json_list(items: list) -> str:
    return json.dumps(items, ensure_ascii=False)


def sometimes(r: Row, share: float, with_pii, without_pii) -> str:
    """Short free text: with probability `share` a sentence naming a person (or an e-mail or a
    phone), else an ordinary remark."""
    return with_pii(r) if r.p(share) else r.rng.choice(without_pii)


def person_mention(r: Row) -> str:
    kind = r.rng.randint(0, 2)
    if kind == 0:
        return f"{r.fake.name()}"
    if kind == 1:
        return r.fake.email()
    return r.fake.phone_number()



#: towns for the locales whose Faker has no city list of its own
TOWNS = {"et_EE": ("Tallinn", "Tartu", "Narva", "Pärnu", "Kohtla-Järve", "Viljandi", "Rakvere", "Maardu", "Kuressaare", "Võru"),
         "lt_LT": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Mažeikiai", "Utena", "Jonava"),
         "bg_BG": ("София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Сливен", "Добрич", "Шумен"),
         "fr_BE": ("Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Arlon", "Tournai", "Verviers", "Nivelles")}


def town(r: Row) -> str:
    locale = r.fake._locales[0]
    return r.rng.choice(TOWNS[locale]) if locale in TOWNS else r.fake.city()


def phone(r: Row) -> str:
    return r.fake.phone_number() if hasattr(r.fake, "phone_number") else r.fake.mobile_number()


def street(r: Row) -> str:
    return r.fake.street_address().replace("\n", ", ")
