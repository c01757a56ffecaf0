"""The store's CLI commands end to end (subprocess on a real SQLite database and store file):
scan --store / --changed-only, diff (text, json, --fail-on-new), history, decide, note, stale."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest


def run(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "piiscan.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env)


@pytest.fixture
def shop(make_sqlite):
    rows = [(i, f"zorblat{i}@example.org", f"W{i}") for i in range(40)]
    return make_sqlite({"customers": (["id", "email", "code"], rows),
                        "products": (["id", "title"], [(i, f"Widget {i}") for i in range(20)])})


def scan(shop, store, *extra):
    result = run("scan", f"sqlite:///{shop}", "--store", str(store), "--no-ner", "-j", "1",
                 "-o", str(store.parent / "catalog.json"), *extra)
    assert result.returncode == 0, result.stderr
    return result


def test_store_commands_end_to_end(shop, tmp_path):
    store = tmp_path / "piiscan.db"
    first = scan(shop, store)
    assert "Recorded as scan 1 in the store" in first.stdout
    again = scan(shop, store, "--changed-only")
    assert "2 unchanged tables kept" in again.stdout
    con = sqlite3.connect(shop)
    con.execute("ALTER TABLE products ADD COLUMN contact")
    con.execute("UPDATE products SET contact = 'p' || id || '.q@example.org'")
    con.commit()
    con.close()
    scan(shop, store)

    diff = run("diff", "--store", str(store), "--fail-on-new")
    assert diff.returncode == 1 and "+ pii_appeared" in diff.stdout and "products.contact" in diff.stdout
    data = json.loads(run("diff", "1", "2", "--store", str(store), "--format", "json").stdout)
    assert data["changes"] == [] and data["before"]["scans"] == 1
    assert run("diff", "2", "--store", str(store), "--fail-on-new").returncode == 1

    name = json.loads((tmp_path / "catalog.json").read_text())["sources"][0]["name"]
    decided = run("decide", f"{name}.products.contact", "reject", "--who", "ana", "--note", "test rows",
                  "--store", str(store))
    assert decided.returncode == 0 and "decision 1: reject" in decided.stdout
    assert run("diff", "--store", str(store), "--fail-on-new").returncode == 0
    noted = run("note", f"{name}.products", "rebuilt nightly", "--who", "bo", "--store", str(store))
    assert noted.returncode == 0, noted.stderr

    history = run("history", f"{name}.products.contact", "--store", str(store))
    assert history.returncode == 0
    assert "pii appeared" in history.stdout and "reject" in history.stdout and "rebuilt nightly" in history.stdout
    entries = json.loads(run("history", "--store", str(store), "--format", "json").stdout)
    assert [e["scan_id"] for e in entries] == [1, 2, 3]

    redecided = run("redecide", "--min-confidence", "0.99", "--record", "--store", str(store))
    assert redecided.returncode == 0 and "PII columns at 0.99" in redecided.stdout
    assert "Recorded as scan 4" in redecided.stdout
    stale = run("stale", "--scans", "1", "--store", str(store))
    assert stale.returncode == 0 and "customers" in stale.stdout
    listed = json.loads(run("stale", "--days", "0", "--store", str(store), "--format", "json").stdout)
    assert [t["table"] for t in listed] == ["customers"]  # products' only PII was rejected
    assert "zorblat" not in (history.stdout + diff.stdout + stale.stdout)


@pytest.mark.parametrize("args, words", [
    (["history", "--store", "{tmp}/none.db"], "no catalog store at"),
    (["decide", "nowhere.t.c", "reject", "--store", "{store}"], "no source, table or column"),
    (["decide", "{name}.customers.email", "relabel", "--store", "{store}"], "needs a category"),
    (["note", "{name}.customers", " ", "--store", "{store}"], "needs some text"),
    (["scan", "{shop}", "--changed-only"], "--changed-only needs --store"),
])
def test_bad_input_is_one_line_and_exit_2(shop, tmp_path, args, words):
    store = tmp_path / "piiscan.db"
    scan(shop, store)
    name = json.loads((tmp_path / "catalog.json").read_text())["sources"][0]["name"]
    values = {"tmp": tmp_path, "store": store, "name": name, "shop": f"sqlite:///{shop}"}
    result = run(*[a.format(**values) for a in args])
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_table_name_cannot_forge_a_line_of_store_output(make_sqlite, tmp_path):
    db = make_sqlite({"evil\nFAKE LINE": (["id", "email"], [(i, f"p{i}@example.org") for i in range(20)])})
    store = tmp_path / "piiscan.db"
    assert run("scan", f"sqlite:///{db}", "--store", str(store), "--no-ner", "-q", "-o",
               str(tmp_path / "c.json")).returncode == 0
    for args in (["diff"], ["history"], ["stale"]):
        out = run(*args, "--store", str(store)).stdout
        assert not any(line.startswith("FAKE LINE") for line in out.splitlines()), out
    assert "evil\\x0aFAKE LINE" in run("diff", "--store", str(store)).stdout
