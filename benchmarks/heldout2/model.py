"""How a table of held-out set 2 is declared: each column once, with its gold label beside
the function that makes its values, so data and labels cannot drift apart.

    table("patients", 600, "da_DK", [
        col("cpr", "GOV_ID", lambda r: ids.dk_cpr(r.rng, r.p.dob, r.p.sex)),
        col("visit_no", "NONE", lambda r: r.i + 1, "INTEGER"),
    ], person=True)

A row maker gets a `Row`: `r.i` (row number), `r.rng` (the table's random.Random),
`r.fake` (the table's seeded Faker), `r.p` (one natural person per row, made on first use)
and `r.v` (the values of this row's earlier columns, by name).
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

#: The fixed "today" of the set: no value depends on the clock.
TODAY = dt.date(2026, 12, 1)

#: Kind tags of a column's note (README 'kinds'), each with the item of issue 11 it tests;
#: a tag may be followed by an explanation in parentheses. `nullable` is a generator flag.
KINDS = {
    "thing-qi": 1, "shape-alike": 2, "constant": 2, "cryptic-name": 3, "lying-name": 3, "value-decides": 3,
    "partial-format": 4, "composite": 4, "list": 4, "other-pii": 5, "health": 5, "secret": 5, "device-id": 5,
    "free-text": 6, "free-text-none": 6, "nested": 7, "binary": 8, "optional": 0,
}
LABELS = {"NONE", "OPTIONAL", "FREE_TEXT_PII", "PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "CITY",
          "STATE_REGION", "POSTAL_CODE", "COUNTRY", "DATE_OF_BIRTH", "GOV_ID", "PAYMENT_CARD", "BANK_ACCOUNT",
          "IP_ADDRESS", "CREDENTIAL", "GENDER", "GEO_COORDINATES", "OTHER_PII"}


def note_tags(note: str) -> list[str]:
    return [part.split(" (")[0].strip() for part in note.split(",") if part.strip()]


@dataclass(frozen=True)
class Col:
    name: str
    label: str  # gold label: categories joined with |, NONE, OPTIONAL or FREE_TEXT_PII
    make: Callable[["Row"], Any]
    sqltype: str = "TEXT"
    note: str = ""  # kind of difficulty (README 'kinds')


def col(name: str, label: str, make: Callable[["Row"], Any], sqltype: str = "TEXT", note: str = "") -> Col:
    return Col(name, label, make, sqltype, note)


@dataclass(frozen=True)
class Table:
    name: str
    rows: int
    locale: str
    cols: tuple[Col, ...]
    null_rate: float = 0.0  # share of nulls in columns whose note holds "nullable"
    ages: tuple[int, int] = (18, 92)  # youngest and oldest person of the table


def table(name: str, rows: int, locale: str, cols: list[Col], null_rate: float = 0.0,
          ages: tuple[int, int] = (18, 92)) -> Table:
    names = [c.name for c in cols]
    if len(set(names)) != len(names):
        raise ValueError(f"{name}: repeated column names")
    if not 300 <= rows <= 1000:
        raise ValueError(f"{name}: 300-1000 rows per table")
    for c in cols:
        if not set(c.label.split("|")) <= LABELS:
            raise ValueError(f"{name}.{c.name}: unknown label {c.label}")
        unknown = [t for t in note_tags(c.note) if t not in KINDS and t != "nullable"]
        if unknown:
            raise ValueError(f"{name}.{c.name}: unknown kind tag(s) {unknown}")
    return Table(name, rows, locale, tuple(cols), null_rate, ages)


@dataclass
class Person:
    """One natural person: the fields a row maker may pick from."""

    fake: Any
    rng: random.Random
    ages: tuple[int, int] = (18, 92)
    sex: str = field(init=False)  # "F" or "M"
    first: str = field(init=False)
    last: str = field(init=False)
    dob: dt.date = field(init=False)

    def __post_init__(self) -> None:
        self.sex = self.rng.choice("FM")
        self.first = self.fake.first_name_female() if self.sex == "F" else self.fake.first_name_male()
        self.last = self.fake.last_name()
        self.dob = birth_date(self.rng, oldest=self.ages[1], youngest=self.ages[0])

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def age(self) -> int:
        return age_on(self.dob, TODAY)


def birth_date(rng: random.Random, oldest: int = 92, youngest: int = 18) -> dt.date:
    start = dt.date(TODAY.year - oldest, 1, 1)
    end = dt.date(TODAY.year - youngest, 1, 1)
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def some_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def some_time(rng: random.Random, start: dt.date, end: dt.date) -> dt.datetime:
    day = some_day(rng, start, end)
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=rng.randrange(86400))


class Row:
    def __init__(self, i: int, rng: random.Random, fake: Any, ages: tuple[int, int] = (18, 92)) -> None:
        self.i, self.rng, self.fake, self.ages = i, rng, fake, ages
        self.v: dict[str, Any] = {}
        self._p: Person | None = None

    @property
    def p(self) -> Person:
        if self._p is None:
            self._p = Person(self.fake, self.rng, self.ages)
        return self._p


def table_seed(seed: int, part: str, name: str) -> int:
    """A stable seed per table (crc32, not hash(): no PYTHONHASHSEED dependence)."""
    return zlib.crc32(f"{seed}:{part}:{name}".encode()) & 0x7FFFFFFF


def make_rows(spec: Table, seed: int, part: str) -> list[tuple]:
    """The rows of a table, made column by column in declaration order for each row."""
    from faker import Faker

    s = table_seed(seed, part, spec.name)
    rng = random.Random(s)
    fake = Faker(spec.locale)
    fake.seed_instance(s)
    out = []
    for i in range(spec.rows):
        row = Row(i, rng, fake, spec.ages)
        for c in spec.cols:
            value = c.make(row)
            if spec.null_rate and "nullable" in c.note and rng.random() < spec.null_rate:
                value = None
            row.v[c.name] = value
        out.append(tuple(row.v[c.name] for c in spec.cols))
    return out


def label_rows(part: str, tables: list[Table]) -> list[tuple[str, str, str, str]]:
    """(table, column, label, note) for every column of every table."""
    return [(t.name, c.name, c.label, ", ".join(p.strip() for p in c.note.split(",") if p.strip() != "nullable"))
            for t in tables for c in t.cols]
