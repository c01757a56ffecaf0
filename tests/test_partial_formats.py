"""Partial and packed formats: lists in a cell, composite fields, one-line addresses, text
geometries (through scan_table on real in-memory tables)."""

import json
import random

import pyarrow as pa

from piiscan import scan_table

FIRST = ["owen", "maria", "nancy", "andrew", "janet"]
LAST = ["harris", "king", "fuller", "peacock"]


def email(rng):
    return f"{rng.choice(FIRST)}.{rng.choice(LAST)}{rng.randint(1, 99)}@example.org"


def top(catalog, column):
    return catalog.column("t", column).top


def test_a_list_of_emails_in_a_cell_counts_in_every_row():
    rng = random.Random(0)
    table = pa.table({
        "cc": ["; ".join(email(rng) for _ in range(rng.randint(2, 3))) for _ in range(100)],
        "recipients": [json.dumps([email(rng) for _ in range(rng.randint(2, 3))]) for _ in range(100)],
    })
    cat = scan_table(table, "t")
    assert top(cat, "cc").category == "EMAIL" and top(cat, "cc").match_ratio > 0.9
    assert top(cat, "recipients").category == "EMAIL" and top(cat, "recipients").match_ratio > 0.9


def test_a_contact_line_with_name_and_phone_is_a_phone_column():
    rng = random.Random(1)
    lines = [f"{rng.choice(FIRST).title()} {rng.choice(LAST).title()}, +49 30 {rng.randint(100000, 999999)}"
             for _ in range(100)]
    found = top(scan_table(pa.table({"contact": lines}), "t"), "contact")
    assert found is not None and found.category == "PHONE"


def test_one_line_addresses_and_text_geometries():
    rng = random.Random(2)
    table = pa.table({
        "addr": [f"{rng.randint(1, 200)} Main Street, Springfield, IL {rng.randint(60000, 62999)}" for _ in range(100)],
        "geom": [f"SRID=4326;POINT ({rng.uniform(-9, 15):.5f} {rng.uniform(36, 54):.5f})" for _ in range(100)],
        # whose: coordinates beside an address alone may be a site's (tests/test_accuracy_contact_only.py)
        "full_name": [f"{rng.choice(['Anna', 'Owen', 'Maria', 'Paul'])} {rng.choice(['King', 'Rossi', 'Novak'])}"
                      for _ in range(100)],
    })
    cat = scan_table(table, "t")
    assert top(cat, "addr").category == "STREET_ADDRESS"
    assert top(cat, "geom").category == "GEO_COORDINATES"


def test_free_text_where_few_notes_name_a_person():
    rng = random.Random(0)
    plain = ["The package was left at the front door as requested", "Delivery was delayed because of the weather",
             "The order was split into two shipments for faster delivery", "The box arrived slightly damaged but complete"]
    when = ["on Monday", "on Tuesday", "this morning", "after lunch", "in the evening", "yesterday", "last week", "again"]
    tail = ["Customer was informed.", "No further action.", "Refund not needed.", "Ticket closed.", "Awaiting reply."]
    names = ["Maria Harris", "Andrew Fuller", "Janet Peacock", "Owen King", "Nancy Davolio", "Laura Callahan"]
    notes = [f"I spoke with {rng.choice(names)} {rng.choice(when)} about the delivery. {rng.choice(tail)}"
             if rng.random() < 0.15 else f"{rng.choice(plain)} {rng.choice(when)}. {rng.choice(tail)}"
             for _ in range(200)]
    col = scan_table(pa.table({"notes": notes}), "t").column("t", "notes")
    assert col.content == "free_text" and "PERSON_NAME" in col.categories
    nobody = [f"{rng.choice(plain)} {rng.choice(when)}. {rng.choice(tail)}" for _ in range(200)]
    assert not scan_table(pa.table({"notes": nobody}), "t").column("t", "notes").findings
