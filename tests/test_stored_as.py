"""`stored_as: "bytes"`: the catalog says which columns the source stores as bytes, from the
column's type (ColumnInfo.binary), whatever the bytes hold. Through piiscan.scan and the CLI
on a real SQLite file, the JSON, CSV and Parquet catalogs, the store (round trip, history,
redecide, the upgrade of a version 2 store) and find, which never searches bytes; an older
catalog without the field still loads and find falls back to the type name."""

from __future__ import annotations

import json
import random
import sqlite3

import sqlalchemy as sa
from click.testing import CliRunner

import piiscan
from piiscan.cli import main
from piiscan.find.subject import make_subject
from piiscan.store import Store
from piiscan.store import schema as store_schema

KEY = b"test-key-of-32-bytes-for-hmac!!!"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
SUBJECT = {"emails": ["zed.quorrin@example.com"]}
ROWS = 40
BYTES_COLUMNS = ("contact", "photo", "untyped")


def make_db(path):
    """customers: a text e-mail column, e-mails stored as a BLOB, photos in a BLOB, and e-mails
    as bytes in a column declared without a type (no type name to guess from)."""
    rng = random.Random(3)
    rows = [(i, f"kel{i}.varnish@example.org", f"zed{i}.quorrin@example.com".encode(),
             PNG + rng.randbytes(200), f"ulm{i}.brask@example.net".encode()) for i in range(ROWS)]
    rows[0] = (0, rows[0][1], SUBJECT["emails"][0].encode(), rows[0][3], rows[0][4])
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, contact BLOB, photo BLOB, untyped)")
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def raw_values() -> list[str]:
    return ([f"kel{i}.varnish@example.org" for i in range(1, ROWS)] + [f"zed{i}.quorrin" for i in range(1, ROWS)]
            + [f"ulm{i}.brask" for i in range(ROWS)] + [SUBJECT["emails"][0]])


def scanned(tmp_path, **kw):
    return piiscan.scan(f"sqlite:///{make_db(tmp_path / 'shop.db')}", ner=False, jobs=1, **kw)


def assert_stored_as(catalog):
    by_name = {c.column: c for c in catalog.columns}
    assert {n: c.stored_as for n, c in by_name.items()} == {
        "id": None, "email": None, "contact": "bytes", "photo": "bytes", "untyped": "bytes"}
    # what the bytes hold is another matter: e-mails detected as text, photos as images
    assert by_name["contact"].top.category == "EMAIL" and by_name["contact"].content is None
    assert by_name["untyped"].top.category == "EMAIL" and by_name["untyped"].data_type == ""
    assert by_name["photo"].top.entity == "PHOTO" and by_name["photo"].content == "binary"


def test_the_cli_catalog_says_which_columns_are_stored_as_bytes(tmp_path):
    db = make_db(tmp_path / "shop.db")
    out = tmp_path / "catalog.json"
    result = CliRunner().invoke(main, ["scan", str(db), "--no-ner", "-q", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    columns = {c["column"]: c for c in json.loads(text)["columns"]}
    assert {n: c["stored_as"] for n, c in columns.items()} == {
        "id": None, "email": None, "contact": "bytes", "photo": "bytes", "untyped": "bytes"}
    assert columns["contact"]["findings"][0]["category"] == "EMAIL"
    assert all(value not in text for value in raw_values())  # masked examples only
    assert_stored_as(piiscan.load_catalog(out))


def test_stored_as_survives_json_csv_and_parquet(tmp_path):
    catalog = scanned(tmp_path)
    assert_stored_as(catalog)
    for name in ("c.json", "c.csv", "c.parquet"):
        assert_stored_as(piiscan.load_catalog(catalog.write(tmp_path / name)))
    flat = catalog.to_arrow()
    assert dict(zip(flat.column("column").to_pylist(), flat.column("stored_as").to_pylist()))["photo"] == "bytes"


def test_stored_as_round_trips_through_the_store(tmp_path):
    path = tmp_path / "store.db"
    catalog = scanned(tmp_path, store=str(path))
    with Store(path) as store:
        assert_stored_as(store.catalog(catalog.settings["store_scan"]))
        assert_stored_as(store.current())
        (_, stored), = store.source_catalogs(catalog.sources[0].name)  # what history reads
        assert_stored_as(stored)
        assert_stored_as(store.redecide(min_confidence=0.6, record=True))
        assert_stored_as(store.current())
    data = path.read_bytes()
    assert all(value.encode() not in data for value in raw_values())


def test_a_version_2_store_gains_stored_as_from_its_evidence(tmp_path):
    path = tmp_path / "store.db"
    catalog = scanned(tmp_path, store=str(path))
    with Store(path) as store:  # a catalog added from a file: no evidence summaries
        store.add_scan(piiscan.Catalog.from_dict(json.loads(json.dumps(catalog.to_dict()))))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # make it the store piiscan wrote before version 3
        conn.exec_driver_sql("ALTER TABLE columns DROP COLUMN stored_as")
        conn.exec_driver_sql("UPDATE schema_version SET version = 2")
    engine.dispose()
    with Store(path) as store:
        assert_stored_as(store.catalog(1))  # from the evidence each column kept
        assert {c.column: c.stored_as for c in store.catalog(2).columns} == dict.fromkeys(
            ("id", "email", *BYTES_COLUMNS))  # nothing said it: NULL, find goes by the type name
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert store_schema.stored_version(conn) == store_schema.SCHEMA_VERSION == 3
    engine.dispose()


def not_searched(catalog, url):
    result = piiscan.find_subject(make_subject(SUBJECT), catalog, [url], key=KEY)
    return result, {n.column: n.reason for n in result.not_searched if n.column}


def test_find_lists_every_column_stored_as_bytes_as_not_searched(tmp_path):
    catalog = scanned(tmp_path)
    result, skipped = not_searched(catalog, f"sqlite:///{tmp_path / 'shop.db'}")
    assert skipped == dict.fromkeys(BYTES_COLUMNS, "values stored as bytes are not searched")
    assert [c.column for c in result.table("customers").columns] == ["email"]  # searched: not there
    assert result.table("customers").status == "not found"


def test_an_older_catalog_without_the_field_loads_and_find_goes_by_the_type_name(tmp_path):
    document = scanned(tmp_path).to_dict()
    for column in document["columns"]:
        del column["stored_as"]
    (tmp_path / "old.json").write_text(json.dumps(document))
    old = piiscan.load_catalog(tmp_path / "old.json")
    assert all(c.stored_as is None for c in old.columns)
    _, skipped = not_searched(old, f"sqlite:///{tmp_path / 'shop.db'}")
    # BLOB names bytes; a column declared without a type can't say it, which is why the field exists
    assert skipped == dict.fromkeys(("contact", "photo"), "values stored as bytes are not searched")
