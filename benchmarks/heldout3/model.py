"""Table declarations: each column with its gold label, a note of its kind and the function
that makes its values, so that data and labels cannot drift."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from faker import Faker

#: docs/categories.md, plus the scorer's special labels (docs/evaluate.md).
CATEGORIES = frozenset((
    "PERSON_NAME", "EMAIL", "PHONE", "STREET_ADDRESS", "CITY", "STATE_REGION", "POSTAL_CODE",
    "COUNTRY", "DATE_OF_BIRTH", "GOV_ID", "PAYMENT_CARD", "BANK_ACCOUNT", "IP_ADDRESS",
    "CREDENTIAL", "GENDER", "GEO_COORDINATES", "OTHER_PII", "FREE_TEXT_PII"))
SPECIAL = frozenset(("NONE", "OPTIONAL"))
#: Kind tags (issue 11 items), written to the labels' note column.
KINDS = frozenset((
    "thing-qi", "shape-alike", "constant", "cryptic-name", "lying-name", "value-decides",
    "partial-format", "composite", "list", "other-pii", "health", "secret", "device-id",
    "free-text", "free-text-none", "nested", "binary", "optional"))
TODAY = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Col:
    name: str
    sqltype: str
    label: str
    make: Callable[["Row"], Any]
    note: str = ""
    #: for a nested file column: (dotted suffix, label, note) of each leaf it flattens to
    leaves: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    rows: int
    locale: str
    cols: tuple[Col, ...]


@dataclass
class Row:
    """What a maker sees: the table's random source and Faker, the row number, the values
    made so far, and a person drawn for the row (sex, birth date) to keep them coherent."""
    rng: random.Random
    fake: Faker
    i: int
    values: dict = field(default_factory=dict)
    sex: str = "F"
    born: dt.date = TODAY

    def p(self, share: float) -> bool:
        return self.rng.random() < share

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def _check_label(label: str, note: str, where: str) -> None:
    parts = label.split("|")
    if not (label in SPECIAL or all(p in CATEGORIES for p in parts)):
        raise ValueError(f"{where}: unknown label {label!r}")
    if note and not set(note.split(" ")) <= KINDS:
        raise ValueError(f"{where}: unknown kind tag in {note!r}")


def col(name: str, sqltype: str, label: str, make: Callable[[Row], Any], note: str = "",
        leaves: tuple[tuple[str, str, str], ...] = ()) -> Col:
    return Col(name, sqltype, label, make, note, leaves)


def table(name: str, rows: int, locale: str, cols: list[Col]) -> Table:
    """A checked declaration: 300-1000 rows, unique column names, known labels and tags."""
    if not 300 <= rows <= 1000:
        raise ValueError(f"{name}: {rows} rows, want 300-1000")
    names = [c.name for c in cols]
    if len(set(names)) != len(names):
        raise ValueError(f"{name}: repeated column name")
    for c in cols:
        for suffix, label, note in (c.leaves or (("", c.label, c.note),)):
            _check_label(label, note, f"{name}.{c.name}{suffix}")
    return Table(name, rows, locale, tuple(cols))


_FAKERS: dict[str, Faker] = {}


def make_rows(part: str, spec: Table, seed: int) -> list[dict]:
    """The rows of a table: one random source and one Faker seeded by CRC-32 of part and name."""
    key = zlib.crc32(f"{seed}:{part}:{spec.name}".encode())
    rng = random.Random(key)
    if spec.locale not in _FAKERS:
        _FAKERS[spec.locale] = Faker(spec.locale)
    fake = _FAKERS[spec.locale]
    fake.seed_instance(key)
    out = []
    for i in range(spec.rows):
        age = rng.randint(18 * 365, 85 * 365)
        row = Row(rng, fake, i, sex=rng.choice("FM"), born=TODAY - dt.timedelta(days=age))
        for c in spec.cols:
            row.values[c.name] = c.make(row)
        out.append(row.values)
    return out


def write_files(folder: Path, specs: list[Table], seed: int, part: str, paths: dict[str, str]) -> Path:
    """Write each table to its file under `folder`, at `paths[table name]` (CSV, JSON Lines or
    Parquet by suffix): the file parts of held-out sets 7 to 9."""
    for spec in specs:
        path = folder / paths[spec.name]
        path.parent.mkdir(parents=True, exist_ok=True)
        names = [c.name for c in spec.cols]
        rows = [{n: row[n] for n in names} for row in make_rows(part, spec, seed)]
        if path.suffix == ".csv":
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(names)
                writer.writerows([row[n] for n in names] for row in rows)
        elif path.suffix == ".jsonl":
            path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(rows), path)
    return folder


def label_rows(spec: Table, table_name: str | None = None) -> list[tuple[str, str, str, str]]:
    """(table, column, label, note) for each column, or each leaf of a nested column."""
    name = table_name or spec.name
    out = []
    for c in spec.cols:
        if c.leaves:
            out += [(name, c.name + suffix, label, note) for suffix, label, note in c.leaves]
        else:
            out.append((name, c.name, c.label, c.note))
    return out
