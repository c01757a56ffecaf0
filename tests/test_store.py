"""The catalog store through its public API, on a real SQLite file and on the real PostgreSQL
server (one schema per test, dropped afterwards): scans round-trip, decisions survive re-scans,
diff, history, staleness, --changed-only, concurrent writers, the upgrade path, no raw values."""

from __future__ import annotations

import datetime
import itertools
import json
import multiprocessing
import sqlite3

import pytest
import sqlalchemy as sa

import piiscan
from piiscan.errors import ConfigError
from piiscan.store import Store, Target
from piiscan.store import schema as store_schema

try:
    from servers import MARIADB_URL, PG_URL, RUN_ID, server_engine
except ImportError:
    from tests.servers import MARIADB_URL, PG_URL, RUN_ID, server_engine

_numbers = itertools.count()
EMAILS = [f"zorblat{i}.quux@example.org" for i in range(40)]


def shop_rows(n: int = 40, notes: str = "ok"):
    return [(i, EMAILS[i % len(EMAILS)], f"{i % 90 + 10} Xylophone Street", notes, f"W{i}") for i in range(n)]


@pytest.fixture
def shop(tmp_path):
    """A real SQLite database: customers (PII) and products (none). Returns its path."""
    path = tmp_path / "shop.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id, email, street, notes, code)")
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?)", shop_rows())
    con.execute("CREATE TABLE products (id, title)")
    con.executemany("INSERT INTO products VALUES (?, ?)", [(i, f"Widget {i}") for i in range(30)])
    con.commit()
    con.close()
    return path


def run_sql(path, *statements, params=()):
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement, *params) if params else con.execute(statement)
    con.commit()
    con.close()


def scan(path, store, **kw):
    return piiscan.scan(f"sqlite:///{path}", store=store, ner=False, jobs=1, **kw)


def _store_url(kind, tmp_path):
    """(url, schema) of a fresh store: a SQLite file, or a per-test schema (database) on a server."""
    if kind == "sqlite":
        yield str(tmp_path / "store.db"), None
        return
    url = PG_URL if kind == "postgresql" else MARIADB_URL
    engine = server_engine(url)
    name = f"store_{RUN_ID}_{next(_numbers)}"
    try:
        yield url, name
    finally:
        cascade = {"cascade": True} if kind == "postgresql" else {}
        with engine.begin() as conn:
            conn.execute(sa.schema.DropSchema(name, if_exists=True, **cascade))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    yield from _store_url(request.param, tmp_path)


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def any_store_url(request, tmp_path):
    """Also MariaDB: any SQLAlchemy URL works, not only the two the issue names."""
    yield from _store_url(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    url, name = store_url
    with Store(url, schema=name) as opened:
        yield opened


def source_name(store) -> str:
    return store.current().sources[0].name


def test_a_scan_round_trips_through_the_store(shop, any_store_url):
    url, name = any_store_url
    with Store(url, schema=name) as store:
        check_round_trip(shop, store)


def check_round_trip(shop, store):
    catalog = scan(shop, store)
    scan_id = catalog.settings["store_scan"]
    again = store.catalog(scan_id)
    assert [t.to_dict() for t in again.tables] == [t.to_dict() for t in catalog.tables]
    assert [c.to_dict() for c in again.columns] == [c.to_dict() for c in catalog.columns]
    assert again.sources == catalog.sources and again.generated_at == catalog.generated_at
    assert store.catalog().settings["store_scan"] == scan_id
    email = store.current().column("customers", "email")
    assert email.categories == ("EMAIL",) and email.findings[0].origin == "scan"
    row = store.scans()[0]
    assert row["rules_fingerprint"] and len(row["rules_fingerprint"]) == 64 and row["started_at"]


def test_current_is_the_latest_scan_of_every_source(shop, tmp_path, store):
    other = tmp_path / "other.sqlite"
    run_sql(other, "CREATE TABLE staff (id, email)")
    run_sql(other, "INSERT INTO staff VALUES (?, ?)", params=((1, "a.b@example.org"),))
    scan(shop, store)
    scan(other, store)
    run_sql(shop, "DROP TABLE products")
    scan(shop, store)
    current = store.current()
    assert sorted(t.table for t in current.tables) == ["customers", "staff"]
    assert set(current.settings["store_scans"].values()) == {2, 3}


def test_decisions_apply_to_later_scans(shop, store):
    scan(shop, store)
    name = source_name(store)
    store.decide(f"{name}.customers.email", "confirm", who="ana", note="customer contact")
    street = store.current().column("customers", "street")
    assert street.is_pii, street
    store.decide(Target(name, "main", "customers", "street"), "reject", who="ana", note="test data")
    store.decide(f"{name}.customers.code", "missed", who="bo", category="GOV_ID", note="internal id of a person")
    store.decide(f"{name}.products.title", "relabel", who="bo", category="OTHER_PII", expires="2999-01-01")
    scan(shop, store)  # a later scan: the decisions still apply
    current = store.current()
    email, street, code, title = (current.column(t, c) for t, c in
                                  [("customers", "email"), ("customers", "street"), ("customers", "code"),
                                   ("products", "title")])
    assert email.review == "confirmed" and email.findings[0].origin == "scan"
    assert street.review == "rejected" and not street.findings
    assert code.review == "confirmed" and [(f.category, f.origin) for f in code.findings] == [("GOV_ID", "decision")]
    assert "missed by bo" in code.findings[0].evidence[0].detail
    assert title.categories == ("OTHER_PII",) and title.findings[0].origin == "decision"
    assert store.catalog().column("customers", "street").is_pii  # the scan as recorded is untouched
    assert store.catalog(decisions=True).column("customers", "street").review == "rejected"


def test_a_material_change_after_a_decision_asks_for_review(shop, store):
    scan(shop, store)
    name = source_name(store)
    store.decide(f"{name}.customers.notes", "reject", who="ana")
    store.decide(f"{name}.customers.email", "confirm", who="ana")
    assert store.current().column("customers", "notes").review == "rejected"
    run_sql(shop, "UPDATE customers SET notes = email, email = NULL")  # e-mails move to notes
    scan(shop, store)
    notes, email = store.current().column("customers", "notes"), store.current().column("customers", "email")
    assert notes.review == "needs review" and "EMAIL" in notes.categories  # shown, not silently rejected
    why = store.review_reasons()[Target(name, "main", "customers", "notes")]
    assert why.startswith("new category since the decision: EMAIL (reject by ana on ")
    assert email.review == "needs review" and email.categories == ("EMAIL",)  # kept, flagged


def test_an_expired_decision_no_longer_applies(shop, store):
    scan(shop, store)
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    store.decide(f"{source_name(store)}.customers.email", "reject", who="ana", expires=yesterday)
    email = store.current().column("customers", "email")
    assert email.is_pii and email.review == "needs review"
    asked = {(q.table, q.column): q.reasons for q in store.current().review_queue()}
    assert asked[("customers", "email")] == ("flagged",)  # certain, but a person must look again


def test_notes_on_columns_tables_and_sources(shop, store):
    scan(shop, store)
    name = source_name(store)
    store.note(f"{name}.customers.notes", "never filled", who="ana")
    store.note(f"{name}.customers", "rebuilt nightly from crm.customers", who="bo")
    store.note(name, "owner: sales-ops", who="bo")
    store.note(f"{name}.products", "from the ERP", who="bo")
    assert store.current().column("customers", "notes").notes == ("never filled",)
    history = store.history(f"{name}.customers")
    texts = [e.summary for e in history if e.kind == "note"]
    assert any("rebuilt nightly" in t for t in texts) and any("never filled" in t for t in texts)
    assert any("sales-ops" in t for t in texts)  # the source's notes show with its tables
    assert not any("ERP" in t for t in texts)  # another table's do not
    assert any("ERP" in e.summary for e in store.history(name))


def test_bad_decisions_are_refused(shop, store):
    scan(shop, store)
    name = source_name(store)
    cases = [((f"{name}.customers.nope", "reject"), {}, "no source, table or column"),
             ((f"{name}.customers.email", "delete"), {}, "unknown action"),
             ((f"{name}.customers.email", "relabel"), {}, "needs a category"),
             ((f"{name}.customers.email", "relabel"), {"category": "SHOE_SIZE"}, "unknown category"),
             ((f"{name}.customers", "reject"), {}, "on a column"),
             ((f"{name}.customers.id", "confirm"), {}, "nothing to confirm"),
             ((f"{name}.customers.email", "reject"), {"expires": "soon"}, "not a date")]
    for args, kw, words in cases:
        with pytest.raises(ConfigError, match=words):
            store.decide(*args, who="ana", **kw)
    with pytest.raises(ConfigError, match="who"):
        store.decide(f"{name}.customers.email", "reject", who=" ")


def test_diff_names_what_changed(shop, store):
    scan(shop, store)
    run_sql(shop, "ALTER TABLE products ADD COLUMN contact", "UPDATE products SET contact = 'p' || id || '.q@example.org'",
            "CREATE TABLE suppliers (id, email)", "INSERT INTO suppliers VALUES (1, 'a.b@example.org')",
            "UPDATE customers SET email = 'x' || id")
    scan(shop, store)
    diff = store.diff()
    kinds = {(c.kind, c.table, c.column) for c in diff.changes}
    assert ("pii_appeared", "products", "contact") in kinds
    assert ("pii_disappeared", "customers", "email") in kinds
    assert ("table_added", "suppliers", None) in kinds
    assert {c.column for c in diff.new_pii} >= {"contact"}
    data = diff.to_dict()
    assert data["counts"]["pii_appeared"] >= 1 and data["new_pii"] == len(diff.new_pii)
    assert "example.org" not in json.dumps(data).replace("e******.org", "")
    assert store.diff(1, 2).to_dict()["changes"] == data["changes"]
    # a rejected column is not new PII in CI
    store.decide(f"{source_name(store)}.products.contact", "reject", who="ana")
    assert not any(c.column == "contact" for c in store.diff().new_pii)


def test_diff_names_a_column_the_source_now_stores_as_bytes(shop, store):
    """`storage_changed`: the same column read as text, then as BLOB (find stops searching
    it); a catalog written before `stored_as` existed goes by the type name, so it shows no
    change where nothing changed."""
    from dataclasses import replace

    from piiscan.store.diff import diff_catalogs

    scan(shop, store)
    run_sql(shop, "DROP TABLE products", "CREATE TABLE products (id INTEGER, title BLOB)",
            *[f"INSERT INTO products VALUES ({i}, X'{f'Widget {i}'.encode().hex()}')" for i in range(30)])
    scan(shop, store)
    changes = [c for c in store.diff().changes if c.kind == "storage_changed"]
    assert [(c.table, c.column) for c in changes] == [("products", "title")]
    assert "text" in changes[0].before and "bytes" in changes[0].after and not changes[0].new_pii
    after = store.current()
    old = replace(after, columns=tuple(replace(c, stored_as=None) for c in after.columns))
    assert not [c for c in diff_catalogs(old, after).changes if c.kind == "storage_changed"]


def test_history_of_a_column(shop, store):
    scan(shop, store)
    run_sql(shop, "UPDATE customers SET email = 'x' || id")
    scan(shop, store)
    store.decide(f"{source_name(store)}.customers.email", "missed", who="ana", category="EMAIL", note="moved")
    entries = store.history(f"{source_name(store)}.customers.email")
    assert [e.kind for e in entries] == ["scan", "scan", "decision"]
    assert entries[0].changes == ("first scan",) and "EMAIL" in entries[0].summary
    assert "pii disappeared" in entries[1].changes[0]
    assert "missed as EMAIL" in entries[2].summary and "note: moved" in entries[2].changes
    assert [e.scan_id for e in store.history()] == [1, 2]


def test_stale_lists_unchanged_pii_tables(shop, store):
    scan(shop, store)
    scan(shop, store)
    stale = store.stale(scans=2)
    assert [t.table for t in stale] == ["customers"]  # products holds no PII
    assert stale[0].scans == 2 and "EMAIL" in stale[0].categories
    assert store.stale(days=10000) == []
    run_sql(shop, "INSERT INTO customers VALUES (999, 'new.one@example.org', '1 Road', 'x', 'W')")
    scan(shop, store)
    assert store.stale(scans=2) == [] and [t.scans for t in store.stale()] == [1]


def test_changed_only_rescans_what_moved(shop, store):
    first = scan(shop, store)
    assert all(t.changed_at for t in first.tables)  # the SQLite file's mtime
    second = scan(shop, store, changed_only=True)
    assert [t.carried_from for t in second.tables] == [1, 1]
    assert [c.to_dict() for c in second.columns] == [c.to_dict() for c in first.columns]
    third = scan(shop, store, changed_only=True, min_confidence=0.6)  # other settings: all re-read
    assert [t.carried_from for t in third.tables] == [None, None]
    run_sql(shop, "INSERT INTO products VALUES (99, 'Gadget')")
    fourth = scan(shop, store, changed_only=True, min_confidence=0.6)
    assert [t.carried_from for t in fourth.tables] == [None, None]  # SQLite: one mtime for every table
    with pytest.raises(ConfigError, match="store"):
        piiscan.scan(f"sqlite:///{shop}", changed_only=True)


def test_the_store_never_holds_raw_values_or_passwords(shop, tmp_path):
    path = tmp_path / "store.db"
    people = [(f"Quentin Zorblatt{i}", f"Quentin Zorblatt{i} wrote from Xylophone Street to {EMAILS[i]} about the order")
              for i in range(len(EMAILS))]
    run_sql(shop, "CREATE TABLE people (full_name, letter)")
    run_sql(shop, *[f"INSERT INTO people VALUES ('{a}', '{b}')" for a, b in people])
    piiscan.scan(f"sqlite:///{shop}", store=str(path), jobs=1)  # with NER: names and free text
    engine = server_engine(PG_URL)
    table = f"people_{RUN_ID}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE TABLE {table} (id int, email text)")
        conn.execute(sa.text(f"INSERT INTO {table} VALUES (:i, :e)"), [{"i": i, "e": e} for i, e in enumerate(EMAILS)])
    try:
        url = sa.make_url(PG_URL).set(password="s3cr3tPassw0rd").render_as_string(hide_password=False)
        piiscan.scan(url, store=str(path), ner=False, jobs=1, include=[table])
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE {table}")
        engine.dispose()
    Store(path).close()  # checkpoint the WAL into the file
    data = b"".join(p.read_bytes() for p in tmp_path.glob("store.db*"))
    assert b"s3cr3tPassw0rd" not in data
    for value in EMAILS + ["Xylophone", "Zorblatt", "Quentin"]:
        assert value.encode() not in data, value
    assert b"EMAIL" in data and b"PERSON_NAME" in data  # the findings are there, masked


def test_an_older_store_is_upgraded_and_a_newer_one_refused(tmp_path, shop):
    path = tmp_path / "store.db"
    scan(shop, str(path))
    engine = sa.create_engine(f"sqlite:///{path}")

    def step_2(conn):
        conn.exec_driver_sql("ALTER TABLE scans ADD COLUMN host VARCHAR(200)")

    future = store_schema.SCHEMA_VERSION + 1
    with engine.begin() as conn:
        assert store_schema.prepare(conn, steps={future: step_2}, target=future) == future
    with engine.connect() as conn:
        assert store_schema.stored_version(conn) == future
        assert conn.exec_driver_sql("SELECT count(*) FROM scans WHERE host IS NULL").scalar() == 1
    engine.dispose()
    with pytest.raises(ConfigError, match="newer than this piiscan"):
        Store(path)
    with pytest.raises(ConfigError, match="no folder"):
        Store(tmp_path / "missing" / "store.db")


def test_a_version_1_store_gains_the_audit_table_on_open(tmp_path, shop):
    path = tmp_path / "store.db"
    scan(shop, str(path))
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # make it the store an older piiscan wrote
        conn.exec_driver_sql("DROP TABLE audits")
        conn.exec_driver_sql("UPDATE schema_version SET version = 1")  # a fresh store has one row
    engine.dispose()
    with Store(path) as store:
        assert len(store.catalog().columns) > 0  # its scan is still there
        store.record_audit({"subject_ref": "ref-1", "at": "2026-12-01T00:00:00+00:00", "rows_confirmed": 2})
        assert [(a["subject_ref"], a["rows_confirmed"]) for a in store.audits()] == [("ref-1", 2)]
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:  # every step since ran (3 finds its column there already)
        assert store_schema.stored_version(conn) == store_schema.SCHEMA_VERSION
        assert conn.exec_driver_sql("SELECT version FROM schema_version ORDER BY version").scalars().all() == [
            1, 2, 3]
    engine.dispose()


def test_a_version_2_store_gains_stored_as_on_open(shop, tmp_path, any_store_url):
    """On every database: the column is added in the store's schema, and old rows learn from
    their evidence summaries which columns the source read as bytes."""
    url, name = any_store_url
    run_sql(shop, "CREATE TABLE avatars (id INTEGER, picture BLOB)")
    run_sql(shop, "INSERT INTO avatars VALUES (?, ?)", params=((1, b"\x89PNG\r\n\x1a\n" + bytes(range(60))),))
    with Store(url, schema=name) as store:
        scan(shop, store)
    engine = server_engine(url) if name else sa.create_engine(f"sqlite:///{url}")
    quote = engine.dialect.identifier_preparer.quote
    table = f"{quote(name)}.{quote('columns')}" if name else "columns"
    versions = f"{quote(name)}.schema_version" if name else "schema_version"
    with engine.begin() as conn:  # make it the store piiscan wrote before version 3
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN stored_as")
        conn.exec_driver_sql(f"UPDATE {versions} SET version = 2")
    engine.dispose()
    with Store(url, schema=name) as store:
        columns = {(c.table, c.column): c.stored_as for c in store.current().columns}
        assert columns[("avatars", "picture")] == "bytes"
        assert {v for k, v in columns.items() if k != ("avatars", "picture")} == {None}
        scan(shop, store)  # and it takes new scans
        assert store.current().column("avatars", "picture").stored_as == "bytes"


def _add_scans(url, schema, catalog_json, barrier, count):
    catalog = piiscan.Catalog.from_dict(json.loads(catalog_json))
    barrier.wait()
    with Store(url, schema=schema) as store:
        for _ in range(count):
            store.add_scan(catalog)


def test_two_processes_write_to_one_store_at_once(any_store_url, make_sqlite, tmp_path):
    url, schema = any_store_url
    names = ["alpha", "beta"]
    catalogs = []
    for name in names:
        rows = [(i,) + tuple(f"{name}{i}.{j}@example.org" for j in range(20)) for i in range(20)]
        db = make_sqlite({f"{name}_t{k}": ([f"c{j}" for j in range(21)], rows) for k in range(4)}, f"{name}.sqlite")
        catalogs.append(piiscan.scan(f"sqlite:///{db}", ner=False, jobs=1))
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_add_scans, args=(url, schema, json.dumps(c.to_dict()), barrier, 5))
               for c in catalogs]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with Store(url, schema=schema) as store:
        rows = store.scans()
        assert len(rows) == 10
        for row in rows:
            stored = store.catalog(row["id"])
            original = next(c for c in catalogs if c.sources[0].name == stored.sources[0].name)
            assert [c.to_dict() for c in stored.columns] == [c.to_dict() for c in original.columns]
            assert len(stored.tables) == 4


def _findings(catalog):
    return [(c.table, c.column, c.content, [f.to_dict() for f in c.findings]) for c in catalog.columns]


@pytest.mark.parametrize("threshold", [0.3, 0.95])
def test_redeciding_from_stored_evidence_equals_a_new_scan(threshold, tmp_path):
    from tests.conftest import corpus_db

    url = f"sqlite:///{corpus_db('chinook')}"
    whole = {"ner": False, "jobs": 1, "sample_size": 10_000}  # every row: both scans see the same values
    with Store(tmp_path / "store.db") as store:
        first = piiscan.scan(url, store=store, **whole)
        assert _findings(store.redecide()) == _findings(first)
        again = store.redecide(min_confidence=threshold)
        fresh = piiscan.scan(url, min_confidence=threshold, **whole)
        assert _findings(again) != _findings(first)
        assert _findings(again) == _findings(fresh)
        assert again.settings["not_redecided"] == 0 and again.settings["min_confidence"] == threshold
        assert all(t.carried_from == 1 for t in again.tables)


def test_redeciding_with_ner_evidence_and_recording_it(shop, store):
    run_sql(shop, "CREATE TABLE people (id, who, bio)",
            "INSERT INTO people VALUES (1, 'Owen Harris', 'Owen Harris lives in Paris and writes to owen@example.org')",
            "INSERT INTO people VALUES (2, 'Maria Lopez', 'Maria Lopez moved to Berlin, mail maria@example.org')",
            "INSERT INTO people VALUES (3, 'John Smith', 'John Smith from London, john.smith@example.org')",
            "INSERT INTO people VALUES (4, 'Anna Berg', 'Anna Berg from Oslo can be reached at anna@example.org')")
    piiscan.scan(f"sqlite:///{shop}", store=store, jobs=1, min_confidence=0.5)
    again = store.redecide(min_confidence=0.4, record=True)
    fresh = piiscan.scan(f"sqlite:///{shop}", jobs=1, min_confidence=0.4)
    assert _findings(again) == _findings(fresh)
    assert again.settings["store_scan"] == 2 and store.catalog(2).settings["min_confidence"] == 0.4


def test_redeciding_needs_the_same_rules(shop, store, tmp_path):
    rules = tmp_path / "extra.yaml"
    rules.write_text("recognizers:\n  - name: shoe\n    supported_entity: SHOE\n    category: OTHER_PII\n"
                     "    names: {en: [shoe]}\n")
    scan(shop, store, rules=[str(rules)])
    rules.write_text(rules.read_text().replace("shoe]", "shoe, boot]"))
    with pytest.raises(ConfigError, match="rules changed"):
        store.redecide(min_confidence=0.7)


def test_the_review_queue_and_the_store_agree(shop, store):
    scan(shop, store)
    current = store.current()
    asked = {(q.table, q.column) for q in current.review_queue()}
    flagged = {(c.table, c.column) for c in current.columns if c.review == "needs review"}
    assert asked == flagged and ("products", "title") in asked  # a near miss
    name = source_name(store)
    store.decide(f"{name}.products.title", "confirm", who="ana", note="addresses of our shops")
    title = store.current().column("products", "title")
    assert title.review == "confirmed" and [(f.category, f.origin) for f in title.findings] == [
        ("STREET_ADDRESS", "decision")]
    assert ("products", "title") not in {(q.table, q.column) for q in store.current().review_queue()}
    # a decision whose evidence changed: flagged by the store, asked by the queue
    store.decide(f"{name}.customers.email", "reject", who="ana")
    run_sql(shop, "UPDATE customers SET email = street")
    scan(shop, store)
    assert store.current().column("customers", "email").review == "needs review"
    assert ("customers", "email") in {(q.table, q.column) for q in store.current().review_queue()}
    assert "(reject by ana on " in store.review_reasons()[Target(name, "main", "customers", "email")]


def test_a_source_that_could_not_be_opened_is_not_reported_as_dropped(shop, tmp_path, store):
    other = tmp_path / "other.sqlite"
    run_sql(other, "CREATE TABLE staff (id, email)", "INSERT INTO staff VALUES (1, 'a.b@example.org')")
    spec = getattr(piiscan, "SourceSpec", None)  # a name that stays when the source can't be opened
    both = ((spec(f"sqlite:///{shop}", name="shop") if spec else f"sqlite:///{shop}"), f"sqlite:///{other}")
    piiscan.scan(*both, store=store, ner=False, jobs=1)
    shop.unlink()
    piiscan.scan(*both, store=store, ner=False, jobs=1)
    kinds = [c.kind for c in store.diff().changes]
    assert "source_error" in kinds
    assert not {"table_dropped", "pii_disappeared", "source_dropped"} & set(kinds)


def test_a_parallel_scan_records_into_an_open_store(shop, store):
    first = piiscan.scan(f"sqlite:///{shop}", store=store, ner=False, jobs=2)
    second = piiscan.scan(f"sqlite:///{shop}", store=store, ner=False, jobs=2)
    assert [first.settings["store_scan"], second.settings["store_scan"]] == [1, 2]
    assert len(store.catalog(2).columns) == len(first.columns)


def test_public_names_of_the_store():
    import piiscan.store

    assert sorted(piiscan.store.__all__) == ["DEFAULT_STORE", "Decision", "Diff", "HistoryEntry", "Note",
                                             "StaleTable", "Store", "Target"]
    for name in piiscan.store.__all__:
        assert getattr(piiscan.store, name) is not None


def test_an_unreachable_store_is_one_clear_error_without_its_password():
    with pytest.raises(ConfigError) as caught:
        Store("postgresql+psycopg://reader:Sup3rS3cret@127.0.0.1:9/nowhere")
    assert "cannot open store" in str(caught.value) and "Sup3rS3cret" not in str(caught.value)


def test_a_postgresql_store_holds_no_raw_values_either(shop):
    for url, name in _store_url("postgresql", None):
        with Store(url, schema=name) as store:
            scan(shop, store)
            store.note(f"{source_name(store)}.customers", "owner: sales-ops", who="ana")
        engine = sa.create_engine(url)
        metadata = sa.MetaData()
        with engine.connect() as conn:
            metadata.reflect(conn, schema=name)
            text = "\n".join(repr(tuple(row)) for table in metadata.sorted_tables
                             for row in conn.execute(sa.select(table)))
        engine.dispose()
        assert "EMAIL" in text and "sales-ops" in text
        for value in EMAILS + ["Xylophone"]:
            assert value not in text, value


def test_a_column_just_below_the_threshold_needs_review(shop, store):
    scan(shop, store)  # products.title: STREET_ADDRESS at 0.45, below 0.5
    title = store.current().column("products", "title")
    assert not title.findings and title.review == "needs review"
    assert title.candidates[0].category == "STREET_ADDRESS"  # the near miss, kept in the store
    why = store.review_reasons()[Target(source_name(store), "main", "products", "title")]
    assert "not sure enough to report it" in why and "street addresses" in why
    store.decide(f"{source_name(store)}.products.title", "reject", who="ana", note="product names")
    assert store.current().column("products", "title").review == "rejected"
    assert store.current().column("products", "id").review is None


def test_a_summary_missing_some_evidence_is_not_used_to_decide_again(shop):
    from dataclasses import replace

    from piiscan.store.redecide import redecide

    catalog = piiscan.scan(f"sqlite:///{shop}", ner=False, jobs=1)
    email = catalog.column("customers", "email")
    broken = replace(email, evidence_summary={**email.evidence_summary, "incomplete": ["subject"]})
    catalog = replace(catalog, columns=tuple(broken if c is email else c for c in catalog.columns))
    again = redecide(catalog, 0.99)
    customers = [c for c in again.columns if c.table == "customers"]
    assert again.settings["not_redecided"] == len(customers)
    assert [c.findings for c in customers] == [c.findings for c in catalog.columns if c.table == "customers"]
    assert not again.column("products", "title").findings
