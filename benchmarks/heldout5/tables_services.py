"""h5_services.sqlite: Kenyan mobile micro-loans, a Nigerian telemedicine service, a Malaysian
condominium and its residents, a Russian student hostel, an Iranian bookshop's books and
loyalty members, Georgian vineyards and growers, a Pakistani cricket academy and Macedonian
municipal staff."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3.model import Row, col, table
from benchmarks.heldout5 import ids
from benchmarks.heldout5 import makers as m
from benchmarks.heldout5 import places as pl


def _ke_phone(r: Row) -> str:
    return f"2547{r.rng.randint(0, 99999999):08d}"


def _ke_county(r: Row) -> tuple[str, str]:
    return r.values.setdefault("_county", r.rng.choice(pl.KE_COUNTIES))


def borrowers():
    return table("borrowers", 500, "en_KE", [
        col("borrower_id", "INTEGER", "NONE", m.row_id),
        col("full_name", "TEXT", "PERSON_NAME", m.full),
        col("id_number", "TEXT", "GOV_ID", lambda r: str(r.rng.randint(10_000_000, 39_999_999))),
        col("kra_pin", "TEXT", "GOV_ID", lambda r: ids.ke_kra_pin(r.rng)),
        col("msisdn", "TEXT", "PHONE", _ke_phone),
        col("dob", "TEXT", "DATE_OF_BIRTH", m.born_iso),
        col("sex", "TEXT", "GENDER", m.sex_as("Female", "Male")),
        col("county", "TEXT", "STATE_REGION", lambda r: _ke_county(r)[0]),
        col("town", "TEXT", "CITY", lambda r: _ke_county(r)[1]),
        col("monthly_income", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(8, 250) * 1000, "other-pii"),
        col("credit_score", "INTEGER", "OTHER_PII", m.whole(250, 900), "other-pii"),
        col("next_of_kin", "TEXT", "PERSON_NAME|PHONE",
            lambda r: f"{m.other_person(r)} ({r.rng.choice(('brother', 'mother', 'wife', 'husband', 'sister'))}) "
                      f"07{r.rng.randint(10000000, 99999999)}", "composite"),
        col("device_imei", "TEXT", "OTHER_PII",
            lambda r: ids.card(r.rng, r.rng.choice(("35", "86")), 15), "device-id"),
    ])


KE_PLAIN = ("Customer requested top-up", "Repayment received on time", "Loan limit raised after review",
            "Reminder SMS sent", "Penalty waived once", "Paid via agent", "Partial repayment")


def _ke_note(r: Row) -> str:
    who = m.other_person(r)
    return r.rng.choice((f"Called {who} (guarantor) on 07{r.rng.randint(10000000, 99999999)}, promised to pay Friday",
                         f"Customer says the money was sent by {who}",
                         f"Escalated to {who}, email {m.ascii_of(who)[:8]}@gmail.com"))


def loan_events():
    return table("loan_events", 800, "en_KE", [
        col("event_id", "INTEGER", "NONE", m.row_id),
        col("borrower_id", "INTEGER", "NONE", m.ref_id(500)),
        col("mpesa_ref", "TEXT", "NONE", m.letters_digits("AA99AAAA9A")),
        col("amount_kes", "INTEGER", "NONE", lambda r: r.rng.randint(5, 500) * 100),
        col("event_type", "TEXT", "NONE", m.pick("DISBURSE", "REPAY", "PENALTY", "WAIVER")),
        col("officer_note", "TEXT", "FREE_TEXT_PII", m.free_text(.12, list(KE_PLAIN), _ke_note), "free-text"),
        col("channel", "TEXT", "NONE", m.pick("USSD", "APP", "AGENT")),
        col("agent_till", "TEXT", "NONE", lambda r: f"Till {r.rng.randint(100000, 999999)}"),
        col("created", "TEXT", "NONE", m.stamp),
    ])


NG_COMPLAINTS = ("Persistent headache for 3 days", "Fever and chills, suspected malaria", "Chest pain on exertion",
                 "Follow-up for hypertension", "Skin rash after new medication", "Antenatal check, 24 weeks",
                 "Cough for two weeks", "Sickle cell crisis, joint pain")
NG_DRUGS = ("Artemether/lumefantrine 80/480mg", "Amlodipine 5mg", "Paracetamol 1g", "Metformin 500mg",
            "Folic acid 5mg", "Amoxicillin 500mg", "Hydroxyurea 500mg")


def patients():
    return table("patients", 500, "en_NG", [
        col("patient_id", "TEXT", "NONE", m.serial("TM-", 6)),
        col("surname", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("other_names", "TEXT", "PERSON_NAME", lambda r: f"{m.first(r)} {r.fake.first_name()}", "partial-format"),
        col("nin", "TEXT", "GOV_ID", lambda r: str(r.rng.randint(10_000_000_000, 99_999_999_999))),
        col("date_of_birth", "TEXT", "DATE_OF_BIRTH", m.born_as("%d-%b-%Y"), "partial-format"),
        col("gender", "TEXT", "GENDER", m.sex_as("F", "M")),
        col("phone", "TEXT", "PHONE", lambda r: f"+234 {r.rng.choice(('803', '806', '813', '705', '809'))} "
                                                f"{r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"),
        col("email", "TEXT", "EMAIL", m.email),
        col("state_of_origin", "TEXT", "STATE_REGION", m.pick(*pl.NG_STATES)),
        col("genotype", "TEXT", "OTHER_PII", m.pick("AA", "AS", "SS", "AC"), "health"),
        col("blood_group", "TEXT", "OTHER_PII", m.pick("O+", "O-", "A+", "B+", "AB+"), "health"),
        col("hmo_number", "TEXT", "OTHER_PII", m.letters_digits("AAA/99999/A"), "other-pii"),
        col("ethnic_group", "TEXT", "OTHER_PII", m.pick("Yoruba", "Igbo", "Hausa", "Ijaw", "Tiv", "Edo"), "other-pii"),
        col("caregivers", "TEXT", "PERSON_NAME", m.joined(m.other_person, "; ", 1, 3), "list"),
    ])


def consultations():
    return table("consultations", 700, "en_NG", [
        col("consult_id", "INTEGER", "NONE", m.row_id),
        col("patient_id", "TEXT", "NONE", lambda r: f"TM-{r.rng.randint(1, 500):06d}"),
        col("doctor", "TEXT", "PERSON_NAME", lambda r: f"Dr. {m.other_person(r)}"),
        col("complaint", "TEXT", "OTHER_PII", m.pick(*NG_COMPLAINTS), "health"),
        col("icd10", "TEXT", "OPTIONAL", m.pick("B54", "I10", "R51", "L27.0", "D57.0", "Z34.9", "R05"), "optional"),
        col("prescription", "TEXT", "OTHER_PII", m.pick(*NG_DRUGS), "health"),
        col("consult_date", "TEXT", "OPTIONAL", m.date_iso(dt.date(2025, 1, 1)), "optional"),
        col("fee_ngn", "INTEGER", "NONE", m.pick(5000, 7500, 10000, 15000)),
        col("patient_ip", "TEXT", "IP_ADDRESS", lambda r: r.fake.ipv4_public()),
        col("billing_remark", "TEXT", "NONE", m.pick("Paid by card", "HMO covered", "Awaiting HMO approval",
                                                     "Refunded: call dropped", "Discount code applied"),
            "free-text-none"),
    ])


MY_BOX = m.coords_in((3.05, 3.22), (101.55, 101.75))


def condo_units():
    return table("condo_units", 400, "en_MS", [
        col("unit_id", "INTEGER", "NONE", m.row_id),
        col("block", "TEXT", "NONE", m.pick("A", "B", "C", "D")),
        col("unit_no", "TEXT", "NONE", lambda r: f"{r['block']}-{r.rng.randint(1, 38):02d}-{r.rng.randint(1, 12):02d}"),
        col("alamat", "TEXT", "NONE", m.pick("Jalan PJU 7/3, Mutiara Damansara", "Jalan Kiara 3, Mont Kiara"),
            "thing-qi"),
        col("poskod", "TEXT", "NONE", m.pick("47800", "50480"), "thing-qi"),
        col("negeri", "TEXT", "NONE", m.pick("Selangor", "Wilayah Persekutuan Kuala Lumpur"), "thing-qi"),
        col("lat", "REAL", "NONE", m.lat_of(MY_BOX), "thing-qi"),
        col("lon", "REAL", "NONE", m.lon_of(MY_BOX), "thing-qi"),
        col("wifi_gateway_ip", "TEXT", "NONE", lambda r: r.fake.ipv4_private(), "thing-qi"),
        col("sqft", "INTEGER", "NONE", m.pick(850, 1100, 1350, 1800)),
        col("maintenance_rm", "REAL", "NONE", m.amount(250, 650)),
    ])


def _my_name(r: Row) -> str:
    given = r.rng.choice(pl.MY_GIVEN_F if r.sex == "F" else pl.MY_GIVEN_M)
    kind = r.rng.random()
    if kind < .5:
        return f"{given} {r.rng.choice(pl.MY_FAMILY_MALAY_F if r.sex == 'F' else pl.MY_FAMILY_MALAY)}"
    if kind < .8:
        return f"{r.rng.choice(pl.MY_FAMILY_CN)} {given}"
    return f"{given} {r.rng.choice(pl.MY_FAMILY_IN)}"


def _my_phone(r: Row) -> str:
    return f"+60 1{r.rng.choice('2369')}-{r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"


def residents():
    return table("residents", 500, "en_MS", [
        col("resident_id", "INTEGER", "NONE", m.row_id),
        col("unit_id", "INTEGER", "NONE", m.ref_id(400)),
        col("nama", "TEXT", "PERSON_NAME", _my_name),
        col("ic_no", "TEXT", "GOV_ID", lambda r: ids.my_nric_number(r.rng, r.born, r.sex)),
        col("tarikh_lahir", "TEXT", "DATE_OF_BIRTH", m.born_as("%d/%m/%Y")),
        col("jantina", "TEXT", "GENDER", m.sex_as("P", "L")),
        col("telefon", "TEXT", "PHONE", _my_phone),
        col("emel", "TEXT", "EMAIL", lambda r: f"{m.ascii_of(r['nama'])[:10]}{r.rng.randint(1, 99)}@{r.rng.choice(('gmail.com', 'yahoo.com.my'))}"),
        col("car_plate", "TEXT", "OTHER_PII", m.letters_digits("AAA 9999"), "other-pii"),
        col("access_pin", "TEXT", "CREDENTIAL", m.pin(6), "secret"),
        col("agama", "TEXT", "OTHER_PII", m.pick("Islam", "Buddha", "Hindu", "Kristian"), "other-pii"),
        col("emergency_phones", "TEXT", "PHONE", m.json_list(_my_phone, 1, 2), "list"),
    ])


def _ru_fio(r: Row) -> str:
    middle = r.fake.middle_name_female() if r.sex == "F" else r.fake.middle_name_male()
    return f"{m.last(r)} {m.first(r)} {middle}"


def studenty():
    return table("studenty", 500, "ru_RU", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("fio", "TEXT", "PERSON_NAME", _ru_fio),
        col("inn", "TEXT", "GOV_ID", lambda r: ids.ru_inn_person(r.rng)),
        col("snils", "TEXT", "GOV_ID", lambda r: ids.ru_snils(r.rng)),
        col("data_rozhdeniya", "TEXT", "DATE_OF_BIRTH", m.born_as("%d.%m.%Y")),
        col("pol", "TEXT", "GENDER", m.sex_as("Ж", "М")),
        col("telefon", "TEXT", "PHONE", lambda r: f"+7 9{r.rng.randint(10, 99)} {r.rng.randint(100, 999)}-"
                                                  f"{r.rng.randint(10, 99)}-{r.rng.randint(10, 99)}"),
        col("pochta", "TEXT", "EMAIL", lambda r: r.fake.free_email()),
        col("komnata", "TEXT", "OPTIONAL", lambda r: f"Корпус {r.rng.randint(1, 4)}, к. {r.rng.randint(101, 520)}",
            "optional"),
        col("propiska", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", lambda r: r.fake.address(), "composite"),
        col("stipendiya", "INTEGER", "OTHER_PII", m.pick(0, 2800, 4200, 7500, 11000), "other-pii"),
        col("grazhdanstvo", "TEXT", "COUNTRY", m.pick("Россия", "Казахстан", "Беларусь", "Узбекистан", "Киргизия")),
        col("gruppa", "TEXT", "NONE", lambda r: f"{r.rng.choice(('ФИ', 'ЭК', 'МТ'))}-{r.rng.randint(21, 26)}{r.rng.randint(1, 4)}"),
    ])


def ketabha():
    return table("ketabha", 400, "fa_IR", [
        col("shabak", "TEXT", "NONE", lambda r: f"978-600-{r.rng.randint(10, 99)}-{r.rng.randint(1000, 9999)}-{r.rng.randint(0, 9)}"),
        col("name", "TEXT", "NONE", lambda r: r.fake.sentence(nb_words=3).rstrip("."), "lying-name"),
        col("nevisande", "TEXT", "OPTIONAL", lambda r: f"{r.fake.first_name()} {r.fake.last_name()}", "optional"),
        col("dob", "TEXT", "NONE", m.date_iso(dt.date(1990, 1, 1), dt.date(2026, 6, 1)), "lying-name"),
        col("gheymat", "INTEGER", "NONE", lambda r: r.rng.randint(8, 95) * 10000),
        col("code_posti_anbar", "TEXT", "NONE", m.pick("1315693114", "1439813117"), "thing-qi"),
        col("version", "TEXT", "NONE", m.version_like_ip, "shape-alike"),
        col("kod_rak", "TEXT", "NONE", lambda r: f"{r.rng.randint(10000, 99999)}", "shape-alike"),
    ])


def _jalali_birth(r: Row) -> str:
    year = r.born.year - 621 - (1 if (r.born.month, r.born.day) < (3, 21) else 0)
    return f"{year}/{r.rng.randint(1, 12):02d}/{r.rng.randint(1, 29):02d}"


def moshtarian():
    return table("moshtarian", 500, "fa_IR", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("nam", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("nam_khanevadegi", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("code_melli", "TEXT", "GOV_ID", lambda r: ids.ir_national_code(r.rng)),
        col("mobile", "TEXT", "PHONE", lambda r: f"09{r.rng.choice(('12', '13', '19', '35', '36'))} "
                                                 f"{r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"),
        col("tarikh_tavalod", "TEXT", "DATE_OF_BIRTH", _jalali_birth, "partial-format"),
        col("jensiat", "TEXT", "GENDER", m.sex_as("زن", "مرد")),
        col("ostan", "TEXT", "STATE_REGION", m.pick("تهران", "اصفهان", "فارس", "خراسان رضوی", "آذربایجان شرقی")),
        col("code_posti", "TEXT", "POSTAL_CODE", lambda r: f"{r.rng.randint(1, 9)}{r.rng.randint(100000000, 999999999)}"),
        col("f1", "TEXT", "EMAIL", lambda r: f"{r.fake.user_name()}@{r.rng.choice(('gmail.com', 'yahoo.com', 'chmail.ir'))}",
            "cryptic-name"),
        col("emtiaz", "INTEGER", "NONE", m.whole(0, 5000)),
        col("ip_last_login", "TEXT", "IP_ADDRESS", lambda r: r.fake.ipv4_public()),
    ])


GE_BOX = m.coords_in((41.6, 42.1), (45.3, 46.0))


def _ge_polygon(r: Row) -> str:
    lat, lon = GE_BOX(r)
    pts = [(lon, lat), (lon + .004, lat), (lon + .004, lat + .003), (lon, lat + .003), (lon, lat)]
    return "POLYGON ((" + ", ".join(f"{x:.5f} {y:.5f}" for x, y in pts) + "))"


def venakhebi():
    return table("venakhebi", 300, "ka_GE", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("dasakheleba", "TEXT", "NONE", lambda r: f"ნაკვეთი {r.rng.choice('ABCDE')}-{r.i + 1}"),
        col("municipaliteti", "TEXT", "NONE", m.pick("თელავი", "ყვარელი", "გურჯაანი", "სიღნაღი", "ლაგოდეხი"),
            "thing-qi"),
        col("sopeli", "TEXT", "NONE", m.pick("წინანდალი", "ნაფარეული", "ვაზისუბანი", "მანავი", "კარდენახი"),
            "thing-qi"),
        col("geometry", "TEXT", "NONE", _ge_polygon, "thing-qi"),
        col("hectare", "REAL", "NONE", m.amount(0.3, 12, 2)),
        col("jishi", "TEXT", "NONE", m.pick("რქაწითელი", "საფერავი", "მწვანე", "ქისი")),
        col("sensor_ip", "TEXT", "NONE", m.ipv4, "thing-qi"),
    ])


def mevenakheebi():
    return table("mevenakheebi", 400, "ka_GE", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("saxeli", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("gvari", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("piradi_nomeri", "TEXT", "GOV_ID", lambda r: f"{r.rng.choice(('01', '12', '35', '59', '61'))}0"
                                                         f"{r.rng.randint(10_000_000, 99_999_999)}"),
        col("dabadebis_tarigi", "TEXT", "DATE_OF_BIRTH", m.born_as("%d.%m.%Y")),
        col("sqesi", "TEXT", "GENDER", m.sex_as("მდედრობითი", "მამრობითი")),
        col("telefoni", "TEXT", "PHONE", lambda r: f"+995 5{r.rng.randint(10, 99)} {r.rng.randint(10, 99)} "
                                                   f"{r.rng.randint(10, 99)} {r.rng.randint(10, 99)}"),
        col("misamarti", "TEXT", "STREET_ADDRESS|CITY", lambda r: f"{r.fake.street_address()}, {r.fake.city()}",
            "composite"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ge_iban(r.rng)),
        col("subsidia_gel", "INTEGER", "OTHER_PII", lambda r: r.rng.choice((0, 500, 1200, 3000)), "other-pii"),
        col("vineyard_id", "INTEGER", "NONE", m.ref_id(300)),
        col("mosavali_kg", "INTEGER", "OPTIONAL", m.whole(800, 40000), "optional"),
    ])


PK_INJURIES = ("Hamstring strain, 2 weeks rest", "Side strain, no bowling", "Fit", "Fit",
               "Shin splints", "Fractured finger (left)", "Lower back stress fracture")


def academy_players():
    return table("academy_players", 400, "en_PK", [
        col("player_id", "INTEGER", "NONE", m.row_id),
        col("name", "TEXT", "PERSON_NAME", m.full),
        col("father_name", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.first_name_male()} {r['name'].split()[-1]}"),
        col("cnic", "TEXT", "GOV_ID", lambda r: ids.pk_cnic_number(r.rng, r.sex)),
        col("dob", "TEXT", "DATE_OF_BIRTH", m.born_iso),
        col("city", "TEXT", "CITY", m.pick(*pl.PK_CITIES)),
        col("mobile", "TEXT", "PHONE", lambda r: f"+92 3{r.rng.randint(0, 49):02d} {r.rng.randint(1000000, 9999999)}"),
        col("height_cm", "INTEGER", "OTHER_PII", m.whole(158, 201), "other-pii"),
        col("weight_kg", "REAL", "OTHER_PII", m.amount(52, 98, 1), "other-pii"),
        col("blood_group", "TEXT", "OTHER_PII", m.pick("O+", "A+", "B+", "AB-", "B-"), "health"),
        col("injury_notes", "TEXT", "OTHER_PII", m.pick(*PK_INJURIES), "health"),
        col("batting_style", "TEXT", "NONE", m.pick("RHB", "LHB")),
        col("jersey_size", "TEXT", "NONE", m.pick("S", "M", "L", "XL"), "shape-alike"),
        col("fee_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.pk_iban(r.rng)),
    ])


def vraboteni():
    return table("vraboteni", 350, "mk_MK", [
        col("id", "INTEGER", "NONE", m.row_id),
        col("ime", "TEXT", "PERSON_NAME", m.first, "partial-format"),
        col("prezime", "TEXT", "PERSON_NAME", m.last, "partial-format"),
        col("embg", "TEXT", "GOV_ID", lambda r: ids.mk_embg(r.rng, r.born, r.sex)),
        col("pol", "TEXT", "GENDER", m.sex_as("Ж", "М")),
        col("adresa", "TEXT", "STREET_ADDRESS", lambda r: r.fake.street_address()),
        col("grad", "TEXT", "CITY", lambda r: r.fake.city()),
        col("postenski_broj", "TEXT", "POSTAL_CODE", lambda r: r.fake.postcode()),
        col("telefon", "TEXT", "PHONE", lambda r: f"07{r.rng.randint(0, 9)} {r.rng.randint(100, 999)} {r.rng.randint(100, 999)}"),
        col("plata_mkd", "INTEGER", "OTHER_PII", lambda r: r.rng.randint(24, 95) * 1000, "other-pii"),
        col("bracna_sostojba", "TEXT", "OTHER_PII", m.pick("мажена/оженет", "неоженет/немажена", "разведен/а", "вдовец/вдовица"),
            "other-pii"),
        col("najava", "TEXT", "OTHER_PII", lambda r: f"{r.rng.choice('abcdefghijklmnoprstv')}{r.rng.randint(1000, 9999)}", "other-pii"),
        col("lozinka_hash", "TEXT", "CREDENTIAL", m.sha256_hex, "secret"),
        col("oddel", "TEXT", "NONE", m.pick("Урбанизам", "Финансии", "Комунални работи", "Образование")),
        col("zvanje", "TEXT", "OPTIONAL", m.pick("советник", "виш соработник", "раководител на одделение", "референт"),
            "optional"),
    ])


TABLES = [borrowers, loan_events, patients, consultations, condo_units, residents, studenty, ketabha, moshtarian,
          venakhebi, mevenakheebi, academy_players, vraboteni]
