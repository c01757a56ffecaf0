"""Other personal data that is not an identifier (issue 11, kinds 5-8): attributes of people
known by their values, by compound or abbreviated names, and by value distributions under
names that say nothing; the same columns are not personal in tables about things. Each
mechanism is checked through piiscan.scan() on a small SQLite file of its own."""

import random
import sqlite3

import piiscan

FIRST = ["Owen", "Maria", "Nancy", "Andrew", "Janet", "Margaret", "Steven", "Michael", "Robert", "Laura",
         "Greta", "Jonas", "Lucia", "Pavel", "Ines", "Tomas"]
LAST = ["Harris", "Anders", "Davolio", "Fuller", "Leverling", "Peacock", "Buchanan", "Suyama", "King",
        "Novak", "Rossi", "Moreau", "Schmidt", "Lindqvist"]
N = 120


def scan_tables(tmp_path, tables: dict[str, dict[str, list]]):
    """Write `tables` (name -> column -> values) to one SQLite file and scan it."""
    path = tmp_path / "attributes.sqlite"
    with sqlite3.connect(path) as db:
        for name, columns in tables.items():
            names = list(columns)
            db.execute(f"CREATE TABLE {name} ({', '.join(names)})")
            rows = list(zip(*columns.values()))
            db.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' for _ in names)})", rows)
    return piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1)


def categories(catalog, table, column):
    return set(catalog.column(table, column).categories)


def people(rng, n=N, first="first_name", last="last_name"):
    return {first: [rng.choice(FIRST) for _ in range(n)], last: [rng.choice(LAST) for _ in range(n)]}


def test_marital_status_values_decide_under_a_positional_name_in_a_table_about_people(tmp_path):
    rng = random.Random(1)
    statuses = ["married", "single", "divorced", "ledig", "verheiratet", "casado", "widowed"]
    cat = scan_tables(tmp_path, {
        "x_attrs": {**people(rng), "attr7": [rng.choice(statuses) for _ in range(N)]},
        "hotel_rooms": {"room_no": [str(100 + i) for i in range(N)],
                        "room_type": [rng.choice(["single", "double", "twin", "suite"]) for _ in range(N)]},
    })
    assert categories(cat, "x_attrs", "attr7") == {"OTHER_PII"}
    assert not categories(cat, "hotel_rooms", "room_type")


def test_none_values_dont_hide_religion_codes_or_allergies(tmp_path):
    rng = random.Random(2)
    cat = scan_tables(tmp_path, {
        "mitarbeiter": {**people(rng, first="vorname", last="nachname"),
                        "konfession": [rng.choice(["ev", "rk", "--", "--", "ak"]) for _ in range(N)]},
        "pacientes": {**people(rng, first="nombre", last="apellidos"),
                      "alergias": [rng.choice(["ninguna conocida"] * 5 + ["polen", "penicilina", "lactosa"])
                                   for _ in range(N)]},
    })
    assert categories(cat, "mitarbeiter", "konfession") == {"OTHER_PII"}
    assert categories(cat, "pacientes", "alergias") == {"OTHER_PII"}


def test_conditions_in_other_languages_are_health_data_beside_a_patient_not_in_a_catalogue(tmp_path):
    rng = random.Random(3)
    diagnoses = ["Ipotiroidismo", "Diabete mellito di tipo 2", "Depressione maggiore", "Bronchite acuta",
                 "Ipertensione arteriosa", "Gastrite cronica", "Hipertensión arterial", "Migräne"]
    cat = scan_tables(tmp_path, {
        "visite": {"paziente": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(N)],
                   "codice_fiscale_paziente": [str(i) for i in range(N)],
                   "esito": [rng.choice(diagnoses) for _ in range(N)]},
        "products": {"sku": [f"SKU-{i}" for i in range(N)],
                     "label": [rng.choice(["Cardigan wool", "White shirt", "Gastronomy set", "Blue widget"])
                               for _ in range(N)]},
    })
    assert categories(cat, "visite", "esito") == {"OTHER_PII"}
    assert not categories(cat, "products", "label")


def test_compound_pay_names_count_beside_people_not_for_goods(tmp_path):
    rng = random.Random(4)
    amounts = [round(rng.uniform(30000, 90000), 2) for _ in range(N)]
    cat = scan_tables(tmp_path, {
        "personal": {**people(rng, first="vorname", last="nachname"), "bruttogehalt": amounts},
        "produkte": {"artikel_nr": [f"A{i:05d}" for i in range(N)],
                     "nettogewicht": [round(rng.uniform(0.1, 30), 2) for _ in range(N)]},
    })
    assert categories(cat, "personal", "bruttogehalt") == {"OTHER_PII"}
    assert not categories(cat, "produkte", "nettogewicht")


def test_vehicle_plates_and_payroll_abbreviations_by_name(tmp_path):
    rng = random.Random(5)
    plates = [f"{rng.choice('ABCDEFGHKLMN')}{rng.choice('ABCDEFGHKLMN')}{rng.randint(10, 99)} "
              f"{''.join(rng.choice('ABCDEFGHKLMN') for _ in range(3))}" for _ in range(N)]
    cat = scan_tables(tmp_path, {
        "residents": {**people(rng, first="forename", last="surname"), "vehicle_reg": plates},
        "osoby": {**people(rng, first="imie", last="nazwisko"), "nr_rej": plates},
        "staff": {"full_name": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(N)],
                  "ctc_lpa": [round(rng.uniform(4, 40), 1) for _ in range(N)]},
    })
    assert categories(cat, "residents", "vehicle_reg") == {"OTHER_PII"}
    assert categories(cat, "osoby", "nr_rej") == {"OTHER_PII"}
    assert categories(cat, "staff", "ctc_lpa") == {"OTHER_PII"}


def test_heights_and_pay_by_their_values_under_positional_names(tmp_path):
    rng = random.Random(6)
    heights = [rng.randint(150, 195) for _ in range(N)]
    pay = [round(rng.uniform(2500, 9000), 2) for _ in range(N)]
    cat = scan_tables(tmp_path, {
        "hr_employees": {"a1": [f"E{i:04d}" for i in range(N)],
                 "a2": pay, "a5": heights},
        "machines": {"serial": [f"M-{i}" for i in range(N)], "c2": pay, "c5": heights},
        "orders": {"order_no": [f"O{i}" for i in range(N)], **people(rng), "c3": [rng.randint(1, 9) for _ in range(N)]},
    })
    assert categories(cat, "hr_employees", "a2") == {"OTHER_PII"}
    assert categories(cat, "hr_employees", "a5") == {"OTHER_PII"}
    assert not categories(cat, "machines", "c2")
    assert not categories(cat, "machines", "c5")
    assert not categories(cat, "orders", "c3")


def test_short_comments_with_a_few_e_mails_are_free_text_with_personal_data(tmp_path):
    rng = random.Random(7)
    notes = ["Monthly payment", "Late payment", "Member fee", "Partial refund"]
    comments = [f"Send receipt to {rng.choice(FIRST).lower()}{i}@example.org" if i % 12 == 0 else rng.choice(notes)
                for i in range(N)]
    cat = scan_tables(tmp_path, {
        "payments": {"id": list(range(N)), "comment": comments,
                     "memo": [rng.choice(notes) + " via support@ on call" for _ in range(N)]},
    })
    column = cat.column("payments", "comment")
    assert column.content == "free_text" and {f.category for f in column.findings} == {"EMAIL"}
    assert not cat.column("payments", "memo").findings


def test_names_under_nested_json_keys_are_person_names(tmp_path):
    import json

    rng = random.Random(8)
    payloads = [json.dumps({"customer": {"id": i, "profile": {"given": rng.choice(FIRST), "family": rng.choice(LAST)},
                                         "prefs": {"lang": rng.choice(["pt", "it", "sv", "de"])}},
                            "names": {"first": rng.choice(FIRST)}}) for i in range(N)]
    cat = scan_tables(tmp_path, {"events": {"id": list(range(N)), "payload": payloads}})
    findings = {f.path: f.category for f in cat.column("events", "payload").findings}
    assert findings == {"customer.profile.given": "PERSON_NAME", "customer.profile.family": "PERSON_NAME",
                        "names.first": "PERSON_NAME"}


def test_windows_login_names_beside_people_and_a_short_salt_beside_a_hash(tmp_path):
    import base64
    import hashlib

    rng = random.Random(9)
    logins = [f"corp-net\\{rng.choice(FIRST).lower()}{rng.randint(0, 99)}" for _ in range(N)]
    cat = scan_tables(tmp_path, {
        "customers": {**people(rng), "sales_rep": logins,
                      "password_hash": [base64.b64encode(hashlib.sha256(bytes([i])).digest()).decode() for i in range(N)],
                      "password_salt": [base64.b64encode(rng.randbytes(5)).decode() for _ in range(N)]},
        "build_agents": {"host": [f"agent-{i}" for i in range(N)], "run_as": logins},
    })
    assert categories(cat, "customers", "sales_rep") == {"OTHER_PII"}
    assert categories(cat, "customers", "password_salt") == {"CREDENTIAL"}
    assert not categories(cat, "build_agents", "run_as")


def test_education_and_employment_by_values_and_a_coded_marital_status_by_its_name(tmp_path):
    rng = random.Random(10)
    cat = scan_tables(tmp_path, {
        "survey_respondents": {**people(rng),
                               "c4": [rng.choice(["Bachelor", "Abitur", "laurea", "Master", "high school"]) for _ in range(N)],
                               "c5": [rng.choice(["employed", "unemployed", "retired", "Jubilado"]) for _ in range(N)],
                               "marital_status": [rng.choice(["1", "2", "3", "4", "5"]) for _ in range(N)]},
        "courses": {"course_code": [f"C{i}" for i in range(N)],
                    "level": [rng.choice(["Bachelor", "Master", "PhD"]) for _ in range(N)]},
    })
    for column in ("c4", "c5", "marital_status"):
        assert categories(cat, "survey_respondents", column) == {"OTHER_PII"}, column
    assert not categories(cat, "courses", "level")


def test_attribute_names_in_polish_swedish_and_dutch(tmp_path):
    rng = random.Random(11)
    cat = scan_tables(tmp_path, {
        "pracownicy": {**people(rng, first="imie", last="nazwisko"),
                       "wynagrodzenie": [round(rng.uniform(4000, 15000), 2) for _ in range(N)],
                       "stan_cywilny": [rng.choice(["1", "2", "3"]) for _ in range(N)]},
        "medlemmar": {**people(rng, first="fornamn", last="efternamn"),
                      "vikt": [rng.randint(50, 110) for _ in range(N)]},
    })
    assert categories(cat, "pracownicy", "wynagrodzenie") == {"OTHER_PII"}
    assert categories(cat, "pracownicy", "stan_cywilny") == {"OTHER_PII"}
    assert categories(cat, "medlemmar", "vikt") == {"OTHER_PII"}
