"""Value makers of held-out set 10: each takes the row (`heldout3.model.Row`) and returns a
value; the few that need a parameter are built by a function that returns the maker."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import unicodedata

from benchmarks.heldout10.places import Country

TODAY = dt.date(2026, 12, 1)


def pick(*values):
    return lambda r: r.rng.choice(values)


def const(value):
    return lambda r: value


def empty(r):
    return None


def given(c: Country):
    return lambda r: r.rng.choice(c.female if r.sex == "F" else c.male)


def family(c: Country):
    return lambda r: r.rng.choice(c.family)


def full(c: Country, order: str = "gf"):
    def make(r):
        g, f = r.rng.choice(c.female if r.sex == "F" else c.male), r.rng.choice(c.family)
        return f"{g} {f}" if order == "gf" else f"{f} {g}" if order == "fg" else f"{f.upper()}, {g}"
    return make


def other_full(c: Country):
    """A second person's name (a contact, a mother), either sex."""
    return lambda r: f"{r.rng.choice(c.female + c.male)} {r.rng.choice(c.family)}"


def town(c: Country, which: int = 0):
    """Column `which` of the row's town (0 town, 1 region, 2 postcode), stable within a row."""
    def make(r):
        extra = r.__dict__.setdefault("extra", {})
        if id(c) not in extra:
            extra[id(c)] = r.rng.choice(c.towns)
        return extra[id(c)][which]
    return make


def street(c: Country, number_first: bool = False):
    def make(r):
        n = r.rng.randint(1, 2400)
        s = r.rng.choice(c.streets)
        return f"{n} {s}" if number_first else f"{s} {n}"
    return make


def digits(n: int):
    return lambda r: "".join(r.rng.choice("0123456789") for _ in range(n))


def number(a: int, b: int):
    return lambda r: r.rng.randint(a, b)


def money(a: float, b: float, nd: int = 2):
    return lambda r: round(r.rng.uniform(a, b), nd)


def day(r, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.rng.randint(0, (b - a).days))


def date_between(a: dt.date, b: dt.date, fmt: str = "%Y-%m-%d"):
    return lambda r: day(r, a, b).strftime(fmt)


def stamp(a: dt.date, b: dt.date):
    def make(r):
        d = day(r, a, b)
        return f"{d:%Y-%m-%d} {r.rng.randint(5, 22):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"
    return make


def born(fmt: str = "%Y-%m-%d"):
    return lambda r: r.born.strftime(fmt)


def age(r):
    return (TODAY - r.born).days // 365


def sex_as(female, male):
    return lambda r: female if r.sex == "F" else male


def phone(*patterns: str):
    """A number from one of `patterns`: each `#` a digit."""
    def make(r):
        return "".join(r.rng.choice("0123456789") if ch == "#" else ch for ch in r.rng.choice(patterns))
    return make


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email_of(r, given_name: str, family_name: str, domains: tuple[str, ...]) -> str:
    g = ascii_fold(given_name).lower().replace(" ", "").replace("-", "").replace("'", "")
    f = ascii_fold(family_name).lower().replace(" ", "").replace("-", "").replace("'", "")
    style = r.rng.randint(0, 3)
    local = (f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{r.rng.randint(1, 99)}", f"{f}.{g[0]}")[style]
    return f"{local}@{r.rng.choice(domains)}"


def email(given_col: str, family_col: str, domains: tuple[str, ...]):
    return lambda r: email_of(r, r[given_col], r[family_col], domains)


def hexdigest(n: int = 64):
    return lambda r: "".join(r.rng.choice("0123456789abcdef") for _ in range(n))


def bcrypt_hash(r):
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(r.rng.choice(alphabet) for _ in range(53))


def sha256_crypt(r):
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    salt = "".join(r.rng.choice(alphabet) for _ in range(16))
    return f"$5$rounds=535000${salt}$" + "".join(r.rng.choice(alphabet) for _ in range(43))


def salt_bytes(n: int = 16):
    return lambda r: bytes(r.rng.getrandbits(8) for _ in range(n))


def b64_token(n: int = 32):
    return lambda r: base64.urlsafe_b64encode(bytes(r.rng.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def ipv4(first: tuple[int, ...] = (10,)):
    return lambda r: f"{r.rng.choice(first)}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def version4(r):
    return f"{r.rng.randint(1, 12)}.{r.rng.randint(0, 9)}.{r.rng.randint(0, 30)}.{r.rng.randint(0, 255)}"


def mac(r):
    return ":".join(f"{r.rng.getrandbits(8):02x}" for _ in range(6))


def coord(lat: float, lon: float, spread: float = 0.05, nd: int = 5):
    return lambda r: f"{lat + r.rng.uniform(-spread, spread):.{nd}f},{lon + r.rng.uniform(-spread, spread):.{nd}f}"


def free_text(share: float, plain: tuple[str, ...], personal: tuple[str, ...], fill):
    """Sentences of which about `share` carry personal data: `personal` templates formatted
    with fill(r) (a dict of name, phone, email ...), the rest `plain`."""
    def make(r):
        if r.p(share):
            return r.rng.choice(personal).format(**fill(r))
        return r.rng.choice(plain)
    return make


def blob(n: int, header: bytes = b""):
    return lambda r: header + bytes(r.rng.getrandbits(8) for _ in range(n))


def digest_of(col_name: str):
    return lambda r: hashlib.sha256(str(r[col_name]).encode()).hexdigest()


def maybe(share: float, make):
    """`make(r)` in about `share` of rows, else None."""
    return lambda r: make(r) if r.p(share) else None
