"""`piiscan check --store` and `piiscan report --store`: the store's current state, with
review decisions applied, notes shown and the latest diff in the report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import piiscan
from piiscan.cli import main

store_module = pytest.importorskip("piiscan.store", reason="the catalog store is not in this build")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store with two scans of the demo shop (the second adds the contacts export), a
    rejected card-number column and a note."""
    path = tmp_path_factory.mktemp("store") / "piiscan.db"
    shop = f"sqlite:///{EXAMPLES / 'demo.sqlite'}"
    with store_module.Store(path) as opened:
        opened.add_scan(piiscan.scan(shop, ner=False, jobs=1))
        second = piiscan.scan(shop, str(EXAMPLES / "contacts.csv"), ner=False, jobs=1)
        opened.add_scan(second)
        card = second.column("payments", "card_number")
        email = second.column("customers", "email")
        opened.decide(f"{card.source}.{card.schema}.payments.card_number", "reject", "tester",
                      "sandbox test numbers")
        opened.note(f"{email.source}.{email.schema}.customers.email", "kept for receipts", "tester")
    return path


def test_check_on_the_store_applies_the_rejection(store):
    policy = str(EXAMPLES / "policy.yaml")
    on_file = CliRunner().invoke(main, ["check", "--store", str(store), "-p", policy, "--format", "json"])
    assert on_file.exit_code == 0, on_file.output  # the only error, the card numbers, was rejected
    assert '"category": "PAYMENT_CARD"' not in on_file.output
    missing = CliRunner().invoke(main, ["check", "--store", str(store.parent / "nope.db"), "-p", policy])
    assert missing.exit_code == 2 and "nope.db" in missing.output


def test_report_on_the_store_shows_reviews_notes_and_the_diff(store, tmp_path):
    out = tmp_path / "store.html"
    result = CliRunner().invoke(main, ["report", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "kept for receipts" in html and '"review":"rejected"' in html
    assert re.search(r'id="n-changes">\d+<', html) and "pii appeared" in html
    assert "contacts.csv" in html
