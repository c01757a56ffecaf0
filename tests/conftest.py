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
