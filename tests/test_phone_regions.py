"""Local phone numbers of a region the phone validator doesn't read by default (Romanian
mobiles written 0722 123 456), under a phone name, are read as that region's numbers
(piiscan.detect.phone_regions); room extensions under a phone name and the same numbers under
a name that says nothing are not. Through piiscan.scan() on a real SQLite file."""

import random

import piiscan

N = 120


def test_local_numbers_of_another_region_under_a_phone_name(make_sqlite):
    rng = random.Random(6)
    mobile = lambda: f"07{rng.choice([2, 3, 4, 5, 6])}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    rows = [(i, f"Ana Pop{i}", mobile(), mobile(), str(rng.randint(100, 4999))) for i in range(N)]
    path = make_sqlite({"clienti": (["k", "nume_complet", "telefon", "c7", "phone"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    telefon = cat.column("clienti", "telefon")
    assert telefon.categories == ("PHONE",)
    assert any("region RO" in e.detail for e in telefon.top.evidence)
    # under a name that says nothing, numbers written nationally count less than under a phone name
    c7 = cat.column("clienti", "c7")
    assert c7.categories == ("PHONE",) and c7.top.confidence < telefon.top.confidence
    room = cat.column("clienti", "phone")  # extensions: short numbers of some small territory
    assert not any("region" in e.detail for f in (*room.findings, *room.candidates) for e in f.evidence)


def test_masked_numbers_are_phones_and_masked_cards_and_ids_are_not(make_sqlite):
    rng = random.Random(7)
    rows = [(i, f"Ana Pop{i}", f"+973 3*** **{rng.randint(10, 99)}", f"07*** ***{rng.randint(100, 999)}",
             f"**** **** **** {rng.randint(1000, 9999)}", f"XXXX XXXX {rng.randint(1000, 9999)}") for i in range(N)]
    path = make_sqlite({"orders": (["k", "customer_name", "contact_masked", "c4", "card_masked", "aadhaar_masked"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)
    assert cat.column("orders", "contact_masked").categories == ("PHONE",)
    assert cat.column("orders", "c4").categories == ("PHONE",)  # the values alone: a trunk 0, a masked middle
    assert "PHONE" not in cat.column("orders", "card_masked").categories
    assert "PHONE" not in cat.column("orders", "aadhaar_masked").categories
    examples = cat.column("orders", "contact_masked").top.examples
    assert examples and all("*" in e for e in examples)
