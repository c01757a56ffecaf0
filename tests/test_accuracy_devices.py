"""Whose rows are these (issue 11, kind 1), when the table's name says nothing: a table whose
columns hold machines' network identities (hardware addresses, IP addresses inside private
networks, beside them software versions) describes machines, so their coordinates, places
and addresses are asked about, not reported; the same columns in a table about people (a
person key, a name) stay personal. Names that most values end with one word (`… Solar`,
`… s.p.`) are sites and firms, not people. Through piiscan.scan() on real SQLite files."""

import json
import random

import piiscan

N = 120
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas",
         "Karin", "Marek", "Petra", "Janis", "Liga", "Oskar"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller", "Ozols",
        "Kalnins", "Berzins", "Liepa", "Horvat", "Kovac", "Zupan", "Mlakar"]
TOWNS = ["Valmiera", "Talsi", "Cesis", "Jelgava", "Liepaja", "Ventspils", "Sigulda", "Tukums", "Ogre",
         "Bauska", "Dobele", "Kuldiga", "Saldus", "Madona", "Aizkraukle", "Limbazi", "Smiltene", "Gulbene",
         "Balvi", "Preili", "Ludza", "Kraslava", "Jekabpils", "Aluksne", "Rezekne", "Daugavpils"]


def _mac(rng):
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def _ip(rng, private: bool):
    if private:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.randint(11, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _rows(rng, owner: bool):
    rows = []
    for i in range(N):
        row = (i, f"{rng.choice(TOWNS)} Solar" if not owner else f"{rng.choice(FIRST)} {rng.choice(LAST)}",
               _mac(rng), _ip(rng, private=rng.random() < 0.5), f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
               round(rng.uniform(56.0, 57.9), 6), round(rng.uniform(21.0, 27.9), 6), rng.choice(TOWNS))
        rows.append(row)
    return rows


COLUMNS = ["unit_id", "objekts", "mac", "ip", "fw", "platums", "garums", "pilseta"]


def _categories(catalog):
    return {c.column: set(c.categories) for c in catalog}


def test_network_identities_make_a_table_about_machines(make_sqlite):
    rng = random.Random(5)
    path = make_sqlite({"vieniba": (COLUMNS, _rows(rng, owner=False))})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    found = _categories(cat)
    for column in ("objekts", "mac", "ip", "platums", "garums"):
        assert not found[column], (column, found[column])
    near = {c.column: c.candidates for c in cat}
    assert near["ip"] and near["ip"][0].entity == "IP_ADDRESS"  # asked about, not dropped
    assert any("machine" in e.detail for e in near["ip"][0].evidence)
    assert near["mac"] and near["mac"][0].entity == "MAC_ADDRESS"


def test_the_same_identities_beside_people_stay_personal(make_sqlite):
    rng = random.Random(5)
    path = make_sqlite({"vieniba": (["unit_id", "full_name", *COLUMNS[2:]], _rows(rng, owner=True))})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    found = _categories(cat)
    assert found["full_name"] == {"PERSON_NAME"}
    assert found["ip"] == {"IP_ADDRESS"}
    assert "OTHER_PII" in found["mac"]


def test_public_addresses_beside_versions_alone_stay_addresses(make_sqlite):
    """Versions on their own are no machine: a peer list of clients' builds and addresses."""
    rng = random.Random(6)
    rows = [(i, f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}",
             _ip(rng, private=False)) for i in range(N)]
    path = make_sqlite({"t": (["n", "build", "peer"], rows)})
    found = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert not found["build"]
    assert found["peer"] == {"IP_ADDRESS"}


def test_names_that_share_a_last_word_are_sites_not_people(make_sqlite):
    rng = random.Random(8)
    rows = [(i, f"{rng.choice(TOWNS)} {rng.choice(['Kultuurimaja', 'Kultuurimaja', 'Arena', 'Kontserdisaal'])}",
             f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.randint(100, 9000)) for i in range(N)]
    path = make_sqlite({"t": (["n", "koht", "juht", "mahutavus"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    found = _categories(cat)
    assert not found["koht"]
    assert found["juht"] == {"PERSON_NAME"}
    near = {c.column: c.candidates for c in cat}
    assert any("sites or firms" in e.detail for c in near["koht"] for e in c.evidence)
    assert "kultuurimaja" not in json.dumps(cat.to_dict()).lower()  # the shared word is a value: masked


def test_a_column_named_for_a_thing_holds_that_things_place(make_sqlite):
    """In a table about people, `store_city`, `kiosk_ip` and `kiosk_pin` are the store's and the kiosk's;
    the customer's own city and IP stay personal."""
    rng = random.Random(9)
    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"u{i}@example.org", rng.choice(TOWNS), rng.choice(TOWNS),
             _ip(rng, private=False), _ip(rng, private=False), f"{rng.randint(0, 9999):04d}") for i in range(N)]
    path = make_sqlite({"orders": (["id", "full_name", "email", "city", "store_city", "client_ip", "kiosk_ip", "kiosk_pin"],
                                   rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    found = _categories(cat)
    assert found["city"] == {"CITY"} and found["client_ip"] == {"IP_ADDRESS"}
    assert not found["store_city"] and not found["kiosk_ip"] and not found["kiosk_pin"]
    near = {c.column: c.candidates for c in cat}
    assert any("kiosk" in e.detail for e in near["kiosk_ip"][0].evidence)


def test_gates_turnstiles_and_scanners_own_their_addresses(make_sqlite):
    """`turnstile_ip`, `gate_ip` and a nested `scan.ip` beside a card holder's name are the
    machines' addresses; the holder's `login_ip` stays personal."""
    rng = random.Random(10)
    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", _ip(rng, private=False), _ip(rng, private=False),
             _ip(rng, private=False), f'{{"scan": {{"ip": "{_ip(rng, private=False)}", "ok": true}}}}') for i in range(N)]
    path = make_sqlite({"access_log": (["id", "holder_name", "login_ip", "turnstile_ip", "gate_ip", "event"], rows)})
    found = _categories(piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1))
    assert found["login_ip"] == {"IP_ADDRESS"}
    assert not found["turnstile_ip"] and not found["gate_ip"] and not found["event"]


def test_a_device_id_is_a_persons_beside_people_and_the_machines_own_in_a_fleet(make_sqlite):
    rng = random.Random(11)
    imeis = [f"35{rng.randint(10**12, 10**13 - 1)}" for _ in range(N)]
    path = make_sqlite({
        "fleet_devices": (["id", "model", "device_id", "imei"],
                          [(i, rng.choice(["T1", "T2"]), f"dev-{rng.randint(10**5, 10**6)}", imeis[i]) for i in range(N)]),
        "customers": (["id", "full_name", "email", "device_id"],
                      [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"u{i}@example.org", f"dev-{rng.randint(10**5, 10**6)}")
                       for i in range(N)]),
    })
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)
    assert not cat.column("fleet_devices", "device_id").findings and not cat.column("fleet_devices", "imei").findings
    assert cat.column("customers", "device_id").categories == ("OTHER_PII",)
