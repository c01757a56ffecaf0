"""h7_services.sqlite: a Liechtenstein private bank (de_LI; branches and cash machines vs
clients and their payments), a physiotherapy centre in Amman (ar_JO; devices vs patients and
sessions), a Bahraini laundry chain (ar_BH; branches vs customers and orders) and a Bosnian
beekeepers' association (bs_BA; the association's apiaries vs its members)."""

from __future__ import annotations

import hashlib

from benchmarks.heldout3.model import col, table
from benchmarks.heldout7 import ids, places
from benchmarks.heldout7.makers import (amount, b32_secret, born, business_date, choice, digest_blob, email_of,
                                        fk, free_text, given_family, hijri, integer, json_list, key, login_of,
                                        phone, pin, plain_text, private_ip, public_ip, rf_reference, seq,
                                        sha256_hex, token, version4, weighted)


def filialen():
    return table("filialen", 300, "de_LI", [
        col("id", "INTEGER", "NONE", key),
        col("bezeichnung", "TEXT", "NONE", lambda r: f"{r.rng.choice(('Bancomat', 'Filiale', 'Einzahlungsautomat'))} {r.i + 1}"),
        col("strasse", "TEXT", "NONE", lambda r: f"{r.rng.choice(places.STREETS['de_LI'])} {r.rng.randint(1, 60)}", "thing-qi"),
        col("ort", "TEXT", "NONE", places.town_maker("de_LI"), "thing-qi"),
        col("plz", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("standort", "TEXT", "NONE", lambda r: f"POINT({r.rng.uniform(9.48, 9.62):.5f} {r.rng.uniform(47.05, 47.27):.5f})", "thing-qi"),
        col("ip_adresse", "TEXT", "NONE", public_ip, "thing-qi"),
        col("software", "TEXT", "NONE", version4, "shape-alike"),
        col("geburtsdatum", "TEXT", "NONE", lambda r: business_date(9000, "%d.%m.%Y")(r), "lying-name"),
        col("bargeld_chf", "INTEGER", "NONE", integer(20000, 400000)),
    ])


def kunden():
    return table("kunden", 450, "de_LI", [
        col("id", "INTEGER", "NONE", key),
        col("kundennummer", "TEXT", "NONE", seq("K-", 100001, 6)),
        col("anrede", "TEXT", "OPTIONAL", lambda r: "Frau" if r.sex == "F" else "Herr", "optional"),
        col("vorname", "TEXT", "PERSON_NAME", given_family("de_LI")),
        col("nachname", "TEXT", "PERSON_NAME", lambda r: r["_family"]),
        col("peid", "TEXT", "GOV_ID", lambda r: ids.li_peid(r.rng)),
        col("geb_datum", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y")),
        col("nationalitaet", "TEXT", "COUNTRY", weighted({"LI": 6, "CH": 3, "AT": 2, "DE": 2, "IT": 1})),
        col("zivilstand", "TEXT", "OTHER_PII", choice("ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Partnerschaft"), "other-pii"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.li_iban(r.rng)),
        col("jahreseinkommen", "REAL", "OTHER_PII", amount(45000, 900000), "other-pii"),
        col("vermoegen", "REAL", "OTHER_PII", amount(100000, 25000000, 0), "other-pii"),
        col("telefon", "TEXT", "PHONE", phone("de_LI")),
        col("login", "TEXT", "OTHER_PII", lambda r: login_of(r["_given"], r["_family"], r), "other-pii"),
        col("passwort_hash", "TEXT", "CREDENTIAL", sha256_hex, "secret"),
        col("totp_secret", "TEXT", "CREDENTIAL", b32_secret, "secret"),
        col("letzte_login_ip", "TEXT", "IP_ADDRESS", public_ip),
        col("steuerdomizil", "TEXT", "COUNTRY", weighted({"Liechtenstein": 6, "Schweiz": 3, "Österreich": 2, "Deutschland": 1})),
    ])


PURPOSES = ("Miete Dezember", "Rechnung 2026-114", "Dauerauftrag Sparkonto", "Versicherungsprämie", "Steuer Gemeinde",
            "Einkauf Baumarkt", "Zahnarzt Quartal 3", "Nebenkosten")


def zahlungen():
    family = places.NAMES["de_LI"][1]
    return table("zahlungen", 900, "de_LI", [
        col("id", "INTEGER", "NONE", key),
        col("kunde_id", "INTEGER", "NONE", fk(450)),
        col("betrag", "REAL", "NONE", amount(10, 25000)),
        col("waehrung", "TEXT", "NONE", weighted({"CHF": 8, "EUR": 3, "USD": 1})),
        col("referenz", "TEXT", "NONE", rf_reference, "shape-alike"),
        col("buchungsdatum", "TEXT", "NONE", business_date(365)),
        col("valuta", "TEXT", "NONE", business_date(365, "%d.%m.%Y")),
        col("verwendungszweck", "TEXT", "FREE_TEXT_PII", free_text(PURPOSES, lambda r: r.rng.choice((
            f"an {r.rng.choice(places.NAMES['de_LI'][0])} {r.rng.choice(family)}", f"Fam. {r.rng.choice(family)}",
            f"Rückfragen {phone('de_LI')(r)}"))), "free-text"),
        col("empfaenger_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.li_iban(r.rng).replace(" ", "")),
        col("bic", "TEXT", "NONE", choice("LILALI2X", "BALPLI22", "VOAGLI22", "LGTBLI22")),
    ])


def ajhiza():
    return table("ajhiza", 300, "ar_JO", [
        col("id", "INTEGER", "NONE", key),
        col("ism_jihaz", "TEXT", "NONE", choice("جهاز موجات فوق صوتية", "جهاز تحفيز كهربائي", "جهاز ليزر علاجي", "مشاية كهربائية", "جهاز شد فقرات")),
        col("raqm_tasalsuli", "TEXT", "NONE", lambda r: f"SN{r.rng.randint(10 ** 7, 10 ** 8 - 1)}"),
        col("far3", "TEXT", "NONE", places.town_maker("ar_JO"), "thing-qi"),
        col("ramz_bareed", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("mac", "TEXT", "NONE", lambda r: ":".join(f"{r.rng.randint(0, 255):02X}" for _ in range(6)), "thing-qi"),
        col("firmware", "TEXT", "NONE", version4, "shape-alike"),
        col("akhir_mu3ayara", "TEXT", "NONE", business_date(500)),
        col("ghurfa", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 4)}-{r.rng.randint(1, 30):02d}"),
    ])


def _hijri_birth(r) -> str:
    y, m, d = hijri(r.born)
    return f"{y}/{m:02d}/{d:02d} هـ"


def _jo_name(r) -> str:
    given, family = places.person(r, "ar_JO")
    father = r.rng.choice(places.NAMES["ar_JO"][0][:8])
    r.values["_given"] = given
    return f"{given} {father} {family}"


NOTES_JO = ("تحسن ملحوظ في مدى الحركة.", "يستمر البرنامج العلاجي كما هو.", "تمارين تقوية للعضلات.", "ألم خفيف بعد الجلسة.",
            "تم استخدام الكمادات الحارة.", "المريض ملتزم بالتمارين المنزلية.")


def marda():
    return table("marda", 450, "ar_JO", [
        col("id", "INTEGER", "NONE", key),
        col("ism_thulathi", "TEXT", "PERSON_NAME", _jo_name),
        col("raqm_watani", "TEXT", "GOV_ID", lambda r: ids.jo_national(r.rng, r.born, r.sex)),
        col("tarikh_milad", "TEXT", "DATE_OF_BIRTH", _hijri_birth, "partial-format"),
        col("jins", "TEXT", "GENDER", lambda r: "أنثى" if r.sex == "F" else "ذكر"),
        col("hatif", "TEXT", "PHONE", phone("ar_JO")),
        col("madina", "TEXT", "CITY", lambda r: places.town(r, "ar_JO")[0]),
        col("tashkhis", "TEXT", "OTHER_PII", choice("آلام أسفل الظهر", "خشونة الركبة", "إصابة الرباط الصليبي", "شلل نصفي",
                                                     "التواء الكاحل", "انزلاق غضروفي", "التهاب الكتف"), "health"),
        col("adwiya", "TEXT", "OTHER_PII", json_list(choice("إيبوبروفين", "باراسيتامول", "ديكلوفيناك", "ميلوكسيكام", "بريغابالين"), 0, 3), "health list"),
        col("hasasiya", "TEXT", "OTHER_PII", weighted({"لا يوجد": 6, "بنسلين": 1, "لاتكس": 1, "أسبرين": 1}), "health"),
        col("tul_cm", "INTEGER", "OTHER_PII", integer(148, 195), "other-pii"),
        col("wazn_kg", "REAL", "OTHER_PII", amount(45, 130, 1), "other-pii"),
        col("raqm_ta2min", "TEXT", "OTHER_PII", lambda r: f"JHI-{r.rng.randint(10 ** 8, 10 ** 9 - 1)}", "other-pii"),
        col("iban_istirdad", "TEXT", "BANK_ACCOUNT", lambda r: ids.jo_iban(r.rng)),
    ])


def jalasat():
    return table("jalasat", 700, "ar_JO", [
        col("id", "INTEGER", "NONE", key),
        col("marid_id", "INTEGER", "NONE", fk(450)),
        col("tarikh", "TEXT", "OPTIONAL", business_date(300), "optional"),
        col("mu3alij", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "ar_JO"))),
        col("daraja_alam", "INTEGER", "OPTIONAL", integer(0, 10), "optional"),
        col("mulahazat", "TEXT", "FREE_TEXT_PII", free_text(NOTES_JO, lambda r: r.rng.choice((
            f"رافقه ابنه {' '.join(places.person(r, 'ar_JO'))}.", f"الاتصال على {phone('ar_JO')(r)} لتأكيد الموعد.",
            f"تحويل من الدكتور {' '.join(places.person(r, 'ar_JO'))}."))), "free-text"),
        col("jihaz_id", "INTEGER", "NONE", fk(300)),
        col("mudda_daqiqa", "INTEGER", "NONE", choice(30, 45, 60)),
    ])


def branches():
    return table("branches", 300, "ar_BH", [
        col("id", "INTEGER", "NONE", key),
        col("branch_name", "TEXT", "NONE", lambda r: f"CleanPress {r.i + 1}"),
        col("block", "TEXT", "NONE", lambda r: f"Block {r.rng.randint(101, 999)}", "thing-qi"),
        col("road", "TEXT", "NONE", lambda r: f"Road {r.rng.randint(1, 5999)}", "thing-qi"),
        col("town", "TEXT", "NONE", places.town_maker("ar_BH"), "thing-qi"),
        col("governorate", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("lat", "REAL", "NONE", lambda r: round(r.rng.uniform(25.95, 26.28), 5), "thing-qi"),
        col("lon", "REAL", "NONE", lambda r: round(r.rng.uniform(50.45, 50.65), 5), "thing-qi"),
        col("pos_ip", "TEXT", "NONE", public_ip, "thing-qi"),
        col("machines", "INTEGER", "NONE", integer(2, 24)),
        col("opened", "TEXT", "NONE", business_date(5000)),
    ])


def _bh_address(r) -> str:
    return f"Flat {r.rng.randint(1, 40)}, Bldg {r.rng.randint(1, 2999)}, Road {r.rng.randint(1, 5999)}, Block {r.rng.randint(101, 999)}"


def customers():
    return table("customers", 450, "ar_BH", [
        col("id", "INTEGER", "NONE", key),
        col("cpr", "TEXT", "GOV_ID", lambda r: ids.bh_cpr(r.rng, r.born)),
        col("full_name", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "ar_BH"))),
        col("mobile", "TEXT", "PHONE", phone("ar_BH")),
        col("email", "TEXT", "EMAIL", lambda r: email_of(r, *r["full_name"].split(" ", 1))),
        col("flat", "TEXT", "STREET_ADDRESS", _bh_address, "partial-format"),
        col("area", "TEXT", "CITY", lambda r: places.town(r, "ar_BH")[0]),
        col("delivery_lat", "REAL", "GEO_COORDINATES", lambda r: round(r.rng.uniform(25.95, 26.28), 6)),
        col("delivery_lon", "REAL", "GEO_COORDINATES", lambda r: round(r.rng.uniform(50.45, 50.65), 6)),
        col("birth_year", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("nationality", "TEXT", "COUNTRY", weighted({"Bahraini": 6, "Indian": 3, "Filipino": 2, "Pakistani": 1, "Egyptian": 1})),
        col("loyalty_login", "TEXT", "OTHER_PII", lambda r: login_of(*r["full_name"].split(" ", 1), r), "other-pii"),
        col("app_pin", "TEXT", "CREDENTIAL", pin(6), "secret"),
        col("refund_iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.bh_iban(r.rng)),
        col("extra", "TEXT", "PHONE", lambda r: phone("ar_BH")(r) if r.p(0.6) else None, "lying-name"),
        col("app_api_key", "TEXT", "CREDENTIAL", token("cpk_live_", 32), "secret"),
    ])


GARMENTS = ("thobe", "shirt", "abaya", "ghutra", "trousers", "bedsheet", "curtain", "suit", "dress")


def orders():
    return table("orders", 800, "ar_BH", [
        col("id", "INTEGER", "NONE", key),
        col("customer_id", "INTEGER", "NONE", fk(450)),
        col("order_no", "TEXT", "NONE", lambda r: f"3{r.rng.randint(100, 999)} {r.rng.randint(1000, 9999)}", "shape-alike"),
        col("items", "TEXT", "NONE", json_list(choice(*GARMENTS), 1, 5), "list"),
        col("bag_size", "TEXT", "NONE", choice("S", "M", "L", "XL"), "shape-alike"),
        col("total_bhd", "REAL", "NONE", amount(0.8, 45, 3)),
        col("pickup_date", "TEXT", "NONE", business_date(200)),
        col("mobile", "TEXT", "NONE", choice("Y", "N"), "lying-name"),
        col("instructions", "TEXT", "NONE", plain_text(("No starch.", "Hang, do not fold.", "Express service.",
                                                        "Steam only.", "Separate whites.", "Pack on hangers.")), "free-text-none"),
        col("contact_masked", "TEXT", "PHONE", lambda r: f"+973 3*** **{r.rng.randint(10, 99)}", "partial-format"),
        col("driver", "TEXT", "PERSON_NAME", lambda r: " ".join(places.person(r, "ar_BH"))),
    ])


def pcelinjaci():
    return table("pcelinjaci", 300, "bs_BA", [
        col("id", "INTEGER", "NONE", key),
        col("ime", "TEXT", "NONE", lambda r: f"Pčelinjak {r.rng.choice(('Bjelašnica', 'Vranica', 'Igman', 'Konjuh', 'Vlašić', 'Treskavica'))} {r.i + 1}", "lying-name"),
        col("opcina", "TEXT", "NONE", places.town_maker("bs_BA"), "thing-qi"),
        col("postanski_broj", "TEXT", "NONE", lambda r: r["_town"][1], "thing-qi"),
        col("lokacija", "TEXT", "NONE", lambda r: f"{r.rng.uniform(43.2, 45.0):.5f},{r.rng.uniform(16.0, 19.5):.5f}", "thing-qi"),
        col("broj_kosnica", "INTEGER", "NONE", integer(5, 120)),
        col("datum_rodjenja_matice", "TEXT", "NONE", business_date(1100, "%d.%m.%Y."), "lying-name"),
        col("senzor_ip", "TEXT", "NONE", private_ip, "thing-qi"),
        col("vrsta_meda", "TEXT", "NONE", choice("bagremov", "livadski", "kestenov", "lipov", "šumski")),
        col("vaga_firmware", "BLOB", "NONE", digest_blob, "binary"),
    ])


def pcelari():
    return table("pcelari", 400, "bs_BA", [
        col("id", "INTEGER", "NONE", key),
        col("ime", "TEXT", "PERSON_NAME", given_family("bs_BA"), "partial-format"),
        col("prezime", "TEXT", "PERSON_NAME", lambda r: r["_family"], "partial-format"),
        col("jmbg", "TEXT", "GOV_ID", lambda r: ids.jmbg(r.rng, r.born, r.sex)),
        col("spol", "TEXT", "GENDER", lambda r: "Ž" if r.sex == "F" else "M"),
        col("datum_rodjenja", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y.")),
        col("telefon", "TEXT", "PHONE", phone("bs_BA")),
        col("email", "TEXT", "EMAIL", lambda r: email_of(r, r["_given"], r["_family"])),
        col("adresa", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(places.STREETS['bs_BA'])} {r.rng.randint(1, 140)}"),
        col("grad", "TEXT", "CITY", places.town_maker("bs_BA")),
        col("postanski_broj", "TEXT", "POSTAL_CODE", lambda r: r["_town"][1]),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.ba_iban(r.rng)),
        col("poticaj_km", "REAL", "OTHER_PII", amount(0, 6000), "other-pii"),
        col("alergija_ubod", "TEXT", "OTHER_PII", weighted({"ne": 9, "da": 1}), "health"),
        col("strucna_sprema", "TEXT", "OTHER_PII", choice("NK", "KV", "SSS", "VŠS", "VSS"), "other-pii"),
        col("token_aplikacije", "BLOB", "CREDENTIAL", lambda r: hashlib.sha256(f"t{r.rng.random()}".encode()).digest()[:20], "binary secret"),
    ])


TABLES = [filialen, kunden, zahlungen, ajhiza, marda, jalasat, branches, customers, orders, pcelinjaci, pcelari]
