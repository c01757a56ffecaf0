"""h12_services.sqlite: a home-delivery pharmacy in Kuwait, a bush-plane operator at Ogle
(Guyana), whale watching in Vava'u (Tonga), a surf school at El Tunco (El Salvador) and a
filigree silver workshop in Prizren (Kosovo): things beside people."""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.heldout3.model import col, table
from benchmarks.heldout12 import ids
from benchmarks.heldout12 import places as P
from benchmarks.heldout12.makers import (argon2, born, code, day, email, free_text, full_name, given, ipv4_public,
                                         lat, masked_phone, num, one_of, phone, rowid, seq, sex_code, sometimes,
                                         stamp, weighted, wkt_point, ascii_fold, hexstr)
from benchmarks.heldout12.makers import age as age_of

D = dt.date
MEDICINES = ["Metformin 500 mg", "Amlodipine 5 mg", "Atorvastatin 20 mg", "Salbutamol inhaler",
             "Insulin glargine", "Levothyroxine 50 µg", "Omeprazole 20 mg", "Losartan 50 mg",
             "Sertraline 50 mg", "Paracetamol 500 mg", "Amoxicillin 500 mg", "Warfarin 3 mg"]
AR_LATIN = ["abdullah", "fahad", "khalid", "mishari", "yousef", "noura", "fatma", "dana", "mariam", "shaikha"]


def kw_vans():
    return table("kw_vans", 300, "en_US", [
        col("van_no", "TEXT", "NONE", seq("KV-", 3)),
        col("plate", "TEXT", "NONE", code("##/#####"), "thing-qi"),
        col("tracker_imei", "TEXT", "NONE", lambda r: ids.imei_number(r.rng), "thing-qi device-id shape-alike"),
        col("المنطقة", "TEXT", "NONE", one_of(*P.KW_AREAS), "thing-qi cryptic-name"),
        col("last_lat", "REAL", "NONE", lat(29.05, 29.40), "thing-qi"),
        col("last_lon", "REAL", "NONE", lat(47.80, 48.15), "thing-qi"),
        col("fridge_temp_c", "REAL", "NONE", num(2, 8, 1)),
        col("model", "TEXT", "NONE", one_of("Toyota Hiace", "Nissan Urvan", "Hyundai H-1", "Ford Transit")),
        col("odometer_km", "INTEGER", "NONE", num(4_000, 310_000)),
        col("sim_msisdn", "TEXT", "OPTIONAL", phone("KW", True), "optional"),
        col("driver_name", "TEXT", "PERSON_NAME", full_name(P.KW_GIVEN_M, P.KW_GIVEN_M, P.KW_FAMILY)),
    ])


def kw_customers():
    return table("kw_customers", 600, "en_US", [
        col("رقم_العميل", "INTEGER", "NONE", rowid, "cryptic-name"),
        col("الاسم", "TEXT", "PERSON_NAME", full_name(P.KW_GIVEN_F, P.KW_GIVEN_M, P.KW_FAMILY), "cryptic-name"),
        col("الرقم_المدني", "TEXT", "GOV_ID", lambda r: ids.kw_civil_id(r.rng, r.born), "cryptic-name"),
        col("تاريخ_الميلاد", "TEXT", "DATE_OF_BIRTH", born("%Y/%m/%d"), "cryptic-name"),
        col("الجنس", "TEXT", "GENDER", sex_code("أنثى", "ذكر"), "cryptic-name"),
        col("الهاتف", "TEXT", "PHONE", phone("KW"), "cryptic-name"),
        col("البريد", "TEXT", "EMAIL", sometimes(0.8, email(AR_LATIN, ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"])),
            "cryptic-name partial-format"),
        col("المنطقة", "TEXT", "CITY", one_of(*P.KW_AREAS), "cryptic-name"),
        col("القطعة", "TEXT", "STREET_ADDRESS", lambda r: f"قطعة {r.rng.randint(1, 12)}", "cryptic-name partial-format"),
        col("الشارع", "TEXT", "STREET_ADDRESS", lambda r: f"شارع {r.rng.randint(1, 140)}", "cryptic-name"),
        col("المحافظة", "TEXT", "STATE_REGION", one_of(*P.KW_GOVERNORATES), "cryptic-name"),
        col("الجنسية", "TEXT", "COUNTRY", weighted({"كويتي": 5, "مصري": 2, "هندي": 2, "فلبيني": 1, "سوري": 1}), "cryptic-name"),
        col("insurance_member_no", "TEXT", "OTHER_PII", code("GIG-########"), "other-pii"),
    ])


def kw_orders():
    def address(r):
        return (f"{r.rng.choice(P.KW_AREAS_LATIN)}, Block {r.rng.randint(1, 12)}, Street {r.rng.randint(1, 140)}, "
                f"House {r.rng.randint(1, 60)}")

    return table("kw_orders", 800, "en_US", [
        col("order_no", "TEXT", "NONE", seq("RX-", 6)),
        col("customer_id", "INTEGER", "NONE", num(1, 600)),
        col("medicines", "TEXT", "OTHER_PII", lambda r: json.dumps(r.rng.sample(MEDICINES, r.rng.randint(1, 3))), "health list"),
        col("card", "TEXT", "PAYMENT_CARD", lambda r: ids.card_masked(r.rng), "partial-format"),
        col("delivery_address", "TEXT", "STREET_ADDRESS|CITY", address, "composite"),
        col("amount_kwd", "REAL", "NONE", num(1.5, 65, 3)),
        col("ordered_at", "TEXT", "NONE", stamp(D(2026, 1, 1), D(2026, 11, 30))),
        col("van_no", "TEXT", "NONE", lambda r: f"KV-{r.rng.randint(1, 300):03d}"),
        col("product_ean", "TEXT", "NONE", lambda r: ids.ean13(r.rng, "627"), "shape-alike"),
        col("doctor", "TEXT", "PERSON_NAME", lambda r: "د. " + full_name(P.KW_GIVEN_F, P.KW_GIVEN_M, P.KW_FAMILY)(r)),
        col("status", "TEXT", "NONE", one_of("delivered", "cancelled", "out for delivery", "delivered")),
    ])


def gy_flight_legs():
    strips = ["Ogle", "Kaieteur", "Lethem", "Annai", "Kamarang", "Mahdia", "Port Kaituma", "Imbaimadai"]
    return table("gy_flight_legs", 600, "en_US", [
        col("leg_id", "INTEGER", "NONE", rowid),
        col("registration", "TEXT", "NONE", lambda r: "8R-G" + r.rng.choice(["AB", "HS", "TG", "RA", "FF", "CC"]), "thing-qi"),
        col("msn", "TEXT", "NONE", code("208B####")),
        col("airframe_dob", "TEXT", "NONE", day(D(1988, 1, 1), D(2019, 12, 31)), "lying-name"),
        col("transponder_hex", "TEXT", "NONE", lambda r: "0B" + hexstr(4)(r).upper(), "thing-qi device-id"),
        col("origin", "TEXT", "NONE", one_of(*strips), "thing-qi"),
        col("destination", "TEXT", "NONE", one_of(*strips), "thing-qi"),
        col("dep_lat", "REAL", "NONE", lat(2.0, 7.5), "thing-qi"),
        col("dep_lon", "REAL", "NONE", lat(-60.9, -57.5), "thing-qi"),
        col("fuel_gal", "REAL", "NONE", num(40, 330, 1)),
        col("departed_at", "TEXT", "NONE", stamp(D(2026, 7, 1), D(2026, 11, 28))),
    ])


def gy_pilots():
    return table("gy_pilots", 300, "en_US", [
        col("pilot_id", "INTEGER", "NONE", rowid),
        col("full_name", "TEXT", "PERSON_NAME", full_name(P.GY_GIVEN, P.GY_GIVEN, P.GY_FAMILY)),
        col("licence", "TEXT", "GOV_ID", code("GCAA/CPL/####")),
        col("nis", "TEXT", "GOV_ID", lambda r: ids.gy_nis(r.rng)),
        col("tin", "TEXT", "GOV_ID", code("1########")),
        col("dob", "TEXT", "DATE_OF_BIRTH", born("%d-%b-%Y")),
        col("sex", "TEXT", "GENDER", sex_code("F", "M")),
        col("mobile", "TEXT", "PHONE", phone("GY")),
        col("email", "TEXT", "EMAIL", email([g.lower() for g in P.GY_GIVEN], ["gmail.com", "yahoo.com", "trans-guyana.gy"])),
        col("address_line", "TEXT", "STREET_ADDRESS", lambda r: f"Lot {r.rng.randint(1, 220)} {r.rng.choice(P.GY_STREETS)}"),
        col("town", "TEXT", "CITY", one_of(*P.GY_TOWNS)),
        col("region", "TEXT", "STATE_REGION", one_of(*P.GY_REGIONS)),
        col("medical_class", "TEXT", "OTHER_PII", one_of("Class 1", "Class 1, corrective lenses", "Class 2",
                                                         "Class 1, hypertension monitored"), "health"),
        col("flight_hours", "INTEGER", "OPTIONAL", num(250, 14_000), "optional"),
        col("base_pay_gyd", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(350_000, 1_400_000, 5_000), "other-pii"),
    ])


def gy_passengers():
    def pax(r):
        return f"{r.rng.choice(P.GY_FAMILY).upper()}/{r.rng.choice(P.GY_GIVEN).upper()}"

    def contact(r):
        return f"{r.rng.choice(P.GY_GIVEN)} {r.rng.choice(P.GY_FAMILY)}, {P.phone(r.rng, 'GY')}"

    return table("gy_passengers", 700, "en_US", [
        col("manifest_id", "INTEGER", "NONE", rowid),
        col("leg_id", "INTEGER", "NONE", num(1, 600)),
        col("pax_name", "TEXT", "PERSON_NAME", pax, "partial-format"),
        col("body_weight_lb", "INTEGER", "OTHER_PII", num(95, 290), "other-pii"),
        col("bag_weight_lb", "INTEGER", "NONE", num(0, 44)),
        col("passport", "TEXT", "GOV_ID", sometimes(0.35, lambda r: ids.passport(r.rng, "R")), "partial-format"),
        col("nationality", "TEXT", "COUNTRY", weighted({"Guyanese": 7, "Brazilian": 1, "American": 1, "British": 1})),
        col("destination_village", "TEXT", "OPTIONAL", one_of(*P.GY_VILLAGES), "optional"),
        col("seat", "TEXT", "NONE", lambda r: f"{r.rng.randint(1, 4)}{r.rng.choice('ABC')}"),
        col("emergency_contact", "TEXT", "PERSON_NAME|PHONE", contact, "composite"),
    ])


def to_sightings():
    return table("to_sightings", 600, "en_US", [
        col("sighting_id", "INTEGER", "NONE", rowid),
        col("boat_mmsi", "TEXT", "NONE", lambda r: "529" + ids.digits(r.rng, 6), "thing-qi device-id"),
        col("fluke_id", "TEXT", "NONE", code("TO-HB-####")),
        col("pod_size", "INTEGER", "NONE", num(1, 7)),
        col("lat", "REAL", "NONE", lat(-18.9, -18.5), "thing-qi"),
        col("lon", "REAL", "NONE", lat(-174.2, -173.8), "thing-qi"),
        col("position", "TEXT", "NONE", wkt_point((-18.9, -18.5), (-174.2, -173.8)), "thing-qi"),
        col("gender", "TEXT", "NONE", one_of("female with calf", "male escort", "unknown", "female"), "lying-name"),
        col("behaviour", "TEXT", "NONE", one_of("breaching", "resting", "singing", "tail slapping", "travelling")),
        col("observed_at", "TEXT", "NONE", stamp(D(2026, 7, 1), D(2026, 10, 31))),
        col("skipper", "TEXT", "PERSON_NAME", full_name(P.TO_GIVEN, P.TO_GIVEN, P.TO_FAMILY)),
        col("vessel_imo", "TEXT", "NONE", sometimes(0.2, lambda r: ids.imo_number(r.rng)), "shape-alike"),
    ])


def to_guests():
    def first(r):
        return r.fake.first_name_female() if r.sex == "F" else r.fake.first_name_male()

    return table("to_guests", 500, "en_US", [
        col("guest_id", "INTEGER", "NONE", rowid),
        col("first_name", "TEXT", "PERSON_NAME", first),
        col("last_name", "TEXT", "PERSON_NAME", lambda r: r.fake.last_name()),
        col("email", "TEXT", "EMAIL", lambda r: r.fake.email()),
        col("phone", "TEXT", "PHONE", lambda r: r.fake.phone_number()),
        col("nationality", "TEXT", "COUNTRY", one_of("New Zealand", "Australia", "United States", "Germany", "Japan", "France")),
        col("passport", "TEXT", "GOV_ID", code("?########")),
        col("dob", "TEXT", "DATE_OF_BIRTH", born()),
        col("lodge", "TEXT", "OPTIONAL", one_of("Mystic Sands", "Tongan Beach Resort", "Port Wine Guest House", "Hilltop Hotel"),
            "optional"),
        col("swimmer", "TEXT", "OTHER_PII", one_of("strong", "average", "weak", "non-swimmer"), "other-pii"),
        col("medical_notes", "TEXT", "OTHER_PII", weighted({"none": 10, "asthma": 1, "seasickness": 2, "pregnant": 1,
                                                           "heart condition": 1, "epilepsy": 1}), "health"),
        col("booking_ip", "TEXT", "IP_ADDRESS", ipv4_public),
    ])


def to_guides():
    return table("to_guides", 300, "en_US", [
        col("guide_id", "INTEGER", "NONE", rowid),
        col("hingoa", "TEXT", "PERSON_NAME", full_name(P.TO_GIVEN, P.TO_GIVEN, P.TO_FAMILY), "cryptic-name"),
        col("'aho_fanau'i", "TEXT", "DATE_OF_BIRTH", born("%d/%m/%Y"), "cryptic-name"),
        col("tangata_fefine", "TEXT", "GENDER", sex_code("fefine", "tangata"), "cryptic-name"),
        col("fika_telefoni", "TEXT", "PHONE", phone("TO"), "cryptic-name"),
        col("kolo", "TEXT", "CITY", one_of(*P.TO_VILLAGES), "cryptic-name"),
        col("motu", "TEXT", "STATE_REGION", weighted({"Vava'u": 8, "Tongatapu": 1, "Ha'apai": 1}), "cryptic-name"),
        col("ta'u", "INTEGER", "OTHER_PII", age_of, "cryptic-name other-pii"),
        col("siasi", "TEXT", "OTHER_PII", one_of("Free Wesleyan", "Catholic", "LDS", "Free Church of Tonga", "Anglican"),
            "cryptic-name other-pii"),
        col("vahenga", "INTEGER", "OTHER_PII", lambda r: r.rng.randrange(250, 900, 10), "cryptic-name other-pii"),
    ])


def sv_boards():
    def company_nit(r):
        from stdnum.sv import nit
        body = "0614" + D(2010 + r.rng.randint(0, 10), r.rng.randint(1, 12), r.rng.randint(1, 28)).strftime("%d%m%y") + "1" + ids.digits(r.rng, 2)
        return nit.format(body + nit.calc_check_digit(body))

    return table("sv_boards", 300, "en_US", [
        col("board_id", "TEXT", "NONE", seq("TUN-", 3)),
        col("brand", "TEXT", "NONE", one_of("Torq", "NSP", "Softech", "local shaper")),
        col("length_ft", "REAL", "NONE", one_of(6.0, 6.6, 7.0, 7.6, 8.0, 9.0)),
        col("serial", "TEXT", "NONE", lambda r: ids.non_luhn_16(r.rng), "shape-alike"),
        col("rfid_tag", "TEXT", "NONE", lambda r: hexstr(24)(r).upper(), "thing-qi device-id"),
        col("bought", "TEXT", "NONE", day(D(2019, 1, 1), D(2026, 9, 1))),
        col("condition", "TEXT", "NONE", one_of("good", "ding on rail", "repaired", "new")),
        col("rack", "TEXT", "NONE", code("R#-#")),
        col("nit_proveedor", "TEXT", "NONE", company_nit, "shape-alike"),
    ])


def sv_students():
    def address(r):
        return f"{r.rng.choice(P.SV_STREETS)} #{r.rng.randint(1, 90)}, {r.rng.choice(P.SV_TOWNS)}, {r.rng.choice(P.SV_DEPTS)}"

    def emails(r):
        users = [ascii_fold(r.rng.choice(P.SV_GIVEN_F + P.SV_GIVEN_M)).lower() for _ in range(2)]
        one = f"{users[0]}{r.rng.randint(1, 99)}@{r.rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com'])}"
        return one if r.p(0.7) else f"{one}; {users[1]}.{r.rng.randint(1, 99)}@outlook.com"

    return table("sv_students", 500, "en_US", [
        col("id", "INTEGER", "NONE", rowid),
        col("nombre_completo", "TEXT", "PERSON_NAME", full_name(P.SV_GIVEN_F, P.SV_GIVEN_M, P.SV_FAMILY)),
        col("dui", "TEXT", "GOV_ID", lambda r: ids.sv_dui(r.rng)),
        col("nit", "TEXT", "GOV_ID", lambda r: ids.sv_nit_person(r.rng, r.born)),
        col("anio_nac", "INTEGER", "DATE_OF_BIRTH", lambda r: r.born.year, "partial-format"),
        col("genero", "TEXT", "GENDER", lambda r: "No binario" if r.p(0.03) else ("Femenino" if r.sex == "F" else "Masculino")),
        col("celular", "TEXT", "PHONE", phone("SV")),
        col("correos", "TEXT", "EMAIL", emails, "list"),
        col("instagram", "TEXT", "OTHER_PII", lambda r: "@" + ascii_fold(r.rng.choice(P.SV_GIVEN_F + P.SV_GIVEN_M)).lower()
            + r.rng.choice(["_surf", ".sv", "_503", "tunco"]) + str(r.rng.randint(1, 99)), "other-pii"),
        col("billetera_btc", "TEXT", "OTHER_PII", sometimes(0.6, lambda r: ids.bitcoin_address(r.rng)), "other-pii"),
        col("direccion", "TEXT", "STREET_ADDRESS|CITY|STATE_REGION", address, "composite"),
        col("estatura_cm", "INTEGER", "OTHER_PII", num(148, 192), "other-pii"),
        col("peso_kg", "INTEGER", "OTHER_PII", num(45, 110), "other-pii"),
        col("nivel", "TEXT", "NONE", one_of("principiante", "intermedio", "avanzado")),
    ])


def sv_lessons():
    def personal(r):
        who = r.rng.choice(P.SV_GIVEN_F + P.SV_GIVEN_M)
        return r.rng.choice([f"vino con {who} {r.rng.choice(P.SV_FAMILY)}", f"llamar al {P.phone(r.rng, 'SV')} para reprogramar",
                             f"su mamá {r.rng.choice(P.SV_GIVEN_F)} pagó en efectivo"])

    return table("sv_lessons", 800, "en_US", [
        col("lesson_id", "INTEGER", "NONE", rowid),
        col("student_id", "INTEGER", "NONE", num(1, 500)),
        col("instructor", "TEXT", "PERSON_NAME", given(P.SV_GIVEN_F, P.SV_GIVEN_M), "partial-format"),
        col("fecha", "TEXT", "NONE", day(D(2026, 1, 1), D(2026, 11, 30))),
        col("olas_m", "REAL", "NONE", num(0.5, 3.0, 1)),
        col("tarjeta", "TEXT", "PAYMENT_CARD", sometimes(0.6, lambda r: ids.card_masked(r.rng, "bin")), "partial-format"),
        col("monto_usd", "REAL", "NONE", one_of(25.0, 35.0, 40.0, 60.0)),
        col("pago_ref", "TEXT", "NONE", lambda r: ids.non_luhn_16(r.rng, grouped=False), "shape-alike"),
        col("notas", "TEXT", "FREE_TEXT_PII", free_text(["buen progreso", "se cansó rápido", "olas grandes, cancelado",
                                                         "practicar remada", "primera ola parado", "marea alta"],
                                                        personal, 0.1), "free-text"),
        col("rating", "INTEGER", "NONE", num(3, 5)),
    ])


def xk_pieces():
    return table("xk_pieces", 500, "en_US", [
        col("piece_id", "TEXT", "NONE", seq("FIL-", 5)),
        col("lloji", "TEXT", "NONE", one_of("byzylyk", "vathë", "gjerdan", "kuti", "unazë", "karficë"), "cryptic-name"),
        col("pesha_g", "REAL", "NONE", num(3, 140, 1)),
        col("ean", "TEXT", "NONE", lambda r: ids.ean13(r.rng, "530"), "shape-alike"),
        col("dalja", "TEXT", "NONE", one_of("925", "800", "999")),
        col("qyteti", "TEXT", "NONE", weighted({"Prizren": 8, "Gjakovë": 1, "Pejë": 1}), "thing-qi cryptic-name"),
        col("cmimi_eur", "REAL", "NONE", num(15, 900, 2)),
        col("datelindja", "TEXT", "NONE", day(D(2023, 1, 1), D(2026, 11, 20)), "lying-name"),
        col("artizan_id", "INTEGER", "NONE", num(1, 300)),
    ])


def xk_artisans():
    return table("xk_artisans", 300, "en_US", [
        col("id", "INTEGER", "NONE", rowid),
        col("emri", "TEXT", "PERSON_NAME", given(P.XK_GIVEN_F, P.XK_GIVEN_M), "cryptic-name partial-format"),
        col("mbiemri", "TEXT", "PERSON_NAME", one_of(*P.XK_FAMILY), "cryptic-name partial-format"),
        col("numri_personal", "TEXT", "GOV_ID", lambda r: ids.xk_personal_number(r.rng), "cryptic-name"),
        col("datelindja", "TEXT", "DATE_OF_BIRTH", born("%d.%m.%Y"), "cryptic-name"),
        col("gjinia", "TEXT", "GENDER", sex_code("femër", "mashkull"), "cryptic-name"),
        col("telefoni", "TEXT", "PHONE", phone("XK")),
        col("email", "TEXT", "EMAIL", email([ascii_fold(g).lower() for g in P.XK_GIVEN_F + P.XK_GIVEN_M],
                                            ["gmail.com", "hotmail.com", "ipko.net"])),
        col("adresa", "TEXT", "STREET_ADDRESS", lambda r: f"{r.rng.choice(P.XK_STREETS)} {r.rng.randint(1, 80)}", "cryptic-name"),
        col("qyteti", "TEXT", "CITY", one_of(*P.XK_TOWNS), "cryptic-name"),
        col("kodi_postar", "TEXT", "POSTAL_CODE", one_of(*P.XK_POSTCODES), "cryptic-name"),
        col("iban", "TEXT", "BANK_ACCOUNT", lambda r: ids.iban_xk(r.rng)),
        col("paga", "REAL", "OTHER_PII", num(350, 1400, 2), "cryptic-name other-pii"),
        col("feja", "TEXT", "OTHER_PII", weighted({"myslimane": 8, "katolike": 2, "ortodokse": 1}), "cryptic-name other-pii"),
        col("username", "TEXT", "OTHER_PII", lambda r: ascii_fold(r["emri"]).lower() + "." + ascii_fold(r["mbiemri"]).lower()[:3],
            "other-pii"),
        col("password_hash", "TEXT", "CREDENTIAL", argon2, "secret"),
    ])


TABLES = (kw_vans, kw_customers, kw_orders, gy_flight_legs, gy_pilots, gy_passengers, to_sightings, to_guests,
          to_guides, sv_boards, sv_students, sv_lessons, xk_pieces, xk_artisans)
