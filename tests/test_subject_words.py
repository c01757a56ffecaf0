"""Table-subject words of other languages (piiscan/detect/subject_words.yaml): table names in
Cyrillic, Arabic, Han, Devanagari, Georgian and Greek script, and transliterated, say whether
rows are about people or things; English names are read as before."""

import random

import pytest

from piiscan.detect.subject import animal_word, person_key, table_kind


@pytest.mark.parametrize("name", [
    "сотрудники", "клиенты", "пациентов",  # Russian
    "الزبائن", "المرضى", "الموظفين", "المستخدمين",  # Arabic (العملاء is too short once transliterated: `l ml`)
    "客户", "顧客", "员工", "会员信息",  # Han: runs of pinyin tokens
    "ग्राहक", "कर्मचारी",  # Hindi
    "მომხმარებლები", "კლიენტები",  # Georgian (კ splits a run: k lient ebi)
    "πελάτες", "ασθενείς",  # Greek
    "musteriler", "müşteriler", "sotrudniki", "kliienti", "pelanggan", "wateja", "khach_hang",
])
def test_person_words_in_many_scripts(name):
    assert table_kind(name)[0] == "person", name


@pytest.mark.parametrize("name", [
    "склады", "магазины", "مستودعات", "仓库", "设备", "गोदाम", "მაღაზიები", "αποθήκες", "toimumiskohad",
    "depolar", "magazinul", "cua_hang", "sklady",
])
def test_thing_words_in_many_scripts(name):
    assert table_kind(name)[0] == "thing", name


@pytest.mark.parametrize("name", [
    "clientii", "clienții", "klientet", "klientët", "kunderne", "kundene", "asiakkaat", "pacienti", "hastalar",
])
def test_plural_and_definite_forms(name):
    assert table_kind(name)[0] == "person", name


def test_person_words_win_over_thing_words_in_any_language():
    assert table_kind("musteri_cihazlari") == ("person", "musteri")
    assert table_kind("склады_сотрудники")[0] == "person"
    assert table_kind("ke_hu_cang_ku") == ("person", "ke hu")


def test_token_runs_match_only_in_order():
    assert table_kind("ke_hu")[0] == "person"
    assert table_kind("hu_ke") == (None, None)
    assert table_kind("dong_wu") == ("thing", "dong wu") and animal_word("dong wu")
    assert table_kind("动物")[0] == "thing"


def test_an_event_word_of_another_language_after_a_thing_says_where_not_whose():
    assert table_kind("otel_rezervasyonlar") == (None, None)
    assert table_kind("hotel_buchungen") == (None, None)
    assert table_kind("rezervasyonlar") == (None, None)


def test_new_words_match_only_as_listed():
    # no plural endings read off the words of other languages, and no compounds of thing words
    assert table_kind("musterilers") == (None, None)
    assert table_kind("grossmagazinul") == (None, None)
    # person words of languages that compound are read at the end of compounds
    assert table_kind("yritysasiakkaat")[0] == "person"
    assert table_kind("Pflegeeltern")[0] == "person"


def test_dropped_words_say_nothing():
    for name in ("bolt", "mina", "firma", "plant_codes", "magazine", "gini", "pais", "kits", "born"):
        assert table_kind(name)[0] in (None, "thing") and table_kind(name)[1] not in ("mina", "firma", "gini", "pais")
    assert table_kind("mina") == (None, None)
    assert table_kind("firma") == (None, None)
    assert table_kind("plant_codes") == ("thing", "plant")  # English, not Welsh `plant` (children)


def test_english_names_are_read_as_before():
    assert table_kind("customer_devices") == ("person", "customer")
    assert table_kind("ferry_tickets") == (None, None)
    assert table_kind("school_pupils") == ("person", "pupils")
    assert table_kind("warehouses") == ("thing", "warehouses")
    assert table_kind("Ladestationen") == ("thing", "ladestationen")
    assert table_kind("hotel_bookings") == (None, None)
    assert table_kind("orders") == (None, None)
    assert table_kind("payments") == (None, None)
    assert table_kind("schools") == (None, None)


def test_a_key_to_a_person_table_in_another_language():
    assert person_key("musteri_id")
    assert person_key("ref", references="сотрудники")
    assert not person_key("ref", references="склады")


CITIES = ["Ankara", "Izmir", "Bursa", "Antalya", "Konya", "Adana", "Kayseri", "Eskisehir", "Mersin", "Samsun"]
STREETS = ["Ataturk Caddesi", "Cumhuriyet Caddesi", "Istiklal Caddesi", "Inonu Sokak", "Gazi Bulvari"]


def _places(rng, n):
    return {
        "adres": [f"{rng.choice(STREETS)} No:{rng.randint(1, 200)}" for _ in range(n)],
        "sehir": [rng.choice(CITIES) for _ in range(n)],
        "posta_kodu": [f"{rng.randint(10, 81):02d}{rng.randint(100, 999)}" for _ in range(n)],
        "enlem": [round(rng.uniform(36.5, 41.5), 6) for _ in range(n)],
        "boylam": [round(rng.uniform(27.0, 44.0), 6) for _ in range(n)],
    }


def _confidence(catalog, table, column):
    col = catalog.column(table, column)
    return max((f.confidence for f in (*col.findings, *col.candidates)), default=0.0)


def test_places_in_a_table_named_for_things_weigh_less_than_in_one_named_for_customers(scan_columns):
    """Turkish `depolar` (warehouses) and `musteriler` (customers), through piiscan.scan() on a
    real SQLite file: the same addresses, cities, postal codes and coordinates."""
    n = 120
    cats = scan_columns({
        "depolar": {"id": list(range(n)), **_places(random.Random(7), n)},
        "musteriler": {"id": list(range(n)), **_places(random.Random(7), n)},
    })
    catalog = cats.catalog
    people = [_confidence(catalog, "musteriler", c) for c in ("adres", "sehir", "posta_kodu", "enlem")]
    assert all(c > 0 for c in people), people
    for column in ("adres", "sehir", "posta_kodu", "enlem", "boylam"):
        assert _confidence(catalog, "depolar", column) < max(_confidence(catalog, "musteriler", column), 0.01), column
    assert sum(_confidence(catalog, "depolar", c) for c in ("adres", "sehir", "posta_kodu", "enlem")) < sum(people)


def test_the_word_file_passes_its_check():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "check_subject_words.py"
    spec = importlib.util.spec_from_file_location("check_subject_words", path)
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    assert check.main() == 0
