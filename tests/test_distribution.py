"""Values deciding together: what a whole column says beyond the shape of each value
(through scan_table on real in-memory tables)."""

import datetime as dt
import random

import pyarrow as pa

from piiscan import scan_table

FIRST = ["Owen", "Maria", "Nancy", "Andrew", "Janet", "Margaret", "Steven", "Michael", "Robert", "Laura"]
LAST = ["Harris", "Anders", "Davolio", "Fuller", "Leverling", "Peacock", "Buchanan", "Suyama", "King"]


def found(catalog, column, table="t"):
    return set(catalog.column(table, column).categories)


def days(rng, start, end, n):
    span = (end - start).days
    return [(start + dt.timedelta(days=rng.randrange(span))).isoformat() for _ in range(n)]


def test_birth_dates_under_a_cryptic_name_are_found_from_their_spread():
    rng = random.Random(0)
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(150)]
    table = pa.table({"nm": names, "c3": days(rng, dt.date(1940, 1, 1), dt.date(2005, 1, 1), 150)})
    top = scan_table(table, "t").column("t", "c3").top
    assert top is not None and top.category == "DATE_OF_BIRTH"
    assert any(e.signal == "distribution" for e in top.evidence)


def test_business_dates_are_not_birth_dates():
    rng = random.Random(1)
    table = pa.table({
        "c1": days(rng, dt.date(2019, 1, 1), dt.date(2025, 1, 1), 150),  # recent: orders
        "c2": [f"{d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"  # a time of day: events
               for d in days(rng, dt.date(1950, 1, 1), dt.date(2005, 1, 1), 150)],
        "c4": days(rng, dt.date(2020, 1, 1), dt.date(2060, 1, 1), 150),  # in the future: expiries
    })
    cat = scan_table(table, "t")
    for column in ("c1", "c2", "c4"):
        assert "DATE_OF_BIRTH" not in found(cat, column), column


def test_gender_from_the_value_set_needs_both_sexes():
    rng = random.Random(2)
    table = pa.table({
        "x1": [rng.choice(["M", "F"]) for _ in range(100)],
        "x2": [rng.choice(["other", "unknown"]) for _ in range(100)],
        "x3": ["M"] * 100,
    })
    cat = scan_table(table, "t")
    assert found(cat, "x1") == {"GENDER"}
    assert not found(cat, "x2") and not found(cat, "x3")


def test_a_column_named_for_a_version_in_another_language_holds_no_ip_addresses():
    rng = random.Random(4)
    quads = [f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(1, 254)}" for _ in range(100)]
    cat = scan_table(pa.table({"wersja_api": quads, "versao_firmware": quads, "adres_ip": quads}), "t")
    assert not found(cat, "wersja_api") and not found(cat, "versao_firmware")
    assert found(cat, "adres_ip") == {"IP_ADDRESS"}


def test_dotted_versions_are_not_ip_addresses():
    rng = random.Random(3)
    versions = [f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}" for _ in range(100)]
    addresses = [f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(100)]
    cat = scan_table(pa.table({"build": versions, "peer": addresses}), "t")
    assert not found(cat, "build")
    assert found(cat, "peer") == {"IP_ADDRESS"}


def test_a_dense_run_of_unique_integers_is_a_key_not_a_postal_code_or_an_age():
    table = pa.table({"ref5": list(range(20000, 20300)), "age": list(range(300)),
                      "name": [f"{FIRST[i % 10]} {LAST[i % 9]}" for i in range(300)]})
    cat = scan_table(table, "t")
    assert not found(cat, "ref5")
    assert not found(cat, "age")


def test_a_personal_column_name_over_flags_or_event_dates_is_not_personal():
    rng = random.Random(4)
    table = pa.table({
        "email": [rng.choice(["Y", "N"]) for _ in range(100)],
        "salary": [rng.random() < 0.5 for _ in range(100)],
        "birth_date": [f"{d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
                       for d in days(rng, dt.date(2023, 1, 1), dt.date(2025, 1, 1), 100)],
        "sex": [rng.choice([0, 1]) for _ in range(100)],
        "name": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(100)],
    })
    cat = scan_table(table, "t")
    for column in ("email", "salary", "birth_date"):
        assert not found(cat, column), column
    assert found(cat, "sex") == {"GENDER"}


def test_years_beside_an_address_are_not_postal_codes():
    rng = random.Random(5)
    table = pa.table({
        "street": [f"{rng.randint(1, 300)} {rng.choice(['Oak', 'Elm', 'Pine'])} Street" for _ in range(100)],
        "built": [str(rng.randint(1920, 2020)) for _ in range(100)],
    })
    assert not found(scan_table(table, "t"), "built")


def test_a_salt_beside_a_password_hash_is_a_credential():
    rng = random.Random(6)
    table = pa.table({
        "password_hash": ["".join(rng.choice("0123456789abcdef") for _ in range(64)) for _ in range(100)],
        "s": ["".join(rng.choice("0123456789abcdef") for _ in range(32)) for _ in range(100)],
    })
    assert found(scan_table(table, "t"), "s") == {"CREDENTIAL"}


def test_signed_and_spaced_numbers_are_judged_without_failing():
    table = pa.table({"p": [f"+91{4869024346 + i}" for i in range(50)], "q": [f"-{i}" for i in range(50)]})
    cat = scan_table(table, "t")
    assert cat.column("t", "p").status == "scanned" and cat.column("t", "q").status == "scanned"
