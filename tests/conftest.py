"""Shared fixtures: the corpus (by path, skipped when absent) and small real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = CORPUS / "labels"


def corpus_db(name: str) -> Path:
    path = CORPUS / f"{name}.sqlite"
    if not path.exists():
        pytest.skip(f"corpus database {path} not present")
    return path


@pytest.fixture
def make_sqlite(tmp_path):
    """Build a real SQLite file: make_sqlite({"table": (["col", ...], [(row), ...])})."""

    def make(tables: dict, name: str = "db.sqlite") -> Path:
        path = tmp_path / name
        con = sqlite3.connect(path)
        for table, (columns, rows) in tables.items():
            cols = ", ".join(f'"{c}"' for c in columns)
            con.execute(f'CREATE TABLE "{table}" ({cols})')
            marks = ", ".join("?" for _ in columns)
            con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        con.commit()
        con.close()
        return path

    return make


def with_store_fields(obj, **fields):
    """A catalog object (ColumnResult, Finding) with the store's fields set (review, notes,
    origin): the real fields once catalog.py has them, else a subclass carrying them."""
    import dataclasses

    if not fields:
        return obj
    names = {f.name for f in dataclasses.fields(obj)}
    if set(fields) <= names:
        return dataclasses.replace(obj, **fields)
    extra = [(k, type(v), dataclasses.field(default=None)) for k, v in fields.items() if k not in names]
    cls = dataclasses.make_dataclass(type(obj).__name__, extra, bases=(type(obj),), frozen=True)
    return cls(**{f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}, **fields)


@pytest.fixture
def scan_columns(make_sqlite):
    """Write tables given as {table: {column: values}} to one SQLite file, scan it through
    piiscan.scan() and return a function (table, column) -> set of the column's categories,
    with the catalog as its `catalog` attribute."""

    def scan(tables: dict, sample_size: int = 200):
        import piiscan

        path = make_sqlite({name: (list(cols), list(zip(*cols.values()))) for name, cols in tables.items()})
        catalog = piiscan.scan(f"sqlite:///{path}", sample_size=sample_size, jobs=1)

        def cats(table: str, column: str) -> set:
            return set(catalog.column(table, column).categories)

        cats.catalog = catalog
        return cats

    return scan
