"""Values that decide where names say little (issue 11, kinds 3-5): measures of the body by
their unit and range, years of birth and births in other calendars, staff named by their role,
titles before names, contact lines and postal code with town in any script, national phone and
bank account numbers, and whose places a nested object holds; each through piiscan.scan() on
a small file of its own, beside the look-alikes that must stay unreported."""

import random

from tests.test_accuracy_attributes import FIRST, LAST, N, categories, people, scan_tables


def test_body_measures_named_by_their_unit_in_a_table_about_people_not_of_goods(tmp_path):
    rng = random.Random(11)
    cat = scan_tables(tmp_path, {
        "marda": {**people(rng, first="ism", last="laqab"),
                  "m1_cm": [rng.randint(148, 196) for _ in range(N)],
                  "m2_kg": [round(rng.uniform(48, 130), 1) for _ in range(N)],
                  "m3_mmhg": [rng.randint(9, 34) for _ in range(N)],
                  "m4_kg": [round(rng.uniform(0.3, 30), 1) for _ in range(N)]},
        "products": {"sku": [f"SKU-{i:05d}" for i in range(N)],
                     "m1_cm": [rng.randint(148, 196) for _ in range(N)],
                     "m2_kg": [round(rng.uniform(48, 130), 1) for _ in range(N)]},
    })
    for column in ("m1_cm", "m2_kg", "m3_mmhg"):  # names no vocabulary knows: the unit and the values say
        assert categories(cat, "marda", column) == {"OTHER_PII"}, column
        finding = cat.column("marda", column).top
        assert any("shaped like" in e.detail for e in finding.evidence)
    assert not categories(cat, "marda", "m4_kg")  # a bag's kilograms weigh less than a person
    assert not categories(cat, "products", "m1_cm")
    assert not categories(cat, "products", "m2_kg")


def test_years_of_birth_under_a_birth_name_but_not_years_that_reach_the_present(tmp_path):
    rng = random.Random(12)
    cat = scan_tables(tmp_path, {
        "customers": {**people(rng), "birth_year": [rng.randint(1940, 2006) for _ in range(N)],
                      "year_joined": [rng.randint(1995, 2026) for _ in range(N)]},
        "members": {**people(rng), "birth_year": [rng.randint(1995, 2026) for _ in range(N)]},
    })
    assert categories(cat, "customers", "birth_year") == {"DATE_OF_BIRTH"}
    assert not categories(cat, "customers", "year_joined")
    # years up to this one are no births of the people in a table (registrations, model years)
    assert "DATE_OF_BIRTH" not in categories(cat, "members", "birth_year")


def test_staff_named_by_their_role_with_titles_before_their_names(tmp_path):
    rng = random.Random(13)
    staff = [f"Dr. {rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(6)]
    nurses = [f"Nurse {rng.choice(FIRST)[0]}. {rng.choice(LAST)}" for _ in range(4)]
    cat = scan_tables(tmp_path, {
        "consultations": {"patient_id": list(range(N)), "clinician": [rng.choice(staff + nurses) for _ in range(N)],
                          "handled_by": [rng.choice(staff) for _ in range(N)],
                          "group_by": [rng.choice(["day", "week", "month"]) for _ in range(N)]},
    })
    assert categories(cat, "consultations", "clinician") == {"PERSON_NAME"}
    assert categories(cat, "consultations", "handled_by") == {"PERSON_NAME"}
    assert not categories(cat, "consultations", "group_by")


def test_contact_lines_in_scripts_without_capitals_and_numbers_without_a_prefix(tmp_path):
    rng = random.Random(14)
    devanagari = ["आज्ञा सिंह", "अनिल खड्का", "सरोज टिब्रेवाल", "विध्या भिमसरीया", "श्रीमान द्वारीका श्रेष्ठ", "राम शर्मा"]
    catalan = ["Jordi Soler", "Marc Grau", "Joan Riera", "Oriol Mas", "Montserrat Bosch", "Núria Vila"]
    cat = scan_tables(tmp_path, {
        "trekkers": {**people(rng),
                     "emergency_contact": [f"{rng.choice(devanagari)}, 98{rng.randint(10000000, 99999999)}"
                                           for _ in range(N)],
                     "contacte": [f"{rng.choice(catalan)} (germà) 6{rng.randint(10, 99)} {rng.randint(10, 99)}"
                                  f" {rng.randint(10, 99)} {rng.randint(10, 99)}" for _ in range(N)]},
        "bags": {"din": [f"W{rng.randint(1000, 9999)} 26 {rng.randint(100000, 999999)}" for _ in range(N)],
                 "volume_ml": [rng.choice([250, 450, 500]) for _ in range(N)]},
    })
    assert categories(cat, "trekkers", "emergency_contact") == {"PERSON_NAME", "PHONE"}
    assert categories(cat, "trekkers", "contacte") == {"PERSON_NAME", "PHONE"}
    assert not categories(cat, "bags", "din")  # a code with digits after a letter is no name and phone


def test_postal_code_and_town_in_one_cell_under_a_positional_name_not_plates_or_model_numbers(tmp_path):
    rng = random.Random(15)
    towns = ["Wavre", "Nivelles", "Tournai", "Dudelange", "Yverdon-les-Bains", "Le Locle", "Reykjavík", "Arlon"]
    cat = scan_tables(tmp_path, {
        "stg_import_07": {**people(rng, first="c1", last="c2"),
                          "c10": [f"{rng.choice(['L-', ''])}{rng.randint(1000, 9999)} {rng.choice(towns)}"
                                  for _ in range(N)],
                          "c11": [rng.randint(10000, 99999) for _ in range(N)],
                          "c12": [f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
                                  f" {rng.randint(1000, 9999)}" for _ in range(N)],
                          "c13": [f"{rng.choice(['ETA', 'Unitas', 'Valjoux', 'Sellita'])} {rng.randint(2000, 7999)}"
                                  for _ in range(N)]},
    })
    assert categories(cat, "stg_import_07", "c10") == {"POSTAL_CODE", "CITY"}
    assert "POSTAL_CODE" not in categories(cat, "stg_import_07", "c11")  # the table's postal code is in c10
    assert not categories(cat, "stg_import_07", "c12") & {"POSTAL_CODE", "CITY"}
    assert not categories(cat, "stg_import_07", "c13") & {"POSTAL_CODE", "CITY"}


def test_a_things_place_beside_the_person_it_holds_in_a_nested_object(tmp_path):
    """Stations with their manager nested: the station's coordinates are not the manager's; a
    telematics record with its driver nested keeps the position (nothing names the rows things)."""
    import json

    import piiscan

    rng = random.Random(16)
    def record(kind):
        person = {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "phone": f"+49 30 {rng.randint(1000000, 9999999)}"}
        where = {"lat": round(rng.uniform(47.3, 54.9), 5), "lon": round(rng.uniform(5.9, 15.0), 5)}
        if kind == "stations":
            return {"station_id": rng.randint(1, 10**6), "geo": where, "manager": person}
        return {"ts": f"2026-11-{rng.randint(1, 28):02d}T10:00:00", "pos": where, "driver": person}
    for kind in ("stations", "telematics"):
        (tmp_path / f"{kind}.jsonl").write_text("\n".join(json.dumps(record(kind)) for _ in range(N)) + "\n")
    cat = piiscan.scan(str(tmp_path), sample_size=200, jobs=1)
    found = {(c.table, c.column): set(c.categories) for c in cat.columns}
    assert found[("stations.jsonl", "manager.name")] == {"PERSON_NAME"}
    assert not found[("stations.jsonl", "geo.lat")]
    assert found[("telematics.jsonl", "pos.lat")] == {"GEO_COORDINATES"}


def test_national_bank_account_numbers_under_a_bank_account_name_not_order_numbers(tmp_path):
    rng = random.Random(17)
    accounts = [f"{rng.randint(10000, 99999)}-{rng.choice(['003', '006', '815'])}-{rng.randint(10**6, 10**7 - 1)}"
                for _ in range(N)]
    cat = scan_tables(tmp_path, {
        "producteurs": {**people(rng, first="prenom", last="nom"), "compte_bancaire": accounts,
                        "numero_commande": [f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
                                            f"-{rng.randint(10**6, 10**7 - 1)}" for _ in range(N)]},
    })
    assert categories(cat, "producteurs", "compte_bancaire") == {"BANK_ACCOUNT"}
    assert "BANK_ACCOUNT" not in categories(cat, "producteurs", "numero_commande")


def test_phone_numbers_written_nationally_under_a_positional_name(tmp_path):
    import phonenumbers

    rng = random.Random(18)
    mobiles = []
    while len(mobiles) < N:
        number = f"07{rng.randint(10**8, 10**9 - 1)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "GB")):
            mobiles.append(number)
    cat = scan_tables(tmp_path, {
        "stg_0412": {**people(rng, first="c01", last="c02"), "c04": mobiles,
                     "c05": [str(rng.randint(10**9, 10**10 - 1)) for _ in range(N)],
                     "c06": [f"{i:010d}" for i in range(1000, 1000 + N)]},
    })
    assert categories(cat, "stg_0412", "c04") == {"PHONE"}
    assert "PHONE" not in categories(cat, "stg_0412", "c05")  # no trunk prefix: IDs, not numbers written nationally
    assert "PHONE" not in categories(cat, "stg_0412", "c06")  # zero-padded counters


def test_birth_dates_written_in_other_calendars(tmp_path):
    """Lunar Hijri (marked هـ), Solar Hijri and Bikram Sambat dates under birth-date names, Minguo
    dates under a positional name; Gregorian expiry dates decades ahead stay events."""
    import datetime as dt

    rng = random.Random(19)
    def ymd(low, high):
        return f"{rng.randint(low, high)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
    cat = scan_tables(tmp_path, {
        "marda": {**people(rng), "tarikh_milad": [ymd(1360, 1428) + " هـ" for _ in range(N)],
                  "tarikh_tavalod": [ymd(1320, 1386) for _ in range(N)],
                  "dob_bs": [ymd(2000, 2065).replace("/", "-") for _ in range(N)],
                  "c7": [f"民國{rng.randint(30, 95)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日" for _ in range(N)],
                  "c8": [(dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 40 * 365))).isoformat()
                         for _ in range(N)]},
    })
    for column in ("tarikh_milad", "tarikh_tavalod", "dob_bs", "c7"):
        assert categories(cat, "marda", column) == {"DATE_OF_BIRTH"}, column
    assert "DATE_OF_BIRTH" not in categories(cat, "marda", "c8")  # Gregorian dates to come, not Bikram Sambat births
