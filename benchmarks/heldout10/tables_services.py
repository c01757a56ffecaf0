"""h10_services.sqlite: a Singapore hawker centre (stalls vs stallholders), a Kowloon
minibus operator (minibuses vs drivers), a Doha falcon hospital (falcons vs their owners), a
Kingston recording studio (sessions vs artists) and a Chișinău trolleybus depot (vehicles vs
drivers and their medical checks)."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import col, table
from benchmarks.heldout10 import ids
from benchmarks.heldout10.makers import (bcrypt_hash, born, const, coord, date_between, digits, email, email_of,
                                         empty, family, free_text, full, given, hexdigest, ipv4, mac, maybe, money,
                                         number, other_full, phone, pick, sex_as, stamp, street, town, version4)
from benchmarks.heldout10.places import HK, JM, MD, QA, QA_LATIN, SG

D = dt.date
SG_MOBILE = ("+65 9### ####", "8### ####", "9#######", "+65-8###-####")
HK_MOBILE = ("9### ####", "6#######", "+852 5### ####", "(852) 9###-####")
JM_PHONE = ("(876) ###-####", "876-###-####", "+1 876 ### ####")
MD_MOBILE = ("+373 69# ## ###", "06# ### ###", "+37378######", "079######")
QA_MOBILE = ("+974 5### ####", "+974 3#######", "6### ####", "00974 7### ####")


def sg_stalls():
    centres = (("Maxwell Food Centre", "069184"), ("Old Airport Road Food Centre", "390051"),
               ("Tiong Bahru Market", "168898"), ("Chomp Chomp Food Centre", "557269"), ("Tekka Centre", "210665"))
    return table("stalls", 400, "en_US", [
        col("stall_no", "TEXT", "NONE", lambda r: f"#0{r.rng.randint(1, 2)}-{r.rng.randint(1, 180):02d}"),
        col("centre", "TEXT", "NONE", lambda r: centres[r.i % 5][0]),
        col("postal", "TEXT", "NONE", lambda r: centres[r.i % 5][1], "thing-qi"),
        col("cuisine", "TEXT", "NONE", pick("chicken rice", "laksa", "char kway teow", "nasi lemak", "prata", "fishball noodles")),
        col("grade", "TEXT", "NONE", pick("A", "A", "B", "C")),
        col("licence_no", "TEXT", "NONE", lambda r: f"HC{r.rng.randint(10000, 99999)}{r.rng.choice('ABCDEFGH')}"),
        col("rent_sgd", "REAL", "NONE", money(800, 4200)),
        col("pos_ip", "TEXT", "NONE", ipv4((10,)), "thing-qi"),
        col("pos_mac", "TEXT", "NONE", mac, "thing-qi"),
        col("terminal_fw", "TEXT", "NONE", version4, "shape-alike"),
        col("sku", "TEXT", "NONE", lambda r: f"{r.rng.randint(100000, 829999)}", "shape-alike"),
        col("hp", "TEXT", "NONE", lambda r: "8" + digits(7)(r), "lying-name shape-alike"),
        col("office_tel", "TEXT", "OPTIONAL", phone("6225 ####", "6### ####"), "optional"),
        col("opened", "TEXT", "NONE", date_between(D(1975, 1, 1), D(2024, 1, 1))),
    ])


def sg_stallholders():
    def name(r):
        g, f = given(SG)(r), family(SG)(r)
        return r.rng.choice((f"{f} {g}", f"{g} {f}", f"{f.upper()} {g}"))

    def nric(r):
        n = ids.sg_nric(r.rng, r.born, r.p(0.1))
        return n if r.p(0.8) else f"{n[0]}XXXX{n[5:]}"

    return table("stallholders", 450, "en_US", [
        col("holder_id", "INTEGER", "NONE", lambda r: 5000 + r.i),
        col("name", "TEXT", "PERSON_NAME", name),
        col("nric", "TEXT", "GOV_ID", nric, "partial-format"),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("gender", "TEXT", "GENDER", sex_as("Female", "Male")),
        col("race", "TEXT", "OTHER_PII", pick("Chinese", "Chinese", "Malay", "Indian", "Others"), "other-pii"),
        col("mobile", "TEXT", "PHONE", phone(*SG_MOBILE)),
        col("email", "TEXT", "EMAIL", lambda r: email_of(r, given(SG)(r), family(SG)(r), ("gmail.com", "singnet.com.sg", "yahoo.com.sg"))),
        col("address", "TEXT", "STREET_ADDRESS", lambda r: f"Blk {r.rng.randint(100, 999)} {town(SG, 1)(r)} Street {r.rng.randint(11, 91)} #{r.rng.randint(2, 15):02d}-{r.rng.randint(1, 400)}"),
        col("postal_code", "TEXT", "POSTAL_CODE", town(SG, 2)),
        col("monthly_takings", "REAL", "OTHER_PII", money(3000, 22000), "other-pii"),
        col("assistant", "TEXT", "PERSON_NAME", maybe(0.5, other_full(SG))),
        col("hygiene_course", "TEXT", "OPTIONAL", date_between(D(2010, 1, 1), D(2026, 1, 1)), "optional"),
        col("username", "TEXT", "OTHER_PII", lambda r: f"{family(SG)(r).lower().replace(' ', '')}{r.rng.randint(10, 999)}", "other-pii"),
        col("pw_hash", "TEXT", "CREDENTIAL", bcrypt_hash, "secret"),
        col("fax", "TEXT", "NONE", empty, "constant"),
    ])


def hk_minibuses():
    return table("minibuses", 350, "en_US", [
        col("fleet_no", "INTEGER", "NONE", lambda r: 100 + r.i),
        col("plate", "TEXT", "NONE", lambda r: f"{r.rng.choice(('LV', 'MX', 'NH', 'PK', 'UE'))} {r.rng.randint(10, 9999)}"),
        col("route", "TEXT", "NONE", pick("1A", "6", "46S", "74", "20K", "11M")),
        col("seats", "INTEGER", "NONE", const(19), "constant"),
        col("make", "TEXT", "NONE", pick("Toyota Coaster", "Mitsubishi Rosa", "Isuzu Grand Toro")),
        col("dob", "TEXT", "NONE", date_between(D(2012, 1, 1), D(2025, 1, 1)), "lying-name"),
        col("gps", "TEXT", "NONE", coord(22.32, 114.17, 0.08), "thing-qi"),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.card(r.rng, "35")[:14] + str(ids.luhn_digit(ids.card(r.rng, "35")[:14])), "thing-qi"),
        col("octopus_reader", "TEXT", "NONE", lambda r: ids.not_luhn(r.rng, 16), "shape-alike"),
        col("depot_district", "TEXT", "NONE", town(HK), "thing-qi"),
        col("ecu_fw", "TEXT", "NONE", version4, "shape-alike"),
        col("phone", "TEXT", "NONE", lambda r: f"MB-{r.rng.randint(100, 999)}", "lying-name"),
        col("speed_limit_kmh", "INTEGER", "NONE", const(80), "constant"),
        col("roof_colour", "TEXT", "NONE", pick("green", "red")),
    ])


def hk_drivers():
    def addr(r):
        return (f"Flat {r.rng.randint(1, 40)}{r.rng.choice('ABCDEFGH')}, {r.rng.randint(1, 600)} {r.rng.choice(HK.streets)}, "
                f"{town(HK)(r)}, {town(HK, 1)(r)}")

    def contact(r):
        return f"{family(HK)(r)} {r.rng.choice(HK.female + HK.male)}, {phone(*HK_MOBILE)(r)}"

    return table("drivers", 400, "en_US", [
        col("員工編號", "TEXT", "NONE", lambda r: f"D{r.i + 1:04d}"),
        col("姓名", "TEXT", "PERSON_NAME", lambda r: f"{family(HK)(r)} {given(HK)(r)}"),
        col("身份證號碼", "TEXT", "GOV_ID", lambda r: ids.hkid(r.rng, r.p(0.7))),
        col("出生日期", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y")),
        col("性別", "TEXT", "GENDER", sex_as("女", "男")),
        col("手提電話", "TEXT", "PHONE", phone(*HK_MOBILE)),
        col("地址", "TEXT", "STREET_ADDRESS|CITY|STATE_REGION", addr, "composite"),
        col("月薪", "REAL", "OTHER_PII", money(16000, 32000, 0), "other-pii"),
        col("緊急聯絡人", "TEXT", "PERSON_NAME|PHONE", contact, "composite"),
        col("健康狀況", "TEXT", "OTHER_PII", pick("良好", "高血壓", "糖尿病", "良好", "睡眠窒息症"), "health"),
        col("私家車牌", "TEXT", "OTHER_PII", maybe(0.4, lambda r: f"{r.rng.choice(('AB', 'KT', 'RM', 'WN'))} {r.rng.randint(10, 9999)}"), "other-pii"),
        col("身高_cm", "INTEGER", "OTHER_PII", number(152, 188), "other-pii"),
    ])


def qa_falcons():
    return table("falcons", 400, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("ring_no", "TEXT", "NONE", lambda r: f"QA-{r.rng.randint(2015, 2026)}-{r.rng.randint(1, 99999):05d}"),
        col("microchip", "TEXT", "NONE", lambda r: "634" + digits(12)(r), "shape-alike"),
        col("النوع", "TEXT", "NONE", pick("حر", "شاهين", "جير", "جير شاهين")),
        col("الجنس", "TEXT", "NONE", pick("أنثى", "ذكر", "أنثى"), "lying-name"),
        col("تاريخ_الميلاد", "TEXT", "NONE", date_between(D(2016, 3, 1), D(2026, 5, 1)), "lying-name"),
        col("weight_g", "INTEGER", "NONE", number(650, 1500)),
        col("passport_no", "TEXT", "NONE", lambda r: f"F{r.rng.randint(100000, 999999)}"),
        col("diagnosis", "TEXT", "NONE", pick("bumblefoot", "aspergillosis", "feather damage", "routine check", "frounce")),
        col("vet", "TEXT", "PERSON_NAME", pick("Dr. Ikdam Al Karkhi", "Dr. Ahmed Hassan", "Dr. Margit Müller", "Dr. Sara Haddad")),
        col("owner_qid", "TEXT", "GOV_ID", lambda r: ids.qid(r.rng, r.born)),
    ])


def qa_owners():
    def card_masked(r):
        n = ids.card(r.rng, r.rng.choice(("4", "5")))
        return f"{n[:4]} **** **** {n[-4:]}"

    return table("أصحاب_الصقور", 350, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("الاسم", "TEXT", "PERSON_NAME", lambda r: f"{given(QA)(r)} {r.rng.choice(QA.male)} {family(QA)(r)}"),
        col("الاسم_اللاتيني", "TEXT", "PERSON_NAME", full(QA_LATIN)),
        col("الرقم_الشخصي", "TEXT", "GOV_ID", lambda r: ids.qid(r.rng, r.born, r.rng.choice(("634", "634", "682", "784")))),
        col("الجنسية", "TEXT", "COUNTRY", pick("قطري", "قطري", "سعودي", "إماراتي", "كويتي")),
        col("تاريخ_الميلاد", "TEXT", "DATE_OF_BIRTH", born()),
        col("الجوال", "TEXT", "PHONE", phone(*QA_MOBILE)),
        col("البريد", "TEXT", "EMAIL", lambda r: email_of(r, given(QA_LATIN)(r), family(QA_LATIN)(r), ("gmail.com", "qatar.net.qa", "outlook.com"))),
        col("المنطقة", "TEXT", "CITY", town(QA)),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.qa_iban(r.rng)),
        col("البطاقة", "TEXT", "PAYMENT_CARD", card_masked, "partial-format"),
        col("عدد_الصقور", "INTEGER", "OTHER_PII", number(1, 14), "other-pii"),
    ])


def jm_sessions():
    def booked(r):
        people = [(given(JM)(r), family(JM)(r)) for _ in range(r.rng.randint(1, 3))]
        return "; ".join(email_of(r, g, f, ("gmail.com", "yahoo.com", "flowja.com")) for g, f in people)

    return table("sessions", 400, "en_US", [
        col("session_id", "INTEGER", "NONE", lambda r: 20000 + r.i),
        col("studio", "TEXT", "NONE", pick("Studio A", "Studio B", "Vocal Booth")),
        col("desk", "TEXT", "NONE", pick("SSL 4000 G+", "Neve 8078", "Avid S6")),
        col("riddim", "TEXT", "NONE", pick("Sleng Teng Refix", "Drop Leaf", "Mad Ants", "Nine Night", "Dub Plate Special")),
        col("bpm", "INTEGER", "NONE", number(70, 140)),
        col("engineer", "TEXT", "PERSON_NAME", full(JM)),
        col("booked_by", "TEXT", "EMAIL", booked, "list"),
        col("start", "TEXT", "NONE", stamp(D(2026, 1, 1), D(2026, 11, 30))),
        col("hours", "REAL", "NONE", money(1, 12, 1)),
        col("rate_jmd", "REAL", "NONE", pick(6000.0, 8500.0, 12000.0)),
        col("isrc", "TEXT", "NONE", lambda r: f"JM{r.rng.choice(('A12', 'K7R', 'TBX'))}26{r.rng.randint(0, 99999):05d}", "shape-alike"),
        col("master_md5", "TEXT", "NONE", hexdigest(32)),
        col("tape_no", "TEXT", "NONE", lambda r: f"{r.rng.randint(100, 999)}-{r.rng.randint(100, 999)}-{r.rng.randint(1000, 9999)}", "shape-alike"),
    ])


JM_PLAIN = ("Recorded four tracks on the riddim, vocals need a retake.", "Dubplate session, bring own hard drive.",
            "Mixing done, mastering next week.", "Rehearsal only.", "Harmonies added by the band.", "")
JM_PII = ("Call {name} on {phone} before the session.", "Royalties split with {name}, see contract.",
          "Send stems to {email}.")


def jm_artists():
    def mgr(r):
        return f"{other_full(JM)(r)}, {phone(*JM_PHONE)(r)}"

    return table("artists", 350, "en_US", [
        col("artist_id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("stage_name", "TEXT", "OPTIONAL", lambda r: f"{r.rng.choice(('Likkle', 'Mystic', 'Young', 'General', 'Sista', 'Ranking'))} {r.rng.choice(('Dread', 'Vibes', 'Blaze', 'Lion', 'Melody', 'Fyah'))}", "optional"),
        col("first_name", "TEXT", "PERSON_NAME", given(JM)),
        col("surname", "TEXT", "PERSON_NAME", family(JM)),
        col("trn", "TEXT", "GOV_ID", lambda r: ids.jm_trn(r.rng)),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%m/%d/%Y")),
        col("parish", "TEXT", "STATE_REGION", town(JM, 1)),
        col("address", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.randint(1, 120)} {r.rng.choice(JM.streets)}"),
        col("phone", "TEXT", "PHONE", phone(*JM_PHONE)),
        col("royalties_ytd", "REAL", "OTHER_PII", money(20000, 2500000), "other-pii"),
        col("acct", "TEXT", "BANK_ACCOUNT", lambda r: f"{r.rng.choice(('0', '5'))}{digits(8)(r)}", "cryptic-name"),
        col("ig", "TEXT", "OTHER_PII", lambda r: f"@{r['first_name'].lower()}{r['surname'].lower()}_{r.rng.randint(1, 99)}", "other-pii cryptic-name"),
        col("manager", "TEXT", "PERSON_NAME|PHONE", mgr, "composite"),
        col("notes", "TEXT", "FREE_TEXT_PII", free_text(0.12, JM_PLAIN, JM_PII, lambda r: {
            "name": other_full(JM)(r), "phone": phone(*JM_PHONE)(r),
            "email": email_of(r, given(JM)(r), family(JM)(r), ("gmail.com",))}), "free-text"),
    ])


def md_trolleybuses():
    return table("troleibuze", 350, "en_US", [
        col("nr_parc", "INTEGER", "NONE", lambda r: 1200 + r.i),
        col("model", "TEXT", "NONE", pick("AKSM-321", "Škoda 14Tr", "BKM 32100D", "Dinamo E12")),
        col("an_fabricatie", "INTEGER", "NONE", number(1985, 2025)),
        col("data_nasterii", "TEXT", "NONE", date_between(D(1990, 1, 1), D(2025, 1, 1)), "lying-name"),
        col("ruta", "TEXT", "NONE", pick("1", "4", "10", "22", "30")),
        col("depou", "TEXT", "NONE", pick("Depoul nr. 1", "Depoul nr. 2", "Depoul nr. 3")),
        col("km_total", "INTEGER", "NONE", number(20000, 1800000)),
        col("cod_postal_depou", "TEXT", "NONE", pick("MD-2068", "MD-2044", "MD-2023"), "thing-qi"),
        col("ip_controller", "TEXT", "NONE", ipv4((10, 172)), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("telefon", "TEXT", "NONE", lambda r: f"TB{r.rng.randint(1000, 9999)}", "lying-name"),
        col("idno_furnizor", "TEXT", "NONE", lambda r: ids.md_company_idno(r.rng), "shape-alike"),
    ])


def md_drivers():
    return table("conducatori", 400, "en_US", [
        col("id", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nume", "TEXT", "PERSON_NAME", family(MD)),
        col("prenume", "TEXT", "PERSON_NAME", given(MD)),
        col("idnp", "TEXT", "GOV_ID", lambda r: ids.md_idnp(r.rng)),
        col("data_nasterii", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("sex", "TEXT", "GENDER", sex_as("F", "M")),
        col("telefon", "TEXT", "PHONE", phone(*MD_MOBILE)),
        col("email", "TEXT", "EMAIL", maybe(0.7, email("prenume", "nume", ("mail.md", "gmail.com", "yandex.ru")))),
        col("adresa", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(MD.streets)} {r.rng.randint(1, 200)}, ap. {r.rng.randint(1, 150)}"),
        col("localitate", "TEXT", "CITY", town(MD)),
        col("cod_postal", "TEXT", "POSTAL_CODE", town(MD, 2)),
        col("salariu", "REAL", "OTHER_PII", money(9000, 17000, 0), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.md_iban(r.rng)),
        col("tensiune", "TEXT", "OTHER_PII", lambda r: f"{r.rng.randint(105, 165)}/{r.rng.randint(65, 100)}", "health"),
        col("apt_medical", "TEXT", "OTHER_PII", pick("apt", "apt", "apt cu restricții", "inapt temporar"), "health"),
        col("test_alcool", "REAL", "OTHER_PII", lambda r: 0.0 if r.p(0.95) else round(r.rng.uniform(0.1, 0.8), 2), "health"),
        col("permis", "TEXT", "GOV_ID", lambda r: f"MDA{r.rng.randint(100000, 999999)}"),
        col("categoria", "TEXT", "OPTIONAL", pick("D", "D, Tb", "Tb"), "optional"),
    ])


def uy_wine_club():
    from benchmarks.heldout10.places import UY

    def emails(r):
        g, f = r["nombre"], r["apellido"]
        n = r.rng.randint(1, 3)
        return ", ".join(email_of(r, g, f, ("gmail.com", "adinet.com.uy", "montevideo.com.uy", "hotmail.com")[i:]) for i in range(n))

    return table("club_socios", 450, "en_US", [
        col("socio", "INTEGER", "NONE", lambda r: r.i + 1),
        col("nombre", "TEXT", "PERSON_NAME", given(UY)),
        col("apellido", "TEXT", "PERSON_NAME", family(UY)),
        col("correos", "TEXT", "EMAIL", emails, "list"),
        col("ci", "TEXT", "GOV_ID", lambda r: ids.uy_ci(r.rng, "plain")),
        col("nacimiento", "TEXT", "DATE_OF_BIRTH", born("%Y-%m-%d")),
        col("tel", "TEXT", "PHONE", phone("09# ### ###", "2### ####", "+598 9#######"), ""),
        col("entrega", "TEXT", "STREET_ADDRESS|CITY|POSTAL_CODE", lambda r: f"{street(UY)(r)}, {town(UY, 2)(r)} {town(UY)(r)}", "composite"),
        col("tarjeta", "TEXT", "PAYMENT_CARD", lambda r: ids.card(r.rng, r.rng.choice(("4", "5")))),
        col("login", "TEXT", "OTHER_PII", lambda r: f"{r['nombre'][0].lower()}{r['apellido'].split()[0].lower()}", "other-pii"),
        col("pass_sha", "TEXT", "CREDENTIAL", hexdigest(64), "secret"),
        col("api_token", "BLOB", "CREDENTIAL", lambda r: bytes(r.rng.getrandbits(8) for _ in range(24)), "secret binary"),
        col("ultimo_ip", "TEXT", "IP_ADDRESS", lambda r: f"{r.rng.choice((167, 179, 186, 190))}.{r.rng.randint(0, 255)}.{r.rng.randint(0, 255)}.{r.rng.randint(1, 254)}"),
        col("cepa_favorita", "TEXT", "NONE", pick("Tannat", "Albariño", "Merlot", "Marselan")),
        col("cuota_uyu", "REAL", "NONE", pick(1290.0, 1990.0, 2890.0)),
        col("etiqueta_png", "BLOB", "NONE", lambda r: b"\x89PNG\r\n\x1a\n" + bytes(r.rng.getrandbits(8) for _ in range(200)), "binary"),
        col("alta", "TEXT", "OPTIONAL", date_between(D(2018, 1, 1), D(2026, 11, 1)), "optional"),
    ])


TABLES = (uy_wine_club, sg_stalls, sg_stallholders, hk_minibuses, hk_drivers, qa_falcons, qa_owners, jm_sessions, jm_artists,
          md_trolleybuses, md_drivers)
