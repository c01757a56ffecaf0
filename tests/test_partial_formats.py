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


def test_one_line_addresses_of_other_orders_and_postal_codes():
    """The postal code before the street (`2842 Пловдив, ул. …`), on its own (`Rīga, LV-1050`),
    of three or six digits (`700 Egilsstaðir`, `255355 Arad`); a street and a town without one."""
    rng = random.Random(3)
    streets = ["Kirkjuvegur", "Strandgata", "Hafnarstræti"]
    table = pa.table({
        "adres": [f"{rng.randint(1000, 9999)} {rng.choice(['Пловдив', 'Варна', 'Русе'])}, ул. {rng.choice(['Ждраков', 'Пулев'])} {rng.randint(1, 150)}"
                  for _ in range(100)],
        "adrese": [f"{rng.choice(['Dzirnavu', 'Ganību', 'Tērbatas'])} iela {rng.randint(1, 99)}, {rng.choice(['Rīga', 'Cēsis', 'Ogre'])}, LV-{rng.randint(1000, 5999)}"
                   for _ in range(100)],
        "heimilisfang": [f"{rng.choice(streets)} {rng.randint(1, 99)}, {rng.choice([101, 105, 300, 400, 700])} {rng.choice(['Reykjavík', 'Akranes', 'Ísafjörður'])}"
                         for _ in range(100)],
        "adresa": [f"Str. {rng.choice(['Barbu', 'Dinu', 'Toma'])} nr. {rng.randint(1, 150)}, {rng.randint(100000, 999999)} {rng.choice(['Arad', 'Brașov', 'Ploiești'])}"
                   for _ in range(100)],
        "address": [f"Villa {rng.randint(1, 999)}, {rng.randint(1, 200)} {rng.choice(['Al Wasl Rd', 'Corniche Rd', 'Al Khan St'])}, {rng.choice(['Sharjah', 'Al Ain', 'Abu Dhabi'])}"
                    for _ in range(100)],
        "full_name": [f"{rng.choice(['Anna', 'Owen', 'Maria', 'Paul'])} {rng.choice(['King', 'Rossi', 'Novak'])}"
                      for _ in range(100)],
    })
    cat = scan_table(table, "t")
    for column in ("adres", "adrese", "heimilisfang", "adresa"):
        assert set(cat.column("t", column).categories) == {"STREET_ADDRESS", "POSTAL_CODE", "CITY"}, column
    assert set(cat.column("t", "address").categories) == {"STREET_ADDRESS", "CITY"}
