"""piiscan.find on a real SQLite shop and a folder of files: subject input, normalisation,
every status, links, not-searched reasons, export, erasure plan, and no leaks."""

from __future__ import annotations

import datetime
import io
import json
import logging
import os
import sqlite3
from dataclasses import replace

import pytest
import sqlalchemy as sa

import piiscan
from piiscan.errors import ConfigError
from piiscan.find import normalise
from piiscan.find.erasure import load_policy, plan_erasure
from piiscan.find.subject import load_subject, make_subject
from tests import find_world

KEY = b"test-key-of-32-bytes-for-hmac!!!"


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """The shop as SQLite plus files, its catalog (a real scan, no NER) and the search result."""
    folder = tmp_path_factory.mktemp("shop")
    path, urls, catalog = find_world.shop(folder)
    subject = make_subject(find_world.SUBJECT)
    result = piiscan.find_subject(subject, catalog, urls, key=KEY)
    return {"path": path, "urls": urls, "catalog": catalog, "subject": subject, "result": result, "folder": folder}


def keys(match, status):
    return sorted(r.key for r in match.rows if r.status == status)


# -- subject and normalisation ----------------------------------------------------------------

def test_normalisers_follow_the_issue():
    assert normalise.email("  John.Smith@Ｅxample.COM ") == "john.smith@example.com"  # NFKC folds the full-width E
    assert normalise.phone("020 7946 0958", "GB") == normalise.phone("+44 (0)20-7946-0958") == "+442079460958"
    assert normalise.phone("0044 20 7946 0958") == "+442079460958"
    assert normalise.national_id("123.45.6782", "nl.bsn") == "123456782"
    assert normalise.national_id("123456789", "nl.bsn") is None  # checksum fails: never matches
    assert normalise.name("Smith, José") == normalise.name("jose SMITH") == "jose smith"
    assert normalise.date("1980-02-03T10:00:00") == normalise.date(datetime.date(1980, 2, 3)) == "1980-02-03"
    assert normalise.date_readings("02/03/1980") == {"1980-03-02", "1980-02-03"}


def test_subject_is_masked_when_printed():
    subject = make_subject({**find_world.SUBJECT, "national_ids": [{"kind": "nl.bsn", "value": "123456782"}]})
    for text in (repr(subject), str(subject), f"{subject}", repr([subject])):
        assert "smith" not in text.lower() and "7946" not in text and "123456782" not in text
        assert "1 emails" in text
    assert subject.emails == ("john.smith@example.com",)
    assert subject.phones == ("+442079460958",)


def test_subject_from_json_stream_and_yaml_file(tmp_path):
    from_stdin = load_subject(io.StringIO(json.dumps(find_world.SUBJECT)))
    path = tmp_path / "subject.yaml"
    path.write_text("emails: [John.Smith@Example.com]\nphones: ['+44 20 7946 0958']\nnames: [John Smith]\n"
                    "dates_of_birth: [1980-02-03]\nregion: GB\n")
    assert load_subject(path) == from_stdin
    assert from_stdin.ref(KEY) == load_subject(path).ref(KEY) != from_stdin.ref(b"another-key-of-32-bytes-long!!!!")


@pytest.mark.parametrize("data, words", [
    ({"emails": ["not-an-address-secret"]}, "emails #1 is not a valid email"),
    ({"phones": ["12"]}, "phones #1"),
    ({"national_ids": [{"kind": "nl.bsn", "value": "111222333-secret"}]}, "fails the nl.bsn checksum"),
    ({"national_ids": [{"kind": "xx.nothing", "value": "1"}]}, "unknown kind"),
    ({"dates_of_birth": ["1980-02-03"]}, "no identifier to look for"),
    ({"email": ["a@b.c"]}, "unknown key(s) email"),
])
def test_bad_subject_is_a_config_error_without_the_value(data, words):
    with pytest.raises(ConfigError) as error:
        make_subject(data)
    assert words in str(error.value)
    assert "secret" not in str(error.value)


def test_subject_ref_needs_a_key(shop, monkeypatch):
    monkeypatch.delenv("PIISCAN_FIND_KEY", raising=False)
    monkeypatch.delenv("PIISCAN_FIND_KEY_FILE", raising=False)
    with pytest.raises(ConfigError, match="no key for subject_ref"):
        piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"])


# -- outcomes ---------------------------------------------------------------------------------------

def test_the_person_is_confirmed_and_the_namesake_is_a_candidate(shop):
    customers = shop["result"].table("customers")
    assert customers.status == "confirmed"
    assert customers.row_key == ("id",)
    assert keys(customers, "confirmed") == [(1,)]
    assert keys(customers, "candidate") == [(2,)]  # the other John Smith: a name alone never confirms
    row = customers.confirmed()[0]
    assert {e.kind for e in row.evidence} >= {"email", "phone", "name", "date"}
    assert {e.method for e in row.evidence if e.kind == "phone"} == {"normalised"}
    assert row.path == ()


def test_orders_are_reached_over_the_foreign_key(shop):
    orders = shop["result"].table("orders")
    assert orders.status == "confirmed"
    assert keys(orders, "confirmed") == [(100,), (101,), (102,)]  # not 103: the namesake's order
    assert all(r.path == ("customers.id -> orders.customer_id",) for r in orders.rows)
    link = next(link for link in shop["result"].links if link.table == "orders")
    assert link.ondelete == "CASCADE"


def test_ticket_in_other_casing_confirms_and_a_name_only_ticket_is_a_candidate(shop):
    tickets = shop["result"].table("tickets")
    assert keys(tickets, "confirmed") == [(1,)]
    assert keys(tickets, "candidate") == [(2,)]
    assert next(e for e in tickets.confirmed()[0].evidence if e.kind == "email").method == "normalised"


def test_warehouse_copy_without_a_key_is_confirmed_without_row_keys(shop):
    dw = shop["result"].table("dw_customers")
    assert dw.status == "confirmed"
    assert dw.row_key == ()
    assert all(r.key == () for r in dw.rows)
    assert {e.kind for r in dw.confirmed() for e in r.evidence} == {"email", "phone"}


def test_a_common_surname_is_ambiguous_with_a_count_and_no_rows(shop):
    news = shop["result"].table("newsletter")
    assert news.status == "ambiguous"
    assert news.rows == ()
    column = next(c for c in news.columns if c.column == "last_name")
    assert column.status == "ambiguous" and column.count == 60
    assert next(c for c in news.columns if c.column == "email").status == "not found"


def test_summary_table_is_listed_as_not_searched_with_why(shop):
    reasons = {n.table: n.reason for n in shop["result"].not_searched}
    assert reasons["sales_summary"].startswith("not classified")


def test_files_rows_are_numbered_and_not_stable(shop):
    export = shop["result"].table("export.csv")
    assert export.status == "confirmed"
    assert keys(export, "confirmed") == [(1,)]
    assert export.row_key_stable is False
    assert set(export.file_version) == {"mtime", "size"}
    assert shop["result"].table("contacts.jsonl").status == "candidate"


def test_one_query_per_column_and_counts_in_the_summary(shop):
    result = shop["result"]
    customers = result.table("customers")
    assert customers.queries == len(customers.columns) == 4  # one query per searched column
    summary = result.to_dict()["summary"]
    assert summary["rows_confirmed"] >= 7 and summary["queries"] == sum(t.queries for t in result.tables)


def test_a_table_gone_since_the_scan_is_an_error(shop, tmp_path):
    copy = tmp_path / "gone.sqlite"
    copy.write_bytes(shop["path"].read_bytes())
    url = f"sqlite:///{copy}"
    catalog = piiscan.scan(url, ner=False, include=["tickets", "customers"])
    con = sqlite3.connect(copy)
    con.execute("DROP TABLE tickets")
    con.commit()
    con.close()
    result = piiscan.find_subject(shop["subject"], catalog, [url], key=KEY)
    tickets = result.table("tickets")
    assert tickets.status == "error" and "no such table" in tickets.reason
    assert any(n.table == "tickets" and n.reason.startswith("error: ") for n in result.not_searched)
    assert result.table("customers").status == "confirmed"


def test_a_source_not_reopened_is_not_searched(shop):
    result = piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"][1:], key=KEY)
    reasons = {n.table: n.reason for n in result.not_searched}
    assert reasons["customers"].startswith("source not reopened")
    assert result.table("export.csv").status == "confirmed"


def test_free_text_only_with_the_flag(tmp_path):
    path = tmp_path / "notes.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, note TEXT)")
    text = "Customer asked about the invoice and the delivery window; {} called again about it later."
    con.executemany("INSERT INTO notes VALUES (?, ?)",
                    [(1, text.format("John.Smith@example.com")), (2, text.format("Mr Smith, John"))]
                    + [(i, text.format(f"user{i}")) for i in range(3, 40)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    scanned = piiscan.scan(url, ner=False)
    # free text is marked by NER in a scan; the catalog model says so directly here
    note = replace(scanned.column("notes", "note"), content="free_text",
                   findings=(piiscan.Finding("EMAIL_ADDRESS", "EMAIL", 0.9, 0.3, (), ()),))
    catalog = replace(scanned, columns=tuple(note if c.column == "note" else c for c in scanned.columns))
    subject = make_subject(find_world.SUBJECT)
    without = piiscan.find_subject(subject, catalog, [url], key=KEY)
    assert any(n.column == "note" for n in without.not_searched)
    found = piiscan.find_subject(subject, catalog, [url], key=KEY, free_text=True)
    assert keys(found.table("notes"), "confirmed") == [(1,)]
    assert keys(found.table("notes"), "candidate") == [(2,)]  # the name in the text: a candidate only


def test_declared_link_reaches_an_undeclared_child(shop, tmp_path):
    path = tmp_path / "crm.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
    con.execute("CREATE TABLE invoices (no INTEGER PRIMARY KEY, cust INTEGER, total REAL)")
    con.executemany("INSERT INTO customers VALUES (?, ?)", [(1, "john.smith@example.com"), (2, "x@example.org")]
                    + [(i, f"p{i}@example.org") for i in range(3, 30)])
    con.executemany("INSERT INTO invoices VALUES (?, ?, ?)", [(10, 1, 5.0), (11, 2, 6.0), (12, 1, 7.0)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    catalog = piiscan.scan(url, ner=False)
    name = catalog.sources[0].name
    links = tmp_path / "links.yaml"
    links.write_text(json.dumps({"links": [{"from": {"source": name, "schema": "main", "table": "customers", "column": "id"},
                                            "to": {"source": name, "schema": "main", "table": "invoices", "column": "cust"}}]}))
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), catalog, [url], key=KEY, links=str(links))
    assert keys(result.table("invoices"), "confirmed") == [(10,), (12,)]
    assert result.links[0].declared
    assert result.table("invoices").rows[0].path == ("customers.id -> invoices.cust",)


def test_links_file_shorthand_and_errors(tmp_path):
    from piiscan.find.links import load_links

    path = tmp_path / "links.yaml"
    path.write_text("links:\n  - from: crm.public.customers.id\n    to: dw.customer_copy.customer_id\n")
    assert load_links(path) == [{"from": {"source": "crm", "schema": "public", "table": "customers", "column": "id"},
                                 "to": {"source": "dw", "schema": None, "table": "customer_copy", "column": "customer_id"}}]
    path.write_text("links:\n  - from: customers.id\n    to: dw.copy.id\n")
    with pytest.raises(ConfigError, match="is not source.table.column"):
        load_links(path)


# -- outputs ----------------------------------------------------------------------------------------

def test_results_json_is_versioned_private_and_free_of_identifiers(shop, tmp_path):
    old = tmp_path / "found.json"
    old.write_text("an older, readable file")
    old.chmod(0o644)
    out = shop["result"].write(old)  # atomic, and private even over a file that was not
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    data = json.loads(out.read_text())
    assert data["version"] == 1 and data["kind"] == "piiscan-find" and data["personal_data"] is True
    assert data["subject_ref"].startswith("hmac-sha256:") and len(data["subject_ref"]) == 12 + 64
    assert data["identifiers"] == {"emails": 1, "phones": 1, "names": 1, "dates_of_birth": 1}
    audit = shop["result"].audit()
    assert audit["subject_ref"] == data["subject_ref"] and audit["rows_confirmed"] == data["summary"]["rows_confirmed"]
    assert "key" not in json.dumps(audit)
    text = out.read_text().lower() + shop["result"].text().lower() + json.dumps(audit).lower()
    for secret in find_world.SECRETS:
        assert secret not in text
    assert "john smith" not in text


def test_row_key_equal_to_an_identifier_is_masked(tmp_path):
    path = tmp_path / "keyed.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE subscribers (email TEXT PRIMARY KEY, since TEXT)")
    con.executemany("INSERT INTO subscribers VALUES (?, ?)",
                    [("john.smith@example.com", "2020")] + [(f"p{i}@example.org", "2021") for i in range(30)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), piiscan.scan(url, ner=False), [url], key=KEY)
    row = result.table("subscribers").confirmed()[0]
    assert row.key == ("john.smith@example.com",)  # kept for export and erasure
    assert row.shown[0].startswith("ref:")
    assert "john.smith" not in json.dumps(result.to_dict()) + repr(row)


def test_export_writes_full_confirmed_rows_privately(shop, tmp_path):
    folder = tmp_path / "export"
    piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY, export=str(folder))
    assert oct(os.stat(folder).st_mode & 0o777) == "0o700"
    manifest = json.loads((folder / "manifest.json").read_text())
    files = {t["table"]: t for t in manifest["tables"]}
    customers = json.loads((folder / files["customers"]["file"]).read_text())
    assert [r["id"] for r in customers] == [1] and customers[0]["email"] == "john.smith@example.com"
    assert [r["id"] for r in json.loads((folder / files["orders"]["file"]).read_text())] == [100, 101, 102]
    assert files["dw_customers"]["file"] is None and "no row key" in files["dw_customers"]["reason"]
    for item in folder.iterdir():
        assert oct(os.stat(item).st_mode & 0o777) == "0o600"


def test_erasure_plan_orders_children_first_and_lists_cascade_as_covered(shop, tmp_path):
    plan = plan_erasure(shop["result"])
    steps = {s.table.removeprefix("main."): s for s in plan.steps}
    assert steps["orders"].action == "covered" and "ON DELETE CASCADE" in steps["orders"].note
    assert steps["orders"].number < steps["customers"].number
    assert steps["customers"].action == "delete" and steps["customers"].rows == 1
    assert steps["customers"].sql.startswith('DELETE FROM main.customers WHERE main.customers.id IN (:s')
    assert steps["customers"].check.startswith("SELECT count(*)")
    assert steps["dw_customers"].action == "refresh" and steps["export.csv"].action == "refresh"
    written = plan.write(tmp_path / "plan")
    params = json.loads(written["params"].read_text())
    assert params[f"step{steps['customers'].number}"] == {f"s{steps['customers'].number}_k0": 1}
    assert oct(os.stat(written["params"]).st_mode & 0o777) == "0o600"
    sql = written["sql"].read_text()
    assert "NOT EXECUTED" in sql and "expected rows" in sql
    # the statements run as written against a copy, with the parameters file
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(shop["path"].read_bytes())
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        step = steps["customers"]
        assert conn.execute(sa.text(step.check), step.params).scalar() == 1
        conn.execute(sa.text(step.sql), step.params)
        assert conn.execute(sa.text("SELECT count(*) FROM orders WHERE customer_id = 1")).scalar() == 0
    engine.dispose()


def test_policy_retain_and_anonymise(shop, tmp_path):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("default: delete\ntables:\n  orders: {action: retain, reason: bookkeeping law, until: 2031-12-31}\n"
                           "  tickets: {action: anonymise, columns: [contact_email, contact_name]}\nrefresh: [sales_summary]\n")
    plan = plan_erasure(shop["result"], load_policy(policy_file))
    steps = {(s.table.removeprefix("main."), s.action): s for s in plan.steps}
    assert "bookkeeping law until 2031-12-31" in steps[("orders", "retain")].note
    nullify = steps[("orders", "nullify")]  # a kept order would block its customer's delete
    assert nullify.number < steps[("customers", "delete")].number and "customer_id" in nullify.sql
    assert steps[("tickets", "anonymise")].sql.startswith(
        "UPDATE main.tickets SET contact_email=NULL, contact_name=NULL WHERE main.tickets.ticket_id IN (:s")
    assert ("sales_summary", "refresh") in steps
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(shop["path"].read_bytes())
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:  # the whole plan runs as written, foreign keys enforced
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        for step in (s for s in plan.steps if s.sql):
            assert conn.execute(sa.text(step.check), step.params).scalar() == step.rows
            conn.execute(sa.text(step.sql), step.params)
        assert conn.execute(sa.text("SELECT count(*) FROM customers WHERE id = 1")).scalar() == 0
        kept = conn.execute(sa.text("SELECT id, customer_id FROM orders WHERE id IN (100, 101, 102)")).all()
        assert sorted(kept) == [(100, None), (101, None), (102, None)]
        assert conn.execute(sa.text("SELECT contact_email FROM tickets WHERE ticket_id = 1")).scalar() is None
    engine.dispose()
    bad = tmp_path / "bad.yaml"
    bad.write_text("tables:\n  orders: {action: shred}\n")
    with pytest.raises(ConfigError, match="action must be one of"):
        load_policy(bad)


def test_nothing_is_logged_and_sources_are_unchanged(shop, caplog):
    before = shop["path"].read_bytes()
    shown = []
    with caplog.at_level(logging.DEBUG):
        result = piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY,
                                      progress=lambda done, total, label: shown.append(f"{done}/{total} {label}"))
    assert len(shown) == len(result.tables) - 1  # every table searched directly (orders came by link)
    logged = caplog.text.lower() + repr(result).lower() + " ".join(shown).lower()
    for secret in find_world.SECRETS:
        assert secret not in logged
    assert shop["path"].read_bytes() == before


def test_national_id_customer_key_and_split_name_columns(tmp_path):
    from stdnum.nl import bsn

    valid = [n for n in (f"{i:09d}" for i in range(100000000, 100003000)) if bsn.is_valid(n)][:30]
    path = tmp_path / "citizens.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE citizens (id INTEGER PRIMARY KEY, bsn TEXT, first_name TEXT, last_name TEXT,"
                " birth_date TEXT, account_no TEXT)")
    con.executemany("INSERT INTO citizens VALUES (?, ?, ?, ?, ?, ?)",
                    [(1, f"{valid[0][:4]}.{valid[0][4:6]}.{valid[0][6:]}", "Anna", "de Vries", "03/02/1980", "A-1")]
                    + [(i, valid[i], "Anna" if i == 2 else FIRST, "de Vries" if i == 2 else f"Last{i}",
                        "1980-02-03" if i == 2 else "1990-01-01", f"A-{i}")
                       for i, FIRST in zip(range(2, 30), find_world.FIRST * 3)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    catalog = piiscan.scan(url, ner=False)
    if "GOV_ID" not in catalog.column("citizens", "bsn").categories:
        pytest.skip("the scan did not classify bsn as GOV_ID")
    by_id = make_subject({"national_ids": [{"kind": "nl.bsn", "value": valid[0]}]})
    result = piiscan.find_subject(by_id, catalog, [url], key=KEY)
    citizens = result.table("citizens")
    assert keys(citizens, "confirmed") == [(1,)]  # stored with dots, found by its compact form
    assert next(e for e in citizens.confirmed()[0].evidence).method == "normalised"
    by_key = make_subject({"customer_keys": [{"column": "account_no", "table": "citizens", "value": "A-7"}]})
    assert keys(piiscan.find_subject(by_key, catalog, [url], key=KEY).table("citizens"), "confirmed") == [(7,)]
    by_name = make_subject({"names": ["Anna de Vries"], "dates_of_birth": ["1980-02-03"]})
    named = piiscan.find_subject(by_name, catalog, [url], key=KEY).table("citizens")
    # first_name + last_name columns make the full name; the birth date (text, either order) confirms
    assert keys(named, "confirmed") == [(1,), (2,)]


def test_fanout_limit_lists_the_first_rows_and_counts_the_rest(shop):
    result = piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY, fanout=2)
    orders = result.table("orders")
    assert len(orders.rows) == 2 and orders.truncated == 3
    assert piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY, depth=0) \
        .not_searched[0].table == "orders"  # no links followed: orders is not classified


def test_a_foreign_key_cycle_is_broken_by_a_nullify_step(tmp_path):
    path = tmp_path / "cycle.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, primary_contact INTEGER REFERENCES contacts(id))")
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT, account_id INTEGER REFERENCES accounts(id))")
    con.executemany("INSERT INTO accounts VALUES (?, ?, ?)",
                    [(1, "john.smith@example.com", 7)] + [(i, f"a{i}@example.org", None) for i in range(2, 30)])
    con.executemany("INSERT INTO contacts VALUES (?, ?, ?)",
                    [(7, "john.smith@example.com", 1)] + [(i, f"c{i}@example.org", 2) for i in range(8, 36)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), piiscan.scan(url, ner=False), [url], key=KEY)
    plan = plan_erasure(result)
    actions = [(s.table.removeprefix("main."), s.action) for s in plan.steps]
    assert actions[0][1] == "nullify" and "primary_contact" in plan.steps[0].sql
    assert actions.index(("contacts", "delete")) < actions.index(("accounts", "delete"))
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:  # the plan runs with foreign keys enforced
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        for step in plan.steps:
            assert conn.execute(sa.text(step.check), step.params).scalar() == step.rows
            conn.execute(sa.text(step.sql), step.params)
        assert conn.execute(sa.text("SELECT count(*) FROM accounts WHERE id = 1")).scalar() == 0
    engine.dispose()


def test_open_sources_can_be_handed_in_and_stay_open(shop):
    from piiscan.sources import open_source

    names = [s.name for s in shop["catalog"].sources]
    opened = {name: open_source(url) for name, url in zip(names, shop["urls"])}
    result = piiscan.find_subject(shop["subject"], shop["catalog"], opened, key=KEY)
    assert result.table("customers").status == "confirmed"
    assert list(opened[names[0]].tables())  # still usable
    for source in opened.values():
        source.close()


def test_rows_linked_without_cascade_are_kept_and_detached_not_deleted(tmp_path):
    path = tmp_path / "staff.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE employees (id INTEGER PRIMARY KEY, email TEXT)")
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, employee_id INTEGER REFERENCES employees(id), total REAL)")
    con.execute("CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), sku TEXT)")
    con.executemany("INSERT INTO employees VALUES (?, ?)",
                    [(1, "john.smith@example.com")] + [(i, f"e{i}@example.org") for i in range(2, 30)])
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", [(10, 1, 5.0), (11, 1, 6.0), (12, 2, 7.0)])
    con.executemany("INSERT INTO order_lines VALUES (?, ?, ?)", [(100, 10, "a"), (101, 11, "b"), (102, 12, "c")])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), piiscan.scan(url, ner=False), [url], key=KEY)
    assert keys(result.table("order_lines"), "confirmed") == [(100,), (101,)]  # two hops
    steps = {(s.table.removeprefix("main."), s.action): s for s in plan_erasure(result).steps}
    assert set(steps) == {("orders", "nullify"), ("employees", "delete"), ("orders", "keep"), ("order_lines", "keep")}
    assert steps[("orders", "nullify")].number < steps[("employees", "delete")].number
    deleting = plan_erasure(result, {**load_policy(None), "linked": "delete"}).steps
    assert [(s.table.removeprefix("main."), s.action) for s in deleting] == [
        ("order_lines", "delete"), ("orders", "delete"), ("employees", "delete")]
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        for step in (s for s in plan_erasure(result).steps if s.sql):
            assert conn.execute(sa.text(step.check), step.params).scalar() == step.rows
            conn.execute(sa.text(step.sql), step.params)
        assert conn.execute(sa.text("SELECT id, employee_id FROM orders ORDER BY id")).all() == [(10, None), (11, None), (12, 2)]
    engine.dispose()


def test_threshold_and_categories_decide_where_to_look(shop):
    strict = piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY, min_confidence=0.95)
    customers = strict.table("customers")
    confidence = {c.column: c.top.confidence for c in shop["catalog"].columns
                  if c.table == "customers" and c.top is not None}
    expected = {column for column, value in confidence.items() if value >= 0.95}
    assert {"email", "phone"} <= expected < set(confidence)  # the threshold leaves some columns out
    assert {c.column for c in customers.columns} == expected
    emails_only = piiscan.find_subject(shop["subject"], shop["catalog"], shop["urls"], key=KEY, categories=["EMAIL"])
    assert {c.kind for t in emails_only.tables for c in t.columns} <= {"email", "link"}
    reasons = {n.table: n.reason for n in emails_only.not_searched}
    assert "not classified" in reasons["sales_summary"]
    nobody = piiscan.find_subject(make_subject({"emails": ["nobody@example.com"]}), shop["catalog"], shop["urls"], key=KEY)
    assert {t.status for t in nobody.tables} == {"not found"}  # searched, nothing there: said so per table
    phone_only = piiscan.find_subject(make_subject({"phones": ["+44 20 7946 0958"]}), shop["catalog"], shop["urls"], key=KEY)
    reasons = {n.table: n.reason for n in phone_only.not_searched}
    assert "no email in the request" in reasons["tickets"] and "no name in the request" in reasons["tickets"]


def test_json_documents_are_searched_by_their_text(tmp_path):
    path = tmp_path / "events.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)")
    con.executemany("INSERT INTO events VALUES (?, ?)",
                    [(1, json.dumps({"customer": {"email": "John.Smith@EXAMPLE.com"}, "kind": "signup"}))]
                    + [(i, json.dumps({"customer": {"email": f"u{i}@example.org"}, "kind": "signup"})) for i in range(2, 40)])
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    catalog = piiscan.scan(url, ner=False)
    assert catalog.column("events", "payload").content == "json"
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), catalog, [url], key=KEY)
    assert keys(result.table("events"), "confirmed") == [(1,)]


def test_named_source_specs_as_given_to_scan(shop, tmp_path):
    from piiscan import SourceSpec

    specs = [SourceSpec(shop["urls"][0], name="shop"), SourceSpec(shop["urls"][1], name="exports")]
    catalog = piiscan.scan(*specs, ner=False)
    result = piiscan.find_subject(shop["subject"], catalog, specs, key=KEY)
    assert result.table("customers", source="shop").status == "confirmed"
    assert result.table("export.csv", source="exports").status == "confirmed"


def test_an_email_stored_as_bytes_is_listed_as_not_searched(tmp_path):
    db = tmp_path / "bytes.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE accounts (id INTEGER, contact BLOB)")
    con.executemany("INSERT INTO accounts VALUES (?, ?)",
                    [(i, f"user{i}@example.com".encode()) for i in range(40)] + [(99, b"john.smith@example.com")])
    con.commit()
    con.close()
    catalog = piiscan.scan(f"sqlite:///{db}", ner=False)
    assert catalog.column("accounts", "contact").top.category == "EMAIL"
    result = piiscan.find_subject(make_subject(find_world.SUBJECT), catalog, [f"sqlite:///{db}"], key=KEY)
    assert not result.tables
    assert [(n.table, n.column, n.reason) for n in result.not_searched] == [
        ("accounts", None, "contact: stored as bytes"),
        ("accounts", "contact", "values stored as bytes are not searched")]
