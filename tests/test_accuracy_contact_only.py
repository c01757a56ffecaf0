"""Whose place is it (issue 11, kind 1): a city, a postal code or coordinates beside contact
details only (an e-mail, a phone, a street address: a site or a firm has them too) are not
reported where nothing says the rows describe people; they are kept as near misses to ask
about. Beside a person's name, or in a table each of whose rows one person owns (a key in a
table about people, nearly unique: `customer.address_id` -> `address`), they are personal.
Through piiscan.scan() on real SQLite files."""

import random

import piiscan

N = 120
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller"]
CITIES = ["Graz", "Linz", "Salzburg", "Innsbruck", "Villach", "Wels", "Dornbirn", "Steyr"]
STREETS = ["Hauptstrasse", "Bahnhofstrasse", "Kirchgasse", "Schulweg", "Lindenallee"]


def _street(rng):
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}"


def _register(make_sqlite, with_names: bool):
    rng = random.Random(7)
    rows = []
    for i in range(N):
        row = (i, f"info{i}@example-{i % 9}.at", f"+43 316 {rng.randint(100000, 999999)}", _street(rng),
               rng.choice(CITIES), f"{rng.randint(1000, 9990)}")
        rows.append(row + (f"{rng.choice(FIRST)} {rng.choice(LAST)}",) if with_names else row)
    columns = ["entry_id", "email", "phone", "street", "city", "postal_code"] + (["full_name"] if with_names else [])
    return make_sqlite({"register": (columns, rows)})


def _categories(catalog):
    return {(c.table, c.column): set(c.categories) for c in catalog}


def test_places_beside_contact_details_only_are_asked_about_not_reported(make_sqlite):
    path = _register(make_sqlite, with_names=False)
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


def test_places_beside_a_persons_name_are_personal(make_sqlite):
    path = _register(make_sqlite, with_names=True)
    cats = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert cats[("register", "full_name")] == {"PERSON_NAME"}
    assert cats[("register", "city")] == {"CITY"}
    assert cats[("register", "postal_code")] == {"POSTAL_CODE"}


def _owned(make_sqlite):
    """customer (people) -> address (one each, by a nearly unique key) and -> zone (shared)."""
    rng = random.Random(11)
    customers, addresses = [], []
    for i in range(N):
        customers.append((i, rng.choice(FIRST), rng.choice(LAST), N - i, rng.randint(0, 4)))
        addresses.append((i + 1, _street(rng), rng.choice(CITIES), f"{rng.randint(1000, 9990)}",
                          f"+43 1 {rng.randint(1000000, 9999999)}"))
    zones = [(i, _street(rng), f"{rng.randint(1000, 9990)}", f"+43 1 {rng.randint(1000000, 9999999)}")
             for i in range(5)]
    return make_sqlite({
        "customer": (["customer_id", "first_name", "last_name", "address_id", "zone_id"], customers),
        "address": (["address_id", "street", "district", "postal_code", "phone"], addresses),
        "zone": (["zone_id", "street", "postal_code", "phone"], zones),
    })


def test_rows_each_person_owns_are_theirs_rows_they_share_are_not(make_sqlite):
    path = _owned(make_sqlite)
    customer, address, zone = "customer", "address", "zone"
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = _categories(cat)
    assert cats[(customer, "last_name")] == {"PERSON_NAME"}
    assert cats[(address, "postal_code")] == {"POSTAL_CODE"}
    assert cats[(address, "district")] == {"STATE_REGION"}
    # a shared row (five zones for 120 customers) is nobody's own
    assert not cats[(zone, "postal_code")]


def test_owned_rows_are_found_through_a_linking_table_and_a_name_prefix(make_sqlite):
    """`Sales_CustomerAddress` keys into `Sales_Customer` (by the name without its prefix) and
    holds each address once: the addresses are the customers'."""
    rng = random.Random(5)
    customers, links, addresses = [], [], []
    for i in range(N):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        customers.append((i, first, last, f"{first}.{last}{i}@mail.example"))
        links.append((i, 1000 + i, rng.choice(["Home", "Main Office"])))
        addresses.append((1000 + i, _street(rng), rng.choice(CITIES), f"{rng.randint(1000, 9990)}"))
    path = make_sqlite({
        "Sales_Customer": (["CustomerID", "FirstName", "LastName", "EmailAddress"], customers),
        "Sales_CustomerAddress": (["CustomerID", "AddressID", "AddressType"], links),
        "Sales_Address": (["AddressID", "AddressLine1", "City", "PostalCode"], addresses),
    })
    cats = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert cats[("Sales_Address", "City")] == {"CITY"}
    assert cats[("Sales_Address", "PostalCode")] == {"POSTAL_CODE"}


def test_private_network_addresses_are_machines_public_ones_people(make_sqlite):
    """IP addresses nearly all in private networks (10.x, 192.168.x) are a network's machines
    where nothing says the rows describe people; public ones (what a visitor's device shows)
    stay personal, and so do private ones beside people."""
    rng = random.Random(3)
    entries, requests, logins = [], [], []
    for i in range(N):
        private = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                              f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        public = f"{rng.choice([23, 51, 84, 91, 145, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        when = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 1{rng.randint(0, 9)}:00:00"
        entries.append((i, private, when))
        requests.append((i, public, when))
        logins.append((i, f"user{i}@mail.example", private))
    path = make_sqlite({"entries": (["entry_id", "ip_address", "seen_at"], entries),
                        "requests": (["request_id", "client_ip", "seen_at"], requests),
                        "logins": (["login_id", "user_email", "ip_address"], logins)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    cats = _categories(cat)
    assert not cats[("entries", "ip_address")]
    near = cat.column("entries", "ip_address").candidates
    assert [f.category for f in near] == ["IP_ADDRESS"]
    assert any("private networks" in e.detail for e in near[0].evidence)
    assert cats[("requests", "client_ip")] == {"IP_ADDRESS"}
    assert cats[("logins", "ip_address")] == {"IP_ADDRESS"}  # beside a user's e-mail
