"""h3_community.sqlite: a Brazilian veterinary clinic (pt_BR; owners are persons, animals are
not), Indian recruitment (en_IN), a Japanese school (ja_JP), Ukrainian court cases (uk_UA), a
Thai staging extract with positional names (th_TH) and a South African gym (zu_ZA)."""

from __future__ import annotations

import datetime as dt

from benchmarks.heldout3 import ids
from benchmarks.heldout3.makers import (
    born, const, day, email_from, fake, first_name, full_name, ipv4, ipv6, json_list, last_name,
    num, pick, png, raw_bytes, recent, seq, sha256_bytes, sha256_hex, sometimes, text_with_pii,
    version4, wkt_point)
from benchmarks.heldout3.model import col, table

BR_CITIES = ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Salvador", "Recife", "Fortaleza", "Campinas")


def tutores():
    return table("tutores", 500, "pt_BR", [
        col("id", "INTEGER", "NONE", seq()),
        col("nome", "TEXT", "PERSON_NAME", full_name),
        col("cpf", "TEXT", "GOV_ID", lambda r: ids.brazil_cpf(r.rng)),
        col("nascimento", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("telefone", "TEXT", "PHONE", fake("cellphone_number")),
        col("email", "TEXT", "EMAIL", fake("free_email")),
        col("cep", "TEXT", "POSTAL_CODE", fake("postcode")),
        col("endereco", "TEXT", "STREET_ADDRESS", fake("street_address")),
        col("bairro", "TEXT", "OPTIONAL", fake("bairro"), "optional"),
        col("cidade", "TEXT", "CITY", pick(*BR_CITIES)),
        col("uf", "TEXT", "STATE_REGION", fake("estado_sigla")),
        col("geo", "TEXT", "GEO_COORDINATES", wkt_point((-30.0, -3.0), (-55.0, -35.0)), "partial-format"),
    ])


def animais():
    return table("animais", 700, "pt_BR", [
        col("id", "INTEGER", "NONE", seq()),
        col("tutor_id", "INTEGER", "NONE", num(1, 500)),
        col("nome", "TEXT", "NONE", pick("Thor", "Luna", "Mel", "Bob", "Nina", "Fred", "Amora", "Simba", "Pipoca", "Max"), "lying-name"),
        col("sexo", "TEXT", "NONE", pick("M", "F"), "lying-name shape-alike"),
        col("data_nascimento", "TEXT", "NONE", day(dt.date(2008, 1, 1), dt.date(2026, 6, 1)), "lying-name"),
        col("microchip", "TEXT", "NONE", lambda r: f"9860{r.rng.randint(10**10, 10**11 - 1)}", "shape-alike"),
        col("diagnostico", "TEXT", "NONE", pick("otite", "dermatite", "verminose", "saudável", "fratura"), "lying-name"),
        col("vacinas", "TEXT", "NONE", json_list(pick("V10", "antirrábica", "giárdia", "gripe canina", "V4"), 0, 3), "list"),
    ])


def atendimentos():
    clean = ("Retorno em 15 dias", "Vacina aplicada", "Exame de sangue solicitado", "Sem intercorrências",
             "Prescrito antibiótico", "Animal agitado, sedação leve")
    dirty = (lambda r: f"Tutor {full_name(r)} pediu retorno pelo {r.fake.cellphone_number()}",
             lambda r: f"Enviar laudo para {r.fake.free_email()}")
    return table("atendimentos", 800, "pt_BR", [
        col("id", "INTEGER", "NONE", seq()),
        col("animal_id", "INTEGER", "NONE", num(1, 700)),
        col("data", "TEXT", "NONE", recent(700)),
        col("veterinario", "TEXT", "PERSON_NAME", pick("Dra. Camila Rocha", "Dr. Rafael Lima", "Dra. Beatriz Alves", "Dr. Thiago Moreira")),
        col("valor", "REAL", "NONE", num(80, 2400, 2)),
        col("obs", "TEXT", "FREE_TEXT_PII", text_with_pii(0.1, clean, dirty), "free-text"),
    ])


def candidates():
    skills = ("Python", "SQL", "Java", "Excel", "Tally", "AWS", "React", "SAP")
    return table("candidates", 600, "en_IN", [
        col("candidate_id", "TEXT", "NONE", lambda r: f"CAN{r.i + 1:06d}"),
        col("full_name", "TEXT", "PERSON_NAME", full_name),
        col("aadhaar", "TEXT", "GOV_ID", lambda r: ids.india_aadhaar(r.rng)),
        col("pan", "TEXT", "GOV_ID", lambda r: ids.india_pan(r.rng, r["full_name"].split()[-1])),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d-%m-%Y")),
        col("gender", "TEXT", "GENDER", lambda r: "Female" if r.sex == "F" else "Male"),
        col("mobile", "TEXT", "PHONE", lambda r: f"+91 {r.rng.choice('6789')}{r.rng.randint(100000000, 999999999)}"),
        col("email", "TEXT", "EMAIL", fake("free_email")),
        col("current_ctc_lpa", "REAL", "OTHER_PII", num(2.5, 60, 1), "other-pii"),
        col("expected_ctc_lpa", "REAL", "OTHER_PII", num(3, 75, 1), "other-pii"),
        col("category", "TEXT", "OTHER_PII", pick("General", "OBC", "SC", "ST", "EWS"), "other-pii"),
        col("notice_days", "INTEGER", "NONE", pick(0, 15, 30, 60, 90)),
        col("skills", "TEXT", "NONE", json_list(pick(*skills), 1, 4), "list"),
        col("referred_by", "TEXT", "PERSON_NAME", sometimes(0.25, full_name)),
        col("last_login_ip", "TEXT", "IP_ADDRESS", ipv6),
    ])


def job_openings():
    return table("job_openings", 300, "en_IN", [
        col("req_id", "TEXT", "NONE", lambda r: f"REQ-{2000 + r.i}"),
        col("office_city", "TEXT", "NONE", pick("Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Noida"), "thing-qi"),
        col("office_pin", "TEXT", "NONE", lambda r: f"{r.rng.randint(110001, 600099)}", "thing-qi"),
        col("band", "TEXT", "NONE", pick("M1", "M2", "F1", "F2"), "shape-alike"),
        col("posted_on", "TEXT", "NONE", day(dt.date(2025, 6, 1), dt.date(2026, 11, 30))),
        col("recruiter", "TEXT", "PERSON_NAME", pick("Priya Nair", "Rahul Verma", "Ananya Iyer", "Vikram Singh")),
        col("office_ip", "TEXT", "NONE", ipv4(), "thing-qi"),
    ])


JP_PREFS = ("東京都", "大阪府", "神奈川県", "愛知県", "北海道", "福岡県", "京都府", "兵庫県")


def _kana(r):
    return r.fake.last_kana_name() + " " + (r.fake.first_kana_name_female() if r.sex == "F" else r.fake.first_kana_name_male())


def seito():
    pupil_born = lambda r: dt.date(2014, 4, 2) + dt.timedelta(days=r.rng.randint(0, 5 * 365))
    return table("seito", 500, "ja_JP", [
        col("id", "INTEGER", "NONE", seq()),
        col("shimei", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name() + " " + first_name(r)),
        col("furigana", "TEXT", "PERSON_NAME", _kana),
        col("seinengappi", "TEXT", "DATE_OF_BIRTH", lambda r: f"{(d := pupil_born(r)).year}年{d.month}月{d.day}日", "partial-format"),
        col("seibetsu", "TEXT", "GENDER", lambda r: "女" if r.sex == "F" else "男"),
        col("gakunen", "INTEGER", "NONE", num(1, 6)),
        col("kumi", "TEXT", "NONE", pick("A", "B", "C", "D")),
        col("my_number", "TEXT", "GOV_ID", lambda r: ids.japan_my_number(r.rng)),
        col("yubin", "TEXT", "POSTAL_CODE", lambda r: f"{r.rng.randint(100, 999)}-{r.rng.randint(0, 9999):04d}"),
        col("jusho", "TEXT", "STATE_REGION|CITY|STREET_ADDRESS",
            lambda r: f"{r.rng.choice(JP_PREFS)}{r.fake.city()}{r.fake.town()}{r.fake.chome()}{r.fake.ban()}{r.fake.gou()}", "composite"),
        col("arerugi", "TEXT", "OTHER_PII", pick("なし", "卵", "小麦", "そば", "乳", "えび", weights=(12, 2, 1, 1, 2, 1)), "health"),
    ])


def hogosha():
    return table("hogosha", 500, "ja_JP", [
        col("id", "INTEGER", "NONE", seq()),
        col("seito_id", "INTEGER", "NONE", num(1, 500)),
        col("shimei", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name() + " " + first_name(r)),
        col("zokugara", "TEXT", "OPTIONAL", lambda r: "母" if r.sex == "F" else "父", "optional"),
        col("denwa", "TEXT", "PHONE", lambda r: f"0{r.rng.choice('789')}0-{r.rng.randint(1000, 9999)}-{r.rng.randint(1000, 9999)}"),
        col("meru", "TEXT", "EMAIL", fake("free_email")),
        col("kinmusaki", "TEXT", "NONE", pick("トヨタ自動車", "ソニー", "日立製作所", "市役所", "自営業")),
    ])


def spravy():
    return table("spravy", 400, "uk_UA", [
        col("id", "INTEGER", "NONE", seq()),
        col("nomer_spravy", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 990)}/{r.rng.randint(1000, 99999)}/{r.rng.randint(19, 26)}-ц"),
        col("pozyvach", "TEXT", "PERSON_NAME", lambda r: f"{last_name(r)} {first_name(r)} {r.fake.middle_name_female() if r.sex == 'F' else r.fake.middle_name_male()}"),
        col("rnokpp_pozyvacha", "TEXT", "GOV_ID", lambda r: ids.ukraine_rntrc(r.rng, r.born, r.sex)),
        col("vidpovidach", "TEXT", "PERSON_NAME", lambda r: f"{r.fake.last_name()} {r.fake.first_name()[0]}. {r.fake.first_name()[0]}.", "partial-format"),
        col("suddia", "TEXT", "PERSON_NAME", pick("Коваленко О. В.", "Шевчук І. М.", "Бондаренко Т. П.", "Мельник А. С.")),
        col("data_zasidannia", "TEXT", "NONE", day(dt.date(2025, 1, 1), dt.date(2027, 6, 30))),
        col("sudovyi_zbir", "REAL", "NONE", num(1211.2, 30000, 2)),
    ])


def c01():
    return table("c01", 400, "th_TH", [
        col("c1", "INTEGER", "NONE", seq(), "cryptic-name"),
        col("c2", "INTEGER", "DATE_OF_BIRTH", lambda r: int(r.born.strftime("%Y%m%d")), "cryptic-name"),
        col("c3", "TEXT", "GOV_ID", lambda r: ids.thai_pin(r.rng), "cryptic-name"),
        col("c4", "INTEGER", "GENDER", lambda r: 2 if r.sex == "F" else 1, "cryptic-name"),
        col("c5", "INTEGER", "NONE", num(1, 52), "cryptic-name"),
        col("c6", "TEXT", "PERSON_NAME", first_name, "cryptic-name partial-format"),
        col("c7", "REAL", "NONE", num(100, 90000, 2), "cryptic-name"),
        col("c8", "TEXT", "NONE", recent(60, "%Y-%m-%d"), "cryptic-name"),
        col("c9", "TEXT", "PHONE", lambda r: f"0{r.rng.choice('689')}{r.rng.randint(10000000, 99999999)}", "cryptic-name"),
        col("c10", "TEXT", "NONE", const("TH"), "cryptic-name constant"),
    ])


def _za_cell(r):
    return f"0{r.rng.choice((60, 61, 71, 72, 73, 76, 79, 82, 83, 84))} {r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}"


def gym_members():
    return table("gym_members", 500, "zu_ZA", [
        col("member_no", "TEXT", "NONE", lambda r: f"GYM{r.i + 1:05d}"),
        col("id_number", "TEXT", "GOV_ID", lambda r: ids.south_africa_id(r.rng, r.born, r.sex)),
        col("name", "TEXT", "PERSON_NAME", full_name),
        col("cell", "TEXT", "PHONE", _za_cell),
        col("email", "TEXT", "EMAIL", email_from("name", domains=("gmail.com", "mweb.co.za", "telkomsa.net"))),
        col("plan", "TEXT", "NONE", pick("M", "F"), "shape-alike"),
        col("parking_plate", "TEXT", "OTHER_PII", lambda r: f"{r.rng.choice(('CA', 'CY', 'ND', 'NU'))} {r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}", "other-pii"),
        col("weight_kg", "REAL", "OTHER_PII", num(45, 140, 1), "other-pii"),
        col("height_cm", "INTEGER", "OTHER_PII", num(150, 205), "other-pii"),
        col("body_fat_pct", "REAL", "OTHER_PII", num(8, 45, 1), "health"),
        col("medical_conditions", "TEXT", "OTHER_PII", pick("none", "asthma", "hypertension", "type 2 diabetes", "knee injury", "pregnant", weights=(14, 2, 2, 1, 1, 1)), "health"),
        col("emergency_contact", "TEXT", "PERSON_NAME|PHONE", lambda r: f"{full_name(r)} ({r.rng.choice(('wife', 'husband', 'mother', 'brother'))}) {_za_cell(r)}", "composite"),
        col("login", "TEXT", "OTHER_PII", lambda r: r["email"].split("@")[0], "other-pii"),
        col("access_pin", "TEXT", "CREDENTIAL", lambda r: f"{r.rng.randint(0, 9999):04d}", "secret"),
        col("pin_hash", "TEXT", "CREDENTIAL", sha256_hex, "secret"),
        col("access_token", "BLOB", "CREDENTIAL", raw_bytes(32), "binary secret"),
        col("password_salt", "BLOB", "CREDENTIAL", raw_bytes(16), "binary secret"),
        col("joined", "TEXT", "NONE", day(dt.date(2015, 1, 1), dt.date(2026, 11, 30))),
        col("status", "TEXT", "NONE", const("active"), "constant"),
    ])


def clubs():
    return table("clubs", 300, "zu_ZA", [
        col("id", "INTEGER", "NONE", seq()),
        col("suburb", "TEXT", "NONE", fake("city"), "thing-qi"),
        col("province", "TEXT", "NONE", fake("province"), "thing-qi"),
        col("postal_code", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 9999):04d}", "thing-qi"),
        col("gps", "TEXT", "NONE", lambda r: f"{r.rng.uniform(-34.5, -22.5):.5f},{r.rng.uniform(17.0, 32.5):.5f}", "thing-qi"),
        col("door_controller_ip", "TEXT", "NONE", ipv4(private=True), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("firmware_sha256", "BLOB", "NONE", sha256_bytes, "binary"),
        col("logo_png", "BLOB", "NONE", png, "binary"),
    ])


TABLES = (tutores, animais, atendimentos, candidates, job_openings, seito, hogosha, spravy, c01,
          gym_members, clubs)
