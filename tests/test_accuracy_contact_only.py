"""Whose place is it (issue 11, kind 1): a city, a postal code or coordinates beside contact
details only (an e-mail, a phone, a street address: a site or a firm has them too) are not
reported where nothing says the rows describe people; they are kept as near misses to ask
about. Beside a person's name, or in a table each of whose rows one person owns (a key in a
table about people, nearly unique: `customer.address_id` -> `address`), they are personal.
Through piiscan.scan() on real SQLite files."""

import random
import sqlite3

import piiscan

N = 120
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller"]
CITIES = ["Graz", "Linz", "Salzburg", "Innsbruck", "Villach", "Wels", "Dornbirn", "Steyr"]
STREETS = ["Hauptstrasse", "Bahnhofstrasse", "Kirchgasse", "Schulweg", "Lindenallee"]


def _street(rng):
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}"


def _build(path, with_names: bool):
    rng = random.Random(7)
    db = sqlite3.connect(path)
    names = ", full_name TEXT" if with_names else ""
    db.execute(f"CREATE TABLE register (entry_id INTEGER PRIMARY KEY, email TEXT, phone TEXT, street TEXT,"
               f" city TEXT, postal_code TEXT{names})")
    for i in range(N):
        row = [i, f"info{i}@example-{i % 9}.at", f"+43 316 {rng.randint(100000, 999999)}", _street(rng),
               rng.choice(CITIES), f"{rng.randint(1000, 9990)}"]
        if with_names:
            row.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        db.execute(f"INSERT INTO register VALUES ({','.join('?' * len(row))})", row)
    db.commit()
    db.close()


def _categories(catalog):
    return {(c.table, c.column): set(c.categories) for c in catalog}


def test_places_beside_contact_details_only_are_asked_about_not_reported(tmp_path):
    path = tmp_path / "contacts.sqlite"
    _build(path, with_names=False)
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = _categories(cat)
    assert cats[("register", "email")] == {"EMAIL"}  # the direct identifiers stay
    assert cats[("register", "phone")] == {"PHONE"}
    assert not cats[("register", "city")] and not cats[("register", "postal_code")]
    for column, category in (("city", "CITY"), ("postal_code", "POSTAL_CODE")):
        near = cat.column("register", column).candidates
        assert [f.category for f in near] == [category]  # asked about, with the reason
        assert any(e.signal == "subject" and "nothing says the rows describe people" in e.detail
                   for e in near[0].evidence)


def test_places_beside_a_persons_name_are_personal(tmp_path):
    path = tmp_path / "people.sqlite"
    _build(path, with_names=True)
    cats = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert cats[("register", "full_name")] == {"PERSON_NAME"}
    assert cats[("register", "city")] == {"CITY"}
    assert cats[("register", "postal_code")] == {"POSTAL_CODE"}


def _build_owned(path, prefix: str = ""):
    """customer (people) -> address (one each, by a nearly unique key) and -> zone (shared)."""
    rng = random.Random(11)
    db = sqlite3.connect(path)
    customer, address, zone = f"{prefix}customer", f"{prefix}address", f"{prefix}zone"
    db.executescript(f"""
    CREATE TABLE {customer} (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,
                             address_id INTEGER, zone_id INTEGER);
    CREATE TABLE {address} (address_id INTEGER PRIMARY KEY, street TEXT, district TEXT, postal_code TEXT, phone TEXT);
    CREATE TABLE {zone} (zone_id INTEGER PRIMARY KEY, street TEXT, postal_code TEXT, phone TEXT);
    """)
    for i in range(N):
        db.execute(f"INSERT INTO {customer} VALUES (?,?,?,?,?)",
                   (i, rng.choice(FIRST), rng.choice(LAST), N - i, rng.randint(0, 4)))
        db.execute(f"INSERT INTO {address} VALUES (?,?,?,?,?)", (i + 1, _street(rng), rng.choice(CITIES),
                   f"{rng.randint(1000, 9990)}", f"+43 1 {rng.randint(1000000, 9999999)}"))
    for i in range(5):
        db.execute(f"INSERT INTO {zone} VALUES (?,?,?,?)", (i, _street(rng), f"{rng.randint(1000, 9990)}",
                                                          f"+43 1 {rng.randint(1000000, 9999999)}"))
    db.commit()
    db.close()
    return customer, address, zone


def test_rows_each_person_owns_are_theirs_rows_they_share_are_not(tmp_path):
    path = tmp_path / "owned.sqlite"
    customer, address, zone = _build_owned(path)
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = _categories(cat)
    assert cats[(customer, "last_name")] == {"PERSON_NAME"}
    assert cats[(address, "postal_code")] == {"POSTAL_CODE"}
    assert cats[(address, "district")] == {"STATE_REGION"}
    # a shared row (five zones for 120 customers) is nobody's own
    assert not cats[(zone, "postal_code")]


def test_owned_rows_are_found_through_a_linking_table_and_a_name_prefix(tmp_path):
    """`Sales_CustomerAddress` keys into `Sales_Customer` (by the name without its prefix) and
    holds each address once: the addresses are the customers'."""
    path = tmp_path / "prefixed.sqlite"
    rng = random.Random(5)
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE Sales_Customer (CustomerID INTEGER, FirstName TEXT, LastName TEXT, EmailAddress TEXT);
    CREATE TABLE Sales_CustomerAddress (CustomerID INTEGER, AddressID INTEGER, AddressType TEXT);
    CREATE TABLE Sales_Address (AddressID INTEGER, AddressLine1 TEXT, City TEXT, PostalCode TEXT);
    """)
    for i in range(N):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        db.execute("INSERT INTO Sales_Customer VALUES (?,?,?,?)", (i, first, last, f"{first}.{last}{i}@mail.example"))
        db.execute("INSERT INTO Sales_CustomerAddress VALUES (?,?,?)", (i, 1000 + i, rng.choice(["Home", "Main Office"])))
        db.execute("INSERT INTO Sales_Address VALUES (?,?,?,?)", (1000 + i, _street(rng), rng.choice(CITIES),
                                                                 f"{rng.randint(1000, 9990)}"))
    db.commit()
    db.close()
    cats = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert cats[("Sales_Address", "City")] == {"CITY"}
    assert cats[("Sales_Address", "PostalCode")] == {"POSTAL_CODE"}


def test_private_network_addresses_are_machines_public_ones_people(tmp_path):
    """IP addresses nearly all in private networks (10.x, 192.168.x) are a network's machines
    where nothing says the rows describe people; public ones (what a visitor's device shows)
    stay personal, and so do private ones beside people."""
    rng = random.Random(3)
    path = tmp_path / "hosts.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
    CREATE TABLE entries (entry_id INTEGER PRIMARY KEY, ip_address TEXT, seen_at TEXT);
    CREATE TABLE requests (request_id INTEGER PRIMARY KEY, client_ip TEXT, seen_at TEXT);
    CREATE TABLE logins (login_id INTEGER PRIMARY KEY, user_email TEXT, ip_address TEXT);
    """)
    for i in range(N):
        private = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                              f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        public = f"{rng.choice([23, 51, 84, 91, 145, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        when = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 1{rng.randint(0, 9)}:00:00"
        db.execute("INSERT INTO entries VALUES (?,?,?)", (i, private, when))
        db.execute("INSERT INTO requests VALUES (?,?,?)", (i, public, when))
        db.execute("INSERT INTO logins VALUES (?,?,?)", (i, f"user{i}@mail.example", private))
    db.commit()
    db.close()
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = _categories(cat)
    assert not cats[("entries", "ip_address")]
    near = cat.column("entries", "ip_address").candidates
    assert [f.category for f in near] == ["IP_ADDRESS"]
    assert any("private networks" in e.detail for e in near[0].evidence)
    assert cats[("requests", "client_ip")] == {"IP_ADDRESS"}
    assert cats[("logins", "ip_address")] == {"IP_ADDRESS"}  # beside a user's e-mail
