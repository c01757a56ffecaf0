"""The real public sample databases of ../shared/corpus (skipped when absent)."""

import json

import pytest

from piiscan import scan
from piiscan.evaluate import evaluate, read_labels
from tests.conftest import CORPUS, LABELS, corpus_db


@pytest.fixture(scope="module")
def chinook():
    return scan(f"sqlite:///{corpus_db('chinook')}", jobs=1)


@pytest.mark.parametrize("table, column, category", [
    ("Customer", "Email", "EMAIL"),
    ("Customer", "Phone", "PHONE"),
    ("Customer", "FirstName", "PERSON_NAME"),
    ("Employee", "BirthDate", "DATE_OF_BIRTH"),
])
def test_chinook_obvious_columns(chinook, table, column, category):
    assert chinook.column(table, column).top.category == category


def test_chinook_milliseconds_has_no_finding(chinook):
    assert not chinook.column("Track", "Milliseconds").findings


def test_chinook_catalog_holds_no_raw_value(chinook, tmp_path):
    import sqlite3

    text = json.dumps(chinook.to_dict())
    con = sqlite3.connect(corpus_db("chinook"))
    for email, phone, last in con.execute("SELECT Email, Phone, LastName FROM Customer"):
        for value in (email, phone, f'"{last}'):
            assert value is None or value not in text


def _corpus_databases():
    return sorted(CORPUS.glob("*.sqlite")) if CORPUS.exists() else []


@pytest.mark.parametrize("path", _corpus_databases(), ids=lambda p: p.stem)
def test_every_corpus_database_scans(path):
    catalog = scan(f"sqlite:///{path}", sample_size=200)
    assert catalog.tables and not catalog.errors
    assert all(c.status in ("scanned", "skipped") for c in catalog.columns)


@pytest.mark.parametrize("name", ["chinook", "northwind", "sakila", "titanic", "mockaroo"])
def test_labelled_corpus_accuracy_floor(name):
    db = corpus_db(name)
    report = evaluate(scan(f"sqlite:///{db}"), read_labels(LABELS / f"{name}.csv"))
    assert report.binary.f1 >= 0.9, report.errors
    assert report.typed.f1 >= 0.85, report.errors
