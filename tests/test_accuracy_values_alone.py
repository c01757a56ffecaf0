"""Values that carry a decision where names say nothing (issue 11, kinds 3 and 4), through
piiscan.scan() on real SQLite files: phones masked from their first digit, identification
numbers with no checksum piiscan knows, blood pressures, names in Khmer script, sexes written
in Belarusian, a special category's values in a language its vocabulary lacks, and survey
attributes where the table name or a respondent key says people."""

import random

import piiscan

N = 120
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas", "Karin", "Marek"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller", "Horvat", "Kovac"]


def _found(path):
    return {c.column: set(c.categories) for c in piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)}


def _name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def test_phones_masked_from_their_first_digit_beside_people_are_phones_and_masked_cards_are_not(make_sqlite):
    rng = random.Random(1)
    shapes = ["+xxx xx xxx {}", "xx xxx {}", "***/***-{}", "####-{}{}"]
    rows = [(i, _name(rng), rng.choice(shapes).format(f"{rng.randint(0, 999):03d}", rng.randint(0, 9)),
             f"**** **** **** {rng.randint(1000, 9999)}", f"***-**-{rng.randint(1000, 9999)}") for i in range(N)]
    path = make_sqlite({"members": (["id", "full_name", "c6", "card", "c8"], rows)})
    found = _found(path)
    assert found["c6"] == {"PHONE"}
    assert "PHONE" not in found["card"] and "PHONE" not in found["c8"]  # a card's and an SSN's grouping


def test_unique_numbers_of_one_length_beside_a_name_are_an_id_and_numbers_of_things_or_in_order_are_not(make_sqlite):
    rng = random.Random(2)
    rows = [(i, _name(rng), f"{rng.randint(0, 999_999_999):09d}", f"{rng.randint(0, 999_999_999):09d}",
             100_000 + i * 3, rng.randint(18, 70)) for i in range(N)]
    path = make_sqlite({"crew": (["id", "full_name", "f_05", "mmsi", "f_06", "age"], rows)})
    found = _found(path)
    assert found["f_05"] == {"GOV_ID"}
    assert not found["mmsi"]  # a vessel's number under its own name
    assert not found["f_06"]  # handed out in order: a key
    # the same numbers in a table of things, with no person in it: nothing
    things = [(i, f"{rng.randint(0, 999_999_999):09d}", rng.choice(["idle", "run"])) for i in range(N)]
    assert not _found(make_sqlite({"pumps": (["id", "f_05", "state"], things)}, "things.sqlite"))["f_05"]


def test_blood_pressures_beside_a_patient_are_health_data_whatever_the_column_is_called(make_sqlite):
    rng = random.Random(3)
    rows = [(i, _name(rng), f"{rng.randint(95, 190)}/{rng.randint(55, 92)}", rng.randint(1, 9)) for i in range(N)]
    found = _found(make_sqlite({"pasien": (["id", "non", "tansion", "sal"], rows)}))
    assert found["tansion"] == {"OTHER_PII"}


def test_names_in_khmer_script_and_sexes_in_belarusian_are_found(make_sqlite):
    rng = random.Random(4)
    given, family = ["សុខា", "សុភា", "រិទ្ធី", "ដាវី", "ពិសិដ្ឋ", "បុប្ផា", "ចាន់ណា", "វណ្ណា"], ["ជា", "មាស", "ហេង", "ចាន់", "គឹម", "សុខ"]
    rows = [(i, f"{rng.choice(family)} {rng.choice(given)}", rng.choice(["жан", "муж"]),
             f"+855 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}") for i in range(N)]
    found = _found(make_sqlite({"weavers": (["id", "ឈ្មោះ", "пол", "phone"], rows)}))
    assert found["ឈ្មោះ"] == {"PERSON_NAME"}
    assert found["пол"] == {"GENDER"}


def test_a_special_categorys_values_its_vocabulary_lacks_count_under_its_whole_name_only(make_sqlite):
    rng = random.Random(5)
    rows = [(i, _name(rng), rng.choice(["no indígena", "cabécar", "ngäbe-buglé"]), rng.randint(18, 70),
             rng.choice(["basic", "premium", "gold"]), rng.choice(["soltero", "casado", "viudo"])) for i in range(N)]
    found = _found(make_sqlite({"recolectores": (["id", "nombre", "etnia", "edad", "health_plan", "estado_civil"], rows)}))
    assert found["etnia"] == {"OTHER_PII"}
    assert not found["health_plan"]  # the keyword names part of the column only: a plan's tier


def test_survey_attributes_where_the_table_name_or_a_respondent_key_says_people(make_sqlite):
    rng = random.Random(6)
    rows = [(i, rng.randint(18, 60), round(rng.uniform(5, 40), 2), rng.randint(6, 18), rng.randint(0, 1),
             rng.randint(1, 4)) for i in range(N)]
    found = _found(make_sqlite({"young_men_schooling": (["id", "age76", "wage76", "ed76", "nearc4", "reg"], rows)}))
    assert found["ed76"] == {"OTHER_PII"} and found["nearc4"] == {"OTHER_PII"}
    # the same columns in a table named for nothing and keyed by nothing: only the named ones
    found = _found(make_sqlite({"t_0417": (["id", "age76", "wage76", "ed76", "nearc4", "reg"], rows)}, "plain.sqlite"))
    assert not found["ed76"] and not found["nearc4"]


def test_an_address_of_a_device_named_for_the_device_is_the_devices_beside_people_too(make_sqlite):
    rng = random.Random(7)

    def ip():
        return f"{rng.randint(11, 200)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

    def imei():
        body = [rng.randint(0, 9) for _ in range(14)]
        total = sum(d if i % 2 == 0 else (2 * d if 2 * d < 10 else 2 * d - 9) for i, d in enumerate(body))
        return "".join(map(str, body)) + str((10 - total % 10) % 10)

    rows = [(i, _name(rng), ip(), ip(), imei()) for i in range(N)]
    found = _found(make_sqlite({"stallholders": (["id", "holder_name", "pos_ip", "client_ip", "tracker_imei"], rows)}))
    assert not found["pos_ip"] and not found["tracker_imei"]
    assert found["client_ip"] == {"IP_ADDRESS"}
