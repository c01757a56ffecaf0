"""Whose rows, and whose names (issue 11, kinds 1 and 3), through piiscan.scan() on real
SQLite files: a table of animals holds no person's name, sex or birth date; a compound table
name that ends in a thing (`Ladestationen`) describes things; a column named after a person
(`observer`, `passenger`) holding names is a person's name, even in a table about things;
names in scripts without capitals keep their titles, family particles and conjunct joiners
(`السيد وثّاب آل عايض`, `सुरेन्‍द्र`); national identity numbers are known by their usual short
names (`cnic`, `dl_no`, `fuehrerschein`, `身分證字號`), and Han column names by their pinyin."""

import datetime as dt
import random

import piiscan

N = 120
FIRST = ["Anna", "Lukas", "Maria", "Jonas", "Elena", "Paul", "Sofia", "Felix", "Ines", "Tomas", "Karin", "Marek",
         "Petra", "Oskar", "Liv", "Hugo"]
LAST = ["Berger", "Huber", "Wagner", "Novak", "Rossi", "Lindqvist", "Dubois", "Keller", "Horvat", "Kovac",
        "Zupan", "Mlakar", "Falk", "Brandt"]
PETS = ["Mel", "Fred", "Luna", "Thor", "Bolt", "Nina", "Max", "Kira", "Toby", "Lola", "Rex", "Bela"]
TOWNS = ["Uppsala", "Motala", "Karlstad", "Lund", "Kiruna", "Falun", "Borlange", "Ystad", "Gavle", "Umea",
         "Lulea", "Visby", "Kalmar", "Vaxjo", "Orebro", "Boras"]
AR_TITLES = ["السيد", "الدكتورة", "المهندس", "الآنسة", ""]
AR_GIVEN = ["وثّاب", "سلاف", "عطاء", "آيات", "ايمان", "فخر", "ريم", "خالد", "نورة", "سعد", "هند", "ماجد"]
AR_FAMILY = ["آل سلطان", "آل عايض", "الجابر", "آل حسين", "آل قصير", "العتيبي", "بن سعيد", "القحطاني"]
HI_GIVEN = ["सुरेन्\u200dद्र", "अर्चना", "कृजल", "निभा", "राम", "शंकर", "मनिष", "हिरा", "सुरेश", "राजेश", "इच्छा", "लाल"]
HI_FAMILY = ["प्रजापती", "सुनुवार", "खत्री", "के.सी", "लोहनी", "पौडेल", "बस्नेत", "भट्टराई", "श्रेष्\u200dठ", "जोशी"]


def _found(path):
    return {c.column: set(c.categories) for c in piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)}


def _born(rng, start=1950, days=20000):
    return (dt.date(start, 1, 1) + dt.timedelta(days=rng.randint(0, days))).isoformat()


def test_a_table_of_animals_holds_no_persons_name_sex_or_birth_date(make_sqlite):
    rng = random.Random(1)
    rows = [(i, rng.randint(1, 40), rng.choice(PETS), rng.choice(["M", "F"]), _born(rng, 2008, 5000),
             rng.choice(["fratura", "otite", "dermatite"])) for i in range(N)]
    path = make_sqlite({"animais": (["id", "tutor_id", "nome", "sexo", "data_nascimento", "diagnostico"], rows)})
    found = _found(path)
    for column in ("nome", "sexo", "data_nascimento", "diagnostico"):
        assert not found[column], (column, found[column])


def test_the_same_columns_of_people_stay_personal(make_sqlite):
    rng = random.Random(1)
    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["M", "F"]), _born(rng)) for i in range(N)]
    path = make_sqlite({"socios": (["id", "nome_completo", "sexo", "data_nascimento"], rows)})
    found = _found(path)
    assert found["nome_completo"] == {"PERSON_NAME"}
    assert found["sexo"] == {"GENDER"}
    assert found["data_nascimento"] == {"DATE_OF_BIRTH"}


def test_a_compound_table_name_that_ends_in_a_thing_describes_things(make_sqlite):
    rng = random.Random(2)
    rows = [(i, f"{rng.choice(TOWNS)} {rng.randint(1, 9)}", rng.choice(TOWNS), round(rng.uniform(55.5, 68.5), 5),
             round(rng.uniform(11.5, 23.5), 5), _born(rng, 1980, 15000)) for i in range(N)]
    path = make_sqlite({"Ladestationen": (["id", "namn", "kommun", "lat", "lon", "driftsatt"], rows)})
    found = _found(path)
    for column in ("namn", "kommun", "lat", "lon", "driftsatt"):
        assert not found[column], (column, found[column])


def test_a_column_named_after_a_person_in_a_table_of_things(make_sqlite):
    rng = random.Random(3)
    rows = [(i, f"{rng.choice(TOWNS)} station", round(rng.uniform(55.5, 68.5), 5), round(rng.uniform(11.5, 23.5), 5),
             f"{rng.choice(FIRST)} {rng.choice(LAST)}") for i in range(N)]
    path = make_sqlite({"weather_stations": (["station_id", "name", "latitude", "longitude", "observer"], rows)})
    found = _found(path)
    assert found["observer"] == {"PERSON_NAME"}
    assert not found["latitude"] and not found["longitude"]


def test_names_of_scripts_without_capitals_with_titles_particles_and_joiners(make_sqlite):
    rng = random.Random(4)
    arabic = [" ".join(w for w in (rng.choice(AR_TITLES), rng.choice(AR_GIVEN), rng.choice(AR_FAMILY)) if w)
              for _ in range(N)]
    hindi = [" ".join(w for w in (rng.choice(["श्री", "", ""]), rng.choice(HI_GIVEN), rng.choice(HI_FAMILY)) if w)
             for _ in range(N)]
    rows = [(i, arabic[i], hindi[i], f"+9665{rng.randint(10_000_000, 99_999_999)}", rng.randint(1, 30))
            for i in range(N)]
    path = make_sqlite({"ferry_tickets": (["ticket_no", "passenger", "guardian", "mobile", "cabin"], rows)})
    found = _found(path)
    assert found["passenger"] == {"PERSON_NAME"}
    assert found["guardian"] == {"PERSON_NAME"}
    assert not found["cabin"]


def test_national_ids_by_their_usual_short_names(make_sqlite):
    rng = random.Random(5)

    def digits(n):
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{digits(5)}-{digits(7)}-{digits(1)}", digits(7),
             f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(2)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(6)}",
             f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(9)}", rng.randint(1, 9)) for i in range(N)]
    path = make_sqlite({"kunden": (["id", "full_name", "cnic", "dl_no", "fuehrerschein", "身分證字號", "klasse"], rows)})
    found = _found(path)
    for column in ("cnic", "dl_no", "fuehrerschein", "身分證字號"):
        assert found[column] == {"GOV_ID"}, (column, found[column])
    assert not found["klasse"]


def test_han_column_names_are_read_in_pinyin(make_sqlite):
    rng = random.Random(6)
    rows = [(i, rng.choice(["鍾國榮", "李宗憲", "翁美玲", "陳秀琴", "吳建宏", "劉柏宇", "林志明", "黃淑芬"]) + rng.choice("一二三四"),
             f"09{rng.randint(10_000_000, 99_999_999)}", rng.choice(["男", "女"])) for i in range(N)]
    path = make_sqlite({"t_access": (["log_id", "姓名", "手機", "性別"], rows)})
    found = _found(path)
    assert found["姓名"] == {"PERSON_NAME"}
    assert found["手機"] == {"PHONE"}
    assert found["性別"] == {"GENDER"}


def test_a_diagnosis_named_column_beside_a_patient_key_with_some_known_conditions(make_sqlite):
    """Danish diagnoses of which the vocabulary knows a few (`Psoriasis`, `Astma`): a health
    keyword and those values are enough where the rows are a patient's, with no other attribute beside."""
    rng = random.Random(7)
    words = ["Psoriasis", "Astma", "Rygsmerter", "Hypothyreose", "Akut øvre luftvejsinfektion", "Type 2-diabetes",
             "Forstuvning", "Halsbetændelse", "Øjenbetændelse", "Hovedpine"]
    rows = [(i, rng.randint(1, 60), _born(rng, 2024, 600), rng.choice(words), rng.randint(10, 45)) for i in range(N)]
    path = make_sqlite({"konsultationer": (["konsultation_id", "patient_id", "dato", "diagnose_tekst", "varighed_min"], rows)})
    found = _found(path)
    assert found["diagnose_tekst"] == {"OTHER_PII"}
    assert not found["varighed_min"]


def test_a_phone_number_named_for_a_machine_is_the_machines(make_sqlite):
    """`modem_msisdn` beside a farm's pumps: the modem's SIM, asked about, not reported; the
    same numbers under `owner_mobile` stay a person's."""
    rng = random.Random(8)
    rows = [(i, f"+9665{rng.randint(10_000_000, 99_999_999)}", f"+9665{rng.randint(10_000_000, 99_999_999)}",
             rng.randint(5, 90)) for i in range(N)]
    path = make_sqlite({"palm_pumps": (["pump_id", "modem_msisdn", "owner_mobile", "flow_lpm"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)
    found = {c.column: c for c in cat}
    assert not found["modem_msisdn"].findings and found["modem_msisdn"].candidates[0].category == "PHONE"
    assert set(found["owner_mobile"].categories) == {"PHONE"}


def test_a_birth_date_alone_makes_no_person_of_a_thing_but_a_name_beside_it_does(make_sqlite):
    rng = random.Random(9)
    vessels = [(i, f"MV {rng.choice(TOWNS)}", _born(rng, 1975, 12000), round(rng.uniform(55.5, 68.5), 5),
                round(rng.uniform(11.5, 23.5), 5), f"{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
               for i in range(N)]
    crew = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", _born(rng, 1960, 14000)) for i in range(N)]
    coordinators = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(6)]  # a few people, many rows
    campaigns = [(i, rng.choice(["Spring", "Summer", "Autumn"]), _born(rng, 1990, 9000), rng.choice(coordinators))
                 for i in range(N)]
    path = make_sqlite({
        "vessels": (["id", "vessel_name", "birth_date", "last_lat", "last_lon", "ais_ip"], vessels),
        "vessel_crew": (["id", "full_name", "birth_date"], crew),
        "campaigns": (["id", "season", "birthday", "coordinator"], campaigns),
    })
    found = {(c.table, c.column): set(c.categories) for c in piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)}
    for column in ("birth_date", "last_lat", "last_lon", "ais_ip"):  # a vessel's build date, position and radio
        assert not found["vessels", column], (column, found["vessels", column])
    assert found["vessel_crew", "birth_date"] == {"DATE_OF_BIRTH"}
    assert not found["campaigns", "birthday"]
    assert found["campaigns", "coordinator"] == {"PERSON_NAME"}  # NER and the role, on six names


def test_a_few_people_named_in_full_under_a_person_role_are_names_even_in_a_table_of_jobs(make_sqlite):
    rng = random.Random(10)
    recruiters = ["Priya Nair", "Rahul Verma", "Vikram Singh", "Ananya Iyer"]
    rows = [(f"REQ-{i}", rng.choice(["Data Analyst", "Store Manager", "Driver"]), rng.choice(recruiters),
             rng.choice(["team 4", "desk b", "HR-2"])) for i in range(N)]
    path = make_sqlite({"job_openings": (["req_id", "title", "recruiter", "coordinator"], rows)})
    found = _found(path)
    assert found["recruiter"] == {"PERSON_NAME"}
    assert not found["coordinator"]  # a person role holding team codes
    assert not found["title"]


def test_a_gender_in_a_table_named_for_things_is_the_things(make_sqlite):
    """`gender` male/female in a table of machines (a connector's) or of products (whom a
    garment is for) is no person's sex; in a table of customers it is."""
    rng = random.Random(12)
    sexes = ["male", "female"]
    path = make_sqlite({
        "machines": (["id", "model", "gender", "power_w"],
                     [(i, f"M-{rng.randint(1, 40)}", rng.choice(sexes), rng.choice([200, 400, 800])) for i in range(N)]),
        "customers": (["id", "full_name", "gender"],
                      [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(sexes)) for i in range(N)]),
    })
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)
    assert not cat.column("machines", "gender").findings
    assert cat.column("customers", "gender").categories == ("GENDER",)


def test_national_ids_of_more_countries_and_keywords_without_their_joining_words(make_sqlite):
    """`ci` (a cédula de identidad), `owner_qid`, `indangamuntu`, `الرقم_الشخصي` and
    `licencia_conducir` (the keyword `licencia de conducir` without its `de`) are national
    numbers beside a person's name; `ci_builds` and `permission_level` are not."""
    rng = random.Random(6)

    def digits(n):
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{digits(1)}.{digits(3)}.{digits(3)}-{digits(1)}",
             f"2{digits(10)}", f"1{digits(15)}", digits(11), f"{rng.choice('ABCD')}{digits(7)}", rng.randint(1, 400),
             rng.randint(1, 5)) for i in range(N)]
    path = make_sqlite({"socios": (["id", "nombre", "ci", "owner_qid", "indangamuntu", "الرقم_الشخصي", "licencia_conducir",
                                    "ci_builds", "permission_level"], rows)})
    found = _found(path)
    for column in ("ci", "owner_qid", "indangamuntu", "الرقم_الشخصي", "licencia_conducir"):
        assert found[column] == {"GOV_ID"}, (column, found[column])
    assert not found["ci_builds"] and not found["permission_level"]


def test_a_person_attached_to_each_row_lends_the_rows_things_nothing(make_sqlite):
    """A shipment's `chofer` (driver) named by values alone is a person's name, but the
    shipment's weight and town stay the shipment's; the same names under a cryptic name (`c1`)
    in a table of their own make its weights theirs."""
    rng = random.Random(7)
    rows = [(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", round(rng.uniform(50, 110), 1), rng.choice(TOWNS))
            for i in range(N)]
    path = make_sqlite({"embarques": (["id", "chofer", "peso", "municipio"], rows),
                        "t_07": (["k", "c1", "peso", "c3"], rows)})
    cat = piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)
    assert cat.column("embarques", "chofer").categories == ("PERSON_NAME",)
    assert not cat.column("embarques", "peso").findings
    assert cat.column("t_07", "c1").categories == ("PERSON_NAME",)
    assert cat.column("t_07", "peso").categories == ("OTHER_PII",)
