"""Build the bundled demo: examples/demo.sqlite (a small shop) and examples/contacts.csv.

Deterministic, standard library only, all values made up (names from short lists, e-mails on
example.* domains, card numbers that pass Luhn but belong to no one).
Run: python examples/make_demo.py
"""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = ["Ana", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kira", "Luca", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara"]
LAST = ["Alvarez", "Brown", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito",
        "Jensen", "Kowalski", "Lopez", "Martin", "Novak", "Olsen", "Petrov", "Rossi", "Smith"]
STREETS = ["Main Street", "Oak Avenue", "High Street", "Calle Mayor", "Hauptstraße", "Rue de la Paix"]
CITIES = [("Springfield", "IL", "62704", "USA"), ("Leeds", "West Yorkshire", "LS1 4AP", "United Kingdom"),
          ("Madrid", "Madrid", "28013", "Spain"), ("Berlin", "Berlin", "10115", "Germany"),
          ("Lyon", "Auvergne-Rhône-Alpes", "69002", "France")]
PRODUCTS = ["Espresso beans", "Green tea", "Oat milk", "Dark chocolate", "Honey jar", "Granola",
            "Olive oil", "Sea salt", "Rye bread", "Apple juice"]


def luhn_complete(prefix: str) -> str:
    digits = [int(d) for d in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix + str((10 - total % 10) % 10)


def build(folder: Path = HERE, seed: int = 7) -> tuple[Path, Path]:
    rng = random.Random(seed)
    db = folder / "demo.sqlite"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
            email TEXT, phone TEXT, street TEXT, city TEXT, region TEXT, postal_code TEXT,
            country TEXT, birth_date TEXT, signup_ip TEXT, loyalty_points INTEGER);
        CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, customer_id INTEGER, card_number TEXT,
            amount REAL, paid_at TEXT);
        CREATE TABLE products (product_id INTEGER PRIMARY KEY, name TEXT, price REAL, stock INTEGER);
        CREATE TABLE support_tickets (ticket_id INTEGER PRIMARY KEY, opened_at TEXT, body TEXT);
    """)
    people = []
    for i in range(1, 201):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, region, postal, country = rng.choice(CITIES)
        people.append((first, last))
        con.execute("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            i, first, last, f"{first}.{last}{i}@example.com".lower(),
            f"+1 (555) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}" if i % 2 else f"+44 20 7946 {rng.randint(1000, 9999)}",
            f"{rng.randint(1, 250)} {rng.choice(STREETS)}", city, region, postal, country,
            f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"203.0.113.{rng.randint(1, 254)}", rng.randint(0, 5000)))
    for i in range(1, 401):
        con.execute("INSERT INTO payments VALUES (?,?,?,?,?)", (
            i, rng.randint(1, 200), luhn_complete("4" + "".join(str(rng.randint(0, 9)) for _ in range(14))),
            round(rng.uniform(3, 200), 2), f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} 10:00:00"))
    for i, name in enumerate(PRODUCTS, 1):
        con.execute("INSERT INTO products VALUES (?,?,?,?)", (i, name, round(rng.uniform(1, 30), 2), rng.randint(0, 90)))
    for i in range(1, 61):
        first, last = rng.choice(people)
        body = rng.choice([
            f"Customer {first} {last} asked for a refund; call back on +1 555 {rng.randint(200, 999)} {rng.randint(1000, 9999)}.",
            f"Order arrived damaged, {first} would like a replacement sent to the usual address.",
            f"Please update the e-mail of {first} {last} to {first.lower()}@example.org as soon as possible.",
        ])
        con.execute("INSERT INTO support_tickets VALUES (?,?,?)", (i, f"2026-09-{(i % 28) + 1:02d}", body))
    con.commit()
    con.close()

    contacts = folder / "contacts.csv"
    with open(contacts, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nombre", "apellido", "correo", "telefono", "ciudad", "notas"])
        for i in range(80):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            writer.writerow([first, last, f"{first}.{last}{i}@example.es".lower(),
                             f"+34 91 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                             rng.choice(CITIES)[0], rng.choice(["cliente VIP", "sin notas", "pago pendiente"])])
    return db, contacts


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
