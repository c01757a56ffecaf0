"""Part `h2_campus`: a Mexican university, an Australian library, a Portuguese sports club,
an HR/payroll system (US, Greece, China), a Canadian IoT fleet and ride-hailing drivers.
Labels beside each value maker."""

from __future__ import annotations

import datetime as dt

from stdnum.gr import vat as gr_vat

from benchmarks.heldout2 import ids
from benchmarks.heldout2 import makers as m
from benchmarks.heldout2.model import TODAY, col, some_day, table

MX_ESTADOS = ("Jalisco", "Nuevo León", "Puebla", "Ciudad de México", "Estado de México", "Yucatán",
              "Querétaro", "Guanajuato", "Veracruz", "Chihuahua", "Oaxaca", "Sonora")
CARRERAS = ("Ingeniería Civil", "Medicina", "Derecho", "Contaduría", "Arquitectura", "Psicología", "Biología")
AU_STATES = ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT")
BOOKS = ("The Secret River", "Cloudstreet", "Breath", "The Dry", "Jasper Jones", "Boy Swallows Universe",
         "The Book Thief", "Picnic at Hanging Rock", "My Brilliant Career", "The Slap", "Bark", "Scrublands")
PT_CITIES = ("Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Viseu", "Leiria", "Évora")
ETHNIC_CN = ("汉族", "汉族", "汉族", "汉族", "回族", "满族", "壮族", "维吾尔族", "苗族", "土家族")
US_DEPTS = ("Finance", "Engineering", "Sales", "Support", "Legal", "Operations", "People")
TITLES = ("Analyst", "Senior Engineer", "Account Executive", "Support Specialist", "Counsel", "Manager", "Director")


def students():
    return table("alumnos", 800, "es_MX", [
        col("matricula", "NONE", lambda r: f"A0{r.i + 1:07d}"),
        col("curp", "GOV_ID", lambda r: ids.mx_curp(r.rng, r.p.first, r.p.last, r.p.dob, r.p.sex)),
        col("nombre", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("apellido_paterno", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("apellido_materno", "PERSON_NAME", lambda r: r.fake.last_name(), note="partial-format"),
        col("fecha_nacimiento", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d/%m/%Y}"),
        col("sexo", "GENDER", lambda r: "M" if r.p.sex == "F" else "H", note="value-decides"),
        col("correo", "EMAIL", lambda r: m.email(r, "alumnos.udg.mx")),
        col("celular", "PHONE", lambda r: r.fake.phone_number()),
        col("municipio", "CITY", lambda r: r.fake.city()),
        col("estado", "STATE_REGION", lambda r: r.rng.choice(MX_ESTADOS)),
        col("cp", "POSTAL_CODE", lambda r: f"{r.rng.randrange(1000, 99999):05d}"),
        col("carrera", "NONE", lambda r: r.rng.choice(CARRERAS)),
        col("semestre", "NONE", lambda r: r.rng.randrange(1, 11), "INTEGER"),
        col("promedio", "OPTIONAL", lambda r: round(r.rng.uniform(6, 10), 1), "REAL", "optional (grades)"),
    ], ages=(17, 32))


def courses():
    return table("courses", 300, "en_CA", [
        col("course_code", "NONE", lambda r: f"{r.rng.choice(('MAT', 'FIS', 'DER', 'MED', 'ARQ'))}-{100 + r.i}"),
        col("title", "NONE", lambda r: r.rng.choice(("Cálculo", "Física", "Anatomía", "Derecho Civil", "Estática"))
            + " " + r.rng.choice(("I", "II", "III", "Avanzado"))),
        col("credits", "NONE", lambda r: r.rng.choice((4, 6, 8)), "INTEGER"),
        col("room", "NONE", lambda r: f"{r.rng.choice('ABCDE')}-{r.rng.randrange(100, 400)}"),
        col("instructor", "PERSON_NAME", lambda r: "Dr. " + r.fake.name()),
        col("capacity", "NONE", lambda r: r.rng.choice((30, 40, 60, 120)), "INTEGER"),
        col("delivery", "NONE", lambda r: r.rng.choice(("F", "M", "O")), note="shape-alike (mode codes)"),
        col("phone", "NONE", lambda r: r.rng.choice(("Y", "N")), note="lying-name (dial-in flag)"),
        col("created_by", "NONE", lambda r: "registrar", note="constant"),
    ])


def library_patrons():
    return table("library_patrons", 600, "en_AU", [
        col("card_no", "OTHER_PII", lambda r: f"2{r.i + 1:07d}{r.rng.randrange(10000):04d}", note="other-pii (member id)"),
        col("given_name", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("surname", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("dob", "DATE_OF_BIRTH", lambda r: r.p.dob.isoformat()),
        col("address", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("suburb", "CITY", lambda r: r.fake.city()),
        col("state", "STATE_REGION", lambda r: r.rng.choice(AU_STATES)),
        col("postcode", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("phone", "PHONE", lambda r: r.fake.phone_number(), note="nullable"),
        col("email", "EMAIL", lambda r: m.email(r), note="nullable"),
        col("pin", "CREDENTIAL", lambda r: f"{r.rng.randrange(10000):04d}", note="secret"),
        col("joined", "NONE", lambda r: m.day(r, dt.date(2001, 1, 1))),
        col("home_branch", "NONE", lambda r: r.rng.choice(("Central", "Northside", "Harbour", "Hills"))),
    ], null_rate=0.1)


def library_loans():
    return table("library_loans", 900, "en_AU", [
        col("loan_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("card_no", "OTHER_PII", lambda r: f"2{r.rng.randrange(1, 601):07d}{r.rng.randrange(10000):04d}", note="other-pii (member id)"),
        col("isbn", "NONE", lambda r: r.fake.isbn13()),
        col("title", "NONE", lambda r: r.rng.choice(BOOKS)),
        col("author", "OPTIONAL", lambda r: r.fake.name(), note="optional (author name)"),
        col("due", "NONE", lambda r: m.day(r, dt.date(2026, 1, 1))),
        col("returned", "NONE", lambda r: m.chance(r, 0.8, m.day(r, dt.date(2026, 1, 1)))),
        col("fine_aud", "NONE", lambda r: m.chance(r, 0.15, round(r.rng.uniform(0.5, 20), 2), 0.0), "REAL"),
        col("borrower_note", "FREE_TEXT_PII", lambda r: m.low_pii_text(r, list(LOAN_PLAIN), list(LOAN_PII), 0.08),
            note="free-text (~8% of rows)"),
    ])


LOAN_PLAIN = ("Renewed online.", "Hold placed at Central.", "Returned via after-hours chute.", "Slight water damage noted.",
              "Inter-library loan from State Library.", "Item missing dust jacket.", "Auto-renewed twice.", "", "Reserved.",
              "Barcode re-labelled.")
LOAN_PII = ("Collected by {name} on behalf of borrower.", "Borrower asked to be emailed at {email} when due.",
            "Call {phone} if item overdue.", "Grandmother {name} will return it.")


def club_members():
    def emergency(r):
        return f"{r.fake.first_name()} {r.fake.last_name()} ({r.rng.choice(('mãe', 'pai', 'irmão', 'cônjuge'))}) {r.fake.phone_number()}"

    return table("socios", 500, "pt_PT", [
        col("socio_n", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("nome", "PERSON_NAME", lambda r: r.p.full),
        col("nif", "GOV_ID", lambda r: ids.pt_nif(r.rng)),
        col("data_nasc", "DATE_OF_BIRTH", lambda r: f"{r.p.dob:%d-%m-%Y}"),
        col("genero", "GENDER", lambda r: r.p.sex),
        col("morada", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("cod_postal", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("localidade", "CITY", lambda r: r.rng.choice(PT_CITIES)),
        col("telemovel", "PHONE", lambda r: r.fake.phone_number()),
        col("email", "EMAIL", lambda r: m.email(r)),
        col("altura_cm", "OTHER_PII", lambda r: r.rng.randrange(150, 205), "INTEGER", "other-pii (physical)"),
        col("peso_kg", "OTHER_PII", lambda r: r.rng.randrange(45, 120), "INTEGER", "other-pii (physical)"),
        col("matricula", "OTHER_PII", lambda r: r.fake.license_plate(), note="other-pii (vehicle of a person)"),
        col("contacto_emergencia", "PERSON_NAME|PHONE", emergency, note="composite"),
        col("quota_eur", "NONE", lambda r: r.rng.choice((15.0, 25.0, 40.0)), "REAL"),
        col("modalidade", "NONE", lambda r: r.rng.choice(("Futebol", "Natação", "Ténis", "Hipismo", "Andebol"))),
    ])


def cavalos():
    return table("cavalos", 300, "pt_PT", [
        col("cavalo_id", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("nome", "NONE", lambda r: r.rng.choice(("Relâmpago", "Estrela", "Trovão", "Bonita", "Zeus", "Luna", "Faísca", "Oásis")) + f" {r.rng.choice('ABCDEFGH')}", note="lying-name (a horse)"),
        col("sexo", "NONE", lambda r: r.rng.choice(("égua", "garanhão", "castrado")), note="lying-name (a horse)"),
        col("data_nascimento", "NONE", lambda r: some_day(r.rng, dt.date(2005, 1, 1), dt.date(2023, 6, 1)).isoformat(), note="lying-name (a horse)"),
        col("raca", "NONE", lambda r: r.rng.choice(("Lusitano", "Puro-sangue Árabe", "Cruzado", "Sorraia"))),
        col("socio_proprietario", "NONE", lambda r: r.rng.randrange(1, 501), "INTEGER"),
        col("box", "NONE", lambda r: f"B{r.rng.randrange(1, 60):02d}"),
        col("microchip", "NONE", lambda r: "620098" + r.fake.numerify("#########")),
    ])


def payroll():
    def home(r):
        return f"{r.fake.street_address()}, {r.fake.city()}, {r.fake.state_abbr()} {r.fake.zipcode()}"

    return table("payroll_employees", 600, "en_US", [
        col("emp_id", "NONE", lambda r: 10000 + r.i, "INTEGER"),
        col("ssn", "GOV_ID", lambda r: ids.us_ssn(r.rng)),
        col("first_name", "PERSON_NAME", lambda r: r.p.first),
        col("last_name", "PERSON_NAME", lambda r: r.p.last),
        col("birth_date", "DATE_OF_BIRTH", lambda r: r.p.dob.isoformat()),
        col("gender", "GENDER", lambda r: "Non-binary" if r.rng.random() < 0.03 else ("Female" if r.p.sex == "F" else "Male")),
        col("hire_date", "OPTIONAL", lambda r: m.day(r, dt.date(2005, 1, 1)), note="optional (hire date)"),
        col("job_title", "OPTIONAL", lambda r: r.rng.choice(TITLES), note="optional (job title)"),
        col("department", "NONE", lambda r: r.rng.choice(US_DEPTS)),
        col("base_salary", "OTHER_PII", lambda r: r.rng.randrange(42, 260) * 1000, "INTEGER", "other-pii (salary)"),
        col("bonus_pct", "OTHER_PII", lambda r: r.rng.choice((0, 5, 8, 10, 15, 20)), "INTEGER", "other-pii (pay)"),
        col("routing_no", "NONE", lambda r: r.rng.choice(("021000021", "026009593", "121000248", "111000025"))),
        col("account_no", "BANK_ACCOUNT", lambda r: r.fake.numerify("#" * r.rng.randrange(10, 13))),
        col("home_address", "STREET_ADDRESS|CITY|STATE_REGION|POSTAL_CODE", home, note="composite"),
        col("work_email", "EMAIL", lambda r: m.email(r, "acme-corp.com")),
        col("manager_id", "NONE", lambda r: 10000 + r.rng.randrange(40), "INTEGER"),
        col("pay_grade", "NONE", lambda r: r.rng.choice((1, 2, 3)), "INTEGER", "shape-alike"),
        col("last_login_ip", "IP_ADDRESS", lambda r: m.ipv4_public(r.rng)),
        col("ts_updated", "NONE", lambda r: m.stamp(r)),
    ])


def _gr_afm(r) -> str:
    while True:
        body = r.fake.numerify("########")
        check = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body)) % 11 % 10
        number = body + str(check)
        if gr_vat.is_valid(number):
            return number


def proswpiko():
    return table("prosopiko", 400, "el_GR", [
        col("kodikos", "NONE", lambda r: r.i + 1, "INTEGER"),
        col("onoma", "PERSON_NAME", lambda r: r.p.first, note="partial-format"),
        col("eponymo", "PERSON_NAME", lambda r: r.p.last, note="partial-format"),
        col("amka", "GOV_ID", lambda r: ids.gr_amka(r.rng, r.p.dob)),
        col("afm", "GOV_ID", _gr_afm),
        col("tilefono", "PHONE", lambda r: r.fake.phone_number()),
        col("poli", "CITY", lambda r: r.fake.city()),
        col("tk", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("misthos", "OTHER_PII", lambda r: round(r.rng.uniform(830, 4200), 2), "REAL", "other-pii (salary)"),
        col("iban", "BANK_ACCOUNT", lambda r: ids.iban(r.rng, "GR")),
        col("tmima", "NONE", lambda r: r.rng.choice(("Λογιστήριο", "Πωλήσεις", "Αποθήκη", "IT"))),
    ])


def hr_attrs():
    """HR attributes with positional names (Chinese employees)."""
    return table("hr_attr", 500, "zh_CN", [
        col("emp_ref", "NONE", lambda r: f"E{r.i + 1:05d}"),
        col("attr1", "PERSON_NAME", lambda r: r.p.last + r.p.first, note="cryptic-name"),
        col("attr2", "GOV_ID", lambda r: ids.cn_resident_id(r.rng, r.p.dob, r.p.sex), note="cryptic-name"),
        col("attr3", "PHONE", lambda r: r.fake.phone_number(), note="cryptic-name"),
        col("attr4", "OTHER_PII", lambda r: r.rng.randrange(60, 600) * 100, "INTEGER", "cryptic-name, other-pii (salary)"),
        col("attr5", "NONE", lambda r: r.rng.choice(("D01", "D02", "D07", "D11")), note="cryptic-name"),
        col("attr6", "GENDER", lambda r: "女" if r.p.sex == "F" else "男", note="cryptic-name, value-decides"),
        col("attr7", "NONE", lambda r: m.day(r, dt.date(2024, 1, 1)), note="cryptic-name"),
        col("attr8", "OTHER_PII", lambda r: r.rng.choice(ETHNIC_CN), note="cryptic-name, other-pii (ethnicity)"),
        col("attr9", "NONE", lambda r: r.fake.company(), note="cryptic-name"),
    ])


def devices():
    def point(r):
        lat, lon = m.near(r.rng, 43.65, -79.38, 2.0)
        return m.point_wkt(lat, lon)

    return table("fleet_devices", 500, "en_CA", [
        col("device_id", "NONE", lambda r: f"TRK-{r.i + 1:05d}"),
        col("serial", "NONE", lambda r: r.fake.bothify("SN-??####-####").upper()),
        col("birthdate", "NONE", lambda r: m.day(r, dt.date(2019, 1, 1), dt.date(2026, 6, 1)), note="lying-name (commissioning date)"),
        col("firmware", "NONE", lambda r: m.version4(r.rng), note="shape-alike"),
        col("mgmt_ip", "NONE", lambda r: f"172.{r.rng.randrange(16, 32)}.{r.rng.randrange(256)}.{r.rng.randrange(1, 255)}", note="thing-qi"),
        col("mac", "NONE", lambda r: m.mac(r.rng, "-").upper(), note="thing-qi"),
        col("lat", "NONE", lambda r: round(r.rng.uniform(42.0, 46.0), 6), "REAL", "thing-qi"),
        col("lon", "NONE", lambda r: round(r.rng.uniform(-83.0, -74.0), 6), "REAL", "thing-qi"),
        col("last_fix", "NONE", point, note="thing-qi (WKT)"),
        col("depot_postcode", "NONE", lambda r: r.fake.postcode(), note="thing-qi"),
        col("email", "NONE", lambda r: r.rng.choice((0, 1)), "INTEGER", "lying-name (alert flag)"),
        col("battery_pct", "NONE", lambda r: r.rng.randrange(0, 101), "INTEGER"),
        col("tenant", "NONE", lambda r: "northfleet", note="constant"),
        col("logo", "NONE", lambda r: m.png_bytes(r.rng), "BLOB", "binary (image)"),
    ])


def drivers():
    def licence(r):
        month = r.p.dob.month + (50 if r.p.sex == "F" else 0)
        return f"{m.ascii_of(r.p.last)[:1].upper() or 'X'}{r.fake.numerify('####-#####-')}{r.p.dob:%y}{month:02d}{r.p.dob.day:02d}"

    def home(r):
        lat, lon = m.near(r.rng, 45.42, -75.69, 0.4)
        return f"{lat},{lon}"

    return table("drivers", 500, "en_CA", [
        col("driver_id", "NONE", lambda r: m.uuid(r.rng)),
        col("full_name", "PERSON_NAME", lambda r: r.p.full),
        col("sin", "GOV_ID", lambda r: ids.ca_sin(r.rng)),
        col("licence_no", "GOV_ID", licence, note="partial-format"),
        col("mobile", "PHONE", lambda r: r.fake.phone_number()),
        col("email", "EMAIL", lambda r: m.email(r)),
        col("vehicle_plate", "OTHER_PII", lambda r: r.fake.license_plate(), note="other-pii (vehicle of a person)"),
        col("vehicle_vin", "OTHER_PII", lambda r: r.fake.vin(), note="other-pii (vehicle of a person)"),
        col("rating", "OPTIONAL", lambda r: round(r.rng.uniform(3.8, 5.0), 2), "REAL", "optional (rating of a person)"),
        col("home_loc", "GEO_COORDINATES", home, note="partial-format (coordinates as text)"),
        col("api_token", "CREDENTIAL", lambda r: m.api_key(r.rng, "drv_"), note="secret"),
        col("refresh_secret", "CREDENTIAL", lambda r: r.rng.randbytes(32), "BLOB", "binary, secret (as bytes)"),
        col("licence_scan_sha256", "NONE", lambda r: r.rng.randbytes(32), "BLOB", "binary (hash)"),
        col("onboarded", "NONE", lambda r: some_day(r.rng, dt.date(2020, 1, 1), TODAY).isoformat()),
    ])


TABLES = (students, courses, library_patrons, library_loans, club_members, cavalos, payroll,
          proswpiko, hr_attrs, devices, drivers)
