"""Ordinary columns that used to be reported as personal data (issue 8, item 8), through the
public API on real in-memory tables and real files."""

import json
import random

import pyarrow as pa

from piiscan import scan, scan_table

FIRST = ["Owen", "Maria", "Nancy", "Andrew", "Janet", "Margaret", "Steven", "Michael", "Robert", "Laura"]
LAST = ["Harris", "Anders", "Davolio", "Fuller", "Leverling", "Peacock", "Buchanan", "Suyama", "King"]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schulstraße"]
CITIES = ["Berlin", "München", "Hamburg", "Köln", "Leipzig"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def user_agent(rng):
    return rng.choice([
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{rng.randint(110, 125)}.0.0.0 Safari/537.36",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        f"Version/17.{rng.randint(0, 4)} Safari/605.1.15",
        f"Mozilla/5.0 (X11; Linux x86_64; rv:{rng.randint(100, 125)}.0) Gecko/20100101 Firefox/{rng.randint(100, 125)}.0",
    ])


def categories(catalog, table, column):
    return set(catalog.column(table, column).categories)


def test_ab_test_treatment_and_integer_member_id_are_not_special_categories():
    rng = random.Random(1)
    table = pa.table({
        "member_id": list(range(1000, 1200)),
        "treatment": [rng.choice(["control", "variant_a"]) for _ in range(200)],
        "converted": [rng.random() < 0.3 for _ in range(200)],
    })
    cat = scan_table(table, "experiment")
    assert not cat.column("experiment", "member_id").findings
    assert not cat.column("experiment", "treatment").findings


def test_a_special_category_name_needs_evidence_from_the_values():
    rng = random.Random(2)
    names = [person(rng) for _ in range(120)]
    codes = pa.table({"patient_name": names,
                      "diagnosis": [rng.choice(["A", "B", "C", "D"]) for _ in range(120)],
                      "religion": [rng.choice(["1", "2", "3"]) for _ in range(120)]})
    cat = scan_table(codes, "patients")
    assert not cat.column("patients", "diagnosis").findings
    assert not cat.column("patients", "religion").findings

    conditions = ["Type 2 diabetes", "Asthma", "Chronic kidney disease", "Acute bronchitis",
                  "Migraine", "Osteoarthritis of knee", "Major depressive disorder"]
    health = pa.table({"patient_name": names, "diagnosis": [rng.choice(conditions) for _ in range(120)]})
    found = scan_table(health, "patients").column("patients", "diagnosis").top
    assert found is not None and found.entity == "SPECIAL_CATEGORY"
    assert any(e.signal == "values" for e in found.evidence)


def test_person_names_nested_under_user_name_are_person_names(tmp_path):
    rng = random.Random(3)
    path = tmp_path / "events.jsonl"
    with path.open("w") as handle:
        for i in range(150):
            handle.write(json.dumps({"event": "login", "user": {"name": person(rng), "id": i}}) + "\n")
    cat = scan(str(path), ner=True)
    column = next(c for c in cat.columns if c.column.endswith("name"))
    assert column.top is not None and column.top.category == "PERSON_NAME"
    assert column.top.entity != "USERNAME"


def test_user_agent_strings_are_not_ip_addresses():
    rng = random.Random(4)
    table = pa.table({"id": list(range(200)), "ua": [user_agent(rng) for _ in range(200)]})
    cat = scan_table(table, "requests")
    assert "IP_ADDRESS" not in categories(cat, "requests", "ua")


def test_an_ip_address_inside_free_text_is_still_found():
    rng = random.Random(5)
    texts = [f"Login from {rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} "
             f"was blocked after three failed attempts" for _ in range(40)]
    cat = scan_table(pa.table({"message": texts}), "audit")
    assert "IP_ADDRESS" in categories(cat, "audit", "message")


def test_customer_number_beside_an_address_is_not_a_postal_code():
    rng = random.Random(6)
    n = 200
    table = pa.table({
        "Kundennummer": [10000 + i for i in range(n)],
        "Name": [person(rng) for _ in range(n)],
        "Straße": [f"{rng.choice(STREETS)} {rng.randint(1, 99)}" for _ in range(n)],
        "PLZ": [f"{rng.randint(10000, 99999)}" for _ in range(n)],
        "Ort": [rng.choice(CITIES) for _ in range(n)],
    })
    cat = scan_table(table, "kunden")
    assert not cat.column("kunden", "Kundennummer").findings
    assert categories(cat, "kunden", "PLZ") == {"POSTAL_CODE"}
