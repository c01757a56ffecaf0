"""Shape-alikes and things (issue 11, precision): what the values say together vetoes a
finding that rests on a shape or a name alone. Builds dotted like addresses, machine states
under `state`, album release dates spread like births, a machine table's age and weight
stay NONE; the same shapes under names and in tables that speak for them are still found.
Through piiscan.scan() on a real SQLite file."""

import random

N = 150


def date(rng, first, last):
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def test_device_telemetry_builds_states_and_coordinates_are_not_personal(scan_columns):
    rng = random.Random(31)
    cats = scan_columns({
        "readings": {"unit": [f"u{rng.randint(1, 50)}" for _ in range(N)],
                     "build": [rng.choice(["10.2.0.44", "10.2.1.3", "11.0.0.12"]) for _ in range(N)],
                     "state": [rng.choice(["idle", "run", "fault"]) for _ in range(N)],
                     "lat": [round(rng.uniform(40, 41), 5) for _ in range(N)],
                     "lon": [round(rng.uniform(-74, -73), 5) for _ in range(N)]},
        "logins": {"user_email": [f"user{i}@example.org" for i in range(N)],
                   "login_ip": [f"{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                                for _ in range(N)],
                   "state": [rng.choice(["Texas", "Ohio", "Utah", "Iowa"]) for _ in range(N)]},
    })
    for column in ("build", "state", "lat", "lon"):
        assert not cats("readings", column), column
    assert cats("logins", "login_ip") == {"IP_ADDRESS"}
    assert cats("logins", "state") == {"STATE_REGION"}


def test_dates_spread_like_births_under_an_event_name_are_events(scan_columns):
    rng = random.Random(32)
    cats = scan_columns({
        "albums": {"title": [f"Album {i}" for i in range(N)],
                   "release_date": [date(rng, 1950, 2020) for _ in range(N)]},
        "members": {"member_no": list(range(N)), "d1": [date(rng, 1940, 2005) for _ in range(N)]},
    })
    assert not cats("albums", "release_date")
    assert cats("members", "d1") == {"DATE_OF_BIRTH"}


def test_a_machine_table_with_an_age_a_weight_and_a_height_stays_none(scan_columns):
    rng = random.Random(33)
    cats = scan_columns({"machines": {"machine": [f"M-{i}" for i in range(N)],
                                          "age": [rng.randint(0, 30) for _ in range(N)],
                                          "weight": [rng.randint(40, 250) for _ in range(N)],
                                          "height": [round(rng.uniform(1, 2), 2) for _ in range(N)],
                                          "gender": [rng.choice(["m", "f"]) for _ in range(N)]}})
    for column in ("age", "weight", "height"):
        assert not cats("machines", column), column


def test_codes_and_channel_words_under_personal_names_beside_people_are_not_personal(scan_columns):
    rng = random.Random(34)
    first = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul"]
    last = ["Berger", "Huber", "Wagner", "Novak", "Rossi"]
    pick = lambda values: [rng.choice(values) for _ in range(N)]  # noqa: E731
    cats = scan_columns({"customers": {
        "first_name": pick(first), "last_name": pick(last),
        "zip_zone": pick(["1", "2", "3"]), "city_code": pick(["A", "B", "C", "D"]),
        "contact": pick(["email", "phone", "post"]), "gender_pref": pick(["none", "any"]),
        "health_plan": pick(["basic", "premium", "gold"]), "salary_band": pick([1, 2, 3]),
        "age_group": pick(["18-24", "25-34", "35-44"]), "marital_cd": pick(["M", "S", "D", "W"]),
        # the same names over what they say: still found
        "middle_initial": pick(["J", "K", "M", "R"]), "country_code": pick(["DE", "FR", "IT"]),
        "zip": [f"{rng.randint(10000, 99999)}" for _ in range(N)]}})
    for column in ("zip_zone", "city_code", "contact", "gender_pref", "health_plan"):
        assert not cats("customers", column), column
    assert cats("customers", "country_code") == {"COUNTRY"}
    assert cats("customers", "zip") == {"POSTAL_CODE"}
    assert cats("customers", "marital_cd") == {"OTHER_PII"}
    assert cats("customers", "middle_initial") == {"PERSON_NAME"}


def test_statistics_over_many_people_are_not_a_persons_attributes(scan_columns):
    rng = random.Random(35)
    cats = scan_columns({
        "county_stats": {"median_income": [rng.randint(30000, 120000) for _ in range(N)],
                         "median_age": [round(rng.uniform(25, 55), 1) for _ in range(N)],
                         "pct_female": [round(rng.uniform(45, 55), 1) for _ in range(N)],
                         "smoking_rate": [round(rng.uniform(5, 30), 1) for _ in range(N)]},
        "dept_summary": {"avg_salary": [rng.randint(40000, 90000) for _ in range(N)],
                         "female_share": [round(rng.uniform(0.2, 0.8), 2) for _ in range(N)],
                         "age_mean": [round(rng.uniform(30, 50), 1) for _ in range(N)]},
        "respondents_raw": {"age": [rng.randint(18, 90) for _ in range(N)],
                            "income": [rng.randint(0, 200000) for _ in range(N)],
                            "smoker": [rng.choice([0, 1]) for _ in range(N)]},
    })
    for table, columns in (("county_stats", ("median_income", "median_age", "pct_female", "smoking_rate")),
                           ("dept_summary", ("avg_salary", "female_share", "age_mean"))):
        for column in columns:
            assert not cats(table, column), (table, column)
    for column in ("age", "income", "smoker"):
        assert cats("respondents_raw", column) == {"OTHER_PII"}, column


def test_sums_of_money_shaped_like_postal_codes_are_not_postal_codes(scan_columns):
    """Four-digit prices under a currency code (`price_azn`) or a money word (`Betrag`) beside
    a customer's city are sums; four digits under `zip` beside them are still postal codes."""
    rng = random.Random(41)
    towns = ["Baku", "Ganja", "Sumqayit", "Lankaran", "Shaki", "Mingachevir"]
    cats = scan_columns({"kunden_bestellungen": {
        "kunde_name": [rng.choice(["Aysel Mammadova", "Rashad Aliyev", "Leyla Huseynova", "Elvin Guliyev"])
                       for _ in range(N)],
        "city": [rng.choice(towns) for _ in range(N)],
        "zip": [str(rng.randint(1000, 9999)) for _ in range(N)],
        "price_azn": [str(rng.randint(1000, 9999)) for _ in range(N)],
        "betrag": [str(rng.randint(1000, 9999)) for _ in range(N)],
    }})
    assert cats("kunden_bestellungen", "zip") == {"POSTAL_CODE"}
    assert not cats("kunden_bestellungen", "price_azn")
    assert not cats("kunden_bestellungen", "betrag")


def test_dates_of_making_and_acquiring_things_spread_like_births_are_events(scan_columns):
    """A watch's `date_fabrication`, a museum's `fecha_adquisicion`, spread over decades like
    births, are events; a `fecha_nacimiento` beside them is still a birth date."""
    rng = random.Random(42)
    cats = scan_columns({"piezas": {
        "ref": [f"P-{i}" for i in range(N)],
        "date_fabrication": [date(rng, 1950, 2008) for _ in range(N)],
        "fecha_adquisicion": [date(rng, 1921, 2024) for _ in range(N)],
        "fecha_nacimiento": [date(rng, 1940, 2004) for _ in range(N)],
    }})
    assert not cats("piezas", "date_fabrication")
    assert not cats("piezas", "fecha_adquisicion")
    assert cats("piezas", "fecha_nacimiento") == {"DATE_OF_BIRTH"}
