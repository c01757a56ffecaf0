"""Values that carry the decision in scripts and languages the column names don't reveal
(issue 11, kind 3): a sex written as words of any of many languages (`Nữ` / `Nam`,
`მდედრობითი` / `მამრობითი`, `زن` / `مرد`) is a gender whatever the column is called, and a
trait of people; single given names and surnames of scripts without capitals (Georgian,
Persian, Bengali, Tamil) are names where the rows describe people. Through piiscan.scan()."""

import datetime as dt
import random

import piiscan

N = 100
GIVEN_KA = ["პავლე", "ვახტანგ", "შორენა", "ნადია", "გიორგი", "ნინო", "თამარ", "ლევან", "ეკა", "დავით", "მარიამ",
            "ზურაბ", "ქეთევან", "ირაკლი", "სოფო", "ლაშა", "ანა", "ბექა"]
FAMILY_KA = ["იობიძე", "ჩხეიძე", "ჯიქია", "იაშვილი", "ბერიძე", "კაპანაძე", "გელაშვილი", "მამულაშვილი", "ლომიძე",
             "ხარაიშვილი", "ნოზაძე", "წიკლაური", "ჩიქოვანი", "დოლიძე", "ქავთარაძე"]
GIVEN_BN = ["রহিম", "করিম", "সুমি", "তানিয়া", "জসিম", "নাসরিন", "ফারুক", "রুমানা", "সাকিব", "মিতু", "হাসান", "শাহানা", "আরিফ", "লিপি", "কামাল", "রিনা", "মাহমুদ", "পারভীন"]
FAMILY_BN = ["উদ্দিন", "হোসেন", "আক্তার", "রহমান", "ইসলাম", "বেগম", "চৌধুরী", "সরকার", "মিয়া", "খাতুন", "মোল্লা", "শেখ", "দাস", "পাল", "সেন", "বিশ্বাস"]


def _births(rng):
    return (dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))).isoformat()


def _table(rng, given, family, sexes):
    return [(i, rng.choice(given), rng.choice(family), _births(rng), rng.choice(sexes), rng.randint(10, 900))
            for i in range(N)]


def _found(path):
    return {c.column: set(c.categories) for c in piiscan.scan(f"sqlite:///{path}", sample_size=100, jobs=1)}


def test_georgian_names_and_sex_in_words_under_romanised_names(make_sqlite):
    rng = random.Random(1)
    path = make_sqlite({"mevenakhe": (["id", "saxeli", "gvari", "dabadebis_tarigi", "sqesi", "mosavali"],
                                      _table(rng, GIVEN_KA, FAMILY_KA, ["მამრობითი", "მდედრობითი"]))})
    found = _found(path)
    assert found["sqesi"] == {"GENDER"}
    assert found["saxeli"] == {"PERSON_NAME"}
    assert found["gvari"] == {"PERSON_NAME"}
    assert not found["mosavali"]


def test_bengali_names_and_sex_words_under_cryptic_names(make_sqlite):
    rng = random.Random(2)
    path = make_sqlite({"t1": (["id", "c1", "c2", "c3", "c4", "c5"],
                               _table(rng, GIVEN_BN, FAMILY_BN, ["পুরুষ", "মহিলা"]))})
    found = _found(path)
    assert found["c4"] == {"GENDER"}
    assert found["c1"] == {"PERSON_NAME"} and found["c2"] == {"PERSON_NAME"}


def test_sex_words_need_both_sexes(make_sqlite):
    rng = random.Random(3)
    rows = [(i, rng.choice(["Nam", "Nam", "Nữ"]), "Nam", rng.randint(1, 99)) for i in range(N)]
    path = make_sqlite({"t2": (["id", "a", "b", "qty"], rows)})
    found = _found(path)
    assert found["a"] == {"GENDER"}
    assert not found["b"]  # one value only: a constant, not a sex


def test_addresses_of_other_scripts_agree_with_an_address_name(make_sqlite):
    """Words with a house number (`Крсте Мисирков 7`, `Số 66 Hẻm 53 Lê Lợi, TP. Huế`) under an
    address's name are addresses, though no street pattern of a known language matches."""
    rng = random.Random(5)
    streets = ["Крсте Мисирков", "Наум Охридски", "Климент Охридски", "Радовишка", "Партизанска", "Илинденска"]
    rows = [(i, f"{rng.choice(GIVEN_KA)} {rng.choice(FAMILY_KA)}", f"{rng.choice(streets)} {rng.randint(1, 120)}{rng.choice(['', 'а', 'б'])}",
             f"Số {rng.randint(1, 900)} Hẻm {rng.randint(1, 99)} Lê Lợi, TP. {rng.choice(['Huế', 'Đà Nẵng', 'Vinh'])}",
             ) for i in range(N)]
    path = make_sqlite({"t3": (["id", "full_name", "adresa", "dia_chi"], rows)})
    found = _found(path)
    assert "STREET_ADDRESS" in found["adresa"]
    assert "STREET_ADDRESS" in found["dia_chi"]


def test_dates_of_birth_with_month_abbreviations_or_written_in_han(make_sqlite):
    rng = random.Random(6)
    rows = []
    for i in range(N):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 24000))
        rows.append((i, f"{rng.choice(GIVEN_KA)} {rng.choice(FAMILY_KA)}", born.strftime("%d-%b-%Y"),
                     f"{born.year}年{born.month}月{born.day}日"))
    path = make_sqlite({"t4": (["id", "full_name", "date_of_birth", "c7"], rows)})
    found = _found(path)
    assert found["date_of_birth"] == {"DATE_OF_BIRTH"}
    assert found["c7"] == {"DATE_OF_BIRTH"}


def test_surnames_in_capitals_or_with_initials_are_name_shaped(make_sqlite):
    rng = random.Random(7)
    given = ["Viktor", "Jakob", "Branko", "Zdravko", "Mojca", "Petra", "Urška", "Anže", "Luka", "Nina", "Tjaša", "Rok"]
    family = ["Bezjak", "Hočevar", "Zorko", "Žižek", "Novak", "Horvat", "Kranjc", "Zupan", "Potočnik", "Kovačič",
              "Mlakar", "Vidmar", "Golob", "Turk", "Božič", "Korošec"]
    rows = []
    for i in range(N):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 24000))
        rows.append((i, f"{rng.choice(family).upper()} {rng.choice(given)}", f"{rng.choice(family)} {rng.choice(given)[0]}.",
                     born.isoformat(), rng.randint(1, 40)))
    path = make_sqlite({"recepti": (["id", "pacient", "zdravnik", "rojen", "kolicina"], rows)})
    found = _found(path)
    assert found["pacient"] == {"PERSON_NAME"}
    assert found["zdravnik"] == {"PERSON_NAME"}
    assert not found["kolicina"]


def test_international_numbers_outside_known_ranges_are_phones(make_sqlite):
    """`+995 511 57 15 60`: one country's code and a length its plan allows, though
    phonenumbers doesn't know the range; temperature deltas with a sign are not phones."""
    rng = random.Random(8)
    rows = [(i, f"{rng.choice(GIVEN_KA)} {rng.choice(FAMILY_KA)}",
             f"+995 5{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
             f"+{rng.randint(1, 9)}.{rng.randint(0, 9)}") for i in range(N)]
    path = make_sqlite({"t5": (["id", "full_name", "c3", "delta"], rows)})
    found = _found(path)
    assert found["c3"] == {"PHONE"}
    assert not found["delta"]


def test_pay_column_named_with_a_letter_accents_do_not_explain(make_sqlite):
    """`lønn` (Norwegian pay) is one word: read as `lonn`, not split at the ø into `l`, `nn`."""
    rng = random.Random(4)
    rows = [(i, rng.choice(["Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Nils"]),
             rng.choice(["Hansen", "Johansen", "Olsen", "Larsen", "Berg"]), rng.randint(380_000, 990_000),
             rng.randint(1, 40)) for i in range(N)]
    path = make_sqlite({"ansatt": (["id", "fornavn", "etternavn", "lønn", "avdeling"], rows)})
    found = _found(path)
    assert found["lønn"] == {"OTHER_PII"}
    assert not found["avdeling"]


def test_korean_road_addresses_with_the_neighbourhood_in_brackets(make_sqlite):
    """`829 (미경동)`, `봉은사9길 622-35`: a Korean road address names its neighbourhood in
    brackets after the number; under `juso` (address) they are addresses."""
    rng = random.Random(6)
    roads = ["선릉로", "봉은사길", "잠실로", "테헤란로", "강남대로", "올림픽로", "도산대로"]
    dongs = ["미경황이면", "지연이오동", "재현박이마을", "영일하최동", "순자이마을", "정식심면"]
    rows = [(i, f"{rng.choice(GIVEN_KA)} {rng.choice(FAMILY_KA)}",
             rng.choice([f"{rng.choice(roads)} {rng.randint(1, 900)}",
                         f"{rng.randint(1, 900)} ({rng.choice(dongs)})"])) for i in range(N)]
    path = make_sqlite({"hoewon": (["id", "ireum", "juso"], rows)})
    assert "STREET_ADDRESS" in _found(path)["juso"]
