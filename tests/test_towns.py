"""Towns known by their values (piiscan.detect.towns, GeoNames' towns of 15,000 people or
more): a column of real town names is a city whatever it is called, in any script, and is no
column of person names; surnames that are also towns, sexes and a town list of a few entries
stay what they are. Through piiscan.scan() on a real SQLite file."""

import random

from piiscan.detect.towns import folded_name, town_names
from tests.test_accuracy_attributes import FIRST, LAST, N, categories, people, scan_tables

TOWNS = ["Banja Luka", "Kano", "Oran", "Surat", "Chattogram", "Ramallah", "Ibadan", "Onitsha", "Cuttack",
         "Zaria", "Tlemcen", "Bihać", "Tuzla", "Hebron", "Nablus", "Bhubaneswar", "Vadodara", "Setif"]
TOWNS_CYRILLIC = ["Бања Лука", "Тузла", "Зеница", "Мостар", "Бијељина", "Приједор", "Добој", "Требиње"]
SURNAMES = ["Wilson", "Taylor", "Jackson", "Smith", "Brown", "Okafor", "Adeyemi", "Nwosu", "Haddad", "Mensah",
            "Kowalski", "Ivanova", "Garcia", "Lopez", "Chen", "Nguyen", "Patel", "Müller"]


def test_the_list_reads_names_in_other_scripts_and_leaves_codes_out():
    names = town_names()
    assert len(names) > 100_000
    assert folded_name("Бања Лука") in names and folded_name("Sétif") in names
    assert "yes" not in names  # an airport code among a town's alternate names


def test_town_names_decide_a_city_under_any_name_and_are_no_person_names(tmp_path):
    rng = random.Random(21)
    cat = scan_tables(tmp_path, {
        "stg_export_3": {**people(rng, first="c1", last="c2"),
                         "c3": [f"+234 80{rng.randint(10_000_000, 99_999_999)}" for _ in range(N)],
                         "c6": [rng.choice(TOWNS) for _ in range(N)],
                         "c7": [rng.choice(TOWNS_CYRILLIC) for _ in range(N)],
                         "c8": [rng.choice(SURNAMES) for _ in range(N)],
                         "c9": [rng.choice(["Male", "Female"]) for _ in range(N)]},
    })
    assert categories(cat, "stg_export_3", "c6") == {"CITY"}
    assert categories(cat, "stg_export_3", "c7") == {"CITY"}
    finding = cat.column("stg_export_3", "c6").top
    assert any("names of towns" in e.detail for e in finding.evidence)
    assert "CITY" not in categories(cat, "stg_export_3", "c8")  # Wilson, Taylor and Jackson are towns too
    assert "CITY" not in categories(cat, "stg_export_3", "c9")  # so is Malé


def test_towns_under_a_province_name_stay_a_province(tmp_path):
    rng = random.Random(22)
    provinces = ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Genova", "Bari", "Palermo", "Verona"]
    cat = scan_tables(tmp_path, {
        "ospiti": {**people(rng, first="nome", last="cognome"), "provincia": [rng.choice(provinces) for _ in range(N)]},
    })
    assert categories(cat, "ospiti", "provincia") == {"STATE_REGION"}
