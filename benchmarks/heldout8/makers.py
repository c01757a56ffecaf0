"""Value makers for held-out set 8: each takes a `heldout3.model.Row` and returns one value.
Factories (`phone("ga_IE")`, `born("%d/%m/%Y")`) return makers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata

from benchmarks.heldout3.model import TODAY
from benchmarks.heldout8 import places

#: locale -> phone shapes (# a digit): national and international forms
PHONES = {
    "ar_DZ": ("05## ## ## ##", "06## ## ## ##", "07## ## ## ##", "+213 5## ## ## ##", "+2136########"),
    "sr_BA": ("065/###-###", "066 ### ###", "+387 65 ### ###", "+38766######", "051 ### ###"),
    "ga_IE": ("087 ### ####", "086 ### ####", "+353 85 ### ####", "083#######", "091 ######"),
    "gu_IN": ("+91 98### #####", "097########", "+91-94########", "9#########"),
    "or_IN": ("+91 94### #####", "79########", "+91 70########", "0674 ### ####"),
    "ar_PS": ("0599 ### ###", "0597######", "+970 59 ### ####", "+972 56#######", "09 238 ####"),
    "de_LU": ("+352 621 ### ###", "691 ### ###", "+352 26 ## ## ##", "00352661######"),
    "en_TH": ("08#-###-####", "09#-###-####", "+66 8# ### ####", "+668########", "053 ### ###"),
    "en_BD": ("017########", "01#-#######", "+880 18## ######", "+88019########", "015## ######"),
    "ha_NG": ("0803 ### ####", "0806#######", "+234 703 ### ####", "+234813#######", "0907 ### ####"),
    "yo_NG": ("0805 ### ####", "0813#######", "+234 802 ### ####", "+234706#######", "0816 ### ####"),
    "ig_NG": ("0803 ### ####", "0706#######", "+234 809 ### ####", "+234814#######", "0903 ### ####"),
}


def digits_for(r, shape: str) -> str:
    return "".join(str(r.rng.randint(0, 9)) if ch == "#" else ch for ch in shape)


def phone(locale: str, shapes: tuple[int, ...] | None = None):
    def make(r) -> str:
        options = PHONES[locale]
        if shapes is not None:
            options = tuple(options[i] for i in shapes)
        return digits_for(r, r.rng.choice(options))
    return make


def key(r) -> int:
    return r.i + 1


def choice(*values):
    return lambda r: r.rng.choice(values)


def weighted(pairs: tuple[tuple[object, float], ...]):
    values, weights = zip(*pairs)
    return lambda r: r.rng.choices(values, weights)[0]


def integer(lo: int, hi: int):
    return lambda r: r.rng.randint(lo, hi)


def amount(lo: float, hi: float, places_: int = 2):
    return lambda r: round(r.rng.uniform(lo, hi), places_)


def code(prefix: str, width: int = 6):
    return lambda r: f"{prefix}{r.rng.randint(0, 10 ** width - 1):0{width}d}"


def maybe(make, share: float):
    """`make`'s value in `share` of rows, else None."""
    return lambda r: make(r) if r.p(share) else None


def born(fmt: str | None = "%Y-%m-%d"):
    """The row's birth date, formatted (None: as a date)."""
    return lambda r: r.born.isoformat() if fmt is None else r.born.strftime(fmt)


def born_between(lo: int, hi: int, fmt: str = "%Y-%m-%d"):
    """A birth date for an age between lo and hi, kept as the row's."""
    def make(r) -> str:
        r.born = TODAY - dt.timedelta(days=r.rng.randint(lo * 365, hi * 365))
        return r.born.strftime(fmt)
    return make


def day_between(start: dt.date, end: dt.date, fmt: str = "%Y-%m-%d"):
    span = (end - start).days
    return lambda r: (start + dt.timedelta(days=r.rng.randint(0, span))).strftime(fmt)


def business_date(r) -> str:
    return (TODAY - dt.timedelta(days=r.rng.randint(0, 900))).isoformat()


def stamp(r) -> str:
    day = TODAY - dt.timedelta(days=r.rng.randint(0, 400), seconds=r.rng.randint(0, 86399))
    return f"{day:%Y-%m-%d} {r.rng.randint(0, 23):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"


def gender(female: str, male: str, other: str | None = None):
    def make(r):
        if other is not None and r.p(0.02):
            return other
        return female if r.sex == "F" else male
    return make


def given_family(locale: str):
    """The given name, and the family name kept under `_family` (and `_given`) for later columns."""
    def make(r) -> str:
        given, family = places.person(r, locale)
        r.values["_given"], r.values["_family"] = given, family
        return given
    return make


def named(locale: str, shape: str = "{given} {family}"):
    """A full name of `shape` (e.g. "{FAMILY} {given}"), keeping `_given` and `_family` for later columns."""
    def make(r) -> str:
        given_family(locale)(r)
        given, family = r.values["_given"], r.values["_family"]
        return shape.format(given=given, family=family, FAMILY=family.upper())
    return make


def full_name(locale: str, order: str = "gf"):
    def make(r) -> str:
        given, family = places.person(r, locale)
        return f"{family} {given}" if order == "fg" else f"{given} {family}"
    return make


def ascii_of(text: str) -> str:
    out = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in out if ch.isalnum() or ch in ".-_")


def email_of(r, given: str, family: str, domains: tuple[str, ...] = ("gmail.com", "yahoo.com", "outlook.com")) -> str:
    """An e-mail from a Latin name, else Faker's (its user part is already transliterated)."""
    g, f = ascii_of(given), ascii_of(family)
    if not g or not f:
        return r.fake.free_email()
    shape = r.rng.choice(("{g}.{f}", "{g}{f}{n}", "{f}.{g}{n}", "{g0}{f}"))
    user = shape.format(g=g, f=f, g0=g[0], n=r.rng.randint(1, 99))
    return f"{user}@{r.rng.choice(domains)}"


def row_email(domains: tuple[str, ...] = ("gmail.com", "yahoo.com", "outlook.com")):
    """An e-mail from the row's `_given` and `_family`."""
    return lambda r: email_of(r, r.values["_given"], r.values["_family"], domains)


def private_ip(r) -> str:
    return f"10.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def public_ip(r) -> str:
    first = r.rng.choice((41, 62, 78, 89, 102, 105, 154, 178, 185, 197, 203))
    return f"{first}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def ipv6(r) -> str:
    return "2a02:" + ":".join(f"{r.rng.randint(0, 65535):x}" for _ in range(7))


def mac(r) -> str:
    return ":".join(f"{r.rng.randint(0, 255):02x}" for _ in range(6))


def version4(r) -> str:
    """A four-part firmware version shaped like an IPv4 address."""
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 40)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 250)}"


def sha256_hex(r) -> str:
    return hashlib.sha256(f"{r.i}:{r.rng.random()}".encode()).hexdigest()


def bcrypt_like(r) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return f"$2b$12${''.join(r.rng.choice(alphabet) for _ in range(53))}"


def token(n: int = 32, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789"):
    return lambda r: "".join(r.rng.choice(alphabet) for _ in range(n))


def blob(n: int):
    return lambda r: bytes(r.rng.randint(0, 255) for _ in range(n))


def coord(lat: tuple[float, float], lon: tuple[float, float], digits: int = 5):
    """(lat, lon) makers sharing one point per row: returns (lat maker, lon maker)."""
    def lat_(r) -> float:
        r.values["_lat"] = round(r.rng.uniform(*lat), digits)
        r.values["_lon"] = round(r.rng.uniform(*lon), digits)
        return r.values["_lat"]
    return lat_, lambda r: r.values["_lon"]


def wkt_point(lat: tuple[float, float], lon: tuple[float, float]):
    return lambda r: f"POINT({r.rng.uniform(*lon):.5f} {r.rng.uniform(*lat):.5f})"


def lat_lon_text(lat: tuple[float, float], lon: tuple[float, float]):
    return lambda r: f"{r.rng.uniform(*lat):.5f},{r.rng.uniform(*lon):.5f}"


def json_list(make, lo: int, hi: int):
    return lambda r: json.dumps([make(r) for _ in range(r.rng.randint(lo, hi))], ensure_ascii=False)


def joined(make, lo: int, hi: int, sep: str = "; "):
    return lambda r: sep.join(str(make(r)) for _ in range(r.rng.randint(lo, hi)))


def free_text(plain: tuple[str, ...], personal, share: float = 0.1):
    """Short notes: `personal(r)` (naming a person or giving a contact) in about `share` of
    rows, one of `plain` otherwise."""
    return lambda r: personal(r) if r.p(share) else r.rng.choice(plain)


def initials(locale: str):
    def make(r) -> str:
        given, family = places.person(r, locale)
        return f"{given[0]}. {family}"
    return make


def town_of(locale: str):
    return lambda r: places.town(r, locale)[0]


def region_of(locale: str):
    return lambda r: places.town(r, locale)[1]


def row_town(locale: str):
    """The town, with its region kept under `_region`."""
    def make(r) -> str:
        town, region = places.town(r, locale)
        r.values["_region"] = region
        return town
    return make


def plate(shape: str):
    """A number plate of the shape (# digit, @ letter)."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return lambda r: "".join(str(r.rng.randint(0, 9)) if ch == "#" else r.rng.choice(letters) if ch == "@" else ch
                             for ch in shape)


def height_cm(r) -> int:
    return r.rng.randint(150, 178) if r.sex == "F" else r.rng.randint(160, 195)


def weight_kg(r) -> int:
    return r.rng.randint(45, 95) if r.sex == "F" else r.rng.randint(55, 115)


BLOOD = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")


def hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) in the arithmetic (tabular) Islamic calendar, epoch 622-07-19 (proleptic Gregorian)."""
    days = (day - _HIJRI_EPOCH).days
    year = (30 * days + 10646) // 10631
    start = (year - 1) * 354 + (3 + 11 * year) // 30
    into = days - start
    month = min(12, (into * 2 + 59) // 59)
    while month > 1 and into < _month_start(year, month) - start:
        month -= 1
    while month < 12 and into >= _month_start(year, month + 1) - start:
        month += 1
    return year, month, into - (_month_start(year, month) - start) + 1


def _month_start(year: int, month: int) -> int:
    return (year - 1) * 354 + (3 + 11 * year) // 30 + (295 * (month - 1) + 9) // 10


_HIJRI_EPOCH = dt.date(622, 7, 19)
