"""Binary columns are decided from their bytes: sources read a prefix and a length of each value
(never a whole blob), piiscan.detect.binary reads formats, lengths and entropy from them.
Real SQLite and Parquet files, the real PostgreSQL and MariaDB servers, through piiscan.scan."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from piiscan import scan, scan_table
from piiscan.sample import BINARY_PREFIX_BYTES
from piiscan.sampling import sample_statement
from piiscan.sources import SourceOptions, open_source

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401
except ImportError:  # tests/ imported as a package
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, mariadb_engine, mariadb_odbc, pg_engine, pg_odbc  # noqa: F401

ROWS = 40
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
BIG = 1_000_000  # bytes of the large blobs: never fetched whole


def people_rows(rng: random.Random) -> list[tuple]:
    """(id, login, password_hash, token, avatar, email_bytes, bcrypt, big) rows of a user table."""
    return [(i, f"user{i}", hashlib.sha256(f"pw{i}".encode()).digest(), rng.randbytes(32),
             PNG + rng.randbytes(300 + i), f"person{i}@example.org".encode(),
             f"$2b$12${rng.randbytes(40).hex()[:53]}".encode(), rng.randbytes(BIG) if i < 2 else None)
            for i in range(ROWS)]


PEOPLE_COLUMNS = ["id", "login", "password_hash", "h", "avatar", "email_bytes", "secret_text", "attachment"]


def assert_people(cat, table: str) -> None:
    columns = {c.column: c for c in cat.columns if c.table == table}
    # the catalog says which columns are bytes (BLOB, BYTEA, LONGBLOB), e-mails in them too
    assert {n: c.stored_as for n, c in columns.items()} == {
        "id": None, "login": None, **dict.fromkeys(PEOPLE_COLUMNS[2:], "bytes")}
    password = columns["password_hash"]
    assert password.status == "scanned" and password.content == "binary"
    assert password.top.category == "CREDENTIAL" and password.top.confidence >= 0.8
    assert "32-byte values, high entropy" in password.reason
    assert any("digest or key sized" in e.detail for e in password.top.evidence)
    # random 32-byte values with no name beside a login column: a credential, moderately sure
    assert columns["h"].top.category == "CREDENTIAL" and 0.5 <= columns["h"].top.confidence < 0.85
    assert columns["avatar"].top.entity == "PHOTO" and columns["avatar"].top.category == "OTHER_PII"
    assert "images (PNG)" in columns["avatar"].reason
    email = columns["email_bytes"]  # text stored as bytes goes the way of a text column
    assert email.status == "scanned" and email.top.category == "EMAIL" and "UTF-8 text" in email.reason
    assert columns["secret_text"].top.entity == "PASSWORD_HASH"
    assert any("bcrypt" in e.detail for e in columns["secret_text"].top.evidence)
    assert columns["attachment"].status == "scanned" and not columns["attachment"].findings
    assert f"{BIG}-byte values" in columns["attachment"].reason


def assert_no_raw_bytes(cat, rows: list[tuple]) -> None:
    text = json.dumps(cat.to_dict(), default=str)
    for row in rows[:5]:
        for value in (row[2], row[3]):
            assert value.hex() not in text and repr(value)[2:30] not in text


def make_people_db(path, rng) -> list[tuple]:
    rows = people_rows(rng)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users (id INTEGER, login TEXT, password_hash BLOB, h BLOB, avatar BLOB,"
                " email_bytes BLOB, secret_text BLOB, attachment BLOB)")
    con.executemany("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE products (id INTEGER, title TEXT, image BLOB, manual BLOB, checksum BLOB)")
    con.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)",
                    [(i, f"widget {i}", PNG + rng.randbytes(200), b"%PDF-1.7\n" + rng.randbytes(500),
                      hashlib.sha1(rng.randbytes(8)).digest()) for i in range(ROWS)])
    con.execute("CREATE TABLE members (login TEXT, file_sha1 BLOB, contract_sha256 BLOB)")
    con.executemany("INSERT INTO members VALUES (?, ?, ?)",
                    [(f"m{i}", rng.randbytes(20), rng.randbytes(32)) for i in range(ROWS)])
    con.execute("CREATE TABLE contacts (mail BLOB)")  # SQLite keeps the text it is given as text
    con.executemany("INSERT INTO contacts VALUES (?)", [(f"c{i}@example.org",) for i in range(ROWS)])
    con.execute("CREATE TABLE blobs (id INTEGER, digest BLOB, empty BLOB)")
    con.executemany("INSERT INTO blobs VALUES (?, ?, ?)", [(i, rng.randbytes(20), b"") for i in range(ROWS)])
    con.commit()
    con.close()
    return rows


def test_binary_columns_of_a_sqlite_file_are_decided_from_their_bytes(tmp_path):
    rows = make_people_db(tmp_path / "app.db", random.Random(1))
    cat = scan(f"sqlite:///{tmp_path / 'app.db'}", ner=False)
    assert_people(cat, "users")
    assert_no_raw_bytes(cat, rows)
    for column in ("image", "manual", "checksum"):  # pictures, documents and checksums of goods
        found = cat.column("products", column)
        assert found.status == "scanned" and not found.findings and not found.candidates, column
    assert "documents (PDF)" in cat.column("products", "manual").reason
    # random bytes of a digest's length with nothing else said: asked about, not reported
    digest = cat.column("blobs", "digest")
    assert not digest.findings and digest.candidates[0].category == "CREDENTIAL"
    # beside a login, a digest whose name says it is of a file is not a credential
    assert not cat.column("members", "file_sha1").findings
    assert not cat.column("members", "contract_sha256").findings  # named by its digest, no secret's word
    assert cat.column("contacts", "mail").top.category == "EMAIL"
    empty = cat.column("blobs", "empty")
    assert empty.status == "scanned" and not empty.findings and "no sampled value" in empty.reason


def test_a_large_blob_is_read_as_a_prefix_and_its_length(tmp_path):
    make_people_db(tmp_path / "app.db", random.Random(2))
    source = open_source(f"sqlite:///{tmp_path / 'app.db'}", SourceOptions(include=("users",)))
    (table,) = list(source.tables())
    statements = []
    sa.event.listen(source._engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    sample = source.sample(table, 100)
    source.close()
    big = [v for v in sample.data.column("attachment").to_pylist() if v is not None]
    assert [v["length"] for v in big] == [BIG, BIG]
    assert all(len(v["prefix"]) == BINARY_PREFIX_BYTES for v in big)
    (read,) = [s for s in statements if "attachment" in s]
    assert "substr(CAST(main.users.attachment AS BLOB), ?, ?)" in read
    assert read.count("main.users.attachment") == 2  # in substr() and length(), never alone


@pytest.mark.parametrize("dialect, prefix, length", [
    ("mssql", "substring(t.b, 1, 64)", "datalength(t.b)"),  # no SQL Server here: compiled only
    ("postgresql", "SUBSTRING(t.b FROM 1 FOR 64)", "octet_length(t.b)"),
    ("mysql", "substring(t.b, 1, 64)", "octet_length(t.b)"),
    ("sqlite", "substr(CAST(t.b AS BLOB), 1, 64)", "length(CAST(t.b AS BLOB))"),
])
def test_every_sampling_statement_reads_binary_columns_as_prefixes(dialect, prefix, length):
    module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["dialect"])
    table = sa.table("t", sa.column("id"), sa.column("b"))
    for estimate in (None, 10, 5_000, 5_000_000):  # full, limit and every random method
        statement, method = sample_statement(table, dialect, 100, estimate, seed=3, rowids=[1, 2], binary=["b"])
        sql = str(statement.compile(dialect=module.dialect(), compile_kwargs={"literal_binds": True}))
        sql = sql.replace("sampled.", "t.")  # TABLESAMPLE reads through an alias
        assert prefix in sql and length in sql, (method, sql)
        assert sql.count("t.b") == 2, (method, sql)  # the whole value is never selected


def test_bytes_the_source_can_not_read_are_decided_from_the_name_only():
    from sqlalchemy.dialects import oracle

    from piiscan.sources.columns import column_info

    info = column_info({"name": "password_hash", "type": sa.LargeBinary()}, oracle.dialect(), {})
    assert (info.skip_reason, info.binary) == ("binary column", True)
    from piiscan.detect.evidence import collect
    from piiscan.decide import decide_table
    from piiscan.rules import load_rules
    from piiscan.sample import Sample, TableRef

    rules = load_rules()
    sample = Sample(TableRef("db", None, "accounts"), [info], pa.table({}))
    (decision,) = decide_table(collect(sample, rules), rules)
    assert decision.findings[0].category == "CREDENTIAL"
    assert "its bytes were not read" in decision.findings[0].evidence[0].detail


def test_binary_columns_of_parquet_files_and_dataframes(tmp_path):
    rng = random.Random(4)
    table = pa.table({
        "login": [f"user{i}" for i in range(ROWS)],
        "password_hash": pa.array([rng.randbytes(32) for _ in range(ROWS)], pa.binary(32)),
        "avatar": pa.array([PNG + rng.randbytes(BIG // 10) for _ in range(ROWS)], pa.large_binary()),
        "email_bytes": pa.array([f"p{i}@example.org".encode() for i in range(ROWS)], pa.binary()),
    })
    pq.write_table(table, tmp_path / "users.parquet")
    for cat in (scan(tmp_path / "users.parquet", ner=False), scan_table(table, "users", ner=False)):
        columns = {c.column: c for c in cat.columns}
        assert all(c.status == "scanned" for c in columns.values())
        assert columns["password_hash"].top.category == "CREDENTIAL"
        assert columns["avatar"].top.entity == "PHOTO" and f"{BIG // 10 + len(PNG)}" in columns["avatar"].reason
        assert columns["email_bytes"].top.category == "EMAIL"


def test_the_cli_reports_a_binary_column_as_scanned(tmp_path):
    from click.testing import CliRunner

    from piiscan.cli import main

    make_people_db(tmp_path / "app.db", random.Random(5))
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "app.db"), "--no-ner", "-q", "-o", str(tmp_path / "c.json")])
    assert result.exit_code == 0, result.output
    columns = {(c["table"], c["column"]): c for c in json.loads((tmp_path / "c.json").read_text())["columns"]}
    avatar = columns[("users", "avatar")]
    assert avatar["status"] == "scanned" and avatar["content"] == "binary"
    assert avatar["findings"][0]["entity"] == "PHOTO"


# -- the servers --------------------------------------------------------------------------------


def server_table(metadata: sa.MetaData, binary, schema: str | None = None, suffix: str = "") -> sa.Table:
    return sa.Table(f"users{suffix}", metadata, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("login", sa.String(40)),
                    *[sa.Column(name, binary) for name in PEOPLE_COLUMNS[2:]], schema=schema)


@pytest.fixture(scope="module")
def pg_people(pg_engine):
    schema = f"piiscan_bin_{RUN_ID}"
    metadata = sa.MetaData()
    table = server_table(metadata, sa.LargeBinary, schema)
    rows = people_rows(random.Random(6))
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.CreateSchema(schema))
        metadata.create_all(conn)
        conn.execute(table.insert(), [dict(zip(PEOPLE_COLUMNS, row)) for row in rows])
    yield schema, rows
    with pg_engine.begin() as conn:
        conn.execute(sa.schema.DropSchema(schema, cascade=True))


@pytest.fixture(scope="module")
def maria_people(mariadb_engine):
    from sqlalchemy.dialects.mysql import LONGBLOB

    suffix = f"_bin_{RUN_ID}"
    metadata = sa.MetaData()
    table = server_table(metadata, LONGBLOB, suffix=suffix)
    rows = people_rows(random.Random(7))
    with mariadb_engine.begin() as conn:
        metadata.create_all(conn)
        conn.execute(table.insert(), [dict(zip(PEOPLE_COLUMNS, row)) for row in rows])
    yield table.name, rows
    metadata.drop_all(mariadb_engine)


@pytest.mark.server
def test_postgres_bytea_columns_are_decided_from_their_bytes(pg_people, pg_odbc):
    schema, rows = pg_people
    for source in (PG_URL, f"odbc:{pg_odbc}"):
        cat = scan(source, schemas=[schema], ner=False)
        assert_people(cat, "users")
        assert_no_raw_bytes(cat, rows)


@pytest.mark.server
def test_mariadb_blob_columns_are_decided_from_their_bytes(maria_people, mariadb_odbc):
    name, rows = maria_people
    for source in (MARIADB_URL, f"odbc:{mariadb_odbc}"):
        cat = scan(source, include=[name], ner=False)
        assert_people(cat, name)
        assert_no_raw_bytes(cat, rows)


@pytest.mark.server
def test_servers_send_only_the_prefix_of_a_large_blob(pg_people, maria_people):
    for url, options in ((PG_URL, SourceOptions(schemas=(pg_people[0],))),
                         (MARIADB_URL, SourceOptions(include=(maria_people[0],)))):
        source = open_source(url, options)
        (table,) = list(source.tables())
        statements = []
        sa.event.listen(source._engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        big = [v for v in source.sample(table, 100).data.column("attachment").to_pylist() if v]
        source.close()
        assert [v["length"] for v in big] == [BIG, BIG] and {len(v["prefix"]) for v in big} == {BINARY_PREFIX_BYTES}
        assert any("SUBSTRING(" in s.upper() and "OCTET_LENGTH(" in s.upper() for s in statements)


@pytest.mark.server
def test_odbc_sources_send_only_the_prefix_of_a_large_blob(pg_people, maria_people, pg_odbc, mariadb_odbc):
    for spec, options in ((pg_odbc, SourceOptions(schemas=(pg_people[0],))),
                          (mariadb_odbc, SourceOptions(include=(maria_people[0],)))):
        source = open_source(f"odbc:{spec}", options)
        (table,) = list(source.tables())
        assert [c.name for c in table.columns if c.binary] == PEOPLE_COLUMNS[2:]
        names = [c.name for c in table.columns]
        sql, _ = source._random_sample_sql(list(table.qualifier), names, 100, None, "table", False, PEOPLE_COLUMNS[2:])
        source.close()
        assert "SUBSTRING(" in sql.upper() and "OCTET_LENGTH(" in sql.upper() and sql.count("attachment") == 3, sql


def test_a_binary_column_is_decided_again_from_its_stored_evidence(tmp_path):
    from piiscan.decide import decide_table
    from piiscan.detect.summary import complete, restore
    from piiscan.rules import load_rules

    rows = make_people_db(tmp_path / "app.db", random.Random(8))
    cat = scan(f"sqlite:///{tmp_path / 'app.db'}", include=["users"], ner=False)
    assert all(complete(c.evidence_summary) for c in cat.columns)
    stored = json.dumps([c.evidence_summary for c in cat.columns])
    assert all(row[2].hex() not in stored for row in rows)  # numbers and kinds, never bytes
    decisions = decide_table([restore(c.evidence_summary) for c in cat.columns], load_rules())
    assert [[(f.entity, f.confidence, f.evidence) for f in d.findings] for d in decisions] == [
        [(f.entity, f.confidence, f.evidence) for f in c.findings] for c in cat.columns]


def test_a_text_column_named_photo_is_text():
    table = pa.table({"name": [f"Person {i}" for i in range(ROWS)],
                      "photo": [f"https://cdn.example.org/{i}.png" for i in range(ROWS)]})
    column = scan_table(table, "customers", ner=False).column("customers", "photo")
    assert column.status == "scanned" and not column.findings and not column.candidates


def test_argon2_text_and_uuids_stored_as_bytes():
    import uuid

    rng = random.Random(9)
    argon2 = [f"$argon2id$v=19$m=65536,t=3,p=4${rng.randbytes(16).hex()}${rng.randbytes(32).hex()}".encode()
              for _ in range(ROWS)]
    table = pa.table({"login": [f"u{i}" for i in range(ROWS)], "pw": pa.array(argon2, pa.binary()),
                      "uid": pa.array([uuid.UUID(int=rng.getrandbits(128), version=4).bytes for _ in range(ROWS)],
                                      pa.binary(16))})
    cat = scan_table(table, "users", ner=False)
    pw = cat.column("users", "pw")  # cut at 64 bytes, still known by its magic
    assert pw.top.entity == "PASSWORD_HASH" and pw.top.confidence >= 0.9 and "argon2" in pw.reason
    uid = cat.column("users", "uid")  # keys, not secrets
    assert not uid.findings and not uid.candidates and "UUIDs" in uid.reason
