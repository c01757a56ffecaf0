"""Value makers of held-out set 11: each returns a function of the row (`heldout3.model.Row`)
that makes one value, from the row's seeded random source (its Faker only for foreign
tourists' names, e-mails and phones), so a table's values are fixed by the seed."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import unicodedata

from benchmarks.heldout3.model import TODAY

D = dt.date


def scratch(r) -> dict:
    """What makers of one row share (the row person's names, town) without making columns."""
    return r.__dict__.setdefault("scratch", {})


def pick(*options):
    return lambda r: r.rng.choice(options)


def const(value):
    return lambda r: value


def empty():
    return lambda r: None


def number(lo: int, hi: int):
    return lambda r: r.rng.randint(lo, hi)


def money(lo: float, hi: float, places: int = 2):
    return lambda r: round(r.rng.uniform(lo, hi), places)


def digits(n: int, prefix: str = ""):
    return lambda r: prefix + "".join(r.rng.choice("0123456789") for _ in range(n))


def code(pattern: str):
    """A code from a pattern: 9 a digit, A a capital letter, anything else itself."""
    def make(r):
        return "".join(r.rng.choice("0123456789") if c == "9" else r.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                       if c == "A" else c for c in pattern)
    return make


def date_between(start: D, end: D, fmt: str = "%Y-%m-%d"):
    def make(r):
        day = start + dt.timedelta(days=r.rng.randint(0, (end - start).days))
        return day.strftime(fmt)
    return make


def stamp(start: D, end: D):
    def make(r):
        day = start + dt.timedelta(days=r.rng.randint(0, (end - start).days))
        return f"{day:%Y-%m-%d} {r.rng.randint(5, 22):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"
    return make


def born(fmt: str = "%Y-%m-%d"):
    return lambda r: r.born.strftime(fmt)


def age():
    return lambda r: (TODAY - r.born).days // 365


def sex(female: str, male: str):
    return lambda r: female if r.sex == "F" else male


def given(places: dict, key: str = ""):
    """The row person's given name (by the row's sex); kept in the row's scratch."""
    def make(r):
        name = r.rng.choice(places[r.sex + key])
        scratch(r).setdefault("_given", name)
        return name
    return make


def family(places: dict, key: str = "family"):
    def make(r):
        name = r.rng.choice(places[key])
        scratch(r).setdefault("_family", name)
        return name
    return make


def full(places: dict, key: str = "", family_key: str = "family", order: str = "gf"):
    def make(r):
        g, f = r.rng.choice(places[r.sex + key]), r.rng.choice(places[family_key])
        scratch(r).setdefault("_given", g)
        scratch(r).setdefault("_family", f)
        return f"{g} {f}" if order == "gf" else f"{f} {g}" if order == "fg" else f"{f.upper()}, {g}"
    return make


def other_full(places: dict):
    """Someone else's full name (a contact, a next of kin)."""
    def make(r):
        s = r.rng.choice("FM")
        return f"{r.rng.choice(places[s])} {r.rng.choice(places['family'])}"
    return make


def ascii_of(text: str) -> str:
    out = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in out if c.isalnum() or c == " ").replace(" ", "")


def email_of(domains: tuple[str, ...], given_key: str = "_given", family_key: str = "_family"):
    """An e-mail built from the row person's names (after a name column), or from random letters."""
    def make(r):
        g = ascii_of(scratch(r).get(given_key, "")) or "user"
        f = ascii_of(scratch(r).get(family_key, "")) or str(r.rng.randint(10, 99))
        local = r.rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{r.rng.randint(1, 99)}", f"{f}.{g[0]}"))
        return f"{local}@{r.rng.choice(domains)}"
    return make


def login_of():
    def make(r):
        g = ascii_of(scratch(r).get("_given", "")) or "u"
        f = ascii_of(scratch(r).get("_family", "")) or "x"
        return r.rng.choice((f"{g[0]}{f}", f"{g}.{f}", f"{f}{g[0]}{r.rng.randint(1, 9)}"))
    return make


def town(places: dict, index: int = 0):
    """A (town, region, postcode) of the country's list; the row keeps its choice so that the
    three agree."""
    def make(r):
        key = f"_town{id(places)}"
        if key not in scratch(r):
            scratch(r)[key] = r.rng.choice(places["towns"])
        return scratch(r)[key][index]
    return make


def street(places: dict, before: bool = False):
    def make(r):
        s, n = r.rng.choice(places["streets"]), r.rng.randint(1, 180)
        return f"{n} {s}" if before else f"{s} {n}"
    return make


def phone(places_phones: tuple[str, ...]):
    """A phone number from one of a country's patterns (# a digit)."""
    def make(r):
        return "".join(r.rng.choice("0123456789") if c == "#" else c for c in r.rng.choice(places_phones))
    return make


def mask(make, keep_end: int = 4, char: str = "*"):
    def masked(r):
        v = make(r)
        kept = v[-keep_end:]
        return "".join(c if not c.isalnum() else char for c in v[:-keep_end]) + kept
    return masked


def share(p: float, make, otherwise=None):
    """`make` on a share p of the rows, `otherwise` (None) on the rest."""
    return lambda r: make(r) if r.p(p) else (otherwise(r) if callable(otherwise) else otherwise)


def hexdigest(n: int = 64):
    return lambda r: hashlib.sha256(str(r.rng.random()).encode()).hexdigest()[:n]


_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_like():
    return lambda r: "$2b$12$" + "".join(r.rng.choice(_B64) for _ in range(53))


def sha512_crypt():
    return lambda r: ("$6$" + "".join(r.rng.choice(_B64) for _ in range(16)) + "$"
                      + "".join(r.rng.choice(_B64) for _ in range(86)))


def token_bytes(n: int = 32):
    return lambda r: bytes(r.rng.randrange(256) for _ in range(n))


def api_key(prefix: str):
    return lambda r: prefix + base64.b32encode(bytes(r.rng.randrange(256) for _ in range(20))).decode().rstrip("=").lower()


def ipv4(private: bool = False):
    def make(r):
        if private:
            return f"10.{r.rng.randint(0, 40)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
        return f"{r.rng.choice((41, 102, 105, 154, 178, 185, 196, 197))}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
    return make


def version4():
    """A software version shaped like an IPv4 address."""
    return lambda r: f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 9)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 250)}"


def mac():
    return lambda r: ":".join(f"{r.rng.randrange(256):02x}" for _ in range(6))


def latlon(lat: float, lon: float, spread: float = 0.05, joined: bool = False):
    def make(r):
        a, b = round(lat + r.rng.uniform(-spread, spread), 5), round(lon + r.rng.uniform(-spread, spread), 5)
        return f"{a}, {b}" if joined else a
    return make


def lon_of(lon: float, spread: float = 0.05):
    return lambda r: round(lon + r.rng.uniform(-spread, spread), 5)


def free_text(templates_plain: tuple[str, ...], templates_pii: tuple[str, ...], p: float, fill):
    """Free text: a share p of the values from a template naming a person or a contact
    (filled by `fill(r)` -> dict), the rest plain."""
    def make(r):
        if r.p(p):
            return r.rng.choice(templates_pii).format(**fill(r))
        return r.rng.choice(templates_plain).format(n=r.rng.randint(2, 40))
    return make


def json_list(make, lo: int = 1, hi: int = 3):
    return lambda r: json.dumps([make(r) for _ in range(r.rng.randint(lo, hi))], ensure_ascii=False)


def joined(make, sep: str = "; ", lo: int = 1, hi: int = 3):
    return lambda r: sep.join(make(r) for _ in range(r.rng.randint(lo, hi)))


def pylist(make, lo: int = 1, hi: int = 3):
    return lambda r: [make(r) for _ in range(r.rng.randint(lo, hi))]


def struct(**makers):
    return lambda r: {k: m(r) for k, m in makers.items()}


def seq(prefix: str = "", width: int = 5, start: int = 1):
    return lambda r: f"{prefix}{start + r.i:0{width}d}"


def photo():
    """A small JPEG-shaped byte string (a person's photo)."""
    return lambda r: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(r.rng.randrange(256) for _ in range(200)) + b"\xff\xd9"
