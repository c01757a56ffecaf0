"""Whose data is a row about: the same quasi-identifiers, places and attributes are personal
in tables about people and not in tables about things (through scan_table, NER included)."""

import random

import pyarrow as pa

from piiscan import scan_table

CITIES = ["Lyon", "Madrid", "Porto", "Milano", "Hamburg", "Rotterdam", "Sevilla", "Bordeaux"]
FIRST = ["Owen", "Maria", "Nancy", "Andrew", "Janet", "Margaret", "Steven", "Michael", "Robert", "Laura"]
LAST = ["Harris", "Anders", "Davolio", "Fuller", "Leverling", "Peacock", "Buchanan", "Suyama", "King"]


def found(catalog, table, column):
    return set(catalog.column(table, column).categories)


def place_columns(rng, n):
    return {
        "city": [rng.choice(CITIES) for _ in range(n)],
        "postal_code": [f"{rng.randint(10000, 99999)}" for _ in range(n)],
        "latitude": [round(rng.uniform(36, 54), 6) for _ in range(n)],
        "longitude": [round(rng.uniform(-9, 15), 6) for _ in range(n)],
    }


def test_places_in_a_table_of_sites_are_not_personal():
    rng = random.Random(0)
    table = pa.table({"warehouse_code": [f"WH-{i:03d}" for i in range(80)], **place_columns(rng, 80)})
    cat = scan_table(table, "warehouses")
    for column in ("city", "postal_code", "latitude", "longitude"):
        assert not found(cat, "warehouses", column), column


def test_places_keyed_to_a_customer_are_personal():
    rng = random.Random(1)
    table = pa.table({"id": list(range(80)), "customer_id": [rng.randint(1, 500) for _ in range(80)],
                      **place_columns(rng, 80)})
    cat = scan_table(table, "deliveries")
    assert found(cat, "deliveries", "city") == {"CITY"}
    assert found(cat, "deliveries", "postal_code") == {"POSTAL_CODE"}
    assert found(cat, "deliveries", "latitude") == {"GEO_COORDINATES"}


def test_ip_addresses_of_machines_are_not_personal_but_of_users_are():
    rng = random.Random(2)
    ips = [f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(80)]
    servers = pa.table({"hostname": [f"node-{i}.dc1.example.net" for i in range(80)], "ip_address": ips})
    assert not found(scan_table(servers, "servers"), "servers", "ip_address")
    logins = pa.table({"user_id": [rng.randint(1, 900) for _ in range(80)], "ip_address": ips})
    assert found(scan_table(logins, "logins"), "logins", "ip_address") == {"IP_ADDRESS"}


def test_attributes_of_people_count_only_in_tables_about_people():
    rng = random.Random(3)
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(80)]
    weights = [round(rng.uniform(45, 120), 1) for _ in range(80)]
    people = pa.table({"full_name": names, "weight": weights, "salary": [rng.randrange(20000, 90000, 500) for _ in range(80)]})
    cat = scan_table(people, "patients")
    assert found(cat, "patients", "weight") == {"OTHER_PII"}
    assert found(cat, "patients", "salary") == {"OTHER_PII"}
    parcels = pa.table({"parcel_code": [f"P{i:05d}" for i in range(80)], "weight": weights})
    assert not found(scan_table(parcels, "parcels"), "parcels", "weight")
    products = pa.table({"sku": [f"SKU{i:05d}" for i in range(80)], "weight": weights})
    assert not found(scan_table(products, "products"), "products", "weight")


def test_health_descriptions_keyed_to_a_patient_are_special_category():
    import uuid

    rng = random.Random(4)
    patients = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(30)]
    conditions = ["Acute bronchitis", "Essential hypertension", "Type 2 diabetes mellitus", "Sprain of ankle",
                  "Chronic sinusitis", "Viral pharyngitis", "Otitis media", "Concussion with no loss of consciousness"]
    table = pa.table({"PATIENT": [rng.choice(patients) for _ in range(120)],
                      "CODE": [str(rng.randint(10000000, 99999999)) for _ in range(120)],
                      "DESCRIPTION": [rng.choice(conditions) for _ in range(120)]})
    top = scan_table(table, "encounters").column("encounters", "DESCRIPTION").top
    assert top is not None and top.entity == "SPECIAL_CATEGORY"
    assert any(e.signal == "subject" and "PATIENT" in e.detail for e in top.evidence)
    reference = pa.table({"CODE": [str(10000000 + i) for i in range(8)], "DESCRIPTION": conditions})
    assert not scan_table(reference, "snomed_codes").column("snomed_codes", "DESCRIPTION").findings


def test_states_by_their_values_in_a_table_about_people():
    rng = random.Random(5)
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(100)]
    states = ["California", "Texas", "New York", "Ontario", "Bayern", "Lombardia", "Queensland", "São Paulo"]
    table = pa.table({"full_name": names, "f7": [rng.choice(states) for _ in range(100)],
                      "f8": [rng.choice(["CA", "TX", "NY", "FL", "WA", "OR"]) for _ in range(100)]})
    cat = scan_table(table, "people")
    assert found(cat, "people", "f7") == {"STATE_REGION"}
    assert found(cat, "people", "f8") == {"STATE_REGION"}
    lookup = pa.table({"id": list(range(len(states))), "label": states})
    assert not found(scan_table(lookup, "t"), "t", "label")


def test_address_parts_split_over_cryptic_columns_of_a_person_table():
    rng = random.Random(6)
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(100)]
    table = pa.table({"full_name": names, "town": [rng.choice(CITIES) for _ in range(100)],
                      "a2": [f"{rng.randint(1000, 99999):05d}" for _ in range(100)],
                      "a3": [rng.randrange(20000, 90000, 500) for _ in range(100)]})
    cat = scan_table(table, "members")
    assert found(cat, "members", "town") == {"CITY"}
    assert found(cat, "members", "a2") == {"POSTAL_CODE"}
    assert "POSTAL_CODE" not in found(cat, "members", "a3")


def test_given_names_on_their_own_are_names_in_a_table_about_people():
    rng = random.Random(7)
    given = ["Aino", "Bjørn", "Ceren", "Dagmar", "Eliška", "Fatma", "Grzegorz", "Henrike", "Ilona", "Jarmila",
             "Kaito", "Liesel", "Maëlle", "Nuno", "Oskar", "Paweł", "Quirin", "Radka", "Søren", "Teodora"]
    table = pa.table({"member_no": list(range(100)), "f1": [rng.choice(given) for _ in range(100)],
                      "f2": [f"{rng.choice(given).lower()}{i}@example.org" for i in range(100)]})
    top = scan_table(table, "members").column("members", "f1").top
    assert top is not None and top.category == "PERSON_NAME"
    assert any(e.signal == "distribution" for e in top.evidence)
    codes = pa.table({"f1": [rng.choice(["Alpha", "Beta", "Gamma"]) for _ in range(100)]})
    assert not scan_table(codes, "members").column("members", "f1").findings
