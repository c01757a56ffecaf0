"""Value makers of held-out set 9 shared by its tables: names from places.py kept coherent with
the row's sex, phones in each country's plan, e-mails, free text, bytes, dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from benchmarks.heldout3.model import TODAY, Row


def given(r: Row, country: dict) -> str:
    return r.rng.choice(country["m"] if r.sex == "M" else country["f"])


def family(r: Row, country: dict, key: str = "last") -> str:
    return r.rng.choice(country[key])


def kz_family(r: Row, country: dict) -> str:
    name = r.rng.choice(country["last"])
    return name + "а" if r.sex == "F" else name


def full(r: Row, country: dict, key: str = "last") -> str:
    return f"{given(r, country)} {family(r, country, key)}"


def ascii_of(text: str) -> str:
    table = str.maketrans({"ð": "d", "ø": "o", "æ": "ae", "ß": "ss", "ñ": "n", "Ð": "D", "Ø": "O"})
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " .-")).strip()


def email(r: Row, name: str, domains: tuple[str, ...]) -> str:
    parts = [p for p in ascii_of(name).lower().replace("-", " ").replace("'", "").split() if p]
    if not parts:
        parts = [f"user{r.rng.randint(100, 9999)}"]
    style = r.rng.randint(0, 3)
    local = (".".join(parts) if style == 0 else parts[0][0] + parts[-1] if style == 1
             else parts[-1] + str(r.rng.randint(1, 99)) if style == 2 else "_".join(parts[:2]))
    return f"{local}@{r.rng.choice(domains)}"


def digits(r: Row, n: int) -> str:
    return "".join(r.rng.choice("0123456789") for _ in range(n))


def phone(r: Row, country: str) -> str:
    """A mobile number of the country, written in one of its usual ways."""
    d, s = r.rng, r.rng.randint(0, 2)
    if country == "KZ":
        p, n = d.choice(("701", "702", "705", "707", "747", "771", "775", "778")), digits(r, 7)
        return (f"+7 {p} {n[:3]} {n[3:]}", f"8 ({p}) {n[:3]}-{n[3:5]}-{n[5:]}", f"7{p}{n}")[s]
    if country == "PY":
        p, n = d.choice(("981", "982", "983", "971", "972", "991", "994", "985")), digits(r, 6)
        return (f"+595 {p} {n[:3]} {n[3:]}", f"0{p} {n}", f"595{p}{n}")[s]
    if country == "MN":
        n = d.choice("98") + d.choice("0189") + digits(r, 6)
        return (f"+976 {n[:4]} {n[4:]}", n, f"976-{n[:4]}-{n[4:]}")[s]
    if country == "FO":
        n = d.choice(("21", "22", "23", "29", "51", "52", "55", "71", "77")) + digits(r, 4)
        return (f"+298 {n[:2]} {n[2:4]} {n[4:]}", n, f"00298{n}")[s]
    if country == "GL":
        n = d.choice(("22", "24", "25", "27", "29", "52", "55", "58")) + digits(r, 4)
        return (f"+299 {n[:2]} {n[2:4]} {n[4:]}", n, f"+299{n}")[s]
    if country == "GB":
        n = "7" + d.choice(("4", "5", "7", "8", "9")) + digits(r, 8)
        return (f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}")[s]
    if country == "ES":
        n = d.choice("67") + digits(r, 8)
        return (f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", n)[s]
    if country == "MM":
        n = d.choice(("97", "96", "77", "78", "25", "45")) + digits(r, 7)
        return (f"09 {n[:3]} {n[3:6]} {n[6:]}", f"+95 9 {n}", f"09{n}")[s]
    if country == "NA":
        n = d.choice(("81", "85", "81")) + digits(r, 7)
        return (f"+264 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"264{n}")[s]
    if country == "HT":
        n = d.choice("3434") + digits(r, 7)
        return (f"+509 {n[:4]}-{n[4:]}", f"{n[:4]}-{n[4:]}", f"509{n}")[s]
    if country == "TN":
        n = d.choice("2945") + digits(r, 7)
        return (f"+216 {n[:2]} {n[2:5]} {n[5:]}", n, f"00216{n}")[s]
    if country == "SN":
        n = d.choice(("77", "78", "76", "70")) + digits(r, 7)
        return (f"+221 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"221{n}")[s]
    if country == "MG":
        n = d.choice(("32", "33", "34", "38")) + digits(r, 7)
        return (f"+261 {n[:2]} {n[2:4]} {n[4:7]} {n[7:]}", f"0{n[:2]} {n[2:4]} {n[4:7]} {n[7:]}", f"0{n}")[s]
    if country == "PH":
        n = "9" + d.choice(("17", "18", "27", "05", "98", "47", "66")) + digits(r, 7)
        return (f"0{n[:3]} {n[3:6]} {n[6:]}", f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}")[s]
    if country == "IQ":
        n = d.choice(("750", "751", "770", "780")) + digits(r, 7)
        return (f"+964 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"00964{n}")[s]
    raise ValueError(country)


def born_str(r: Row, fmt: str = "%Y-%m-%d") -> str:
    return r.born.strftime(fmt)


def date_between(r: Row, start: dt.date, end: dt.date = TODAY) -> dt.date:
    return start + dt.timedelta(days=r.rng.randint(0, (end - start).days))


def stamp(r: Row, start: dt.date, end: dt.date = TODAY) -> str:
    day = date_between(r, start, end)
    return f"{day}T{r.rng.randint(0, 23):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"


def age(r: Row) -> int:
    return TODAY.year - r.born.year - ((TODAY.month, TODAY.day) < (r.born.month, r.born.day))


def money(r: Row, low: float, high: float, step: float = 0.01) -> float:
    return round(round(r.rng.uniform(low, high) / step) * step, 2)


def hexdigest(r: Row, n: int = 32) -> str:
    return hashlib.sha256(r.rng.randbytes(n)).hexdigest()


def password_hash(r: Row, scheme: str = "bcrypt") -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if scheme == "bcrypt":
        return "$2b$12$" + "".join(r.rng.choice(alphabet) for _ in range(53))
    if scheme == "argon2":
        salt = "".join(r.rng.choice(alphabet[2:]) for _ in range(22))
        return f"$argon2id$v=19$m=65536,t=3,p=4${salt}$" + "".join(r.rng.choice(alphabet[2:]) for _ in range(43))
    if scheme == "pbkdf2":
        return f"pbkdf2_sha256$600000${''.join(r.rng.choice(alphabet[2:]) for _ in range(22))}$" + \
            "".join(r.rng.choice(alphabet[2:]) for _ in range(43)) + "="
    return hexdigest(r)


def token(r: Row, prefix: str, n: int = 32) -> str:
    return prefix + "".join(r.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def blob(r: Row, header: bytes, n: int = 48) -> bytes:
    return header + r.rng.randbytes(n)


JPEG, PNG, PDF = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n"


def text(r: Row, plain: tuple[str, ...], personal: tuple[str, ...], share: float = 0.1, **fill) -> str:
    """A sentence from `plain`, or (with probability `share`) one from `personal` filled with the
    row's person data (`fill` maps a placeholder to a function of the row)."""
    if r.p(share):
        template = r.rng.choice(personal)
        return template.format(**{k: make(r) for k, make in fill.items() if "{" + k + "}" in template})
    return r.rng.choice(plain)


def initials(name: str) -> str:
    return ".".join(p[0] for p in name.replace("-", " ").split() if p) + "."


def mask(number: str, keep: int = 4, char: str = "*") -> str:
    shown = "".join(c if not c.isalnum() else char for c in number[:-keep])
    return shown + number[-keep:]


def wkt(lat: float, lon: float) -> str:
    return f"POINT({lon:.5f} {lat:.5f})"


def coord(r: Row, lat: float, lon: float, spread: float = 0.2) -> tuple[float, float]:
    return round(lat + r.rng.uniform(-spread, spread), 5), round(lon + r.rng.uniform(-spread, spread), 5)


def ipv4(r: Row, private: bool = False) -> str:
    if private:
        return f"10.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"
    return f"{r.rng.choice((37, 46, 77, 95, 141, 176, 185, 212))}.{r.rng.randint(0, 255)}." \
        f"{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"


def mac(r: Row) -> str:
    return ":".join(f"{r.rng.randint(0, 255):02x}" for _ in range(6))


def blood(r: Row) -> str:
    return r.rng.choice(("O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"))
