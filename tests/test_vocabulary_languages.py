"""Column names in languages beyond Western Europe, native script (read through anyascii) and
romanised: a staff table named in Russian, Thai, Korean or Arabic, and one named in romanised
Persian and Swahili, gets its personal columns by their names; words of those languages that
mean other things (status, year, index) stay unflagged. Through piiscan.scan() on a real SQLite
file."""

import random

import piiscan

N = 80


def _dob(rng):
    return f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _scan(make_sqlite, tables):
    path = make_sqlite(tables)
    return piiscan.scan(f"sqlite:///{path}", sample_size=200, jobs=1, ner=False)


def _categories(cat, table, column):
    return cat.column(table, column).categories


def test_native_script_staff_tables(make_sqlite):
    rng = random.Random(3)
    ru_last = ["Иванов", "Петрова", "Сидоров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова"]
    ru_first = ["Алексей", "Мария", "Дмитрий", "Анна", "Сергей", "Елена", "Иван", "Ольга", "Павел", "Наталья"]
    th_first = ["สมชาย", "สมศรี", "วิชัย", "มาลี", "ประเสริฐ", "สุดา", "อนันต์", "นภา", "ชัยวัฒน์", "พรทิพย์"]
    th_last = ["ใจดี", "สุขสันต์", "ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "ทองดี", "บุญมา", "รัตนพงษ์"]
    ko_family, ko_given = ["김", "이", "박", "최", "정", "강", "조", "윤"], ["민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은"]
    tables = {
        "sotrudniki": (["id", "фамилия", "имя", "дата_рождения", "телефон", "зарплата", "возраст"], [
            (i, rng.choice(ru_last), rng.choice(ru_first), _dob(rng),
             f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
             rng.randint(40_000, 250_000), rng.randint(18, 70)) for i in range(N)]),
        "phanakngan": (["id", "ชื่อ", "นามสกุล", "วันเกิด", "เบอร์โทรศัพท์", "เงินเดือน", "อายุ"], [
            (i, rng.choice(th_first), rng.choice(th_last), _dob(rng), f"08{rng.randint(10_000_000, 99_999_999)}",
             rng.randint(15_000, 90_000), rng.randint(18, 65)) for i in range(N)]),
        "hoewon": (["id", "성명", "생년월일", "전화번호", "주소", "급여"], [
            (i, rng.choice(ko_family) + rng.choice(ko_given), _dob(rng),
             f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
             f"서울특별시 강남구 테헤란로 {rng.randint(1, 500)}", rng.randint(2_500_000, 9_000_000)) for i in range(N)]),
        "muwazafin": (["id", "الاسم_الكامل", "رقم_الهاتف", "الراتب", "الجنس"], [
            (i, rng.choice(["محمد أحمد", "فاطمة علي", "خالد حسن", "مريم سعيد", "علي محمود", "نور حسين", "يوسف إبراهيم", "سارة عمر"]),
             f"+9665{rng.randint(10_000_000, 99_999_999)}", rng.randint(3000, 40_000), rng.choice(["ذكر", "أنثى"])) for i in range(N)]),
    }
    cat = _scan(make_sqlite, tables)
    assert _categories(cat, "sotrudniki", "фамилия") == ("PERSON_NAME",)
    assert _categories(cat, "sotrudniki", "зарплата") == ("OTHER_PII",)
    assert _categories(cat, "sotrudniki", "возраст") == ("OTHER_PII",)
    assert _categories(cat, "phanakngan", "นามสกุล") == ("PERSON_NAME",)
    assert _categories(cat, "phanakngan", "เบอร์โทรศัพท์") == ("PHONE",)
    assert _categories(cat, "phanakngan", "เงินเดือน") == ("OTHER_PII",)
    assert _categories(cat, "phanakngan", "อายุ") == ("OTHER_PII",)
    assert _categories(cat, "hoewon", "성명") == ("PERSON_NAME",)
    assert _categories(cat, "hoewon", "주소") == ("STREET_ADDRESS",)
    assert _categories(cat, "hoewon", "급여") == ("OTHER_PII",)
    assert _categories(cat, "muwazafin", "الراتب") == ("OTHER_PII",)
    assert _categories(cat, "muwazafin", "رقم_الهاتف") == ("PHONE",)
    assert not cat.column("sotrudniki", "id").findings


def test_romanised_names_and_words_that_mean_something_else(make_sqlite):
    rng = random.Random(5)
    first = ["Reza", "Maryam", "Ali", "Zahra", "Hossein", "Fatemeh", "Amir", "Neda"]
    last = ["Ahmadi", "Hosseini", "Karimi", "Rezaei", "Moradi", "Jafari", "Rahimi", "Sadeghi"]
    fa_last = ["احمدی", "حسینی", "کریمی", "رضایی", "مرادی", "جعفری", "رحیمی", "صادقی", "محمدی", "نوری", "قاسمی", "اکبری",
               "حیدری", "کاظمی", "موسوی", "عباسی", "سلیمانی", "رستمی", "نجفی", "یزدانی", "شریفی", "طاهری", "امینی", "باقری"]
    tables = {
        "moshtarian": (["id", "nam_khanevadegi", "tarikh_tavalod", "shomare_tamas", "code_posti", "ostan"], [
            (i, rng.choice(fa_last), _dob(rng), f"09{rng.randint(100_000_000, 999_999_999)}",
             str(rng.randint(1_000_000_000, 9_999_999_999)), rng.choice(["Tehran", "Isfahan", "Fars", "Gilan", "Khorasan Razavi"]))
            for i in range(N)]),
        "wanachama": (["id", "jina_la_mwisho", "barua_pepe", "hali_ya_ndoa", "kitambulisho"], [
            (i, rng.choice(last), f"{rng.choice(first).lower()}{i}@example.co.tz", rng.choice(["Ameoa", "Hajaoa", "Ameolewa", "Mjane"]),
             str(rng.randint(19_000_000_000_000_000_000, 19_999_999_999_999_999_999))) for i in range(N)]),
        # Vietnamese `tinh_trang` is a status, Polish/Czech `rok` a year, `indeks` an index
        "san_pham": (["id", "ten_san_pham", "tinh_trang", "rok", "indeks"], [
            (i, rng.choice(["Ban phim", "Chuot", "Man hinh", "Loa"]), rng.choice(["con hang", "het hang"]),
             rng.randint(2015, 2024), rng.randint(1, 500)) for i in range(N)]),
    }
    cat = _scan(make_sqlite, tables)
    assert _categories(cat, "moshtarian", "nam_khanevadegi") == ("PERSON_NAME",)
    assert _categories(cat, "moshtarian", "tarikh_tavalod") == ("DATE_OF_BIRTH",)
    assert _categories(cat, "moshtarian", "shomare_tamas") == ("PHONE",)
    assert _categories(cat, "moshtarian", "code_posti") == ("POSTAL_CODE",)
    assert _categories(cat, "moshtarian", "ostan") == ("STATE_REGION",)
    assert _categories(cat, "wanachama", "barua_pepe") == ("EMAIL",)
    assert _categories(cat, "wanachama", "hali_ya_ndoa") == ("OTHER_PII",)
    assert _categories(cat, "wanachama", "kitambulisho") == ("GOV_ID",)
    for column in ("tinh_trang", "rok", "indeks"):
        assert not cat.column("san_pham", column).findings, column
