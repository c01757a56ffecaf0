"""Table specifications of the held-out set: columns with their gold label, rows from a seeded maker.

A table is declared once, with its labels beside its columns, so data and labels cannot drift:

    @table("heldout_ops", "kunden", rows=400, columns=[
        ("id", "INTEGER", "NONE", "key"),
        ("vorname", "TEXT", "PERSON_NAME", ""),
    ])
    def kunden(ctx: TableContext, i: int) -> dict: ...

Each table gets its own `random.Random` and Faker instances seeded from (seed, table name), so a
table's rows do not depend on which other tables exist or in which order they are built.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from faker import Faker

#: Fixed "today" of the set: every age and business date is relative to it, never to the clock.
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class Column:
    name: str
    sqltype: str
    label: str
    note: str = ""


@dataclass(frozen=True)
class TableSpec:
    database: str
    name: str
    rows: int
    columns: tuple[Column, ...]
    make_row: Callable[["TableContext", int], dict]


@dataclass
class TableContext:
    """The seeded randomness one table draws from."""

    seed: int
    table: str
    rng: random.Random = field(init=False)
    _fakers: dict[str, Faker] = field(default_factory=dict, init=False)
    #: values a table reuses across rows (a pool of doctors, of plants)
    pools: dict[str, list] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"{self.seed}:{self.table}")

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fake = Faker(locale)
            fake.seed_instance(derived_seed(self.seed, self.table, locale))
            for provider in fake.get_providers():
                # it_IT builds its city list from a set: its order changes with PYTHONHASHSEED
                if isinstance(getattr(provider, "cities", None), list):
                    provider.cities = sorted(provider.cities)
            self._fakers[locale] = fake
        return self._fakers[locale]

    def pool(self, name: str, size: int, make: Callable[[], object]) -> list:
        if name not in self.pools:
            self.pools[name] = [make() for _ in range(size)]
        return self.pools[name]

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def birth_date(self, min_age: int = 18, max_age: int = 90) -> date:
        days = self.rng.randint(min_age * 365 + 5, max_age * 365)
        return TODAY - timedelta(days=days)

    def business_date(self, start: date = date(2012, 1, 1), end: date = TODAY) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def timestamp(self, start: date = date(2023, 1, 1)) -> str:
        day = self.business_date(start)
        return f"{day.isoformat()} {self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"


def derived_seed(*parts: object) -> int:
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


TABLES: list[TableSpec] = []


def table(database: str, name: str, rows: int, columns: list[tuple]) -> Callable:
    """Register a table maker with its columns `(name, sqltype, label[, note])`."""

    def register(make_row: Callable[[TableContext, int], dict]) -> Callable:
        if any(spec.database == database and spec.name == name for spec in TABLES):
            raise ValueError(f"table {database}.{name} declared twice")
        TABLES.append(TableSpec(database, name, rows, tuple(Column(*c) for c in columns), make_row))
        return make_row

    return register


def build_rows(spec: TableSpec, seed: int) -> list[tuple]:
    ctx = TableContext(seed, f"{spec.database}.{spec.name}")
    names = [c.name for c in spec.columns]
    rows = []
    for i in range(spec.rows):
        row = spec.make_row(ctx, i)
        if list(row) != names:
            raise ValueError(f"{spec.name}: row keys {list(row)} differ from columns {names}")
        rows.append(tuple(row.values()))
    return rows
