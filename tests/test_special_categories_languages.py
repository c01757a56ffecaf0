"""GDPR special categories (Art. 9) and criminal data (Art. 10) by column names in other
languages: a trade union's members table in German and one in Russian (native script) gets
its union membership, political party, criminal record, fingerprint template and genotype
columns as OTHER_PII; the same names in tables about things or without any attribute of
people, and words that look alike (`party_id` of an invoice, a corpus's `sentence`, a seed
lot's `genotype`, a browser's `fingerprint`, an employee's `probation_period`), are not
reported. Through piiscan.scan() on a real SQLite file."""

import random

import piiscan

N = 80


def _dob(rng):
    return f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _template(rng):
    return bytes(rng.randrange(256) for _ in range(rng.randint(300, 600)))


def _scan(make_sqlite, tables):
    path = make_sqlite(tables)
    return piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)


def _categories(cat, table, column):
    return cat.column(table, column).categories


GENOTYPES = ["AA", "AG", "GG", "CT", "TT", "CC"]
SPECIAL = ("gewerkschaftsmitglied", "partei", "vorstrafen", "fingerabdruck_template", "genotyp")
SPECIAL_RU = ("член_профсоюза", "политическая_партия", "судимость", "отпечаток_пальца", "генотип")


def _members_de(rng):
    last = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch"]
    first = ["Jonas", "Anna", "Lukas", "Marie", "Felix", "Laura", "Paul", "Lea", "Max", "Sophie"]
    parties = ["SPD", "CDU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "parteilos"]
    records = ["keine", "nicht vorbestraft", "Diebstahl 2014, Geldstrafe", "Körperverletzung 2019, Bewährung",
               "Betrug (2011), verurteilt zu 8 Monaten", "keine", "Trunkenheit am Steuer 2020"]
    return (["id", "nachname", "vorname", "telefon", "geburtsdatum", *SPECIAL], [
        (i, rng.choice(last), rng.choice(first), f"+49 151 {rng.randint(1_000_000, 9_999_999)}", _dob(rng),
         rng.choice(["ja", "nein"]), rng.choice(parties), rng.choice(records), _template(rng), rng.choice(GENOTYPES))
        for i in range(N)])


def _members_ru(rng):
    last = ["Иванов", "Петрова", "Сидоров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова"]
    first = ["Алексей", "Мария", "Дмитрий", "Анна", "Сергей", "Елена", "Иван", "Ольга", "Павел", "Наталья"]
    parties = ["Единая Россия", "КПРФ", "ЛДПР", "Справедливая Россия", "беспартийный"]
    return (["id", "фамилия", "имя", "телефон", "дата_рождения", *SPECIAL_RU], [
        (i, rng.choice(last), rng.choice(first),
         f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", _dob(rng),
         rng.randint(0, 1), rng.choice(parties), rng.randint(0, 1), _template(rng), rng.choice(GENOTYPES))
        for i in range(N)])


def test_union_members_special_categories_in_german_and_russian(make_sqlite):
    rng = random.Random(11)
    cat = _scan(make_sqlite, {"gewerkschaft_mitglieder": _members_de(rng), "chleny_profsoyuza": _members_ru(rng)})
    for column in SPECIAL:
        assert _categories(cat, "gewerkschaft_mitglieder", column) == ("OTHER_PII",), column
    for column in SPECIAL_RU:
        assert _categories(cat, "chleny_profsoyuza", column) == ("OTHER_PII",), column
    rules = {f.rule for f in cat.column("gewerkschaft_mitglieder", "gewerkschaftsmitglied").findings}
    assert "trade_union" in rules
    assert {f.rule for f in cat.column("chleny_profsoyuza", "судимость").findings} == {"criminal_record"}
    assert "biometric" in {f.rule for f in cat.column("gewerkschaft_mitglieder", "fingerabdruck_template").findings}
    assert "genetic" in {f.rule for f in cat.column("chleny_profsoyuza", "генотип").findings}
    assert "sexual_orientation_politics" in {f.rule for f in cat.column("gewerkschaft_mitglieder", "partei").findings}
    assert _categories(cat, "gewerkschaft_mitglieder", "nachname") == ("PERSON_NAME",)


def test_same_names_without_people_and_look_alike_words(make_sqlite):
    rng = random.Random(12)
    unions = ["IG Metall", "ver.di", "GEW", "IG BCE", "NGG", "EVG", "Gewerkschaft der Polizei"]
    tables = {
        # an election's results and a list of unions: no attribute of people beside the names
        "wahlergebnis": (["id", "partei", "stimmen", "prozent"], [
            (i, rng.choice(["SPD", "CDU", "FDP", "Die Linke", "AfD", "parteilos"]), rng.randint(100, 90_000),
             round(rng.uniform(0.5, 35.0), 1)) for i in range(N)]),
        "dachverband": (["id", "gewerkschaft", "anzahl_betriebe", "gegruendet"], [
            (i, rng.choice(unions), rng.randint(5, 900), rng.randint(1890, 2001)) for i in range(N)]),
        "invoices": (["id", "party_id", "invoice_number", "amount", "due_date"], [
            (i, rng.randint(1, 40), f"INV-{10_000 + i}", round(rng.uniform(10, 900), 2), f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
            for i in range(N)]),
        "corpus_sentences": (["id", "sentence", "language", "token_count"], [
            (i, rng.choice(["The cat sat on the mat.", "Der Hund schläft.", "Il pleut encore.", "Ella lee un libro."]),
             rng.choice(["en", "de", "fr", "es"]), rng.randint(3, 12)) for i in range(N)]),
        "seed_lots": (["lot_id", "species", "variety", "genotype", "price"], [
            (i, rng.choice(["Zea mays", "Triticum aestivum", "Oryza sativa"]), rng.choice(["B73", "Mo17", "Nipponbare"]),
             rng.choice(GENOTYPES), round(rng.uniform(1, 20), 2)) for i in range(N)]),
        "browser_sessions": (["session_id", "browser_fingerprint", "device_fingerprint", "started_at"], [
            (i, f"{rng.getrandbits(64):016x}", f"{rng.getrandbits(64):016x}", f"2024-05-{rng.randint(10, 28)}T10:00:00")
            for i in range(N)]),
        "employees": (["id", "first_name", "last_name", "birth_date", "probation_period", "job_title"], [
            (i, rng.choice(["Anna", "Ben", "Clara", "David", "Eva", "Finn"]), rng.choice(["Koch", "Wolf", "Braun", "Zimmer"]),
             _dob(rng), rng.choice(["3 months", "6 months", "none"]), rng.choice(["Clerk", "Engineer", "Driver"]))
            for i in range(N)]),
    }
    cat = _scan(make_sqlite, tables)
    for table, column in [("wahlergebnis", "partei"), ("dachverband", "gewerkschaft"), ("invoices", "party_id"),
                          ("corpus_sentences", "sentence"), ("seed_lots", "genotype"),
                          ("browser_sessions", "browser_fingerprint"), ("browser_sessions", "device_fingerprint"),
                          ("employees", "probation_period")]:
        assert not cat.column(table, column).findings, (table, column, cat.column(table, column).findings)
